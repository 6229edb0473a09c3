#!/usr/bin/env python3
"""Write the corpus: NNN.eml, labels.jsonl and meta.jsonl in the directory above.

    python3 classify/testdata/corpus/gen/generate.py

Messages are numbered in the order they were sent (UTC), so threads of
different owners interleave as they would in time. The output is
deterministic: running it twice gives the same bytes.
"""

import glob
import json
import os
import sys
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus  # noqa: E402
from render import build  # noqa: E402

OWNERS = ["owner_jonas", "owner_amelia", "owner_marcus", "owner_sofia", "owner_arjun", "owner_daniel",
          "owner_grace", "owner_beatriz", "owner_extra", "owner_extra2"]


def main():
    only = sys.argv[1:]
    for name in OWNERS:
        if os.path.exists(os.path.join(HERE, name + ".py")) and (not only or name in only):
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
