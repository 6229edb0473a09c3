#!/usr/bin/env python3
"""Check the held-out corpus: every .eml is a well-formed message, every label
follows the contract's shape, and every meeting_at is recomputed here, with
zoneinfo, from sources.jsonl (local date, time, zone and how the text names the
date) and verified against the message's own Date header and text.

    python3 classify/testdata/holdout/check.py [DIR]

Exit status 0 when everything holds, 1 otherwise (each problem is printed).
Standard library only (Python 3.9+ for zoneinfo).
"""
import collections
import html
import json
import os
import re
import sys
from datetime import date, datetime, time, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, getaddresses
from zoneinfo import ZoneInfo

KINDS = ['confirmation', 'decline', 'request', 'thank_you', 'update', 'other']
FIELDS = ['file', 'kind', 'meeting_at', 'all_day', 'lang', 'direction', 'note']
LANGS = {'en', 'es', 'fr', 'de'}
WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
# The mailbox owners: "sent" means From is one of these, "received" that it is not.
OWNERS = {
    'aisha.bello@fastpost.example', 'rhaldane@wrightmoorcroft.example', 'rebecca.haldane@lakemail.example',
    'javier.ortega@correo-ruiz.example', 'chloe@chloenguyen.example', 'chloe.nguyen@fieldandform.example',
    'thandiwe.mokoena@jozimail.example', 'elodie.gagnon@courriel-gagnon.example',
    'lukas.brandstaetter@bergpost.example', 'lukas.brandstaetter@steerline-ag.example',
    'valeria.cruz@correo-cdmx.example',
}
# Windows zone names that appear in TZID parameters, and the IANA zone with the same rules.
WINDOWS_ZONES = {'AUS Eastern Standard Time': 'Australia/Sydney', 'Central Standard Time': 'America/Chicago'}
REPLY_SUBJECT = re.compile(r'^(re|aw|rv|r|sv|réf|ref)\s?:|^(automatic reply|réponse automatique|automatische antwort|canceled)\b', re.I)
DATE_RE = re.compile(r'^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})$')

problems = []


def bad(fn, msg):
    problems.append('%s: %s' % (fn, msg))


def header_date(raw_value):
    m = DATE_RE.match(raw_value.strip())
    if not m:
        return None
    off = int(m.group(8)[1:3]) * 60 + int(m.group(8)[3:5])
    if m.group(8)[0] == '-':
        off = -off
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].index(m.group(3)) + 1
    d = datetime(int(m.group(4)), mon, int(m.group(2)), int(m.group(5)), int(m.group(6)), int(m.group(7)),
                 tzinfo=timezone(timedelta(minutes=off)))
    return d, m.group(1)


def texts(msg, fn):
    """Decoded text of every text/* part (HTML also unescaped), strictly in its charset."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        payload = part.get_payload(decode=True) or b''
        cs = part.get_content_charset() or 'us-ascii'
        try:
            s = payload.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            bad(fn, 'part %s does not decode as %s: %s' % (part.get_content_type(), cs, e))
            s = payload.decode(cs, 'replace')
        if part.get_content_subtype() == 'html':
            s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
        out.append((part.get_content_type(), s))
    return out


def norm(s):
    return re.sub(r'\s+', ' ', s)


def ical_dtstart(cal_text):
    unfolded = re.sub(r'\r?\n[ \t]', '', cal_text)
    method = re.search(r'^METHOD:(\S+)', unfolded, re.M)
    ev = re.search(r'^BEGIN:VEVENT\s*$(.*?)^END:VEVENT', unfolded, re.M | re.S)
    if not ev:
        return None
    m = re.search(r'^DTSTART(;[^:]*)?:(\d{8}T\d{6}Z?)\s*$', ev.group(1), re.M)
    if not m:
        return None
    params = dict(p.split('=', 1) for p in (m.group(1) or '').strip(';').split(';') if '=' in p)
    return (method.group(1) if method else None), params.get('TZID'), m.group(2)


def check_meeting(fn, msg, hdr_dt, src, label, bodies):
    mt = src['meeting']
    d = date.fromisoformat(mt['date'])
    hdr_day = hdr_dt.date()
    rule = mt['rule']
    if mt.get('weekday') and WEEKDAYS[d.weekday()] != mt['weekday']:
        bad(fn, '%s is a %s, the text says %s' % (d, WEEKDAYS[d.weekday()], mt['weekday']))
    if rule == 'tomorrow' and d != hdr_day + timedelta(days=1):
        bad(fn, "'tomorrow' from %s is %s, not %s" % (hdr_day, hdr_day + timedelta(days=1), d))
    elif rule == 'weekday':
        want = hdr_day + timedelta(days=((WEEKDAYS.index(mt['weekday']) - hdr_day.weekday() - 1) % 7) + 1)
        if d != want:
            bad(fn, 'bare %s after %s is %s, not %s' % (mt['weekday'], hdr_day, want, d))
    elif rule in ('date', 'ical'):
        if not (hdr_day < d <= hdr_day + timedelta(days=120)):
            bad(fn, 'meeting date %s is not within 120 days after the Date %s' % (d, hdr_day))
    elif rule not in ('tomorrow', 'weekday'):
        bad(fn, 'unknown rule %r' % rule)
    t = time.fromisoformat(mt['time']) if mt['time'] else time(0, 0)
    local = datetime.combine(d, t)
    if mt['zone'] == 'header':
        at = local.replace(tzinfo=hdr_dt.tzinfo)
    else:
        z = ZoneInfo(mt['zone'])
        at = local.replace(tzinfo=z)
        a0, a1 = local.replace(tzinfo=z, fold=0), local.replace(tzinfo=z, fold=1)
        if a0.utcoffset() != a1.utcoffset():
            bad(fn, '%s is ambiguous in %s' % (local, mt['zone']))
        if a0.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None) != local:
            bad(fn, '%s does not exist in %s' % (local, mt['zone']))
    off = at.utcoffset()
    want = at.replace(tzinfo=timezone(off)).isoformat()
    if label['meeting_at'] != want:
        bad(fn, 'meeting_at %s, recomputed %s' % (label['meeting_at'], want))
    if label['all_day'] != (mt['time'] is None):
        bad(fn, 'all_day %s but time %s' % (label['all_day'], mt['time']))
    if rule == 'ical':
        cals = [s for ct, s in bodies if ct == 'text/calendar']
        if not cals:
            bad(fn, 'rule ical but no text/calendar part')
            return
        got = ical_dtstart(cals[0])
        if not got:
            bad(fn, 'no DTSTART in the calendar part')
            return
        method, tzid, value = got
        if method != 'REQUEST':
            bad(fn, 'calendar METHOD %s, want REQUEST' % method)
        ld = datetime.strptime(value[:15], '%Y%m%dT%H%M%S')
        if value.endswith('Z'):
            if mt['zone'] != 'UTC' or ld != local:
                bad(fn, 'DTSTART %s does not match %s %s' % (value, local, mt['zone']))
        else:
            iana = WINDOWS_ZONES.get(tzid, tzid)
            if ld != local or ZoneInfo(iana).utcoffset(ld) != off:
                bad(fn, 'DTSTART;TZID=%s:%s does not match %s' % (tzid, value, want))
    joined = norm('\n'.join(s for _, s in bodies))
    if norm(mt['text']) not in joined:
        bad(fn, 'phrase %r not found in the decoded message' % mt['text'])


def main(d):
    with open(os.path.join(d, 'labels.jsonl'), encoding='utf-8') as f:
        labels = [json.loads(l) for l in f if l.strip()]
    with open(os.path.join(d, 'sources.jsonl'), encoding='utf-8') as f:
        sources = {s['file']: s for s in (json.loads(l) for l in f if l.strip())}
    seen = set()
    counts = collections.defaultdict(collections.Counter)
    emls = sorted(x for x in os.listdir(d) if x.endswith('.eml'))
    for label in labels:
        fn = label.get('file')
        if list(label) != FIELDS:
            bad(fn, 'fields %s, want %s' % (list(label), FIELDS))
        if fn in seen:
            bad(fn, 'duplicate label')
        seen.add(fn)
        if label['kind'] not in KINDS:
            bad(fn, 'kind %r' % label['kind'])
        if (label['kind'] == 'confirmation') != (label['meeting_at'] is not None):
            bad(fn, 'meeting_at must be set exactly on confirmations')
        if label['all_day'] and label['kind'] != 'confirmation':
            bad(fn, 'all_day on a non-confirmation')
        if label['lang'] not in LANGS or label['direction'] not in ('sent', 'received') or not label['note']:
            bad(fn, 'lang/direction/note')
        if label['kind'] != 'confirmation' and label['note'] and fn in sources and sources[fn]['meeting']:
            bad(fn, 'sources.jsonl has a meeting for a non-confirmation')
        path = os.path.join(d, fn)
        if not os.path.exists(path):
            bad(fn, 'missing file')
            continue
        raw = open(path, 'rb').read()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad(fn, 'line %d is %d octets' % (i, len(line)))
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            for defect in part.defects:
                bad(fn, 'MIME defect in %s: %s' % (part.get_content_type(), defect.__class__.__name__))
        rawhdr = dict((k.lower(), v) for k, v in BytesParser(policy=policy.compat32).parsebytes(raw).items())
        hd = header_date(rawhdr.get('date', ''))
        if not hd:
            bad(fn, 'Date header %r lacks a numeric offset' % rawhdr.get('date'))
            continue
        hdr_dt, wd = hd
        if WEEKDAYS[hdr_dt.weekday()] != wd:
            bad(fn, 'Date says %s but %s is a %s' % (wd, hdr_dt.date(), WEEKDAYS[hdr_dt.weekday()]))
        src = sources.get(fn)
        if not src:
            bad(fn, 'no line in sources.jsonl')
            continue
        if hdr_dt.astimezone(ZoneInfo(src['sender_tz'])).utcoffset() != hdr_dt.utcoffset():
            bad(fn, 'Date offset %s is not %s at that instant' % (hdr_dt.utcoffset(), src['sender_tz']))
        if not re.match(r'^<[^<>@\s]+@[^<>@\s]+>$', rawhdr.get('message-id', '')):
            bad(fn, 'Message-ID %r' % rawhdr.get('message-id'))
        if not msg['from'] or not msg['to']:
            bad(fn, 'missing From or To')
        subj = str(msg['subject'] or '')
        irt, refs = rawhdr.get('in-reply-to'), rawhdr.get('references')
        if REPLY_SUBJECT.search(subj) and not (irt and refs):
            bad(fn, 'reply subject %r without In-Reply-To and References' % subj)
        if irt and (not refs or refs.split()[-1] != irt.strip()):
            bad(fn, 'References does not end with In-Reply-To')
        sender = parseaddr(str(msg['from']))[1].lower()
        if (label['direction'] == 'sent') != (sender in OWNERS):
            bad(fn, 'direction %s but From is %s' % (label['direction'], sender))
        if label['direction'] == 'received':
            rcpt = {a.lower() for _, a in getaddresses([str(msg['to'] or ''), str(msg['cc'] or '')])}
            if not rcpt & OWNERS and not rawhdr.get('list-id'):
                bad(fn, 'received, but no owner among the recipients')
        bodies = texts(msg, fn)
        if label['kind'] == 'confirmation':
            if not src['meeting']:
                bad(fn, 'confirmation without a meeting in sources.jsonl')
            else:
                check_meeting(fn, msg, hdr_dt, src, label, bodies)
        counts['kind'][label['kind']] += 1
        counts['lang'][label['lang']] += 1
        counts['direction'][label['direction']] += 1
        counts['top-level type'][msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                counts['text part charset/encoding'][
                    '%s %s' % (part.get_content_charset(), str(part.get('content-transfer-encoding', '7bit')).lower())] += 1
            if part.get_content_type() == 'text/calendar':
                counts['calendar'][part.get_param('method') or '?'] += 1
            if part.get_content_type() == 'message/rfc822' or part.get_content_disposition() == 'attachment':
                counts['attachments'][part.get_content_type()] += 1
        for h in ('list-id', 'list-unsubscribe', 'auto-submitted', 'in-reply-to'):
            if rawhdr.get(h):
                counts['headers'][h] += 1
    for fn in emls:
        if fn not in seen:
            bad(fn, 'not labelled')
    for k in ('kind', 'lang', 'direction', 'top-level type', 'text part charset/encoding', 'calendar', 'attachments', 'headers'):
        print('%s: %s' % (k, ', '.join('%s %d' % kv for kv in counts[k].most_common())))
    print('%d labels, %d .eml files' % (len(labels), len(emls)))
    for p in problems:
        print('PROBLEM', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
