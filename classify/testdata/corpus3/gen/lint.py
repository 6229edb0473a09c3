#!/usr/bin/env python3
"""Check every text in the owner files (hidden quotes included) for weekday/date slips.

    python3 classify/testdata/corpus3/gen/lint.py

Finds a weekday name next to a day of the month ("Thursday the 12th",
"Tue 6 Oct", "jueves 19 de marzo", "Mittwoch, 31. März", "Thursday 3/12")
and checks that the weekday is right for the nearest such date within
120 days after (or 30 before) the message's own date. Prints one line per
mismatch; exit status 1 if any.
"""

import os
import re
import sys
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c3  # noqa: E402,F401
import corpus  # noqa: E402

SEEN = []
_orig = corpus.new_msg


def _rec(*a, **kw):
    m = _orig(*a, **kw)
    SEEN.append(m)
    return m


corpus.new_msg = _rec

WD = {}
for i, names in enumerate([
        ("monday", "mon", "lunes", "lundi", "montag"), ("tuesday", "tue", "tues", "martes", "mardi", "dienstag"),
        ("wednesday", "wed", "miércoles", "mercredi", "mittwoch"), ("thursday", "thu", "thur", "thurs", "jueves", "jeudi", "donnerstag"),
        ("friday", "fri", "viernes", "vendredi", "freitag"), ("saturday", "sat", "sábado", "samedi", "samstag"),
        ("sunday", "sun", "domingo", "dimanche", "sonntag")]):
    for n in names:
        WD[n] = i
MON = {}
for i, names in enumerate([
        ("january", "jan", "enero", "janvier", "januar"), ("february", "feb", "febrero", "février", "februar"),
        ("march", "mar", "marzo", "mars", "märz"), ("april", "apr", "abril", "avril"),
        ("may", "mayo", "mai"), ("june", "jun", "junio", "juin", "juni"), ("july", "jul", "julio", "juillet", "juli"),
        ("august", "aug", "agosto", "août"), ("september", "sep", "sept", "septiembre", "septembre"),
        ("october", "oct", "octubre", "octobre", "oktober"), ("november", "nov", "noviembre", "novembre"),
        ("december", "dec", "diciembre", "décembre", "dezember")], 1):
    for n in names:
        MON[n] = i

W = "|".join(sorted(WD, key=len, reverse=True))
M = "|".join(sorted(MON, key=len, reverse=True))
PATS = [
    # weekday [,] [the] DAY[st|er|.] [de] [MONTH]
    re.compile(rf"\b({W})\b\.?,?\s+(?:the\s+)?(\d{{1,2}})(?![\d/:\-–])(?!\s*(?:am|pm|a\.m|p\.m|h\b|uhr))(?:st|nd|rd|th|er|\.)?(?:\s+(?:de\s+)?({M})\b)?", re.I),
    # weekday [,] MONTH DAY
    re.compile(rf"\b({W})\b\.?,?\s+({M})\.?\s+(\d{{1,2}})\b", re.I),
    # weekday M/D
    re.compile(rf"\b({W})\b\.?,?\s+(\d{{1,2}})/(\d{{1,2}})\b", re.I),
]


def check(m, text):
    out = []
    base = m.date.date()
    for k, pat in enumerate(PATS):
        for mt in pat.finditer(text):
            wd = WD[mt.group(1).lower()]
            if k == 0:
                day, mon = int(mt.group(2)), MON.get((mt.group(3) or "").lower())
            elif k == 1:
                mon, day = MON[mt.group(2).lower()], int(mt.group(3))
            else:
                mon, day = int(mt.group(2)), int(mt.group(3))
            if day > 31:
                continue
            cands = []
            for off in range(-30, 121):
                d = base + timedelta(days=off)
                if d.day == day and (mon is None or d.month == mon):
                    cands.append(d)
            if not cands:
                out.append(f"no date for {mt.group(0)!r}")
                continue
            d = min(cands, key=lambda x: abs((x - base).days) if x >= base else 1000 + (base - x).days)
            if d.weekday() != wd:
                out.append(f"{mt.group(0)!r}: {d} is a {d.strftime('%A')}")
    return out


def main():
    for name in ("owner_orla", "owner_wes", "owner_farah", "owner_wanjiru", "owner_aroha", "owner_ramon"):
        __import__(name)
    bad = 0
    for m in SEEN:
        texts = [m.body or "", m.plain_text or ""]
        for p in check(m, "\n".join(texts)):
            bad += 1
            print(f"{m.frm.email} {m.date:%Y-%m-%d}: {p}")
    print(f"linted {len(SEEN)} texts: {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
