"""Beatriz Costa, São Paulo: a marketing manager moving into UX writing and content design.

Gmail with a Brazilian Portuguese locale, so her replies are introduced by
"Em qua., 4 de mar. de 2026 às 18:10, ... escreveu:" whatever language the
body is in. Spanish threads with Buenos Aires and Madrid.
"""

from corpus import Thread, hidden, send
from ics import ics
from mail import Person

beatriz = Person("Beatriz Costa", "beatriz.costa@bcosta.example", "America/Sao_Paulo", client="gmail", locale="pt-BR",
                 sig="Beatriz Costa\nMarketing Manager, Lumo Pagamentos\nSão Paulo · +55 11 95555-0142", sigsep=True)
ethan = Person("Ethan Brooks", "ethan@lonestar-software.example", "America/Chicago", client="gmail", locale="en-US",
               sig="Ethan Brooks\nContent Design Manager, Lonestar Software\nAustin, TX")
carlos = Person("Carlos Ruiz", "carlos.ruiz@mercadovivo.example", "America/Argentina/Buenos_Aires", client="gmail", locale="es",
                sig="Carlos Ruiz\nLíder de Content Design · MercadoVivo\nBuenos Aires", sigsep=True)
laura = Person("Laura Méndez", "laura.mendez@glovia.example", "Europe/Madrid", client="outlook", locale="es",
               sig="Laura Méndez\nUX Writer Lead | Glovia\nC/ Pallars 193, 08005 Barcelona",
               legal="Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo "
                     "comunique al remitente y proceda a su eliminación.")
ines = Person("Inês Carvalho", "ines.carvalho@tinta-studio.example", "Europe/Lisbon", client="apple", locale="en-GB",
              sig="Inês Carvalho\nContent Strategist · Tinta Studio, Lisboa")
lucas = Person("Lucas Almeida", "lucas.almeida@univ-mail.example", "America/Sao_Paulo", client="gmail", locale="pt-BR")
rokafor = Person("Rachel Okafor", "rachel@contentfirst.example", "Europe/London", client="gmail", locale="en-GB")
thiago = Person("Thiago Nunes", "thiago@startup-pix.example", "America/Sao_Paulo", client="gmail", locale="pt-BR")

O = beatriz

# ---------------------------------------------------------------- B1: Ethan (Austin)
t = Thread(O, "Marketing to content design: a question from São Paulo")
t.send(beatriz, [ethan], "2026-03-03 10:00", """Hi Ethan,

I read your Medium post on "microcopy debt" and shared it with my whole marketing team, who now say "that's microcopy debt" about everything.

I've led marketing content at a Brazilian fintech for six years and I'm moving into content design. Would you have 30 minutes for a video call in the coming weeks? I'd love to hear how you evaluate portfolios from people with a marketing background.

Best,
Beatriz""", kind="request",
       note="Cold ask for 30 minutes in the coming weeks; her Gmail is in Portuguese but the message is English.")

t.reply(ethan, beatriz, "2026-03-04 15:30", """Hi Beatriz,

Ha, I'm glad the phrase is spreading. Happy to chat. I could do Thursday 3/12 at 10am CT or Friday 3/13 at 1pm CT. Which is better for you?

Ethan""", kind="request",
        note="Offers two US-numeric candidate slots in Central time and asks which suits.")

t.reply(beatriz, ethan, "2026-03-04 18:10", """Hi Ethan,

Thursday 3/12 at 10am CT works. That's noon in São Paulo, now that you've changed your clocks and we no longer do. Thank you!

Beatriz""", kind="confirmation", meet=("2026-03-12 10:00", "America/Chicago"), wd="Thu",
        note="Fixes 'Thursday 3/12 at 10am CT' (US date) from a São Paulo -0300 Date header; Central is -05:00 after the 8 March switch, and noon in São Paulo is the same instant.")

t.reply(beatriz, ethan, "2026-03-12 13:00", """Hi Ethan,

Thank you so much for today's call. The exercise of rewriting one of our push notifications three ways and explaining the trade-offs is exactly the kind of portfolio piece I didn't know I needed.

Best,
Beatriz""", kind="thank_you",
        note="Thanks Ethan for the call that day and names the advice.")

t.reply(ethan, beatriz, "2026-05-19 11:45", """Hi Beatriz,

Wanted to let you know we're hiring a content designer for our payments squad, and it's open to remote candidates in Latin America. I put your name in with the hiring manager.

Ethan""", kind="update",
        note="Ethan keeps Beatriz posted on a role and a referral; no meeting is arranged.")

t.reply(ethan, beatriz, "2026-07-06 08:00", """Thanks for your message! I'm out of the office until Monday, July 20 with limited access to email. For anything urgent, please reach out to content-team@lonestar-software.example.""",
        sig=False, quote=False, subject="Automatic reply: Re: Marketing to content design: a question from São Paulo",
        headers=[("Auto-Submitted", "auto-replied")], kind="other",
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied) with a return date; automated mail is other.")

# ---------------------------------------------------------------- B2: Carlos (Buenos Aires, Spanish)
t = Thread(O, "Consulta sobre content design en MercadoVivo")
t.send(beatriz, [carlos], "2025-10-07 20:00", """Hola Carlos:

Soy gerente de marketing en una fintech de São Paulo y estoy haciendo la transición hacia content design. Vi tu charla en el UX Latam y me encantó la parte sobre el tono de voz en los mensajes de error.

¿Tendrías media hora en las próximas semanas para una videollamada? Me gustaría saber cómo armaste tu equipo.

¡Gracias!
Beatriz""", kind="request", lang="es",
       note="[es] Cold ask for a half-hour video call; no time proposed.")

t.reply(carlos, beatriz, "2025-10-09 11:20", """¡Hola Beatriz!

Qué lindo leer esto. Dale, hablemos el miércoles 15 a las 18 h, te mando el link de Meet.

Abrazo,
Carlos""", kind="confirmation", lang="es", meet=("2025-10-15 18:00", "hdr"), wd="Wed",
        note="[es] Fixes 'el miércoles 15 a las 18 h' (Wednesday 15 October); Buenos Aires and São Paulo are both -03:00 with no DST.")

t.reply(beatriz, carlos, "2025-10-09 11:45", """¡Perfecto, nos vemos el miércoles!

Bea""", sig=False, kind="confirmation", lang="es", meet=("2025-10-15 18:00", "hdr"), wd="Wed",
        note="[es] Short acceptance naming only the weekday; the time (18 h) is in the quoted message, quoted under a Portuguese 'escreveu:' line.")

t.reply(beatriz, carlos, "2025-10-15 19:30", """Hola Carlos:

¡Muchísimas gracias por la charla de hoy! Me sirvió un montón lo que me contaste sobre cómo medir el impacto de un cambio de copy. Ya tengo tarea para el fin de semana.

Un abrazo,
Beatriz""", kind="thank_you", lang="es",
        note="[es] Thanks Carlos for the call that day and names what helped.")

t.reply(carlos, beatriz, "2026-02-10 09:30", """Hola Bea:

Te cuento que finalmente abrimos una búsqueda de content designer semi senior en São Paulo. Le pasé tu nombre a la recruiter, así que capaz te escribe esta semana.

Abrazo,
Carlos""", kind="update", lang="es",
        note="[es] Keeps Beatriz posted on an opening and a referral; 'esta semana' is about the recruiter writing, not a meeting.")

# ---------------------------------------------------------------- B3: Laura (Madrid, Outlook, windows-1252)
t = Thread(O, "Consulta: de marketing a UX writing")
t.send(beatriz, [laura], "2026-10-20 09:00", """Hola Laura:

Te escribo desde São Paulo. Llevo seis años en marketing de contenidos y estoy pasándome al UX writing. Tu guía de estilo para Glovia es de lo mejor que he leído en español.

¿Tendrías 20 minutos para una videollamada en las próximas semanas?

Muchas gracias,
Beatriz""", kind="request", lang="es",
       note="[es] Cold ask for a 20-minute call; no time proposed.")

t.reply(laura, beatriz, "2026-10-21 13:15", """Hola, Beatriz:

Muchas gracias por escribirme y por tus palabras sobre la guía. Ahora mismo no puedo comprometerme a ninguna llamada: estamos en pleno lanzamiento hasta final de año y voy a tope. Escríbeme de nuevo en enero, si te parece, y lo vemos.

Un saludo,
Laura""", kind="decline", lang="es", charset="windows-1252",
        note="[es] Windows-1252 Outlook reply postponing to 'enero' with no date; a postponement without a new date is a decline.")

t.reply(beatriz, laura, "2027-01-05 10:00", """Hola, Laura:

¡Feliz año! Como me sugeriste, te escribo de nuevo en enero. ¿Tendrías 20 minutos en las próximas semanas para esa videollamada?

Un saludo,
Beatriz""", kind="request", lang="es",
        note="[es] A nudge renewing the ask after the postponement.")

t.reply(laura, beatriz, "2027-01-11 10:30", """Hola, Beatriz:

¡Claro! Hagámosla el jueves 14 de enero a las 17:00, hora de Madrid (las 13:00 en São Paulo, si no me fallan las cuentas). Te mando una invitación de Teams.

Un saludo,
Laura""", kind="confirmation", lang="es", meet=("2027-01-14 17:00", "Europe/Madrid"), wd="Thu", charset="windows-1252",
        note="[es] Fixes 'el jueves 14 de enero a las 17:00, hora de Madrid' (+01:00 in winter); 13:00 in São Paulo is the same instant.")

# ---------------------------------------------------------------- B4: Inês (Lisbon)
ask = hidden(send(beatriz, [ines], "2026-03-24 15:00", "Content strategy in Lisbon", """Hi Inês,

A friend at Tinta recommended I talk to you about content strategy roles in Europe. Would you have half an hour for a call sometime soon?

Beatriz""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Content strategy in Lisbon")
t.msgs.append(ask)
t.reply(ines, beatriz, "2026-03-26 09:00", """Hi Beatriz,

Of course! I could do Tuesday 31 March or Wednesday 1 April, at 2pm Lisbon time on either day. Mind that we change to summer time on Sunday the 29th.

Inês""", kind="request",
        note="Offers two candidate days at 2pm Lisbon time and lets Beatriz pick; nothing is fixed.")

t.reply(beatriz, ines, "2026-03-26 08:30", """Hi Inês,

Tuesday 31 March at 2pm Lisbon time is perfect, thank you! That should be 10am for me.

Beatriz""", kind="confirmation", meet=("2026-03-31 14:00", "Europe/Lisbon"), wd="Tue",
        note="Fixes 'Tuesday 31 March at 2pm Lisbon time' from a -0300 Date header; Lisbon moves to +01:00 on 29 March.")

t.reply(beatriz, ines, "2026-03-31 12:00", """Hi Inês,

Thank you so much for this morning's call (your afternoon!). Hearing how Tinta runs content audits for banks gave me a much clearer idea of what to put in my portfolio.

Beatriz""", kind="thank_you",
        note="Thanks Inês for the call that morning, Beatriz's time.")

# ---------------------------------------------------------------- B5: Lucas asks; Beatriz sends an iCloud invite
t = Thread(O, "Dúvida sobre UX writing / question about UX writing")
t.send(lucas, [beatriz], "2026-06-15 18:20", """Hi Beatriz,

I'm finishing my journalism degree and I'd love to hear how you're moving into UX writing. Would you have 20 minutes for a call this week or next? Sorry for writing in English, my professor said it's good practice!

Thanks,
Lucas""", kind="request",
       note="A student asks for 20 minutes 'this week or next'; no slot proposed.")

inv = t.reply(beatriz, lucas, "2026-06-16 09:00", """Hi Lucas,

Sure! I've sent you an invite for Friday at 4pm. We can do it in Portuguese if you prefer, no need to practise on me.

Beatriz""", kind="confirmation", meet=("2026-06-19 16:00", "America/Sao_Paulo"), wd="Fri", rel="weekday",
               note="Reply with an Apple-style invite (text/calendar METHOD:REQUEST, DTSTART;TZID=America/Sao_Paulo) for Friday 19 June 16:00; São Paulo is -03:00 all year.")
inv.cal = ics("REQUEST", "Beatriz / Lucas - UX writing", "2026-06-19 16:00", "2026-06-19 16:30", "America/Sao_Paulo", "tzid",
              beatriz, [beatriz, lucas], inv.date, prodid="-//Apple Inc.//macOS 15.5//EN")
inv.cal_method = "REQUEST"
inv.cal_attach = True

t.reply(lucas, beatriz, "2026-06-19 17:10", """Hi Beatriz,

Thank you so much for the call! The tip about rewriting error messages from apps I use every day as portfolio practice is great. I'll send you a couple when they're done, no pressure.

Lucas""", kind="thank_you",
        note="Thanks Beatriz for the call that afternoon; offering to send samples later is not a meeting ask.")

# ---------------------------------------------------------------- B6, B7: declines
ask = hidden(send(beatriz, [rokafor], "2026-04-20 11:00", "A question about content design leadership", """Hi Rachel,

Your book on content design changed how I think about my job. Would you have 20 minutes for a call? I'm moving from marketing into content design.

Beatriz""", O, kind="request", note="(quoted only)"))
t = Thread(O, "A question about content design leadership")
t.msgs.append(ask)
t.reply(rokafor, beatriz, "2026-04-22 17:30", """Hi Beatriz,

Thank you, that's lovely to hear. I'm afraid I don't have the capacity for calls for the rest of the year; I'm writing the second edition and I've had to say no to everything. There's a free community call on the first Thursday of every month that might help, and the book's website has a page of resources for people moving from marketing.

Best wishes,
Rachel""", kind="decline",
        note="Refuses a call for the rest of the year and points to a monthly community call; no new date is offered.")

t = Thread(O, "Marketing advice for a Pix startup?")
t.send(thiago, [beatriz], "2026-08-03 14:00", """Hi Beatriz,

I'm the founder of a small Pix payments startup. A mutual friend said you're the best fintech marketer in São Paulo. Could I take you for coffee and pick your brain on our launch campaign?

Abraço,
Thiago""", kind="request",
       note="A founder asks for a coffee to pick Beatriz's brain; a request for a meeting.")

t.reply(beatriz, thiago, "2026-08-04 09:10", """Hi Thiago,

Thank you for the kind words. I'm going to say no, though: I'm leaving marketing for content design and I'm trying hard not to take on marketing advice on the side right now. Good luck with the launch!

Beatriz""", kind="decline",
        note="Beatriz declines the coffee; her career news is the reason, and decline outranks update.")

# ---------------------------------------------------------------- other
send(Person("UX Writing Hub", "hello@news.uxwritinghub.example", "America/New_York", client="bulk"), [beatriz], "2026-01-14 13:00",
     "The Microcopy Digest: error messages, voice charts and a free workshop", "", O, client="bulk", fmt="alt",
     plain_text="""THE MICROCOPY DIGEST

This week: error messages that apologise less and help more.

FREE WORKSHOP: Voice charts in practice
Wednesday, January 28, 12pm ET. Save your seat: https://uxwritinghub.example/workshop

Unsubscribe: https://uxwritinghub.example/unsub
""", html="""<html><body><h1>The Microcopy Digest</h1><p>This week: error messages that apologise less and help more.</p>
<p><b>Free workshop:</b> Voice charts in practice, Wednesday, January 28, 12pm ET.</p>
<p><a href="https://uxwritinghub.example/unsub">Unsubscribe</a></p></body></html>
""", headers=[("List-Id", "Microcopy Digest <digest.news.uxwritinghub.example>"),
              ("List-Unsubscribe", "<https://uxwritinghub.example/unsub>"), ("Precedence", "bulk")],
     kind="other", note="Newsletter (List-Id, Precedence: bulk) advertising a workshop time; bulk mail is other.")

send(Person("Comunidad UX Madrid", "hola@lists.uxmadrid.example", "Europe/Madrid", client="bulk"), [beatriz], "2026-09-10 10:00",
     "Próximo encuentro: escritura UX en productos financieros", "", O, client="bulk", fmt="plain", charset="iso-8859-1", enc="qp",
     lang="es", plain_text="""¡Hola!

Nuestro próximo encuentro online es el jueves 24 de septiembre a las 19:00 (hora de Madrid): "Escritura UX en productos financieros", con Laura Méndez (Glovia).

Inscripción gratuita en la web de la comunidad.

Recibes este correo porque estás suscrita a la lista de la Comunidad UX Madrid. Para darte de baja, responde con "BAJA".
""", headers=[("List-Id", "Comunidad UX Madrid <comunidad.lists.uxmadrid.example>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:baja@lists.uxmadrid.example>")],
     kind="other", note="[es] ISO-8859-1 community list mail (List-Id, Precedence: list) announcing an online event with a date and time; list mail is other.")

send(Person("Banco Lumo", "naoresponda@avisos.bancolumo.example", "America/Sao_Paulo", client="bulk"), [beatriz], "2026-05-05 07:00",
     "Your card statement is ready", "", O, client="bulk", fmt="html", html_enc="qp",
     html="""<html><body><p>Hello Beatriz,</p><p>Your card statement for April is ready. Due date: May 15, 2026.</p>
<p>Amount due: R$ 2.318,40</p><p>This is an automatic message. Please do not reply.</p></body></html>
""", headers=[("Auto-Submitted", "auto-generated")],
     kind="other", note="No-reply bank notice with a due date; automated mail is other.")
