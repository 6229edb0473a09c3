#!/usr/bin/env python3
"""Write corpus5: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus5/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus5
    python3 classify/testdata/corpus5/gen/lint.py

corpus5 reuses the dressing of ../../corpus/gen (clients, quoting, MIME,
calendar parts and the writer) through c5.py; the texts and labels are in
owner_*.py, one file per mailbox owner, all written for this corpus.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c5  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_delia", "owner_duarte", "owner_zofia", "owner_nomvula", "owner_aiman", "owner_callum"]


def load():
    for name in OWNERS:
        __import__(name)


def main():
    load()
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
