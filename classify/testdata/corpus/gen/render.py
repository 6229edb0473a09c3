"""Turn a Msg into the bytes of an .eml file."""

import base64
import html
import quopri
from email.header import Header
from email.utils import format_datetime

from mail import (MOBILE_SIG, ORIGINAL, RNG, flowed, hard_wrap, lang_of, quote_prefix)


# ---------------------------------------------------------------- plain text

def plain_full(m):
    """The plain text a client would send for m, quotes included."""
    parts = [m.body.strip("\n")]
    if m.mobile_sig:
        parts.append(m.mobile_sig)
    if m.sig:
        parts.append(("-- \n" if m.sigsep else "") + m.sig)
    if m.legal:
        parts.append(m.legal)
    text = "\n\n".join(parts)
    if m.quote is not None:
        text += "\n\n" + quote_plain(m.quote)
    return text


def head_block(q):
    return "\n".join(f"{k} {v}" for k, v in q.head)


def quote_plain(q):
    inner = plain_full(q.inner)
    if q.style == "gt":
        return q.head + "\n" + quote_prefix(inner)
    if q.style == "gt_in":
        return quote_prefix(q.head + "\n\n" + inner)
    if q.style == "outlook":
        sep = "________________________________\n" if q.owa else ""
        return sep + head_block(q) + "\n\n" + inner
    if q.style == "original":
        return ORIGINAL[q.lang] + "\n" + head_block(q) + "\n\n" + inner
    if q.style == "fwd":
        return "---------- Forwarded message ---------\n" + head_block(q) + "\n\n" + inner
    if q.style == "fwd_apple":
        return "Begin forwarded message:\n\n" + quote_prefix(head_block(q) + "\n\n" + inner)
    if q.style == "fwd_outlook":
        return "________________________________\n" + head_block(q) + "\n\n" + inner
    raise ValueError(q.style)


# ---------------------------------------------------------------- HTML

def esc(s):
    return html.escape(s, quote=False)


def paras(text, client):
    out = []
    blocks = text.strip("\n").split("\n\n")
    for i, b in enumerate(blocks):
        lines = b.split("\n")
        if client in ("outlook", "owa", "outlook_html"):
            for ln in lines:
                out.append(f'<p class="MsoNormal">{esc(ln) or "&nbsp;"}<o:p></o:p></p>')
            if i < len(blocks) - 1:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append("<div>" + "<br>".join(esc(ln) for ln in lines) + "</div>")
            if i < len(blocks) - 1:
                out.append("<div><br></div>")
    return "\n".join(out)


def html_inner(m, client):
    """The body of m as HTML, quotes included, in client's idiom."""
    out = [paras(m.body, client)]
    if m.mobile_sig:
        out.append("<div><br></div>" + paras(m.mobile_sig, client))
    if m.sig:
        if client == "gmail":
            pre = '<span class="gmail_signature_prefix">-- </span><br>' if m.sigsep else ""
            out.append('<div><br></div>' + pre + '<div dir="ltr" class="gmail_signature">' + paras(m.sig, client) + "</div>")
        else:
            out.append(("<div><br></div>" if client not in ("outlook", "owa", "outlook_html") else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>') + paras(m.sig, client))
    if m.legal:
        out.append('<div style="font-size:8pt;color:#808080">' + paras(m.legal, client) + "</div>")
    if m.quote is not None:
        out.append(quote_html(m.quote, client))
    return "\n".join(out)


def head_html(q):
    return "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in q.head)


def quote_html(q, client):
    inner = html_inner(q.inner, client)
    if q.style in ("gt", "gt_in"):
        if client == "gmail":
            return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    + esc(q.head) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + inner + "\n</blockquote></div>")
        return ('<div><br><blockquote type="cite"><div>' + esc(q.head)
                + '</div><br class="Apple-interchange-newline">\n' + inner + "\n</blockquote></div>")
    if q.style in ("outlook", "fwd_outlook"):
        if q.owa or q.style == "fwd_outlook":
            return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                    + head_html(q) + "</font>\n<div>&nbsp;</div>\n</div>\n" + inner)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                '<p class="MsoNormal">' + head_html(q) + "</p>\n</div>\n" + inner)
    if q.style == "original":
        return ("<div>" + esc(ORIGINAL[q.lang]) + "<br>\n" + "<br>\n".join(f"{esc(k)} {esc(v)}" for k, v in q.head)
                + "</div>\n" + inner)
    if q.style == "fwd":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>\n'
                + "<br>\n".join(f"{esc(k)} {esc(v)}" for k, v in q.head) + "<br></div><br><br>\n" + inner + "\n</div>")
    if q.style == "fwd_apple":
        return ('<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>'
                + "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in q.head) + "<br><br>\n" + inner + "\n</blockquote></div>")
    raise ValueError(q.style)


def html_doc(m, charset):
    c = m.client
    inner = html_inner(m, c)
    if c in ("outlook", "owa", "outlook_html"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}--></style>\n'
                '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + inner + "\n</div>\n</body>\n</html>\n")
    if c == "gmail":
        return '<div dir="ltr">' + inner + "</div>\n"
    if c == "bulk":
        return m.html
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + charset + '"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
            + inner + "\n</body></html>\n")


# ---------------------------------------------------------------- MIME

def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def fmt_addr(p):
    name = p.name
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.;:()"@'):
            name = '"' + name.replace('"', '') + '"'
    except UnicodeEncodeError:
        name = Header(name, "utf-8").encode()
    return f"{name} <{p.email}>" if name else p.email


def boundary(client):
    h = "%032x" % RNG.getrandbits(128)
    if client == "gmail":
        return "000000000000" + h[:12]
    if client in ("outlook", "owa", "outlook_html"):
        return "_000_" + h[:20].upper() + "_"
    if client in ("apple", "iphone"):
        return "Apple-Mail=_" + "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
    if client == "thunderbird":
        return "------------" + h[:24]
    return "----=_Part_" + str(RNG.randrange(10**6)) + "_" + str(RNG.randrange(10**9))


def encode_body(text, charset, enc):
    raw = text.encode(charset)
    if enc == "auto":
        enc = "7bit" if all(b < 128 for b in raw) and max((len(l) for l in raw.split(b"\n")), default=0) <= 998 else "quoted-printable"
    if enc in ("qp", "quoted-printable"):
        return "quoted-printable", quopri.encodestring(raw, quotetabs=False)
    if enc in ("b64", "base64"):
        return "base64", base64.encodebytes(raw)
    if enc == "8bit":
        return "8bit", raw
    if enc == "7bit":
        raw.decode("ascii")
        return "7bit", raw
    raise ValueError(enc)


def leaf(ctype, text, charset, enc, params="", disposition=None):
    cte, body = encode_body(text, charset, enc)
    h = f"Content-Type: {ctype}; charset=\"{charset}\"{params}\n"
    if disposition:
        h += disposition + "\n"
    h += f"Content-Transfer-Encoding: {cte}\n"
    if not body.endswith(b"\n"):
        body += b"\n"
    return h.encode() + b"\n" + body


def binary_leaf(ctype, name, data, inline=False, cid=None):
    h = f'Content-Type: {ctype}; name="{name}"\n'
    h += f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{name}"\n'
    if cid:
        h += f"Content-ID: <{cid}>\n"
    h += "Content-Transfer-Encoding: base64\n"
    return h.encode() + b"\n" + base64.encodebytes(data)


def multipart(sub, parts, client):
    b = boundary(client)
    out = f'Content-Type: multipart/{sub}; boundary="{b}"\n\n'.encode()
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def build_body(m):
    """MIME entity bytes (its own Content-* headers first) for m."""
    charset = m.charset
    penc = m.enc or ("8bit" if m.client == "thunderbird" else "qp")
    henc = m.html_enc or ("qp" if penc in ("8bit", "7bit") else penc)
    if m.client == "bulk":
        plain = m.plain_text or ""
    else:
        plain = plain_full(m)
        if m.flowed:
            plain = flowed(plain)
        elif m.client == "gmail":
            plain = hard_wrap(plain)
    if m.enc == "auto" or (penc in ("qp",) and all(ord(ch) < 128 for ch in plain) and m.enc is None):
        penc_eff = "auto"
    else:
        penc_eff = penc
    fparams = "; format=flowed" if m.flowed else ""
    parts = []
    if m.fmt in ("plain", "alt"):
        if m.client != "bulk" or plain:
            parts.append(leaf("text/plain", plain, charset, penc_eff, fparams))
    if m.fmt in ("html", "alt"):
        parts.append(leaf("text/html", html_doc(m, charset), charset, henc))
    if m.cal is not None and not m.cal_only_attach:
        parts.append(leaf("text/calendar", m.cal, "utf-8", m.cal_enc, f"; method={m.cal_method}"))
    main = parts[0] if len(parts) == 1 else multipart("alternative", parts, m.client)
    extras = []
    for (name, ctype, data) in m.attach:
        extras.append(binary_leaf(ctype, name, data))
    if m.cal is not None and (m.cal_attach or m.cal_only_attach):
        extras.append(binary_leaf("application/ics", "invite.ics", m.cal.replace("\n", "\r\n").encode()))
    if extras:
        return multipart("mixed", [main] + extras, m.client)
    return main


def build(m):
    """Full .eml bytes."""
    h = []
    for k, v in m.pre_headers:
        h.append(f"{k}: {v}")
    date = format_datetime(m.date)
    if m.date_style == "nozero":
        date = date.replace(" 0", " ", 1) if date[5] == "0" else date
    elif m.date_style == "comment":
        date += f" ({m.date.tzname()})"
    h.append(f"Date: {date}")
    h.append(f"From: {fmt_addr(m.frm)}")
    if m.sender:
        h.append(f"Sender: {m.sender}")
    if m.reply_to:
        h.append(f"Reply-To: {m.reply_to}")
    if m.to:
        h.append("To: " + ",\n ".join(fmt_addr(p) for p in m.to) if len(m.to) > 1 else f"To: {fmt_addr(m.to[0])}")
    if m.cc:
        h.append("Cc: " + ",\n ".join(fmt_addr(p) for p in m.cc))
    h.append(f"Subject: {enc_header(m.subject, 'utf-8' if m.charset == 'us-ascii' else m.charset)}")
    if m.thread_topic:
        h.append(f"Thread-Topic: {enc_header(m.thread_topic, 'utf-8' if m.charset == 'us-ascii' else m.charset)}")
        h.append("Thread-Index: " + base64.b64encode(RNG.randbytes(22)).decode())
    h.append(f"Message-ID: <{m.msgid}>")
    if m.in_reply_to:
        h.append(f"In-Reply-To: <{m.in_reply_to}>")
    if m.references:
        h.append("References: " + "\n ".join(f"<{r}>" for r in m.references))
    for k, v in m.headers:
        h.append(f"{k}: {v}")
    h.append("MIME-Version: 1.0")
    head = ("\n".join(h) + "\n").encode("ascii")
    return head + build_body(m)
