#!/usr/bin/env python3
"""Write corpus12: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus12/gen/generate.py
    python3 classify/testdata/corpus/check_labels.py classify/testdata/corpus12

72 messages in Spanish, French and German (24 each), reusing the dressing of
../../corpus/gen. Deterministic: same bytes every run.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c12  # noqa: E402,F401  (sets sys.path for the shared modules)
import writeout  # noqa: E402

OWNERS = [("owner_iker", "es"), ("owner_solene", "fr"), ("owner_friederike", "de")]


def main():
    import corpus
    for name, lang in OWNERS:
        n = len(corpus.ALL)
        __import__(name)
        for m in corpus.ALL[n:]:
            m.lang = lang  # every message of an owner is in the owner's language
    writeout.write(os.path.dirname(HERE))


if __name__ == "__main__":
    main()
