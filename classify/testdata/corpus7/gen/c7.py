"""Shortcuts for corpus7 on top of ../../corpus/gen (the same mail dressing)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
from corpus import forward, hidden, send  # noqa: E402,F401
from mail import Person  # noqa: E402,F401


class Thread(corpus.Thread):
    """corpus.Thread that also quotes for mutt and Gnus writers."""

    def reply(self, frm, to, at, body, **kw):
        client = kw.get("client") or frm.client
        if client in ("mutt", "gnus") and kw.get("quote", True):
            kw.setdefault("qstyle", client)
        return super().reply(frm, to, at, body, **kw)

    def hsend(self, frm, to, at, body, **kw):
        """A message kept only for quoting."""
        kw.setdefault("kind", "other")
        kw.setdefault("note", "(quoted only)")
        return hidden(self.send(frm, to, at, body, **kw))

    def hreply(self, frm, to, at, body, **kw):
        kw.setdefault("kind", "other")
        kw.setdefault("note", "(quoted only)")
        return hidden(self.reply(frm, to, at, body, **kw))


def answer(owner, asker, answerer, ask_at, subject, ask_body, at, body, ask_kw=None, **kw):
    """A hidden ask from asker to answerer, then answerer's reply (the corpus file)."""
    t = Thread(owner, subject)
    t.hsend(asker, [answerer], ask_at, ask_body, **(ask_kw or {}))
    return t.reply(answerer, asker, at, body, **kw)


def bulk(name, addr, zone, to, at, subject, owner, text, note, html=None, headers=(), fmt="alt", **kw):
    return send(Person(name, addr, zone, client="bulk"), [to], at, subject, "", owner, client="bulk", fmt=fmt,
                plain_text=text if fmt != "html" else None,
                html=html or ("<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"),
                headers=list(headers), kind="other", note=note, **kw)
