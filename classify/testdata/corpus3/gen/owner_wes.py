"""Wes Kowalczyk, park ranger in Denver moving into geospatial product management (Gmail, iPhone).

Contacts in Boulder, Madrid (Spanish), Seattle, Chicago, Hobart; February
2026 to January 2027, across the US switch of 8 March and the EU switch of
25 October (a week when Madrid is seven hours ahead of Denver, not eight).
"""

from c3 import Person, Thread, ask, bulk, cal, send

Z = "America/Denver"

wes = Person("Wes Kowalczyk", "wes.kowalczyk@switchbackmail.example", Z, client="gmail", locale="en-US",
             sig="Wes Kowalczyk\nGIS & field operations | weskmaps.example")
jordan = Person("Jordan Tafoya", "jordan@pikagis.example", Z, client="iphone", locale="en-US")
marisol = Person("Marisol Ortega Vidal", "marisol.ortega@cartoiberia.example", "Europe/Madrid", client="gmail",
                 locale="es", sig="Marisol Ortega Vidal\nAnalítica geoespacial · CartoIberia\nMadrid")
kevin = Person("Kevin Oduya", "kevin.oduya@northwind-sys.example", "America/Los_Angeles", client="outlook",
               locale="en-US",
               sig="Kevin Oduya\nSenior Program Manager, Cloud Mapping\nNorthwind Systems | Redmond, WA",
               legal="CONFIDENTIALITY NOTICE: This email, including any attachments, is for the sole use of the "
                     "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
                     "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
                     "please contact the sender by reply email and destroy all copies of the original message.")
hannah = Person("Hannah Lindqvist", "hannah@curbwise.example", "America/Chicago", client="gmail", locale="en-US",
                sig="Hannah Lindqvist | Head of Product, Curbwise | Chicago")
megan = Person("Megan Cho", "megancho.nps@gmail.example", Z, client="iphone", locale="en-US")
whitford = Person("Alan Whitford", "awhitford@frontrange-state.example", Z, client="mutt", locale="en-US",
                  sig="Alan Whitford\nProfessor of Geography, Front Range State University", sigsep=True)
brett = Person("Brett Sandoval", "brett@altitudesearch.example", Z, client="gmail", locale="en-US",
               sig="Brett Sandoval\nPrincipal Recruiter, Geospatial & Mapping\nAltitude Search | Boulder, CO\n(303) 555-0188")
rita = Person("Rita Salazar", "rita.salazar@bcwildlandvol.example", Z, client="gmail", locale="en-US",
              sig="Rita Salazar\nVolunteer Coordinator\nBoulder County Wildland Volunteers")

# ---------------------------------------------------------------- Jordan (Boulder)

t = Thread(wes, "ranger -> geospatial PM? (via the FRGIS meetup)")
ask(t, wes, jordan, "2026-02-24 19:12", """Hi Jordan,

We talked briefly after your lightning talk at the Front Range GIS meetup, the one about trail-condition data. I'm a park ranger trying to move into geospatial product work and I'd love to buy you a coffee in Boulder or grab 30 minutes on a call.

Wes""")
ask(t, jordan, wes, "2026-03-02 12:20", """Sure thing, happy to. Send me a few times that work for you next week and I'll pick one.

J""")
t.reply(wes, jordan, "2026-03-05 18:44", """Awesome, thank you! Any of these work? All next week:

Mon 2-4
Wed 10-11
Fri after 3

I can come to Boulder for any of them.

Wes""", kind="request",
        note="Offers three candidate windows (Mon 2-4, Wed 10-11, Fri after 3) and lets Jordan choose; a slot list fixes nothing, so request.")
t.reply(jordan, wes, "2026-03-09 08:03", """Wed 10:30 it is. Ozo on Pearl, I'll be the one with the dog.""", kind="confirmation",
        meet=("2026-03-11 10:30", "hdr"), wd="Wed", rel="weekday",
        note="A mobile one-liner fixing 'Wed 10:30' inside the quoted 10-11 window; Wednesday after a Monday Date is March 11, and the Date header is already -0600 (the day after the US switch), which Denver also has on the 11th.")
t.reply(wes, jordan, "2026-03-11 13:15", """Jordan,

Thank you for this morning. The "write the press release first" exercise is exactly what my portfolio has been missing, and I can't believe you let me keep the napkin sketch.

As we said, round two once I've redone the case studies: Wednesday the 25th at 10:30, same place. I'll bring the laptop this time.

Wes""", kind="confirmation", meet=("2026-03-25 10:30", "hdr"), wd="Wed",
        note="A thank-you that also fixes the next meeting ('Wednesday the 25th at 10:30, same place'); by the tie rule a thank-you with a fixed next meeting is a confirmation. March 25 is two Wednesdays away, so the ordinal decides, not the next Wednesday.")
t.reply(wes, jordan, "2026-03-23 07:10", """Jordan, I have to bail on Wednesday, sorry. Our wildfire refresher got moved to this week and it's mandatory for everyone on the roster. I'll reach back out once the season settles down, no need to hold anything for me.

Wes""", mobile=True, kind="decline",
        note="Cancels the agreed Wednesday coffee and explicitly leaves no new date ('once the season settles down'); the quoted text is the thank-you that fixed the meeting, which does not decide.")
t.reply(wes, jordan, "2026-05-27 20:05", """Hey Jordan,

Reporting back, as promised in March: I started the Front Range State online GIS certificate last week (first course is cartographic design, which is mostly me learning I have opinions about fonts), and the portfolio site is finally live at weskmaps.example with the three case studies you suggested.

Thanks again for the kick in the pants.

Wes""", kind="update",
        note="News since the last exchange (started a certificate course, portfolio live); 'thanks again' is a courtesy and the quoted text is Wes's cancellation, which does not decide.")
t.reply(wes, jordan, "2026-11-20 16:40", """Jordan!

Big news: I accepted an offer from Terrafold as an associate product manager on their wildfire-risk platform. Start date is January 4. You were the first person who told me this was doable, so you get the first email.

Wes""", kind="update",
        note="Reports an accepted offer to a contact who helped; 'January 4' is a start date, not a meeting, and no thanks or ask outranks the news.")

# ---------------------------------------------------------------- Marisol (Madrid)

t = Thread(wes, "Hola desde Denver (FOSS4G)")
t.send(wes, [marisol], "2026-10-12 09:25", """Hola Marisol:

Soy Wes, el guardabosques reconvertido que conociste en FOSS4G en septiembre (el de las preguntas sobre incendios forestales). Me quedé con ganas de seguir hablando de cómo montasteis el equipo de analítica geoespacial en CartoIberia.

¿Tendrías media hora para una videollamada la semana del 26 de octubre? Me adapto a tu horario: tú eliges el día y la hora.

¡Gracias!
Wes""", lang="es", kind="request",
       note="[es] Asks for a half-hour video call in the week of 26 October and leaves the day and time to her ('tú eliges'); a week is not a slot, so request.")
t.reply(marisol, wes, "2026-10-20 13:02", """¡Hola Wes!

Claro que sí, encantada. Quedamos el jueves 29 de octubre a las 17:00 (hora de Madrid, CET); para ti serán las 10:00 en Denver. Te mando el enlace de Meet ese mismo día.

Un abrazo,
Marisol""", lang="es", kind="confirmation", meet=("2026-10-29 17:00", "Europe/Madrid"), wd="Thu",
        note="[es] 'Quedamos el jueves 29 de octubre a las 17:00 (hora de Madrid, CET)' fixes the call; Madrid falls back on 25 October, so +01:00 although the Date header is +0200, and Denver (still -0600 until 1 November) is seven hours behind, which the text's '10:00 en Denver' reflects.")
t.reply(wes, marisol, "2026-10-29 11:05", """¡Mil gracias, Marisol!

Thank you so much for today. Hearing how you sold the first geospatial analyst hire to your leadership, starting from one wildfire map, was exactly what I needed. I've already rewritten my portfolio intro around your "one map, one decision" line.

I hope we cross paths at FOSS4G again next year.

Wes""", kind="thank_you",
        note="Thanks Marisol for the call that day and names what helped; the Spanish opening is a courtesy in an English mail, and 'cross paths next year' is no meeting.")
t.reply(marisol, wes, "2026-11-12 18:47", """Hola Wes:

Te cuento una novedad: al final abrimos la vacante de analista de producto geoespacial, y le he pasado tu perfil a mi jefa, Nuria, por si aceptan a alguien en remoto desde Estados Unidos. El plazo para presentar candidaturas termina el 15 de diciembre.

¡Un abrazo y suerte!
Marisol""", lang="es", kind="update",
        note="[es] News since the call (the role opened, she passed his profile on); '15 de diciembre' is an application deadline, not a meeting, and no ask is made of Wes.")

# ---------------------------------------------------------------- Kevin (Seattle): invite, then cancellation

t = Thread(wes, "Wes / Kevin - informational chat")
t.send(kevin, [wes], "2026-04-14 10:02", """Hi Wes,

Sending a placeholder for what we discussed on LinkedIn: Tuesday 4/21, 9:00-9:30 Pacific. If the time doesn't work, just propose a new one from the invite.

Kevin
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 245 118 902 44
Passcode: x7Qb2e
________________________________________________________________________________""",
       cal=cal("REQUEST", "Wes / Kevin - informational chat", "2026-04-21 09:00", "2026-04-21 09:30",
               "America/Los_Angeles", "win", kevin, [kevin, wes], "2026-04-14 10:02",
               tzid="Pacific Standard Time", prodid="Microsoft Exchange Server 2010",
               location="Microsoft Teams Meeting", uid_seed="kevin-wes-0421"),
       kind="confirmation", meet=("2026-04-21 09:00", "America/Los_Angeles"), wd="Tue",
       note="An Outlook invitation (METHOD:REQUEST, Windows TZID 'Pacific Standard Time') fixing Tue 4/21 9:00 Pacific; the invite wins, -07:00. 'Propose a new one from the invite' is Outlook's boilerplate, not a request.")
t.send(kevin, [wes], "2026-04-20 14:36", """Wes, apologies. Reorg news dropped this morning and my calendar is upside down for the foreseeable future. Rather than keep moving this around, I'm going to cancel for now; I'll ping you once the dust settles.

Kevin""", subject="Canceled: Wes / Kevin - informational chat",
       cal=cal("CANCEL", "Wes / Kevin - informational chat", "2026-04-21 09:00", "2026-04-21 09:30",
               "America/Los_Angeles", "win", kevin, [kevin, wes], "2026-04-20 14:36",
               tzid="Pacific Standard Time", prodid="Microsoft Exchange Server 2010",
               location="Microsoft Teams Meeting", uid_seed="kevin-wes-0421", sequence=1),
       kind="decline",
       note="A METHOD:CANCEL for the agreed call with a note that gives no new date ('I'll ping you once the dust settles'); cancelling a meeting without a new time is a decline, and the calendar part's old DTSTART is not a meeting to extract.")
t.send(kevin, [wes], "2027-01-21 15:20", """Hi Wes,

Closing the loop from April: after the reorg I moved to the Maps Platform org, so I'm now a long way from the team I was going to tell you about. Also saw on LinkedIn that you landed at Terrafold, congrats, that's a great team.

Our new group isn't hiring this half, but I'll keep you posted if that changes.

Kevin""", subject="Closing the loop", kind="update",
       note="A 'closing the loop' note with the sender's own news (moved org after the reorg) months later; congratulations and 'I'll keep you posted' are courtesies, nothing is asked or fixed.")

# ---------------------------------------------------------------- Hannah (Chicago)

t = Thread(wes, "Megan Cho suggested I reach out")
ask(t, wes, hannah, "2026-06-01 20:10", """Hi Hannah,

Megan Cho (we were rangers together at Rocky Mountain) suggested I reach out. I'm moving into geospatial product work and your curb-data work at Curbwise is the kind of thing I'd love to learn about.

Would you have 20 minutes for a call in the next few weeks?

Wes""")
t.reply(wes, hannah, "2026-06-11 09:30", """Hi Hannah, bumping this up in case it got buried under conference season! Still keen to hear about the curb-data work if you have 20 minutes at some point.

Wes""", kind="request",
        note="A bump on an unanswered ask (quoted below); nudges are requests even with no time and no question mark on a date.")
t.reply(hannah, wes, "2026-06-15 17:55", """Hi Wes!!

So sorry, it absolutely did get buried. Honestly, this is not a good time: we're heads-down on the launch of our curb-management product and I'm barely surfacing for air. Maybe after the launch? I'll try to remember to reach out then, but feel free to poke me too.

Hannah""", kind="decline",
        note="Postpones with no date ('maybe after the launch'), never saying no; 'feel free to poke me' leaves the next step to Wes and fixes nothing, so decline. The quoted text is Wes's bump.")
t.reply(wes, hannah, "2026-09-14 12:15", """Hi Hannah,

Saw the launch went out last week, congrats! The demo video is great. Poking you as instructed :) Still up for that call? Any time in the next couple of weeks works on my end.

Wes""", kind="request",
        note="Renews the ask after a postponement; the quoted text is her 'maybe after the launch' decline, and 'any time in the next couple of weeks' is not a slot, so request.")
t.reply(hannah, wes, "2026-09-17 16:20", """Ha, yes, I did say that. Let's do Tuesday at noon Central (11 your time). I'll send a Zoom link Monday.

H""", kind="confirmation", meet=("2026-09-22 12:00", "America/Chicago"), wd="Tue", rel="weekday",
        note="Fixes 'Tuesday at noon Central' (Tue Sept 22 from a Thursday Date, -05:00); 'noon' is 12:00, and 'Monday' is when the link comes, not the meeting.")
bulk("Google Calendar", "calendar-notification@google.example", Z, wes, "2026-09-22 10:50",
     "Notification: Wes / Hannah @ Tue Sep 22, 2026 11am - 11:30am (MDT) (wes.kowalczyk@switchbackmail.example)",
     wes, """This is a reminder for the following event.

Wes / Hannah
When: Tuesday Sep 22, 2026 11am - 11:30am Mountain Time - Denver
Joining info: Join Zoom Meeting https://zoom.example/j/88231774520
Calendar: wes.kowalczyk@switchbackmail.example

Invitation from Google Calendar

You are receiving this email at the account wes.kowalczyk@switchbackmail.example because you are subscribed for notifications on calendar wes.kowalczyk@switchbackmail.example.""",
     "A calendar service's reminder for an agreed call; it states an exact time, but notifications sent by a service are other.",
     headers=[("Auto-Submitted", "auto-generated")])
t.reply(wes, hannah, "2026-09-30 19:40", """Hi Hannah,

Quick update since we talked last week: I applied to both roles you flagged, the Transit Maps PM at Ridgeline and the Terrafold one. The Ridgeline window closes October 30, so fingers crossed.

Thanks again for the honest read on my portfolio.

Wes""", parent=t.msgs[-1], kind="update",
        note="News since the call (applied to two roles); 'October 30' is an application deadline, not a meeting, and 'thanks again' is a courtesy.")

send(wes, [megan], "2026-09-23 21:02", "thank you!!", """Megan!

Just wanted to say thank you for connecting me with Hannah. We finally talked yesterday and she was every bit as sharp as you said, and very generous with her time. I owe you a beer next time you're in Denver.

Wes""", wes, kind="thank_you",
     note="Thanks Megan for an introduction that already happened; 'we finally talked yesterday' is secondary news (thank_you outranks update) and 'I owe you a beer' is a courtesy, not a meeting ask.")

# ---------------------------------------------------------------- Professor Whitford (on sabbatical)

t = Thread(wes, "Former student - question about remote sensing careers")
ask(t, wes, whitford, "2026-08-03 14:00", """Dear Professor Whitford,

I took your remote sensing course in 2014 and have been a park ranger since. I'm now trying to move into geospatial product work and would value your perspective. Would you have 20 minutes for a call this fall?

Best,
Wes Kowalczyk""")
t.reply(whitford, wes, "2026-08-05 06:31", """Wes,

Thanks for the kind note, and I'm glad the remote sensing course stuck with you.

I'm on sabbatical in Hobart until next July and I'm being fairly strict with myself about email, so I'm not taking on calls or meetings before then. Apologies, I know that's a long time.

Best of luck with the move.

Alan""", kind="decline",
        note="Refuses because of a sabbatical: 'not taking on calls or meetings before then' with 'until next July' as the end of the leave, not a new meeting date; plain text from mutt.")

# ---------------------------------------------------------------- Brett (recruiter writing personally)

t = Thread(wes, "Geospatial product roles in Boulder")
t.send(brett, [wes], "2026-11-16 08:15", """Hi Wes,

I came across your portfolio through the FOSS4G speaker list, and your wildfire-perimeter project caught my eye. I recruit for geospatial and mapping teams at Altitude Search, and I'm working on a couple of product roles in Boulder that feel like a real fit.

Do you have 15 minutes this week or next for a quick call? Happy to work around your schedule.

Best,
Brett""", fmt="html", kind="request",
       note="A recruiter writing personally to Wes, citing his portfolio, asks for a 15-minute call 'this week or next'; a personal ask for a call is a request, unlike the bulk recruiter mail.")
t.reply(wes, brett, "2026-11-20 17:02", """Hi Brett, thanks for thinking of me. I actually just accepted an offer, so I'll pass on the call. Good luck with the search!

Wes""", kind="decline",
        note="'I'll pass on the call' refuses the quoted ask; the accepted offer is the reason (decline outranks the update it carries).")

# ---------------------------------------------------------------- bulk, work and friends

bulk("Front Range GIS Users", "newsletter@frgis.example", Z, wes, "2026-03-02 07:00", "FRGIS March newsletter: spring meetup, lidar workshop",
     wes, """Front Range GIS Users - March 2026

Next meetup: Thursday March 19, 6:30pm at Galvanize, Platte St. Talks on county lidar refreshes and a lightning round. Pizza provided.

Lidar workshop: registration closes March 12.

Job board: four new postings this month, including two GIS analyst roles in Golden.

You're receiving this because you joined the FRGIS mailing list. Unsubscribe: https://frgis.example/unsubscribe""",
     "Mailing-list newsletter (List-Id, List-Unsubscribe) announcing a meetup with a date and time; it invites the whole list, not Wes personally, so other.",
     headers=[("List-Id", "Front Range GIS Users <news.frgis.example>"),
              ("List-Unsubscribe", "<https://frgis.example/unsubscribe>"), ("Precedence", "list")])

send(rita, [wes], "2026-04-27 09:40", "Waiver due Thursday 3pm (Saturday trail crew)", """Hi all,

Quick one: please sign and return the 2026 volunteer waiver (attached) by 3pm Thursday, otherwise I can't put you on the Saturday trail crew at Walker Ranch. Scanned or photographed is fine.

Thanks!
Rita""", wes, attach=[("2026-volunteer-waiver.pdf", "application/pdf", b"%PDF-1.4\n% waiver\n%%EOF\n")], kind="other",
     note="A coordinator asks volunteers to sign a form by 3pm Thursday; the ask is not for a meeting, and the Saturday trail crew is a group work event, not a meeting with Wes, so other.")

bulk("Trailhead Outfitters", "orders@trailhead-outfitters.example", Z, wes, "2026-07-13 15:22", "Your order #TO-558120 has shipped",
     wes, """Hi Wes,

Good news: your order #TO-558120 has shipped!

1 x Ridgeline 45L Pack (Slate)
1 x Merino Field Shirt (M)

Carrier: UPS, tracking 1Z999AA10123456784
Estimated delivery: Thursday, July 16

Thanks for shopping with us!
Trailhead Outfitters""",
     "Automated shipping notice; 'thanks for shopping with us' is not thanks for a person's help, and the delivery date is not a meeting.")

send(megan, [wes], "2027-01-08 18:20", "!!!", """WES. Saw the Terrafold announcement on LinkedIn and actually screamed in the visitor center. So proud of you. Hope the first week isn't too much of a firehose. No need to reply, go be a PM!

M""", wes, kind="other",
     note="Personal congratulations from a friend with no ask, no news of her own and no thanks for help; chit-chat is other.")
