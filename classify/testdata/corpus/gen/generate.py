#!/usr/bin/env python3
"""Write the corpus: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus/gen/generate.py [OWNER...]
    python3 classify/testdata/corpus/check_labels.py

Owners are the owner_*.py modules below (all of them unless named).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import writeout  # noqa: E402

OWNERS = ["owner_jonas", "owner_amelia", "owner_marcus", "owner_sofia", "owner_arjun", "owner_daniel",
          "owner_grace", "owner_beatriz", "owner_extra", "owner_extra2"]


def main():
    only = sys.argv[1:]
    for name in OWNERS:
        if os.path.exists(os.path.join(HERE, name + ".py")) and (not only or name in only):
            __import__(name)
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
