"""Shortcuts for corpus3 on top of ../../corpus/gen (the same mail dressing).

Adds VTIMEZONE rules for the zones this corpus's owners and contacts live
in, a Thread that quotes for mutt writers, and small helpers for hidden
asks, bulk mail and calendar parts. Nothing here writes text of its own.
"""

import os
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
import ics as _ics  # noqa: E402
from corpus import forward, hidden, send  # noqa: E402,F401
from mail import Person  # noqa: E402,F401

_US = ("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
_ics.RULES.update({
    "America/Denver": ("-0700", "-0600", _US[0], _US[1], _US[2], _US[3], "MST", "MDT"),
    "America/Phoenix": ("-0700", None, "19700101T000000", None, None, None, "MST", None),
    "Asia/Singapore": ("+0800", None, "19700101T000000", None, None, None, "+08", None),
    "Africa/Nairobi": ("+0300", None, "19700101T000000", None, None, None, "EAT", None),
    "Pacific/Auckland": ("+1200", "+1300", "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "19700927T020000", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU", "NZST", "NZDT"),
    "Europe/Dublin": ("+0000", "+0100", "19701025T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "GMT", "IST"),
})


class Thread(corpus.Thread):
    """corpus.Thread that also quotes for mutt writers."""

    def reply(self, frm, to, at, body, **kw):
        client = kw.get("client") or frm.client
        if client in ("mutt", "gnus") and kw.get("quote", True):
            kw.setdefault("qstyle", client)
        return super().reply(frm, to, at, body, **kw)


def ask(thread, frm, to, at, body, kind="request", **kw):
    """A message that only exists as the quote of the next one in thread."""
    m = hidden(thread.send(frm, to if isinstance(to, (list, tuple)) else [to], at, body, kind=kind,
                           note="(quoted only)", **kw))
    return m


def bulk(name, addr, zone, to, at, subject, owner, text, note, html=None, headers=(), fmt="alt", **kw):
    """Mail from a system or a mass sender: its own plain and HTML parts, no client dressing."""
    return send(Person(name, addr, zone, client="bulk"), [to], at, subject, "", owner, client="bulk", fmt=fmt,
                plain_text=text if fmt != "html" else None,
                html=html or ("<html><body>" + "".join("<p>" + p.replace("\n", "<br>") + "</p>"
                                                       for p in text.split("\n\n")) + "</body></html>"),
                headers=list(headers), kind="other", note=note, **kw)


def cal(method, summary, start, end, zone, mode, organizer, attendees, at, **kw):
    """An iCalendar body; at is the message's local send time in the organizer's zone."""
    stamp = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(organizer.zone))
    return _ics.ics(method, summary, start, end, zone, mode, organizer, attendees, stamp, **kw)
