"""Write a generated corpus: NNN.eml, labels.jsonl and meta.jsonl.

Shared by corpus/gen/generate.py and corpus2/gen/generate.py. Messages are
numbered in the order they were sent (UTC), so threads of different owners
interleave as they would in time. The output is deterministic: running it
twice gives the same bytes.
"""

import glob
import json
import os
from datetime import timezone

import corpus
from render import build


def write(out):
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
    for name, rows in (("labels.jsonl", labels), ("meta.jsonl", metas)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(msgs)} messages to {out}")
