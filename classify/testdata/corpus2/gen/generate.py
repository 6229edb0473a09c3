#!/usr/bin/env python3
"""Write corpus2: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus2/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus2

corpus2 reuses the dressing of ../../corpus/gen (clients, quoting, MIME, and
the writer) with new owners and texts aimed at the families the first corpus
under-covers: polite refusals and postponements, unusual request and update
phrasings, non-meeting asks with deadlines, project dates that are not
meetings, and acceptances whose slot is only in the quoted proposal.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c2  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_nadia", "owner_ravi", "owner_elif", "owner_mix", "owner_fresh"]


def main():
    for name in OWNERS:
        __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
