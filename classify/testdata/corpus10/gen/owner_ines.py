"""Inês Carvalho (Porto, Europe/Lisbon), textile quality manager moving into
sustainability reporting. Apple Mail and iPhone, en-GB; January to April 2026,
across the EU switch to summer time on 29 March."""

from c10 import Person, Thread, answer, bulk, hidden, send

O = ines = Person("Inês Carvalho", "ines.carvalho@correio-norte.example", "Europe/Lisbon", client="apple",
                  locale="en-GB", sig="Inês Carvalho\nPorto")
hannah = Person("Hannah Cole", "hannah.cole@greenledger.example", "Europe/London", client="gmail", locale="en-GB",
                sig="Hannah Cole\nAssociate Director, ESG Assurance")
lucia = Person("Lucía Ferrer", "lucia.ferrer@auditas.example", "Europe/Madrid", client="outlook", locale="es",
               sig="Lucía Ferrer Gil\nGerente de Sostenibilidad | Auditas\nPaseo de la Castellana 41, Madrid")
camille = Person("Camille Roussel", "camille.roussel@textiles-durables.example", "Europe/Paris", client="iphone",
                 locale="fr")
anne = Person("Anne Lefèvre", "anne.lefevre@rse-conseil.example", "Europe/Paris", client="gmail", locale="fr",
              sig="Anne Lefèvre\nConsultante RSE")
tom = Person("Tom Achterberg", "tom@achterberg-advies.example", "Europe/Amsterdam", client="apple", locale="en-GB",
             sig="Tom")

# --- Hannah: ask, options, acceptance, thanks, news, a later refusal
t = Thread(O, "From textile QA to ESG assurance - 20 minutes?")
t.send(ines, [hannah], "2026-01-12 09:40", """Dear Hannah,

I read your piece on assurance for supply-chain emissions in the ICAEW newsletter and it described my day job better than my job description does: I run quality control for a knitwear mill outside Porto, and for two years I've been the person who collects our suppliers' energy data for the brands we make for.

I'd like to move into ESG assurance properly and I'm trying to understand what the first step looks like from the inside. Would you be open to a 20-minute call some time in the next few weeks? I'm in Porto, on UK time, and can fit around you.

With thanks,""", kind="request", note="Cold ask for a 20-minute call 'some time in the next few weeks' with no slot: a request.")
t.reply(hannah, ines, "2026-01-13 18:05", """Hi Inês,

What a lovely email, and yes, I'd be glad to. This week is year-end chaos but next week is calmer. Would Thursday the 22nd at 4pm work, or failing that Friday morning any time before 11?

Hannah""", kind="request", note="Answers the ask with two candidate slots and a question ('Would ... work, or failing that ...'): options, nothing fixed, so request.")
t.reply(ines, hannah, "2026-01-19 08:15", """Hi Hannah,

Thursday the 22nd at 4 it is. I'll ring your mobile unless you'd rather I sent a Teams link.

Thank you!""", kind="confirmation", meet=("2026-01-22 16:00", "hdr"), wd="Thu", rel="weekday",
        note="Accepts one of the offered slots ('Thursday the 22nd at 4 it is'): fixes the meeting. No zone named: Date header +00:00, which is also Lisbon's offset on the 22nd.")
t.reply(ines, hannah, "2026-01-23 10:02", """Hi Hannah,

Thank you for yesterday. I came away with a proper reading list instead of a vague ambition, and your advice to write up our supplier-data process as a case study is exactly the kind of thing I would never have thought to do. I've started it already.

Very grateful for your time,""", kind="thank_you", note="Thanks for a call that already happened ('Thank you for yesterday'); the mention of starting the case study is part of the thanks, not news for its own sake.")
t.reply(ines, hannah, "2026-03-10 19:30", """Hi Hannah,

A short update, since you were so generous in January. I finished the ISSB fundamentals course you recommended (passed, to my own surprise), and the case study on our supplier data is now a six-page document that my director has sent to two of our brand clients. I've also applied for a junior assurance role at a firm in Lisbon, fingers crossed.

Thanks again for pointing me in the right direction.

Inês""", kind="update", note="News since the last exchange (course passed, case study, an application); the closing 'Thanks again' is a courtesy, so update.")
t.reply(hannah, ines, "2026-04-14 12:20", """Inês, how exciting about the application! I'd have loved to meet in person while you're over, but I'm on leave that entire week, walking in the Lakes with no signal. Do give me a shout next time you're in London.

Hannah""", kind="decline", note="Refuses the in-person meeting ('I'd have loved to ... but I'm on leave that entire week') with only a vague 'next time': a polite decline with no new date.",
        parent=hidden(send(ines, [hannah], "2026-04-13 20:00", "Re: From textile QA to ESG assurance - 20 minutes?",
                           "Hi Hannah, I'll be in London 20-24 April for the interview. Any chance of a coffee that week? Inês", O,
                           kind="request", note="(quoted only)")))

# --- Lucía (es): ask, confirmation in Madrid time, out-of-office
t = Thread(O, "Una consulta sobre auditoría de sostenibilidad")
t.send(ines, [lucia], "2026-02-02 11:00", """Hola Lucía:

Me llamo Inês y trabajo en control de calidad en una fábrica textil de Oporto. Una antigua compañera, Marta Sousa, me dijo que tú pasaste de auditoría financiera a sostenibilidad hace unos años.

¿Te vendría bien una videollamada de media hora alguna tarde de la semana que viene? Me encantaría saber cómo fue el cambio.

Un abrazo,""", kind="request", lang="es", note="[es] '¿Te vendría bien una videollamada ... alguna tarde de la semana que viene?': asks for a call with no slot.")
t.reply(lucia, ines, "2026-02-03 09:12", """Hola Inês:

Encantada. El jueves a las 17:00 hora de Madrid me va perfecto; te mando ahora el enlace de Teams.

Saludos,""", kind="confirmation", lang="es", meet=("2026-02-05 17:00", "Europe/Madrid"), wd="Thu", rel="weekday",
        note="[es] 'El jueves a las 17:00 hora de Madrid me va perfecto': she fixes one slot herself and sends the link. Named zone: Madrid, +01:00 in February (16:00 for Inês).")
bulk_ooo = send(Person("Lucía Ferrer", "lucia.ferrer@auditas.example", "Europe/Madrid", client="outlook", locale="es"),
                [ines], "2026-04-02 08:01", "Respuesta automática: Una consulta sobre auditoría de sostenibilidad",
                """Gracias por tu mensaje.

Estaré fuera de la oficina por vacaciones de Semana Santa hasta el lunes 13 de abril, sin acceso al correo. A mi vuelta responderé a todos los mensajes. Para asuntos urgentes, escribe a sostenibilidad@auditas.example.

Lucía Ferrer""", O, kind="other", lang="es", sig=False, legal=False,
                headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                note="[es] An automatic out-of-office reply (Auto-Submitted: auto-replied); the return date is not a meeting, so other.")

# --- Camille (fr): a decline wrapped in a referral; thanks for the intro; Anne
t = Thread(O, "Reconversion dans la RSE")
t.msgs.append(hidden(send(ines, [camille], "2026-02-24 21:00", "Reconversion dans la RSE", """Bonjour Camille,

Nous nous sommes croisées au salon Première Vision. Accepterais-tu un petit appel pour me parler de ton passage à la RSE ?

Inês""", O, kind="request", note="(quoted only)")))
t.reply(camille, ines, "2026-02-25 07:48", """Coucou Inês !

Merci pour ton message et bravo pour ce projet, ça me fait très plaisir. Honnêtement je suis sous l'eau jusqu'à l'été avec le reporting CSRD, donc je ne vais pas pouvoir te consacrer le temps que ça mérite.

Par contre écris à Anne Lefèvre (anne.lefevre@rse-conseil.example) de ma part : elle a fait exactement le même chemin que toi, de la qualité à la RSE, et elle adore en parler.

Bises""", kind="decline", lang="fr", charset="iso-8859-1", enc="qp",
        note="[fr] 'je ne vais pas pouvoir te consacrer le temps' until summer: a refusal, wrapped in congratulations and a referral to Anne; the referral is not a meeting with Inês. ISO-8859-1.")
t.reply(ines, camille, "2026-03-06 08:30", """Merci mille fois pour le contact d'Anne, Camille ! C'est exactement la personne qu'il me fallait. Je lui ai écrit ce matin.

Bon courage pour le reporting,
Inês""", kind="thank_you", lang="fr", mobile=True,
        note="[fr] Thanks for concrete help that already happened (the introduction to Anne): thank_you.")

t = Thread(O, "De la part de Camille Roussel")
t.send(ines, [anne], "2026-03-06 08:10", """Bonjour Anne,

Camille Roussel m'a conseillé de vous écrire. Je suis responsable qualité dans une usine textile à Porto et je prépare une reconversion vers la RSE, un chemin que vous connaissez bien d'après elle.

Auriez-vous un quart d'heure dans les semaines à venir pour un échange par téléphone ? Je m'adapte à votre agenda.

Bien cordialement,
Inês Carvalho""", kind="request", lang="fr", note="[fr] A referred first ask ('Auriez-vous un quart d'heure ... ?') with no slot: request.")
t.reply(anne, ines, "2026-03-10 13:25", """Bonjour Inês,

Avec plaisir, Camille m'avait prévenue. Est-ce que mardi 17 mars à 9 h 30, heure de Paris, vous conviendrait ?

Bien à vous,""", kind="request", lang="fr",
        note="[fr] Offers a single slot as a question ('Est-ce que mardi 17 mars à 9 h 30 ... vous conviendrait ?'): nothing is fixed until Inês accepts, so request.")
t.reply(ines, anne, "2026-03-12 17:40", """Bonjour Anne,

Parfait, c'est noté pour mardi 9 h 30. Je vous appelle sur votre portable.

Merci beaucoup,
Inês""", kind="confirmation", lang="fr", meet=("2026-03-17 09:30", "Europe/Paris"), wd="Tue",
        note="[fr] 'c'est noté pour mardi 9 h 30': accepts the proposed slot, whose zone (heure de Paris, +01:00) is in the quoted question; 08:30 for Inês in Porto.")
t.reply(anne, ines, "2026-03-16 18:55", """Inês, je suis désolée : je dois annuler demain matin, un client a avancé un audit et je pars à Lille à l'aube. Je reviens vers vous dès que ça se calme, promis.

Anne""", kind="decline", lang="fr", mobile=True,
        note="[fr] Cancels tomorrow's call and postpones it with no new date ('je reviens vers vous dès que ça se calme'): decline.")

# --- Tom: day-only acceptance, then a time-only reply, thanks, his news
t = Thread(O, "Call about CSRD work in the Netherlands?")
t.msgs.append(hidden(t.send(ines, [tom], "2026-03-30 10:00", """Hi Tom,

Hannah Cole suggested I talk to you about assurance work in the Netherlands. Would Tuesday 7 April work for a 30-minute call?

Inês""", kind="request", note="(quoted only)")))
t.reply(tom, ines, "2026-03-31 08:20", """Hi Inês,

Tuesday the 7th works for me. I'm flexible that day, so send over whatever time suits you and I'll put it in.

Tom""", kind="confirmation", meet=("2026-04-07", "hdr"), allday=True, wd="Tue",
        note="Day-only acceptance: 'Tuesday the 7th works' fixes the date while the hour is still open, so confirmation (ranked above the implicit ask for a time), all_day at 00:00 of the Date header's +02:00, Amsterdam's offset after the 29 March switch.")
t.reply(ines, tom, "2026-03-31 09:05", """Great, thank you! Let's say 14:00 Lisbon time, so 15:00 for you.

Inês""", kind="confirmation", meet=("2026-04-07 14:00", "Europe/Lisbon"), mobile=True,
        note="Time-only follow-up: the date (Tuesday the 7th) is in the quoted reply, the text adds '14:00 Lisbon time'. Lisbon is on summer time (+01:00) after 29 March.")
t.reply(ines, tom, "2026-04-08 09:30", """Hi Tom,

Thank you for the call yesterday. Your walk-through of how a limited-assurance engagement is actually staffed was the clearest explanation I've had, and I've already looked up the two Dutch firms you mentioned.

Best wishes,
Inês""", kind="thank_you", note="Thanks for a call that happened yesterday: thank_you.")
t.reply(tom, ines, "2026-04-20 16:40", """Hi Inês,

Some news from my side: our Rotterdam team has opened a junior sustainability assurance position, remote-friendly for the first year. I've passed your name and your case study to the hiring manager, Sanne de Wit, so don't be surprised if she gets in touch.

Thanks for sending the case study last week, it helped.

Tom""", kind="update", note="Keeps Inês posted with news since their call (a vacancy, her name passed on); the thanks for the case study is a closing courtesy, so update.")

# --- automated mail that looks like networking
bulk("Gavin at TalentBridge", "gavin@sequences.talentbridge.example", "Europe/London", ines, "2026-02-17 07:00",
     "Inês, quick follow-up (3/4)", O, """Hi Inês,

I know inboxes get busy, so I'm bumping this to the top. I'm working with several consultancies hiring ESG analysts in Portugal and I think your background is a strong fit.

Would you have 15 minutes this week for a quick intro call? Grab any slot here: https://talentbridge.example/book/gavin

Best,
Gavin Price
TalentBridge Recruitment

You are receiving this because your profile matched one of our searches. Unsubscribe: https://talentbridge.example/u/4f2c""",
     "Step 3 of a recruiter's automated sequence (subject '(3/4)', booking link, unsubscribe footer, List-Unsubscribe): bulk mail from a platform, so other despite the 'would you have 15 minutes' wording.",
     headers=[("List-Unsubscribe", "<https://talentbridge.example/u/4f2c>"), ("X-Mailer", "TalentBridge Sequences 4.2"),
              ("Precedence", "bulk")])
bulk("Sustainability Reporting Network", "events@srn-news.example", "Europe/London", ines, "2026-04-09 11:00",
     "Live Q&A: breaking into assurance - Thursday 23 April, 13:00 BST", O, "",
     "A webinar invitation from a mailing list with a fixed date and time: the event is for every subscriber, not a meeting with Inês, so other. HTML only.",
     fmt="html", html="""<html><body style="font-family:Arial"><h2>Breaking into sustainability assurance</h2>
<p>Dear Inês,</p><p>Join three assurance leaders for a live Q&amp;A on <b>Thursday 23 April at 13:00 BST</b>. Bring your questions about career changes, qualifications and first roles.</p>
<p><a href="https://srn-news.example/webinar/2304">Save my seat</a></p>
<p style="font-size:11px;color:#888">You receive this because you subscribed to SRN events. <a href="https://srn-news.example/unsub">Unsubscribe</a></p></body></html>""",
     headers=[("List-Id", "SRN events <events.srn-news.example>"), ("List-Unsubscribe", "<https://srn-news.example/unsub>")])
