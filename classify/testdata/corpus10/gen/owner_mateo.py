"""Mateo Guerrero (Quito, America/Guayaquil, -05:00 all year), large-animal
vet moving into agritech data work. Outlook, Spanish locale (Spanish quote
headers even on English mail); October 2026 to January 2027, across the US
switch back on 1 November."""

from c10 import Person, Thread, answer, bulk, hidden, send

O = mateo = Person("Mateo Guerrero", "mateo.guerrero@andesvet.example", "America/Guayaquil", client="outlook",
                   locale="es", sig="Mateo Guerrero Villacís\nMédico Veterinario | Quito, Ecuador\n+593 99 555 0142")
rachel = Person("Rachel Stein", "rachel.stein@fieldwise.example", "America/New_York", client="gmail", locale="en-US",
                sig="Rachel Stein\nDirector of Data Products, Fieldwise")
valeria = Person("Valeria Paz", "valeria.paz@campodatos.example", "Europe/Madrid", client="gmail", locale="es",
                 sig="Valeria Paz\nCampoDatos · Madrid")
andres = Person("Andrés Molina", "andres.molina@correo-co.example", "America/Bogota", client="iphone", locale="es")
julie = Person("Julie Gagnon", "julie.gagnon@agritech-qc.example", "America/Toronto", client="outlook_html",
               locale="fr", sig="Julie Gagnon\nDirectrice, Science des données | AgriTech Québec")
urs = Person("Urs Meier", "urs.meier@alpfarm-analytics.example", "Europe/Zurich", client="apple", locale="de",
             sig="Urs")
dkerr = Person("Daniel Kerr", "dan.kerr@rangeline.example", "America/Denver", client="outlook", locale="en-US",
               sig="Dan Kerr\nCTO, Rangeline")
paola = Person("Paola Cevallos", "paola.cevallos@andesvet.example", "America/Guayaquil", client="outlook", locale="es",
               sig="Dra. Paola Cevallos\nCoordinadora Técnica | AndesVet")

# --- Rachel: ask, a fixed slot across the US switch, thanks, news both ways
t = Thread(O, "Vet turned data person - 20 minutes?")
t.send(mateo, [rachel], "2026-10-05 08:30", """Dear Rachel,

I'm a large-animal veterinarian in Ecuador. For six years I've been the person on our team who turns herd-health records into spreadsheets nobody else wants to build, and I'd like to make that my actual job.

Your talk at the AgTech Data Summit on predicting mastitis from milking-robot data is the closest thing I've seen to what I want to do. Would you be willing to spend 20 minutes on a call with me in the coming weeks? I'm in Quito (same time as New York in winter) and can adapt to your schedule.

Thank you for reading,
Mateo""", kind="request", note="Cold ask for a 20-minute call 'in the coming weeks', no slot: request.")
t.reply(rachel, mateo, "2026-10-07 17:00", """Hi Mateo,

What a great note. I'm traveling for most of October, so let's do Monday, November 2 at 10am ET. By then our clocks will have fallen back and we'll be on the same time. Calendar hold coming your way.

Rachel""", kind="confirmation", meet=("2026-11-02 10:00", "America/New_York"), wd="Mon",
        note="She fixes one slot ('let's do Monday, November 2 at 10am ET'): confirmation. Sent in EDT (-04:00) but the call is the day after the US switch, so -05:00.")
t.reply(mateo, rachel, "2026-11-02 14:10", """Dear Rachel,

Thank you very much for this morning's call. I had not thought of presenting my herd-health spreadsheets as a portfolio, and your list of the three skills to learn first gives me a clear plan for the next months.

With gratitude,
Mateo""", kind="thank_you", qstyle="original", note="Thanks for the call that happened this morning: thank_you. Quoted below an Outlook 'Mensaje original' block.")
t.reply(rachel, mateo, "2026-11-20 12:30", """Mateo, wanted to let you know: I mentioned you to Karen Ruiz, an old colleague who now runs field operations at AgroSense. She liked the drone-vaccination story and asked me to send her your CV, which I did this morning.

Rachel""", kind="update", note="News since the call (she passed his CV to Karen); no ask: update.")
t.reply(mateo, rachel, "2026-12-01 19:20", """Dear Rachel,

A short update: Karen called me yesterday, and I have a technical interview with the AgroSense data team next Tuesday. I am preparing the mastitis exercise you suggested.

Thanks again for opening this door,
Mateo""", kind="update", note="How the referral went (a call, an interview scheduled with someone else); the interview is not a meeting with Rachel and the closing thanks is a courtesy: update.")
t.reply(mateo, rachel, "2026-12-18 09:45", """Dear Rachel,

I wanted you to be one of the first to know: I accepted AgroSense's offer yesterday and I start on 11 January as a junior data analyst.

Mateo""", kind="update", note="'I accepted AgroSense's offer' with a start date: a result reported to a contact, update.")

# --- Valeria (es): a postponement with no date, a fixed call in Madrid time, thanks
answer(O, mateo, valeria, "2026-10-19 10:00", "Una charla sobre datos agrícolas", """Hola Valeria:

Soy veterinario en Quito y quiero pasarme al análisis de datos agrícolas. ¿Tendrías media hora para una videollamada en las próximas semanas?

Un saludo,
Mateo""", "2026-10-20 18:40", """Hola Mateo:

Gracias por pensar en mí, y qué buen cambio te planteas. Te soy sincera: entre la campaña de la aceituna y un cierre de ronda de inversión, ahora mismo no tengo cabeza para nada más. Escríbeme después de Reyes y lo miramos con calma.

Un abrazo,""", kind="decline", lang="es",
       note="[es] 'ahora mismo no tengo cabeza para nada más. Escríbeme después de Reyes': a postponement with no new date, so decline.")
t = Thread(O, "Una charla sobre datos agrícolas")
t.msgs.append(hidden(t.send(mateo, [valeria], "2027-01-07 09:00", """Hola Valeria:

¡Feliz año! Me dijiste que te escribiera después de Reyes, así que aquí estoy. ¿Sigue en pie lo de la llamada?

Mateo""", kind="request", lang="es", note="(quoted only)")))
t.reply(valeria, mateo, "2027-01-08 12:05", """¡Feliz año, Mateo!

Dicho y hecho: te llamo el martes 19 de enero a las 16:00, hora de Madrid, que serían las 10:00 en Quito. Te mando el enlace de Meet esa mañana.

Un abrazo,""", kind="confirmation", lang="es", meet=("2027-01-19 16:00", "Europe/Madrid"), wd="Tue",
        note="[es] 'te llamo el martes 19 de enero a las 16:00, hora de Madrid': one fixed slot; named zone Madrid, +01:00 in January (10:00 in Quito).")
t.reply(mateo, valeria, "2027-01-19 11:20", """Hola Valeria:

Mil gracias por la llamada de esta mañana. Lo que me contaste de cómo empezasteis con los sensores de humedad me ha dado varias ideas para mi primer proyecto en AgroSense.

Un abrazo,
Mateo""", kind="thank_you", lang="es", note="[es] Thanks for the call that happened this morning: thank_you.")

# --- Andrés (es): a short acceptance whose time is in the quote, a refusal, news
t = Thread(O, "Videollamada")
t.msgs.append(hidden(t.send(mateo, [andres], "2026-10-12 20:00", """Parce, ¿te sirve el jueves 15 a las 7 p. m. hora de Bogotá, por videollamada? Quiero preguntarte por tu paso a la analítica.

Mateo""", kind="request", lang="es", note="(quoted only)")))
t.reply(andres, mateo, "2026-10-13 21:05", """Dale, hecho. Ahí nos vemos 🙌""", kind="confirmation", lang="es",
        meet=("2026-10-15 19:00", "America/Bogota"), wd="Thu", sig=False,
        note="[es] 'Dale, hecho': a bare acceptance; the slot (jueves 15, 7 p. m. hora de Bogotá, -05:00) is only in the quoted proposal.")
t.reply(andres, mateo, "2026-12-03 07:30", """Uy Mateo, diciembre imposible: entre cierres de año y novenas no tengo ni un hueco. Hablamos con calma en enero, ¿vale?""",
        kind="decline", lang="es", sig=False,
        note="[es] Refuses a second call in December and postpones with no date ('Hablamos con calma en enero'): decline.",
        parent=hidden(send(mateo, [andres], "2026-12-02 20:00", "Re: Videollamada",
                           "¿Otra llamadita antes de la entrevista técnica? Mateo", O, kind="request", lang="es",
                           note="(quoted only)")))
t.reply(mateo, andres, "2027-01-12 20:30", """Hola Andrés:

Te cuento que ayer arranqué en AgroSense. Me dieron los datos de 40 fincas lecheras y ya estoy aplicando lo de los tableros que me enseñaste en octubre.

Abrazo y gracias de nuevo,
Mateo""", kind="update", lang="es", mobile=True,
        note="[es] News since the last exchange ('ayer arranqué en AgroSense'); the closing thanks is a courtesy: update.")

# --- refusals in English
answer(O, mateo, julie, "2026-10-26 10:00", "Informational interview - data science in agritech", """Dear Ms Gagnon,

Would you have 20 minutes in the coming weeks for an informational interview about your data science team?

Kind regards,
Mateo Guerrero""", "2026-10-28 15:40", """Dear Mateo,

Thank you sincerely for your interest in our team and for your kind words about our dairy project. Unfortunately, because we currently have an open position in data science, our internal policy does not allow informal conversations with potential candidates during the hiring process.

I encourage you to apply through our careers page, and I wish you the very best in your transition.

Kind regards,""", kind="decline",
       note="Formal refusal ('our internal policy does not allow informal conversations') wrapped in thanks and encouragement to apply: decline. HTML-only Outlook message with French quote headers.")
answer(O, mateo, dkerr, "2026-11-06 09:00", "Rangeline and herd data", """Hi Dan,

I'm a vet moving into agritech data. Could I ask for 15 minutes of your time to hear how Rangeline built its data team?

Mateo""", "2026-11-09 18:20", """Hi Mateo,

Thanks so much for thinking of me, and congrats on making the leap; the world needs more vets who can write SQL.

I'll be honest with you: I get a lot of these requests and I've had to stop taking them so I can keep up with my own team. The best place to catch me is the monthly open office hour in the Agritech Founders Slack, where I answer whatever comes up.

All the best,""", kind="decline",
       note="Polite refusal ('I've had to stop taking them') wrapped in thanks and a pointer to a public office hour, which arranges nothing with Mateo: decline.")

# --- Urs: a move to a new fixed time, then thanks
t = Thread(O, "Call about alpine herd analytics")
t.msgs.append(hidden(t.send(urs, [mateo], "2026-11-30 10:00", """Hi Mateo,

Thursday 10 December at 16:00 Zurich time works for me, I'll call you on Teams.

Urs""", kind="confirmation", meet=("2026-12-10 16:00", "Europe/Zurich"), note="(quoted only)")))
t.reply(urs, mateo, "2026-12-07 09:00", """Hi Mateo,

I have to move our call, sorry: a farm visit landed on Thursday. Let's make it Friday 11 December at 15:00 Zurich time instead; I've already updated the Teams invite.

Urs""", kind="confirmation", meet=("2026-12-11 15:00", "Europe/Zurich"), wd="Fri",
        note="Moves the agreed call to one new fixed slot ('Let's make it Friday 11 December at 15:00 Zurich time instead'): a move is a confirmation; named zone Zurich, +01:00 (09:00 in Quito). German Apple quote line on English mail.")
t.reply(mateo, urs, "2026-12-11 11:40", """Hi Urs,

Thank you for the call this morning and for showing me your alpine pasture dashboards. The idea of using milk-yield drops as an early signal is exactly what I want to try with our herds.

Best regards,
Mateo""", kind="thank_you", note="Thanks for the call that happened this morning: thank_you.")

# --- other that looks like networking
send(paola, [mateo], "2026-10-21 08:15", "Informe de vacunación Cayambe", """Mateo:

Necesito el informe de vacunación del hato de Cayambe hasta el miércoles al mediodía, con los datos de aftosa actualizados. Lo revisamos en la reunión semanal del jueves con el equipo de campo antes de enviarlo al ministerio.

Gracias,
Paola""", O, kind="other", lang="es", charset="iso-8859-1",
     note="[es] A colleague's work task with a deadline; the 'reunión semanal del jueves' is a standing internal meeting, not a networking meeting: other. ISO-8859-1.")
bulk("JobMatch Alerts", "alerts@jobmatch-mail.example", "America/Guayaquil", mateo, "2026-11-16 06:00",
     "3 new jobs for \"agritech data analyst\" near Quito", O, "",
     "An automated job alert from a no-reply platform: other, even though it invites him to apply and chat with recruiters. HTML only, ISO-8859-1.",
     fmt="html", charset="iso-8859-1", html="""<html><body><p>Hola Mateo,</p>
<p>3 new jobs match your alert <b>agritech data analyst</b>:</p>
<ul><li>Data Analyst &ndash; AgroSense (Quito, hybrid)</li><li>Analista de Datos Agr\u00edcolas &ndash; FincaNet (Cuenca)</li><li>Junior BI Analyst &ndash; Pacific Farms (remote)</li></ul>
<p>Recruiters are reviewing applications now. <a href="https://jobmatch-mail.example/alerts/771">See all jobs</a></p>
<p style="font-size:10px">You can manage or turn off this alert at any time. <a href="https://jobmatch-mail.example/unsub">Unsubscribe</a></p></body></html>""",
     headers=[("List-Unsubscribe", "<https://jobmatch-mail.example/unsub>"), ("Precedence", "bulk")])
bulk("AgriData Latam", "webinars@agridata-latam.example", "America/Guayaquil", mateo, "2026-10-22 11:00",
     "You're invited: Data careers in agriculture, Thursday 5 November, 18:00 Ecuador time", O, """Hi Mateo,

Thinking about a move into agricultural data? Join our free live webinar on Thursday 5 November at 18:00 (Ecuador time) with three people who made the switch from the field to analytics, followed by open Q&A.

Register here: https://agridata-latam.example/webinar/nov

See you online,
The AgriData Latam team

You received this email because you registered for a previous AgriData Latam event. Unsubscribe: https://agridata-latam.example/unsub""",
     "A webinar invitation sent to a list: a fixed date and time for a public event, not a meeting with Mateo, so other.",
     headers=[("List-Unsubscribe", "<https://agridata-latam.example/unsub>")])
