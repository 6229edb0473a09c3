"""corpus4 on top of ../../corpus/gen (the shared mail dressing), plus what corpus4 adds.

Additions, all applied when this module is imported:
  - reply attributions for Japanese and Korean Gmail / iPhone, and regional
    locales (fr-CA, de-AT, es-MX, en-NG, ...) mapped to the shared ones;
  - multipart/related HTML with an inline logo (m.related), a forwarded
    message attached as message/rfc822 (m.rfc822), and byte-level header
    touches after rendering (m.post: From names in ISO-8859-1, B-encoded
    subjects);
  - small deterministic PDF and PNG payloads for attachments.
Everything stays deterministic: the shared seeded RNG is the only source of
randomness and the texts are fixed.
"""

import os
import struct
import sys
import zlib
from email.charset import BASE64, QP, Charset
from email.header import Header

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "gen"))

import corpus  # noqa: E402
import ics as _ics  # noqa: E402
import mail  # noqa: E402
import render  # noqa: E402
import writeout  # noqa: E402
from corpus import forward, hidden, send  # noqa: E402,F401
from mail import Person  # noqa: E402,F401

# ---------------------------------------------------------------- locales

KNOWN = {"en-US", "en-GB", "en-AU", "en-IN", "de", "fr", "es", "pt-BR", "ja", "ko"}
JA_WD = "月火水木金土日"
KO_WD = "월화수목금토일"


def norm(locale):
    if locale in KNOWN:
        return locale
    lang = locale.split("-")[0]
    if lang in ("de", "fr", "es"):
        return lang
    if locale in ("en-NZ", "en-SG", "en-NG", "en-AE", "en-KE", "en-ZA", "en-IE"):
        return "en-GB" if locale != "en-NZ" else "en-AU"
    return "en-US"


_orig_attr = mail.attribution
_orig_sent = mail.sent_line


def attribution(style, locale, d, p):
    wd = d.weekday()
    if locale == "ja":
        if style == "gmail":
            return f"{d.year}年{d.month}月{d.day}日({JA_WD[wd]}) {d.hour}:{d.minute:02d} {p.name} <{p.email}>:"
        if style in ("apple", "iphone"):
            return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}、{p.name} <{p.email}>のメール:"
    if locale == "ko":
        ampm = "오전" if d.hour < 12 else "오후"
        if style == "gmail":
            return (f"{d.year}년 {d.month}월 {d.day}일 ({KO_WD[wd]}) {ampm} {d.hour % 12 or 12}:{d.minute:02d}, "
                    f"{p.name} <{p.email}>님이 작성:")
        if style in ("apple", "iphone"):
            return f"{d.year}. {d.month}. {d.day}. {ampm} {d.hour % 12 or 12}:{d.minute:02d}, {p.name} <{p.email}> 작성:"
    return _orig_attr(style, norm(locale), d, p)


def sent_line(locale, d, owa=False):
    return _orig_sent(norm(locale), d, owa=owa)


corpus.attribution = attribution
corpus.sent_line = sent_line
mail.MOBILE_SIG.setdefault("ja", "iPhoneから送信")
mail.MOBILE_SIG.setdefault("ko", "iPhone에서 보냄")

for _z, _like in (("Europe/Vienna", "Europe/Berlin"), ("Europe/Zurich", "Europe/Berlin"),
                  ("Europe/Brussels", "Europe/Paris")):
    _ics.RULES.setdefault(_z, _ics.RULES[_like])

# ---------------------------------------------------------------- threads


class Thread(corpus.Thread):
    pass


def answer(owner, asker, answerer, ask_at, subject, ask_body, at, body, ask_kw=None, **kw):
    """A hidden ask from asker to answerer, then answerer's reply (the corpus file)."""
    t = Thread(owner, subject)
    ask = hidden(send(asker, [answerer], ask_at, subject, ask_body, owner, kind="request", note="(quoted only)",
                      **(ask_kw or {})))
    t.msgs.append(ask)
    return t, t.reply(answerer, asker, at, body, **kw)


def bulk(name, addr, zone, to, at, subject, owner, text, note, html=None, headers=(), fmt="alt", lang="en", **kw):
    m = send(Person(name, addr, zone, client="bulk"), [to], at, subject, "", owner, client="bulk", fmt=fmt,
             plain_text=text if fmt != "html" else None,
             html=html or ("<html><body>" + "".join(f"<p>{render.esc(p)}</p>" for p in text.split("\n\n"))
                           + "</body></html>\n"),
             headers=list(headers), kind="other", note=note, lang=lang, **kw)
    return m


# ---------------------------------------------------------------- payloads


def pdf(title, lines):
    """A one-page PDF with a few lines of Helvetica text (deterministic bytes)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 16 Tf 72 770 Td (" + esc(title) + ") Tj /F1 11 Tf"
    for ln in lines:
        text += " 0 -18 Td (" + esc(ln) + ") Tj"
    text += " ET"
    stream = text.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Skia/PDF m124) >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def png(w, h, rgb, band=None):
    """A w x h PNG filled with rgb, with an optional horizontal band (y0, y1, rgb)."""
    rows = b""
    for y in range(h):
        c = band[2] if band and band[0] <= y < band[1] else rgb
        rows += b"\x00" + bytes(c) * w

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- MIME additions


def related(m, name, data, cid, alt):
    """Send m's HTML as multipart/related with an inline image after the signature."""
    m.related = (name, data, cid, alt)
    return m


def attach_message(m, inner, filename):
    """Attach inner (a Msg not in the corpus) as message/rfc822."""
    m.rfc822 = (inner, filename)
    m.post = getattr(m, "post", []) + [lambda b: b.replace(b"X-MS-Has-Attach: \n", b"X-MS-Has-Attach: yes\n", 1)]
    return m


def from_charset(m, charset):
    """Encode the From display name in charset (Q) instead of UTF-8."""
    def fix(b):
        head, _, body = b.partition(b"\n\n")
        lines = head.split(b"\n")
        for i, ln in enumerate(lines):
            if ln.startswith(b"From: "):
                cs = Charset(charset)
                cs.header_encoding = QP
                lines[i] = f"From: {Header(m.frm.name, cs).encode()} <{m.frm.email}>".encode()
        return b"\n".join(lines) + b"\n\n" + body
    m.post = getattr(m, "post", []) + [fix]
    return m


def subject_b64(m):
    """Encode the Subject as UTF-8 base64 encoded-words (as Apple Mail and iOS often do)."""
    def fix(b):
        head, _, body = b.partition(b"\n\n")
        lines = head.split(b"\n")
        out, skip = [], False
        for ln in lines:
            if skip and ln[:1] in (b" ", b"\t"):
                continue
            skip = False
            if ln.startswith(b"Subject: "):
                cs = Charset("utf-8")
                cs.header_encoding = BASE64
                out.append(b"Subject: " + Header(m.subject, cs, header_name="Subject").encode().encode())
                skip = True
                continue
            out.append(ln)
        return b"\n".join(out) + b"\n\n" + body
    m.post = getattr(m, "post", []) + [fix]
    return m


def _multipart_rel(parts, client):
    b = render.boundary(client)
    out = f'Content-Type: multipart/related; type="text/html"; boundary="{b}"\n\n'.encode()
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    return out + f"--{b}--\n".encode()


_orig_build_body = render.build_body


def build_body(m):
    rel = getattr(m, "related", None)
    r822 = getattr(m, "rfc822", None)
    if rel is None and r822 is None:
        return _orig_build_body(m)
    charset = m.charset
    penc = m.enc or ("8bit" if m.client == "thunderbird" else "qp")
    henc = m.html_enc or ("qp" if penc in ("8bit", "7bit") else penc)
    plain = render.plain_full(m) if m.client != "bulk" else (m.plain_text or "")
    if m.client == "bulk":
        pass
    elif m.flowed:
        plain = mail.flowed(plain)
    elif m.client == "gmail":
        plain = mail.hard_wrap(plain)
    if m.enc == "auto" or (penc == "qp" and all(ord(ch) < 128 for ch in plain) and m.enc is None):
        penc_eff = "auto"
    else:
        penc_eff = penc
    fparams = "; format=flowed" if m.flowed else ""
    parts = []
    if m.fmt in ("plain", "alt") and (m.client != "bulk" or plain):
        parts.append(render.leaf("text/plain", plain, charset, penc_eff, fparams))
    if m.fmt in ("html", "alt"):
        doc = render.html_doc(m, charset)
        if rel is not None:
            name, data, cid, alt = rel
            img = f'<img width="140" height="36" src="cid:{cid}" alt="{render.esc(alt)}">'
            if m.client in ("outlook", "owa", "outlook_html"):
                img = f'<p class="MsoNormal">{img}<o:p></o:p></p>'
            else:
                img = f"<div>{img}</div>"
            sig_html = render.paras(m.sig, m.client) if m.sig else None
            i = doc.find(sig_html) if sig_html else -1
            if i >= 0:
                j = i + len(sig_html)
                doc = doc[:j] + "\n" + img + doc[j:]
            elif "{LOGO}" in doc:
                doc = doc.replace("{LOGO}", img)
            else:
                doc = doc.replace("</body>", img + "\n</body>", 1)
            hl = render.leaf("text/html", doc, charset, henc)
            il = (f'Content-Type: image/png; name="{name}"\nContent-Description: {name}\n'
                  f'Content-Disposition: inline; filename="{name}"\nContent-ID: <{cid}>\n'
                  "Content-Transfer-Encoding: base64\n\n").encode() + render.base64.encodebytes(data)
            parts.append(_multipart_rel([hl, il], m.client))
        else:
            parts.append(render.leaf("text/html", doc, charset, henc))
    if m.cal is not None and not m.cal_only_attach:
        parts.append(render.leaf("text/calendar", m.cal, "utf-8", m.cal_enc, f"; method={m.cal_method}"))
    main = parts[0] if len(parts) == 1 else render.multipart("alternative", parts, m.client)
    extras = [render.binary_leaf(ct, n, d) for (n, ct, d) in m.attach]
    if r822 is not None:
        inner, fname = r822
        extras.append(f'Content-Type: message/rfc822; name="{fname}"\n'
                      f'Content-Disposition: attachment; filename="{fname}"\n\n'.encode() + render.build(inner))
    if extras:
        return render.multipart("mixed", [main] + extras, m.client)
    return main


render.build_body = build_body


def build(m):
    b = render.build(m)
    for f in getattr(m, "post", []):
        b = f(b)
    return b


writeout.build = build


def stamp(at, zone):
    """Aware datetime for a DTSTAMP (no RNG draw)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo
    return datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def invite(method, summary, start, end, zone, mode, organizer, attendees, at, **kw):
    """An iCalendar text; at/organizer.zone give the DTSTAMP."""
    return _ics.ics(method, summary, start, end, zone, mode, organizer, attendees, stamp(at, organizer.zone), **kw)
