"""iCalendar parts for invites and cancellations (RFC 5545)."""

import hashlib
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

# (standard offset, daylight offset, std DTSTART, std RRULE, dst DTSTART, dst RRULE); None: no DST.
RULES = {
    "America/New_York": ("-0500", "-0400", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                         "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "EST", "EDT"),
    "America/Toronto": ("-0500", "-0400", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                        "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "EST", "EDT"),
    "America/Chicago": ("-0600", "-0500", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                        "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "CST", "CDT"),
    "America/Los_Angeles": ("-0800", "-0700", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                            "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "PST", "PDT"),
    "Europe/Berlin": ("+0100", "+0200", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                     "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "19701025T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "19700329T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "GMT", "BST"),
    "Australia/Sydney": ("+1000", "+1100", "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "19701004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "AEST", "AEDT"),
    "Asia/Kolkata": ("+0530", None, "19700101T000000", None, None, None, "IST", None),
    "America/Sao_Paulo": ("-0300", None, "19700101T000000", None, None, None, "-03", None),
}
WINDOWS = {
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "India Standard Time": "Asia/Kolkata",
    "E. South America Standard Time": "America/Sao_Paulo",
}


def fold(line):
    b = line.encode()
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\n ".join(out)


def vtimezone(tzid, iana):
    std, dst, sdt, srr, ddt, drr, sname, dname = RULES[iana]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", f"DTSTART:{sdt}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
                  f"TZNAME:{sname}", "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", f"DTSTART:{sdt}", f"RRULE:{srr}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                  f"TZNAME:{sname}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{ddt}", f"RRULE:{drr}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                  f"TZNAME:{dname}", "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def ics(method, summary, start, end, zone, mode, organizer, attendees, stamp, *, sequence=0,
        location="", description="", prodid="-//Google Inc//Google Calendar 70.9054//EN", status=None,
        uid_seed=None, tzid=None, partstat="NEEDS-ACTION"):
    """start/end: 'YYYY-MM-DD HH:MM' wall clock in zone (or 'YYYY-MM-DD' for mode 'date').

    mode: 'tzid' (TZID=zone), 'win' (TZID=tzid, a Windows name), 'utc' (Z), 'float', 'date'.
    stamp: aware datetime of the message (DTSTAMP)."""
    uid = hashlib.sha1((uid_seed or summary + start).encode()).hexdigest()[:26] + "@" + organizer.domain
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]

    def dt(s):
        if mode == "date":
            return ";VALUE=DATE:" + datetime.strptime(s, "%Y-%m-%d").strftime("%Y%m%d")
        d = datetime.strptime(s, "%Y-%m-%d %H:%M")
        if mode == "tzid":
            return f";TZID={zone}:" + d.strftime("%Y%m%dT%H%M%S")
        if mode == "win":
            return f";TZID={tzid}:" + d.strftime("%Y%m%dT%H%M%S")
        if mode == "utc":
            return ":" + d.replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        if mode == "float":
            return ":" + d.strftime("%Y%m%dT%H%M%S")
        raise ValueError(mode)

    if mode == "tzid":
        lines += vtimezone(zone, zone)
    elif mode == "win":
        lines += vtimezone(tzid, WINDOWS[tzid])
    ev = ["BEGIN:VEVENT", "DTSTART" + dt(start), "DTEND" + dt(end),
          "DTSTAMP:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
          f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}", f"UID:{uid}"]
    for a in attendees:
        ps = "ACCEPTED" if a is organizer else partstat
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={a.name};X-NUM-GUESTS=0:mailto:{a.email}")
    ev += ["CREATED:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")]
    if description:
        ev.append("DESCRIPTION:" + description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    ev += ["LAST-MODIFIED:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")]
    if location:
        ev.append("LOCATION:" + location.replace(",", "\\,"))
    ev += [f"SEQUENCE:{sequence}", f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}",
           "SUMMARY:" + summary.replace(",", "\\,"), "TRANSP:OPAQUE"]
    if method == "REQUEST":
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    ev.append("END:VEVENT")
    lines += ev + ["END:VCALENDAR"]
    return "\n".join(fold(l) for l in lines) + "\n"
