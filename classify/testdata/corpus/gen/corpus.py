"""Threads, messages and labels: the small language the owner_*.py files use."""

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from mail import (FWD_PREFIX, MOBILE_SIG, REPLY_PREFIX, RNG, Msg, Person, attribution,
                  lang_of, local, mkid, sent_line)
from render import build

ALL = []  # every Msg, in the order written

CLIENT_HEADERS = {
    "apple": [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.24187 YMailNorrin")],
    "mutt": [("User-Agent", "NeoMutt/20240425")],
    "gnus": [("User-Agent", "Gnus/5.13 (Gnus v5.13)")],
}


class Quote:
    def __init__(self, style, head, inner, lang="en", owa=False):
        self.style, self.head, self.inner, self.lang, self.owa = style, head, inner, lang, owa


def outlook_head(q_from, q_msg, replier, locale, owa=False, original=False):
    lang = lang_of(locale)
    from mail import OUTLOOK_LABELS
    f, s, t, c, subj = OUTLOOK_LABELS[lang if lang in OUTLOOK_LABELS else "en"]
    d = q_msg.date.astimezone(ZoneInfo(replier.zone))
    head = [(f, q_from.addr() if not original else q_from.addr()),
            (s, sent_line(locale, d, owa=owa))]
    head.append((t, "; ".join(p.addr() for p in q_msg.to)))
    if q_msg.cc:
        head.append((c, "; ".join(p.addr() for p in q_msg.cc)))
    head.append((subj, q_msg.subject))
    return head


def make_quote(replier, client, quoted, style=None, locale=None):
    """How replier's client quotes the message quoted."""
    locale = locale or replier.locale
    lang = lang_of(locale)
    d = quoted.date.astimezone(ZoneInfo(replier.zone))
    if style is None:
        style = {"gmail": "gt", "apple": "gt", "iphone": "gt_in", "thunderbird": "gt", "yahoo": "gt",
                 "outlook": "outlook", "owa": "outlook", "outlook_html": "outlook"}[client]
    if style in ("gt", "gt_in"):
        astyle = {"gmail": "gmail", "apple": "apple", "iphone": "iphone", "thunderbird": "thunderbird",
                  "yahoo": "yahoo"}.get(client, "gmail")
        return Quote(style, attribution(astyle, locale, d, quoted.frm), quoted, lang)
    if style in ("gnus", "mutt"):
        return Quote("gt", attribution(style, locale, d, quoted.frm), quoted, lang)
    if style == "outlook":
        return Quote("outlook", outlook_head(quoted.frm, quoted, replier, locale, owa=(client == "owa")), quoted, lang,
                     owa=(client == "owa"))
    if style == "original":
        return Quote("original", outlook_head(quoted.frm, quoted, replier, locale), quoted, lang)
    raise ValueError(style)


def fwd_quote(forwarder, client, quoted, style=None):
    d = quoted.date.astimezone(ZoneInfo(forwarder.zone))
    if style is None:
        style = {"gmail": "fwd", "apple": "fwd_apple", "iphone": "fwd_apple", "outlook": "fwd_outlook",
                 "owa": "fwd_outlook", "thunderbird": "fwd"}[client]
    if style == "fwd":
        from mail import h12, MON_EN, WD_EN
        head = [("From:", f"{quoted.frm.name} <{quoted.frm.email}>"),
                ("Date:", f"{WD_EN[d.weekday()][:3]}, {MON_EN[d.month-1][:3]} {d.day}, {d.year} at {h12(d)}"),
                ("Subject:", quoted.subject),
                ("To:", ", ".join(p.addr() for p in quoted.to))]
        return Quote("fwd", head, quoted)
    if style == "fwd_apple":
        head = [("From:", quoted.frm.addr()), ("Subject:", quoted.subject),
                ("Date:", f"{d.day} {d.strftime('%B %Y')} at {d.hour:02d}:{d.minute:02d}:{d.second:02d} {d.strftime('%Z')}"),
                ("To:", ", ".join(p.addr() for p in quoted.to))]
        return Quote("fwd_apple", head, quoted)
    if style == "fwd_outlook":
        return Quote("fwd_outlook", outlook_head(quoted.frm, quoted, forwarder, forwarder.locale, owa=True), quoted)
    raise ValueError(style)


def new_msg(frm, to, at, subject, body, *, owner, kind, note, lang="en", meet=None, allday=False, cc=(),
            client=None, mobile=False, sig=True, legal=True, fmt=None, enc=None, html_enc=None, charset="utf-8",
            attach=(), cal=None, cal_attach=False, cal_only_attach=False, cal_enc="auto", headers=(),
            pre_headers=(), offset=None, date_style=None, sender=None, reply_to=None, thread_topic=None,
            wd=None, rel=None, plain_text=None, html=None, flowed=None, mobile_sig=None, check_zone=True):
    client = client or ("iphone" if mobile else frm.client)
    if offset is not None:  # a sender travelling: Date header in a fixed offset
        d = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(second=RNG.randrange(60),
                                                             tzinfo=timezone(timedelta(minutes=offset)))
    else:
        d = local(at, frm.zone)
    if fmt is None:
        fmt = {"gmail": "alt", "outlook": "alt", "owa": "alt", "outlook_html": "html", "apple": "plain",
               "iphone": "plain", "thunderbird": "plain", "yahoo": "alt", "bulk": "html", "mutt": "plain",
               "gnus": "plain"}[client]
    if mobile_sig is None and client == "iphone":
        mobile_sig = MOBILE_SIG[lang_of(frm.locale)]
    if flowed is None:
        flowed = client == "thunderbird"
    if sig is True:
        sigtext = frm.sig if client != "iphone" else ""
    else:
        sigtext = sig or ""
    hdrs = list(CLIENT_HEADERS.get(client, []))
    if client in ("outlook", "owa", "outlook_html"):
        hdrs.append(("Content-Language", frm.locale if "-" in frm.locale else frm.locale + "-" + frm.locale.upper()))
        hdrs.append(("X-MS-Has-Attach", "yes" if attach else ""))
        if thread_topic is None:
            thread_topic = subject.split(": ", 1)[-1] if subject[:4].upper() in ("RE: ", "AW: ", "FW: ") else subject
    m = Msg(frm=frm, to=list(to), cc=list(cc), date=d, subject=subject, body=body, client=client,
            mobile_sig=mobile_sig, sig=sigtext,
            sigsep=frm.sigsep, legal=(frm.legal if legal is True else (legal or "")), quote=None, fmt=fmt, enc=enc,
            html_enc=html_enc, charset=charset, flowed=flowed, attach=list(attach), cal=cal, cal_attach=cal_attach,
            cal_only_attach=cal_only_attach, cal_enc=cal_enc, cal_method=None, headers=hdrs + list(headers),
            pre_headers=list(pre_headers), date_style=date_style, sender=sender, reply_to=reply_to,
            thread_topic=thread_topic if client in ("outlook", "owa", "outlook_html") else None,
            msgid=mkid(frm, f"{frm.email}|{at}|{subject}|{len(ALL)}", client), in_reply_to=None, references=[],
            owner=owner, kind=kind, note=note, lang=lang, meet=meet, allday=allday, wd=wd, rel=rel,
            plain_text=plain_text, html=html, check_zone=check_zone)
    if cal is not None:
        m.cal_method = "CANCEL" if "METHOD:CANCEL" in cal else ("REPLY" if "METHOD:REPLY" in cal else "REQUEST")
    ALL.append(m)
    return m


class Thread:
    """A conversation: each reply quotes the one before and carries the ids."""

    def __init__(self, owner, subject):
        self.owner = owner
        self.subject = subject
        self.msgs = []

    def send(self, frm, to, at, body, **kw):
        subject = kw.pop("subject", self.subject)
        m = new_msg(frm, to, at, subject, body, owner=self.owner, **kw)
        self.msgs.append(m)
        return m

    def reply(self, frm, to, at, body, quote=True, qstyle=None, qlocale=None, parent=None, subject=None, **kw):
        parent = parent or self.msgs[-1]
        client = kw.get("client") or ("iphone" if kw.get("mobile") else frm.client)
        lang = lang_of(qlocale or frm.locale)
        if subject is None:
            prefix = REPLY_PREFIX.get((("outlook" if client in ("outlook", "owa", "outlook_html") else client), lang), "Re: ")
            if client in ("outlook", "owa", "outlook_html") and lang == "en":
                prefix = "RE: "
            subject = prefix + self.subject
        m = new_msg(frm, to if isinstance(to, (list, tuple)) else [to], at, subject, body, owner=self.owner,
                    thread_topic=self.subject, **kw)
        if quote:
            m.quote = make_quote(frm, client, parent, style=qstyle, locale=qlocale)
        m.in_reply_to = parent.msgid
        m.references = (parent.references + [parent.msgid])[-8:]
        self.msgs.append(m)
        return m


def send(frm, to, at, subject, body, owner, **kw):
    """A message outside any thread."""
    return new_msg(frm, to if isinstance(to, (list, tuple)) else [to], at, subject, body, owner=owner, **kw)


def forward(frm, to, at, body, fwd_of, owner, style=None, **kw):
    client = kw.get("client") or frm.client
    subject = kw.pop("subject", None) or (FWD_PREFIX.get(client, "Fwd: ") + fwd_of.subject)
    m = new_msg(frm, to if isinstance(to, (list, tuple)) else [to], at, subject, body, owner=owner, **kw)
    m.quote = fwd_quote(frm, client, fwd_of, style)
    if fwd_of in ALL:
        ALL.remove(fwd_of)  # the forwarded original is only a part of this message
    return m


def quoted_only(frm, to, at, subject, body, **kw):
    """A message that exists only inside a quote (not a corpus file)."""
    kw.setdefault("kind", "other")
    kw.setdefault("note", "")
    m = new_msg(frm, to if isinstance(to, (list, tuple)) else [to], at, subject, body, owner=None, **kw)
    ALL.remove(m)
    return m


def hidden(m):
    """Keep m for quoting but do not write it as a corpus file."""
    ALL.remove(m)
    return m


# ---------------------------------------------------------------- labels

def meeting_at(m):
    if m.meet is None:
        return None
    when, zone = m.meet
    if zone == "hdr":
        tz = m.date.tzinfo if m.date.utcoffset() is None else timezone(m.date.utcoffset())
    elif zone == "UTC":
        tz = timezone.utc
    else:
        tz = ZoneInfo(zone)
    if m.allday:
        d = datetime.strptime(when, "%Y-%m-%d").replace(tzinfo=tz)
    else:
        d = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    if zone not in ("hdr", "UTC"):
        # normalise to a fixed offset so isoformat is plain RFC 3339
        d = d.astimezone(timezone(d.utcoffset()))
    return d


def label(m, fname):
    mt = meeting_at(m)
    assert (m.kind == "confirmation") == (mt is not None), (fname, m.kind, m.meet)
    assert m.kind in ("confirmation", "decline", "request", "thank_you", "update", "other"), m.kind
    assert m.note, fname
    return {"file": fname, "kind": m.kind, "meeting_at": mt.isoformat() if mt else None,
            "all_day": bool(m.allday), "lang": m.lang,
            "direction": "sent" if m.owner is not None and m.frm.email == m.owner.email else "received",
            "note": m.note}


def meta(m, fname):
    return {"file": fname, "sender_zone": m.frm.zone, "meet_local": m.meet[0] if m.meet else None,
            "meet_zone": m.meet[1] if m.meet else None, "wd": m.wd, "rel": m.rel, "all_day": bool(m.allday),
            "check_zone": m.check_zone}
