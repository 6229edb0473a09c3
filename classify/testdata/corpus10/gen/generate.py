#!/usr/bin/env python3
"""Write corpus10: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus10/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus10

Reuses the dressing of ../../corpus/gen (clients, quoting, MIME, writer) with
four new owners; the texts aim at the contract's hardest judgements.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c10  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_ines", "owner_kristjan", "owner_yuki", "owner_mateo"]


def main():
    for name in OWNERS:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
