"""Delia Marchetti, Chicago: restaurant general manager moving to the software side
(customer success / implementation at a restaurant-tech company).

Gmail (en-US) and iPhone. Contacts in Chicago, Milwaukee, Austin, New Orleans
and Bogotá (Spanish). September 2026 to April 2027.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from c5 import Person, Thread, bulk, forward, hide, hide_reply, ics, jpeg, send, service, unsub  # noqa: F401

DELIA = Person("Delia Marchetti", "delia@dmarchetti.example", "America/Chicago", client="gmail", locale="en-US",
               sig="Delia Marchetti\nGeneral Manager, Fennel & Vine\n(312) 555-0148")
GUS = Person("Gus Pappas", "gus@pappasprovisions.example", "America/Chicago", client="gmail", locale="en-US",
             sig="Gus Pappas | Pappas Provisions\nWholesale produce to Chicago kitchens since 1978\n(773) 555-0110")
HOLLIS = Person("Hollis Grant", "hollis.grant@tableturn.example", "America/Chicago", client="gmail", locale="en-US",
                sig="Hollis Grant\nDirector, Customer Success | TableTurn\nAustin, TX", sigsep=True)
MARGOT = Person("Margot Feeney", "mfeeney@lakefronthg.example", "America/Chicago", client="outlook_html",
                locale="en-US",
                sig="Margot Feeney\nVP, Operations\nLakefront Hospitality Group\n414-555-0127",
                legal="CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
                      "recipient(s) and may contain confidential information of Lakefront Hospitality Group, LLC.")
TOMAS = Person("Tomás Echeverri", "tomas.echeverri@domiciliosya.example", "America/Bogota", client="gmail",
               locale="es", sig="Tomás Echeverri\nDirector de Operaciones de Última Milla · DomiciliosYa\nBogotá")
REGGIE = Person("Reggie Thibodeaux", "reggie.thibodeaux@tableturn.example", "America/Chicago", client="gmail",
                locale="en-US", sig="Reggie Thibodeaux\nImplementation Lead, Central & Gulf | TableTurn")
NICO = Person("Nico Marchetti", "nico.marchetti@mailbox.example", "America/Chicago", client="yahoo", locale="en-US")
SAL = Person("Sal Ferraro", "sal@fennelandvine.example", "America/Chicago", client="iphone", locale="en-US")
JOAQUIN = Person("Joaquín Ruiz", "joaquin.ruiz.cooks@mailbox.example", "America/Chicago", client="iphone",
                 locale="en-US")

O = DELIA

# ------------------------------------------------------------ Gus's intro to Hollis

t = Thread(O, "Intro: Delia (Fennel & Vine) <> Hollis (TableTurn)")
t.send(GUS, [HOLLIS, DELIA], "2026-09-15 07:48", """\
Hollis, Delia --

Hollis, this is Delia, the GM at Fennel & Vine I was telling you about at the show in May. She has run that room for nine years, survived two kitchen fires and one very public Yelp war, and she's decided she wants to move to the software side of restaurants. I can't think of anyone better to tell her how that really works than you.

Delia, Hollis runs customer success at TableTurn (yes, the POS your bartenders complain about). She started on the floor too, hosting at a steakhouse in Houston.

You two should get on a call. Hollis, you said you'd make 20 minutes for this and I'm holding you to it. I'll step out of the thread now.

Gus""", kind="request",
       note="A connector's double-opt-in introduction addressed to both people that explicitly asks them to get on a "
            "call: an intro that asks two people to meet is a request, although the writer is not one of the two "
            "who will meet and no time is mentioned.")

t.reply(HOLLIS, [DELIA], "2026-09-16 12:20", """\
Thanks, Gus! (Moving you to bcc.)

Delia, hi! Any friend of Gus's gets my time, and a GM who survived a Yelp war gets extra.

I could do Thursday the 24th any time after 2, or Monday the 28th before 11. That's Central, which I think we share even though I'm in Austin. Tell me which one and I'll hold it.

Hollis""", kind="request",
        note="The introduced person answers the intro with two candidate windows (Thu 24 after 2, Mon 28 before "
             "11) and asks Delia to choose; nothing is fixed yet, so it is a request; the thanks to the introducer "
             "is a courtesy.")

d3 = t.reply(DELIA, [HOLLIS], "2026-09-16 21:05", """\
Hi Hollis,

Monday the 28th at 10:00 works perfectly. We're closed Mondays, so I'll even be awake and caffeinated. I've put it in my calendar; send over whatever video link you like.

Thank you for making the time -- I know what a Monday in September looks like for anyone near a restaurant.

Delia""", kind="confirmation", meet=("2026-09-28 10:00", "hdr"), wd="Mon",
        note="Picks one of the offered windows with a date and time (Monday the 28th at 10:00, Date header -0500); "
             "the Thursday window in the quote is not chosen; 'the 28th' is a date, not a bare weekday, so it is not "
             "the next Monday (the 21st).")

send(DELIA, GUS, "2026-09-17 09:12", "Thank you!", """\
Gus,

Thank you for the intro to Hollis. She answered within a day, which apparently is a TableTurn thing, and we're talking at the end of the month. She's exactly the person I needed and didn't know how to find.

I owe you more than the usual case of Calabrian chilis.

D""", owner=O, kind="thank_you",
     note="Thanks the introducer for an introduction that already happened; 'talking at the end of the month' names "
          "no date and is a meeting with someone else, so nothing is fixed here.")

t.reply(HOLLIS, [DELIA], "2026-09-27 19:40", """\
See you tomorrow! One change: please use this link instead of the one in the calendar hold -- we got migrated from Zoom to Teams last week, don't ask.

https://teams.tableturn.example/l/meetup-join/hg-0928

H""", parent=d3, kind="confirmation", meet=("2026-09-28 10:00", "hdr"), rel="tomorrow",
        note="Sent the evening before, confirms the agreed meeting and swaps the video link; the new text says only "
             "'tomorrow', and the time (10:00) comes from the quoted acceptance; Sunday's Date makes tomorrow "
             "Monday the 28th.")

t.reply(DELIA, [HOLLIS], "2026-09-28 15:30", """\
Hollis,

Thank you for this morning. I've been chewing on it all afternoon while pretending to do the schedule.

Three things I wrote down and underlined twice:

1. "The first thirty days are where accounts churn, not the first year." I've watched that from the other side -- every system we ever dropped, we'd decided to drop by week three -- but I never thought of it as something someone's job was to prevent.

2. Your advice to stop describing myself as "good with people" and start describing the outcomes: the labor-cost turnaround in 2023, the POS switchover I ran in nine days with no refunds. I'm rewriting my résumé around those this week.

3. The Salesforce Administrator certification. I signed up for the course before we'd even hung up, which I hope you'll take as a compliment.

You gave me forty minutes on a day that clearly had other plans for you, and I'm grateful.

Delia""", kind="thank_you",
        note="A long, specific thank-you for the call that happened that morning; the résumé rewrite and the course "
             "sign-up are results of the call mentioned inside the thanks, not news of their own, and 'this week' "
             "is not a meeting.")

send(DELIA, GUS, "2026-11-06 11:05", "Closing the loop on Hollis", """\
Hi Gus,

Closing the loop, since you asked at the market: I talked to Hollis back in September and it went great. She pointed me at their implementation specialist opening, I applied, did a first-round call with their recruiter, and now I'm waiting to hear about the panel. They say "a few weeks", which in software apparently means anything up to a season.

Either way, I've started the Salesforce Admin course she recommended and I'm about a third of the way through.

I'll let you know what happens. Thanks again.

D""", owner=O, kind="update",
     note="Weeks later, tells the introducer how the meeting he arranged went and what followed (an application, a "
          "recruiter call, a pending panel); 'thanks again' is a closing courtesy, so it stays an update, and the "
          "past recruiter call is not a meeting to extract.")

# ------------------------------------------------------------ Margot: nudge, fixed slot, cancellation

t = Thread(O, "A GM's question about running more than one room")
hide(t, DELIA, [MARGOT], "2026-10-13 10:30", """\
Hi Margot,

We met briefly at the Illinois Restaurant Association breakfast in August (I was the one who asked about your pre-shift huddle format). I'm the GM at Fennel & Vine in West Town, and I'm trying to understand the operations side of multi-unit groups before I decide where to take my career next.

Would you have 20 minutes for a phone call in the next few weeks? I'd be grateful for anything you can spare.

Best,
Delia""", kind="request")
t.reply(DELIA, [MARGOT], "2026-10-28 09:15", """\
Hi Margot,

I'm bumping this back to the top of your inbox in case it got buried in the fall menu change (I know exactly what that week looks like). Twenty minutes by phone, any day but Saturday, would mean a lot.

And if now's a bad time, a one-line "no" is completely fine.

Delia""", kind="request",
        note="A nudge two weeks after an unanswered ask (the original is quoted below); nudges are requests; 'any "
             "day but Saturday' is flexibility, not a proposed time.")
m9 = t.reply(MARGOT, [DELIA], "2026-11-04 16:40", """\
Delia,

I'm so sorry - your note came in the week we opened Third Ward and I never got back to it. That's on me.

Let's do Tuesday the 10th at 4:30, here at our office: second floor above the Third Ward location, ring the bell marked LHG. Plan on half an hour, maybe a little more if you like talking shop as much as I do.

Margot""", kind="confirmation", meet=("2026-11-10 16:30", "hdr"), wd="Tue",
             note="An apology for a missed nudge that fixes one slot outright ('Let's do Tuesday the 10th at 4:30', "
                  "Date -0600 CST, after the US switch on Nov 1); HTML-only Outlook message with the ask and the "
                  "nudge quoted below.")
t.reply(MARGOT, [DELIA], "2026-11-09 18:02", """\
Delia -

I have to cancel tomorrow. Our ownership group moved the quarterly review onto Tuesday afternoon and there is no getting out of it.

Honestly, between that and the holidays I don't know when I'll surface, so rather than pick another day and cancel on you again, let me reach out when things settle down. Apologies again.

Margot""", parent=m9, kind="decline",
        note="Cancels the agreed Tuesday 4:30 meeting and deliberately gives no new date ('let me reach out when "
             "things settle'); the fixed slot survives only in the quoted confirmation.")

send(DELIA, MARGOT, "2026-12-16 10:20", "Happy holidays from Fennel & Vine", """\
Hi Margot,

No need to reply to this -- I know what December is in this business. I just wanted to send a bit of news, since you were kind enough to make time for me in the fall even if the timing didn't work out.

No word yet from TableTurn (their panel keeps sliding), but I finished the Salesforce Administrator course last week and passed the exam on the first try. I'm using our January slow season for a small side project: mapping every recurring task on our floor to the tool that ought to be doing it. It's already found us two hours a week.

Wishing you a calm New Year's Eve service and a short line at the dish pit.

Delia""", owner=O, kind="update",
     note="A holiday-season check-in months after a cancelled meeting: 'no news yet but...' plus a finished course; "
          "it asks for nothing (no renewed ask, no date), and the kind words are courtesy, so it is an update.")

# ------------------------------------------------------------ Tomás (Bogotá): postponement, renewed slots, Spanish

t = Thread(O, "Question from a Chicago restaurant GM about last-mile ops")
hide(t, DELIA, [TOMAS], "2026-10-20 14:10", """\
Hi Tomás,

I watched your talk from the Latin American Delivery Summit on YouTube (the one about designing courier zones around restaurant prep times rather than distance) and I've been thinking about it ever since. I manage a restaurant in Chicago and I'm trying to move into operations roles on the technology side.

Would you be open to a 30-minute video call at some point? I'm one hour behind Bogotá for most of the year.

Thank you,
Delia Marchetti""", kind="request")
t.reply(TOMAS, [DELIA], "2026-10-22 19:45", """\
Hola Delia:

Gracias por escribirme y por tus palabras sobre la charla; me alegra que te haya servido.

Me encantaría conversar, pero te soy sincero: estamos en pleno cierre de año y con el lanzamiento en Medellín, y no tengo ni una hora libre hasta diciembre. ¿Te parece si lo retomamos en enero? Yo te escribo.

Un abrazo,
Tomás""", kind="decline", lang="es",
        note="[es] Postpones the call to 'enero' with no date and promises to write; a postponement without a new "
             "date is a decline even though it is friendly and ends with a question about postponing.")
t.reply(TOMAS, [DELIA], "2027-01-11 08:30", """\
Hola de nuevo, Delia:

Como te prometí, aquí estoy. ¿Te sirve el jueves 21 de enero a las 8:00 (hora de Bogotá) o el viernes 22 a la misma hora? Dime cuál prefieres y te envío la invitación.

¡Feliz año!
Tomás""", kind="request", lang="es",
        note="[es] Comes back as promised with two candidate slots (Thu 21 or Fri 22 January, 8:00 Bogotá) and asks "
             "Delia to choose; nothing is fixed yet, so it is a request.")
t.reply(DELIA, [TOMAS], "2027-01-11 10:15", """\
¡Hola Tomás!

Feliz año a ti también. El jueves 21 a las 8:00 hora de Bogotá me va perfecto (para mí serán las 7:00, así que llevaré mucho café). Quedo pendiente de la invitación.

¡Gracias!
Delia""", kind="confirmation", lang="es", meet=("2027-01-21 08:00", "America/Bogota"), wd="Thu",
        note="[es] Accepts one of the two slots, 'jueves 21 a las 8:00 hora de Bogotá': the named zone wins "
             "(-05:00) over the Date header's -0600; the '7:00' is the same instant restated for Chicago.")
t.reply(DELIA, [TOMAS], "2027-01-21 12:00", """\
Tomás,

Thank you for this morning, and for getting up even earlier than I did to be on time.

The idea I'm taking away is that a dispatch board is just an expo line with more miles in it: the same problem of who waits for whom, and the same temptation to blame the runner when it's the ticket that was late. I've already used that framing twice today, once on my own sous-chef.

Thank you also for the list of people to follow and for the honest answer about salaries. Both were exactly what I needed.

Delia""", kind="thank_you",
        note="English thank-you after the call that morning, in a thread whose quoted messages are Spanish; names "
             "what was useful and asks for nothing.")

# ------------------------------------------------------------ TableTurn, later

send(HOLLIS, DELIA, "2027-01-26 14:12", "heads up", """\
Delia --

Quick heads up: the implementation specialist req got reopened after the hiring freeze (the person they hired in the fall didn't work out). I sent your résumé straight to Reggie Thibodeaux, who leads that team, with a note saying you're the real thing.

You should hear from him directly this week or next. Fingers crossed!

H""", owner=O, kind="update", fmt="html",
     note="News since the last exchange (the role reopened, Hollis passed on the résumé); 'you should hear from him "
          "this week or next' is about someone else contacting Delia, not a meeting with Hollis.")

cal = ics("REQUEST", "Delia Marchetti / TableTurn implementation - intro call", "2027-02-12 11:00", "2027-02-12 11:30",
          "America/Chicago", "tzid", REGGIE, [REGGIE, DELIA],
          datetime(2027, 2, 8, 9, 5, tzinfo=ZoneInfo("America/Chicago")), sequence=1,
          location="https://meet.tableturn.example/rgt-dmx-412",
          description="30-minute intro call about the Implementation Specialist (Midwest) role.",
          uid_seed="reggie-delia-intro", partstat="NEEDS-ACTION")
send(REGGIE, DELIA, "2027-02-08 09:05",
     "Updated invitation: Delia Marchetti / TableTurn implementation - intro call @ Fri Feb 12, 2027 11am - 11:30am (CST)",
     """\
Hi Delia,

Apologies for the shuffle. I've had to move our call from Thursday to Friday, Feb 12 at 11:00 AM Central -- the updated invite is attached. Same Meet link.

Looking forward to it,
Reggie""", owner=O, kind="confirmation", meet=("2027-02-12 11:00", "America/Chicago"), wd="Fri", cal=cal,
     note="A person's updated invitation (text/calendar METHOD:REQUEST, SEQUENCE:1) that moves the call from "
          "Thursday to Friday Feb 12, 11:00 Central; the DTSTART with TZID America/Chicago decides (-06:00), and "
          "the old Thursday mentioned in the text is not the meeting.")

send(DELIA, HOLLIS, "2027-04-09 17:20", "News!", """\
Hollis --

I wanted you to hear it from me first: I accepted TableTurn's offer this morning. Implementation Specialist, Midwest region, starting May 3.

Sal is taking it well, mostly by pretending I'm going on a very long vacation. I'm handing over to my AGM over the next three weeks and then I'm all yours (well, Reggie's).

Thanks again for the intro to Reggie. See you in the Slack channels soon.

Delia""", owner=O, kind="update",
     note="Reports a result (accepted offer, start date May 3) to the contact who helped; the start date is not a "
          "meeting and 'thanks again' is a closing courtesy, so the news decides: update.")

# ------------------------------------------------------------ Joaquín: request answered with a postponement

t = Thread(O, "hi chef")
hide(t, JOAQUIN, [DELIA], "2027-04-20 22:48", """\
hey chef!! it's Joaquín from the line (2019-2021, fry station). Marisol told me you're going to a tech company?? that's amazing

I'm thinking about getting out of kitchens too, my back is done. could I buy you a coffee sometime and pick your brain? whenever works for you, I'm off Mondays and Tuesdays""", kind="request")
t.reply(DELIA, [JOAQUIN], "2027-04-22 08:50", """\
Joaquín!

Of course I remember -- best fry station we ever had, and the only person who could keep the ticket printer alive.

I'd love to help, but I'm going to be honest with you: I start the new job on May 3 and between handing over here and onboarding in Austin, I won't have a free hour until summer. Can you ping me again in July? I mean it.

In the meantime, two things worth reading are the free "Restaurant Tech Careers" guide from the IRA, and anything Hollis Grant has written on LinkedIn about moving from the floor to software.

Take care of that back.

Delia""", kind="decline",
        note="Answers a coffee request by putting it off to 'July' with no date ('ping me again in July'); a "
             "postponement with no new date is a decline, and the reading tips are a courtesy.")

# ------------------------------------------------------------ other

LINKUP = service("LinkUp", "notifications-noreply@linkup.example", "America/Los_Angeles")
bulk(LINKUP, DELIA, "2026-10-02 06:14", "Delia, you appeared in 14 searches this week", O,
     """\
LinkUp

Delia, you appeared in 14 searches this week

Hollis Grant and 3 others viewed your profile
See who's looking: https://linkup.example/me/profile-views

Your search appearances came from:
  Restaurant technology (6)
  Hospitality (5)
  Software development (3)

People also viewed
  Reggie Thibodeaux - Implementation Lead at TableTurn
  Connect: https://linkup.example/in/reggie-thibodeaux

You're receiving LinkUp notification emails.
Unsubscribe: https://linkup.example/u/dm-notif-22
LinkUp Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""", """\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2226">
<table width="100%" style="max-width:560px;margin:0 auto"><tr><td>
<p style="font-size:20px;font-weight:bold">Delia, you appeared in 14 searches this week</p>
<p><a href="https://linkup.example/me/profile-views">Hollis Grant and 3 others viewed your profile</a></p>
<p>Your search appearances came from: Restaurant technology (6), Hospitality (5), Software development (3)</p>
<p><b>People also viewed</b><br>Reggie Thibodeaux &middot; Implementation Lead at TableTurn
<a href="https://linkup.example/in/reggie-thibodeaux">Connect</a></p>
<p style="font-size:11px;color:#666">You're receiving LinkUp notification emails.
<a href="https://linkup.example/u/dm-notif-22">Unsubscribe</a><br>LinkUp Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p>
</td></tr></table></body></html>
""", headers=[("X-LinkUp-Class", "NOTIFICATION")] + unsub("linkup.example", "dm-notif-22"),
     note="A social network's weekly notification naming people Delia knows; no person wrote it and 'Connect' is a "
          "button, so it is other.")

TIXLY = service("Tixly", "noreply@tixly.example", "America/New_York")
bulk(TIXLY, DELIA, "2026-10-14 13:02", "You're going to Chicago Hospitality Tech Night!", O, """\
You're going!

Chicago Hospitality Tech Night
Thursday, October 22, 2026 from 6:00 PM to 9:00 PM (CDT)
Kitchen Commons, 1625 W Carroll Ave, Chicago, IL 60612

Order #TX-90417733 - 1 x General Admission (free)

Add to calendar: https://tixly.example/e/chtn-2026/calendar
View your ticket: https://tixly.example/tickets/TX-90417733

Organized by Windy City Restaurant Tech Meetup. Questions about this event? Contact the organizer through Tixly.
This is a transactional email from Tixly. Please do not reply.
""", """\
<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<h1 style="color:#d1410c">You're going!</h1>
<h2>Chicago Hospitality Tech Night</h2>
<p>Thursday, October 22, 2026 from 6:00 PM to 9:00 PM (CDT)<br>Kitchen Commons, 1625 W Carroll Ave, Chicago, IL 60612</p>
<p>Order #TX-90417733 &middot; 1 x General Admission (free)</p>
<p><a href="https://tixly.example/e/chtn-2026/calendar">Add to calendar</a> &middot; <a href="https://tixly.example/tickets/TX-90417733">View your ticket</a></p>
<p style="font-size:11px;color:#6f7287">Organized by Windy City Restaurant Tech Meetup. This is a transactional email from Tixly. Please do not reply.</p>
</div></body></html>
""", note="An event platform's RSVP confirmation with an exact date, time and venue, from a no-reply address and "
          "without List or Auto-Submitted headers; it is automated mail about a public event, so other.")

JOBS = service("ShiftBoard Jobs", "alerts@shiftboard-jobs.example", "America/New_York")
bulk(JOBS, DELIA, "2026-11-16 07:30", "12 new jobs for \"customer success restaurant\" in Chicago, IL", O, """\
12 new jobs match your alert "customer success restaurant" near Chicago, IL

Customer Success Manager, Restaurants - PlateLogic - Chicago, IL (Hybrid)
$78,000 - $92,000 a year - Easily apply
https://shiftboard-jobs.example/j/8843201

Implementation Specialist - TableTurn - Remote (US Central)
Hiring event: Thursday, Nov 19, 10am-2pm CT - walk-in interviews welcome
https://shiftboard-jobs.example/j/8843377

Onboarding Coordinator, Hospitality - Brightcart - Evanston, IL
https://shiftboard-jobs.example/j/8842950

See all 12 jobs: https://shiftboard-jobs.example/alerts/cs-restaurant-chi

You're receiving this because you created a job alert. Manage alerts or unsubscribe:
https://shiftboard-jobs.example/alerts/manage
""", """\
<html><body style="font-family:Arial,sans-serif">
<h2>12 new jobs match your alert &quot;customer success restaurant&quot;</h2>
<p><b><a href="https://shiftboard-jobs.example/j/8843201">Customer Success Manager, Restaurants</a></b><br>PlateLogic &middot; Chicago, IL (Hybrid) &middot; $78,000 - $92,000 a year</p>
<p><b><a href="https://shiftboard-jobs.example/j/8843377">Implementation Specialist</a></b><br>TableTurn &middot; Remote (US Central)<br><i>Hiring event: Thursday, Nov 19, 10am-2pm CT - walk-in interviews welcome</i></p>
<p><b><a href="https://shiftboard-jobs.example/j/8842950">Onboarding Coordinator, Hospitality</a></b><br>Brightcart &middot; Evanston, IL</p>
<p><a href="https://shiftboard-jobs.example/alerts/cs-restaurant-chi">See all 12 jobs</a></p>
<p style="font-size:11px;color:#777">You're receiving this because you created a job alert. <a href="https://shiftboard-jobs.example/alerts/manage">Manage alerts or unsubscribe</a></p>
</body></html>
""", headers=[("Precedence", "bulk")] + unsub("shiftboard-jobs.example", "cs-restaurant-chi"),
     note="Job-board alert (Precedence: bulk, List-Unsubscribe); the 'hiring event Thursday, Nov 19, 10am-2pm CT' is "
          "a listing detail, not a meeting anyone arranges with Delia.")

send(NICO, DELIA, "2026-10-05 20:31", "pics from Nonna Lu's + Mom's 70th", """\
Dee --

Pics from dinner at Nonna Lu's last week attached, including the one where Uncle Pat tries to pay with a coupon from 2019. Mom has already made it her phone background.

Also, Mom's 70th. Teresa found a weekend for her and Dad in Door County, the inn with the cherry pie breakfast. Split three ways it's $240 each. You in? Venmo me whenever, no rush.

N""", owner=O, kind="other", attach=[("nonna_lus.jpg", "image/jpeg", jpeg("nonna-lu"))],
     note="A brother's chit-chat with photos of a past family dinner and a money ask for a gift; no meeting is "
          "asked for or fixed (the dinner already happened), so it is other.")

send(SAL, DELIA, "2027-03-02 23:12", "inventory", """\
Delia need the Feb inventory variance + the linen invoice dispute summary by Friday noon for the accountant. Also can u cover Sat brunch, Rocco's out

S""", owner=O, kind="other",
     note="The restaurant owner's work request with a deadline (Friday noon) and a shift to cover, from an iPhone; a "
          "request, but not for a meeting, so other.")
