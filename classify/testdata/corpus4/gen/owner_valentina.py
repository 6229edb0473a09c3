"""Valentina Araya Fuentes, Santiago de Chile (America/Santiago: DST ends first
Sunday of April, starts first Sunday of September): mining engineer moving
into data science.

Gmail in Spanish. Contacts in Buenos Aires (voseo), Madrid (formal usted,
Outlook), Mexico City (iPhone), Bilbao, New York (English) and Chile.
"""

from c4 import Person, Thread, answer, bulk, from_charset, hidden, invite, pdf, send, subject_b64  # noqa: F401

O = vale = Person("Valentina Araya Fuentes", "valentina.araya@arayaf.example", "America/Santiago", client="gmail",
                  locale="es", sig="Valentina Araya F.\nIngeniera Civil en Minas · Analítica de datos\nSantiago, Chile")
martin = Person("Martín Ezcurra", "martin.ezcurra@pampa-analytics.example", "America/Argentina/Buenos_Aires",
                client="gmail", locale="es-AR", sig="Martín Ezcurra\nData Lead · Pampa Analytics\nBuenos Aires")
lucia = Person("Lucía Ordóñez Prieto", "lordonez@grupoalcantara.example", "Europe/Madrid", client="outlook_html",
               locale="es-ES",
               sig="Lucía Ordóñez Prieto\nDirectora de Datos e Inteligencia Artificial\nGrupo Alcántara\nPaseo de la Castellana 95, 28046 Madrid",
               legal="AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, "
                     "pudiendo contener información confidencial sometida a secreto profesional. No está permitida su "
                     "reproducción o distribución sin la autorización expresa de Grupo Alcántara. Si usted no es el "
                     "destinatario final, por favor, elimínelo e infórmenos por esta vía.")
ximena = Person("Ximena Robledo", "ximena.robledo@minerasierra.example", "America/Mexico_City", client="apple",
                locale="es-MX", sig="Ximena Robledo\nCientífica de datos · Minera Sierra Madre\nCiudad de México")
inigo = Person("Íñigo Etxeberria", "inigo@bidasoa-data.example", "Europe/Madrid", client="gmail", locale="es-ES",
               sig="Íñigo Etxeberria · Bidasoa Data · Bilbao")
aaron = Person("Aaron Feldstein", "aaron.feldstein@gritline.example", "America/New_York", client="gmail",
               locale="en-US", sig="Aaron Feldstein\nHead of ML Platform, Gritline\nNew York, NY")
tomas = Person("Tomás Riquelme", "triquelme@cobrenorte.example", "America/Santiago", client="gmail", locale="es-CL",
               sig="Tomás Riquelme\nIngeniero de Procesos · Cobre Norte · Antofagasta")
rodrigo = Person("Rodrigo Saavedra", "rsaavedra@andes-talent.example", "America/Santiago", client="outlook",
                 locale="es-CL", sig="Rodrigo Saavedra\nSenior Consultant · Andes Talent\n+56 2 2555 0144")

# ---------------------------------------------------------------- Martín, Buenos Aires

t = Thread(O, "De la minería a los datos: ¿me das 20 minutos?")
t.send(vale, [martin], "2026-01-08 11:20", """Hola Martín:

Te escribo de parte de la Cata Muñoz, que trabajó contigo en Pampa Analytics. Soy ingeniera en minas, llevo siete años en operaciones en una faena de cobre y estoy haciendo el cambio hacia ciencia de datos.

La Cata me dijo que tú armaste el equipo de datos de Pampa casi desde cero, y me encantaría escuchar cómo lo hiciste. ¿Tendrías 20 minutos para una videollamada en las próximas semanas? Me acomodo a tu horario.

¡Muchas gracias!""", kind="request", lang="es",
       note="[es] Chilean Spanish (tú, 'la Cata') cold ask via a referral for a 20-minute video call; 'me acomodo a tu horario' offers no time.")
m = t.reply(martin, vale, "2026-01-09 10:05", """¡Hola Valentina!

Qué lindo recibir tu mail, y cualquier amiga de la Cata es amiga mía. Dale, agendemos el jueves 15 a las 18 h, hora argentina. Te paso el link de Meet más cerca de la fecha.

Cualquier cosa, avisame.

Abrazo,
Martín""", kind="confirmation", lang="es", charset="iso-8859-1", enc="qp",
            meet=("2026-01-15 18:00", "America/Argentina/Buenos_Aires"), wd="Thu",
            note="[es] Rioplatense voseo ('Dale, agendemos', 'avisame'): fixes 'el jueves 15 a las 18 h, hora argentina' (Buenos Aires, -03:00, no DST; Santiago is also -03:00 in January). ISO-8859-1 quoted-printable, From name and subject in ISO-8859-1.")
from_charset(m, "iso-8859-1")
t.reply(vale, martin, "2026-01-15 21:30", """¡Mil gracias por la conversa de hoy, Martín!

Me quedé con harto que pensar, sobre todo con lo de armar un portafolio con datos reales de la mina (anonimizados, obvio) en vez de hacer otro proyecto con el dataset del Titanic. Ya me inscribí en el curso de MLOps que me recomendaste.

Un abrazo grande,""", kind="thank_you", lang="es",
        note="[es] Thanks for the call that happened today ('la conversa de hoy', Chilean) and says what was useful; signing up for a course is part of the thanks.")
t.reply(martin, vale, "2026-02-16 12:40", """Vale, te cuento: le pasé tu CV a Florencia Ibarra, que lidera el equipo de datos para minería en Cuprum Analytics (tienen oficina en Santiago). Van a abrir una búsqueda de analista en marzo y le pareció muy interesante tu perfil. Ella te va a escribir directamente.

Abrazo,
Martín""", kind="update", lang="es",
        note="[es] News since the call (CV passed on, a search opens in March, Florencia will write); no ask and no meeting date.")

# ---------------------------------------------------------------- Lucía, Madrid (formal)

cv = pdf("Valentina Araya Fuentes - CV", ["Ingeniera Civil en Minas, Universidad de Chile (2018)",
                                          "Jefa de turno y analista de procesos, faena de cobre (2018-2026)",
                                          "Diplomado en Ciencia de Datos (2025)"])
t = Thread(O, "Solicitud de conversación: de la minería a los datos")
t.send(vale, [lucia], "2026-02-18 09:50", """Estimada Sra. Ordóñez:

Mi nombre es Valentina Araya, soy ingeniera en minas en Santiago de Chile y estoy en plena transición hacia la ciencia de datos. Leí su entrevista en Expansión sobre el uso de inteligencia artificial en las explotaciones de Grupo Alcántara y me pareció muy cercana a lo que vivo en la faena.

¿Tendría usted 20 minutos para una conversación por videollamada en las próximas semanas? Le adjunto mi CV por si le sirve de contexto.

Muchas gracias de antemano por su tiempo.

Atentamente,""", kind="request", lang="es", attach=[("CV_Valentina_Araya.pdf", "application/pdf", cv)],
       note="[es] Formal (usted) cold ask for a 20-minute video call with a PDF CV attached (multipart/mixed).")
t.reply(lucia, vale, "2026-02-18 13:51", """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 2 de marzo, con acceso limitado al correo electrónico.

Para asuntos urgentes, puede contactar con Jorge Villalba (jvillalba@grupoalcantara.example).

Un saludo,
Lucía Ordóñez""", subject="Respuesta automática: Solicitud de conversación: de la minería a los datos", quote=False,
        fmt="plain", client="outlook", sig=False, legal=False, kind="other", lang="es",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="[es] Outlook 'Respuesta automática' (Auto-Submitted: auto-replied): the return date 'lunes 2 de marzo' is not a meeting, and automated mail is other.")
t.msgs.pop()
t.reply(lucia, vale, "2026-03-03 16:20", """Estimada Valentina:

Disculpe la demora en contestarle; he estado fuera y he vuelto con la bandeja a rebosar.

Será un placer hablar con usted. He reservado el martes 31 de marzo a las 15:00 (hora de Madrid) para nuestra conversación; en breve le llegará la convocatoria de Teams. Si no le viniera bien, no dude en decírmelo.

Un cordial saludo,""", fmt="html", kind="confirmation", lang="es", meet=("2026-03-31 15:00", "Europe/Madrid"),
        wd="Tue",
        note="[es] HTML-only Outlook reply that fixes 'el martes 31 de marzo a las 15:00 (hora de Madrid)'; Madrid after the EU switch of 29 March is +02:00 although the Date header is +0100. 'Si no le viniera bien' is a courtesy; Spanish Outlook quoting (De: / Enviado el: / Para: / Asunto:) and legal notice.")
t.reply(vale, lucia, "2026-03-31 11:15", """Estimada Lucía:

Muchísimas gracias por su tiempo esta mañana. Su consejo de empezar por proyectos de mantenimiento predictivo, donde mi experiencia en terreno pesa más que mi falta de años en datos, me pareció muy valioso, y ya estoy buscando un caso concreto en la faena.

Reciba un cordial saludo,""", kind="thank_you", lang="es",
        note="[es] Thanks Lucía for the call that morning (Santiago time) and names what was useful; nothing is asked.")

# ---------------------------------------------------------------- Ximena, Mexico City

t = Thread(O, "Hola desde Santiago (de parte de Martín Ezcurra)")
t.msgs.append(hidden(t.send(vale, [ximena], "2026-04-10 18:30", """Hola Ximena:

Martín Ezcurra me pasó tu contacto. Me gustaría conversar contigo sobre cómo es trabajar en datos dentro de una minera. ¿Tendrías media hora en las próximas semanas?

Saludos,
Valentina""", sig=False, kind="request", lang="es", note="(quoted only)")))
t.reply(ximena, vale, "2026-04-13 09:15", """¡Hola, Valentina! Qué gusto saludarte.

Claro que sí, con mucho gusto platicamos. ¿Te late el miércoles 22 o el jueves 23 de abril, a eso de las 10 de la mañana, hora del centro de México? Dime cuál te acomoda mejor.

Saludos,
Ximena""", kind="request", lang="es",
        note="[es] Mexican Spanish ('¿Te late...?', 'platicamos'): offers two candidate days at about 10:00 Mexico City time and asks which suits; nothing fixed, so request.")
t.reply(vale, ximena, "2026-04-14 08:30", """¡Hola, Ximena!

¡Me late! Quedamos el jueves 23 a las 10:00, hora de Ciudad de México. Gracias por hacerte el tiempo.

Saludos,""", kind="confirmation", lang="es", meet=("2026-04-23 10:00", "America/Mexico_City"), wd="Thu",
        note="[es] Picks the Thursday: 'el jueves 23 a las 10:00, hora de Ciudad de México'; Mexico City has no DST (-06:00), while Santiago's own Date header is -0400 after its April switch.")
m = t.reply(ximena, vale, "2026-04-22 19:05", """Hola Vale, nada más para confirmar lo de mañana a las 10. Te mando el link de Meet ahorita.

¡Saludos!""", client="iphone", sig=False, enc="b64", kind="confirmation", lang="es",
            meet=("2026-04-23 10:00", "hdr"), rel="tomorrow", wd="Thu",
            note="[es] Confirms the agreed call shortly before: 'mañana a las 10' with no zone named, so the Date header's -0600 (Mexico City, no DST) applies: Thu 23 April 10:00-06:00. iPhone ('Enviado desde mi iPhone'), base64 body.")
t.reply(ximena, vale, "2026-04-23 06:50", """Vale, una disculpa enorme: me cayó una auditoría de último momento y tengo que cancelar lo de hoy. Ahorita no te puedo dar otra fecha; en cuanto se calmen las aguas te escribo.

Mil disculpas,
Xime""", client="iphone", sig=False, kind="decline", lang="es",
        note="[es] Cancels the same-day call and says she cannot give another date ('Ahorita no te puedo dar otra fecha'): decline; the quote still holds 'mañana a las 10'.")

# ---------------------------------------------------------------- Íñigo, Bilbao

answer(O, vale, inigo, "2026-05-19 10:00", "Consulta: analítica en plantas industriales",
       """Hola Íñigo:

Vi tu charla en el meetup de PyData Bilbao (grabada). ¿Podríamos hablar 20 minutos por videollamada sobre analítica en plantas industriales?

Saludos,
Valentina""", "2026-05-20 09:30", """Hola Valentina:

Me sabe fatal, pero ahora mismo no puedo comprometerme a ninguna llamada: estamos en pleno cierre de trimestre y encima de mudanza de oficina. Prueba a escribirme después del verano, ¿vale?

Mucho ánimo con el cambio.

Un saludo,
Íñigo""", kind="decline", lang="es", ask_kw={"lang": "es", "sig": False},
       note="[es] Peninsular Spanish ('Me sabe fatal', '¿vale?'): refuses any call now and defers to 'después del verano' with no date: decline.")

# ---------------------------------------------------------------- Aaron, New York (English)

t = Thread(O, "Mining engineer -> ML platform: quick question")
t.send(vale, [aaron], "2026-05-11 10:40", """Dear Aaron,

I'm a mining engineer in Santiago moving into data and ML work. Your KubeCon talk on monitoring models for heavy equipment was the most practical thing I've seen on the topic, and it matched problems we have with our haul trucks.

Would you have 20-30 minutes for a video call in the next few weeks? Santiago and New York are on the same clock this time of year, so almost any time works for me.

Best regards,""", kind="request",
       note="A Spanish speaker's English cold ask for a 20-30 minute call; the time-zone remark is flexibility, not a slot (Gmail in Spanish, so Spanish reply lines below later replies).")
m = t.reply(aaron, vale, "2026-05-12 08:15", """Hi Valentina,

Sure thing. Let's do Friday 5/29 at 11 Eastern, I just sent you a calendar invite. Looking forward to hearing about the haul trucks.

Aaron""", kind="confirmation", meet=("2026-05-29 11:00", "America/New_York"), wd="Fri",
            note="Fixes 'Friday 5/29 at 11 Eastern' (US month/day) and carries a Google Calendar METHOD:REQUEST with TZID=America/New_York: -04:00 in May; invite and text agree.")
m.cal = invite("REQUEST", "Valentina Araya / Aaron Feldstein", "2026-05-29 11:00", "2026-05-29 11:30",
               "America/New_York", "tzid", aaron, [aaron, vale], "2026-05-12 08:15",
               location="https://meet.example/vqa-kdrx-pte")
m.cal_method = "REQUEST"
t.reply(aaron, vale, "2026-06-15 17:20", """Hi Valentina,

Some news from our side, and not the good kind: leadership put the LatAm expansion on hold last week, so the Santiago team we talked about won't happen this year.

That also means I have to cancel the follow-up with our hiring manager that we pencilled in for July 7, since there's no role to discuss for now. I'm sorry. I'll let you know if anything changes.

Aaron""", kind="decline",
        note="Reports news (expansion on hold) and cancels the pencilled July 7 follow-up with no new date; decline outranks update, and July 7 is the cancelled meeting, not a new one.")

# ---------------------------------------------------------------- newsletter

bulk("Comunidad Datos Cono Sur", "boletin@datosconosur.example", "America/Argentina/Buenos_Aires", vale,
     "2026-06-01 10:00", "Boletín de junio: meetup en Santiago, convocatoria de charlas y más", O,
     """Hola Valentina,

Este mes volvemos a Santiago: meetup presencial el jueves 18 de junio a las 19:00 en Providencia (cupos limitados, inscripción en el enlace).

También está abierta la convocatoria de charlas para las Jornadas de Datos 2026 hasta el 30 de junio.

Si no quieres recibir más este boletín, puedes darte de baja aquí: https://datosconosur.example/baja?u=v.araya

Comunidad Datos Cono Sur · Av. Corrientes 1234, Buenos Aires""",
     headers=[("List-Id", "Boletin Datos Cono Sur <boletin.datosconosur.example>"),
              ("List-Unsubscribe", "<https://datosconosur.example/baja?u=v.araya>, <mailto:baja@datosconosur.example>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
     lang="es",
     note="[es] Community newsletter (List-Id, List-Unsubscribe, Precedence: bulk) announcing a meetup on jueves 18 de junio at 19:00; bulk mail inviting a whole list is other.")

# ---------------------------------------------------------------- Tomás, Antofagasta

t = Thread(O, "Café en Santiago?")
t.send(tomas, [vale], "2026-06-22 20:10", """Hola Valentina:

Soy Tomás Riquelme, ingeniero de procesos en Cobre Norte, en Antofagasta. Vi tu post en LinkedIn sobre tu cambio a datos y me sentí súper identificado.

Voy a estar en Santiago del 24 al 26 de junio por trabajo. ¿Podríamos tomarnos un café esos días? Sería un siete.

Saludos,""", kind="request", lang="es",
       note="[es] A stranger asks the owner for a coffee during a 24-26 June trip ('Sería un siete', Chilean); the trip dates are a window, not a slot.")
t.reply(vale, tomas, "2026-06-24 09:10", """¡Hola Tomás!

¡Claro! Juntémonos mañana jueves a las doce del mediodía en el Café Triciclo, en Providencia con Los Leones. Yo invito.

Saludos,""", kind="confirmation", lang="es", meet=("2026-06-25 12:00", "hdr"), rel="tomorrow", wd="Thu",
        note="[es] Fixes 'mañana jueves a las doce del mediodía' (12:00) from a Wednesday Date; no zone named, so the Date header's -0400 (Santiago winter time) applies.")

# ---------------------------------------------------------------- Rodrigo, headhunter

answer(O, rodrigo, vale, "2026-07-06 16:30", "Oportunidad: Superintendente de Operaciones", """Estimada Valentina:

Junto con saludar, le escribo por una oportunidad de Superintendente de Operaciones en una minera de la Región de Atacama. ¿Podríamos agendar una llamada esta semana para conversar?

Saludos cordiales,""", "2026-07-07 09:40", """Estimado Rodrigo:

Le agradezco mucho que haya pensado en mí, pero por ahora no estoy buscando oportunidades en operaciones mineras, así que prefiero no agendar la llamada.

Le deseo mucho éxito con la búsqueda.

Saludos cordiales,""", ask_kw={"lang": "es"}, kind="decline", lang="es",
       note="[es] Refuses a headhunter's personal request for a call ('prefiero no agendar la llamada'); the thanks is a courtesy, no new date.")

# ---------------------------------------------------------------- Martín again

t = Thread(O, "¡Noticias!")
t.send(vale, [martin], "2026-08-10 19:45", """¡Martín!

Te cuento: quedé seleccionada como analista de datos en el equipo de Florencia en Cuprum Analytics. Empiezo el 1 de septiembre, en Santiago, trabajando justo en mantenimiento predictivo.

Gracias de nuevo por todo.

Un abrazo,""", kind="update", lang="es",
       note="[es] Pure update (selected for the role, starts 1 September); the start date is not a meeting and 'Gracias de nuevo por todo' is a closing courtesy.")
t.msgs.append(hidden(t.reply(martin, vale, "2026-09-01 13:00", """¡Felicitaciones, Vale! Hay que celebrarlo: ¿videollamada el martes 8 a las 18 h, con mate de por medio?

Martín""", kind="request", lang="es", note="(quoted only)")))
t.reply(vale, martin, "2026-09-02 08:20", """¡Dale! Nos vemos el martes 8 a las 18:00, hora de Santiago. Ojo, que el domingo 6 acá adelantamos la hora, así que ese día vamos a estar a la misma hora que ustedes en Buenos Aires.

Abrazo,""", kind="confirmation", lang="es", meet=("2026-09-08 18:00", "America/Santiago"), wd="Tue",
        note="[es] Accepts 'el martes 8 a las 18:00, hora de Santiago'; Santiago is named and its DST starts on Sunday 6 September, so -03:00 on the 8th although her own Date header is -0400.")
send(martin, [vale], "2026-11-03 18:30", "Santiago la semana que viene", """Vale, ¿cómo va?

Llego a Santiago el miércoles 11 a la noche por trabajo y te reservo el jueves 12 entero: estoy libre todo el día, así que nos vemos en algún momento y coordinamos la hora por WhatsApp.

Abrazo,
Martín""", O, kind="confirmation", lang="es", meet=("2026-11-12", "hdr"), allday=True, wd="Thu",
     note="[es] Fixes the date (jueves 12 de noviembre) but leaves the hour to WhatsApp: all_day, midnight at the Date header's -0300 (Buenos Aires; Santiago is also -03:00 then). The arrival 'miércoles 11 a la noche' is not the meeting.")
