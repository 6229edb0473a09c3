"""Render corpus messages as RFC 5322 bytes.

The message texts live in the owner_*.py files; this module only knows how
mail clients dress them: reply attributions in several locales, quoting
styles, signatures, MIME structure, charsets and transfer encodings, and
calendar parts. Everything random is drawn from one seeded generator so the
corpus is reproducible byte for byte.
"""

import base64
import hashlib
import html
import quopri
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from zoneinfo import ZoneInfo

RNG = random.Random(20260311)

# ---------------------------------------------------------------- people


class Person:
    """A correspondent: how they write (client, locale) and sign."""

    def __init__(self, name, email, zone, client="gmail", locale="en-US", sig="",
                 sigsep=False, legal="", org=""):
        self.name = name
        self.email = email
        self.zone = zone
        self.client = client
        self.locale = locale
        self.sig = sig.strip("\n")
        self.sigsep = sigsep
        self.legal = legal.strip("\n")
        self.org = org

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def addr(self):
        return f"{self.name} <{self.email}>"


# ---------------------------------------------------------------- dates

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
GMAIL_MON_GB = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
GMAIL_WD_DE = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
GMAIL_MON_DE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
GMAIL_WD_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
GMAIL_MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
GMAIL_WD_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
GMAIL_WD_PT = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
GMAIL_MON_PT = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
GMAIL_MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def local(s, zone):
    """'2026-03-05 17:22' in IANA zone -> aware datetime (seconds drawn at random)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(second=RNG.randrange(60), tzinfo=ZoneInfo(zone))


def h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def attribution(style, locale, d, p):
    """The line a client writes above a quoted message, d in the replier's zone."""
    wd, mo = d.weekday(), d.month - 1
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if style == "gmail":
        if locale == "en-US":
            return f"On {WD_EN[wd][:3]}, {MON_EN[mo][:3]} {d.day}, {d.year} at {h12(d)} {p.name} <{p.email}> wrote:"
        if locale in ("en-GB", "en-AU", "en-IN"):
            return f"On {WD_EN[wd][:3]}, {d.day} {GMAIL_MON_GB[mo]} {d.year} at {hm}, {p.name} <{p.email}> wrote:"
        if locale == "de":
            return f"Am {GMAIL_WD_DE[wd]}, {d.day}. {GMAIL_MON_DE[mo]} {d.year} um {hm} Uhr schrieb {p.name} <{p.email}>:"
        if locale == "fr":
            return f"Le {GMAIL_WD_FR[wd]} {d.day} {GMAIL_MON_FR[mo]} {d.year} à {hm}, {p.name} <{p.email}> a écrit :"
        if locale == "es":
            return f"El {GMAIL_WD_ES[wd]}, {d.day} {GMAIL_MON_ES[mo]} {d.year} a las {hm}, {p.name} (<{p.email}>) escribió:"
        if locale == "pt-BR":
            return f"Em {GMAIL_WD_PT[wd]}, {d.day} de {GMAIL_MON_PT[mo]} de {d.year} às {hm}, {p.name} <{p.email}> escreveu:"
    if style in ("apple", "iphone"):
        if locale == "en-US":
            return f"On {MON_EN[mo][:3]} {d.day}, {d.year}, at {h12(d)}, {p.name} <{p.email}> wrote:"
        if locale in ("en-GB", "en-AU", "en-IN"):
            return f"On {d.day} {MON_EN[mo][:3]} {d.year}, at {hm}, {p.name} <{p.email}> wrote:"
        if locale == "de":
            return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {hm} schrieb {p.name} <{p.email}>:"
        if locale == "fr":
            return f"Le {d.day} {GMAIL_MON_FR[mo]} {d.year} à {hm}, {p.name} <{p.email}> a écrit :"
        if locale == "es":
            return f"El {d.day} {GMAIL_MON_ES[mo]} {d.year}, a las {hm}, {p.name} <{p.email}> escribió:"
    if style == "thunderbird":
        if locale == "en-US":
            return f"On {d.month}/{d.day}/{d.year % 100} {h12(d)}, {p.name} wrote:"
        if locale in ("en-GB", "en-AU", "en-IN"):
            return f"On {d.day:02d}/{d.month:02d}/{d.year} {hm}, {p.name} wrote:"
        if locale == "de":
            return f"Am {d.day:02d}.{d.month:02d}.{d.year % 100} um {hm} schrieb {p.name}:"
        if locale == "fr":
            return f"Le {d.day:02d}/{d.month:02d}/{d.year} à {hm}, {p.name} a écrit :"
        if locale == "es":
            return f"El {d.day:02d}/{d.month:02d}/{d.year % 100} a las {hm}, {p.name} escribió:"
    if style == "yahoo":
        tzabbr = d.tzname()
        return (f"On {WD_EN[wd]}, {MON_EN[mo]} {d.day}, {d.year} at {d.hour % 12 or 12:02d}:{d.minute:02d}:{d.second:02d} "
                f"{'AM' if d.hour < 12 else 'PM'} {tzabbr}, {p.name} <{p.email}> wrote:")
    if style == "gnus":
        return f"{p.name} <{p.email}> writes:"
    if style == "mutt":
        return f"* {p.name} <{p.email}> [{d.strftime('%Y-%m-%d %H:%M')}]:"
    raise ValueError(f"no attribution for {style}/{locale}")


def sent_line(locale, d, owa=False):
    """Outlook's 'Sent:' value."""
    wd, mo = d.weekday(), d.month - 1
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if locale == "en-US":
        s = f"{WD_EN[wd]}, {MON_EN[mo]} {d.day}, {d.year} {h12(d)}"
        if owa:
            s = f"{WD_EN[wd]}, {MON_EN[mo]} {d.day}, {d.year} {d.hour % 12 or 12}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"
        return s
    if locale in ("en-GB", "en-AU", "en-IN"):
        return f"{WD_EN[wd]}, {d.day} {MON_EN[mo]} {d.year} {hm}" if owa else f"{d.day} {MON_EN[mo]} {d.year} {hm}"
    if locale == "de":
        return f"{WD_DE[wd]}, {d.day}. {MON_DE[mo]} {d.year} {hm}"
    if locale == "fr":
        return f"{WD_FR[wd]} {d.day} {MON_FR[mo]} {d.year} {hm}"
    if locale == "es":
        return f"{WD_ES[wd]}, {d.day} de {MON_ES[mo]} de {d.year} {hm}"
    raise ValueError(locale)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
}
ORIGINAL = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----",
            "fr": "-----Message d'origine-----", "es": "-----Mensaje original-----"}
MOBILE_SIG = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet",
              "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi iPhone"}
REPLY_PREFIX = {("outlook", "en"): "RE: ", ("outlook", "de"): "AW: ", ("outlook", "fr"): "RE : ",
                ("outlook", "es"): "RE: "}
FWD_PREFIX = {"outlook": "FW: ", "gmail": "Fwd: ", "apple": "Fwd: ", "iphone": "Fwd: ", "thunderbird": "Fwd: "}


def lang_of(locale):
    return locale.split("-")[0]


# ---------------------------------------------------------------- messages


class Msg:
    """One message: its texts and how it is dressed, plus its label."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def mkid(p, seed, client):
    h = hashlib.sha1(seed.encode()).digest()
    b = base64.b64encode(h + hashlib.sha1(h).digest()).decode().replace("/", "_")
    if client == "gmail":
        return f"CA{b[:2]}+{b[2:40]}@mail.{p.domain}"
    if client in ("outlook", "outlook_html", "owa"):
        hx = h.hex().upper()
        return f"{hx[:4]}PR0{hx[4]}MB{hx[5:9]}{hx[9:29]}@{hx[:4]}PR0{hx[4]}MB{hx[5:9]}.prod.{p.domain}"
    if client in ("apple", "iphone"):
        hx = h.hex().upper()
        return f"{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@{p.domain}"
    return f"{h.hex()[:16]}.{h.hex()[16:24]}@{p.domain}"


def quote_prefix(text):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append("> " + line)
    return "\n".join(out)


def hard_wrap(text, width=78):
    """Gmail-style hard wrap of the plain part, quote prefixes kept."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        pre, body = m.group(1), m.group(2)
        if len(line) <= width or not body.strip():
            out.append(line)
            continue
        for w in textwrap.wrap(body, width - len(pre), break_long_words=False, break_on_hyphens=False):
            out.append(pre + w)
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>*)( ?)(.*)$", line)
        pre = m.group(1) + (" " if m.group(1) else "")
        body = m.group(3) if m.group(1) else line
        if len(pre + body) <= width:
            out.append((pre + body).rstrip(" ") if body.strip() else pre.rstrip())
            continue
        parts = textwrap.wrap(body, width - len(pre), break_long_words=False, break_on_hyphens=False)
        for i, w in enumerate(parts):
            out.append(pre + w + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)
