"""Iker Etxeberria Goikoetxea, Bilbao: naval engineer moving to offshore-wind project
management. Gmail in Spanish; April to June 2026 (CEST, +02:00)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from c12 import Person, answer, autoreply, bulk, ics, send

MAD, MEX, BA, LIMA, HAV = "Europe/Madrid", "America/Mexico_City", "America/Argentina/Buenos_Aires", "America/Lima", "America/Havana"
O = Person("Iker Etxeberria Goikoetxea", "iker.etxeberria@goikoetxea.example", MAD, locale="es",
           sig="Iker Etxeberria\nIngeniero naval · Bilbao\n+34 655 01 23 47")
P = lambda n, e, z, c="gmail", s="": Person(n, e, z, client=c, locale="es", sig=s)  # noqa: E731

nerea = P("Nerea Aranburu", "nerea.aranburu@itsaso-energia.example", MAD)
rodrigo = P("Rodrigo Villaseñor", "rvillasenor@vientosdelgolfo.example", MEX, "outlook",
            "Ing. Rodrigo Villaseñor Treviño\nGerente de Proyectos | Vientos del Golfo")
lucia = P("Lucía Benavente", "lucia.benavente@redeolica.example", MAD)
martina = P("Martina Sosa", "martina.sosa@correo-pampa.example", BA, "iphone")
gonzalo = P("Gonzalo Peralta", "gperalta@andinapower.example", LIMA, "gmail", "Gonzalo Peralta C.\nAndina Power")
itziar = P("Itziar Olabarria", "itziar@olabarria.example", MAD, "apple")
yanet = P("Yanet Cárdenas", "yanet.cardenas@nauta-mar.example", HAV)
pilar = P("Pilar Garmendia", "p.garmendia@kantauri-offshore.example", MAD, "outlook",
          "Pilar Garmendia Etxaniz\nResponsable de Ingeniería | Kantauri Offshore")
fernanda = P("Fernanda Ibarra", "fernanda.ibarra@norteverde.example", MEX)
ignacio = P("Ignacio Muñoz-Palacios", "imunoz@atlantica-renovables.example", MAD, "outlook",
            "Ignacio Muñoz-Palacios\nDirector de Operaciones")
camila = P("Camila Rosales", "camila.rosales@litoral-sur.example", BA)
raul = P("Raúl Quispe", "raul.quispe@cordillera-min.example", LIMA, "outlook", "Raúl Quispe Mamani\nJefe de Mantenimiento")
osvaldo = P("Osvaldo Méndez", "omendez@talentohunters.example", MEX, "outlook", "Osvaldo Méndez | Talent Partner")
mikel = P("Mikel Zubiaurre", "mikel.zubiaurre@bizkaiaport.example", MAD)
daniela = P("Daniela Ochoa", "daniela.ochoa@tapatia-mail.example", MEX, "outlook", "Daniela Ochoa")
esteban = P("Esteban Lagos", "esteban.lagos@rioplata-ing.example", BA)
rosa = P("Rosa Huamán", "rosa.huaman@limacorreo.example", LIMA, "outlook_html", "Rosa Huamán Ccori")
jon = P("Jon Arrieta", "jon.arrieta@deustomail.example", MAD, "apple")
soledad = P("Soledad Quintana", "soledad.quintana@madrid-red.example", MAD)
lisandro = P("Lisandro Ferreyra", "lisandro.ferreyra@cordoba-mail.example", BA)
odalys = P("Odalys Pérez", "odalys.perez@vedado-mail.example", HAV, "thunderbird")
leire = P("Leire Urkiola", "leire.urkiola@ibaizabal-eolica.example", MAD, "outlook")

# ---- requests
send(O, nerea, "2026-04-07 09:42", "Una consulta de parte de Unai Bengoa",
     "Hola Nerea:\n\nUnai Bengoa me ha pasado tu correo; coincidimos en el astillero de Sestao hace años. "
     "Llevo doce años en ingeniería naval y estoy intentando dar el salto a dirección de proyectos en eólica marina, "
     "que es justo lo que hacéis en Itsaso.\n\n¿Te animarías a tomar un café conmigo alguna mañana de las próximas "
     "semanas? Con media hora me sobra, y me acerco yo a Abando o donde te pille mejor.\n\nUn saludo y gracias de antemano,",
     O, kind="request", note="A cold ask for a half-hour coffee in the coming weeks with no date fixed: request.")

answer(O, O, rodrigo, "2026-04-08 18:10", "Consulta sobre gestión de proyectos eólicos",
       "Estimado Rodrigo:\n\nSoy ingeniero naval en Bilbao y me gustaría hacerle unas preguntas sobre su paso de astilleros "
       "a proyectos eólicos. ¿Tendría 20 minutos para una videollamada?\n\nSaludos cordiales,",
       "2026-04-09 11:25",
       "Estimado Iker:\n\nCon todo gusto platicamos. Esta semana estoy en obra en Tamaulipas, pero la que viene tengo dos "
       "huecos: el martes 14 a partir de las 9 de la mañana o el jueves 16 después de la comida, ambos hora de aquí. "
       "¿Le acomoda alguno de los dos? Ahí me dice y le mando la liga de Teams.\n\nSaludos,",
       kind="request", lang="es",
       note="Answers Iker's ask by offering two candidate windows (Tue 14 morning, Thu 16 afternoon) without fixing one: request per the contract.")

answer(O, O, lucia, "2026-04-13 10:05", "Café para hablar de Red Eólica",
       "Hola Lucía:\n\nTe escribo porque me dijeron que tú montaste el área de proyectos en Red Eólica. ¿Podríamos "
       "tomar un café o hablar por teléfono un rato?\n\nUn abrazo,",
       "2026-04-24 08:51",
       "Hola de nuevo, Lucía:\n\nTe reflota el correo de abajo por si se quedó enterrado entre la avalancha de abril. "
       "Sigo muy interesado en charlar contigo cuando te venga bien, aunque sea un cuarto de hora por teléfono.\n\nUn saludo,",
       quote=True, kind="request", lang="es",
       note="Iker nudges his own earlier unanswered ask (quoted below): a nudge is a request.")

send(martina, O, "2026-04-27 22:14", "Consulta desde Buenos Aires",
     "Hola Iker, ¿cómo andás? Te escribo porque vi tu charla grabada del congreso de Vigo y me pasa algo parecido: "
     "soy ingeniera naval acá en Buenos Aires y me quiero pasar a renovables. ¿Tendrías media hora para una videollamada "
     "en algún momento de mayo? Me adapto a tu horario sin drama, con la diferencia que tenemos.\n\nGracias!!\nMartina",
     O, kind="request", lang="es", sig=False,
     note="Martina asks Iker for a half-hour video call some time in May; no slot is fixed: request.")

# ---- confirmations
answer(O, O, gonzalo, "2026-05-05 12:30", "Videollamada sobre Andina Power",
       "Hola Gonzalo:\n\nGracias por contestar tan rápido. Te propongo el miércoles 13 de mayo a las 10 de la mañana "
       "hora de Lima, que para mí son las 17:00, o el jueves 14 a la misma hora. Lo que mejor te venga.\n\nSaludos,",
       "2026-05-05 09:02",
       "Hola Iker, qué tal.\n\nEl miércoles 13 a las 10 de la mañana, hora de Lima, perfecto. Te mando ahorita el enlace "
       "de Meet para que lo tengas en el calendario.\n\nUn abrazo,",
       kind="confirmation", lang="es", meet=("2026-05-13 10:00", LIMA), wd="Wed",
       note="Accepts one of the two offered slots with date, time and a named zone ('hora de Lima'): confirmation, Wed 13 May 10:00 -05:00; the Thursday alternative is only in the quote.")

answer(O, itziar, O, "2026-05-03 20:40", "¿Un pintxo y hablamos?",
       "Iker, encantada de echarte una mano. ¿Qué tal el jueves 7 de mayo a las 18:30 en el Iruña? Si no, lo movemos "
       "a la semana siguiente.\n\nItziar",
       "2026-05-04 08:15",
       "¡Genial, Itziar! El jueves me va de maravilla, allí estaré.\n\nIker",
       kind="confirmation", lang="es", meet=("2026-05-07 18:30", "hdr"), wd="Thu", rel="weekday", sig=False,
       note="Day-only acceptance ('el jueves ... allí estaré') of the single slot in the quoted proposal: confirmation, Thu 7 May at 18:30 at the Date header's +02:00.")

answer(O, O, yanet, "2026-05-11 16:00", "Charla sobre remolcadores y eólica",
       "Hola Yanet:\n\nMil gracias por aceptar. ¿Te viene bien el viernes 22 a mediodía vuestra hora, o prefieres otro día?\n\nIker",
       "2026-05-11 19:48",
       "Hola Iker, qué bueno saber de ti.\n\nSí, chico, quedamos entonces el viernes 22 al mediodía, hora de Cuba. "
       "La conexión aquí a veces se pone majadera, así que si se cae te llamo por WhatsApp.\n\nUn beso,\nYanet",
       kind="confirmation", lang="es", meet=("2026-05-22 12:00", HAV), wd="Fri", sig=False,
       note="Fixes Friday 22 May at 'mediodía' with a named zone ('hora de Cuba'): confirmation at 12:00 America/Havana (-04:00 in May).")

answer(O, O, pilar, "2026-05-25 09:10", "Reunión martes 2 de junio",
       "Hola Pilar:\n\nTe confirmo que el martes 2 de junio a las 17:00 me paso por vuestras oficinas de Zierbena.\n\nUn saludo,",
       "2026-05-28 13:37",
       "Hola Iker:\n\nMe ha caído un comité de dirección justo el martes por la tarde. Te lo paso al miércoles 3 de junio, "
       "a las cinco de la tarde, mismo sitio; ya te he reenviado la convocatoria actualizada.\n\nDisculpa el baile,",
       kind="confirmation", lang="es", meet=("2026-06-03 17:00", "hdr"), wd="Wed",
       note="Moves the agreed meeting to one new slot ('miércoles 3 de junio, a las cinco de la tarde'): a move is a confirmation, 17:00 at +02:00; the quoted Tuesday is the old date.")

_cal = ics("REQUEST", "Iker / Fernanda: eólica en el norte", "2026-06-09 11:00", "2026-06-09 11:45", MEX, "tzid",
           fernanda, [fernanda, O], datetime(2026, 6, 1, 10, 5, tzinfo=ZoneInfo(MEX)),
           location="https://meet.example/fer-iker")
send(fernanda, O, "2026-06-01 10:05", "Invitación: Iker / Fernanda: eólica en el norte - mar 9 jun 2026 11:00 (CST)",
     "Iker, te mando la invitación para el martes 9 a las 11 (hora del centro de México). Cualquier cosa me avisas.\n\nFer",
     O, kind="confirmation", lang="es", meet=("2026-06-09 11:00", MEX), cal=_cal, sig=False,
     note="A person's calendar invite (METHOD:REQUEST, TZID America/Mexico_City) for Tue 9 June 11:00: the DTSTART wins, confirmation at -06:00.")

# ---- declines
answer(O, O, ignacio, "2026-04-14 09:00", "Petición de reunión breve",
       "Estimado Ignacio:\n\n¿Tendría unos minutos en las próximas semanas para hablar de su equipo de operaciones?\n\nUn saludo,",
       "2026-04-16 19:22",
       "Estimado Iker:\n\nTe agradezco el interés y la manera de plantearlo. Te soy franco: entre el cierre del trimestre y la "
       "puesta en marcha del parque de Tarifa no voy a tener la cabeza para atenderte como mereces. Vuelve a escribirme "
       "después del verano y lo vemos.\n\nUn cordial saludo,",
       kind="decline", lang="es",
       note="Postpones with no new date ('vuelve a escribirme después del verano'); the thanks for the interest is a courtesy: decline.")

answer(O, O, camila, "2026-04-20 11:30", "¿Un café virtual?",
       "Hola Camila:\n\n¿Te parecería una videollamada de media hora para contarme cómo es la gestión de proyectos portuarios ahí?\n\nIker",
       "2026-04-21 14:02",
       "Hola Iker! Qué lindo tu mensaje. Te soy sincera: yo de eólica no sé nada, lo mío son dragados, y no quiero hacerte "
       "perder el tiempo con una charla que no te va a servir. Así que esta vez paso. Fijate en LinkedIn a Tomás Ledesma, él "
       "sí está en el tema.\n\nSuerte!!\nCamila",
       kind="decline", lang="es", sig=False,
       note="Turns the call down ('esta vez paso'); pointing to someone else is not a new meeting: decline.")

answer(O, O, raul, "2026-05-12 17:00", "Reunión jueves 21",
       "Estimado Raúl:\n\nQuedo atento a nuestra llamada del jueves 21 a las 9:00 hora de Lima.\n\nSaludos,",
       "2026-05-18 07:40",
       "Estimado Iker:\n\nLamentablemente voy a tener que suspender lo del jueves. Me mandan a la unidad de Antamina toda la "
       "semana y allá arriba la señal es casi nula. No sé todavía cuándo bajo; apenas regrese le escribo.\n\nDisculpe las molestias.",
       kind="decline", lang="es",
       note="Cancels the agreed Thursday call with no new date ('apenas regrese le escribo'): decline; the quoted 9:00 is the old slot.")

answer(O, osvaldo, O, "2026-05-19 16:20", "Oportunidad Project Manager - Monterrey",
       "Hola Iker, ¿qué tal? Tengo una posición de PM para un parque eólico en Nuevo León que encaja con tu perfil. "
       "¿Te late una llamada esta semana o la próxima?\n\nSaludos,",
       "2026-05-20 09:12",
       "Hola Osvaldo:\n\nMuchas gracias por acordarte de mí. De momento he decidido centrarme en proyectos del Cantábrico y "
       "no quiero hacerte perder tiempo con una llamada para un puesto en México, así que prefiero dejarlo aquí.\n\nUn saludo,",
       kind="decline", lang="es",
       note="Iker refuses the recruiter's call personally ('prefiero dejarlo aquí'): decline, sent.")

# ---- thank-yous
send(O, mikel, "2026-04-10 08:20", "Gracias por lo de ayer",
     "Kaixo Mikel:\n\nSolo quería darte las gracias por el rato de ayer en Zubiarte. Lo que me contaste de cómo preparasteis "
     "la licitación de Getxo me ha aclarado más que tres cursos juntos, y ya he apuntado los dos libros que me recomendaste.\n\n"
     "Eskerrik asko, de verdad.", O, kind="thank_you", lang="es",
     note="Thanks Mikel for yesterday's conversation and concrete advice: thank_you.")

send(daniela, O, "2026-05-06 20:33", "Gracias por la plática",
     "Hola Iker:\n\nMil gracias por la plática del martes. Me sirvió muchísimo lo que me dijiste de presentar mi experiencia "
     "en astilleros como gestión de riesgos; ya reescribí la mitad del CV con eso en mente. Te debo una.\n\nCon cariño desde Guadalajara,",
     O, kind="thank_you", lang="es", charset="windows-1252",
     note="Thanks Iker for Tuesday's talk and its concrete advice: thank_you (windows-1252 plain and HTML).")

answer(O, esteban, O, "2026-05-14 15:00", "Presentación: Iker <> Maite Arregi",
       "Iker, te presento a Maite Arregi, que dirige proyectos en Vestas Iberia. Maite, Iker es el ingeniero naval del que "
       "te hablé. Los dejo que coordinen.\n\nAbrazo,\nEsteban",
       "2026-05-15 09:05",
       "Esteban, gracias por la presentación, ¡un lujo! Ya le he escrito a Maite aparte para no llenarte la bandeja.\n\nUn abrazo,",
       kind="thank_you", lang="es",
       note="Thanks Esteban for an introduction that already happened (quoted): thank_you; the follow-up with Maite is elsewhere.")

send(rosa, O, "2026-05-29 18:44", "Muchas gracias por la revisión",
     "Estimado Iker:\n\nQuería agradecerle de todo corazón por tomarse el tiempo de revisar mi hoja de vida el fin de semana. "
     "Sus comentarios sobre cómo contar los proyectos del Callao fueron de gran ayuda.\n\nAtentamente,",
     O, kind="thank_you", lang="es",
     note="HTML-only Outlook note thanking Iker for reviewing her CV, concrete help that already happened: thank_you.")

# ---- updates
send(O, jon, "2026-05-19 21:10", "Qué tal con Ainhoa",
     "Jon:\n\nTe cuento cómo fue con Ainhoa, que me la presentaste tú. Estuvimos hablando el viernes casi una hora; me explicó "
     "cómo organizan los paquetes de cimentación y me ha pasado a la segunda fase del proceso de Iberdrola. Nada cerrado "
     "todavía, pero pinta bien.\n\nYa te iré contando.", O, kind="update", lang="es",
     note="Tells Jon how the meeting he arranged went and what came of it: update.")

send(O, soledad, "2026-06-12 10:30", "Ya es oficial",
     "Hola Soledad:\n\nQuería que lo supieras por mí: he firmado con Eólica Cantábrica como jefe de proyecto y empiezo después "
     "del verano. Buena parte es culpa de aquella conversación en febrero, así que gracias otra vez.\n\nUn abrazo,",
     O, kind="update", lang="es",
     note="Announces a result (he signed the offer); the closing 'gracias otra vez' is a courtesy, so the kind stays update.")

send(lisandro, O, "2026-06-15 23:05", "Novedades desde Córdoba",
     "Iker, querido, ¿todo bien por allá? Te quería contar que al final me quedé en la consultora pero me pasaron al equipo "
     "de renovables, así que algo de lo que hablamos sirvió. Arranco el lunes con un parque en La Rioja (la nuestra, no la tuya).\n\nAbrazo grande,\nLichi",
     O, kind="update", lang="es", sig=False,
     note="Keeps Iker posted on Lisandro's news since their last exchange: update; the Monday start is not a meeting.")

send(odalys, O, "2026-06-18 14:27", "Te cuento",
     "Hola Iker:\n\nTe escribo para contarte que por fin me aprobaron la beca del máster en Gijón. Salgo de La Habana en "
     "septiembre si todo va bien con el pasaporte. Cuando esté por allá te aviso.\n\nCariños,\nOdalys",
     O, kind="update", lang="es", sig=False, charset="iso-8859-1",
     note="News since the last exchange (the scholarship came through); 'te aviso' sets no meeting: update (ISO-8859-1, 8bit).")

# ---- other
bulk("Empleos Norte", "no-reply@empleosnorte.example", MAD, O, "2026-04-15 07:00",
     "5 nuevas ofertas de Jefe de Proyecto en Bizkaia", O,
     "Hola Iker,\n\nHemos encontrado 5 ofertas nuevas que coinciden con tu alerta «jefe de proyecto eólica».\n\n"
     "Project Manager Offshore - Bilbao - publicado hace 2 días\n\nResponsable de Obra Marítima - Santurtzi - publicado hoy\n\n"
     "Darse de baja de esta alerta", fmt="html",
     headers=[("List-Unsubscribe", "<https://empleosnorte.example/baja>"), ("Precedence", "bulk")],
     note="Automated job alert from a no-reply sender (HTML only): other.")

autoreply(leire, O, "2026-05-21 10:02", "Respuesta automática: Consulta sobre Ibaizabal Eólica",
          "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 1 de junio sin acceso al correo. "
          "Para asuntos urgentes, escriba a proyectos@ibaizabal-eolica.example.\n\nLeire Urkiola", O,
          lang="es", note="Out-of-office auto-reply (Auto-Submitted): other; the return date is not a meeting.")

bulk("Clúster de Energía - Agenda", "agenda@cluster-energia.example", MAD, O, "2026-06-04 09:30",
     "Jornada técnica: eólica flotante en el Cantábrico, 18 de junio", O,
     "Estimados socios:\n\nOs invitamos a la jornada técnica sobre eólica flotante el jueves 18 de junio a las 9:30 en el "
     "Palacio Euskalduna. Inscripción gratuita hasta completar aforo.\n\nSecretaría técnica",
     headers=[("List-Id", "Agenda del Cluster <agenda.cluster-energia.example>"), ("Precedence", "list")],
     note="Mailing-list announcement of an event for all members: a dated event, not a meeting arranged with Iker, so other.")
