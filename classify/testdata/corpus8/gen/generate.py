#!/usr/bin/env python3
"""Write corpus8: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus8/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus8

corpus8 reuses the dressing of ../../corpus/gen (clients, quoting, MIME and
the writer) with three owners who write and receive only Spanish, French and
German mail, in many regional voices and registers.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c8  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_amparo", "owner_romain", "owner_kathrin"]


def main():
    for name in OWNERS:
        __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
