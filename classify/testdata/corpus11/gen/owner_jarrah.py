"""Jarrah Whitlock (Brisbane, Australia/Brisbane, no DST): airline first
officer moving into aviation safety data. Gmail (en-AU) and iPhone.
Oct 2026-Feb 2027 (Sydney and Melbourne on daylight time from 4 October)."""

from c11 import LIST, OOO, Person, Thread, answer, bulk, hidden, send

O = jw = Person("Jarrah Whitlock", "jarrah.whitlock@whitlockmail.example", "Australia/Brisbane", client="gmail",
                locale="en-AU", sig="Jarrah")
bec = Person("Rebecca Tsang", "rebecca.tsang@safeskies.example", "Australia/Sydney", client="outlook",
             locale="en-AU", sig="Rebecca Tsang\nSafety Data Lead, SafeSkies")
mick = Person("Mick O'Halloran", "mick.ohalloran@bigpond-ish.example", "Australia/Brisbane", client="yahoo",
              locale="en-AU", sig="Mick")
tama = Person("Tama Ngata", "tama@kiwiflightdata.example", "Pacific/Auckland", client="iphone", locale="en-GB")
sunita = Person("Sunita Reddy", "sunita.reddy@hydtech.example", "Asia/Kolkata", client="gmail", locale="en-IN",
                sig="Sunita")
joy = Person("Joy Balagtas", "joy.balagtas@cebuair-ops.example", "Asia/Manila", client="outlook_html",
             locale="en-US", sig="Joy Balagtas\nFlight Ops Analytics")
wanjiku = Person("Wanjiku Mwangi", "wanjiku@nbo-aviation.example", "Africa/Nairobi", client="gmail",
                 locale="en-GB", sig="Wanjiku")
sophie = Person("Sophie Tremblay", "sophie.tremblay@yulsafety.example", "America/Toronto", client="apple",
                locale="en-US", sig="Sophie")
dylan = Person("Dylan Ashby", "dylan.ashby@uqstudents.example", "Australia/Brisbane", client="iphone",
               locale="en-AU")
renata = Person("Renata Kowalski", "renata.k@gdanskaero.example", "Europe/Warsaw", client="thunderbird",
                locale="en-GB", sig="Renata")
andre = Person("Andre Baptiste", "andre.baptiste@barbadosair.example", "America/Barbados", client="gmail",
               locale="en-US", sig="Andre")
fiona = Person("Fiona Whitlock", "fiona.whitlock@whitlockmail.example", "Australia/Brisbane", client="iphone",
               locale="en-AU")

# ---- request: cold ask
send(jw, [bec], "2026-10-05 19:40", "FO wanting to move into safety data",
     """Hi Rebecca,

I'm a first officer on the 737 out of Brisbane, eleven years flying, and I've been quietly teaching myself SQL on layovers. Your talk at the flight safety symposium was the first time I saw what the job on the other side of the FDM data looks like.

Would you be up for a 20-minute call at some point? I'm rostered all over the place, so I'll fit in around you.

Cheers,
Jarrah""", O, kind="request",
     note="A cold ask for a 20-minute call; 'I'll fit in around you' offers flexibility, not a time.")

# ---- confirmation: named Sydney time in daylight saving
answer(O, jw, bec, "2026-10-06 09:00", "FO wanting to move into safety data", """Rebecca, thanks heaps for saying yes. Would Tuesday 13 October at 10am Sydney time work? I'm on days off that week.

Jarrah""", "2026-10-06 15:20", """Jarrah,

Righto, 10am Sydney time on Tuesday the 13th. I'll send a Teams invite from my work account.

Rebecca""", kind="confirmation", meet=("2026-10-13 10:00", "Australia/Sydney"), wd="Tue",
       note="Fixes Tue 13 October at 10am Sydney time; Sydney has been on daylight time since 4 October, so +11:00, an hour ahead of Brisbane.")

# ---- thank_you
send(jw, [bec], "2026-10-13 13:15", "Thanks for this morning",
     """Rebecca,

Massive thanks for this morning. Hearing that half your team came off the line made the whole thing feel less like a fantasy. I've signed up for the stats unit you mentioned.

Jarrah""", O, kind="thank_you",
     note="Thanks Rebecca for the call that morning; signing up for a course is secondary and thank_you outranks update.")

# ---- decline: Mick, retiree
answer(O, jw, mick, "2026-10-14 18:00", "Picking your brain about the ATSB days", """G'day Mick,

Dad reckons you'd have stories from your investigation days. Could I buy you a beer one arvo and hear a few?

Jarrah""", "2026-10-15 07:05", """Jarrah,

Good of you to ask, mate, but I'll give it a miss. The knees are shot and I'm off to the Sunshine Coast for a few months to sit still. Tell your dad he still owes me twenty bucks.

Mick""", kind="decline",
       note="'I'll give it a miss' refuses the beer outright; the trip away is the reason, not a new date.")

# ---- request: Tama answers with candidate times
answer(O, jw, tama, "2026-10-19 20:00", "NZ FDM programme", """Kia ora Tama,

Rebecca Tsang put me onto you. Any chance of a quick call about how you set up the FDM programme at your airline?

Jarrah""", "2026-10-20 08:30", """Kia ora Jarrah, no worries. Thurs arvo or Fri morning next week suit? Your call""", kind="request",
       sig=False, note="Offers two candidate windows (Thursday afternoon or Friday morning) and leaves the choice to Jarrah; nothing is fixed.")

# ---- confirmation: 'Sweet as', slot only in the quote, named Brisbane time
answer(O, jw, tama, "2026-10-20 19:00", "NZ FDM programme", """Tama, Friday 30 October at 9am Brisbane time would be ace (that's noon for you, I think).

Jarrah""", "2026-10-20 22:10", """Sweet as, see you then""", kind="confirmation",
       meet=("2026-10-30 09:00", "Australia/Brisbane"), wd="Fri", sig=False,
       note="'Sweet as, see you then' accepts the quoted slot (Fri 30 October, 9am Brisbane time, named, +10:00) while Tama's header is +1300.")

# ---- other: mailing list
bulk("Aviation Safety Network AU", "news@asn-au.example", "Australia/Sydney", jw, "2026-10-26 06:00",
     "November webinar: fatigue risk in ultra-long-haul", O,
     """Join us on Wednesday 11 November at 12:00 AEDT for a one-hour webinar on fatigue risk management.

Register now, seats are limited. You are receiving this email because you subscribed to ASN updates. Unsubscribe.""",
     "Mailing-list webinar invitation (Precedence: bulk) with a date and time; it invites the whole list, so it is other.",
     headers=LIST)

# ---- decline: HTML-only outlook, non-native / Philippines
answer(O, jw, joy, "2026-11-02 19:00", "Ops analytics in Cebu", """Hi Joy,

Sunita Reddy mentioned you built the flight ops analytics team at Cebu. Would you have half an hour for a call this month?

Jarrah""", "2026-11-03 10:20", """Hi Jarrah,

Thank you for reaching out po. Unfortunately I cannot commit to a call this month, we have the regulator visit and I am preparing all the reports. Maybe better to reach me next year when things are lighter?

Joy""", kind="decline",
       note="HTML-only Outlook: cannot commit this month and suggests 'next year' with no date; a postponement without a new time is decline.")

# ---- request: nudge
t = Thread(O, "Safety data in East Africa")
t.msgs.append(hidden(send(jw, [wanjiku], "2026-11-04 19:00", "Safety data in East Africa", """Hi Wanjiku,

I'm an airline pilot in Brisbane moving into safety data. Would you be open to a short video call about your work with Kenyan operators?

Jarrah""", O, kind="request", note="(quoted only)")))
t.reply(jw, [wanjiku], "2026-11-16 20:30", """Hi Wanjiku, circling back on this one. Totally fine if the timing's wrong, just didn't want it to die in a spam folder.

Jarrah""", kind="request",
        note="Circles back on the earlier unanswered ask (quoted); a nudge is request.")

# ---- confirmation: today, shortly before
t = Thread(O, "tonight")
t.send(dylan, [jw], "2026-11-18 12:40", """All set for 7.30 tonight at the Paddo, I've booked a table under Ashby. Bringing my uni project printouts, sorry in advance""",
       kind="confirmation", meet=("2026-11-18 19:30", "hdr"), rel="today", wd="Wed", mobile=True, sig=False,
       note="A student confirms an agreed catch-up at 7.30 'tonight', the Date header's own day (Wed 18 November), at +1000.")

# ---- thank_you received from Dylan
send(dylan, [jw], "2026-11-19 08:10", "last night",
     """Jarrah thank you so much for last night, seriously. Nobody at uni has ever explained FOQA like that. I owe you a schooner or six""",
     O, kind="thank_you", mobile=True, sig=False,
     note="Dylan thanks Jarrah for the previous evening's meeting; the schooner line is a joke, not a proposed meeting.")

# ---- update to Rebecca
send(jw, [bec], "2026-11-24 19:10", "Progress report",
     """Hi Rebecca,

Thought you'd like a progress report: the airline has said yes to me doing two days a month with our own safety department from January, on top of flying. I finished the stats unit with a distinction, which nobody is more surprised by than me.

Jarrah""", O, kind="update",
     note="News since the last exchange (a part-time secondment, a result); the January start is not a meeting.")

# ---- decline: Renata (non-native English, Poland)
answer(O, jw, renata, "2026-11-25 19:00", "EASA data work", """Hi Renata,

Could I ask you for 30 minutes about moving from the flight deck into data analysis in Europe?

Jarrah""", "2026-11-26 09:40", """Hello Jarrah,

Thank you for thinking about me. I must say no, I am leaving the company at end of December and I don't feel I am the right person to give advice about it now. I hope you understand.

Renata""", kind="decline",
       note="Non-native English refusal ('I must say no') with a reason; the December departure is not a meeting and no date is offered.")

# ---- other: sister, personal
send(fiona, [jw], "2026-11-28 15:00", "Xmas",
     """Are you rostered on Christmas or not?? Mum is doing the seating plan like it's the G20. Also you're on pav duty.""",
     O, kind="other", mobile=True, sig=False,
     note="His sister about Christmas plans; family mail, not a networking meeting, so other.")

# ---- update from Sophie (Canada)
send(sophie, [jw], "2026-12-02 20:15", "Small world",
     """Hi Jarrah,

Quick one since we spoke in October: the ICAO working group accepted the fatigue dataset proposal I mentioned, and I put your name down as an operational reviewer. You'll get a formal email from them, probably in January. Don't panic, it's a few hours a quarter.

Sophie""", O, kind="update",
     note="Sophie reports news since their talk (a proposal accepted, his name put forward); the formal email in January is not a meeting.")

# ---- request: to Andre (Caribbean)
send(jw, [andre], "2026-12-07 19:00", "Renata said you're the one to ask",
     """Hi Andre,

Renata Kowalski reckons you've done the pilot-to-safety-office jump in Barbados, which is exactly the jump I'm trying to make. Any chance you'd have 20 minutes on a call in the new year? Time zones are brutal between us, so I'm happy to take an early start or a late one.

Jarrah""", O, kind="request",
     note="Asks for a 20-minute call in the new year; the early-or-late remark is flexibility, not a fixed time.")

# ---- decline from Andre: 'no time before Carnival'
answer(O, jw, andre, "2026-12-07 19:01", "Renata said you're the one to ask", """Andre, following up on my last note. Jarrah""",
       "2026-12-09 07:00", """Jarrah, I appreciate the reach out, truly. But between the new base opening and my daughter's wedding I have nothing left til after Crop Over, and I don't want to promise and then ghost you. Take care of yourself up there.

Andre""", kind="decline",
       note="Refuses for now with no new date ('nothing left til after Crop Over'), a postponement without a time.")

# ---- thank_you to Sunita for intro
send(jw, [sunita], "2026-12-10 20:00", "Thank you for the intros",
     """Hi Sunita,

Belated but heartfelt: thank you for introducing me to Joy and to Tama back in October. Tama's call in particular shaped the whole proposal I put to my airline. I know intros cost the introducer a bit of capital.

Jarrah""", O, kind="thank_you",
     note="Thanks Sunita for introductions that already happened; the mention of the proposal supports the thanks.")

# ---- other: automated airline roster
bulk("Crew Roster", "no-reply@crewroster.example", "Australia/Brisbane", jw, "2026-12-14 03:00",
     "Roster published: January 2027", O,
     """Your January roster has been published.

First duty: Sat 2 Jan 2027, report 05:10 BNE. Please acknowledge within 72 hours in the crew portal.

This is an automated message. Do not reply.""",
     "Automated roster notice from a no-reply address with a duty time; automated mail is other.")

# ---- update: Jarrah tells Tama
send(jw, [tama], "2027-01-11 19:30", "Went well",
     """Kia ora Tama,

Said I'd report back. The airline's safety department took the FDM proposal and I'm running the pilot project from February, two days a month. Your point about starting with unstable approaches is literally slide two.

Jarrah""", O, kind="update",
     note="Reports how the proposal shaped on Tama's advice went (a result since their call); no ask, no meeting.")
