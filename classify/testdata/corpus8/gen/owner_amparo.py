"""Amparo Soler Vidal, Valencia: port logistics planner to supply-chain data. All mail in Spanish."""

from c8 import Person, Thread, ask_then, bulk, hidden, send

L = "es"
AMP = Person("Amparo Soler Vidal", "amparo.soler@naranjo-mail.example", "Europe/Madrid", client="gmail", locale="es",
             sig="Amparo Soler Vidal\nPlanificación portuaria · Valencia")
INI = Person("Íñigo Arrieta", "inigo.arrieta@datosdelsur.example", "Europe/Madrid", client="apple", locale="es",
             sig="Íñigo")
ROC = Person("Rocío Garza Treviño", "rgarza@logimex.example", "America/Mexico_City", client="outlook", locale="es",
             sig="Lic. Rocío Garza Treviño\nGerente de Analítica de Cadena de Suministro\nLogimex, CDMX")
FAC = Person("Facundo Ledesma", "facu.ledesma@riodelaplata.example", "America/Argentina/Buenos_Aires",
             client="gmail", locale="es", sig="Facu")
JUL = Person("Juliana Restrepo", "juliana.restrepo@antioquia-data.example", "America/Bogota", client="gmail",
             locale="es", sig="Juliana Restrepo\nMedellín")
IGN = Person("Ignacio Fuenzalida", "ifuenzalida@puertovalpo.example", "America/Santiago", client="gmail",
             locale="es", sig="Ignacio")
CAT = Person("Catalina Muñoz Orrego", "catalina.munoz@cobrechile.example", "America/Santiago", client="iphone",
             locale="es")
MAC = Person("Macarena Ruiz Lobato", "macarena.ruiz@aceitunera.example", "Europe/Madrid", client="outlook",
             locale="es", sig="Macarena Ruiz Lobato\nResponsable de Operaciones · Sevilla")
MON = Person("Mónica Tapia Villaseñor", "mtapia@ferromex-analitica.example", "America/Mexico_City",
             client="outlook_html", locale="es", sig="Mónica Tapia Villaseñor\nDirección de Talento")

# --- Ignacio (Chile): cold ask, then his answer with two windows
t_ign = Thread(AMP, "Consulta desde Valencia sobre analítica portuaria")
t_ign.send(AMP, [IGN], "2027-01-12 10:05",
           "Hola Ignacio:\n\nMe llamo Amparo y trabajo en planificación en el puerto de Valencia. Vi tu charla sobre "
           "predicción de atraques en Valparaíso y me quedé con ganas de saber más: estoy intentando pasarme al "
           "lado de los datos y tu recorrido se parece mucho al que quiero hacer.\n\n¿Tendrías media hora en las "
           "próximas semanas para una videollamada? Me adapto a tu horario, que ya sé que vamos con cuatro horas "
           "de diferencia.\n\nUn saludo y gracias de antemano,",
           kind="request", lang=L, note="Cold ask for a half-hour video call; offering to adapt to his hours is part of the ask, no time is fixed.")
t_ign.reply(IGN, AMP, "2027-01-13 19:40",
            "Hola Amparo, ¡qué buena onda tu correo!\n\nFeliz de conversar, cachai que casi nadie pregunta por los "
            "atraques jaja. Te propongo dos opciones: el martes 19 o el jueves 21, en ambos casos a eso de las 9 de "
            "la mañana acá (las 13 allá). Dime cuál te acomoda y te mando el link.\n\nSaludos desde el puerto,",
            kind="request", lang=L, note="Answers the ask with two candidate days and a rough hour without fixing one; proposing options is a request under the contract.")

# --- Macarena (Sevilla): nudge, then decline
t_mac = Thread(AMP, "Un café en Sevilla en febrero")
t_mac.msgs.append(hidden(send(AMP, [MAC], "2027-01-11 09:12", "Un café en Sevilla en febrero",
    "Hola Macarena:\n\nTe escribo de parte de Íñigo Arrieta. Voy a Sevilla en febrero y me encantaría invitarte "
    "a un café para que me cuentes cómo montasteis el equipo de datos de operaciones.\n\nUn abrazo,", AMP,
    kind="request", note="(quoted only)", lang=L)))
t_mac.reply(AMP, [MAC], "2027-01-22 08:47",
            "Hola de nuevo, Macarena:\n\nTe refloto este correo por si se te traspapeló entre tanto mensaje de "
            "enero. Sigo con el viaje a Sevilla en pie y con muchas ganas de ese café, aunque sea un rato corto.\n\n"
            "Un abrazo,",
            kind="request", lang=L, note="Nudge on an earlier unanswered ask for a coffee (quoted below); nudging is a request.")
t_mac.reply(MAC, [AMP], "2027-01-25 13:02",
            "Hola Amparo:\n\nPerdona el silencio, de verdad. Estamos en pleno cierre de campaña de la aceituna y no "
            "doy abasto, así que en febrero me es imposible quedar, ni para un café rapidito. Escríbeme pasada la "
            "Semana Santa y lo vemos con calma, ¿vale?\n\nUn beso y perdona otra vez,",
            kind="decline", lang=L, note="Refuses February and postpones to 'after Holy Week' with no date; 'no doy abasto' is the reason, not a proposal.")

# --- Rocío (Mexico): acceptance at mediodía, thank-you, her update
ROC_ASK = ("Estimada Rocío:\n\nGracias por responder tan pronto. ¿Le vendría bien el jueves 21 a mediodía, hora de "
           "Ciudad de México? Si no, dígame usted qué le acomoda.\n\nSaludos cordiales,")
r = ask_then(AMP, AMP, ROC, "2027-01-15 18:20", "Conversación sobre analítica de cadena de suministro", ROC_ASK,
             "2027-01-18 09:35",
             "Estimada Amparo:\n\nCon mucho gusto. Queda agendado el jueves 21 a mediodía, le envío el enlace de Teams "
             "un día antes. Ahí platicamos de cómo armamos el equipo en Logimex.\n\nQuedo a sus órdenes,",
             kind="confirmation", meet=("2027-01-21 12:00", "hdr"), wd="Thu",
             note="Accepts the proposed slot and schedules it: Thursday 21 at 'mediodía' (12:00), no zone in her text, so the Date header's -06:00 (Mexico City, no DST) applies.")
send(AMP, [ROC], "2027-01-21 20:15", "Gracias por la conversación de hoy",
     "Estimada Rocío:\n\nMuchísimas gracias por su tiempo hoy. Me quedo con su consejo de empezar por un tablero "
     "pequeño que alguien use de verdad antes de pensar en modelos, y con la lista de cursos que me mencionó.\n\n"
     "Ojalá pueda devolverle el favor algún día desde este lado del charco.\n\nUn saludo muy cordial,",
     AMP, kind="thank_you", lang=L, note="Thanks Rocío for the call that happened that day and names what helped; no next step.")
send(ROC, [AMP], "2027-02-16 11:10", "Le comento: ya salió la vacante",
     "Estimada Amparo:\n\nLe comento que la vacante de analista de la que le hablé en nuestra llamada ya quedó "
     "publicada; también la pueden ocupar personas en remoto desde España. Por si le sirve, el proceso lo lleva "
     "Mónica Tapia y ya le pasé su nombre.\n\nSaludos y éxito,",
     AMP, kind="update", lang=L, note="News since their call (the opening she mentioned is now posted, she passed Amparo's name on); nothing is asked or fixed.")
ask_then(AMP, AMP, MON, "2027-02-17 09:00", "Vacante Analista Sr. – Cadena de Suministro",
         "Estimada Mónica:\n\nRocío Garza me sugirió escribirle. ¿Tendría unos minutos para una llamada informativa "
         "sobre el equipo de analítica?\n\nSaludos cordiales,",
         "2027-02-19 10:30",
         "Estimada Amparo Soler:\n\nLe agradezco mucho su interés en Ferromex Analítica. Lamentablemente, por "
         "políticas internas no me es posible sostener entrevistas informativas fuera de un proceso formal, y esta "
         "posición ya está en etapa final.\n\nLe deseo mucho éxito en su búsqueda.",
         kind="decline",
         note="HTML-only Outlook reply refusing the informational call she was asked for (policy); the thanks for her interest is courtesy, not a thank-you.")

# --- Facundo (Buenos Aires): day-only acceptance, then he bails
FAC_ASK = ("Hola Amparo! Me pasó tu mail Juli. ¿Te va el martes 2 de febrero a las 17 h, hora de Buenos Aires? "
           "Para vos serían las 21, ya sé que es tarde, avisame.\n\nAbrazo,")
ask_then(AMP, FAC, AMP, "2027-01-26 16:40", "Charla con Facu (vía Juli)", FAC_ASK, "2027-01-27 08:02",
         "Facu, ¡qué majo! El martes me viene de perlas, no te preocupes por la hora.\n\nHasta el martes,",
         kind="confirmation", meet=("2027-02-02 17:00", "America/Argentina/Buenos_Aires"), wd="Tue",
         note="Short acceptance ('el martes me viene de perlas'): the slot is only in the quoted proposal, Tuesday 2 February 17 h 'hora de Buenos Aires', so the named zone (-03:00) gives the time.")
send(FAC, [AMP], "2027-02-01 12:25", "Re: Charla con Facu (vía Juli)",
     "Amparo, mil disculpas. Me saltó un viaje a Córdoba por laburo y me tengo que bajar de lo del martes. "
     "Cuando vuelva te escribo y vemos, ¿dale? No es que me borré, eh.\n\nAbrazo grande,",
     AMP, kind="decline", lang=L, note="Voseo; cancels the agreed Tuesday call and promises to write when he is back, with no new date: a postponement without date is a decline.")

# --- Íñigo (Madrid): tomorrow at 18:30, thanks, update
INI_ASK = "Íñigo, ¿al final nos vemos en Madrid? Llego el miércoles y me quedo hasta el viernes."
ask_then(AMP, AMP, INI, "2027-02-08 21:10", "Madrid esta semana", INI_ASK, "2027-02-10 14:17",
         "¡Hombre, claro! Confirmado: mañana a las 18:30 en el Café Comercial, en la glorieta de Bilbao. Si llego "
         "tarde es culpa de la M-30, que lo sepas.\n\nUn abrazo,",
         kind="confirmation", meet=("2027-02-11 18:30", "hdr"), rel="tomorrow",
         note="Fixes the meeting: 'mañana a las 18:30' resolves against the Date header (Wed 10 Feb, +01:00) to Thursday 11 February 18:30.")
send(AMP, [INI], "2027-02-12 09:40", "Gracias por lo de ayer",
     "Íñigo:\n\nMil gracias por lo de ayer, de verdad. Entre el café y la caña me aclaraste más que tres meses "
     "de cursos online. Ya he apuntado lo de Marta, la de Renfe Mercancías.\n\nUn abrazo fuerte,",
     AMP, kind="thank_you", lang=L, note="Thanks Íñigo for the meeting that happened the day before; the mention of Marta is context, not an ask.")
send(AMP, [INI], "2027-03-04 19:50", "Te cuento lo de Marta",
     "Íñigo, te cuento: al final hablé con Marta la semana pasada y fue genial. Me ha propuesto colaborar en un "
     "pequeño análisis de tiempos de espera en terminales, a ver si sale algo más.\n\nGracias otra vez por el "
     "contacto, ¡te debo otra caña!",
     AMP, kind="update", lang=L, note="Tells Íñigo how the contact he gave her went (news since their last exchange); 'gracias otra vez' is a courtesy closing.")

# --- Juliana (Colombia): moves the call, thanks Amparo, gets Amparo's news
JUL_ASK = "Juli, ¿seguimos con lo del jueves 4 a las 9 de Bogotá? Te dejo el enlace de Meet abajo."
ask_then(AMP, AMP, JUL, "2027-02-26 18:00", "Llamada jueves", JUL_ASK, "2027-03-01 07:55",
         "Hola Amparo, qué pena contigo: el jueves me cruzaron una reunión con gerencia. Te cambio lo del jueves: "
         "quedamos el viernes 5 a las 8 de la mañana, hora de Bogotá, mismo enlace de Meet. ¡Listo!\n\nUn abrazo,",
         kind="confirmation", meet=("2027-03-05 08:00", "America/Bogota"), wd="Fri",
         note="Moves the meeting to one new slot (Friday 5 at 8 in the morning, 'hora de Bogotá', -05:00); moving to a fixed time is a confirmation, the quoted Thursday is not the answer.")
send(JUL, [AMP], "2027-03-09 17:30", "¡Gracias por el contacto con Íñigo!",
     "Amparo, ¡mil gracias! Ayer hablé con Íñigo por fin y fue una chimba de conversación; me explicó todo "
     "lo del máster y me regaló como una hora. Gracias por presentármelo, en serio.\n\nUn abrazo desde Medellín,",
     AMP, kind="thank_you", lang=L, note="Thanks Amparo for an introduction that already led to a call; concrete help that happened.")
send(AMP, [JUL], "2027-03-18 12:04", "Noticia",
     "Juli:\n\nTe escribo para contarte que he aceptado la oferta de analista en la autoridad portuaria. Empiezo "
     "en abril. Tus consejos del viernes aquel sobre cómo contar el cambio de perfil me sirvieron muchísimo en "
     "la entrevista final.\n\nGracias otra vez y un abrazo grande,",
     AMP, kind="update", lang=L, charset="iso-8859-1",
     note="Result news (she accepted the offer) to an existing contact; the thanks is a closing courtesy, so the kind stays update.")

# --- Catalina (Chile): decline by phone
ask_then(AMP, AMP, CAT, "2027-02-03 11:00", "¿Una videollamada corta?",
         "Hola Catalina:\n\nIgnacio me habló muy bien de ti. ¿Tendrías veinte minutos este mes para una videollamada?",
         "2027-02-04 22:48",
         "Hola Amparo! Oye, estoy con la pega hasta el cuello, cierre de faena y todo eso. Este mes imposible, "
         "sorry. Más adelante feliz, pero ahora no me da.\n\nCata",
         kind="decline", mobile=True,
         note="Chilean iPhone reply refusing this month with a vague 'más adelante' and no date: decline.")

# --- other: job alert, out-of-office, a document favour
bulk("Portalempleo Alertas", "no-responder@portalempleo.example", "Europe/Madrid", AMP, "2027-01-19 07:00",
     "5 nuevas ofertas de Analista de datos en Valencia", AMP,
     "Hola, Amparo:\n\nHemos encontrado 5 ofertas nuevas que encajan con tu alerta «Analista de datos – "
     "Valencia».\n\nAnalista de Supply Chain – Sagunto\nData Analyst Junior – Valencia\n\nPara dejar de "
     "recibir estas alertas, gestiona tus preferencias.",
     "Automated job alert from a no-reply address; automated mail is other.", L,
     headers=[("List-Unsubscribe", "<https://portalempleo.example/baja>")])
send(Person("Íñigo Arrieta", "inigo.arrieta@datosdelsur.example", "Europe/Madrid", client="apple", locale="es"),
     [AMP], "2027-02-22 08:00", "Respuesta automática: Una pregunta más",
     "Gracias por tu mensaje. Estaré fuera de la oficina hasta el 1 de marzo sin acceso al correo. Para temas "
     "urgentes, escribe a equipo@datosdelsur.example.",
     AMP, kind="other", lang=L, sig=False, charset="windows-1252",
     headers=[("Auto-Submitted", "auto-replied")],
     note="Out-of-office auto-reply (Auto-Submitted) with a return date; automated, so other.")
send(IGN, [AMP], "2027-03-10 16:20", "¿Me pasas la planilla?",
     "Amparo, ¿me podrías mandar la planilla de tiempos de grúa que me mostraste? Quiero usarla de ejemplo en un "
     "taller que doy el viernes. Si no se puede, cero drama.\n\nGracias!",
     AMP, kind="other", lang=L, note="Asks for a spreadsheet before a workshop; a favour with a deadline is not a meeting request, thanks, update or decline.")
