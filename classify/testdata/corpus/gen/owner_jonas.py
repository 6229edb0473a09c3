"""Jonas Becker, Berlin: a mechanical engineer moving into climate-tech product management.

He writes from Thunderbird with a German locale, so even his English replies
carry German attribution lines ("Am 05.11.25 um 19:20 schrieb ...").
"""

from corpus import Thread, forward, hidden, send
from ics import ics
from mail import Person

jonas = Person("Jonas Becker", "jonas@becker-net.example", "Europe/Berlin", client="thunderbird", locale="de",
               sig="Jonas Becker\nBerlin · +49 151 5550 1432\nlinkedin.example/in/jonasbecker", sigsep=True)
katrin = Person("Katrin Vogel", "k.vogel@windwerk.example", "Europe/Berlin", client="outlook", locale="de",
                sig="Katrin Vogel\nHead of Product Service Solutions\nWindwerk GmbH | Am Sandtorkai 12 | 20457 Hamburg\n"
                    "Tel. +49 40 5550 3381\nSprechzeiten Produktteam: Mo–Do 10:00–12:00 Uhr",
                legal="Windwerk GmbH · Sitz: Hamburg · Amtsgericht Hamburg HRB 123456 · Geschäftsführung: Dr. Jens Harder\n"
                      "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
                      "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.")
tom = Person("Tom Ellery", "tom@carbonledger.example", "Europe/London", client="gmail", locale="en-GB",
             sig="Tom Ellery\nHead of Product, Carbonledger\n3rd floor, 40 Leonard Street, London EC2A 4LX", sigsep=True)
rachel = Person("Rachel Kim", "rkim@northbound.example", "America/New_York", client="outlook", locale="en-US",
                sig="Rachel Kim\nPartner | Northbound Climate Fund\n245 Park Avenue South, New York, NY 10003\nM: +1 (212) 555-0186",
                legal="CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient "
                      "and may contain privileged information. If you received it in error, please notify the sender and delete it.")
lukas = Person("Lukas Hofer", "lukas.hofer@gridanalytics.example", "Europe/Vienna", client="iphone", locale="de")
sabine = Person("Dr. Sabine Kraus", "sabine.kraus@isar-ventures.example", "Europe/Berlin", client="outlook", locale="de",
                sig="Dr. Sabine Kraus\nPrincipal | Isar Climate Ventures\nMaximilianstraße 35, 80539 München")
ana = Person("Ana Petrović", "ana.petrovic@tum-student.example", "Europe/Berlin", client="gmail", locale="en-GB")
mia = Person("Mia Schneider", "mia.schneider@gmx-mail.example", "Europe/Berlin", client="gmail", locale="de")
felix = Person("Felix Braun", "felix.braun@kessler-automotive.example", "Europe/Berlin", client="outlook", locale="en-GB",
               sig="Felix Braun\nValidation Engineering | Kessler Automotive GmbH\nT +49 711 5550 2290",
               legal="Kessler Automotive GmbH, Sitz Stuttgart, Registergericht Stuttgart HRB 765432. "
                     "This e-mail may contain confidential information.")

O = jonas

# ---------------------------------------------------------------- thread J1: Katrin (German, Sie)
t = Thread(O, "Frage zum Einstieg ins Produktmanagement bei Windwerk")
t.send(jonas, [katrin], "2025-10-14 09:12", """Sehr geehrte Frau Vogel,

ich habe Ihren Vortrag „Vom Prüfstand zum Produkt“ auf der WindEnergy Hamburg gehört und war besonders von dem Teil über die Zusammenarbeit zwischen Servicetechnikern und Produktteam beeindruckt.

Kurz zu mir: Ich bin seit acht Jahren Maschinenbauingenieur bei einem Automobilzulieferer in Berlin, zuletzt verantwortlich für die Validierung von Getriebekomponenten. Ich möchte mittelfristig ins Produktmanagement wechseln, am liebsten im Bereich erneuerbare Energien.

Hätten Sie in den nächsten Wochen vielleicht 20 Minuten Zeit für ein kurzes Telefonat? Mich würde vor allem interessieren, wie Sie selbst den Weg aus der Technik ins Produktmanagement gefunden haben. Ich richte mich ganz nach Ihrem Kalender.

Viele Grüße aus Berlin
Jonas Becker""", kind="request", lang="de",
       note="[de] Cold ask for a 20-minute phone call after a conference talk; the praise for the talk is context, and no time is proposed.")

t.reply(katrin, jonas, "2025-10-16 17:40", """Hallo Herr Becker,

vielen Dank für Ihre nette Nachricht – schön, dass der Vortrag hängen geblieben ist.

Sehr gerne nehme ich mir Zeit. Nächste Woche hätte ich zwei Möglichkeiten: Dienstag, 21.10., zwischen 14 und 16 Uhr, oder Donnerstag, 23.10., um 9:30 Uhr. Sagen Sie mir einfach, was Ihnen besser passt, dann schicke ich Ihnen einen Teams-Link.

Beste Grüße
Katrin Vogel""", kind="request", lang="de", charset="windows-1252",
        note="[de] Outlook (windows-1252, AW:, Von/Gesendet block) answer offering two candidate slots and asking Jonas to choose; the Sprechzeiten line in the signature is not a meeting.")

t.reply(jonas, katrin, "2025-10-16 21:05", """Hallo Frau Vogel,

vielen Dank für die schnelle Antwort! Donnerstag, der 23.10., um 9:30 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch.

Viele Grüße
Jonas Becker""", kind="confirmation", lang="de", meet=("2025-10-23 09:30", "hdr"), wd="Thu",
        note="[de] Picks one offered slot with a European numeric date (23.10. = 23 October) and 9:30; Date header +0200, and the EU switch on 26 October comes after the meeting.")

inv = send(katrin, [jonas], "2025-10-22 16:02", "Austausch Produktmanagement – Jonas Becker", """Hallo Herr Becker,

anbei wie versprochen die Einladung für morgen. Ich freue mich!

Katrin Vogel

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil.
Jetzt an der Besprechung teilnehmen
Besprechungs-ID: 384 112 907 55
Kennung: a7Bc9D
________________________________________________________________________________""", owner=O, sig=False, legal=False,
    lang="de", charset="windows-1252", kind="confirmation", meet=("2025-10-23 09:30", "Europe/Berlin"), wd="Thu", rel="tomorrow",
    cal=None, note="[de] Outlook meeting request (text/calendar METHOD:REQUEST) whose DTSTART uses the Windows zone name 'W. Europe Standard Time' with its VTIMEZONE; it fixes Thu 23 Oct 09:30 +02:00.")
inv.cal = ics("REQUEST", "Austausch Produktmanagement – Jonas Becker", "2025-10-23 09:30", "2025-10-23 10:00",
              "Europe/Berlin", "win", katrin, [katrin, jonas], inv.date, tzid="W. Europe Standard Time",
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Microsoft Teams-Besprechung")
inv.cal_method = "REQUEST"
t.msgs.append(inv)

t.reply(jonas, katrin, "2025-10-23 11:02", """Liebe Frau Vogel,

herzlichen Dank für das offene Gespräch heute Morgen! Besonders Ihr Hinweis, mich zuerst auf Rollen bei Service-Produkten zu konzentrieren, wo meine Erfahrung aus der Validierung direkt zählt, hat mir sehr geholfen. Das Buch, das Sie empfohlen haben, habe ich gleich bestellt.

Ich melde mich gern, wenn sich bei mir etwas tut.

Viele Grüße
Jonas Becker""", subject="Re: Austausch Produktmanagement – Jonas Becker", kind="thank_you", lang="de",
        note="[de] Thanks for the call that took place that morning and names what helped; 'ich melde mich' is a courtesy, not an ask, and the quoted invite's time does not count.")

t.reply(katrin, jonas, "2025-11-27 08:47", """Hallo Herr Becker,

kurze Info, weil Sie mich danach gefragt hatten: Wir schreiben im Januar eine Stelle als Product Owner für unsere Fernwartungs-Software aus. Ich habe Ihren Namen schon bei der zuständigen Kollegin, Frau Demir, erwähnt. Die Ausschreibung sollte Mitte Januar auf unserer Karriereseite stehen.

Beste Grüße
Katrin Vogel""", subject="AW: Austausch Produktmanagement – Jonas Becker", kind="update", lang="de", charset="windows-1252",
        note="[de] Katrin keeps Jonas posted (a role opens in January, she passed on his name); 'Mitte Januar' is a posting date, not a meeting.")

t.reply(jonas, katrin, "2026-03-02 19:30", """Liebe Frau Vogel,

ich wollte Ihnen kurz Bescheid geben: Ich habe mich im Januar auf die Stelle als Product Owner beworben und bin jetzt in der zweiten Runde. Das Fallstudien-Gespräch mit Frau Demir ist am 12. März. Egal wie es ausgeht, ohne Ihren Hinweis hätte ich die Ausschreibung wohl übersehen.

Viele Grüße
Jonas""", subject="Re: AW: Austausch Produktmanagement – Jonas Becker", kind="update", lang="de",
        note="[de] News since the last exchange (applied, second round); the 12 March interview is with someone else, so it is not a meeting with Katrin to confirm.")

# ---------------------------------------------------------------- thread J2: Tom (London, Gmail en-GB)
t = Thread(O, "Carbon accounting PM question from a mechanical engineer")
t.send(jonas, [tom], "2025-11-03 08:40", """Hi Tom,

I enjoyed your panel at the Tech for Net Zero day in Berlin last Thursday, especially your point that most product bugs in carbon accounting are really data-lineage bugs.

I'm a mechanical engineer (eight years in automotive validation) trying to move into product management in climate tech, and Carbonledger keeps coming up when I look at teams I'd like to learn from. Would you be willing to spare 20-30 minutes for a video call at some point this month? I'd mostly like to understand what you look for when you hire PMs without a classic software background.

I'm in Berlin, so anything during UK working hours is easy for me.

Thanks a lot,
Jonas""", kind="request",
       note="Cold ask for a 20-30 minute video call after a panel; 'last Thursday' refers to the past event and 'UK working hours' is flexibility, not a slot.")

t.reply(tom, jonas, "2025-11-05 18:20", """Hi Jonas,

Thanks for the kind words, and glad the lineage rant landed with someone!

Happy to have a chat. Next week is fairly packed but I could do Thursday 13th or Friday 14th, any time between 10 and 12 UK time. Pick whatever suits and I'll send a Meet link.

Cheers,
Tom""", kind="request",
        note="Answers the ask with two candidate days and a two-hour window and lets Jonas pick; nothing is fixed yet.")

t.reply(jonas, tom, "2025-11-05 20:11", """Hi Tom,

Great, thank you! Let's say Friday the 14th at 11:00 UK time, which is noon for me. Looking forward to it.

Best,
Jonas""", kind="confirmation", meet=("2025-11-14 11:00", "Europe/London"), wd="Fri",
        note="Fixes 'Friday the 14th at 11:00 UK time' (ordinal plus named zone) from a +0100 Date header; London is at +00:00 in November, and 'noon for me' is the same instant in Berlin.")

t.reply(tom, jonas, "2025-11-13 17:05", """Just confirming tomorrow at 11. Meet link: https://meet.example/kfr-abqe-xnt

Speak then!
Tom""", kind="confirmation", meet=("2025-11-14 11:00", "hdr"), rel="tomorrow", sig=False,
        note="Confirms the agreed call shortly before it: 'tomorrow at 11' resolves against the Thursday 13 Nov Date header (+0000) to Friday 11:00.")

t.reply(jonas, tom, "2025-11-14 12:48", """Hi Tom,

Thank you for the time this morning, that was genuinely useful. The idea of writing a one-page teardown of a product's onboarding before applying anywhere is exactly the kind of concrete homework I was hoping for. I'll send mine your way once it's done, no pressure to read it.

Thanks again,
Jonas""", kind="thank_you",
        note="Thanks Tom for the call that morning and names the advice; offering to send the teardown later is not a request for a meeting.")

t.reply(tom, jonas, "2026-01-12 10:15", """Hi Jonas,

Happy new year! Quick heads-up since you mentioned you were looking: we've just opened a Product Manager role for our EU data team, based in Berlin or remote. I mentioned your name to Aisha, our COO, when we went through the hiring plan, so don't be surprised if your application gets a friendly look.

https://carbonledger.example/careers/pm-eu

Cheers,
Tom""", kind="update",
        note="Tom keeps Jonas posted (a role opened, he mentioned Jonas to the COO); no meeting is asked for or set.")

up = t.reply(jonas, tom, "2026-07-20 09:02", """Hi Tom,

A short update, because you were one of the first people I talked to when all this started: I've accepted an offer from Windwerk in Hamburg and will start as Product Owner for their remote-monitoring software on 1 September. In the end the teardown exercise you suggested was what got me through the case-study round.

I hope all is well at Carbonledger, and thanks again.

Jonas""", kind="update",
             note="Reports a result (offer accepted, start date 1 September) and closes with 'thanks again' as a courtesy; the start date is not a meeting.")

t.reply(tom, jonas, "2026-07-20 09:03", """Thank you for your email. I'm on paternity leave until 14 September with no access to email. For anything urgent at Carbonledger, please contact hello@carbonledger.example.

Tom""", sig=False, subject="Automatic reply: Re: Carbon accounting PM question from a mechanical engineer",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], quote=False, kind="other",
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied) naming a return date; automated mail is other.")

# ---------------------------------------------------------------- thread J3: Rachel (New York, Outlook)
t = Thread(O, "Intro via Tom Ellery: climate PM question")
t.send(jonas, [rachel], "2026-02-26 14:30", """Dear Ms. Kim,

Tom Ellery at Carbonledger suggested I get in touch with you. I'm a mechanical engineer in Berlin moving into product management in climate tech, and Tom said that nobody has seen more early-stage hardware-plus-software climate products than Northbound's portfolio team.

Would you have 30 minutes for a call sometime in March? I'd be grateful for your view on which kinds of companies tend to hire PMs from engineering backgrounds, and what they expect in the first year. I'm six hours ahead of New York, so your morning is ideal for me.

With best regards,
Jonas Becker""", kind="request",
       note="Request to a person Tom suggested, for a 30-minute call 'sometime in March'; the time difference remark is not a proposed slot.")

t.reply(rachel, jonas, "2026-03-03 08:15", """Hi Jonas,

Any friend of Tom's. I can do either Thursday, March 19 at 10:00 ET or Friday, March 20 at 9:00 ET, 30 minutes each. Let me know which one and I'll send an invite.

Best,
Rachel""", kind="request",
        note="Offers two specific candidate slots and asks Jonas to choose, so it is still a request; the phone number in the signature is not a time.")

t.reply(jonas, rachel, "2026-03-03 20:40", """Hi Rachel,

Thank you! Thursday, March 19 at 10:00 ET works well for me. If I've got the clocks right, that is 15:00 in Berlin, since the US switches to summer time three weeks before we do.

Best regards,
Jonas""", kind="confirmation", meet=("2026-03-19 10:00", "America/New_York"), wd="Thu",
        note="Fixes Thu March 19 at 10:00 ET from a Berlin +0100 Date header; New York switched on 8 March, so -04:00, in the three weeks when Berlin and New York are five hours apart.")

inv = send(rachel, [jonas], "2026-03-04 09:02", "Jonas Becker / Rachel Kim - intro call", """Looking forward to it. Zoom details below.

Join Zoom Meeting
https://northbound.zoom.example/j/8123345566
Meeting ID: 812 334 5566
Passcode: 441902

One tap mobile
+16465550199,,8123345566# US (New York)""", owner=O, sig=False, legal=False, kind="confirmation",
           meet=("2026-03-19 10:00", "America/New_York"), wd="Thu",
           note="Outlook meeting request (METHOD:REQUEST) with TZID 'Eastern Standard Time' and a Windows VTIMEZONE; sent on 4 March at -0500, for 19 March after the US switch, so -04:00. The Zoom passcode and phone digits are not times.")
inv.cal = ics("REQUEST", "Jonas Becker / Rachel Kim - intro call", "2026-03-19 10:00", "2026-03-19 10:30", "America/New_York",
              "win", rachel, [rachel, jonas], inv.date, tzid="Eastern Standard Time",
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="https://northbound.zoom.example/j/8123345566")
inv.cal_method = "REQUEST"
inv.cal_attach = False

t.reply(jonas, rachel, "2026-03-19 16:05", """Hi Rachel,

Many thanks for the call this afternoon (well, your morning). Your breakdown of the three kinds of climate hardware companies, and which of them actually need a PM in year one, will save me a lot of wasted applications. I've already looked at Helio Grid and Fernwood Storage, as you suggested.

Best regards,
Jonas""", kind="thank_you",
        note="Thanks Rachel for the call that just happened and reports what he did with the advice; thank_you outranks the small update.")

t.reply(jonas, rachel, "2026-06-11 09:20", """Hi Rachel,

I hope the spring has been good to you. A quick update and a question: I've made it to the final round at Windwerk for a Product Owner role, and Fernwood Storage has asked me for a case study. Would you have 20 minutes in the next few weeks for a second conversation? I'd love a sanity check on how to think about the two offers if both come through.

Best regards,
Jonas""", quote=False, kind="request",
        note="News plus an ask for a second 20-minute conversation; request outranks update.")

t.reply(rachel, jonas, "2026-06-12 07:55", """Hi Jonas,

Great to hear things are moving. I'm sorry to say I'm completely underwater until September: we're closing a fund and I'm on the road most of the summer. Please ping me again in the fall, and good luck with both processes, it sounds like you're in a strong position.

Rachel""", kind="decline",
        note="Postpones to 'the fall' with no date and wishes luck; a postponement without a new date is a decline.")

# ---------------------------------------------------------------- thread J4: Lukas (Vienna, iPhone, du)
t = Thread(O, "Kontakt über Katrin – Produktmanagement bei Grid Analytics")
t.send(jonas, [lukas], "2026-04-20 18:45", """Hallo Lukas,

Katrin Vogel von Windwerk meinte, ich solle mich unbedingt bei dir melden. Ich hoffe, das Du ist in Ordnung, sie sagte, bei euch duzen sich eh alle.

Ich bin Maschinenbauer aus Berlin und will ins Produktmanagement wechseln, am liebsten bei Software rund ums Stromnetz. Hättest du in den nächsten zwei Wochen vielleicht eine halbe Stunde für ein Telefonat? Mich würde interessieren, wie euer Produktteam aufgestellt ist und was du an meiner Stelle als Erstes lernen würdest.

Danke dir und viele Grüße
Jonas""", kind="request", lang="de",
       note="[de] Referral-based ask (informal du) for a half-hour call in the next two weeks; no candidate time is given.")

t.reply(lukas, jonas, "2026-04-21 07:48", """Servus Jonas,

klar, gerne! Lass uns Montag um halb fünf telefonieren, ich ruf dich an. Deine Nummer steht ja in der Signatur.

Lg Lukas""", kind="confirmation", lang="de", meet=("2026-04-27 16:30", "hdr"), wd="Mon",
        note="[de] iPhone reply fixing 'Montag um halb fünf': the Monday after the Tuesday Date header (27 April) at 16:30 (German 'halb fünf' is half past four), Vienna +0200.")

t.reply(jonas, lukas, "2026-04-21 08:30", """Passt perfekt, danke! Bis Montag.

Jonas""", sig=False, kind="confirmation", lang="de", meet=("2026-04-27 16:30", "hdr"), wd="Mon",
        note="[de] Short acceptance whose time ('halb fünf') is only in the quoted message; same meeting, Mon 27 April 16:30 +02:00.")

t.reply(lukas, jonas, "2026-04-27 12:10", """Hi Jonas, sorry für die kurzfristige Absage, bei uns brennt heute ein Kundenprojekt und ich komm da sicher nicht vor sieben raus. Können wir das verschieben? Ich meld mich, sobald es ruhiger wird, wahrscheinlich erst nach Pfingsten.

Lg Lukas""", kind="decline", lang="de",
        note="[de] Calls off the day's call and postpones with no new date ('ich meld mich', 'nach Pfingsten'); 'nicht vor sieben' is not a meeting time.")

t.reply(jonas, lukas, "2026-05-27 09:05", """Hallo Lukas,

ich hoffe, das Kundenprojekt ist gut gelandet! Ich wollte mich wie besprochen nach Pfingsten noch einmal melden: Hättest du in den nächsten Wochen doch noch eine halbe Stunde?

Viele Grüße
Jonas""", kind="request", lang="de",
        note="[de] A nudge that renews the earlier ask after a postponement; nudges are requests.")

t.reply(lukas, jonas, "2026-05-27 21:14", """Sorry nochmal! Machen wir Donnerstag, 4.6., um 8 Uhr, ich hab's mir schon eingetragen, diesmal klappt's fix. Ich ruf dich wieder an.

Lukas""", kind="confirmation", lang="de", meet=("2026-06-04 08:00", "hdr"), wd="Thu",
        note="[de] Fixes 'Donnerstag, 4.6., um 8 Uhr' (European day.month, 4 June) from a Vienna +0200 Date header.")

# ---------------------------------------------------------------- standalone
sabine_ask = hidden(send(jonas, [sabine], "2026-01-19 10:11", "Anfrage: kurzes Gespräch zu Climate-Tech-Startups", """Sehr geehrte Frau Dr. Kraus,

ich bin Maschinenbauingenieur und möchte ins Produktmanagement bei Climate-Tech-Startups wechseln. Hätten Sie in den kommenden Wochen 20 Minuten für ein kurzes Gespräch?

Mit freundlichen Grüßen
Jonas Becker""", O, kind="request", lang="de", note="(quoted only)"))
t = Thread(O, "Anfrage: kurzes Gespräch zu Climate-Tech-Startups")
t.msgs.append(sabine_ask)
t.reply(sabine, jonas, "2026-01-20 18:22", """Sehr geehrter Herr Becker,

vielen Dank für Ihre freundliche Anfrage und Ihr Interesse an unserer Arbeit.

Leider muss ich Ihnen absagen. Ich erhalte derzeit sehr viele Gesprächsanfragen und kann sie neben dem Tagesgeschäft nicht wahrnehmen. Schauen Sie doch einmal bei der offenen Sprechstunde des Climate-Tech-Netzwerks Berlin vorbei, die findet jeden ersten Mittwoch im Monat um 17 Uhr statt und ist genau für solche Fragen gedacht.

Ich wünsche Ihnen viel Erfolg bei Ihrem Wechsel.

Mit freundlichen Grüßen
Sabine Kraus""", kind="decline", lang="de", charset="iso-8859-1", enc="qp",
        note="[de] ISO-8859-1 refusal with thanks and a pointer to a public office hour ('jeden ersten Mittwoch um 17 Uhr'), which is not a meeting with Jonas.")

send(ana, [jonas], "2026-02-06 15:40", "Thank you!", """Hi Jonas,

Thank you so much for taking the time to talk to me yesterday about your work in validation. It really helped me to hear how test data actually gets used in a real product decision, and I've already rewritten the motivation chapter of my thesis with your example about the gearbox noise complaints.

If I can ever return the favour, even just by proofreading something in Serbian, let me know!

Best wishes,
Ana""", O, kind="thank_you",
     note="A student thanks Jonas for a conversation the day before; the offer to 'return the favour' is a courtesy, not an ask.")

send(mia, [jonas], "2025-12-08 21:17", "Fotos vom Samstag", """Hey Jonas,

hier endlich die Fotos vom Samstag! Das mit dem Glühwein-Stand ist mein Favorit. Grüß Leonie von mir, und sag ihr, das Rezept für die Zimtschnecken schicke ich noch.

Bis bald
Mia""", O, lang="de", attach=[("IMG_2291.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)],
     kind="other", note="[de] A friend's photos from the weekend with a JPEG attachment; no meeting is asked for or fixed.")

send(felix, [jonas], "2026-02-17 11:26", "FMEA template from the 2023 gearbox project?", """Hi Jonas,

Sorry to bother you now that you've left the validation team. Do you remember where the FMEA template for the 2023 gearbox project ended up? We're doing the audit prep and the one on the shared drive is an older version without the noise criteria. If you still have it, could you send it over by Thursday? That would save us a day.

Thanks a lot,
Felix""", O, kind="other",
     note="A former colleague asks for a file with a deadline ('by Thursday'); it is a request, but not for a meeting, so the kind is other.")

send(Person("Work on Climate", "digest@news.workonclimate.example", "America/Los_Angeles", client="bulk"), [jonas],
     "2026-01-28 07:00", "This week: 41 new climate PM roles, office hours and a Berlin meetup", "", O, client="bulk", fmt="alt",
     plain_text="""WORK ON CLIMATE WEEKLY

41 new product roles this week, including 6 in Berlin.

COMMUNITY OFFICE HOURS
Thursday 5 February, 18:00 CET, online. Bring your CV questions.

BERLIN MEETUP
Tuesday 10 February, 19:00, Impact Hub Berlin. RSVP on the community site.

You are receiving this because you joined Work on Climate.
Unsubscribe: https://news.workonclimate.example/u/8a1f2c
""", html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h1>Work on Climate Weekly</h1>
<p><b>41 new product roles</b> this week, including 6 in Berlin.</p>
<h2>Community office hours</h2><p>Thursday 5 February, 18:00 CET, online. Bring your CV questions.</p>
<h2>Berlin meetup</h2><p>Tuesday 10 February, 19:00, Impact Hub Berlin. <a href="https://news.workonclimate.example/rsvp">RSVP</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you joined Work on Climate.
<a href="https://news.workonclimate.example/u/8a1f2c">Unsubscribe</a></p>
</body></html>
""", headers=[("List-Id", "Work on Climate Weekly <weekly.news.workonclimate.example>"),
              ("List-Unsubscribe", "<https://news.workonclimate.example/u/8a1f2c>, <mailto:unsubscribe@news.workonclimate.example>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
     kind="other", note="Community newsletter (List-Id, List-Unsubscribe, Precedence: bulk) listing office hours and a meetup with times; bulk mail is other.")

send(Person("StepStein Jobagent", "jobagent@mail.stepstein.example", "Europe/Berlin", client="bulk"), [jonas],
     "2026-03-09 06:30", "12 neue Jobs für Sie: Produktmanager Erneuerbare Energien", "", O, client="bulk", fmt="html",
     charset="utf-8", html_enc="b64", lang="de",
     html="""<html><head><meta charset="utf-8"></head><body>
<p>Hallo Jonas Becker,</p>
<p>Ihr Jobagent hat <b>12 neue Stellenangebote</b> gefunden, die zu Ihrer Suche passen:</p>
<ul>
<li><a href="https://stepstein.example/j/1">Product Owner Fernwartung (m/w/d)</a> – Windwerk GmbH, Hamburg</li>
<li><a href="https://stepstein.example/j/2">Produktmanager Netzsoftware (m/w/d)</a> – Grid Analytics, Wien</li>
<li><a href="https://stepstein.example/j/3">Technical Product Manager Batteriespeicher</a> – Fernwood Storage, Berlin</li>
</ul>
<p>Jetzt bewerben und in 15 Minuten ein Gespräch mit einem Recruiter vereinbaren!</p>
<p style="font-size:10px">Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. <a href="https://stepstein.example/abmelden">Jobagent abbestellen</a></p>
</body></html>
""", headers=[("List-Unsubscribe", "<https://stepstein.example/abmelden?u=77121>"), ("Precedence", "bulk"),
              ("X-Campaign", "jobagent-daily")],
     kind="other", note="[de] Base64 HTML-only job alert with List-Unsubscribe; the '15 Minuten Gespräch' call to action is marketing, not a person asking to meet.")

send(Person("DB Reisezentrum", "noreply@buchung.bahn-reisen.example", "Europe/Berlin", client="bulk"), [jonas],
     "2026-03-05 22:14", "Ihre Buchungsbestätigung (Auftrag 48K2ZP)", "", O, client="bulk", fmt="plain", charset="iso-8859-1", enc="qp",
     lang="de", plain_text="""Guten Tag Herr Becker,

vielen Dank für Ihre Buchung. Hier Ihre Reisedaten:

Hinfahrt am 12.03.2026
Berlin Hbf ab 06:49, Gleis 7  ->  Hamburg Hbf an 08:31
ICE 1003, Wagen 8, Platz 64 (Großraum, Fenster)

Rückfahrt am 12.03.2026
Hamburg Hbf ab 17:28  ->  Berlin Hbf an 19:14

Gesamtpreis: 58,98 EUR (inkl. 7 % MwSt.)

Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.
""", headers=[("Auto-Submitted", "auto-generated")],
     kind="other", note="[de] No-reply train booking (ISO-8859-1, Auto-Submitted: auto-generated) full of dates and times; a receipt is other.")
