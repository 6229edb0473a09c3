#!/usr/bin/env python3
"""Write corpus2: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus2/gen/generate.py
    python3 classify/testdata/corpus2/check_labels.py

corpus2 reuses the dressing of ../../corpus/gen (clients, quoting, MIME) with
new owners and texts aimed at the families the first corpus under-covers:
polite refusals and postponements, unusual request and update phrasings,
non-meeting asks with deadlines, project dates that are not meetings, and
acceptances whose slot is only in the quoted proposal.
"""

import glob
import json
import os
import sys
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c2  # noqa: E402,F401  (sets sys.path for the shared modules)
import corpus  # noqa: E402
from render import build  # noqa: E402

OWNERS = [n for n in ["owner_nadia", "owner_ravi", "owner_elif", "owner_mix", "owner_fresh"] if os.path.exists(os.path.join(HERE, n + ".py"))]


def main():
    for name in OWNERS:
        __import__(name)
    out = os.path.dirname(HERE)
    msgs = sorted(enumerate(corpus.ALL), key=lambda im: (im[1].date.astimezone(timezone.utc), im[0]))
    for old in glob.glob(os.path.join(out, "[0-9][0-9][0-9].eml")):
        os.remove(old)
    labels, metas = [], []
    for n, (_, m) in enumerate(msgs, 1):
        fname = f"{n:03d}.eml"
        with open(os.path.join(out, fname), "wb") as f:
            f.write(build(m))
        labels.append(corpus.label(m, fname))
        metas.append(corpus.meta(m, fname))
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8") as f:
        for l in metas:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"wrote {len(msgs)} messages to {out}")


if __name__ == "__main__":
    main()
