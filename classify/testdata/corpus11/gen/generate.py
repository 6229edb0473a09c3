#!/usr/bin/env python3
"""Write corpus11: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus11/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus11

Reuses the dressing of ../../corpus/gen (clients, quoting, MIME, writer) and
../../corpus2/gen/c2.py; the texts are new: four owners (Belfast, Houston,
Pune, Brisbane), 80 people each writing in their own voice.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c11  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_fionnuala", "owner_deshawn", "owner_aditi", "owner_jarrah"]


def main():
    for name in OWNERS:
        __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
