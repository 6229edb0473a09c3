#!/usr/bin/env python3
"""Write corpus3: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus3/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus3

corpus3 reuses the dressing of ../../corpus/gen (clients, quoting, MIME and
the writer) with six new mailbox owners and texts written fresh for it.
The output is deterministic: the same bytes on every run.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c3  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_orla", "owner_wes", "owner_farah", "owner_wanjiru", "owner_aroha", "owner_ramon"]


def main():
    for name in OWNERS:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
