"""Shortcuts for corpus11 on top of ../../corpus/gen (the same mail dressing)
and ../../corpus2/gen/c2.py (answer, bulk)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "corpus2", "gen"))

from c2 import Person, Thread, answer, bulk, forward, hidden, send  # noqa: E402,F401

OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
LIST = [("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@lists.example>")]

import corpus as _corpus  # noqa: E402

_new_msg = _corpus.new_msg


def _new_msg_no_double_signoff(frm, to, at, subject, body, **kw):
    """Skip the sender's signature when the body already ends with it (a
    one-line sign-off such as 'Lupe'), so no message signs twice."""
    last = [ln.strip() for ln in body.strip().splitlines()][-1:] if body.strip() else []
    if kw.get("sig", True) is True and frm.sig and last and last[0] == frm.sig.splitlines()[0]:
        kw["sig"] = False
    return _new_msg(frm, to, at, subject, body, **kw)


_corpus.new_msg = _new_msg_no_double_signoff
