#!/usr/bin/env python3
"""Check labels.jsonl against the messages, independently of the generator.

    python3 classify/testdata/corpus/check_labels.py

For every message it parses the .eml with Python's email package and checks:
  - the Date header's weekday name is right, and the file decodes;
  - labels are well formed: six kinds, meeting_at only on confirmations,
    all_day only with a midnight meeting_at;
  - each confirmation's meeting_at (from meta.jsonl: the wall-clock time the
    text gives and the zone rule that applies) is recomputed with zoneinfo:
    a named zone gives that zone's offset on that date (daylight saving
    included); "hdr" gives the Date header's fixed offset, and then the
    sender's own zone must agree on that date (the corpus avoids the cases
    where the contract's two readings differ);
  - weekday words (meta "wd") fall on the meeting date, and relative words
    (meta "rel": today, tomorrow, weekday, next_week) resolve from the Date
    header's local date to the labelled date;
  - a meeting is after the message's Date;
  - a text/calendar METHOD:REQUEST part's DTSTART (TZID, UTC, floating or
    DATE) gives exactly the labelled meeting_at.
Exit status 1 and one line per problem when anything is off.

    python3 check_labels.py --stats

prints counts by kind, language, direction, MIME structure, charset and
transfer encoding instead.
"""

import email
import email.policy
import json
import os
import re
import sys
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

# The corpus to check: the directory given as the last argument (corpus2
# uses this same checker), else the one this script lives in.
_dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
HERE = os.path.abspath(_dirs[-1]) if _dirs else os.path.dirname(os.path.abspath(__file__))
KINDS = {"confirmation", "decline", "request", "thank_you", "update", "other"}
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WINDOWS = {
    "Eastern Standard Time": "America/New_York", "Pacific Standard Time": "America/Los_Angeles",
    "W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London", "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata", "E. South America Standard Time": "America/Sao_Paulo",
}

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def calendar_start(msg, hdr_off):
    """(datetime, all_day) from the first text/calendar REQUEST part, or None."""
    for part in msg.walk():
        if part.get_content_type() != "text/calendar":
            continue
        text = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        text = re.sub(r"\r?\n[ \t]", "", text)
        if "METHOD:REQUEST" not in text:
            return None
        ev = text[text.index("BEGIN:VEVENT"):]
        m = re.search(r"^DTSTART(;[^:\n]*)?:(\S+)", ev, re.M)
        params, val = m.group(1) or "", m.group(2)
        if "VALUE=DATE" in params and "VALUE=DATE-TIME" not in params:
            d = datetime.strptime(val, "%Y%m%d").replace(tzinfo=hdr_off)
            return d, True
        d = datetime.strptime(val.rstrip("Z"), "%Y%m%dT%H%M%S")
        tzm = re.search(r"TZID=\"?([^;:\"]+)", params)
        if val.endswith("Z"):
            return d.replace(tzinfo=timezone.utc), False
        if tzm:
            tz = tzm.group(1)
            return d.replace(tzinfo=ZoneInfo(WINDOWS.get(tz, tz))), False
        return d.replace(tzinfo=hdr_off), False
    return None


def main():
    labels, metas = load("labels.jsonl"), load("meta.jsonl")
    if [l["file"] for l in labels] != [m["file"] for m in metas]:
        bad("meta.jsonl", "files differ from labels.jsonl")
        metas = [None] * len(labels)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if files != sorted(l["file"] for l in labels):
        bad("labels.jsonl", "labelled files differ from the .eml files present")
    for lab, meta in zip(labels, metas):
        f = lab["file"]
        if set(lab) != {"file", "kind", "meeting_at", "all_day", "lang", "direction", "note"}:
            bad(f, f"label keys {sorted(lab)}")
        if lab["kind"] not in KINDS:
            bad(f, f"kind {lab['kind']}")
        if not lab["note"]:
            bad(f, "empty note")
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        dh = msg["Date"]
        hdr = parsedate_to_datetime(str(dh))
        if WD[hdr.weekday()] != str(dh).split(",")[0].strip():
            bad(f, f"Date header weekday wrong: {dh}")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    bad(f, f"part {part.get_content_type()} does not decode: {e}")
        hdr_off = timezone(hdr.utcoffset())
        if lab["kind"] != "confirmation":
            if lab["meeting_at"] is not None or lab["all_day"]:
                bad(f, "meeting_at or all_day on a non-confirmation")
            continue
        if lab["meeting_at"] is None:
            bad(f, "confirmation without meeting_at")
            continue
        got = datetime.fromisoformat(lab["meeting_at"])
        if got <= hdr:
            bad(f, f"meeting {got} is not after the Date {hdr}")
        if lab["all_day"] and (got.hour, got.minute) != (0, 0):
            bad(f, "all_day meeting not at midnight")
        cal = calendar_start(msg, hdr_off)
        if cal is not None:
            cdt, call = cal
            if cdt.utcoffset() != got.utcoffset() or cdt.replace(tzinfo=None) != got.replace(tzinfo=None):
                bad(f, f"calendar DTSTART gives {cdt.isoformat()}, label {lab['meeting_at']}")
            if call != lab["all_day"]:
                bad(f, "calendar all-day differs from label")
        if meta is None:
            continue
        zone, wall = meta["meet_zone"], meta["meet_local"]
        fmt = "%Y-%m-%d" if meta["all_day"] else "%Y-%m-%d %H:%M"
        w = datetime.strptime(wall, fmt)
        if zone == "hdr":
            want = w.replace(tzinfo=hdr_off)
            if meta.get("check_zone", True):
                own = w.replace(tzinfo=ZoneInfo(meta["sender_zone"])).utcoffset()
                if own != hdr.utcoffset():
                    bad(f, f"sender zone {meta['sender_zone']} is at {own} on {wall}, Date header at {hdr.utcoffset()}: the readings differ")
        elif zone == "UTC":
            want = w.replace(tzinfo=timezone.utc)
        else:
            z = ZoneInfo(zone)
            want = w.replace(tzinfo=z)
            want = want.astimezone(timezone(want.utcoffset()))
        if want.isoformat() != got.isoformat():
            bad(f, f"recomputed {want.isoformat()}, label {lab['meeting_at']}")
        md, hd = w.date(), hdr.date()
        if meta.get("wd") and WD[md.weekday()] != meta["wd"]:
            bad(f, f"text says {meta['wd']} but {md} is a {WD[md.weekday()]}")
        rel = meta.get("rel")
        if rel == "today" and md != hd:
            bad(f, f"'today' is {hd}, label {md}")
        if rel == "tomorrow" and md != hd + timedelta(days=1):
            bad(f, f"'tomorrow' is {hd + timedelta(days=1)}, label {md}")
        if rel == "weekday":
            nxt = hd + timedelta(days=((md.weekday() - hd.weekday() - 1) % 7) + 1)
            if md != nxt:
                bad(f, f"bare weekday resolves to {nxt}, label {md}")
        if rel == "next_week":
            start = hd - timedelta(days=hd.weekday()) + timedelta(days=7)
            if not start <= md < start + timedelta(days=7):
                bad(f, f"'next week' from {hd} is {start}..{start + timedelta(days=6)}, label {md}")
    for p in problems:
        print(p)
    n = len(labels)
    print(f"checked {n} labels: {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def stats():
    from collections import Counter
    labels = load("labels.jsonl")
    c = {k: Counter() for k in ("kind", "lang", "direction", "top", "parts", "charset", "cte", "zone")}
    for lab in labels:
        for k in ("kind", "lang", "direction"):
            c[k][lab[k]] += 1
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        c["top"][msg.get_content_type()] += 1
        types = set()
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get_content_maintype() != "multipart":
                types.add(ct)
                c["cte"][str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
                if part.get_content_maintype() == "text":
                    c["charset"][str(part.get_content_charset()).lower()] += 1
        if types == {"text/html"}:
            c["parts"]["HTML only"] += 1
        if "text/calendar" in types:
            c["parts"]["text/calendar part"] += 1
        if types & {"application/pdf", "image/jpeg", "application/ics"}:
            c["parts"]["attachment"] += 1
    for k, v in c.items():
        if v:
            print(f"{k}: " + ", ".join(f"{a} {n}" for a, n in v.most_common()))


if __name__ == "__main__":
    if "--stats" in sys.argv[1:]:
        stats()
        sys.exit(0)
    sys.exit(main())
