"""Ximena Arroyo Beltrán, Mexico City: architect moving into proptech operations.

Gmail with a Spanish interface (Spanish quote headers on English mail),
iPhone; contacts in Madrid (Spanish), Austin (Outlook), São Paulo,
Guadalajara, Bogotá (UTC invite), Los Angeles, Monterrey and her building.
Mexico City has had no DST since 2022 (-06:00 all year).
"""

from c6 import Person, Thread, asked, bulk, hidden, invite, send

ME = Person("Ximena Arroyo Beltrán", "ximena@arroyobeltran.example", "America/Mexico_City", "gmail", "es",
            sig="Ximena Arroyo Beltrán\nArquitecta | CDMX")
LF = Person("Lucía Ferrer", "lucia.ferrer@habitaria.example", "Europe/Madrid", "gmail", "es",
            sig="Lucía Ferrer\nDirectora de Operaciones, Habitaria")
JS = Person("Jess Whitaker", "jess@casafinder.example", "America/Chicago", "iphone", "en-US")
DW = Person("Dwayne Harris", "dwayne.harris@keystoneprop.example", "America/Chicago", "outlook", "en-US",
            sig="Dwayne Harris\nVP Operations | Keystone PropTech\nAustin, TX")
LC = Person("Larissa Campos", "larissa.campos@mail.example", "America/Sao_Paulo", "gmail", "en-US")
AM = Person("Arq. Ernesto Méndez", "emendez@mendez-arquitectos.example", "America/Mexico_City", "outlook", "es",
            sig="Arq. Ernesto Méndez Soto\nDirector, Méndez Arquitectos")
GT = Person("Gael Torres", "gaeltorres@mail.example", "America/Mexico_City", "iphone", "es")
PO = Person("Don Chucho (portería)", "porteria.amsterdam120@mail.example", "America/Mexico_City", "gmail", "es")
AX = Person("AeroMex", "no-reply@aeromex-airlines.example", "America/Mexico_City", "bulk")
NB = Person("Nate Brooks", "nate@stackhaus.example", "America/Los_Angeles", "gmail", "en-US",
            sig="Nate Brooks\nFounder, StackHaus")
CR = Person("Camilo Rojas", "camilo.rojas@llave-co.example", "America/Bogota", "gmail", "en-US",
            sig="Camilo Rojas\nHead of Ops, Llave")
SY = Person("Seo-yeon Kim", "seoyeon.kim@mail.example", "America/Mexico_City", "iphone", "en-US")
PV = Person("Pablo Villarreal", "pablo.villarreal@norteinmuebles.example", "America/Monterrey", "outlook", "en-US",
            sig="Pablo Villarreal | Norte Inmuebles | Monterrey")
FG = Person("Fernanda Gil", "fer.gil@mail.example", "America/Mexico_City", "gmail", "en-US")

t = asked(ME, ME, LF, "2026-03-12 09:00", "De arquitectura a operaciones: ¿una videollamada?", """Hola Lucía:

Te escribo de parte de Pablo Villarreal. Soy arquitecta en la CDMX y quiero pasarme a operaciones en proptech. ¿Te animarías a una videollamada de media hora? Por la diferencia horaria, tus tardes son mis mañanas, así que me acomodo.

Un abrazo,
Ximena""")
t.reply(LF, ME, "2026-03-17 18:20", """¡Hola, Ximena!

Cualquier amiga de Pablo es amiga mía. Hecho: jueves 26 de marzo a las 17:00, hora de Madrid (las 10:00 tuyas, si no me fallan las cuentas). Te mando el enlace de Meet.

Un beso,
Lucía""", lang="es", kind="confirmation", meet=("2026-03-26 17:00", "Europe/Madrid"), wd="Thu",
        note="Spanish acceptance fixing 'jueves 26 de marzo a las 17:00, hora de Madrid' (+01:00, three days before the EU switch); the restated 10:00 in Mexico is the same instant, and the quoted ask has no time.")
t.reply(ME, LF, "2026-03-26 11:30", """Lucía, mil gracias por la llamada de hoy. Me quedo con tu frase de que "un plano es un sistema de operaciones que nadie lee" y con la lista de herramientas. Ya me inscribí al curso de SQL que me dijiste.

Ximena""", lang="es", quote=False, kind="thank_you", note="Spanish thanks for the call that morning ('mil gracias por la llamada de hoy'); signing up for a course is a detail of the thanks, not a separate update.")
t.reply(ME, LF, "2026-05-15 20:10", """¡Lucía! Te cuento: me quedé con el puesto de coordinadora de operaciones en Habitamos, aquí en la CDMX. Empiezo el 1 de junio. En la entrevista usé tu ejemplo del tablero de incidencias y les encantó.

¡Gracias otra vez!
Ximena""", lang="es", quote=False, kind="update", note="Spanish news (the job, start on 1 June) with a closing '¡Gracias otra vez!'; the closing thanks is a courtesy and the start date is not a meeting, so update.")

t = Thread(ME, "How it went with Lucía")
t.send(PV, [ME], "2026-04-02 17:45", """Ximena,

Lucía told me you two spoke last week and that you were "terrifyingly well prepared", which from her is the highest compliment. She's passing your name to two people at Habitaria's Mexico office.

Pablo""", kind="update", note="The introducer reports back on how the call he arranged went and what Lucía is doing next; no thanks, ask or date: update.")

t = Thread(ME, "Rafa!!")
t.send(JS, [ME], "2026-06-03 21:14", """Ximena, thank u SO much for the intro to Rafa!! He already replied and we're meeting next week, I'm freaking out (good freaking out). You're the best 💛""",
       kind="thank_you", note="Thanks for an introduction that already happened; 'we're meeting next week' is her meeting with Rafa, not one with Ximena, and no date is fixed.")

t = asked(ME, ME, LC, "2026-07-06 10:00", "Proptech ops in Brazil", """Hi Larissa, Nate at StackHaus said you know everyone in proptech ops in São Paulo. Could we have a call in July? Ximena""")
t.reply(LC, ME, "2026-07-08 22:30", """Oi Ximena!

Que pena, this month is impossible for me. I am moving house, my kid has a fever since Sunday and my company has a board review. I am really sorry. Maybe next semester when things are normal?

Beijos,
Larissa""", kind="decline", enc="b64", note="Brazilian-English refusal ('Que pena, this month is impossible') with a vague 'maybe next semester', base64 body; no date, so decline.")

t = asked(ME, AM, ME, "2026-08-10 09:00", "Un café", """Ximena, me dio gusto saber de ti. Tengo un proyecto grande en Polanco y me encantaría platicarlo contigo en un café. ¿Cuándo puedes? E. Méndez""")
t.reply(ME, AM, "2026-08-11 20:05", """Arq. Méndez:

Le agradezco muchísimo que haya pensado en mí, de verdad. Pero por ahora paso: estoy muy metida en lo nuevo de operaciones y no quiero volver a proyectos de obra, ni siquiera a platicarlo, porque sé que me convence.

Un saludo con mucho cariño,
Ximena""", lang="es", charset="windows-1252", kind="decline",
        note="Spanish refusal that thanks first ('Le agradezco muchísimo ... Pero por ahora paso'), windows-1252; a decline that thanks stays a decline, and the quoted ask is open.")

t = Thread(ME, "mañana")
hidden(t.send(ME, [GT], "2026-09-07 09:00", "Gael, entonces mañana martes a las 9 en el Café Avellaneda, ¿va? X", kind="confirmation", note="(quoted only)"))
t.reply(GT, ME, "2026-09-07 22:50", "ximena perdon se me complico todo mañana ya no voy a poder lo movemos cuando regrese de viaje te aviso",
        lang="es", kind="decline", note="Lower-case, unpunctuated Spanish cancellation of tomorrow's coffee, moved to 'cuando regrese de viaje' with no date: decline; the quoted message still holds the old slot.")

send(PO, [ME], "2026-09-14 13:20", "gas", """Buenas tardes señorita Ximena, le recuerdo que el lunes pasa el del gas a las 10 para revisar los tanques. ¿Me deja la llave del cuarto de servicio con el portero? Gracias.

Don Chucho""", ME, lang="es", kind="other", note="The building porter's practical ask with a day and time for a gas inspection; not a meeting with Ximena and not networking, so other.")

bulk(ME, AX, "2026-10-01 08:00", "Check-in is open: MEX - AUS, 27 Oct", """Hello Ximena,

Check-in is now open for flight AM 2450, Mexico City (MEX) 07:15 -> Austin (AUS) 09:40, Tuesday 27 October 2026.

Check in online and get your boarding pass. This is an automated message; replies are not monitored.""",
     "Automated airline check-in notice from a no-reply sender with a flight date and time; other.")

t = asked(ME, ME, DW, "2026-10-26 18:00", "Ops role at Keystone - 30 minutes?", """Hi Dwayne,

Thanks for the chat at the conference in Austin. Would Tuesday Nov 3 at 10 Central or Thursday Nov 5 at 2 work for a 30-minute call?

Ximena""")
t.reply(DW, ME, "2026-10-28 09:00", """Ximena,

Tuesday Nov 3 at 10 Central works great. I'll send a Teams link the day before.

Dwayne""", client="outlook_html", kind="confirmation", meet=("2026-11-03 10:00", "America/Chicago"), wd="Tue",
        note="Picks 'Tuesday Nov 3 at 10 Central' from the quoted options; the US switch on 1 November puts Central at -06:00 on the day while the Date header is -05:00.")
t.reply(ME, DW, "2026-11-03 12:00", """Dwayne, thank you for this morning. Half an hour and I understood your maintenance-ticket problem better than after a week of reading. Also thanks for not laughing at my Texas accent attempt.

Ximena""", quote=False, kind="thank_you", note="Thanks for the call that morning; humour is part of the thanks and nothing is proposed.")
t.reply(DW, ME, "2026-11-12 16:30", """FYI, the ops manager role I mentioned is posted: keystoneprop.example/careers/ops-mx. I flagged your name to Karen Liu, who's hiring for it. She'll probably reach out directly.

D""", quote=False, kind="update", note="Keeps Ximena posted (role posted, name passed on); 'she'll probably reach out' is not a meeting asked or fixed.")
t.reply(ME, DW, "2026-11-30 19:40", """Hi Dwayne,

Figured you'd want to know since you set it up: Karen and I spoke on Friday and I'm through to the second round, a case exercise in December.

Ximena""", quote=False, kind="update", note="Reports how the contact Dwayne arranged went and what is next; the December exercise is a process step, not a meeting with Dwayne.")

t = Thread(ME, "Thank you for the coffee")
t.send(SY, [ME], "2026-12-04 09:10", """Ximena teacher, hello. Thank you for yesterday coffee in Roma Norte. Your explanation about how to read the building data was very clear, I understand more than from my class all semester. Also the concha was very delicious.

Seo-yeon""", kind="thank_you", note="Korean-English thanks for a coffee that happened the day before ('yesterday coffee'); nothing new is asked.")

cal = invite("Llave x Ximena - ops chat", "2027-02-02 09:00", "2027-02-02 09:30", "America/Bogota", "utc", CR, [CR, ME],
             "2027-01-27 11:00")
t = Thread(ME, "Invitation: Llave x Ximena - ops chat")
t.send(CR, [ME], "2027-01-27 11:00", """Hi Ximena,

Sent you an invite for Tuesday February 2nd, 9:00 Bogotá time (8:00 for you). Half an hour, Google Meet.

Camilo""", cal=cal, kind="confirmation", meet=("2027-02-02 14:00", "UTC"),
       note="A person's calendar invite whose DTSTART is in UTC (20270202T140000Z); the invite wins over the text, so the label is 14:00+00:00, the same instant as '9:00 Bogotá time' and '8:00 for you'.")
t.reply(ME, CR, "2027-02-02 10:05", """Camilo, ¡gracias! Thanks for the half hour and for sharing the on-call rota template. Super useful.

X""", quote=False, kind="thank_you", client="iphone", note="Short bilingual thanks for the call that morning and a template shared; en is the main language.")

t = asked(ME, NB, ME, "2027-02-15 10:00", "drafting tables -> ops dashboards", """Hey Ximena, I'd love to hear how you went from architecture to ops for a podcast episode. 15 minutes some time? Nate""")
t.reply(NB, ME, "2027-03-08 10:00", """Hey Ximena, bumping this. Still keen to hear how you went from drafting tables to ops dashboards. 15 mins any day next week?

Nate""", kind="request", note="A nudge on his own unanswered ask with 'any day next week'; nudges are requests and no time is fixed.")
t.reply(ME, NB, "2027-03-10 12:15", """Nate! Sorry, February ate me. Next Wednesday at 9am PT it is; I'll send a Zoom link.

X""", kind="confirmation", meet=("2027-03-17 09:00", "America/Los_Angeles"), wd="Wed", rel="weekday",
        note="Fixes 'next Wednesday at 9am PT' from a Wednesday Date (17 March); the US switch on 14 March makes PT -07:00, while the quoted nudge's header was -08:00 and hers is -06:00.")

send(FG, [ME], "2027-04-06 20:30", "quick update from Fer", """hi ximena! quick update since our call in feb: I finished the Google PM cert (finally), rewrote my CV with the "ops wins" section you suggested and I have two interviews next week, one at Habitamos!! will tell you how it goes

fer""", ME, kind="update", note="All-lower-case news since their call; 'interviews next week' are with employers, not a meeting with Ximena, so update.")
