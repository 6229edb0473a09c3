"""corpus5's link to the shared dressing in ../../corpus/gen.

Importing this module puts ../../corpus/gen on sys.path and adds what the
corpus5 owners need and the shared modules lack, without editing them:

  - Gmail and iPhone attribution lines for a Portuguese (Portugal) locale,
    and the Portuguese "sent from my iPhone" line;
  - VTIMEZONE rules for the zones corpus5 invites use;
  - EVERY: every message written, quoted-only ones included (gen/lint.py
    checks weekday/date pairs in all of them);
  - small helpers for service mail (bulk) and invented JPEG bytes.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "corpus", "gen")
sys.path.append(os.path.abspath(SHARED))  # after gen/, so our generate.py wins

import corpus  # noqa: E402
import ics as _ics  # noqa: E402
import mail  # noqa: E402
from corpus import Thread, forward, hidden, send  # noqa: E402,F401
from ics import ics  # noqa: E402,F401
from mail import Person  # noqa: E402,F401

# ---------------------------------------------------------------- Portuguese (Portugal)

WD_PT = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
_attribution = mail.attribution


def attribution(style, locale, d, p):
    if locale == "pt-PT":
        hm = f"{d.hour:02d}:{d.minute:02d}"
        if style == "gmail":
            return f"{p.name} <{p.email}> escreveu ({WD_PT[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} à(s) {hm}):"
        if style in ("apple", "iphone"):
            return f"A {d.day:02d}/{d.month:02d}/{d.year}, às {hm}, {p.name} <{p.email}> escreveu:"
    return _attribution(style, locale, d, p)


corpus.attribution = attribution
mail.MOBILE_SIG.setdefault("pt", "Enviado do meu iPhone")

# ---------------------------------------------------------------- VTIMEZONE rules

_EU = ("19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
_US = ("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
_ics.RULES.update({
    "Europe/Lisbon": ("+0000", "+0100", "19701025T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "WET", "WEST"),
    "Europe/Warsaw": ("+0100", "+0200") + _EU + ("CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200") + _EU + ("CET", "CEST"),
    "America/Vancouver": ("-0800", "-0700") + _US + ("PST", "PDT"),
    "Africa/Johannesburg": ("+0200", None, "19700101T000000", None, None, None, "SAST", None),
    "Asia/Kuala_Lumpur": ("+0800", None, "19700101T000000", None, None, None, "+08", None),
})

# ---------------------------------------------------------------- every message, for lint.py

EVERY = []
_new_msg = corpus.new_msg


def _recording_new_msg(*a, **kw):
    m = _new_msg(*a, **kw)
    EVERY.append(m)
    return m


corpus.new_msg = _recording_new_msg

# ---------------------------------------------------------------- helpers


def hide(thread, frm, to, at, body, **kw):
    """A message of thread that is only ever seen quoted (not a corpus file)."""
    kw.setdefault("kind", "other")
    kw.setdefault("note", "quoted only")
    return hidden(thread.send(frm, to, at, body, **kw))


def hide_reply(thread, frm, to, at, body, **kw):
    kw.setdefault("kind", "other")
    kw.setdefault("note", "quoted only")
    return hidden(thread.reply(frm, to, at, body, **kw))


def service(name, email, zone="UTC"):
    return Person(name, email, zone, client="bulk")


def bulk(frm, to, at, subject, owner, plain, html, *, note, headers=(), fmt="alt", lang="en", **kw):
    """Automated mail: a plain and/or HTML part written by a service."""
    return send(frm, to, at, subject, "", owner, client="bulk", fmt=fmt, plain_text=plain, html=html,
                headers=list(headers), kind="other", note=note, lang=lang, sig=False, legal=False, **kw)


def jpeg(seed, n=900):
    """Bytes that look like a small JPEG (SOI, JFIF header, filler, EOI)."""
    import hashlib
    body = b""
    h = seed.encode()
    while len(body) < n:
        h = hashlib.sha256(h).digest()
        body += h
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + body[:n] + b"\xff\xd9")


def unsub(domain, token):
    return [("List-Unsubscribe", f"<https://{domain}/u/{token}>, <mailto:unsubscribe@{domain}?subject={token}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
