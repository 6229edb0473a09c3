#!/usr/bin/env python3
"""Write corpus4: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus4/gen/generate.py [OWNER...]
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus4

corpus4 reuses the dressing of ../../corpus/gen (clients, quoting, MIME and
the writer) through c4.py, which adds Japanese and Korean reply lines,
multipart/related, message/rfc822 attachments and a few header touches. The
six owners below write from Tokyo, Lagos, Santiago, Dubai, Perth and Seoul;
about 45% of the messages are in Spanish, French or German.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c4  # noqa: E402,F401  (sets sys.path and patches the shared modules)
import writeout  # noqa: E402

OWNERS = ["owner_haruka", "owner_seun", "owner_valentina", "owner_farah", "owner_isla", "owner_minjun"]


def main():
    only = sys.argv[1:]
    for name in OWNERS:
        if not only or name in only:
            __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
