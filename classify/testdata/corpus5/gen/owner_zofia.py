"""Zofia Wróblewska, Warsaw: literary translator moving into localization programme management.

Outlook on the web (English interface), iPhone. Writes German to German and
Austrian contacts. Contacts in Berlin and Vienna (German), Dublin, New York,
Kraków, Warsaw and London. September 2026 to June 2027; the EU switch on
25 October and the US switch on 1 November 2026 both fall inside one thread.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from c5 import Person, Thread, bulk, hide, hide_reply, ics, send, service, unsub  # noqa: F401

ZOFIA = Person("Zofia Wróblewska", "zofia.wroblewska@wroblewska.example", "Europe/Warsaw", client="owa",
               locale="en-GB",
               sig="Zofia Wróblewska\nLiterary translator (PL / EN / DE), moving into localization\nWarsaw | +48 601 555 214")
FRIEDERIKE = Person("Friederike Brandt", "f.brandt@pixelkrone.example", "Europe/Berlin", client="thunderbird",
                    locale="de", sig="Friederike Brandt\nHead of Localization | Pixelkrone Games GmbH\nBerlin",
                    sigsep=True)
CORMAC = Person("Cormac Dunleavy", "cormac@dunleavy-lsp.example", "Europe/Dublin", client="gmail", locale="en-GB",
                sig="Cormac Dunleavy\nVendor Manager, Dunleavy Language Services\nDublin")
MAREN = Person("Maren Holt", "maren.holt@lumenreach.example", "America/New_York", client="outlook", locale="en-US",
               sig="Maren Holt\nDirector, Localization Programs\nLumenreach | New York, NY")
OLA = Person("Ola Nowicka", "ola.nowicka@kodwerk.example", "Europe/Warsaw", client="gmail", locale="en-GB",
             sig="Ola Nowicka\nLocalization Engineering Manager, Kodwerk\nKraków")
LUKAS = Person("Lukas Pichler", "lukas.pichler@sprachwerk.example", "Europe/Vienna", client="outlook", locale="de",
               sig="Mag. Lukas Pichler\nLeitung Lokalisierung | Sprachwerk Software GmbH\nWien",
               legal="Sprachwerk Software GmbH | FN 412233x | Handelsgericht Wien")
KASIA = Person("Kasia Zielińska", "kasia.zielinska@poczta.example", "Europe/Warsaw", client="iphone", locale="en-GB")
MARTA = Person("Marta Szymańska", "marta@lingwista.example", "Europe/Warsaw", client="gmail", locale="en-GB",
               sig="Marta Szymańska\nProject Manager | Lingwista Translation Agency")
HUGH = Person("Hugh Ransome", "hugh@ransomebooks.example", "Europe/London", client="apple", locale="en-GB",
              sig="Hugh Ransome\nPublisher, Ransome & Lyle\nLondon")

O = ZOFIA

# ------------------------------------------------------------ Friederike (German)

t = Thread(O, "Lokalisierung: Frage einer Literaturübersetzerin")
t.send(ZOFIA, [FRIEDERIKE], "2026-09-28 10:15", """\
Sehr geehrte Frau Brandt,

ich habe Ihren Vortrag auf der Games-Lokalisierungskonferenz in Köln gehört (den über Glossare, die mit dem Spiel mitwachsen) und schreibe Ihnen mit einer Bitte.

Ich bin seit zwölf Jahren Literaturübersetzerin (Polnisch, Englisch, Deutsch) und möchte in die Lokalisierung wechseln, am liebsten auf die Seite der Projekt- und Programmleitung. Mir fehlt aber ein realistisches Bild davon, wie dieser Alltag aussieht und was ich aus meiner bisherigen Arbeit mitbringe.

Hätten Sie im Oktober eine halbe Stunde für ein Videogespräch? Ich richte mich ganz nach Ihnen.

Mit freundlichen Grüßen
Zofia Wróblewska""", kind="request", lang="de",
       note="[de] A cold ask for a 30-minute video call 'im Oktober'; a month is not a proposed time, and the "
            "conference talk is context, not a thank-you.")
t.reply(FRIEDERIKE, [ZOFIA], "2026-09-30 17:40", """\
Liebe Frau Wróblewska,

vielen Dank für Ihre nette Nachricht, das freut mich sehr! Literaturübersetzerinnen sind in der Lokalisierung übrigens viel seltener, als sie sein sollten.

Gern spreche ich mit Ihnen. Mir würden Dienstag, 13. Oktober, 14:00 Uhr oder Donnerstag, 15. Oktober, 9:30 Uhr passen. Sagen Sie mir einfach, was Ihnen lieber ist.

Viele Grüße aus Berlin
Friederike Brandt""", kind="request", lang="de", charset="iso-8859-1", enc="8bit",
        note="[de] Offers two candidate slots (Di 13. Oktober 14:00, Do 15. Oktober 9:30) and leaves the choice; "
             "nothing is fixed yet, so it is a request (Thunderbird, ISO-8859-1, 8bit, format=flowed).")
t.reply(ZOFIA, [FRIEDERIKE], "2026-10-01 08:40", """\
Liebe Frau Brandt,

herzlichen Dank! Donnerstag, der 15. Oktober, um 9:30 Uhr passt mir wunderbar. Ich schicke Ihnen gleich eine Einladung mit einem Teams-Link.

Viele Grüße aus Warschau
Zofia Wróblewska""", kind="confirmation", lang="de", meet=("2026-10-15 09:30", "hdr"), wd="Thu",
        note="[de] Accepts the second offered slot with date and time (Do 15. Oktober 9:30); Warsaw and Berlin are "
             "both at +02:00 then, matching the Date header; the other slot in the quote is not chosen.")
t.reply(ZOFIA, [FRIEDERIKE], "2026-10-15 14:20", """\
Liebe Frau Brandt,

noch einmal ganz herzlichen Dank für das Gespräch heute Morgen. Sie haben mir in einer halben Stunde mehr Klarheit verschafft als drei Monate Lektüre.

Besonders hilfreich war Ihr Hinweis, dass meine Erfahrung mit Lektoraten und Verlagsterminen eigentlich Projektmanagement ist, ich es nur nie so genannt habe. Und die Liste der Tools (Phrase, Crowdin, ein bisschen Jira) arbeite ich jetzt der Reihe nach ab.

Mit herzlichen Grüßen
Zofia Wróblewska""", quote=False, kind="thank_you", lang="de",
        note="[de] Thanks Friederike for the call that morning with specifics; 'noch einmal' is not a later "
             "meeting, and working through a tool list is a plan, not news.")
t.reply(FRIEDERIKE, [ZOFIA], "2027-02-09 11:05", """\
Liebe Frau Wróblewska,

ein kurzes Update von meiner Seite: Wir haben die Stelle "Localization Producer (Polnisch/Deutsch)" jetzt ausgeschrieben, und ich habe unserem Recruiting Ihren Namen genannt. Die Ausschreibung finden Sie auf unserer Karriereseite; Bewerbungsschluss ist der 15. März.

Ich drücke Ihnen die Daumen!

Viele Grüße
Friederike Brandt""", quote=False, kind="update", lang="de", subject="Stelle Localization Producer",
        note="[de] Months later, news since the call (the job is posted, Zofia's name passed on); the application "
             "deadline of 15 March is not a meeting.")

# ------------------------------------------------------------ Cormac's intro to Maren; Maren's invite across two clock changes

t = Thread(O, "Intro: Zofia Wróblewska / Maren Holt")
intro = t.send(CORMAC, [MAREN, ZOFIA], "2026-10-20 11:02", """\
Maren, Zofia,

Two people I've been meaning to introduce for months.

Maren: Zofia is the translator I keep telling you about, the one who did the Polish edition of that impossible Scottish crime series and also, somehow, the glossary for our medical-device client. She wants to move into localization programme management and she'll be brilliant at it.

Zofia: Maren built Lumenreach's localization programme from a spreadsheet and one intern to forty languages. If anyone can tell you what the job really is, it's her.

Maren, would you have 20 minutes for Zofia in the next few weeks? I'll leave you both to it.

Cormac""", kind="request",
                note="An introduction to both people that explicitly asks one of them for 20 minutes with the other; "
                     "an intro that asks two people to meet is a request.")
hide_reply(t, ZOFIA, [MAREN], "2026-10-20 14:30", """\
Thank you, Cormac (moving you to Bcc)!

Maren, it's lovely to e-meet you. Cormac is far too kind about the crime series; the glossary nearly finished me off.

Could we find 20 minutes in the next two weeks? Your mornings are my afternoons, so anything before noon your time is easy for me.

Best wishes,
Zofia""", kind="request")
cal8 = ics("REQUEST", "Zofia Wroblewska / Maren Holt", "2026-11-03 09:00", "2026-11-03 09:30", "America/New_York",
           "win", MAREN, [MAREN, ZOFIA], datetime(2026, 10, 27, 10, 14, tzinfo=ZoneInfo("America/New_York")),
           tzid="Eastern Standard Time", prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting",
           uid_seed="maren-zofia", description="20 minutes - localization programmes. Intro via Cormac.")
t.reply(MAREN, [ZOFIA], "2026-10-27 10:14", """\
Hi Zofia,

Sending you an invite for Tuesday, November 3 at 9:00 AM ET. That should be 3 PM in Warsaw once both our clocks have changed (yours this weekend, mine the next), but do check your calendar shows 15:00.

Teams link is in the invite.

Maren""", kind="confirmation", meet=("2026-11-03 09:00", "America/New_York"), wd="Tue", cal=cal8,
        note="A person's Outlook invitation (METHOD:REQUEST, TZID 'Eastern Standard Time') for Tue Nov 3, 9:00 ET; "
             "the Date header is -0400 but the meeting is two days after the US switch, so -05:00; the '3 PM in "
             "Warsaw' is the same instant.")
t.reply(ZOFIA, [MAREN], "2026-11-03 17:30", """\
Dear Maren,

Thank you very much for this afternoon's conversation, and for making the time in what I know is your planning season.

I came away with three things I didn't have before. First, the idea that a localization programme manager's real product is predictability, and that my years of negotiating deadlines with publishers count as exactly that. Second, your advice to pick one tool and get properly good at it rather than listing six on my CV. I've started the Phrase certification this evening. Third, the reminder that the first hire is usually a coordinator role, and that there's no shame in taking it.

Thank you also for offering to look at my CV once it's rewritten. I'll take you up on it, but only when it deserves your time.

With warm regards,
Zofia""", quote=False, kind="thank_you",
        note="A long, formal thank-you with specifics for the call that afternoon; the offered CV review is future "
             "help with no date, and starting a certification is part of the thanks, so thank_you.")
send(ZOFIA, CORMAC, "2026-11-23 09:10", "Re: Intro: Zofia Wróblewska / Maren Holt", """\
Hi Cormac,

Closing the loop on your introduction: I met Maren on the 3rd and it went wonderfully. She was generous and very direct, which is exactly what I needed. She suggested I apply for the LocWorld volunteer programme and offered to look over my CV; I've done the first and I'm rewriting the second.

Thanks again for making the connection.

Zofia""", owner=O, kind="update",
     note="Weeks later, tells the introducer how the meeting he arranged went and what followed; 'I met Maren on the "
          "3rd' is a past meeting, and 'thanks again' is a courtesy, so update.")
send(ZOFIA, MAREN, "2027-01-25 19:05", "Thank you for the CV comments", """\
Dear Maren,

Thank you so much for going through my CV so carefully. Your comments were kind and merciless in exactly the right proportions: I've cut the publications list to three lines, moved the glossary project to the top and rewritten every bullet to start with an outcome. It reads like someone I'd hire.

I'm very grateful.

Zofia""", owner=O, kind="thank_you",
     note="Thanks Maren for concrete help that already happened (a CV review by email); there was no meeting, and "
          "the description of the changes is part of the thanks.")
send(ZOFIA, MAREN, "2027-06-14 10:40", "News from Warsaw", """\
Dear Maren,

I wanted to share some news, since you were one of the people who got me here: I've accepted an offer as Localization Producer at Pixelkrone Games in Berlin (remote from Warsaw, with a week in Berlin every month). I start on 1 July.

The CV you helped me rewrite is the one that got me the interview, and the "predictability" line from our call made it into my final presentation, credited.

Best wishes,
Zofia""", owner=O, kind="update",
     note="Months later, news of an accepted offer to a contact who helped; the start date is not a meeting, and "
          "the mention of her help is part of the news rather than a thank-you.")

# ------------------------------------------------------------ Ola: nudge answered with a refusal

t = Thread(O, "A translator's question about localization engineering")
hide(t, ZOFIA, [OLA], "2026-11-02 09:30", """\
Hi Ola,

Your post on the Women in Localization Poland group about hiring your first localization coordinator was so useful that I'm writing to ask a favour. I'm a literary translator moving into localization, and I'd love 20 minutes on a call to ask what you look for.

Best,
Zofia""", kind="request")
t.reply(ZOFIA, [OLA], "2026-11-16 08:55", """\
Hi Ola,

Circling back on my note from two weeks ago. I realise mid-November is release season for everyone in software. If a 20-minute call before Christmas is possible, I'd be very grateful; if not, no hard feelings at all.

Zofia""", kind="request",
        note="A two-week nudge ('circling back') that repeats the ask with a loose window ('before Christmas'), "
             "quoting the original; nudges are requests.")
t.reply(OLA, [ZOFIA], "2026-11-17 21:30", """\
Hi Zofia,

Sorry for the silence, and thank you for the very kind words about the post.

I'm going to be honest: I've had to step back from mentoring and career calls this year. I'm a single parent of a toddler and I'm running a team of nine, and something had to give. So I'm sorry to say no.

But please do look at the Women in Localization Poland mentoring programme (applications open in January), and the Localization Fundamentals course from GALA, which is what I'd send my own coordinators to.

Good luck!
Ola""", kind="decline",
        note="Answers a nudge with a clear refusal ('sorry to say no') and pointers elsewhere; the January "
             "application window is for a programme, not a new date for a meeting.")

# ------------------------------------------------------------ Lukas (Vienna): moved meeting, then an auto-reply

t = Thread(O, "Gespräch Lokalisierung")
hide(t, LUKAS, [ZOFIA], "2026-11-19 15:10", """\
Liebe Frau Wróblewska,

gern! Passt Ihnen Montag, 30. November, 16:00 Uhr? Den Zoom-Link schicke ich Ihnen dann.

Beste Grüße
Lukas Pichler""", kind="request")
hide_reply(t, ZOFIA, [LUKAS], "2026-11-19 18:02", """\
Lieber Herr Pichler,

Montag, 30. November, 16:00 Uhr passt mir sehr gut. Vielen Dank!

Zofia Wróblewska""", kind="confirmation")
t.reply(LUKAS, [ZOFIA], "2026-11-26 12:05", """\
Liebe Frau Wróblewska,

leider muss ich unseren Termin am Montag verschieben: An dem Tag haben wir ein Kundenaudit, das sich nicht verlegen lässt.

Neuer Termin: Mittwoch, 2. Dezember, 16:00 Uhr, gleicher Zoom-Link. Ich habe die Einladung bereits aktualisiert.

Entschuldigen Sie die Umstände!

Beste Grüße
Lukas Pichler""", kind="confirmation", lang="de", meet=("2026-12-02 16:00", "hdr"), wd="Wed",
        charset="windows-1252",
        note="[de] Moves the agreed Monday meeting to a new fixed time (Mittwoch, 2. Dezember, 16:00); Vienna and "
             "Warsaw are at +01:00 like the Date header; the old Monday 30 November is only in the quote "
             "(windows-1252 Outlook).")
send(LUKAS, ZOFIA, "2026-12-21 09:12", "Automatische Antwort: Frohe Weihnachten aus Warschau", """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Januar 2027 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an lokalisierung@sprachwerk.example.

Mag. Lukas Pichler""", owner=O, kind="other", lang="de", sig=False,
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     note="[de] Outlook out-of-office reply (Auto-Submitted: auto-replied) naming a return date; automated mail is "
          "other and the date is not a meeting.")

# ------------------------------------------------------------ Kasia: a coffee fixed, see you tomorrow, thanks

t = Thread(O, "coffee?")
hide(t, KASIA, [ZOFIA], "2027-01-12 21:14", """\
Hi Zofia! I'm Kasia, I was in your literary translation workshop at the Book Fair last spring. I'm doing agency work now and I'm thinking about localization too. Could I take you for a coffee some time and ask about how you're making the move? I can come anywhere in Warsaw""", kind="request")
m = t.reply(ZOFIA, [KASIA], "2027-01-13 19:20", """\
Hi Kasia,

Of course, I remember you: the girl who argued with me about footnotes and was right.

Let's do Saturday at 11:00 at Relaks on Puławska. I'll be the one with the enormous dictionary-shaped tote bag.

Zofia""", kind="confirmation", meet=("2027-01-16 11:00", "hdr"), wd="Sat", rel="weekday",
            note="Answers a coffee request by fixing a bare weekday and a time ('Saturday at 11:00'): the next "
                 "Saturday after Wednesday Jan 13 is Jan 16, at the Date header's +0100.")
t.reply(KASIA, [ZOFIA], "2027-01-15 20:02", """\
See you tomorrow!! 😊""", parent=m, kind="confirmation", meet=("2027-01-16 11:00", "hdr"), rel="tomorrow",
        note="Three-word iPhone reply the evening before; the time and place are only in the quoted message, and "
             "'tomorrow' from Friday Jan 15 is Saturday Jan 16.")
t.reply(KASIA, [ZOFIA], "2027-01-16 14:40", """\
Thank you SO much for this morning Zofia, my head is full of ideas. Sending you the portfolio draft next week like you said!!""",
        quote=False, kind="thank_you",
        note="A one-line iPhone thank-you for the coffee that morning; 'sending the portfolio next week' is a "
             "promise, not a meeting.")

# ------------------------------------------------------------ Hugh: a call refused

t = Thread(O, "A new crime series - quick call?")
hide(t, HUGH, [ZOFIA], "2027-03-08 12:40", """\
Dear Zofia,

We've just acquired the English-language rights to Marek Ostrowski's Gdańsk quartet and you're the first translator we thought of. Could we have a quick call next week to talk about schedules and fees?

Best,
Hugh""", kind="request")
t.reply(ZOFIA, [HUGH], "2027-03-09 08:15", """\
Dear Hugh,

Thank you so much for thinking of me. Ostrowski is wonderful and I'm sure the quartet will find a brilliant translator.

I'm afraid it won't be me, though: I've stopped taking on book translations while I move into localization full time, so a call wouldn't be a good use of your week. If it helps, Anna Kowal translated his first novel into German and works into English too; I'd happily vouch for her.

With best wishes,
Zofia""", kind="decline",
        note="Refuses the publisher's proposed call ('a call wouldn't be a good use of your week') and points to "
             "someone else; no new date, so decline, and the recommendation is a courtesy.")

# ------------------------------------------------------------ other

send(MARTA, ZOFIA, "2026-10-06 13:25", "DE>PL manual - proofreading by Thursday?", """\
Hi Zofia,

Could you proofread the DE>PL user manual for the Kessler dishwashers? It's 14 pages, translated by Tomek, mostly fine but the safety section needs a careful eye. The client wants it back by Thursday 12:00, so I'd need your corrections by Wednesday evening.

Rate as usual. Files are in the shared folder under KESSLER_0926.

Thanks a lot!
Marta""", owner=O, kind="other",
     note="An agency project manager's work request with deadlines (Wednesday evening, Thursday 12:00); a request, "
          "but not for a meeting, so other.")

LINKUP = service("LinkUp", "invitations-noreply@linkup.example", "America/Los_Angeles")
bulk(LINKUP, ZOFIA, "2026-11-04 02:15", "Maren Holt accepted your invitation", O, """\
Maren Holt has accepted your invitation. Let's start a conversation.

Maren Holt
Director, Localization Programs at Lumenreach
New York, New York

Message Maren: https://linkup.example/messaging/compose?to=maren-holt

You are receiving Invitation notification emails.
Unsubscribe: https://linkup.example/u/zw-inv-3
""", """\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="font-size:18px">Maren Holt has accepted your invitation. Let's start a conversation.</p>
<p><b>Maren Holt</b><br>Director, Localization Programs at Lumenreach<br>New York, New York</p>
<p><a href="https://linkup.example/messaging/compose?to=maren-holt" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Message</a></p>
<p style="font-size:11px;color:#666">You are receiving Invitation notification emails. <a href="https://linkup.example/u/zw-inv-3">Unsubscribe</a></p>
</body></html>
""", headers=unsub("linkup.example", "zw-inv-3"),
     note="A social network's 'accepted your invitation' notification; the invitation is a connection request, "
          "not a meeting, and the mail is automated: other.")

EVENTLY = service("Evently", "no-reply@evently.example", "Europe/Warsaw")
bulk(EVENTLY, ZOFIA, "2026-11-05 12:00", "You're registered: Localization Unconference Warsaw", O, None, """\
<html><body style="font-family:Arial,sans-serif;margin:0;background:#f6f6f6">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<h1 style="font-size:22px">You're registered!</h1>
<p>Hi Zofia, your place is confirmed for:</p>
<h2 style="font-size:18px">Localization Unconference Warsaw 2026</h2>
<p><b>Saturday, 21 November 2026, 10:00 - 17:00 (CET)</b><br>Centrum Konferencyjne Zielna, ul. Zielna 37, Warszawa</p>
<p>Ticket: Community (free) &middot; Registration no. EV-55210-884</p>
<p><a href="https://evently.example/e/loc-unconf-waw/ics">Add to calendar</a> &middot; <a href="https://evently.example/e/loc-unconf-waw">Event page</a></p>
<p style="font-size:11px;color:#888">You received this email because you registered for an event on Evently. Evently Sp. z o.o., Warszawa.</p>
</div></body></html>
""", fmt="html",
     note="HTML-only registration confirmation from an event platform's no-reply address, without List or "
          "Auto-Submitted headers; the date, time and venue belong to a public event, so other.")

WIL = Person("Women in Localization Poland", "poland@lists.womeninloc.example", "Europe/Warsaw", client="bulk")
bulk(WIL, ZOFIA, "2027-02-01 08:00", "[WLoc PL] February meetup: from translator to PM - Thu 18 Feb, 18:30", O, """\
Hello everyone,

Our February meetup is a panel on moving from translation into project and programme management, with three members who did it in the last two years.

When: Thursday 18 February, 18:30 - 20:30
Where: Kodwerk office, ul. Grzybowska 62, Warsaw (and online)
RSVP: https://womeninloc.example/pl/feb-2027

As always, bring a friend. Pizza is on Kodwerk.

The Poland chapter team

--
You are receiving this because you are subscribed to poland@lists.womeninloc.example.
To unsubscribe, visit https://lists.womeninloc.example/poland/unsubscribe
""", None, fmt="plain",
     headers=[("List-Id", "Women in Localization Poland <poland.lists.womeninloc.example>"), ("Precedence", "list")]
     + unsub("lists.womeninloc.example", "poland"),
     note="A mailing-list announcement (List-Id, Precedence: list) of a meetup with a date, time and venue; it "
          "invites the whole list rather than arranging a meeting with Zofia, so other.")
