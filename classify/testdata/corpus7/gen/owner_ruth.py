"""Ruth Adeyemi-Clarke, Toronto: emergency-department social worker moving
into service design research. Apple Mail and iPhone (en-US). Contacts in
Toronto, Halifax, Montréal, Vancouver, Chicago, San Francisco, Manchester,
London and Sydney."""

from c7 import Person, Thread, answer, bulk, send
from ics import ics

ruth = Person("Ruth Adeyemi-Clarke", "ruth.ac@adeyemi-clarke.example", "America/Toronto", client="apple", locale="en-US",
              sig="Ruth Adeyemi-Clarke, MSW, RSW\nSocial Worker, Emergency Department\nSt. Brendan's Hospital, Toronto")
O = ruth

# 1 request: candidate windows, nothing fixed (San Francisco, breezy startup)
dev = Person("Devika Raman-Holt", "devika@careloop.example", "America/Los_Angeles", client="gmail", locale="en-US",
             sig="Devika\nHead of Research, CareLoop")
answer(O, ruth, dev, "2026-01-12 19:30", "ED social worker -> service design?",
       """Hi Devika, your piece on discharge journeys read like my Tuesday nights. Could I ask you a few questions over a call? Ruth""",
       "2026-01-13 10:05", """Ruth!! This made my week. Yes yes yes.

I'm in research-sprint jail until the 23rd but after that I'm wide open: Tue the 27th after 2 PT, or pretty much any time Thu the 29th before noon. Shout which and I'll send something.

D""", kind="request",
       note="Accepts in principle but offers two candidate windows (Tue 27th after 2 PT, Thu 29th morning) and asks Ruth to choose; nothing is fixed, so request.")

# 2 thank_you: podcast host thanks Ruth for the recording ("you've ruined other podcasts for me")
marcus = Person("Theo Lindqvist", "theo@careandcode-pod.example", "America/Vancouver", client="gmail", locale="en-US",
                sig="Theo Lindqvist\nHost, Care & Code podcast")
send(marcus, [ruth], "2026-01-28 23:10", "that recording", """Ruth,

I've been editing our episode all evening and I have to tell you, you've ruined other podcasts for me. The bit about the triage whiteboard being the real patient record? I listened to it four times. Thank you for giving up your one day off to sit in my closet studio with a borrowed mic. It goes out in March.

Theo""", O, kind="thank_you",
     note="Thanks Ruth for recording a podcast episode that already happened ('you've ruined other podcasts for me' is praise); the March release is not a meeting.")

# 3 decline: bows out of next week, no new date (Montréal, English)
sylvie = Person("Sylvie Tremblay-Ngata", "s.tremblay@santeux.example", "America/Toronto", client="outlook", locale="en-US",
                sig="Sylvie Tremblay-Ngata\nService Design Lead | SantéUX, Montréal")
t = Thread(O, "Coffee when you're in Montréal")
t.hsend(sylvie, [ruth], "2026-02-02 09:00", """Ruth, yes, let's do Wednesday the 11th at 10 when you're here. Sylvie""")
t.reply(sylvie, ruth, "2026-02-06 17:48", """Ruth,

I have to bow out of Wednesday, sorry - our ministry review was moved and I'm on the hook for the whole week. Rather than rebook now and move it again, let's wait until spring and see where we both are. I feel bad about this.

Sylvie""", kind="decline",
        note="Withdraws from the agreed Wednesday (the quoted acceptance has the 11th at 10) and postpones to a vague 'spring'; no new date, so decline.")

# 4 confirmation: all-day, date without time (Halifax, after the switch on both sides)
kate = Person("Kate MacNeil", "kmacneil@novahealth-design.example", "America/Halifax", client="iphone", locale="en-US")
answer(O, ruth, kate, "2026-03-08 20:00", "shadow day?",
       """Kate, could I shadow your team for a day while I'm out east? Any day the week of the 9th. Ruth""",
       "2026-03-09 21:14", """Saturday the 14th it is. No set time - we're doing pop-up interviews at the market and I'll text you where we are once we've set up. Bring comfy shoes""",
       kind="confirmation", meet=("2026-03-14", "hdr"), allday=True, wd="Sat",
       note="Fixes Saturday the 14th but explicitly no time, so all_day at midnight in the Date header's -0300 (Halifax already on daylight time on both dates).")

# 5 request: a received nudge
ankit = Person("Ankit Sharma", "ankit.sharma91@inboxly.example", "America/Toronto", client="gmail", locale="en-US")
t = Thread(O, "Newcomer in Toronto - 15 minutes of advice?")
t.hsend(ankit, [ruth], "2026-03-03 08:10", """Respected Ms. Ruth,

I am a recently landed social worker from Chennai. Kindly let me know if you could spare 15 minutes to guide me about getting into service design in Canada.

Regards,
Ankit Sharma""", kind="request")
t.reply(ankit, ruth, "2026-03-17 07:55", """Dear Ruth Ma'am,

Me again, sorry for disturbing. Not sure whether my mail from the 3rd reached you or it went to spam folder. Even a phone call on any day of your choosing would be a big help, I will adjust to your timings.

Thanks and regards,
Ankit""", kind="request",
        note="Indian English follow-up on an unanswered ask quoted below ('not sure whether my mail from the 3rd reached you'); a nudge is request.")

# 6 confirmation: named Central zone (Chicago), interleaved mutt reply
ben = Person("Ben Okafor-Lund", "ben@lundresearch.example", "America/Chicago", client="mutt", locale="en-US", sig="ben")
t = Thread(O, "research ops in a hospital")
t.hsend(ruth, [ben], "2026-04-15 19:00", """Hi Ben,

Would you have half an hour next week? Mornings are best for me.

I'd love to hear how you got research ops off the ground inside a hospital system.

Ruth""")
t.reply(ben, ruth, "2026-04-16 07:40", """* Ruth Adeyemi-Clarke <ruth.ac@adeyemi-clarke.example> [2026-04-15 19:00]:
> Would you have half an hour next week? Mornings are best for me.

wednesday 9:30 central. i'll call you.

> I'd love to hear how you got research ops off the ground inside a
> hospital system.

short answer: by being annoying in the right committees.""", quote=False, enc="7bit", kind="confirmation",
        meet=("2026-04-22 09:30", "America/Chicago"), wd="Wed", rel="weekday",
        note="Interleaved mutt reply: the new line 'wednesday 9:30 central' fixes Wed 22 April (next Wednesday after Thu 16 April) at -05:00 Central; the quoted lines are Ruth's.")

# 7 update: how a referral went (Toronto, earnest)
mina = Person("Mina Yousefi", "mina.yousefi@yorkmail.example", "America/Toronto", client="gmail", locale="en-US")
send(mina, [ruth], "2026-05-04 20:30", "news re: Dana's team", """Hi Ruth,

Quick report back since you were the one who passed my name to Dana: I spoke to two people on her team last week, and they've asked me back for the case-study round. I'm presenting the shelter intake project. Terrified, obviously.

I'll let you know what happens.
Mina""", O, kind="update",
     note="Reports how the referral Ruth made went (a case-study round is coming, not a meeting with Ruth); no thanks or ask, so update.")

# 8 thank_you + news: the interview date is not a meeting with Ruth (Manchester)
liam = Person("Liam Bradshaw", "liam.bradshaw@mcrmail.example", "Europe/London", client="iphone", locale="en-GB")
send(liam, [ruth], "2026-05-20 22:15", "cheers for the mock interview", """Ruth you absolute star, cheers for grilling me on Saturday. The 'tell me about a time a process failed a person' question - I'd have waffled for ten minutes without your prep. Real one is Tuesday at the NHS trust, wish me luck""", O,
     kind="thank_you",
     note="Thanks Ruth for a mock interview that already happened; Tuesday's interview is with someone else, so no meeting is fixed and thank_you outranks the news.")

# 9 decline: not the right person, flat out (Sydney, Australian)
bec = Person("Bec Halloran", "bec.halloran@harbourhealthdesign.example", "Australia/Sydney", client="gmail", locale="en-AU",
             sig="Bec")
answer(O, ruth, bec, "2026-06-01 18:00", "Service design in Australian EDs",
       """Hi Bec, I'd love to hear about your ED redesign work - could we video call some time this month? Ruth""",
       "2026-06-03 09:40", """Hi Ruth,

Look, I'll be straight with you - I'm flat out with the hospital tender and, honestly, I'm not the best person for this; most of the ED work was my old colleague's, and she's since left the industry. I'd only waste your time. Sorry to be a wet blanket, and good on you for making the jump.

Bec""", kind="decline",
       note="Australian English refusal ('I'm flat out', 'I'd only waste your time') with no alternative date; good wishes are a courtesy, so decline.")

# 10 other: automated shipping notice
bulk("Maple & Quill Books", "orders@maplequill.example", "America/Toronto", ruth, "2026-06-09 11:02",
     "Your order #MQ-20388 has shipped", O,
     """Hi Ruth,

Good news: your order is on its way.

This Is Service Design Doing (paperback) x1
Estimated delivery: Thursday, June 11

Track your parcel: maplequill.example/track/MQ-20388

Thanks for shopping with us!""",
     "Automated shipping notice with a delivery date and 'thanks for shopping'; a shop's receipt is other.",
     headers=[("Auto-Submitted", "auto-generated")])

# 11 update: HTML-only, quoted-printable: new role, new address (Toronto, ex-colleague)
priya = Person("Oksana Hrytsenko", "oksana.h@cityhealthlab.example", "America/Toronto", client="outlook_html", locale="en-US",
               sig="Oksana Hrytsenko\nPatient Experience Researcher, City Health Lab")
send(priya, [ruth], "2026-07-06 10:30", "New job, new inbox", """Hi Ruth,

A quick heads-up from your old night-shift partner in crime: I finished at St. Brendan's on Friday and started at City Health Lab this morning as a patient experience researcher. It's surreal to have a desk.

Please use this address from now on; the hospital one will bounce after the 31st.

Oksana""", O, fmt="html", html_enc="qp", kind="update",
     note="HTML-only (quoted-printable) news of a new job and address; the 31st is an email cut-off, not a meeting, so update.")

# 12 confirmation: 'half ten UK time' across the UK switch (London)
harriet = Person("Harriet Okonjo", "harriet@okonjo-design.example", "Europe/London", client="gmail", locale="en-GB",
                 sig="Harriet Okonjo\nService Designer, NHS Digital Futures")
t = Thread(O, "A social worker's questions about NHS service design")
t.hsend(ruth, [harriet], "2026-10-19 18:30", """Hi Harriet, would you be up for a call next week? My mornings, your afternoons? Ruth""")
t.reply(harriet, ruth, "2026-10-21 16:45", """Hi Ruth,

Monday at half ten UK time, if you can face being up at silly o'clock - I know that's early for you. Our clocks go back on Sunday so it'll be an hour less brutal than it would be this week. I'll send a Teams link.

Harriet""", kind="confirmation", meet=("2026-10-26 10:30", "Europe/London"), wd="Mon", rel="weekday",
        note="Fixes 'Monday at half ten UK time' from a Wed 21 Oct Date (+0100): Monday is 26 October, the day after the UK switch, so 10:30 +00:00.")

# 13 confirmation (sent): Ruth sends a calendar invite across the North American switch
eun = Person("Eun-ji Park", "eunji.park@ontariodigital.example", "America/Toronto", client="outlook", locale="en-US",
             sig="Eun-ji Park\nSenior Service Designer, Ontario Digital Service")
t = Thread(O, "Digital service design - 30 minutes?")
t.hsend(eun, [ruth], "2026-10-28 12:00", """Ruth, happy to. Early next week works; mornings are difficult. Eun-ji""")
inv = t.reply(ruth, eun, "2026-10-30 08:20", """Hi Eun-ji,

Thank you! I've sent an invite for Thursday, November 5 at 1pm - it should land in your calendar as 1pm whatever the clocks do on Sunday.

Ruth""", kind="confirmation", meet=("2026-11-05 13:00", "America/Toronto"), wd="Thu",
        note="Sent reply carrying a text/calendar METHOD:REQUEST (DTSTART;TZID=America/Toronto 13:00 on Thu 5 Nov); after the 1 November switch that is -05:00, though the Date header is -0400.")
inv.cal = ics("REQUEST", "Ruth / Eun-ji - service design chat", "2026-11-05 13:00", "2026-11-05 13:30", "America/Toronto",
              "tzid", ruth, [ruth, eun], inv.date, prodid="-//Apple Inc.//macOS 15.6//EN", uid_seed="ruth-eunji-1105")
inv.cal_method = "REQUEST"
inv.cal_attach = True

# 14 other: one-line acknowledgement of a cancellation (quoted decline is another kind)
t = Thread(O, "Friday")
t.hsend(ruth, [eun], "2026-11-12 07:15", """Eun-ji, so sorry - my mum's in hospital and I need to cancel Friday. I'll be in touch when things are calmer. Ruth""",
        kind="decline")
t.reply(eun, ruth, "2026-11-12 08:02", """Of course, no apology needed. Sending your mum every good wish.""",
        kind="other",
        note="A one-line acknowledgement of Ruth's cancellation; it neither asks, fixes, refuses, thanks nor updates, so other. The quoted cancellation is a decline but does not count.")

# 15 request: cold ask received by Ruth, courteous opener (Vancouver student)
sam = Person("Sam Whitehorse", "swhitehorse@ubcmail.example", "America/Vancouver", client="gmail", locale="en-US")
send(sam, [ruth], "2026-11-16 14:40", "heard you on Care & Code", """Hi Ruth,

hope your week is going ok. I'm finishing my MSW at UBC and I heard you on Theo's podcast - the whiteboard bit, obviously. I'm starting to wonder if the thing I actually like is fixing the system around the patient rather than the casework. would you be up for a 20 min video chat sometime in the next month or so? totally get it if not

Sam""", O, kind="request",
     note="A student asks for a 20-minute video chat in the next month, no slot named; 'hope your week is going ok' is a courtesy, so request.")

# 16 thank_you: thanks for an intro, short (Toronto, senior, terse)
gordon = Person("Gordon Achterberg", "g.achterberg@lakeshorecare.example", "America/Toronto", client="iphone", locale="en-US")
send(gordon, [ruth], "2026-11-20 17:03", "Mina", """Ruth - you were right about Mina. We made her an offer this afternoon. I owe you a good bottle of something for pointing her our way. G.""",
     O, kind="thank_you",
     note="Thanks Ruth for a referral that already happened ('I owe you a good bottle'), with the outcome as context; thank_you outranks the news.")

# 17 update: news with a future conference date, not a meeting (Montréal bilingual -> English)
andre = Person("André Bouchard", "andre.bouchard@designsante.example", "America/Toronto", client="gmail", locale="en-US")
send(andre, [ruth], "2026-12-01 09:10", "the ED study", """Ruth,

Some news since we spoke in September: the emergency department wayfinding study got its funding, and we start fieldwork on January 11. Your notes on the waiting-room observations made it into the proposal nearly word for word (with credit in the methods section, don't worry). I'll send you the protocol when ethics signs off.

André""", O, kind="update",
     note="Reports news since their September exchange (funding, fieldwork from January 11); the start date is a project date, not a meeting, and there is no ask, so update.")

# 18 decline: Outlook quoting; refuses and points to a colleague
wendy = Person("Wendy Castellanos", "wcastellanos@midwesthealth.example", "America/Chicago", client="outlook", locale="en-US",
               sig="Wendy Castellanos\nVP, Patient Experience | Midwest Health Partners",
               legal="CONFIDENTIALITY: This message may contain protected health information.")
answer(O, ruth, wendy, "2026-12-07 12:00", "Patient experience careers - a short call?",
       """Dear Wendy, I'm a hospital social worker moving into service design research. Would you have 20 minutes in January? Ruth""",
       "2026-12-09 15:30", """Hi Ruth,

Thanks for reaching out, and congratulations on the move. I'm going to pass on a call - between the merger and the new year I'm not taking on any outside conversations. My colleague Dr. Amaka Eze runs our design research team and is far closer to what you're doing; you're welcome to mention my name.

Best,
Wendy""", kind="decline",
       note="Passes on the call with no new date and points Ruth to a colleague; the referral is not a meeting Wendy asks for, so decline.")
