"""Shortcuts for corpus6 on top of ../../corpus/gen (the same mail dressing)."""

import os
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
import ics  # noqa: E402
from corpus import Thread, forward, hidden, send  # noqa: E402,F401
from mail import Person  # noqa: E402,F401


def asked(owner, asker, answerer, at, subject, body, **kw):
    """A thread whose first message (hidden: only quoted) is asker's."""
    t = Thread(owner, subject)
    hidden(t.send(asker, [answerer], at, body, kind="request", note="(quoted only)", **kw))
    return t


def bulk(owner, frm, at, subject, text, note, headers=(), lang="en", html_enc=None, to=None):
    """Automated mail: plain and HTML parts from one text, list headers."""
    paras = "".join(f"<p>{p}</p>\n" for p in text.strip().split("\n\n"))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">\n'
            + paras + "</body></html>\n")
    return send(frm, [to or owner], at, subject, "", owner, kind="other", note=note, lang=lang, client="bulk",
                fmt="alt", plain_text=text.strip() + "\n", html=html, html_enc=html_enc, sig=False,
                legal=False, headers=list(headers))


def stamp(at, zone):
    return datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def invite(summary, start, end, zone, mode, organizer, attendees, at, **kw):
    return ics.ics("REQUEST", summary, start, end, zone, mode, organizer, attendees,
                   stamp(at, organizer.zone), **kw)
