"""Haruka Tanabe, Tokyo (JST, no DST): architect moving into service design.

Gmail with a Japanese interface (Japanese reply lines even on English, German
and French mail). Contacts in San Francisco, Vienna (German, Outlook), Seoul,
Brussels (French), Liège, Berlin (German, iPhone) and a Japanese junior.
"""

from c4 import (Person, Thread, answer, attach_message, forward, from_charset, hidden, invite, related,  # noqa: F401
                send, subject_b64)
import corpus

O = haruka = Person("Haruka Tanabe", "haruka.tanabe@tanabe-h.example", "Asia/Tokyo", client="gmail", locale="ja",
                    sig="Haruka Tanabe\nArchitect, Kagami Sekkei / moving into service design\n+81 90-5555-0142")
marisa = Person("Marisa Delgado-Kim", "marisa@threadline.example", "America/Los_Angeles", client="gmail",
                locale="en-US", sig="Marisa Delgado-Kim\nDirector of Service Design, Threadline\nSan Francisco, CA")
lukas = Person("Lukas Brandstätter", "l.brandstaetter@donaukanal-digital.example", "Europe/Vienna", client="outlook",
               locale="de-AT",
               sig="Mag. Lukas Brandstätter\nLead Service Designer\nDonaukanal Digital GmbH\nObere Donaustraße 29, 1020 Wien\n"
                   "T +43 1 555 0187",
               legal="Donaukanal Digital GmbH | Firmenbuch FN 512345x, Handelsgericht Wien\n"
                     "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht "
                     "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort "
                     "den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe "
                     "dieser E-Mail sind nicht gestattet.")
jiwoo = Person("Ji-woo Park", "jiwoo.park@hanbit-labs.example", "Asia/Seoul", client="gmail", locale="ko",
               sig="Ji-woo Park | UX Research Lead, Hanbit Labs")
chloe = Person("Chloé Vandenberghe", "chloe.vandenberghe@atelier-public.example", "Europe/Brussels", client="gmail",
               locale="fr-BE", sig="Chloé Vandenberghe\nDesigner de services · Atelier Public\nRue Royale 44, 1000 Bruxelles")
maxence = Person("Maxence Dubois-Lambert", "m.duboislambert@meuse-conseil.example", "Europe/Brussels",
                 client="outlook", locale="fr-BE",
                 sig="Maxence Dubois-Lambert\nAssocié, Meuse Conseil SRL\nQuai de la Goffe 12, 4000 Liège")
jana = Person("Jana Wöhrle", "jana@woehrle-research.example", "Europe/Berlin", client="apple", locale="de",
              sig="Jana Wöhrle\nUser Research & Service Design\nwoehrle-research.example")
riku = Person("Riku Ishida", "riku.ishida@kagami-sekkei.example", "Asia/Tokyo", client="gmail", locale="ja",
              sig="Riku Ishida\nKagami Sekkei")

# ---------------------------------------------------------------- Marisa, San Francisco

t = Thread(O, "From buildings to services: a question from Tokyo")
t.send(haruka, [marisa], "2026-01-13 09:40", """Dear Marisa,

I am an architect in Tokyo (eight years at Kagami Sekkei, mostly hospitals and public libraries) and I am trying to move into service design. Your talk "Blueprints are not buildings" at the Service Design Global Conference was the first time I heard someone describe my daily work (mapping how people move through a building) as research. I have watched it three times.

Would you have 20 minutes for a video call in the next weeks? I would love to ask how you made the switch and what you look for in a portfolio. I am in Tokyo (JST), so an early morning here or a late evening in California is no problem at all.

With best regards,""", kind="request",
       note="Cold ask for a 20-minute video call; 'an early morning here or a late evening in California' is flexibility, not a slot. Sent from Gmail with a Japanese interface.")
t.msgs.append(hidden(t.reply(marisa, haruka, "2026-01-14 16:20", """Hi Haruka,

What a lovely note, thank you. Happy to talk!

How about Wednesday 1/28 at 5pm PT? If that's awkward for you, Thursday 1/29 at 4pm PT works too.

Marisa""", kind="request", note="(quoted only)")))
t.reply(haruka, marisa, "2026-01-15 08:05", """Dear Marisa,

Thank you so much! Wednesday 1/28 at 5pm PT is perfect (it will be Thursday morning here, with coffee). I will join the Zoom link you send.

Best regards,""", kind="confirmation", meet=("2026-01-28 17:00", "America/Los_Angeles"), wd="Wed",
        note="Accepts the first of two offered slots: 'Wednesday 1/28 at 5pm PT' (US month/day as Marisa wrote it); PT is named, so -08:00 in January although the Date header is +0900 and it is already Thursday in Tokyo. The Thursday 1/29 option is only in the quote.")
send(haruka, [marisa], "2026-01-29 11:20", "Thank you for yesterday's call", """Dear Marisa,

Thank you very much for the call this morning (your yesterday evening). Your advice to rebuild my portfolio around three projects, and to show the research behind each plan instead of the renderings, was exactly what I needed to hear. I have already started on the library project.

I also ordered "Orchestrating Experiences" as you suggested.

With gratitude,""", O, kind="thank_you",
     note="Thanks for the call that already happened ('this morning, your yesterday evening'); the book and the portfolio plan are part of the thanks, no new ask.")

# ---------------------------------------------------------------- Lukas, Vienna (German)

t = Thread(O, "Anfrage: kurzes Gespräch über Service Design")
t.send(haruka, [lukas], "2026-02-03 17:10", """Sehr geehrter Herr Brandstätter,

mein Name ist Haruka Tanabe, ich bin Architektin in Tokio und habe zwei Jahre an der TU Wien studiert. Ihr Vortrag beim Service Design Day in Wien über die Neugestaltung der Bürgerservice-Stellen hat mich sehr beeindruckt, weil er zeigt, wie nah Architektur und Service Design beieinander liegen.

Ich möchte mich beruflich in diese Richtung entwickeln und würde mich sehr freuen, wenn Sie 30 Minuten Zeit für ein Videogespräch hätten. Wegen der Zeitverschiebung passe ich mich gern an Ihren Kalender an.

Mit freundlichen Grüßen
Haruka Tanabe""", sig=False, kind="request", lang="de",
       note="[de] Formal German ('Sehr geehrter Herr', Sie) cold ask for a 30-minute video call; no time is offered. Japanese Gmail client writing German.")
m = t.reply(lukas, haruka, "2026-02-04 10:15", """Sehr geehrte Frau Tanabe,

vielen Dank für Ihre nette Nachricht – und schön, dass Sie die TU Wien noch in guter Erinnerung haben.

Sehr gerne. Ich habe uns für Dienstag, den 17. Februar, um 9:00 Uhr Wiener Zeit eingetragen und schicke Ihnen dazu eine Teams-Einladung (anbei). Für Sie ist das dann hoffentlich kein allzu später Abend.

Freundliche Grüße aus Wien
Lukas Brandstätter""", kind="confirmation", lang="de", meet=("2026-02-17 09:00", "Europe/Vienna"), wd="Tue",
            note="[de] Fixes 'Dienstag, den 17. Februar, um 9:00 Uhr Wiener Zeit' and carries an Outlook text/calendar REQUEST with the Windows zone name 'W. Europe Standard Time' (= Europe/Berlin rules, +01:00 in February); the invite and the text agree. Outlook German quoting (Von:/Gesendet:/An:/Betreff:) and a German legal footer.")
m.cal = invite("REQUEST", "Kennenlernen Haruka Tanabe / Lukas Brandstätter", "2026-02-17 09:00", "2026-02-17 09:30",
               "Europe/Vienna", "win", lukas, [lukas, haruka], "2026-02-04 10:15", tzid="W. Europe Standard Time",
               prodid="Microsoft Exchange Server 2010", location="Microsoft Teams-Besprechung")
m.cal_method = "REQUEST"
t.reply(haruka, lukas, "2026-02-17 19:40", """Lieber Lukas,

vielen Dank für das Gespräch heute und dafür, dass du mir gleich das Du angeboten hast! Besonders hilfreich war dein Hinweis, meine Bauprojekte als „Service-Blueprints mit Wänden“ zu erzählen. Das werde ich in meinem Portfolio ausprobieren.

Die Links zu euren Fallstudien habe ich mir schon angesehen.

Herzliche Grüße aus Tokio
Haruka""", sig=False, kind="thank_you", lang="de",
        note="[de] Thanks for today's call, switching from Sie to du as offered in the call; the portfolio idea is part of the thanks. The quoted Outlook text below still holds the invitation time.")

posting = corpus.quoted_only(lukas, [Person("Team Donaukanal", "team@donaukanal-digital.example", "Europe/Vienna")],
                             "2026-03-09 14:00", "Stellenausschreibung: Service Designer*in (Senior) – ab Mai 2026", """Liebe Kolleginnen und Kollegen,

ab heute ist die Stelle „Service Designer*in (Senior)“ auf unserer Website und auf karriere.at ausgeschrieben. Start ab Mai 2026, 38,5 Stunden, hybrid (2 Tage im Büro). Empfehlungen bitte direkt an mich oder an recruiting@donaukanal-digital.example.

Danke und liebe Grüße
Lukas""", lang="de")
m = send(lukas, [haruka], "2026-03-10 09:05", "Info: unsere Ausschreibung", """Liebe Haruka,

kurzes Update, wie versprochen: Die Stelle, von der ich dir erzählt habe, ist seit gestern ausgeschrieben. Ich hänge dir die interne Mail an, da steht alles drin. Deinen Namen habe ich unserer HR-Kollegin schon genannt; sie weiß, dass du aus Tokio bewirbst und ein Umzug erst im Sommer ginge.

Liebe Grüße
Lukas""", O, kind="update", lang="de",
            note="[de] News since the call (the job is posted, Haruka's name passed to HR); the internal announcement is attached as message/rfc822 and its start date 'ab Mai 2026' is not a meeting.")
attach_message(m, posting, "Stellenausschreibung Service Designer.eml")

# ---------------------------------------------------------------- Ji-woo, Seoul

intro = corpus.quoted_only(marisa, [haruka], "2026-02-27 15:30", "Seoul contact", """Hi Haruka,

As promised: Ji-woo Park leads UX research at Hanbit Labs in Seoul and is wonderful. Mention my name! Her email is jiwoo.park@hanbit-labs.example.

Marisa""")
forward(haruka, [jiwoo], "2026-03-02 10:30", """Dear Ji-woo,

Marisa Delgado-Kim kindly suggested I contact you (her note is below). I am an architect in Tokyo moving into service design, and I will be in Seoul from 8 to 11 April for a client visit.

Would you have time for a coffee while I am there? Any time that suits you is fine for me, and of course coffee is on me.

Best regards,""", intro, O, subject="Fwd: Seoul contact (from Marisa Delgado-Kim)", kind="request",
        note="A forward of the introducer's note (Gmail '---------- Forwarded message ---------') with a new ask for coffee during a trip; the trip dates 8-11 April are a window, not a slot.")
t = Thread(O, "Fwd: Seoul contact (from Marisa Delgado-Kim)")
t.msgs.append(corpus.ALL[-1])
t.reply(jiwoo, haruka, "2026-03-03 15:10", """Hi Haruka,

Any friend of Marisa's is welcome! Let's do Friday April 10, 2pm, at Fritz Coffee near Mapo station. I'll be the one with the red tote bag.

Best,
Ji-woo""", kind="confirmation", meet=("2026-04-10 14:00", "hdr"), wd="Fri",
        note="'Let's do Friday April 10, 2pm' fixes the coffee; no zone is named, so the Date header's +0900 applies (Seoul, no DST, same as Tokyo). Korean Gmail reply line above the quote.")
t.reply(haruka, jiwoo, "2026-04-06 18:45", """Dear Ji-woo,

I am very sorry, but my Seoul trip has been cancelled: our client moved the site visit to the summer, and I do not know yet when I will be able to travel again. So I have to cancel our coffee on Friday.

I am really sorry for the short notice. I hope we can still meet some day.

Best regards,""", kind="decline",
        note="Cancels the agreed Friday coffee with no new date ('I do not know yet when'); the hope to meet 'some day' is a courtesy, and the quote still holds the old slot.")
t.msgs.append(hidden(t.reply(jiwoo, haruka, "2026-04-06 20:30", """Oh no, but no worries at all!

How about a video call instead? Wednesday or Thursday afternoon next week would be good for me.

Ji-woo""", kind="request", note="(quoted only)")))
t.reply(haruka, jiwoo, "2026-04-07 07:55", """Dear Ji-woo,

That is very kind. Thursday the 16th at 4pm JST works well for me. Here is my Zoom link: https://zoom.example/j/81234567

For once we have no time difference to calculate!

Best,""", kind="confirmation", meet=("2026-04-16 16:00", "Asia/Tokyo"), wd="Thu",
        note="Picks one day from 'Wednesday or Thursday afternoon next week': 'Thursday the 16th at 4pm JST' (Japan time named, +09:00, no DST; Seoul is the same offset); the earlier cancelled Friday coffee is only in the quote.")

# ---------------------------------------------------------------- Chloé, Brussels (French)

t = Thread(O, "Demande d'échange - architecte et design de services")
t.msgs.append(hidden(t.send(haruka, [chloe], "2026-05-05 21:10", """Bonjour Madame Vandenberghe,

Je suis architecte à Tokyo et je souhaite m'orienter vers le design de services. J'ai lu votre article sur la refonte des guichets de la Région bruxelloise et j'aimerais beaucoup vous poser quelques questions.

Auriez-vous 30 minutes pour un échange en visio ? Mes soirées à Tokyo correspondent à vos matinées.

Bien cordialement,
Haruka Tanabe""", sig=False, kind="request", lang="fr", note="(quoted only)")))
m = t.reply(chloe, haruka, "2026-05-06 10:05", """Bonjour Haruka,

Quel plaisir de recevoir un message de Tokyo ! Et votre français est très bien, je vous rassure.

Allons-y pour mardi prochain, le 12 mai, à 9h30 heure de Bruxelles. Je vous envoie un lien Teams la veille. Si vous avez des plans ou des parcours usagers à me montrer, apportez-les : c'est ce qui me tient le plus à cœur dans les portfolios d'architectes.

Bien à vous,
Chloé""", kind="confirmation", lang="fr", charset="iso-8859-15", enc="8bit",
            meet=("2026-05-12 09:30", "Europe/Brussels"), wd="Tue", rel="next_week",
            note="[fr] 'Allons-y pour mardi prochain, le 12 mai, à 9h30 heure de Bruxelles' fixes the call; Brussels is named (+02:00, CEST). ISO-8859-15 8bit body (the œ of 'cœur' needs -15, not -1); 'mardi prochain' from a Wednesday is the Tuesday of next week.")
t.reply(haruka, chloe, "2026-05-12 17:50", """Chère Chloé,

Un grand merci pour notre échange de ce matin (de ce soir pour moi !). Vos conseils sur la manière de présenter mes plans comme des parcours usagers m'ont beaucoup aidée, et je vais lire le rapport sur les guichets que vous m'avez envoyé.

Merci encore pour votre temps et votre générosité.

Bien à vous,
Haruka""", sig=False, kind="thank_you", lang="fr",
        note="[fr] Thanks for the call that morning (Brussels time) with what was useful; reading the report is part of the thanks, nothing is asked.")
m = t.reply(chloe, haruka, "2026-06-02 14:25", """Bonjour Haruka,

Petite nouvelle de Bruxelles : nous venons d'ouvrir un poste de designer de services junior-confirmé, en télétravail partiel. J'ai parlé de vous à notre directrice, qui a trouvé votre parcours « rafraîchissant ». L'offre est en ligne jusqu'au 30 juin.

Je ne sais pas si un déménagement en Belgique est envisageable pour vous, mais je voulais vous tenir au courant.

Belle journée,
Chloé""", kind="update", lang="fr", fmt="html",
            note="[fr] HTML-only Gmail message with the earlier exchange in a <blockquote>: news since the call (a job is open, Haruka was mentioned to the director); the 30 June closing date is not a meeting and nothing is asked.")

t = Thread(O, "Contact via Chloé Vandenberghe")
t.msgs.append(hidden(t.send(haruka, [maxence], "2026-05-18 20:30", """Bonjour Monsieur Dubois-Lambert,

Chloé Vandenberghe m'a conseillé de vous écrire : elle m'a dit que vous aviez travaillé comme architecte avant de fonder Meuse Conseil. Accepteriez-vous un court appel de 20 minutes à ce sujet ?

Bien cordialement,
Haruka Tanabe""", sig=False, kind="request", lang="fr", note="(quoted only)")))
m = t.reply(maxence, haruka, "2026-05-20 11:40", """Bonjour Madame Tanabe,

Merci pour votre message et pour le bonjour de Chloé.

Je dois malheureusement décliner : nous sommes une équipe de septante personnes et je suis pris par une réorganisation qui va m'occuper endéans les trois prochains mois, au minimum. Je ne peux donc pas vous proposer de moment pour un appel, ni maintenant ni dans un avenir proche, et je préfère vous le dire franchement.

Je vous souhaite beaucoup de succès dans votre reconversion.

Bien cordialement,""", kind="decline", lang="fr", charset="iso-8859-1", enc="qp",
            note="[fr] Belgian French refusal ('septante', 'endéans les trois prochains mois') with no new date; the good wishes are a courtesy. ISO-8859-1 quoted-printable (subject encoded in ISO-8859-1), Outlook French quoting (De : / Envoyé : / À : / Objet :).")

# ---------------------------------------------------------------- Jana, Berlin (German, informal)

send(haruka, [jana], "2026-06-08 22:15", "Hello from Haruka (via Lukas)", """Hallo Jana,

please forgive me for writing in English: my German is fine for a thank-you, but not for explaining a whole career change.

Lukas Brandstätter gave me your contact and said you give the best portfolio reviews in Berlin. I am an architect in Tokyo moving into service design. Would you have time for a short video call to look at my portfolio? I am happy to pay for your time if that is how you usually work.

Viele Grüße
Haruka""", O, sig=False, kind="request",
     note="Ask for a portfolio-review video call via a referral, in English with German greetings to a German contact; no time offered, and the offer to pay does not make it other.")
send(Person("Terminfix", "noreply@terminfix.example", "Europe/Berlin", client="bulk"), [haruka], "2026-06-10 08:02",
     "Buchungsbestätigung: Portfolio-Feedback mit Jana Wöhrle am 18.06.2026", "", O, client="bulk", fmt="alt",
     plain_text="""Hallo Haruka Tanabe,

Ihre Buchung ist bestätigt.

Termin: Portfolio-Feedback (45 Min.)
Mit: Jana Wöhrle
Datum: Donnerstag, 18.06.2026
Uhrzeit: 10:00 – 10:45 Uhr (Europe/Berlin, MESZ)
Ort: Videocall (Link folgt per E-Mail)

Termin verschieben oder absagen: https://terminfix.example/b/7QX2-94KD

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Terminfix GmbH · Torstraße 140 · 10119 Berlin
""", html="""<html><body style="font-family:Arial,sans-serif">
<h2>Ihre Buchung ist bestätigt</h2>
<table>
<tr><td><b>Termin</b></td><td>Portfolio-Feedback (45 Min.)</td></tr>
<tr><td><b>Mit</b></td><td>Jana Wöhrle</td></tr>
<tr><td><b>Datum</b></td><td>Donnerstag, 18.06.2026</td></tr>
<tr><td><b>Uhrzeit</b></td><td>10:00 – 10:45 Uhr (Europe/Berlin, MESZ)</td></tr>
</table>
<p><a href="https://terminfix.example/b/7QX2-94KD">Termin verschieben oder absagen</a></p>
<p style="color:#888;font-size:11px">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</body></html>
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     kind="other", lang="de",
     note="[de] Booking service's automatic confirmation from a no-reply address ('Bitte antworten Sie nicht'); it fixes an exact slot, but calendar notifications sent by a service are other.")
m = send(jana, [haruka], "2026-06-17 21:10", "Portfolio-Review morgen – kurze Bestätigung", """Hi Haruka,

nur kurz zur Bestätigung: Ich sitze ab 9 im Büro, unser Call ist also wie gebucht morgen um 10. Ich schick dir den Link ca. 5 Minuten vorher, und schick mir gern vorab die PDF-Version vom Portfolio.

Bis morgen!
Jana""", O, mobile=True, sig=False, kind="confirmation", lang="de", meet=("2026-06-18 10:00", "hdr"), rel="tomorrow",
         wd="Thu",
         note="[de] Confirms the booked review shortly before: 'morgen um 10' from a Wednesday +0200 Date is Thu 18 June 10:00 +02:00 (no zone named: the Date header's offset, Berlin's own CEST). 'ab 9' is her office hours, not the meeting. Sent from an iPhone ('Von meinem iPhone gesendet').")
subject_b64(m)

# ---------------------------------------------------------------- Riku, a junior at her firm

t = Thread(O, "相談: career change (Riku)")
t.msgs.append(hidden(t.send(riku, [haruka], "2026-07-13 12:30", """Tanabe-san,

Sorry to write in English, I am practising for my IELTS. I heard you are moving to UX. I am also thinking about leaving architecture. Could we have lunch or coffee sometime to talk about it?

Riku""", kind="request", note="(quoted only)")))
t.reply(haruka, riku, "2026-07-14 08:40", """Hi Riku,

Thank you for asking, and good luck with IELTS! I would really like to help, but right now I am finishing the Shinagawa competition and interviewing at the same time, so I have no free lunch until at least September. Can you ask me again in autumn? I promise I will say yes then.

Haruka""", sig=False, kind="decline",
        note="Postpones a junior colleague's lunch/coffee ask to 'autumn' with no date ('no free lunch until at least September'); asking him to write again later is not a new slot, so decline outranks the request.")

# ---------------------------------------------------------------- Marisa again

t = Thread(O, "News from Tokyo")
t.send(haruka, [marisa], "2026-09-08 09:15", """Dear Marisa,

I wanted to tell you first: I accepted an offer from Hoshizora Studio here in Tokyo, as a service designer in their public-sector team. I start on 1 October. The portfolio we talked about in January got me the interview, and they asked many questions about the library project.

I will write again when I have settled in.

Warm regards,""", kind="update",
       note="Pure update (accepted an offer, start date 1 October); the start date is not a meeting and crediting the January call is a courtesy, not a thank-you for new help.")
t.msgs.append(hidden(t.reply(haruka, marisa, "2026-10-27 20:40", """Dear Marisa,

Now that I have survived my first month, could we have a short catch-up call? Monday 11/2 at 4pm PT would be ideal for me, if it works for you.

Best,
Haruka""", kind="request", note="(quoted only)")))
t.reply(marisa, haruka, "2026-10-27 18:30", """Haruka! Congratulations again on Hoshizora.

Monday 11/2 at 4pm Pacific works on my end, I'll send a Zoom invite. Fair warning, our clocks fall back the day before, so double-check your calendar app did the math right.

Marisa""", kind="confirmation", meet=("2026-11-02 16:00", "America/Los_Angeles"), wd="Mon",
        note="Accepts 'Monday 11/2 at 4pm Pacific' proposed in the quote; Pacific is named and Nov 2 is the day after the US switch (Nov 1), so -08:00 although the Date header is -0700.")

# ---------------------------------------------------------------- Lukas again: a moved call

t = Thread(O, "Austausch im Herbst")
t.msgs.append(hidden(t.send(haruka, [lukas], "2026-10-13 18:20", """Lieber Lukas,

hättest du Lust auf einen kurzen Austausch, jetzt wo ich selbst Service Designerin bin? Donnerstag, 22.10., um 8 Uhr deiner Zeit würde bei mir gut passen.

Liebe Grüße
Haruka""", sig=False, kind="request", lang="de", note="(quoted only)")))
t.msgs.append(hidden(t.reply(lukas, haruka, "2026-10-14 09:00", """Liebe Haruka,

gerne, Donnerstag, 22.10., 8 Uhr passt. Einladung kommt.

Lukas""", kind="confirmation", lang="de", meet=("2026-10-22 08:00", "Europe/Vienna"), note="(quoted only)")))
t.reply(lukas, haruka, "2026-10-20 16:45", """Liebe Haruka,

es tut mir leid, am Donnerstag habe ich kurzfristig einen Workshop beim Kunden. Ich habe unseren Call auf Mittwoch, 28.10., 8 Uhr Wiener Zeit verschoben – die aktualisierte Einladung kommt gleich. Achtung: Bei uns wird am Sonntag davor die Uhr zurückgestellt.

Falls das für dich gar nicht geht, sag einfach Bescheid.

Liebe Grüße
Lukas""", kind="confirmation", lang="de", meet=("2026-10-28 08:00", "Europe/Vienna"), wd="Wed",
        note="[de] Moves the agreed call to one new slot, 'Mittwoch, 28.10., 8 Uhr Wiener Zeit' (a move is a confirmation); Vienna time after the EU switch on 25 Oct is +01:00 although the Date header is +0200. The quoted Thursday 22.10. slot is the old one; 'sag Bescheid' is a courtesy.")
