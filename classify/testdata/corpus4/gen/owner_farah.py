"""Farah Al-Mansouri, Dubai (GST, +04:00, no DST): hotel operations director moving into people analytics.

Outlook desktop (English, UAE) with a logo in her HTML signature. Contacts in
Mumbai, Zürich (Swiss German, Outlook), Munich (formal German, Apple Mail),
London, Barcelona (Spanish), Geneva (Swiss French) and Riyadh, plus a Swiss
newsletter.
"""

from c4 import (Person, Thread, answer, bulk, forward, from_charset, hidden, invite, pdf, png,  # noqa: F401
                related, send)
import corpus

O = farah = Person("Farah Al-Mansouri", "farah.almansouri@mansouri-f.example", "Asia/Dubai", client="outlook",
                   locale="en-AE",
                   sig="Farah Al-Mansouri\nCluster Director of Operations | Palm Crescent Hotels\nDubai, UAE | +971 50 555 0183")
kabir = Person("Kabir Deshpande", "kabir.deshpande@peoplegraph.example", "Asia/Kolkata", client="gmail", locale="en-IN",
               sig="Kabir Deshpande\nPrincipal, People Analytics | PeopleGraph\nMumbai")
reto = Person("Reto Baumgartner", "reto.baumgartner@limmat-versicherung.example", "Europe/Zurich", client="outlook",
              locale="de-CH",
              sig="Reto Baumgartner\nLeiter HR Analytics\nLimmat Versicherungen AG\nMythenquai 12, 8002 Zürich\nTel. +41 44 555 01 72",
              legal="Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht "
                    "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort "
                    "den Absender und löschen Sie diese E-Mail.")
katrin = Person("Katrin Obermeier", "k.obermeier@obermeier-consulting.example", "Europe/Berlin", client="apple",
                locale="de", sig="Dr. Katrin Obermeier\nPeople Analytics Beratung\nLeopoldstraße 88, 80802 München")
harriet = Person("Harriet Lowe", "harriet.lowe@cityhospitality.example", "Europe/London", client="apple", locale="en-GB",
                 sig="Harriet")
ines = Person("Inés Carvajal", "ines.carvajal@hotelsmed.example", "Europe/Madrid", client="gmail", locale="es-ES",
              sig="Inés Carvajal\nDirectora de Personas · Hoteles Mediterrània\nBarcelona")
sandrine = Person("Sandrine Favre", "sandrine.favre@lemanrh.example", "Europe/Zurich", client="gmail", locale="fr-CH",
                  sig="Sandrine Favre\nResponsable RH analytique · Léman RH Conseil\nGenève")
omar = Person("Omar Haddad", "omar.haddad@najdhotels.example", "Asia/Riyadh", client="gmail", locale="en-US",
              sig="Omar Haddad\nRevenue Manager, Najd Hotels\nRiyadh")

FARAH_LOGO = png(140, 36, (176, 141, 87), band=(26, 36, (30, 30, 30)))
LIMMAT_LOGO = png(140, 36, (0, 84, 147), band=(0, 6, (255, 255, 255)))

# ---------------------------------------------------------------- Kabir, Mumbai

t = Thread(O, "Hotel ops to people analytics: seeking your advice")
t.msgs.append(hidden(t.send(farah, [kabir], "2026-02-02 10:30", """Dear Kabir,

Your LinkedIn series on attrition models for frontline staff is the most useful thing I have read this year. I run operations for four hotels in Dubai and want to move into people analytics.

Could I ask for 30 minutes of your time for a call in the coming weeks?

Kind regards,""", kind="request", note="(quoted only)")))
t.reply(kabir, farah, "2026-02-03 09:10", """Hi Farah,

Happy to help, and thank you for the kind words on the series. Let's lock in Saturday 14 Feb, 11:00 IST. I'll share a Meet link on Friday.

Regards,
Kabir""", kind="confirmation", meet=("2026-02-14 11:00", "Asia/Kolkata"), wd="Sat",
        note="Fixes 'Saturday 14 Feb, 11:00 IST' (a Saturday call); IST here is India Standard Time, +05:30, with no DST, while the owner's Dubai is +04:00.")
t.reply(farah, kabir, "2026-02-14 12:30", """Dear Kabir,

Thank you so much for giving up part of your Saturday for me. Your suggestion to start with our housekeeping turnover data, where I already know every number by heart, is exactly the kind of first project I was looking for.

With many thanks,""", kind="thank_you",
        note="Thanks for the call that happened that morning (a Saturday) and says what was useful; nothing new is proposed.")
send(kabir, [farah], "2026-03-20 17:45", "Update: PeopleGraph fellowship", """Hi Farah,

Quick update: the people-analytics fellowship I mentioned on our call has opened applications for the July cohort. I've put in a word with the programme director, Meera, so she'll be looking out for your application.

Regards,
Kabir""", O, kind="update",
     note="News since the call (the fellowship opened, he put in a word); the July cohort is not a meeting and nothing is asked.")

# ---------------------------------------------------------------- Reto, Zürich (Swiss German)

t = Thread(O, "Anfrage: Austausch zu HR Analytics")
t.msgs.append(hidden(t.send(farah, [reto], "2026-03-18 11:00", """Sehr geehrter Herr Baumgartner,

ich habe drei Jahre im Hotel Bellevue am Zürichsee gearbeitet und leite heute den Betrieb von vier Hotels in Dubai. Ich möchte in den Bereich HR Analytics wechseln. Hätten Sie 30 Minuten Zeit für ein Gespräch?

Mit freundlichen Grüssen
Farah Al-Mansouri""", sig=False, kind="request", lang="de", note="(quoted only)")))
m = t.reply(reto, farah, "2026-03-20 08:40", """Grüezi Frau Al-Mansouri

Vielen Dank für Ihre Nachricht – und schön, dass Sie Zürich noch in guter Erinnerung haben.

Gerne nehme ich mir Zeit für Sie. Ich habe uns für Donnerstag, 2. April, 8.30 Uhr Schweizer Zeit eingetragen; die Einladung für Teams folgt separat.

Freundliche Grüsse
Reto Baumgartner""", kind="confirmation", lang="de", charset="windows-1252",
            meet=("2026-04-02 08:30", "Europe/Zurich"), wd="Thu",
            note="[de] Swiss German ('Grüezi', 'Grüsse' with ss): fixes 'Donnerstag, 2. April, 8.30 Uhr Schweizer Zeit'; Zürich is named and the EU/Swiss switch on 29 March makes it +02:00 although the Date header is +0100. windows-1252 quoted-printable; the HTML part is multipart/related with an inline logo after the signature.")
related(m, "image001.png", LIMMAT_LOGO, "image001.png@01DCB7A4.5E3F2A10", "Limmat Versicherungen")
t.reply(farah, reto, "2026-04-02 13:05", """Dear Reto,

I hope you don't mind me switching to English: my German is good enough for a hotel front desk, but not for a proper thank-you.

Thank you very much for this morning's conversation. Your description of how you built the absence dashboard with only two people, and your advice to learn SQL before Python, gave me a clear plan for the next six months.

Kind regards,""", kind="thank_you",
        note="Thanks for the call that morning (in English after a German thread) and names what was useful; 'the next six months' is a plan, not a meeting.")
posting = corpus.quoted_only(Person("Limmat Recruiting", "recruiting@limmat-versicherung.example", "Europe/Zurich",
                                    client="outlook", locale="de-CH"),
                             [reto], "2026-05-05 16:00", "Neue Stelle: People Analytics Lead (80–100 %)", """Liebe Führungskräfte

Ab sofort ist die Stelle «People Analytics Lead (80–100 %)» im Team HR Analytics ausgeschrieben. Stellenantritt nach Vereinbarung, Arbeitsort Zürich, bis zu 40 % Homeoffice.

Interne und externe Empfehlungen nehmen wir gerne bis zum 31. Mai entgegen.

Freundliche Grüsse
Team Recruiting""", lang="de")
m = forward(reto, [farah], "2026-05-06 10:15", """Grüezi Frau Al-Mansouri

Zur Info: Unten die Ausschreibung, die wir gestern intern verschickt haben. Ich habe Ihren Namen bei unserem Recruiting bereits erwähnt – eine Bewerbung aus Dubai ist für uns kein Problem.

Freundliche Grüsse
Reto Baumgartner""", posting, O, subject="WG: Neue Stelle: People Analytics Lead (80–100 %)", kind="update",
            lang="de", charset="windows-1252",
            note="[de] Outlook forward ('WG:', Von:/Gesendet:/An:/Betreff: block) of an internal job posting with a short note: news since the call (role open, her name mentioned); the 31 May deadline in the forwarded part is not a meeting.")

# ---------------------------------------------------------------- Katrin, München (formal German)

t = Thread(O, "Anfrage: Gespräch über People Analytics")
t.msgs.append(hidden(t.send(farah, [katrin], "2026-05-11 12:00", """Sehr geehrte Frau Dr. Obermeier,

ich würde mich sehr über ein kurzes Gespräch über Ihren Weg in die People-Analytics-Beratung freuen. Hätten Sie in den nächsten Wochen 30 Minuten Zeit?

Mit freundlichen Grüßen
Farah Al-Mansouri""", sig=False, kind="request", lang="de", note="(quoted only)")))
t.reply(katrin, farah, "2026-05-12 18:20", """Sehr geehrte Frau Al-Mansouri,

vielen Dank für Ihre freundliche Nachricht.

Leider bin ich bis Ende Juli mit Projekten komplett ausgebucht und kann Ihnen derzeit keinen Termin anbieten. Melden Sie sich gern im Herbst noch einmal, dann nehme ich mir gern Zeit für Sie.

Mit freundlichen Grüßen
Katrin Obermeier""", kind="decline", lang="de",
        note="[de] Formal refusal for now ('bis Ende Juli komplett ausgebucht', 'melden Sie sich gern im Herbst'): a postponement with no date is a decline.")
t.msgs.append(hidden(t.reply(farah, katrin, "2026-10-13 10:00", """Sehr geehrte Frau Dr. Obermeier,

wie besprochen melde ich mich im Herbst noch einmal. Hätten Sie in den nächsten Wochen 30 Minuten für mich?

Mit freundlichen Grüßen
Farah Al-Mansouri""", sig=False, kind="request", lang="de", note="(quoted only)")))
t.reply(katrin, farah, "2026-10-15 09:30", """Liebe Frau Al-Mansouri,

schön, wieder von Ihnen zu hören!

Ich habe uns den Dienstag, 27.10., um 14.00 Uhr MEZ freigehalten. Dann haben wir die Zeitumstellung hinter uns, und Sie sind uns drei Stunden voraus. Den Link schicke ich Ihnen am Vortag.

Herzliche Grüße
Katrin Obermeier""", kind="confirmation", lang="de", charset="iso-8859-15", enc="8bit",
        meet=("2026-10-27 14:00", "Europe/Berlin"), wd="Tue",
        note="[de] Fixes 'Dienstag, 27.10., um 14.00 Uhr MEZ'; MEZ (CET) is named and correct after the EU switch on 25 October (+01:00) although the Date header is +0200. 'drei Stunden voraus' is a difference, not a time. ISO-8859-15 8bit.")

# ---------------------------------------------------------------- Harriet, London

t = Thread(O, "Coffee in London?")
t.send(farah, [harriet], "2026-06-08 11:45", """Dear Harriet,

Sam Okafor tells me you moved from hotel operations into workforce planning at City Hospitality, which is exactly the move I am trying to make. I will be in London from 15 to 19 June for a conference. Could we meet for a coffee one morning that week?

Kind regards,""", kind="request",
       note="Asks for a coffee 'one morning' during a 15-19 June trip: a window, not a slot.")
t.msgs.append(hidden(t.reply(farah, harriet, "2026-06-16 19:30", """Dear Harriet,

I'm in London now. Would quarter to ten tomorrow morning work for you, somewhere near Liverpool Street?

Farah""", sig=False, client="iphone", kind="request", note="(quoted only)")))
t.reply(harriet, farah, "2026-06-16 20:15", """Quarter to ten tomorrow morning works. See you at the Caffè Nero on Bishopsgate, I'll grab a table by the window.

H x""", client="iphone", sig=False, kind="confirmation", meet=("2026-06-17 09:45", "hdr"), rel="tomorrow", wd="Wed",
        note="Accepts 'quarter to ten tomorrow morning' (09:45, written out in words) from a Tuesday Date; no zone is named, so the Date header's +0100 (London, BST) applies. iPhone reply with the question quoted.")
t.reply(farah, harriet, "2026-06-20 10:10", """Dear Harriet,

Thank you again for Wednesday's coffee, and for introducing me to your colleague Sam Reid; he has already sent me the workforce model template.

As you suggested, let's do a proper call once you are back from your holiday: Friday 11 September at 9:00 UK time. I have put it in my calendar and will send a Teams link the week before.

Warm regards,""", kind="confirmation", meet=("2026-09-11 09:00", "Europe/London"), wd="Fri",
        note="A thank-you that also fixes the next meeting ('Friday 11 September at 9:00 UK time'): confirmation under the tie rule; UK time is named, +01:00 (BST) in September, while the Date header is Dubai's +0400.")

# ---------------------------------------------------------------- Inés, Barcelona (Spanish)

t = Thread(O, "¡Hola desde Dubái!")
t.msgs.append(hidden(t.send(farah, [ines], "2026-06-25 14:00", """¡Hola Inés!

¡Cuánto tiempo desde Marbella! Estoy intentando pasarme al mundo de people analytics y me encantaría contarte y pedirte consejo. ¿Tendrías un rato para una videollamada?

Un abrazo,
Farah""", sig=False, kind="request", lang="es", note="(quoted only)")))
t.reply(ines, farah, "2026-06-26 09:40", """¡Farah! ¡Qué alegría saber de ti!

Claro que sí. Quedamos el lunes 6 de julio a las 17:30, hora peninsular. Te mando el enlace de Meet esa misma mañana.

Tengo mil preguntas sobre Dubái, prepárate.

Un abrazo fuerte,
Inés""", fmt="html", kind="confirmation", lang="es", meet=("2026-07-06 17:30", "Europe/Madrid"), wd="Mon",
        note="[es] HTML-only Gmail reply that fixes 'el lunes 6 de julio a las 17:30, hora peninsular' (mainland Spain time = Europe/Madrid, +02:00 in July); the quote is in a <blockquote>.")
t.reply(farah, ines, "2026-09-21 12:20", """Inés, ¡te cuento!

Desde el lunes soy People Analytics Lead en Palm Crescent, en la oficina central de Dubái. Al final no tuve que cambiar de empresa: me crearon el puesto después de presentar el proyecto de rotación del que te hablé en julio.

Un abrazo enorme,""", kind="update", lang="es",
        note="[es] Pure update (she started a new role on Monday); the July call is mentioned as background, nothing is asked or fixed.")

# ---------------------------------------------------------------- Sandrine, Genève (Swiss French)

t = Thread(O, "Demande d'échange - RH analytique")
t.msgs.append(hidden(t.send(farah, [sandrine], "2026-08-10 09:00", """Bonjour Madame Favre,

Je travaille dans l'hôtellerie à Dubaï et je me réoriente vers l'analytique RH. Auriez-vous 30 minutes pour un échange en visio ?

Meilleures salutations,
Farah Al-Mansouri""", sig=False, kind="request", lang="fr", note="(quoted only)")))
t.reply(sandrine, farah, "2026-08-10 07:01", """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à mes courriels. Votre message sera traité dès mon retour.

Pour toute urgence, merci de contacter info@lemanrh.example.

Meilleures salutations,
Sandrine Favre""", subject="Réponse automatique : Demande d'échange - RH analytique", quote=False, sig=False,
        kind="other", lang="fr", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        note="[fr] 'Réponse automatique' out-of-office (Auto-Submitted: auto-replied); the return date 'lundi 24 août' is not a meeting, and automated mail is other.")
t.msgs.pop()
m = t.reply(sandrine, farah, "2026-09-02 11:30", """Bonjour Farah,

De retour de vacances depuis peu, je découvre votre message avec plaisir. Votre parcours me parle : nous sommes une équipe de septante personnes et la moitié vient de l'hôtellerie !

Je vous ai réservé demain jeudi, 10h (heure de Genève), et envoyé une invitation. Je me réjouis de faire votre connaissance.

Meilleures salutations,
Sandrine""", kind="confirmation", lang="fr", meet=("2026-09-03 10:00", "Europe/Zurich"), wd="Thu", rel="tomorrow",
            note="[fr] Swiss French ('septante', 'Je me réjouis'): fixes 'demain jeudi, 10h (heure de Genève)' from a Wednesday Date (Thu 3 September) and carries a text/calendar REQUEST with a floating DTSTART (no TZID, no Z), read at the Date header's +0200, which matches Geneva time.")
m.cal = invite("REQUEST", "Échange Farah Al-Mansouri / Sandrine Favre", "2026-09-03 10:00", "2026-09-03 10:45",
               "Europe/Zurich", "float", sandrine, [sandrine, farah], "2026-09-02 11:30",
               prodid="-//Infomaniak//Calendar 2.0//FR", location="Visio (lien dans la description)")
m.cal_method = "REQUEST"

# ---------------------------------------------------------------- Kabir again: a nudge

t = Thread(O, "Follow-up call?")
t.msgs.append(hidden(t.send(farah, [kabir], "2026-10-01 09:00", """Dear Kabir,

Now that I have started as People Analytics Lead, I would love a short follow-up call to show you the first model. Would you have time later this month?

Kind regards,""", kind="request", note="(quoted only)")))
t.reply(farah, kabir, "2026-10-12 10:05", """Dear Kabir,

Just bumping this up in case it got buried. No rush at all.

Kind regards,""", kind="request",
        note="A nudge on an unanswered ask for a follow-up call ('Just bumping this up'); the ask itself is only quoted.")
t.reply(kabir, farah, "2026-10-14 20:30", """Hi Farah,

Sorry for the delay, it has been a crazy fortnight! Thursday 29 Oct at noon IST works, same Meet link as last time.

Regards,
Kabir""", kind="confirmation", meet=("2026-10-29 12:00", "Asia/Kolkata"), wd="Thu",
        note="Fixes 'Thursday 29 Oct at noon IST' (noon = 12:00, India Standard Time +05:30); it answers the nudge, not a proposal, and is still one specific meeting.")

# ---------------------------------------------------------------- Omar, Riyadh

t = Thread(O, "From revenue management to HR tech?")
t.send(omar, [farah], "2026-10-05 21:15", """Dear Farah,

I saw your post about your new role in people analytics. Congratulations! I'm a revenue manager in Riyadh thinking about a similar move. Could we have a 20-minute call in the next couple of weeks?

Best regards,""", kind="request",
       note="A stranger asks the owner for a 20-minute call 'in the next couple of weeks'; the congratulations are a courtesy.")
cvt = pdf("People analytics CV - template", ["1. Headline: the problem you solve", "2. Three projects with numbers",
                                             "3. Tools: SQL, Python, Power BI"])
m = t.reply(farah, omar, "2026-10-06 08:40", """Dear Omar,

Thank you, and I am glad the post was useful. I am only two weeks into the new role and cannot take on any calls for now; I hope you understand. Could you write again in the new year?

In the meantime, I have attached the CV template that helped me most.

Best regards,""", kind="decline", attach=[("People_analytics_CV_template.pdf", "application/pdf", cvt)],
            note="Refuses a call for now and defers to 'the new year' with no date; sending a CV template is help, not a meeting, so decline holds. Outlook HTML with an inline signature logo (multipart/related) inside multipart/mixed with a PDF.")
related(m, "image001.png", FARAH_LOGO, "image001.png@01DD55C3.7A2B1E90", "Palm Crescent Hotels")
t.reply(omar, farah, "2026-10-12 22:40", """Dear Farah,

Thank you for the CV template. I rewrote my CV over the weekend using it, and a recruiter already called me back about an analytics role. I will write again in January as you suggested.

Best regards,
Omar""", kind="thank_you",
        note="Thanks for concrete help that already happened (the CV template); the recruiter news is incidental and 'write again in January' is not an ask for a meeting now.")

# ---------------------------------------------------------------- Swiss newsletter

bulk("HR Analytics Schweiz", "newsletter@hr-analytics-schweiz.example", "Europe/Zurich", farah, "2026-11-03 07:30",
     "Newsletter November: Praxisabend in Zürich, neue Lohnstudie", O,
     """Guten Tag

Unser nächster Praxisabend findet am Donnerstag, 19. November, um 18.00 Uhr im Kongresshaus Zürich statt. Anmeldung bis 12. November.

Neu erschienen: die Lohnstudie HR Analytics 2026.

Sie erhalten diesen Newsletter, weil Sie sich auf hr-analytics-schweiz.example angemeldet haben. Abmelden: https://hr-analytics-schweiz.example/abmelden?id=fa-2291""",
     html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div>{LOGO}</div>
<h2>Praxisabend in Zürich</h2>
<p>Unser nächster Praxisabend findet am <b>Donnerstag, 19. November, um 18.00 Uhr</b> im Kongresshaus Zürich statt. Anmeldung bis 12. November.</p>
<h2>Neu erschienen</h2>
<p>Die Lohnstudie HR Analytics 2026.</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich auf hr-analytics-schweiz.example angemeldet haben. <a href="https://hr-analytics-schweiz.example/abmelden?id=fa-2291">Abmelden</a></p>
</body></html>
""",
     headers=[("List-Unsubscribe", "<https://hr-analytics-schweiz.example/abmelden?id=fa-2291>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
     lang="de",
     note="[de] Newsletter (List-Unsubscribe, 'Abmelden', Precedence: bulk) with an inline logo (multipart/related) announcing an evening event with date and time; bulk mail is other.")
related(corpus.ALL[-1], "logo.png", png(140, 36, (200, 16, 46)), "logo@hr-analytics-schweiz.example",
        "HR Analytics Schweiz")
