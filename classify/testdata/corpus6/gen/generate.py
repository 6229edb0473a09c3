#!/usr/bin/env python3
"""Write corpus6: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus6/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus6

corpus6 reuses the dressing of ../../corpus/gen (clients, quoting, MIME and
the writer). Its texts are new: 120 messages, each in its own voice, by six
owners and their correspondents (see ../README.md).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c6  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_agnieszka", "owner_ifeoma", "owner_kavya", "owner_bronwyn", "owner_genevieve", "owner_ximena"]


def main():
    for name in OWNERS:
        __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
