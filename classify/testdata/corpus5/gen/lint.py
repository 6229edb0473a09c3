#!/usr/bin/env python3
"""Check every corpus5 text, quoted-only ones included, for a weekday that
does not match its date.

    python3 classify/testdata/corpus5/gen/lint.py

It finds a weekday next to a day number (with or without a month) in
English, Spanish, French and German: "Thursday the 12th", "Tue 2 Mar 2027",
"Wednesday, March 3, 2027", "jueves 21 de enero", "mardi 30 mars",
"jeudi 1er avril", "Mittwoch, 2. Dezember", "Sat 21 Nov". The date is the
first one with that day and month from 45 days before the message's Date
onwards, or, with no month, the first one with that day from six days
before the Date. Exit status 1 and one line per problem.
"""

import os
import re
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import c5  # noqa: E402
import generate  # noqa: E402

WD = {
    0: ["monday", "mon", "lunes", "lundi", "montag", "mo"],
    1: ["tuesday", "tues", "tue", "martes", "mardi", "dienstag", "di"],
    2: ["wednesday", "wed", "miércoles", "mercredi", "mittwoch", "mi"],
    3: ["thursday", "thurs", "thu", "jueves", "jeudi", "donnerstag", "do"],
    4: ["friday", "fri", "viernes", "vendredi", "freitag", "fr"],
    5: ["saturday", "sat", "sábado", "samedi", "samstag", "sa"],
    6: ["sunday", "sun", "domingo", "dimanche", "sonntag", "so"],
}
WORD2WD = {w: i for i, ws in WD.items() for w in ws}
MONTHS = {}
for i, names in enumerate([
        ["january", "jan", "enero", "janvier", "januar"], ["february", "feb", "febrero", "février", "februar"],
        ["march", "mar", "marzo", "mars", "märz"], ["april", "apr", "abril", "avril"],
        ["may", "mayo", "mai"], ["june", "jun", "junio", "juin", "juni"], ["july", "jul", "julio", "juillet", "juli"],
        ["august", "aug", "agosto", "août"], ["september", "sept", "sep", "septiembre", "septembre"],
        ["october", "oct", "octubre", "octobre", "oktober"], ["november", "nov", "noviembre", "novembre"],
        ["december", "dec", "diciembre", "décembre", "dezember"]], 1):
    for n in names:
        MONTHS[n] = i
WDRE = "|".join(sorted((re.escape(w) for w in WORD2WD if len(w) > 2), key=len, reverse=True))
MORE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# weekday [,] [the|den|el] D[st|nd|rd|th|er|.] [de|of] [Month]   |   weekday [,] Month D
PAT1 = re.compile(rf"\b({WDRE})\.?,?\s+(?:the\s+|den\s+|el\s+)?(\d{{1,2}})(?:st|nd|rd|th|er|\.)?"
                  rf"(?:\s+(?:de\s+|of\s+)?({MORE})\b)?", re.I)
PAT2 = re.compile(rf"\b({WDRE})\.?,?\s+({MORE})\.?\s+(\d{{1,2}})\b", re.I)


def resolve(start, day, month):
    d = start
    for _ in range(400):
        if d.day == day and (month is None or d.month == month):
            return d
        d += timedelta(days=1)
    return None


def check(text, when):
    out = []
    start = when - timedelta(days=45)
    for m in PAT1.finditer(text):
        wd, day, mon = m.group(1).lower(), int(m.group(2)), m.group(3)
        if day < 1 or day > 31:
            continue
        # "Thu 8 Apr 2027 09:00" style times: skip numbers that are clock times like "Thursday 9pm"
        tail = text[m.end():m.end() + 3]
        if mon is None and re.match(r"\s*(?:pm|am|h\b|:|\.\d)", tail, re.I):
            continue
        d = resolve(start if mon else when - timedelta(days=6), day, MONTHS[mon.lower()] if mon else None)
        if d and d.weekday() != WORD2WD[wd]:
            out.append(f"{m.group(0)!r} -> {d} is a {d.strftime('%A')}")
    for m in PAT2.finditer(text):
        wd, mon, day = m.group(1).lower(), m.group(2).lower(), int(m.group(3))
        d = resolve(start, day, MONTHS[mon])
        if d and d.weekday() != WORD2WD[wd]:
            out.append(f"{m.group(0)!r} -> {d} is a {d.strftime('%A')}")
    return out


def main():
    generate.load()
    problems = 0
    for m in c5.EVERY:
        texts = [m.subject, m.body, m.plain_text or "", m.html or ""]
        when = m.date.date()
        for t in texts:
            for p in check(t, when):
                problems += 1
                print(f"{m.frm.name} {m.date:%Y-%m-%d} {m.subject[:40]!r}: {p}")
    print(f"linted {len(c5.EVERY)} texts: {problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
