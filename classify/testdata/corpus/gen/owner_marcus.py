"""Marcus Bell, New York: a high-school history teacher moving into instructional design.

Gmail on the web (en-US attribution lines, hard-wrapped plain parts); one
thread is in Spanish with an edtech founder in Madrid.
"""

from corpus import Thread, hidden, send
from ics import ics
from mail import Person

marcus = Person("Marcus Bell", "marcus.bell@bellmail.example", "America/New_York", client="gmail", locale="en-US",
                sig="Marcus Bell\nSocial Studies, Eastbridge High School\nPortfolio: marcusbell.example/id", sigsep=True)
jenna = Person("Jenna Alvarez", "jenna@brightpath-learning.example", "America/Chicago", client="gmail", locale="en-US",
               sig="Jenna Alvarez | Senior Instructional Designer\nBrightpath Learning | Chicago, IL\nOffice hours for new hires: Tue/Thu 2-3pm CT")
olivia = Person("Olivia Park", "olivia.park@brightpath-learning.example", "America/Chicago", client="gmail", locale="en-US",
                sig="Olivia Park\nDirector, Learning Design | Brightpath Learning")
patricia = Person("Patricia Owusu", "powusu@northfield-u.example", "America/New_York", client="outlook_html", locale="en-US",
                  sig="Patricia Owusu, EdD\nDirector of Digital Learning\nNorthfield University | Hale Hall 312 | Boston, MA 02115\n617-555-0143")
kevin = Person("Kevin Tran", "kevin.tran@loopwise.example", "America/Los_Angeles", client="iphone", locale="en-US")
lucia = Person("Lucía Fernández", "lucia@aulaviva.example", "Europe/Madrid", client="gmail", locale="es",
               sig="Lucía Fernández\nCofundadora y CEO · Aula Viva\nCalle de Fuencarral 45, 28004 Madrid · +34 910 55 50 21", sigsep=True)
denise = Person("Denise Harper", "denise_harper@yahoo-mail.example", "America/New_York", client="yahoo", locale="en-US")
tyler = Person("Tyler Brooks", "tbrooks@eastbridge-schools.example", "America/New_York", client="outlook", locale="en-US",
               sig="Tyler Brooks\nStudent Teacher, Social Studies\nEastbridge High School")
gonzalez = Person("Ana Gonzalez", "agonzalez@eastbridge-schools.example", "America/New_York", client="outlook", locale="en-US",
                  sig="Ana Gonzalez\nPrincipal, Eastbridge High School\n(718) 555-0100 ext. 201",
                  legal="This email and any files transmitted with it are confidential and intended solely for the use of the "
                        "individual or entity to whom they are addressed. Eastbridge Public Schools.")

O = marcus

# ---------------------------------------------------------------- M1: Jenna (Chicago)
t = Thread(O, "Teacher-to-ID question after your LinkedIn post")
t.send(marcus, [jenna], "2025-09-22 19:40", """Hi Jenna,

Your LinkedIn post about the "three drafts" rule for storyboards made me laugh, because I have been doing the same thing with lesson plans for eleven years without a name for it.

I'm a high school history teacher in Queens trying to move into instructional design. Would you be open to a 20-minute informational chat sometime in the next couple of weeks? I'd love to hear what your first year after the classroom looked like and what you'd focus on in a portfolio.

Thanks so much,
Marcus""", kind="request",
       note="Cold ask for a 20-minute informational chat in 'the next couple of weeks'; no slot is proposed.")

t.reply(jenna, marcus, "2025-09-24 12:15", """Hi Marcus!

Ha, a fellow three-drafter. I'd be glad to. I could do 10/1 or 10/2 at 4pm CT, or if mornings are better for a teacher, before 8 on either day. Let me know!

Jenna""", kind="request",
        note="Offers two US-numeric dates (10/1, 10/2) at 4pm CT or early mornings and asks Marcus to pick; the office hours in the signature are not a proposal.")

t.reply(marcus, jenna, "2025-09-24 13:30", """Hi Jenna,

10/2 at 4pm CT (5 my time) works great, I'm done with classes by then. Thank you!

Marcus""", kind="confirmation", meet=("2025-10-02 16:00", "America/Chicago"), wd="Thu",
        note="Fixes '10/2 at 4pm CT': a US sender, so 10/2 is 2 October; the named Central zone gives -05:00 although Marcus's Date header is -0400.")

t.reply(jenna, marcus, "2025-10-02 15:50", """I'm running about 15 minutes late today, my last meeting is going over. Let's start at 4:15 instead, same Zoom link. Sorry!""",
        sig=False, kind="confirmation", meet=("2025-10-02 16:15", "hdr"), rel="today",
        note="Moves today's call to 4:15 (no zone named, so the Date header's -0500, which is Chicago's offset too); a moved meeting with a new time is a confirmation.")

t.reply(marcus, jenna, "2025-10-02 18:40", """Jenna, thank you so much for the time this afternoon. Your advice to build one polished scenario-based module instead of five half-finished ones is going straight to the top of my to-do list, and the Articulate community link was gold.

Thanks again,
Marcus""", kind="thank_you",
        note="Thanks Jenna for the call that afternoon and says what he will do with her advice.")

t.reply(jenna, marcus, "2025-11-10 11:02", """Hey Marcus,

Quick heads-up: our team just got approval to hire a junior instructional designer, and the posting should go live next week. I told my manager, Olivia, about your portfolio project, so keep an eye out.

Jenna""", kind="update",
        note="Keeps Marcus posted (a posting 'next week', she told her manager about him); no meeting is asked for.")

t.reply(marcus, jenna, "2026-02-02 20:20", """Hi Jenna,

An update I think you'll like: I finished the scenario-based module (on the Dust Bowl, of course), and it got me through to the final round at Brightpath. Olivia said it was one of the stronger portfolio pieces she'd seen from a career changer. Fingers crossed!

Marcus""", kind="update",
        note="Reports progress since their call (portfolio finished, final round); there is no ask and no meeting with Jenna.")

# ---------------------------------------------------------------- M7: Olivia and a Google Calendar invite
t = Thread(O, "Coffee chat? (Jenna Alvarez mentioned you)")
t.send(olivia, [marcus], "2026-01-08 10:05", """Hi Marcus,

Jenna mentioned your portfolio and I'd love to meet before our posting closes. Do you have 30 minutes next week? I'm free Thursday 1/15 between 1 and 3pm ET, or Friday 1/16 before noon ET.

Best,
Olivia""", kind="request",
       note="A hiring manager asks for 30 minutes and offers two windows; nothing is fixed yet.")

t.reply(marcus, olivia, "2026-01-08 20:02", """Hi Olivia,

Thank you for reaching out! Thursday 1/15 at 1pm ET works for me, I just sent you a calendar invite with a Meet link.

Best,
Marcus""", kind="confirmation", meet=("2026-01-15 13:00", "America/New_York"), wd="Thu",
        note="Picks Thursday 1/15 at 1pm ET (US date) from the offered window; ET in January is -05:00, the same as Marcus's Date header.")

inv = send(marcus, [olivia], "2026-01-08 20:01", "Invitation: Coffee chat: Marcus Bell / Olivia Park @ Thu Jan 15, 2026 1pm - 1:30pm (EST) (olivia.park@brightpath-learning.example)",
           """You have been invited to the following event.

Coffee chat: Marcus Bell / Olivia Park
Thursday Jan 15, 2026 ⋅ 1pm – 1:30pm
Eastern Time - New York

Join with Google Meet
meet.example/xyq-hbrm-wop

Organizer
Marcus Bell
marcus.bell@bellmail.example

Guests
Olivia Park

Reply for olivia.park@brightpath-learning.example
Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""", O, sig=False, kind="confirmation",
           meet=("2026-01-15 13:00", "America/New_York"), wd="Thu", sender="Google Calendar <calendar-notification@google.example>",
           reply_to="Marcus Bell <marcus.bell@bellmail.example>",
           note="A Google Calendar invitation sent by Marcus (From is Marcus; Sender is the calendar service) with text/calendar METHOD:REQUEST, DTSTART;TZID=America/New_York 13:00; a person's invite is a confirmation.")
inv.cal = ics("REQUEST", "Coffee chat: Marcus Bell / Olivia Park", "2026-01-15 13:00", "2026-01-15 13:30", "America/New_York",
              "tzid", marcus, [marcus, olivia], inv.date, location="meet.example/xyq-hbrm-wop")
inv.cal_method = "REQUEST"
inv.cal_attach = True

t.reply(marcus, olivia, "2026-01-15 14:05", """Hi Olivia,

Thank you for the conversation this afternoon. It was great to hear how the team splits discovery and build work, and I appreciated the honest picture of the first ninety days. I've sent Jenna a note to thank her for connecting us.

Best,
Marcus""", kind="thank_you",
        note="Thanks Olivia for the conversation that afternoon; mentioning a note to Jenna is not a second purpose.")

# ---------------------------------------------------------------- M2: Patricia (Outlook, Original Message)
t = Thread(O, "Informational interview request: from the classroom to digital learning")
t.send(marcus, [patricia], "2025-10-20 07:05", """Dear Dr. Owusu,

My name is Marcus Bell and I teach history at Eastbridge High School. I attended your session on course redesign at the Massachusetts Digital Learning Summit and was struck by how your team uses teachers as subject-matter partners.

I am preparing to move into instructional design and would be grateful for a brief informational interview, 20 to 30 minutes at your convenience, in person or by phone. I would especially value your view on what universities look for in designers who come from K-12.

Respectfully,
Marcus Bell""", kind="request",
       note="Formal informational-interview request with no proposed time; 'at your convenience' leaves the slot open.")

t.reply(patricia, marcus, "2025-10-27 16:20", """Dear Marcus,

Thank you for your thoughtful note. I would be happy to meet. Let's plan on Thursday, October 30 at noon in my office, Hale Hall 312. If you are driving, visitor parking is on Ash Street; the garage under Hale is faculty only.

Best regards,
Patricia""", qstyle="original", kind="confirmation", meet=("2025-10-30 12:00", "hdr"), wd="Thu",
        note="Fixes 'Thursday, October 30 at noon' ('-----Original Message-----' quoting); Date header -0400, and the US switch on 2 November comes after the meeting.")

t.reply(marcus, patricia, "2025-10-29 20:11", """Dear Dr. Owusu,

Looking forward to tomorrow at noon. I'll bring a printed copy of my portfolio draft in case it's useful.

Best,
Marcus""", kind="confirmation", meet=("2025-10-30 12:00", "hdr"), rel="tomorrow",
        note="Confirms the agreed meeting the evening before ('tomorrow at noon' from a Wednesday Date header).")

t.reply(patricia, marcus, "2025-10-30 09:02", """Dear Marcus,

I am so sorry to do this at short notice, but I have to cancel today. We have a faculty emergency I need to attend to this afternoon. I'll be in touch once things settle down.

With apologies,
Patricia""", qstyle="original", kind="decline",
        note="Cancels the same-day meeting with no new date ('I'll be in touch'); the quoted text still holds the noon slot.")

t.reply(marcus, patricia, "2025-11-17 07:30", """Dear Dr. Owusu,

I hope the situation at the university has settled. I wanted to check back in, in case you still have some time before the winter break for the conversation we had planned. I'm happy to work around your schedule.

Best regards,
Marcus""", kind="request",
        note="A nudge renewing the postponed ask ('check back in'); nudges are requests.")

t.reply(patricia, marcus, "2025-11-18 09:40", """Marcus,

Thank you for your patience. I've put us down for Wednesday 12/3 at 12:30, same place. If that doesn't work, let my assistant, Gail, know and she'll find another slot.

Patricia""", qstyle="original", kind="confirmation", meet=("2025-12-03 12:30", "hdr"), wd="Wed",
        note="Fixes 'Wednesday 12/3 at 12:30': a US sender, so 3 December; the fallback offer through the assistant does not unfix it. Date header -0500.")

t.reply(marcus, patricia, "2025-12-03 15:10", """Dear Dr. Owusu,

Thank you very much for meeting with me today, and for the tour of the media lab. Your point that university clients care more about accessibility reviews than about flashy interactions changed how I'll present my work. I've already started the WCAG course you mentioned.

With gratitude,
Marcus""", kind="thank_you",
        note="Thanks Patricia for the meeting that day and says what changed; nothing new is asked.")

# ---------------------------------------------------------------- M3: Kevin (San Francisco, iPhone)
ask = hidden(send(marcus, [kevin], "2026-02-16 18:30", "Ex-teacher to LXD?", """Hi Kevin,

Jenna Alvarez said you also left the classroom for learning experience design. Could I ask you for 30 minutes sometime in the next few weeks? I'd love to hear about tech-company LXD work.

Marcus""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Ex-teacher to LXD?")
t.msgs.append(ask)
t.reply(kevin, marcus, "2026-02-18 11:05", """Hey Marcus! Happy to help a fellow ex-teacher. Does Thursday 2/26 at 9:30 Pacific work? If not, Friday same time.""",
        kind="request",
        note="Offers Thursday 2/26 at 9:30 Pacific or Friday at the same time, as a question; candidate times, so request.")

t.reply(marcus, kevin, "2026-02-18 14:20", """Thursday 2/26 at 9:30 Pacific is perfect, that's 12:30 for me. Talk then!

Marcus""", kind="confirmation", meet=("2026-02-26 09:30", "America/Los_Angeles"), wd="Thu",
        note="Fixes 'Thursday 2/26 at 9:30 Pacific' (-08:00 in February) from an Eastern -0500 Date header; '12:30 for me' is the same instant.")

t.reply(kevin, marcus, "2026-02-25 21:30", """Ugh, so sorry Marcus, I got pulled into an offsite tomorrow and can't get out of it. Can we push? I'm slammed through mid-March, I'll ping you when things settle down.""",
        kind="decline",
        note="Calls off the next day's call and postpones with no new date ('I'll ping you'); 'mid-March' is vague.")

t.reply(marcus, kevin, "2026-03-20 10:00", """Hi Kevin,

Hope the offsite season is over! Any chance we could find 30 minutes in the next couple of weeks? Same offer as before: mornings your time are easy for me.

Marcus""", kind="request",
        note="A nudge after a postponement asking again for 30 minutes; no slot is fixed.")

t.reply(kevin, marcus, "2026-03-20 12:32", """Yes, sorry again! Let's do next Tuesday, 9:30 Pacific. I'll send a Meet link, for real this time.""",
        kind="confirmation", meet=("2026-03-24 09:30", "America/Los_Angeles"), wd="Tue", rel="next_week",
        note="Fixes 'next Tuesday, 9:30 Pacific' from a Friday 20 March Date, so Tuesday 24 March; Pacific is -07:00 after the US switch.")

t.reply(marcus, kevin, "2026-03-20 12:40", """Perfect, see you then!

Marcus""", sig=False, kind="confirmation", meet=("2026-03-24 09:30", "America/Los_Angeles"), wd="Tue",
        note="Short acceptance whose time is only in the quoted message (next Tuesday, 9:30 Pacific, written the same day).")

t.reply(marcus, kevin, "2026-03-24 13:15", """Kevin, thanks for today, it was worth the wait! The comparison between a lesson plan and a product requirements doc is going to stick with me.

Marcus""", kind="thank_you",
        note="Thanks Kevin for the call that day.")

# ---------------------------------------------------------------- M4: Lucía (Spanish)
t = Thread(O, "Consulta: de profesor a diseñador instruccional")
t.send(marcus, [lucia], "2026-03-02 21:00", """Hola Lucía:

Soy profesor de historia en Nueva York y estoy haciendo la transición hacia el diseño instruccional. Vi tu charla en EdTech Europe sobre microaprendizaje y me encantó la parte sobre las evaluaciones cortas.

¿Tendrías 30 minutos en las próximas semanas para una videollamada? Me interesaría mucho saber cómo formaste tu equipo de diseño en Aula Viva.

Un saludo,
Marcus Bell""", kind="request", lang="es",
       note="[es] Cold ask for a 30-minute video call in the coming weeks; no time is proposed.")

t.reply(lucia, marcus, "2026-03-04 10:12", """¡Hola Marcus!

Muchas gracias por tu mensaje, me alegra que te gustara la charla. Encantada de hablar contigo.

Te propongo el martes 17 de marzo a las 16:00 o el jueves 19 a las 17:00, hora de Madrid. Dime qué te viene mejor.

Un abrazo,
Lucía""", kind="request", lang="es",
        note="[es] Offers two candidate slots (martes 17 16:00, jueves 19 17:00, hora de Madrid) and asks Marcus to choose.")

t.reply(marcus, lucia, "2026-03-04 08:30", """Hola Lucía:

¡Muchas gracias! El martes 17 a las 16:00, hora de Madrid, me va perfecto. Serán las 11:00 aquí, porque en Estados Unidos cambiamos la hora el 8 de marzo y vosotros no hasta finales de mes.

Un saludo,
Marcus""", kind="confirmation", lang="es", meet=("2026-03-17 16:00", "Europe/Madrid"), wd="Tue",
        note="[es] Fixes 'el martes 17 a las 16:00, hora de Madrid': Madrid is still at +01:00 (EU switch 29 March) while New York has switched, so 11:00 local is the same instant.")

t.reply(marcus, lucia, "2026-03-17 12:10", """Hola Lucía:

Muchísimas gracias por la conversación de hoy. Me ayudó mucho entender cómo evaluáis a los candidatos que vienen de la docencia, y ya he empezado a rehacer mi portafolio con tus consejos.

Un saludo,
Marcus""", kind="thank_you", lang="es",
        note="[es] Thanks Lucía for the call that day and says what he is doing with her advice.")

t.reply(lucia, marcus, "2026-05-13 09:48", """Hola Marcus:

Te cuento una novedad: vamos a abrir una vacante de diseñador instruccional para el mercado de Estados Unidos, en remoto. Todavía no está publicada, pero le he pasado tu nombre a nuestra responsable de talento.

Un abrazo,
Lucía""", kind="update", lang="es", charset="iso-8859-1", enc="qp",
        note="[es] ISO-8859-1 update: a new opening and that Lucía passed on his name; nothing is asked or scheduled.")

# ---------------------------------------------------------------- M5: Denise (Yahoo)
ask = hidden(send(marcus, [denise], "2026-04-08 21:10", "Picking your corporate-training brain", """Hi Denise,

I'm finally doing it: leaving teaching for instructional design. You made the jump to corporate training two years ago, so could I buy you a coffee sometime soon and pick your brain?

Marcus""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Picking your corporate-training brain")
t.msgs.append(ask)
t.reply(denise, marcus, "2026-04-09 20:14", """Marcus!! About time. Let's do Saturday at noon at Café Grumpy on 20th St. My treat, you can tell me all about the great escape.

D.""", kind="confirmation", meet=("2026-04-11 12:00", "hdr"), wd="Sat", rel="weekday",
        note="Yahoo Mail reply fixing 'Saturday at noon' at a café: the Saturday after the Thursday 9 April Date header, 12:00 at -0400.")

t.reply(marcus, denise, "2026-04-12 10:30", """Denise, thank you for lunch yesterday (and for paying, I owe you). Hearing how you pitched your first compliance training redesign made the whole thing feel a lot less abstract.

Marcus""", kind="thank_you",
        note="Thanks Denise for the lunch the day before; 'I owe you' is a courtesy.")

# ---------------------------------------------------------------- M6: Tyler asks Marcus, Marcus declines
t = Thread(O, "Mentoring?")
t.send(tyler, [marcus], "2026-05-05 15:45", """Hi Mr. Bell,

I'm one of the student teachers in the social studies department this semester. I really admire how you run your document-based lessons. Would you be willing to meet with me once or twice before the end of the year to talk about lesson design? I'm free most afternoons after 3.

Thank you,
Tyler""", kind="request",
       note="A student teacher asks Marcus for one or two meetings; 'most afternoons after 3' is availability, not a fixed time.")

t.reply(marcus, tyler, "2026-05-06 07:15", """Hi Tyler,

Thank you, that's very kind. I have to be honest, though: I'm in the middle of a career change myself and I'm stretched too thin to be a good mentor right now, so I'm going to say no. Ms. Ramirez down the hall is a wonderful mentor and loves this stuff; tell her I sent you.

Best,
Mr. Bell""", kind="decline",
        note="Marcus refuses the meetings with thanks and a pointer to a colleague; no new date is offered.")

# ---------------------------------------------------------------- other
send(gonzalez, [marcus], "2026-04-27 13:05", "Coverage request: 3rd period Thursday", """Hi Marcus,

Could you cover Ms. Lee's 3rd period US History on Thursday? She's out for a training. The sub plan is in the shared drive and the class is in room 214. Please confirm by end of day tomorrow.

Thanks,
Ana""", O, kind="other",
     note="The principal asks Marcus to cover a class on Thursday; it is a request, but not for a meeting with her, so it is other.")

send(Person("Indeedy Job Alerts", "alert@jobs.indeedy.example", "America/Chicago", client="bulk"), [marcus], "2026-01-20 06:02",
     "15 new Instructional Designer jobs in New York, NY", "", O, client="bulk", fmt="alt",
     plain_text="""Instructional Designer jobs in New York, NY

Instructional Designer I - Brightpath Learning - Remote - Posted today
Learning Experience Designer - Loopwise - New York, NY - Easily apply
Curriculum Developer (K-12) - Eastbridge Public Schools - Queens, NY

Schedule a 15-minute call with a recruiter from your dashboard.

Unsubscribe from this alert: https://jobs.indeedy.example/unsub?id=441
""", html="""<html><body><h2>Instructional Designer jobs in New York, NY</h2>
<ul><li>Instructional Designer I &ndash; Brightpath Learning &ndash; Remote</li><li>Learning Experience Designer &ndash; Loopwise</li>
<li>Curriculum Developer (K-12) &ndash; Eastbridge Public Schools</li></ul>
<p>Schedule a 15-minute call with a recruiter from your dashboard.</p>
<p><a href="https://jobs.indeedy.example/unsub?id=441">Unsubscribe</a></p></body></html>
""", headers=[("List-Unsubscribe", "<https://jobs.indeedy.example/unsub?id=441>"), ("Precedence", "bulk")],
     kind="other", note="Job alert (List-Unsubscribe, Precedence: bulk) whose 'schedule a 15-minute call' line is a platform feature, not a person's ask.")

send(Person("Courseraa", "no-reply@billing.courseraa.example", "America/Los_Angeles", client="bulk"), [marcus], "2025-11-03 09:18",
     "Your receipt: Instructional Design Foundations Specialization", "", O, client="bulk", fmt="html", html_enc="b64",
     html="""<html><body><p>Hi Marcus,</p><p>Thank you for your purchase!</p>
<table><tr><td>Instructional Design Foundations Specialization</td><td>$49.00 / month</td></tr>
<tr><td>Next billing date</td><td>December 3, 2025</td></tr></table>
<p>Your first live office hour with the instructor is on Thursday, November 6 at 7:00 PM ET.</p>
<p>This is an automated message. Please do not reply.</p></body></html>
""", kind="other",
     note="Base64 HTML receipt from a no-reply billing address; 'Thank you for your purchase' and the office-hour time are not a person's thanks or meeting.")

send(Person("Eastbridge Schools", "newsletter@lists.eastbridge-schools.example", "America/New_York", client="bulk"), [marcus],
     "2026-02-27 16:00", "Eastbridge Weekly: parent-teacher conferences, spring schedule", "", O, client="bulk", fmt="plain",
     plain_text="""EASTBRIDGE WEEKLY - February 27, 2026

PARENT-TEACHER CONFERENCES
Thursday, March 5: 1:00-3:00 PM and 5:00-7:30 PM
Friday, March 6: 9:00 AM-12:00 PM (half day for students)

SPRING SCHEDULE
Regents review sessions begin Monday, April 13 at 3:15 PM in the library.

---
You are subscribed to staff-news as marcus.bell@bellmail.example.
To unsubscribe, send a message to staff-news-leave@lists.eastbridge-schools.example
""", headers=[("List-Id", "Staff news <staff-news.lists.eastbridge-schools.example>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:staff-news-leave@lists.eastbridge-schools.example>")],
     kind="other", note="Staff mailing list (List-Id, Precedence: list) with many dates and times; list mail is other.")

send(Person("Zoomo", "no-reply@zoomo.example", "America/Los_Angeles", client="bulk"), [marcus], "2026-06-09 17:00",
     "Reminder: NYC Instructional Design Meetup starts in 1 hour", "", O, client="bulk", fmt="alt",
     plain_text="""Hi Marcus Bell,

This is a reminder that "NYC Instructional Design Meetup - June" will begin in 1 hour.

Date Time: Jun 9, 2026 07:00 PM Eastern Time (US and Canada)

Join: https://zoomo.example/j/93318820011

Thank you for registering.
""", html="""<html><body><p>Hi Marcus Bell,</p><p>This is a reminder that &quot;NYC Instructional Design Meetup - June&quot; will begin in 1 hour.</p>
<p>Date Time: Jun 9, 2026 07:00 PM Eastern Time (US and Canada)</p><p><a href="https://zoomo.example/j/93318820011">Join</a></p></body></html>
""", headers=[("Auto-Submitted", "auto-generated")],
     kind="other", note="No-reply webinar reminder with a date and time; automated mail is other.")
