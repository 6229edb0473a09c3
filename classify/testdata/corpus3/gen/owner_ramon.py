"""Ramón Ybarra, logistics coordinator in Phoenix moving into supply-chain analytics (Gmail, iPhone).

Contacts in Monterrey and Hermosillo (Spanish), Los Angeles, Dallas, Tucson
and Phoenix; February to October 2026. Phoenix, Hermosillo and Monterrey
keep one offset all year, so the US switch of 8 March moves only Los
Angeles and Dallas relative to Ramón.
"""

from c3 import Person, Thread, ask, bulk, forward, send

Z = "America/Phoenix"

ramon = Person("Ramón Ybarra", "ramon.ybarra@saguaromail.example", Z, client="gmail", locale="en-US",
               sig="Ramón Ybarra\nLogistics Coordinator, Desert Sun Distribution\nPhoenix, AZ")
lucia = Person("Lucía Garza Treviño", "lucia.garza@nortenalog.example", "America/Monterrey", client="gmail",
               locale="es", sig="Lucía Garza Treviño\nGerente de Analítica de Cadena de Suministro\nNorteña Logística · Monterrey, N.L.")
andres = Person("Andrés Villaseñor", "avillasenor@sonoradist.example", "America/Hermosillo", client="outlook",
                locale="es", sig="Andrés Villaseñor\nJefe de Operaciones\nSonora Distribución · Hermosillo")
caitlin = Person("Caitlin Brooks", "caitlin.brooks@pacificcrate.example", "America/Los_Angeles", client="gmail",
                 locale="en-US", sig="Caitlin Brooks\nDirector, Supply Chain Analytics | Pacific Crate\nLos Angeles, CA")
dwayne = Person("Dwayne Pettiford", "dwayne.pettiford@lonestarops.example", "America/Chicago", client="outlook",
                locale="en-US", sig="Dwayne Pettiford\nVP, Operations Research\nLone Star Ops | Dallas, TX\nO: (214) 555-0107")
tessa = Person("Tessa Nguyen", "tessa.nguyen@icloud.example", Z, client="iphone", locale="en-US")
gabe = Person("Gabriel Ortiz", "gabe.ortiz@rainforest-logistics.example", "America/Los_Angeles", client="gmail",
              locale="en-US")
chad = Person("Chad Whitaker", "chad.whitaker@freightlens.example", Z, client="gmail", locale="en-US",
              sig="Chad Whitaker\nAccount Executive | FreightLens")
leticia = Person("Leticia Moreno", "leticia.moreno@saguaro-cold.example", Z, client="outlook_html", locale="en-US",
                 sig="Leticia Moreno\nDirector of Planning | Saguaro Cold Chain\nTucson, AZ",
                 legal="CONFIDENTIAL: This communication is intended only for the named recipient(s). If you "
                       "received it in error, please notify the sender and delete it.")
doug = Person("Doug Hendricks", "doug.hendricks@desertsundist.example", Z, client="outlook", locale="en-US",
              sig="Doug Hendricks\nDirector of Logistics | Desert Sun Distribution")

# ---------------------------------------------------------------- Lucía (Monterrey)

t = Thread(ramon, "De parte de Andrés Villaseñor")
t.send(ramon, [lucia], "2026-02-10 18:30", """Hola Lucía:

Te escribo de parte de Andrés Villaseñor, que me contó que tú armaste el equipo de analítica de cadena de suministro en Norteña Logística. Llevo ocho años en coordinación logística en Phoenix y quiero dar el salto a analítica.

¿Tendrías unos 20 minutos para una llamada en las próximas semanas? Cuando a ti te acomode.

Saludos,
Ramón""", lang="es", kind="request",
       note="[es] Asks a referred contact for a 20-minute call 'en las próximas semanas', leaving the time to her; request.")
t.reply(lucia, ramon, "2026-02-13 12:05", """¡Hola Ramón!

Claro, con gusto. Quedamos el jueves 19 de marzo a las 4 de la tarde, hora de Monterrey (las 3 en Phoenix). Te mando la liga de Zoom unos días antes.

Saludos,
Lucía""", lang="es", kind="confirmation", meet=("2026-03-19 16:00", "America/Monterrey"), wd="Thu",
        note="[es] 'Quedamos el jueves 19 de marzo a las 4 de la tarde, hora de Monterrey' fixes the call; Monterrey has no DST (-06:00), and the restatement '3 en Phoenix' is the same instant.")
t.reply(ramon, lucia, "2026-03-19 17:10", """Lucía:

Mil gracias por la llamada de hoy. Me sirvió muchísimo lo que me dijiste de empezar por los datos de inventario que ya manejo, en lugar de buscar proyectos nuevos. Ya estoy armando el primer tablero.

¡Seguimos en contacto!
Ramón""", lang="es", kind="thank_you",
        note="[es] Thanks Lucía for the call that day and names what helped; '¡Seguimos en contacto!' is a courtesy.")
t.reply(lucia, ramon, "2026-04-06 10:40", """Hola Ramón:

Te cuento que ya salió la vacante de analista de planeación de demanda que te comenté. La convocatoria cierra el 30 de abril. Yo ya le hablé de ti al gerente del área.

Saludos,
Lucía""", lang="es", kind="update",
        note="[es] News since the call (the role she mentioned is open, she spoke to the manager); '30 de abril' is a deadline, not a meeting.")
t.reply(ramon, lucia, "2026-05-11 20:20", """Hola Lucía:

Gracias otra vez por pensar en mí. Al final no apliqué a la vacante, porque por la familia me quedo en Phoenix, pero sí me inscribí al diplomado en línea de analítica de cadena de suministro del Tec, que empezó el 4 de mayo. Ya te contaré cómo me va.

Un abrazo,
Ramón""", lang="es", kind="update",
        note="[es] News since the last exchange (did not apply, started a course on 4 May); 'gracias otra vez' is a courtesy and the course start is not a meeting.")

# ---------------------------------------------------------------- Andrés (Hermosillo)

t = Thread(ramon, "Llamada")
ask(t, ramon, andres, "2026-04-16 19:00", """Andrés, ¿tendrás chance de una llamada la próxima semana? Quiero contarte cómo me fue con Lucía y pedirte consejo.

Ramón""", lang="es")
ask(t, andres, ramon, "2026-04-17 09:10", """Claro, Ramón. El viernes 24 a las 10:00 me queda bien.

Andrés""", kind="confirmation", lang="es")
t.reply(andres, ramon, "2026-04-22 18:25", """Ramón, disculpa, voy a tener que cancelar nuestra llamada del viernes. Se me complicó la semana con el cierre de mes y no quiero quedarte mal otra vez.

Mejor te escribo yo cuando se calme esto, ¿va?

Saludos,
Andrés""", lang="es", charset="iso-8859-1", kind="decline",
        note="[es] Cancels the agreed Friday call with no new date ('mejor te escribo yo cuando se calme'); the quoted text is his own earlier confirmation of 'viernes 24 a las 10:00'. ISO-8859-1, Outlook quoting.")
posting = send(Person("Bolsa de Trabajo Sonora", "empleos@bolsasonora.example", "America/Hermosillo", client="gmail"),
               [andres], "2026-07-08 08:00", "Vacante: Analista de Inventarios - Hermosillo", """Analista de Inventarios - Hermosillo, Son.

Empresa de distribución busca analista de inventarios con experiencia en logística y manejo de Excel avanzado o Power BI.

Fecha límite para postularse: 31 de julio de 2026. Entrevistas la primera semana de agosto.""", ramon, sig=False,
               kind="other", note="(forwarded only)")
forward(andres, [ramon], "2026-07-09 13:40", """Ramón, me acordé de ti cuando vi esta vacante. Sé que quieres quedarte en Phoenix, pero por si conoces a alguien.

Saludos,
Andrés""", posting, ramon, lang="es", charset="iso-8859-1", enc="qp", kind="other",
        note="[es] A contact forwards a job posting ('me acordé de ti'); nothing is asked of Ramón about a meeting, and the deadline and interview week are inside the forwarded posting, so other.")

# ---------------------------------------------------------------- Caitlin (Los Angeles)

t = Thread(ramon, "Your ASCM webinar on inventory analytics")
t.send(ramon, [caitlin], "2026-02-25 20:15", """Hi Caitlin,

I caught your ASCM webinar on inventory analytics last week, and the part about safety stock being "a confession, not a number" has stuck with me.

I'm a logistics coordinator in Phoenix moving into supply-chain analytics. Would you be open to a 20-minute call sometime in the next few weeks?

Thanks,
Ramón""", kind="request", note="A cold ask for a 20-minute call 'in the next few weeks' with no slot; request.")
t.reply(caitlin, ramon, "2026-03-05 11:30", """Hi Ramón,

Happy to! Let's do Thursday 3/12 at 2pm Pacific. I'll send a Zoom link.

Caitlin""", kind="confirmation", meet=("2026-03-12 14:00", "America/Los_Angeles"), wd="Thu",
        note="Fixes 'Thursday 3/12 at 2pm Pacific' (US numeric date); Pacific time is -07:00 after the switch on 8 March, although the Date header is -0800.")
t.reply(caitlin, ramon, "2026-03-11 16:50", """Hi Ramón, so sorry, something came up tomorrow afternoon. I've moved us to Friday at 9:30 instead, same Zoom link. Hope that's OK!

Caitlin""", kind="confirmation", meet=("2026-03-13 09:30", "hdr"), wd="Fri", rel="weekday",
        note="Moves the agreed call to a new fixed time ('moved us to Friday at 9:30'); Friday after a Wednesday Date is 13 March at the -0700 Date header, and the quoted text still holds 2pm Pacific on Thursday.")
t.reply(ramon, caitlin, "2026-03-13 11:05", """Hi Caitlin,

Thank you for making time this morning, especially after the reshuffle. Walking through how you built the first forecast-accuracy report from shipment data was exactly the kind of concrete example I was missing.

Best,
Ramón""", kind="thank_you", note="Thanks Caitlin for the call that morning and names what helped; nothing asked or fixed.")
t.reply(caitlin, ramon, "2026-09-08 09:45", """Hi Ramón,

Reporting back: the analyst req I mentioned in March finally got approved. I've referred you internally, so a recruiter named Jolene should reach out this week or next.

Caitlin""", kind="update",
        note="News months after the call (the role was approved, she referred him); a recruiter's future outreach is not a meeting with Caitlin.")
t.reply(ramon, caitlin, "2026-10-21 19:30", """Hi Caitlin,

Closing the loop: Jolene was great, and I had a first-round interview. In the meantime, though, I accepted an offer at Sonoran Freight as a supply chain analyst, so I've withdrawn from the process. I start November 2.

Thanks again for the referral.

Ramón""", kind="update",
        note="A 'closing the loop' note: accepted an offer elsewhere, start date November 2 (not a meeting); 'thanks again for the referral' is a courtesy.")

# ---------------------------------------------------------------- Dwayne (Dallas)

t = Thread(ramon, "Operations research - 20 minutes?")
ask(t, ramon, dwayne, "2026-06-01 18:00", """Hi Dwayne,

I'm a logistics coordinator in Phoenix moving into supply-chain analytics, and your talk on route optimization at the CSCMP Edge conference was a highlight for me. Would you have 20 minutes for a call in the next few weeks?

Ramón""")
t.reply(ramon, dwayne, "2026-06-11 07:40", """Hi Dwayne, just bumping this in case it got buried. Totally understand if you're slammed.

Ramón""", kind="request",
        note="A short bump on an unanswered ask (quoted below); nudges are requests.")
t.reply(dwayne, ramon, "2026-06-12 14:05", """Ramón,

Appreciate you reaching out, and the bump. Honestly, the most useful thing I can do is point you at a couple of things rather than get on a call:

- the free supply chain analytics course at https://learn.example/scm-analytics (do the capstone, it's the good part)
- "Operations Research for Everyone" by Hal Brandt

I'm not taking calls right now, but those will do more for you than 30 minutes with me would. Good luck.

Dwayne""", kind="decline",
        note="A refusal wrapped in thanks and resources (a course link and a book) with no new date; 'not taking calls right now' is a postponement without a date.")

# ---------------------------------------------------------------- Tessa (Phoenix)

t = Thread(ramon, "coffee")
t.send(tessa, [ramon], "2026-08-13 06:58", """coffee next week? want to hear about the job hunt x""", kind="request",
       note="A mobile one-liner asking for a coffee 'next week' with no day or time; request.")
t.reply(ramon, tessa, "2026-08-13 07:20", """Yes!! Tuesday or Thursday before 8, Cartel on University?""", mobile=True,
        kind="request", note="Answers with two candidate mornings and a place, asking which; not fixed yet, so request.")
t.reply(tessa, ramon, "2026-08-14 06:45", """tues 7:30 👍""", kind="confirmation", meet=("2026-08-18 07:30", "hdr"),
        wd="Tue", rel="weekday",
        note="A three-word mobile reply fixing 'tues 7:30' from the quoted options; Tuesday after a Friday Date is 18 August, at Phoenix's -0700 (no DST).")
t.reply(ramon, tessa, "2026-10-20 18:02", """Got the job!!! Starting Nov 2 at Sonoran Freight. Couldn't have done it without those mock interviews 🙏""",
        mobile=True, kind="update",
        note="A mobile one-liner with news (got the job, start date Nov 2, not a meeting); the gratitude is a courtesy, and the quoted text is her confirmation.")

# ---------------------------------------------------------------- refusals

t = Thread(ramon, "Supply chain analytics at Rainforest")
ask(t, ramon, gabe, "2026-05-18 19:00", """Hi Gabe,

Lucía Garza mentioned you lead the inbound analytics team at Rainforest. Would you have 20 minutes for a call about how the team hires?

Ramón""")
t.reply(gabe, ramon, "2026-05-19 21:10", """Hey Ramón, thanks for thinking of me. Timing's a bit funny: Friday is my last day at Rainforest, and I'm taking a few months off to travel before whatever's next, so I'm not really the right person to talk to about the team anymore.

Hope you find someone great.
Gabe""", kind="decline",
        note="Refuses because he is leaving the company and taking time off; 'Friday is my last day' is a departure date, not a meeting, and no new date is offered.")

t = Thread(ramon, "Coffee on me? FreightLens + Desert Sun")
ask(t, chad, ramon, "2026-07-20 10:00", """Hi Ramón,

I'd love to buy you a coffee and show you how FreightLens gives teams like yours live visibility on every load. Do you have 30 minutes next week?

Chad""")
t.reply(ramon, chad, "2026-07-20 15:45", """Hi Chad, appreciate it, but we're locked into our current TMS contract through 2027, so I'll skip the coffee. Thanks!

Ramón""", kind="decline",
        note="The owner refuses a salesperson's coffee ask ('I'll skip the coffee'); 'through 2027' is a contract term, not a date for a meeting.")

t = Thread(ramon, "Cold chain planning - a quick chat?")
ask(t, ramon, leticia, "2026-08-24 20:00", """Hi Leticia,

I'm a logistics coordinator in Phoenix moving into planning analytics. Would you be up for a short call sometime?

Ramón""")
ask(t, leticia, ramon, "2026-08-26 09:00", """Sure, send me a few times.

Leticia""")
ask(t, ramon, leticia, "2026-08-26 12:30", """Thanks Leticia! Any of these work?

Wed 9/2, 8-9am
Thu 9/3, 12-1pm
Mon 9/7 is Labor Day, so Tue 9/8 after 3

Ramón""")
t.reply(leticia, ramon, "2026-08-28 16:10", """Hi Ramón,

Unfortunately none of those work, and I'm traveling for most of next month. Let's leave it for now; I'll reach out if things open up.

Leticia""", kind="decline",
        note="Rejects every quoted slot and leaves it open-ended ('let's leave it for now') with no new date; the quoted text is Ramón's slot list (a request) and must not decide. HTML-only Outlook.")

# ---------------------------------------------------------------- work and bulk

send(doug, [ramon], "2026-03-20 10:12", "Carrier addendum - signature by 3pm today", """Ramón,

Please sign the carrier contract addendum (DocuSign link in the separate email) by 3pm today. Legal needs it before Monday's go-live with Roadrunner Freight.

Thx,
Doug""", ramon, kind="other",
     note="The owner's manager asks for a signature by 3pm today; a work ask with a deadline, and the Monday go-live is a project date, not a meeting.")

bulk("Valley Supply Chain Roundtable", "info@valleyscr.example", Z, ramon, "2026-09-01 08:00",
     "September Roundtable: demand sensing in practice", ramon, """Valley Supply Chain Roundtable - September

Join us on Tuesday Sept 15 at 5:30pm at the Tempe Center for a panel on demand sensing in practice, followed by networking.

Members free, guests $15. RSVP by Sept 11.

You are receiving this because you are on the VSCR mailing list. Unsubscribe: https://valleyscr.example/unsubscribe""",
     "Mailing-list event announcement with List headers; the panel date and time are for the whole list, not a meeting with Ramón.",
     headers=[("List-Id", "VSCR Members <members.valleyscr.example>"),
              ("List-Unsubscribe", "<https://valleyscr.example/unsubscribe>"), ("Precedence", "list")])

bulk("Sonoran Freight Recruiting", "no-reply@hire.sonoranfreight.example", Z, ramon, "2026-09-24 14:00",
     "Interview scheduled: Supply Chain Analyst - Sonoran Freight", ramon, """Hi Ramón,

Your interview has been scheduled.

Position: Supply Chain Analyst
When: Thursday, October 1, 2026, 10:00 AM - 11:00 AM (MST)
Where: Sonoran Freight HQ, 2200 E Washington St, Phoenix (ask for the Talent team at reception)
Interviewers: Marta Lujan, Owen Pratt

Need to make a change? Use the link in your candidate portal.

This message was sent by an automated system. Replies are not monitored.""",
     "An applicant-tracking system's automated interview notice; it fixes a time, but notifications sent by a service are other, not confirmation.",
     headers=[("Auto-Submitted", "auto-generated")])

bulk("ASCM", "noreply@ascm-certs.example", "America/Chicago", ramon, "2026-09-29 11:30",
     "Your CPIM Part 1 exam appointment", ramon, """Dear Ramón Ybarra,

Thank you for scheduling your exam.

Exam: CPIM Part 1
Date: Saturday, October 10, 2026
Time: 9:00 AM MST
Location: Test center, 4110 N Central Ave, Phoenix, AZ

Bring a valid photo ID. Rescheduling is possible up to 48 hours before your appointment.""",
     "Automated exam-scheduling receipt; 'thank you for scheduling' is not thanks for a person's help, and the exam is not a meeting.",
     headers=[("Auto-Submitted", "auto-generated")], enc="b64")
