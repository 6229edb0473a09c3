#!/usr/bin/env python3
"""Write corpus9: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus9/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus9

Reuses the dressing of ../../corpus/gen (clients, quoting, MIME, writer) with
four new owners whose correspondents write in their own voices.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c9  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_ciara", "owner_latoya", "owner_thabo", "owner_zainab"]


def main():
    for name in OWNERS:
        __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
