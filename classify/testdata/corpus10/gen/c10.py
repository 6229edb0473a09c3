"""Shortcuts for corpus10 on top of ../../corpus/gen (the same mail dressing)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
import ics as _ics  # noqa: E402
from corpus import forward, hidden, send  # noqa: E402,F401
from mail import Person  # noqa: E402,F401

ics = _ics.ics
_ics.RULES.setdefault("Europe/Tallinn", ("+0200", "+0300", "19701025T040000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                                         "19700329T030000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "EET", "EEST"))
_ics.RULES.setdefault("Asia/Tokyo", ("+0900", None, "19700101T000000", None, None, None, "JST", None))


class Thread(corpus.Thread):
    pass


def answer(owner, asker, answerer, ask_at, subject, ask_body, at, body, ask_kw=None, **kw):
    """A hidden ask from asker to answerer, then answerer's reply (the corpus file)."""
    t = Thread(owner, subject)
    ask = hidden(send(asker, [answerer], ask_at, subject, ask_body, owner, kind="request", note="(quoted only)",
                      **(ask_kw or {})))
    t.msgs.append(ask)
    return t, t.reply(answerer, asker, at, body, **kw)


def bulk(name, addr, zone, to, at, subject, owner, text, note, html=None, headers=(), fmt="alt", **kw):
    return send(Person(name, addr, zone, client="bulk"), [to], at, subject, "", owner, client="bulk", fmt=fmt,
                plain_text=text if fmt != "html" else None,
                html=html or ("<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"),
                headers=list(headers), kind="other", note=note, **kw)
