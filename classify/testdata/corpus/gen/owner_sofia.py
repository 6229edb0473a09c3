"""Sofia Reyes, San Francisco: a molecular-biology postdoc moving into biotech product management.

Gmail at her desk, iPhone on the go; one thread in Spanish with a product
lead in Bogotá.
"""

from corpus import Thread, hidden, send
from ics import ics
from mail import Person

sofia = Person("Sofia Reyes", "sofia.reyes@pmail.example", "America/Los_Angeles", client="gmail", locale="en-US",
               sig="Sofia Reyes, PhD\nPostdoctoral Fellow, Dept. of Cellular & Molecular Pharmacology, UCSF\n(415) 555-0163", sigsep=True)
aaron = Person("Aaron Feld", "afeld@helixa-tx.example", "America/New_York", client="outlook", locale="en-US",
               sig="Aaron Feld\nVP, Product | Helixa Therapeutics\n60 Binney St, Cambridge, MA 02142 | 617.555.0177",
               legal="The information in this email is confidential and may be legally privileged. It is intended solely "
                     "for the addressee. Access to this email by anyone else is unauthorized.")
mei = Person("Mei Chen", "mei@gradientbio.example", "America/Los_Angeles", client="gmail", locale="en-US",
             sig="Mei Chen | Product Manager, Gradient Bio")
diego = Person("Diego Morales", "diego.morales@biotecnia-andina.example", "America/Bogota", client="gmail", locale="es",
               sig="Diego Morales\nLíder de Producto · Biotecnia Andina\nBogotá, Colombia · +57 601 555 0148", sigsep=True)
hannah = Person("Hannah Lindqvist", "hannah.lindqvist@nordgen-bio.example", "Europe/Stockholm", client="outlook", locale="en-GB",
                sig="Hannah Lindqvist\nDirector of Product Strategy\nNordGen Bio AB, Stockholm")
raj = Person("Raj Patel", "raj.patel@ucsf-grad.example", "America/Los_Angeles", client="gmail", locale="en-US")
jordan = Person("Jordan Hayes", "jordan.hayes@talentbridge.example", "America/Los_Angeles", client="outlook", locale="en-US",
                sig="Jordan Hayes\nSenior Technical Recruiter | TalentBridge Partners\n(650) 555-0122")
lab = Person("Tomás Ibarra", "tibarra@ucsf-lab.example", "America/Los_Angeles", client="gmail", locale="en-US")

O = sofia

# ---------------------------------------------------------------- S1: Aaron (Boston, Outlook)
t = Thread(O, "From the bench to product: a question after BIO Boston")
t.send(sofia, [aaron], "2026-02-24 16:40", """Hi Aaron,

I was in the audience for your fireside chat at the BIO Boston partnering day, the one about why so many platform companies fail at their second product. I'm a postdoc at UCSF working on CRISPR screening, and I'm trying to move from the bench into product management.

Would you have 30 minutes in the next few weeks for a call? I'd love to hear how you think about PMs with a wet-lab background and which skills they usually lack.

Best,
Sofia""", kind="request",
       note="Cold ask for a 30-minute call after a conference; the talk is context and no slot is given.")

t.reply(aaron, sofia, "2026-03-02 07:55", """Hi Sofia,

Happy to. Would Tuesday, March 10 at 1pm ET or Wednesday, March 11 at 11am ET work? Heads up that we spring forward on the 8th, so double-check your calendar math.

Aaron""", kind="request",
        note="Offers two candidate slots in ET and asks which works; the DST remark is not a time.")

t.reply(sofia, aaron, "2026-03-02 09:10", """Hi Aaron,

Tuesday, March 10 at 1pm ET works great, that's 10am for me. Thanks so much!

Sofia""", kind="confirmation", meet=("2026-03-10 13:00", "America/New_York"), wd="Tue",
        note="Fixes 'Tuesday, March 10 at 1pm ET' from a Pacific -0800 Date header; two days after the US switch ET is -04:00.")

t.reply(sofia, aaron, "2026-03-10 11:20", """Hi Aaron,

Thank you for the call this morning. The way you framed it, that a scientist-PM's job is to decide which experiments the product never needs to run, reorganized how I think about the whole role. I've started the teardown of your assay-ordering flow that you suggested.

Best,
Sofia""", kind="thank_you",
        note="Thanks Aaron for the call that morning and reports what she started; thank_you outranks the small update.")

t.reply(aaron, sofia, "2026-06-17 13:02", """Sofia,

Some news: we closed our Series B last week and we're hiring a PM for the screening platform. I've told our recruiter, Dana, to expect your application; your teardown is still the best unsolicited one I've received.

Aaron""", kind="update",
        note="Aaron keeps Sofia posted (funding, a role, he briefed the recruiter); no meeting is asked for.")

t.reply(sofia, aaron, "2026-10-29 14:00", """Hi Aaron,

Thank you again for the nudge in June. I'm through to the final round for the platform PM role, with the panel on November 6. Would you have 20 minutes early next week for a quick sanity check on my case presentation? Totally understand if that's a conflict.

Best,
Sofia""", kind="request",
        note="Asks for 20 minutes 'early next week'; the final-round date is news and the ask outranks it.")

t.reply(aaron, sofia, "2026-10-29 18:30", """Sofia,

No conflict, I'm not on the panel. Let's do Monday Nov 2 at 1pm ET. I'll call your cell.

Aaron""", kind="confirmation", meet=("2026-11-02 13:00", "America/New_York"), wd="Mon",
        note="Fixes 'Monday Nov 2 at 1pm ET' from a Thursday 29 Oct Date at -0400; the US switch on 1 November makes it -05:00.")

# ---------------------------------------------------------------- S2: Mei (SF, friendly)
ask = hidden(send(sofia, [mei], "2025-09-29 21:15", "Lunch + PM questions?", """Hi Mei!

Our friend Ana said you went from a postdoc to PM at Gradient, which is exactly what I'm trying to do. Could I buy you lunch sometime and ask a million questions?

Sofia""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Lunch + PM questions?")
t.msgs.append(ask)
t.reply(mei, sofia, "2025-09-30 12:05", """Of course!! Ana talks about you all the time. Thursday the 9th at 12:30, Tartine on Guerrero? My treat, I remember postdoc salaries.

Mei""", kind="confirmation", meet=("2025-10-09 12:30", "hdr"), wd="Thu",
        note="Fixes 'Thursday the 9th at 12:30' (ordinal with weekday, October 9) at a café; Date header -0700.")

t.reply(sofia, mei, "2025-09-30 12:40", """Yes!! See you then 🎉""", mobile=True, sig=False, kind="confirmation",
        meet=("2025-10-09 12:30", "hdr"), wd="Thu",
        note="iPhone one-liner accepting the quoted 'Thursday the 9th at 12:30'; the time exists only in the quote.")

t.reply(sofia, mei, "2025-10-09 15:30", """Mei, thank you so much for lunch today! I filled two pages of notes on the bus home. Especially the bit about treating the first 90 days as a research project on your own customers.

xo Sofia""", kind="thank_you",
        note="Thanks Mei for lunch that day and says what was useful.")

ask = hidden(send(sofia, [mei], "2026-07-13 20:40", "Mock interview?", """Mei, I have a product case interview at Helixa next week. Could you do a mock interview with me sometime this week? I'd owe you forever.

S""", O, kind="request", note="(quoted only)"))
t2 = Thread(O, "Mock interview?")
t2.msgs.append(ask)
inv = t2.reply(mei, sofia, "2026-07-14 10:00", """Sending you a hold for Thursday's mock interview practice, 12:30 in the small conference room at Gradient (ask for me at the front desk). Bring a case you're nervous about.

Mei""", kind="confirmation", meet=("2026-07-16 12:30", "hdr"), wd="Thu", rel="weekday",
               note="A reply carrying a text/calendar invite with a floating DTSTART (no TZID, no Z), so the Date header's -0700 applies; the text says Thursday's 12:30 too.")
inv.cal = ics("REQUEST", "Mock interview practice (Sofia)", "2026-07-16 12:30", "2026-07-16 13:30", "America/Los_Angeles",
              "float", mei, [mei, sofia], inv.date, prodid="-//Fastmail/2020.5/EN", location="Gradient Bio, small conference room")
inv.cal_method = "REQUEST"

t2.reply(sofia, mei, "2026-08-20 19:12", """MEI. I got the offer from Helixa! Platform PM, starting in October. The mock interview was almost word for word the real thing, so this is at least 30% yours.

Sofia""", kind="update",
         note="Reports a result (offer received, start in October); the joking credit is not a thank-you note's purpose.")

# ---------------------------------------------------------------- S3: Diego (Spanish, Bogotá)
t = Thread(O, "Consulta sobre producto en biotecnología")
t.send(sofia, [diego], "2026-05-11 19:30", """Hola Diego:

Soy investigadora posdoctoral en UCSF y estoy buscando dar el salto a gestión de producto en biotecnología. Leí tu entrevista sobre cómo Biotecnia Andina lanzó sus kits de diagnóstico en Colombia y me pareció fascinante.

¿Tendrías media hora en las próximas semanas para una videollamada? Me encantaría conocer tu experiencia.

Muchas gracias,
Sofía""", kind="request", lang="es",
       note="[es] Cold ask for a half-hour video call in the coming weeks; no time is proposed.")

t.reply(diego, sofia, "2026-05-12 08:30", """Hola Sofía:

¡Con mucho gusto! Hablemos el jueves 21 de mayo a las 9:00 a. m., hora de Bogotá (las 7:00 en San Francisco, si no me equivoco). Te envío el enlace de Meet un día antes.

Saludos,
Diego""", kind="confirmation", lang="es", meet=("2026-05-21 09:00", "America/Bogota"), wd="Thu", enc="b64",
        note="[es] Base64 body fixing 'el jueves 21 de mayo a las 9:00 a. m., hora de Bogotá' (-05:00, no DST); '7:00 en San Francisco' is the same instant.")

t.reply(sofia, diego, "2026-05-21 08:30", """Hola Diego:

¡Muchas gracias por la conversación de esta mañana! Me sirvió muchísimo entender cómo trabajan con los laboratorios clínicos antes de diseñar un producto. Ya apunté los dos libros que me recomendaste.

Un abrazo,
Sofía""", kind="thank_you", lang="es",
        note="[es] Thanks Diego for the call that morning and names what helped.")

t.reply(diego, sofia, "2026-07-01 07:00", """Gracias por su mensaje. Estoy de vacaciones hasta el 6 de julio, sin acceso al correo. Para temas urgentes, escriba a producto@biotecnia-andina.example.

Diego Morales""", subject="Respuesta automática: Re: Consulta sobre producto en biotecnología", quote=False, sig=False,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], kind="other", lang="es",
        note="[es] Out-of-office auto-reply (Auto-Submitted: auto-replied) with a return date; automated mail is other.")

# ---------------------------------------------------------------- S4: Hannah declines
ask = hidden(send(sofia, [hannah], "2026-01-20 10:05", "Product strategy in genomics: a short call?", """Dear Hannah,

I'm a postdoc at UCSF moving into biotech product management, and your talk at ASHG on product strategy for genomics tools was a highlight of the meeting for me. Would you be open to a 20-minute call in the next month?

Best regards,
Sofia Reyes""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Product strategy in genomics: a short call?")
t.msgs.append(ask)
t.reply(hannah, sofia, "2026-01-21 09:12", """Dear Sofia,

Thank you for thinking of me, and I'm glad the talk was useful. Unfortunately I have to decline: I go on parental leave in February and I'm trying to wrap everything up before then. My colleague Erik Sand has a very similar background to yours and might be able to help; feel free to mention my name.

Best of luck,
Hannah""", kind="decline",
        note="Declines with thanks and a referral to a colleague; the leave in February is a reason, not a new date.")

# ---------------------------------------------------------------- S5: Raj asks Sofia
t = Thread(O, "Postdoc to industry: could I ask you a few questions?")
t.send(raj, [sofia], "2026-04-02 22:10", """Hi Dr. Reyes,

I'm a 4th-year PhD student in the Tetrad program. Professor Kim mentioned you're moving into product management. I'm considering something similar after I defend. Would you have 15 minutes sometime to talk about how you're approaching it?

Thanks,
Raj""", kind="request",
       note="A PhD student asks Sofia for 15 minutes 'sometime'; no slot is proposed.")

t.reply(sofia, raj, "2026-04-03 10:05", """Hi Raj, sure! I'm on the Mission Bay campus all afternoon, so come by today at 4. I'm in Genentech Hall, room N412.""",
        mobile=True, sig=False, kind="confirmation", meet=("2026-04-03 16:00", "hdr"), rel="today",
        note="iPhone reply fixing 'today at 4' (16:00, the afternoon she mentions) at the Date header's -0700.")

t.reply(raj, sofia, "2026-04-03 18:10", """Hi Sofia,

Thank you so much for taking the time this afternoon. Your advice to start with a small side project with the tech transfer office is something I can actually do this semester.

Best,
Raj""", kind="thank_you",
        note="Thanks Sofia for the meeting that afternoon; nothing else is asked.")

# ---------------------------------------------------------------- S7: a recruiter's ask, declined
t = Thread(O, "Principal Scientist opportunity - quick call?")
t.send(jordan, [sofia], "2026-09-08 09:30", """Hi Sofia,

I came across your profile and I'm working on a Principal Scientist search for a well-funded gene-editing startup in South San Francisco. Your CRISPR screening background looks like a strong fit. Would you be open to a quick 15-minute call this week to learn more?

Best,
Jordan""", kind="request",
       note="A recruiter (a person, not a platform) asks Sofia for a 15-minute call this week; asking for a call is a request.")

t.reply(sofia, jordan, "2026-09-08 12:15", """Hi Jordan,

Thanks for thinking of me. I'm going to pass: I've just accepted a product role and I'm not looking to go back to the bench. Best of luck with the search.

Sofia""", kind="decline",
        note="Sofia refuses the call outright; the news about her new role is the reason, and decline outranks update.")

# ---------------------------------------------------------------- other
send(lab, [sofia], "2026-08-26 17:44", "plasmid stocks before you go", """Hey Sofia,

Before you leave, could you put the pX330 and lentiGuide stocks in box 14 of the -80 and update the spreadsheet? I want to start the screen on Monday and I can never find anything in your boxes, no offense.

Tomás""", O, kind="other",
     note="A lab colleague asks for freezer stocks before Monday; it is an ask, but not for a meeting.")

send(Person("Endpoints Weekly", "newsletter@endpts-news.example", "America/New_York", client="bulk"), [sofia], "2026-04-18 05:00",
     "Endpoints Weekly: 3 IPOs, a CRISPR readout and our SF happy hour", "", O, client="bulk", fmt="alt",
     plain_text="""ENDPOINTS WEEKLY

Three biotech IPOs priced this week.
A CRISPR readout that surprised the street.

SF READER HAPPY HOUR
Thursday, April 30, 6-8pm PT, Mission Bay. RSVP required.

Unsubscribe: https://endpts-news.example/unsubscribe
""", html="""<html><body><h1>Endpoints Weekly</h1><p>Three biotech IPOs priced this week.</p><p>A CRISPR readout that surprised the street.</p>
<h3>SF reader happy hour</h3><p>Thursday, April 30, 6&ndash;8pm PT, Mission Bay. RSVP required.</p>
<p><a href="https://endpts-news.example/unsubscribe">Unsubscribe</a></p></body></html>
""", headers=[("List-Id", "Endpoints Weekly <weekly.endpts-news.example>"),
              ("List-Unsubscribe", "<https://endpts-news.example/unsubscribe>"), ("Precedence", "bulk")],
     kind="other", note="Industry newsletter (List-Id, List-Unsubscribe) with a happy-hour date and time; bulk mail is other.")

send(Person("LinkedOn", "jobs-noreply@linkedon.example", "America/Los_Angeles", client="bulk"), [sofia], "2026-05-04 08:12",
     "Sofia, 8 new jobs for 'Product Manager biotech'", "", O, client="bulk", fmt="html", html_enc="qp",
     html="""<html><body><p>Sofia, your job alert has 8 new matches</p>
<ul><li>Product Manager, Screening Platform &middot; Helixa Therapeutics &middot; Cambridge, MA (Hybrid)</li>
<li>Associate PM, Lab Automation &middot; Gradient Bio &middot; San Francisco</li></ul>
<p>Hiring managers are 3x more likely to respond to members who message them directly. Request an intro now.</p>
<p><a href="https://linkedon.example/jobs/alerts/unsub">Unsubscribe</a> &middot; This email was intended for Sofia Reyes</p></body></html>
""", headers=[("List-Unsubscribe", "<https://linkedon.example/jobs/alerts/unsub>")],
     kind="other", note="No-reply job alert (List-Unsubscribe); 'request an intro now' is platform marketing.")

send(Person("Lyfte", "no-reply@receipts.lyfte.example", "America/Los_Angeles", client="bulk"), [sofia], "2025-10-09 13:41",
     "Your ride with Marcus on October 9", "", O, client="bulk", fmt="alt",
     plain_text="""Thanks for riding with Lyfte!

October 9, 2025 at 12:04 PM
Pickup: 1700 4th St, San Francisco
Drop-off: 600 Guerrero St, San Francisco

Total: $14.87 (Visa ****4412)

Tip your driver or rate your ride in the app.
""", html="""<html><body><h2>Thanks for riding with Lyfte!</h2><p>October 9, 2025 at 12:04 PM</p>
<p>Pickup: 1700 4th St<br>Drop-off: 600 Guerrero St</p><p><b>Total: $14.87</b></p></body></html>
""", kind="other", note="Ride receipt from a no-reply address; its 'Thanks' and times belong to a purchase, not to a person or a meeting.")
