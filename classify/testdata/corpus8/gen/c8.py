"""Shortcuts for corpus8 on top of ../../corpus/gen (the same mail dressing)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
from corpus import Thread, hidden, send  # noqa: E402,F401
from mail import Person  # noqa: E402,F401


def ask_then(owner, asker, answerer, ask_at, subject, ask_body, at, body, lang=None, ask_kw=None, **kw):
    """A hidden message from asker (quoted only), then answerer's reply: the corpus file."""
    lang = lang or answerer.locale.split("-")[0]
    t = Thread(owner, subject)
    ask = hidden(send(asker, [answerer], ask_at, subject, ask_body, owner, kind="request", note="(quoted only)",
                      lang=lang, **(ask_kw or {})))
    t.msgs.append(ask)
    return t.reply(answerer, asker, at, body, lang=lang, **kw)


def bulk(name, addr, zone, to, at, subject, owner, text, note, lang, headers=(), fmt="alt", **kw):
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"
    return send(Person(name, addr, zone, client="bulk"), [to], at, subject, "", owner, client="bulk", fmt=fmt,
                plain_text=text if fmt != "html" else None, html=html, headers=list(headers), kind="other",
                note=note, lang=lang, **kw)
