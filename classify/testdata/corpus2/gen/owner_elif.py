"""Elif Yilmaz (Amsterdam), architect moving into service design.
Non-native English on both sides, German/French/Spanish contacts, Outlook."""

from c2 import Person, Thread, answer, bulk, forward, hidden, send
from ics import ics

O = elif_ = Person("Elif Yilmaz", "elif.yilmaz@ymail-nl.example", "Europe/Amsterdam", client="apple", locale="en-GB",
                   sig="Elif Yilmaz\nArchitect, moving into service design")
joost = Person("Joost de Vries", "joost.devries@stadslab.example", "Europe/Amsterdam", client="outlook", locale="en-GB",
               sig="Joost de Vries\nService Design Lead | Stadslab")
marie = Person("Marie Lefèvre", "marie.lefevre@atelier-usage.example", "Europe/Paris", client="gmail", locale="fr",
               sig="Marie")
stefan = Person("Stefan Maier", "s.maier@designbuero-maier.example", "Europe/Vienna", client="thunderbird", locale="de",
                sig="Stefan Maier")
lucia = Person("Lucía Ortega", "lucia@ortega-sd.example", "Europe/Madrid", client="gmail", locale="es", sig="Lucía")
aisha = Person("Aisha Bello", "aisha.bello@civicform.example", "Europe/London", client="owa", locale="en-GB",
               sig="Aisha Bello\nHead of Research, CivicForm")
piet = Person("Piet Jansen", "piet@jansen-architecten.example", "Europe/Amsterdam", client="iphone", locale="en-GB")
nora = Person("Nora Schulz", "nora.schulz@gov-digital.example", "Europe/Berlin", client="outlook_html", locale="en-GB",
              sig="Nora Schulz\nUser Research, Digital Service")
kemal = Person("Kemal Aydin", "kemal.aydin@kentlab.example", "Europe/Istanbul", client="gmail", locale="en-GB", sig="Kemal")
lea = Person("Lea Fournier", "lea.fournier@mobilis.example", "Europe/Paris", client="apple", locale="fr", sig="Léa")
ian = Person("Ian Murphy", "ian.murphy@publicdesign.example", "Europe/Dublin", client="gmail", locale="en-GB", sig="Ian")

ASK = """Dear {n},

I am an architect in Amsterdam and I want to move into service design. I have read about your work and I would be very happy to ask you some questions. Would you have maybe 20-30 minutes for a video call in the coming weeks?

Kind regards,
Elif"""

# ---------------------------------------------------------------- declines
answer(O, elif_, joost, "2026-03-02 09:00", "Question about service design at Stadslab", ASK.format(n="Joost"),
       "2026-03-03 17:30", """Hi Elif,

Thanks for your mail. To be honest I am not the best person to ask - I never worked as an architect and my route was via marketing. I'd suggest talking to someone who made the same switch as you.

Good luck,
Joost""", kind="decline", note="'Not the best person to ask' with a suggestion to talk to someone else; no meeting offered.")

answer(O, elif_, marie, "2026-03-04 10:00", "Questions sur le design de services", """Bonjour Marie,

Je suis architecte à Amsterdam et je voudrais passer au design de services. Auriez-vous 20 minutes pour un appel vidéo dans les prochaines semaines ?

Bien cordialement,
Elif""", "2026-03-05 21:10", """Bonjour Elif,

Merci pour votre message. Je suis désolée, mais je ne vais pas pouvoir accepter : je pars en congé maternité dans deux semaines. N'hésitez pas à me recontacter à mon retour, à l'automne.

Bien à vous,
Marie""", kind="decline", lang="fr", note="[fr] 'je ne vais pas pouvoir accepter : je pars en congé maternité': parental leave, recontact in autumn with no date.")

answer(O, elif_, stefan, "2026-03-09 08:00", "Frage zum Wechsel in Service Design", """Sehr geehrter Herr Maier,

ich bin Architektin in Amsterdam und möchte ins Service Design wechseln. Hätten Sie in den nächsten Wochen 20 Minuten Zeit für ein Gespräch per Video?

Mit freundlichen Grüßen
Elif Yilmaz""", "2026-03-09 14:45", """Sehr geehrte Frau Yilmaz,

danke für Ihre freundliche Anfrage. Ich führe solche Gespräche grundsätzlich nicht mehr, weil es einfach zu viele geworden sind. Ich bitte um Verständnis.

Mit freundlichen Grüßen
Stefan Maier""", kind="decline", lang="de", charset="iso-8859-1",
       note="[de] 'Ich führe solche Gespräche grundsätzlich nicht mehr': a blanket refusal of such calls (ISO-8859-1, flowed Thunderbird).")

answer(O, elif_, lucia, "2026-03-11 12:00", "Una pregunta sobre diseño de servicios", """Hola Lucía,

Soy arquitecta en Ámsterdam y quiero pasarme al diseño de servicios. ¿Tendrías 20 minutos para una videollamada en las próximas semanas?

Un saludo,
Elif""", "2026-03-12 19:00", """Hola Elif:

¡Gracias por escribirme! Me encantaría, pero ahora mismo me resulta imposible: me voy de la empresa a finales de mes y estoy cerrando proyectos. Lo dejamos para más adelante, ¿vale?

Un saludo,
Lucía""", kind="decline", lang="es", note="[es] 'me resulta imposible ... me voy de la empresa ... lo dejamos para más adelante': leaving the company, postponed without a date.")

answer(O, elif_, aisha, "2026-03-16 09:30", "Research roles at CivicForm", ASK.format(n="Aisha"), "2026-03-17 11:05",
       """Dear Elif,

Thank you for getting in touch. Unfortunately our team has a policy of not doing informational interviews during an open hiring round, so I'll need to say no for now. Our vacancies page has the details of the current roles.

Kind regards,
Aisha""", kind="decline", note="Refuses under a hiring-round policy ('I'll need to say no for now'); the vacancies page is not a meeting.")

answer(O, elif_, kemal, "2026-03-18 20:00", "Service design in Istanbul?", ASK.format(n="Kemal"), "2026-03-19 08:15",
       """Hi Elif, sorry, I must decline. My schedule is too much full until summer. Maybe ask me again in July.

Kemal""", kind="decline", note="Non-native English refusal ('I must decline ... too much full until summer'); July is a month, not a date.")

answer(O, elif_, piet, "2026-03-20 18:00", "Borrel?", "Hi Piet, shall we have a drink soon and talk about my switch? Elif",
       "2026-03-20 21:40", """Can't, sorry. Swamped.""", kind="decline", sig=False, mobile=True,
       note="A three-word refusal from an iPhone; terse but still a decline.")

answer(O, elif_, ian, "2026-03-23 10:00", "Public-sector service design", ASK.format(n="Ian"), "2026-03-24 13:20",
       """Hi Elif,

Thanks for reaching out. I'm afraid I have to say no - I'm only taking on a couple of these a year and I'm full up. I've heard good things about the Service Design Network's mentoring scheme though.

All the best,
Ian""", kind="decline", note="'I'm afraid I have to say no ... I'm full up': a refusal with a pointer elsewhere.")

t = Thread(O, "Our call on Thursday")
conf = hidden(send(nora, [elif_], "2026-03-25 10:00", "Our call on Thursday", "Thursday 2 April at 15:00 works for me. Nora", O,
                   kind="confirmation", meet=("2026-04-02 15:00", "hdr"), note="(quoted only)"))
t.msgs.append(conf)
t.reply(nora, elif_, "2026-04-01 16:30", """Dear Elif,

I am very sorry but I need to call off our conversation tomorrow. We have an urgent ministerial deadline and I can't see a free slot in the coming weeks. I will come back to you when it is calmer.

Best regards,
Nora""", kind="decline", note="Calls off tomorrow's agreed conversation and gives no new date (HTML-only Outlook); the quoted confirmation still says 15:00.")

t = Thread(O, "Réunion de jeudi")
conf = hidden(send(lea, [elif_], "2026-04-06 10:00", "Réunion de jeudi", "Jeudi 9 avril à 11h, c'est noté. Léa", O,
                   kind="confirmation", meet=("2026-04-09 11:00", "Europe/Paris"), lang="fr", note="(quoted only)"))
t.msgs.append(conf)
t.reply(lea, elif_, "2026-04-08 18:00", """Bonjour Elif,

Je suis vraiment désolée, je dois annuler notre rendez-vous de demain. Je ne peux pas vous proposer d'autre date pour le moment, je reviendrai vers vous.

Léa""", kind="decline", lang="fr", note="[fr] Cancels tomorrow's meeting ('je dois annuler') without another date.")

answer(O, elif_, joost, "2026-09-07 09:00", "Coffee this autumn?", "Hi Joost, would you have time for a coffee this autumn? Elif",
       "2026-09-08 08:40", """Hi Elif, nice to hear from you. This autumn is not possible for me, sorry - we have three tenders. Let's try again in the new year.

Joost""", kind="decline", note="'This autumn is not possible ... try again in the new year': a postponement with no date.")

# ---------------------------------------------------------------- requests
send(elif_, [aisha], "2026-04-14 09:00", "Is there a chance to talk?", """Dear Aisha,

I hope the hiring round is finished now. Is there a chance we could talk for half an hour in May? Any day is fine for me, I am flexible.

Kind regards,
Elif""", O, kind="request", note="Non-native phrasing 'is there a chance we could talk for half an hour in May'; no slot, a renewed ask.")

send(elif_, [ian], "2026-04-15 10:00", "Intro from Joost", """Hi Ian,

Joost de Vries gave me your name. Could we maybe do a short video call one of these weeks? I would like to hear how public-sector projects differ from agency work.

Thanks in advance,
Elif""", O, kind="request", note="'Could we maybe do a short video call one of these weeks': an ask with no slot.")

t = Thread(O, "Is there a chance to talk?")
t.msgs.append(hidden(send(elif_, [aisha], "2026-04-14 09:00", "Is there a chance to talk?", "Is there a chance we could talk in May? Elif",
                          O, kind="request", note="(quoted only)")))
t.reply(elif_, aisha, "2026-04-28 08:30", """Dear Aisha,

Sorry to write again - I wanted to check if you saw my message below. If May is difficult, June is also fine.

Elif""", kind="request", note="A nudge ('wanted to check if you saw my message below') with a flexible month; still a request.")

answer(O, elif_, aisha, "2026-04-29 09:00", "Is there a chance to talk?", "Is there a chance we could talk? Elif", "2026-04-29 15:00",
       """Dear Elif,

Apologies for the slow reply. I can offer Tuesday 12 May at 10:00 or Wednesday 13 May at 14:00 UK time. Would either suit?

Kind regards,
Aisha""", kind="request", note="Offers two candidate slots and asks which suits; nothing is fixed.")

t = Thread(O, "Is there a chance to talk?")
t.msgs.append(hidden(send(aisha, [elif_], "2026-04-29 15:00", "RE: Is there a chance to talk?",
                          "I can offer Tuesday 12 May at 10:00 or Wednesday 13 May at 14:00 UK time. Would either suit?", O,
                          kind="request", note="(quoted only)")))
t.reply(elif_, aisha, "2026-04-29 17:20", """Dear Aisha,

Wednesday is perfect for me, thank you!

Elif""", kind="confirmation", meet=("2026-05-13 14:00", "Europe/London"), wd="Wed",
        note="Accepts 'Wednesday' from the quoted proposal: 13 May at 14:00 UK time (+01:00); the bare Wednesday after the Date would be 6 May.")

send(elif_, [kemal], "2026-07-06 09:00", "July, as you said", """Hi Kemal,

You told me to ask again in July, so here I am :) Would you have some time for a call this month or next?

Elif""", O, kind="request", note="Renews a postponed ask ('you told me to ask again in July'); no slot.")

# ---------------------------------------------------------------- confirmations
answer(O, elif_, ian, "2026-04-16 10:00", "Intro from Joost", "Could we do a short video call? Elif", "2026-04-16 12:30",
       """Hi Elif,

Sure. Let's say Monday 20 April at 16:00 Irish time - I'll send you a Zoom link.

Ian""", kind="confirmation", meet=("2026-04-20 16:00", "Europe/Dublin"), wd="Mon",
       note="'Let's say Monday 20 April at 16:00 Irish time' fixes one slot (link to follow): 16:00 Irish time (+01:00).")

inv = send(joost, [elif_], "2026-10-05 11:00", "Invitation: Elif / Joost - service design chat", """Elif,

As discussed, here is the invite for our chat.

Joost""", O, kind="confirmation", meet=("2026-10-15 09:00", "Europe/Amsterdam"), wd="Thu",
           note="Outlook meeting request (text/calendar METHOD:REQUEST) with TZID Europe/Amsterdam: Thu 15 October 09:00 (+02:00).")
inv.cal = ics("REQUEST", "Elif / Joost - service design chat", "2026-10-15 09:00", "2026-10-15 09:30", "Europe/Amsterdam",
              "tzid", joost, [joost, elif_], inv.date, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
inv.cal_method = "REQUEST"

answer(O, elif_, stefan, "2026-05-04 08:00", "Noch ein Versuch", "Hallo Herr Maier, vielleicht doch ein kurzes Gespräch? Elif Yilmaz",
       "2026-05-04 12:00", """Liebe Frau Yilmaz,

na gut, Sie sind hartnäckig. Passt es Ihnen am Freitag, 8. Mai, um 10 Uhr? Dann rufe ich Sie an.

Freundliche Grüße
Stefan Maier""", kind="request", lang="de",
       note="[de] Proposes one slot as a question ('Passt es Ihnen ... um 10 Uhr?') for her to accept; not yet fixed, so a request.")

t = Thread(O, "Noch ein Versuch")
t.msgs.append(hidden(send(stefan, [elif_], "2026-05-04 12:00", "Re: Noch ein Versuch",
                          "Passt es Ihnen am Freitag, 8. Mai, um 10 Uhr?", O, kind="request", lang="de", note="(quoted only)")))
t.reply(elif_, stefan, "2026-05-04 13:10", """Lieber Herr Maier,

ja, Freitag passt mir sehr gut. Vielen Dank!

Elif Yilmaz""", kind="confirmation", lang="de", meet=("2026-05-08 10:00", "hdr"), wd="Fri",
        note="[de] 'Freitag passt mir sehr gut' accepts the quoted single slot, Friday 8 May at 10:00.")

answer(O, elif_, lucia, "2026-09-14 10:00", "¿Retomamos?", "Hola Lucía, ¿retomamos la llamada? Elif", "2026-09-15 09:00",
       """Hola Elif:

¡Claro! Quedamos el martes 22 a las 18:00 (hora de Madrid). Te paso el enlace.

Lucía""", kind="confirmation", lang="es", meet=("2026-09-22 18:00", "Europe/Madrid"), wd="Tue",
       note="[es] 'Quedamos el martes 22 a las 18:00 (hora de Madrid)' fixes the call.")

# ---------------------------------------------------------------- thank-yous
send(elif_, [ian], "2026-04-20 18:00", "Thank you", """Hi Ian,

Thank you very much for the conversation this afternoon. It was really helpful to hear how you run research with civil servants. I will look at the SDN mentoring scheme as you said.

Elif""", O, kind="thank_you", note="Thanks for the call this afternoon; the plan to look at a scheme is incidental.")

send(elif_, [aisha], "2026-05-13 16:00", "Thanks for today", """Dear Aisha,

Many thanks for taking the time today. Your tips about the research portfolio were gold.

Warm regards,
Elif""", O, kind="thank_you", note="Short thanks for the call today.")

send(elif_, [stefan], "2026-05-08 11:00", "Danke", """Lieber Herr Maier,

vielen Dank für das Gespräch heute Morgen und für Ihre Offenheit. Ihre Hinweise zum Portfolio helfen mir sehr.

Herzliche Grüße
Elif Yilmaz""", O, kind="thank_you", lang="de", note="[de] Thanks for this morning's conversation.")

send(elif_, [lucia], "2026-09-22 19:00", "¡Gracias!", """Hola Lucía:

¡Mil gracias por la charla de hoy! Me ha servido muchísimo.

Un abrazo,
Elif""", O, kind="thank_you", lang="es", note="[es] Thanks for today's call.")

# ---------------------------------------------------------------- updates
send(elif_, [joost], "2026-06-10 20:00", "News", """Hi Joost,

I wanted to let you know: I spoke with Ian Murphy, whom you suggested, and he connected me with a team in Dublin. I start a three-month service design traineeship there on 1 September!

Elif""", O, kind="update", note="Tells the introducer how the referral went and the result; the start date is not a meeting.")

send(elif_, [marie], "2026-10-20 09:00", "Des nouvelles", """Bonjour Marie,

J'espère que tout va bien avec le bébé ! Petite nouvelle de mon côté : j'ai terminé mon premier projet de design de services à Dublin, et on m'a proposé un poste à partir de janvier.

Elif""", O, kind="update", lang="fr", note="[fr] News since the last exchange (project done, job offered from January); no ask.")

send(ian, [elif_], "2026-10-22 12:00", "Where things stand", """Hi Elif,

Just so you know where things stand: the permanent role got signed off, the interviews are planned for the week of 9 November, and I've put your name forward to the panel chair. No action needed for now.

Ian""", O, kind="update", note="A contact reports status; 'planned for the week of 9 November' is a hiring timeline, not a meeting with Elif.")

# ---------------------------------------------------------------- other
send(nora, [elif_], "2026-06-02 09:00", "Survey for the research panel", """Dear Elif,

Could you complete the short intake survey for our research panel by Monday 8 June, 12:00? It takes about ten minutes.

https://survey.gov-digital.example/panel

Best regards,
Nora""", O, kind="other", note="Asks her to complete a survey by a date and time; a deadline, not a meeting.")

send(joost, [elif_], "2026-06-15 10:00", "Portfolio PDF", """Hi Elif,

Can you upload your portfolio to the shared folder before Thursday 9:00? I want to show it to the partners in the morning.

Joost""", O, kind="other", note="Asks for an upload before 'Thursday 9:00'; the time is a deadline for a file, not a meeting with Elif.")

send(piet, [elif_], "2026-06-20 11:00", "verjaardag", """Elif! Birthday drinks for Sanne on Saturday from 8 at De Ysbreeker. Bring whoever you like.""",
     O, kind="other", mobile=True, note="A friend's invitation to a group birthday party; a social event, not a meeting about her career.")

bulk("Service Design Network NL", "news@sdn-nl.example", "Europe/Amsterdam", elif_, "2026-05-20 07:00",
     "SDN NL: June event and mentoring scheme", O, """SERVICE DESIGN NETWORK NL

June event: Designing with civil servants
Thursday 18 June, 17:30, Pakhuis de Zwijger, Amsterdam

Mentoring scheme: applications close 30 June.

Unsubscribe: https://sdn-nl.example/u""", headers=[("List-Id", "<news.sdn-nl.example>"), ("Precedence", "bulk"),
                                                 ("List-Unsubscribe", "<https://sdn-nl.example/u>")],
     note="Network newsletter (List-Id, Precedence: bulk) with an event time; bulk mail is other.")

send(aisha, [elif_], "2026-07-20 06:00", "Automatic reply: July, as you said", """I am on annual leave until 3 August. For anything urgent, please contact research@civicform.example.

Aisha""", O, client="owa", sig=False, headers=[("Auto-Submitted", "auto-replied")], kind="other",
     note="Outlook out-of-office reply; automated mail is other.")
