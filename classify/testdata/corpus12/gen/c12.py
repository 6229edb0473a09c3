"""Shortcuts for corpus12 on top of ../../corpus/gen (the same mail dressing)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
import ics as _ics  # noqa: E402
from corpus import Thread, hidden, send  # noqa: E402,F401
from ics import ics  # noqa: E402,F401
from mail import Person  # noqa: E402,F401

_ics.RULES.setdefault("America/Mexico_City", ("-0600", None, "19700101T000000", None, None, None, "CST", None))
_ics.RULES.setdefault("Europe/Vienna", _ics.RULES["Europe/Berlin"])
_ics.RULES.setdefault("Europe/Zurich", _ics.RULES["Europe/Berlin"])


def answer(owner, asker, answerer, ask_at, subject, ask_body, at, body, ask_kw=None, **kw):
    """A hidden ask from asker to answerer, then answerer's reply (the corpus file)."""
    t = Thread(owner, subject)
    ask = hidden(send(asker, [answerer], ask_at, subject, ask_body, owner, kind="request", note="(quoted only)",
                      **(ask_kw or {})))
    t.msgs.append(ask)
    return t.reply(answerer, asker, at, body, **kw)


def bulk(name, addr, zone, to, at, subject, owner, text, note, headers=(), fmt="alt", **kw):
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"
    return send(Person(name, addr, zone, client="bulk"), [to], at, subject, "", owner, client="bulk", fmt=fmt,
                plain_text=text if fmt != "html" else None, html=html, headers=list(headers),
                kind="other", note=note, **kw)


def autoreply(frm, to, at, subject, body, owner, note, **kw):
    return send(frm, [to], at, subject, body, owner, kind="other", note=note, sig=False,
                headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], **kw)
