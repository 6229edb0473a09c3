"""Nomvula Khumalo, Cape Town: maths teacher moving into learning experience design.

Apple Mail and iPhone (en-GB). South Africa keeps +02:00 all year, which
matches Amsterdam in summer and not in winter. Contacts in Johannesburg,
Durban, Amsterdam, Lyon (French) and Cape Town. September 2026 to April 2027.
"""

from c5 import Person, Thread, bulk, hide, hide_reply, jpeg, send, service, unsub  # noqa: F401

NOMVULA = Person("Nomvula Khumalo", "nomvula@khumalo.example", "Africa/Johannesburg", client="apple", locale="en-GB",
                 sig="Nomvula Khumalo\nMaths teacher, Kloofnek High · aspiring learning experience designer\n"
                     "Cape Town · +27 82 555 0193")
THABO = Person("Thabo Mokoena", "thabo@mokoena-consult.example", "Africa/Johannesburg", client="gmail",
               locale="en-GB", sig="Thabo Mokoena\nMokoena Learning Consultants\nJohannesburg")
FEMKE = Person("Femke de Wit", "femke.dewit@leerlab.example", "Europe/Amsterdam", client="gmail", locale="en-GB",
               sig="Femke de Wit\nLead Learning Designer, LeerLab\nAmsterdam")
GARETH = Person("Gareth Pillay", "gareth.pillay@umhlanga-assure.example", "Africa/Johannesburg", client="outlook",
                locale="en-GB",
                sig="Gareth Pillay\nHead of Learning & Development\nUmhlanga Assurance Ltd | Durban",
                legal="Umhlanga Assurance Ltd is an authorised financial services provider (FSP 40112). This email "
                      "and its attachments are confidential and intended solely for the addressee.")
AURELIE = Person("Aurélie Baptiste", "aurelie.baptiste@ludoform.example", "Europe/Paris", client="gmail", locale="fr",
                 sig="Aurélie Baptiste\nConceptrice pédagogique senior · Ludoform\nLyon")
LWAZI = Person("Lwazi Ndlovu", "lwazi.ndlovu@student.uct.example", "Africa/Johannesburg", client="gmail",
               locale="en-GB", sig="Lwazi Ndlovu\nPGCE (Senior Phase & FET), University of Cape Town")
FERREIRA = Person("Anton Ferreira", "a.ferreira@kloofnekhigh.example", "Africa/Johannesburg", client="outlook",
                  locale="en-GB", sig="Mr A. Ferreira\nPrincipal, Kloofnek High School")
ZANELE = Person("Zanele Mthembu", "zanele.m@inbox.example", "Africa/Johannesburg", client="iphone", locale="en-GB")
SALES = Person("Ryan Coetzee", "ryan.coetzee@quizforge.example", "Africa/Johannesburg", client="gmail",
               locale="en-GB", sig="Ryan Coetzee\nSchools Partnerships, QuizForge\n+27 21 555 0160")

O = NOMVULA

# ------------------------------------------------------------ Thabo's intro to Femke

t = Thread(O, "Introduction: Nomvula Khumalo <> Femke de Wit")
t.send(THABO, [FEMKE, NOMVULA], "2026-09-21 08:05", """\
Femke, meet Nomvula. Nomvula, meet Femke.

Femke, Nomvula is the maths teacher whose Grade 9 fractions unit I showed you on my laptop in Amsterdam: the one where the learners design a tuck-shop price list. She wants to move into learning design full time and is already better at it than half the people I've hired.

Nomvula, Femke leads learning design at LeerLab, which builds teacher-training courses used from Rotterdam to Polokwane. She has strong opinions about quizzes, all of them correct.

I'd love for you two to have a proper conversation. Femke, could you spare half an hour for Nomvula over the next couple of weeks?

Thabo""", kind="request", fmt="alt",
       note="A connector's 'X, meet Y' introduction that asks one person to spare half an hour for the other: an "
            "intro that asks two people to meet is a request.")
t.reply(FEMKE, [NOMVULA, THABO], "2026-09-22 10:30", """\
Thank you, Thabo! Nomvula, so nice to meet you. The tuck-shop unit is famous in our office by now.

Happy to talk. Would Tuesday 29 or Wednesday 30 September work, any time after 10:00? We're on the same clock until the end of October, which makes it easy.

Femke""", kind="request",
        note="The introduced person offers two candidate days with a window ('any time after 10:00') and asks "
             "which works; nothing is fixed, so it is a request; the clock remark is not a time.")
m3 = t.reply(NOMVULA, [FEMKE], "2026-09-22 19:10", """\
Dear Femke,

Thank you so much! Wednesday the 30th at 11:00 works beautifully: I've no classes until 13:00 that day. I'll send a Zoom link the evening before.

Warm regards,
Nomvula""", kind="confirmation", meet=("2026-09-30 11:00", "hdr"), wd="Wed",
             note="Fixes one of the offered days with a time ('Wednesday the 30th at 11:00'); Cape Town's +0200 Date "
                  "header applies (Amsterdam is also +02:00 in September); 'until 13:00' is her timetable, not the "
                  "meeting.")
send(NOMVULA, THABO, "2026-09-22 19:16", "Femke!", """\
Thabo you star, thank you for the intro to Femke! I owe you one 🙏""", owner=O, mobile=True, kind="thank_you",
     note="One-line iPhone thanks to the introducer for an introduction that already happened; no meeting is "
          "mentioned or asked for.")
t.reply(FEMKE, [NOMVULA], "2026-09-30 10:52", """\
Nomvula, so sorry - my previous meeting is overrunning. I'll join at 11:15 instead of 11:00. Apologies!

Femke""", parent=m3, kind="confirmation", meet=("2026-09-30 11:15", "hdr"),
        note="A running-late note eight minutes before the call that moves its start to 11:15; the bare time is on "
             "the Date header's day (Wed Sep 30) at its +0200, and the quoted 11:00 is the old start.")
t.reply(NOMVULA, [FEMKE], "2026-09-30 16:40", """\
Dear Femke,

Thank you for this morning. I've been smiling about it all through my afternoon classes, which my Grade 10s found very suspicious.

You gave me three things I couldn't have found on my own. The first was permission: when you said that most good learning designers started as teachers who got annoyed at bad training, I felt less like an impostor. The second was practical: build one small module end to end, with real learners and real data, rather than another portfolio of slides. The third was the name of the tool your team actually uses, which isn't the one every course tells you to learn.

And thank you for staying on for forty minutes when you'd offered thirty, and for starting late so graciously that I almost didn't notice.

With gratitude,
Nomvula""", kind="thank_you",
        note="A long thank-you with specifics for the call that morning; the quoted running-late note with its "
             "time does not decide the kind.")
send(NOMVULA, THABO, "2026-10-26 07:20", "Femke - report back", """\
Hi Thabo,

A quick report, as promised. Femke and I spoke on the 30th and it went brilliantly. She was warm and practical, and at the end she asked whether I'd build a small pilot module for LeerLab's teacher-training course on formative assessment. Paid! I start next week, evenings and weekends until the December holidays.

I'll tell you how it goes.

N""", owner=O, kind="update", fmt="alt",
     note="Weeks later, tells the introducer how the meeting he arranged went and what came of it (a paid pilot); "
          "'I start next week' is work, not a meeting.")
send(FEMKE, NOMVULA, "2027-02-04 15:10", "Pilot results!", """\
Hi Nomvula,

The pilot module results are in: 212 teachers completed it between November and January, average rating 4.7 out of 5, and the completion rate was the highest we've had for any module. Several people mentioned the worked examples specifically.

We're planning three more modules for the autumn and I've told the team I want you on them. More when the budgets are signed, probably in March.

Femke""", owner=O, kind="update",
     note="News since the last exchange (pilot results, plans for more work); 'probably in March' is about budgets, "
          "not a meeting, and nothing is asked.")

# ------------------------------------------------------------ Aurélie (Lyon, French)

t = Thread(O, "A teacher's question about designing for adult learners")
hide(t, NOMVULA, [AURELIE], "2026-11-09 18:00", """\
Dear Aurélie,

Femke de Wit at LeerLab suggested I contact you: she says your serious games for nurse training are the best thing she has seen on practice-based learning for adults. I'm a maths teacher in Cape Town moving into learning experience design.

Would you be willing to have a 30-minute video call with me? I know French is your first language; my French is school French, so I'll write in English, but please reply in whichever you prefer.

Kind regards,
Nomvula Khumalo""", kind="request")
t.reply(AURELIE, [NOMVULA], "2026-11-11 09:20", """\
Bonjour Nomvula,

Merci pour votre message, et merci à Femke pour les compliments ! Avec plaisir.

Retenons jeudi 19 novembre à 10 h, heure de Paris (11 h chez vous, si je ne me trompe pas). Je vous envoie un lien Teams la veille.

Et ne vous inquiétez pas pour le français : je peux parler anglais pendant l'appel.

Bien cordialement,
Aurélie Baptiste""", kind="confirmation", lang="fr", meet=("2026-11-19 10:00", "Europe/Paris"), wd="Thu",
        note="[fr] Fixes one slot outright ('Retenons jeudi 19 novembre à 10 h, heure de Paris'): the named zone "
             "gives +01:00 (Paris in winter) although Nomvula is at +02:00; the '11 h chez vous' is the same "
             "instant.")
t.reply(AURELIE, [NOMVULA], "2026-11-19 15:05", """\
Chère Nomvula,

Merci pour cet échange très agréable ce matin. C'est rare de parler avec quelqu'un qui connaît aussi bien le terrain, et vos questions sur l'évaluation m'ont fait réfléchir à nos propres modules.

Merci aussi pour le lien vers votre module sur les fractions : je l'ai déjà montré à deux collègues.

Au plaisir de suivre votre parcours,
Aurélie""", quote=False, kind="thank_you", lang="fr", enc="b64",
        note="[fr] The contact thanks Nomvula for the conversation that morning and for a link she shared; "
             "'au plaisir de suivre votre parcours' is a courtesy, not a new meeting (base64 body).")
send(NOMVULA, AURELIE, "2027-04-13 20:30", "News from Cape Town", """\
Dear Aurélie,

I hope the spring term is being kind to you. I wanted to share some news since our call in November.

I've just finished the Instructional Design certificate I told you about, with a final project on practice-based assessment that borrowed shamelessly from your nurse-training games (credited!). And from July I'll be working three days a week with Femke's team at LeerLab, on the new modules, while still teaching two days at Kloofnek so my Grade 12s aren't abandoned in their exam year.

Warm regards,
Nomvula""", owner=O, kind="update",
     note="Months later, news since the call (certificate finished, new part-time role from July); the start month "
          "is not a meeting and there is no ask.")

# ------------------------------------------------------------ Gareth: nudges, a fixed slot, a cancellation

t = Thread(O, "From the classroom to corporate learning")
hide(t, NOMVULA, [GARETH], "2026-10-05 07:45", """\
Dear Gareth,

I'm a maths teacher in Cape Town moving into learning design, and your talk at the SA Learning Summit on microlearning for insurance advisers stuck with me. Would you have 30 minutes for a Teams call before the end of the year? I'd love to understand what corporate L&D looks for.

Kind regards,
Nomvula Khumalo""", kind="request")
hide_reply(t, NOMVULA, [GARETH], "2026-10-19 07:30", """\
Dear Gareth,

I know how these things get buried, so I'm just floating this to the top of your inbox. Would half an hour on Teams before the end of term be possible?

Kind regards,
Nomvula""", kind="request")
t.reply(NOMVULA, [GARETH], "2026-11-03 06:55", """\
Hi Gareth, trying my luck one more time and then I'll stop cluttering your inbox! Even 15 minutes would be wonderful.

N""", mobile=True, kind="request",
        note="A second nudge a month after the ask, from an iPhone, quoting the first nudge and the original; asking "
             "again for 15 minutes is a request.")
m = t.reply(GARETH, [NOMVULA], "2026-11-04 12:40", """\
Dear Nomvula,

My sincere apologies: I've been on leave and then buried in year-end audit preparation, and your emails have been sitting there making me feel guilty.

Let's do Thursday the 12th at 14:00. I'll send a Teams invitation shortly.

Kind regards
Gareth""", kind="confirmation", meet=("2026-11-12 14:00", "hdr"), wd="Thu",
            note="A nudge answered with an apology and one fixed slot ('Let's do Thursday the 12th at 14:00'); the "
                 "Teams invitation is still to come, but the date and time are fixed here (+0200).")
t.reply(GARETH, [NOMVULA], "2026-11-11 16:20", """\
Dear Nomvula,

I'm afraid I have to cancel tomorrow's call. The auditors have brought their fieldwork forward and I'm in sessions all day, and it looks as though that will run well into December.

Rather than move it again and risk letting you down twice, I'll contact you in the new year once things have settled. My apologies.

Kind regards
Gareth""", parent=m, qstyle="original", kind="decline",
        note="Cancels the agreed Thursday call and explicitly offers no new date ('I'll contact you in the new "
             "year'); the quoted message still holds Thursday the 12th at 14:00.")

# ------------------------------------------------------------ Lwazi: a request, a cancellation, a new fixed date

t = Thread(O, "Request for advice from a PGCE student")
t.send(LWAZI, [NOMVULA], "2027-01-18 21:10", """\
Dear Ms Khumalo,

My name is Lwazi Ndlovu and I'm a PGCE student at UCT. I did my teaching practice at Kloofnek last term (Mr Ferreira's Grade 8 class) and the learners still talk about your tuck-shop project.

I'm very interested in learning design, possibly after a few years of teaching, and I would be so grateful for your advice on how to prepare. Would you be willing to meet for a coffee some time in February? I can come to wherever suits you.

Thank you for considering this.

Kind regards,
Lwazi Ndlovu""", kind="request", enc="b64",
       note="A student's polite request for a coffee 'some time in February' (base64 body); a month is not a time, "
            "so it is a request, not a confirmation.")
hide_reply(t, NOMVULA, [LWAZI], "2027-01-19 06:50", """\
Dear Lwazi,

Of course! Let's meet on Saturday 6 February at 10:00 at Truth Coffee on Buitenkant Street.

Nomvula""", kind="confirmation")
t.reply(NOMVULA, [LWAZI], "2027-02-05 07:10", """\
Lwazi, I'm so sorry: I've come down with flu and need to cancel tomorrow. Let me get back to you once I'm upright again and we'll find another morning. Apologies!

N""", mobile=True, kind="decline",
        note="The owner cancels the agreed Saturday coffee from her phone and gives no new date ('we'll find "
             "another morning'); a postponement without a date is a decline.")
t.reply(NOMVULA, [LWAZI], "2027-02-15 19:45", """\
Dear Lwazi,

I'm finally human again. Let's do this Saturday, the 20th, same place: Truth on Buitenkant. I can't give you a time yet because I'm on duty at the inter-schools athletics that morning and nobody knows when the relays will finish, so I'll message you on the day as soon as I'm free. I'll be the one with the sunburn and the apologetic face.

Nomvula""", kind="confirmation", meet=("2027-02-20", "hdr"), allday=True, wd="Sat",
        note="After a cancellation with no date, the owner fixes a new date ('this Saturday, the 20th') but "
             "explicitly no time (she will message on the day); a date with no time is midnight at the Date "
             "header's +0200 with all_day true, and the quoted 10:00 belongs to the cancelled coffee.")

# ------------------------------------------------------------ a sales call refused

t = Thread(O, "QuizForge for Kloofnek's maths department?")
hide(t, SALES, [NOMVULA], "2027-03-01 09:30", """\
Hi Nomvula,

I noticed Kloofnek's maths department is still using paper for weekly quizzes. QuizForge is free for South African public schools for the first year. Could we set up a 20-minute call this week so I can show you how it works?

Ryan""", kind="request")
t.reply(NOMVULA, [SALES], "2027-03-01 19:05", """\
Hi Ryan,

Thanks for getting in touch. I'll pass on a call, though: I'm not the person who decides on software for the department, and I'm cutting back my hours at the school. If you'd like, send a one-page summary to our head of department, Mrs Daniels, at maths@kloofnekhigh.example.

Kind regards,
Nomvula""", kind="decline",
        note="Refuses a salesperson's personal request for a call and points to someone else without offering any "
             "time; decline.")

# ------------------------------------------------------------ other

send(ZANELE, NOMVULA, "2026-10-11 11:32", "Friday!!", """\
Girl, dinner at Kloof Street House on Friday was everything. Photos attached, you look amazing in all of them and I look like I've been awake since 5, which I had.

Also did you ever hear back from that Dutch lady about the course thing?? Tell me everything""", owner=O,
     kind="other", attach=[("IMG_4471.jpg", "image/jpeg", jpeg("kloof-street"))],
     note="A friend's chit-chat about a dinner that already happened, with photos; she asks about news but not for "
          "a meeting, so other (not a thank-you either: nobody is thanked for help).")

send(FERREIRA, NOMVULA, "2026-11-23 08:05", "Term 4 marks and moderation", """\
Dear Nomvula

Please submit your Grade 11 Term 4 marks on the school portal by Friday 12:00. I also need the moderation file for Grade 11 Mathematics (three learners per level, as discussed) on my desk by the same time.

The SMT will meet on Monday to finalise the schedules.

Thank you
Mr Ferreira""", owner=O, kind="other",
     note="The principal's work request with a deadline (Friday 12:00) and a staff meeting she is not being invited "
          "to; a request, but not for a meeting with her, so other.")

CAREERVELD = service("CareerVeld", "alerts@careerveld.example", "Africa/Johannesburg")
bulk(CAREERVELD, NOMVULA, "2026-10-12 06:00", "New jobs matching 'instructional designer' in Western Cape", O, """\
Hi Nomvula,

8 new jobs match your search "instructional designer" in Western Cape.

Learning Experience Designer - Fynbos Financial Services - Cape Town CBD - Permanent
Instructional Designer (Contract, 6 months) - CapeLearn Digital - Remote
Junior Learning Designer - Table Bay Health - Bellville - Closing date: 30 October 2026

View all jobs: https://careerveld.example/search/saved/id-wc-1182

Happy job hunting!
The CareerVeld team
""", """\
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Nomvula,</p>
<p>8 new jobs match your search <b>&quot;instructional designer&quot;</b> in Western Cape.</p>
<ul>
<li><a href="https://careerveld.example/j/551201">Learning Experience Designer</a> &ndash; Fynbos Financial Services &ndash; Cape Town CBD</li>
<li><a href="https://careerveld.example/j/551244">Instructional Designer (Contract, 6 months)</a> &ndash; CapeLearn Digital &ndash; Remote</li>
<li><a href="https://careerveld.example/j/551260">Junior Learning Designer</a> &ndash; Table Bay Health &ndash; Closing date: 30 October 2026</li>
</ul>
<p><a href="https://careerveld.example/search/saved/id-wc-1182">View all jobs</a></p>
<p>Happy job hunting!<br>The CareerVeld team</p>
</body></html>
""", note="A job-board alert with no List-Unsubscribe, Precedence or Auto-Submitted header (the service omits "
          "them); a service sender and a listing of jobs make it automated mail, so other.")

WEBHUB = service("WebinarHub", "no-reply@webinarhub.example", "Europe/London")
bulk(WEBHUB, NOMVULA, "2026-11-24 15:00", "Reminder: Designing for Adult Learners starts tomorrow", O, """\
Hi Nomvula,

This is a reminder that "Designing for Adult Learners: Beyond the Quiz" starts tomorrow.

Date: Wednesday, 25 November 2026
Time: 17:00 SAST (15:00 GMT)
Duration: 60 minutes

Join: https://webinarhub.example/j/dal-1125?u=nk77
Add to calendar: https://webinarhub.example/j/dal-1125/ics

You're receiving this reminder because you registered for this webinar.
Unsubscribe from reminders: https://webinarhub.example/prefs/nk77
""", None, fmt="plain", headers=[("Auto-Submitted", "auto-generated")] + unsub("webinarhub.example", "nk77"),
     note="A webinar platform's reminder with 'tomorrow', a date and a time in two zones; automated mail from a "
          "no-reply address is other however much it looks like a meeting.")

SLOTWISE = service("Slotwise", "notifications@slotwise.example", "UTC")
bulk(SLOTWISE, NOMVULA, "2027-02-24 18:12",
     "Invitation: Portfolio review with Nomvula Khumalo @ Tue 2 Mar 2027 16:00 - 16:30 (SAST)", O, """\
Hi Nomvula Khumalo,

A new event has been booked on your Slotwise page.

Event: Portfolio review (30 min)
Invitee: Sipho Bhengu (sipho.bhengu@mailbox.example)
When: Tuesday 2 March 2027, 16:00 - 16:30 (South Africa Standard Time)
Where: Google Meet (link in the calendar event)

Questions from the invitee:
"I'm a Grade 6 teacher in Gqeberha and Lwazi Ndlovu gave me your link. I'd love feedback on my first e-learning module."

Reschedule or cancel: https://slotwise.example/b/7741/manage

Sent by Slotwise · https://slotwise.example
""", None, fmt="plain", headers=[("Auto-Submitted", "auto-generated")],
     note="A booking service's 'Invitation:' notice for a slot someone booked on Nomvula's page: it fixes a date "
          "and time, but a calendar notification sent by a service is other.")
