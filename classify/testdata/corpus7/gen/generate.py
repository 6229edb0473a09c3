#!/usr/bin/env python3
"""Write corpus7: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus7/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus7

corpus7 reuses the dressing of ../../corpus/gen (clients, quoting, MIME and
the writer) with four new owners and 70 messages, each written in the voice
of a different person, phrased indirectly (no stock phrases).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c7  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_eilidh", "owner_otieno", "owner_ruth", "owner_paolo"]


def main():
    for name in OWNERS:
        __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
