"""Eilidh Rennie, Glasgow: bus-depot operations manager moving into transport
data analysis. Gmail (en-GB) and iPhone; contacts in Edinburgh, Boston,
Lagos, Dundee, Melbourne, Belfast, Pune and Glasgow itself."""

from c7 import Person, Thread, answer, bulk, send

eilidh = Person("Eilidh Rennie", "eilidh.rennie@rennie-mail.example", "Europe/London", client="gmail", locale="en-GB",
                sig="Eilidh Rennie\nDepot Operations Manager, Clydeway Buses\n07700 900 418", sigsep=True)
O = eilidh

# 1 request: candidate slots offered, nothing fixed (Dundee, dry academic)
fergus = Person("Fergus Baird", "f.baird@taymouth-uni.example", "Europe/London", client="thunderbird", locale="en-GB",
                sig="Dr Fergus Baird\nSenior Lecturer, Transport Studies\nUniversity of Taymouth")
answer(O, eilidh, fergus, "2026-01-08 20:14", "Bus data and a career question",
       """Dear Dr Baird,

I read your paper on headway regularity in Dundee and it described my working week uncannily well. I run a depot in Glasgow and I'm trying to move across into the analysis side. Might you spare half an hour at some point this month?

Eilidh Rennie""",
       "2026-01-09 11:40", """Dear Eilidh,

How gratifying that someone outside the department read it at all.

I am teaching on Tuesdays and Thursdays this term, which narrows things. Monday the 19th after two, or Friday the 23rd before lunch, are the gaps I can see. Let me know which (if either) you'd prefer and I shall guard it.

F.""", kind="request",
       note="Answers Eilidh's ask with two candidate windows (Mon 19th after two, Fri 23rd before lunch) and leaves the choice to her; nothing is fixed, so request.")

# 2 confirmation: time-only acceptance; the day is only in the quoted proposal
isla = Person("Morven Stewart", "morven@loch-analytics.example", "Europe/London", client="iphone", locale="en-GB")
t = Thread(O, "coffee?")
t.hsend(eilidh, [isla], "2026-01-14 19:02", """Hi Morven,

Could you do Wednesday 21 January, either 9.30 or 11? I'll come to you, Merchant City is no bother.

Eilidh""")
t.reply(isla, eilidh, "2026-01-14 21:47", """11's grand. The wee place under the railway bridge, not the chain one x""",
        kind="confirmation", meet=("2026-01-21 11:00", "hdr"), wd="Wed",
        note="iPhone reply accepting only the hour ('11's grand'); the day, Wednesday 21 January, is in Eilidh's quoted proposal, so 11:00 at the Date header's +00:00.")

# 3 decline: postpones with no date (Belfast, breezy)
ciara = Person("Ciara McAteer", "ciara.mcateer@lagan-transit.example", "Europe/London", client="outlook", locale="en-GB",
               sig="Ciara McAteer | Head of Network Planning | Lagan Transit")
answer(O, eilidh, ciara, "2026-01-20 08:30", "Network planning - a depot manager's question",
       """Hi Ciara,

A mutual friend (Grant at the CPT dinner) said you'd moved from operations into planning. Would you be up for a call some time in February?

Eilidh""",
       "2026-01-22 17:05", """Hi Eilidh,

Grant's a menace but he's right that I've done the jump. Problem is the diary's a bloodbath till June - we're redrawing the whole Belfast network and I'm living in consultation meetings. Give me a shout in the summer when it's calmed down and I'll tell you everything I got wrong.

Ciara""", kind="decline",
       note="Postpones to 'the summer' with no new date ('the diary's a bloodbath till June'); the friendly tone does not make it a request, so decline.")

# 4 request (sent): a nudge, "no pressure whatsoever"
dele = Person("Adedeji Balogun", "dele.balogun@eko-mobility.example", "Africa/Lagos", client="gmail", locale="en-GB",
              sig="Dele")
t = Thread(O, "From a Glasgow bus depot to mobility data?")
t.hsend(eilidh, [dele], "2026-01-26 21:10", """Hi Dele,

I loved your talk on informal bus routes in Lagos (the danfo mapping!). I run a depot in Glasgow and I'm trying to get into transport data. Could I buy you a virtual coffee some time - 20 minutes?

Eilidh""", kind="request")
t.reply(eilidh, dele, "2026-02-09 20:32", """Hi Dele,

No pressure whatsoever but I thought I'd float this back up your inbox in case it slid under everything else. Twenty minutes whenever suits, and a flat "not now" is a perfectly good answer too.

Eilidh""", kind="request",
        note="Sent nudge on an unanswered ask quoted below ('float this back up your inbox'); nudges are request.")

# 5 other: automated job alert
bulk("Transport Jobs Scotland", "alerts@transportjobs-scot.example", "Europe/London", eilidh, "2026-02-10 06:00",
     "3 new jobs for 'transport data analyst' near Glasgow", O,
     """Hi Eilidh,

New matches for your alert 'transport data analyst', Glasgow + 25 miles:

- Data Analyst (Bus Performance), Strathclyde Partnership for Travel - closes 27 February
- Junior Insight Analyst, Caledonian Rail - closes 3 March
- GIS Technician, Renfrewshire Council - closes 6 March

Want tailored advice? Book a 15-minute call with a careers adviser.

You are receiving this because you created a job alert. Unsubscribe: https://transportjobs-scot.example/u/8812""",
     "Job-board alert (Precedence: bulk, List-Unsubscribe) with closing dates and a 'book a call' pitch; automated mail is other.",
     headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://transportjobs-scot.example/u/8812>")])

# 6 confirmation: day-only acceptance; the hour is in the quoted proposal
hamish = Person("Hamish Ogilvie", "hamish@ogilvie-consult.example", "Europe/London", client="apple", locale="en-GB",
                sig="Hamish")
t = Thread(O, "Re: catching up about Transport Scotland data")
t.hsend(eilidh, [hamish], "2026-02-12 18:20", """Hamish,

I'm free at 4pm most days next week - Tuesday or Thursday would be best for me. A phone call is fine.

Eilidh""")
t.reply(hamish, eilidh, "2026-02-13 07:55", """Thursday, then. Count me in - I'll ring your mobile.

H.""", kind="confirmation", meet=("2026-02-19 16:00", "hdr"), wd="Thu", rel="weekday",
        note="Accepts only the day ('Thursday, then. Count me in'); the 4pm is in the quoted proposal. Bare Thursday after Fri 13 Feb is 19 February, 16:00 at +00:00.")

# 7 thank_you: thanks for the call, with a little news (thank_you > update)
priyanka = Person("Priyanka Deshmukh", "priyanka.d@punetransit.example", "Asia/Kolkata", client="gmail", locale="en-IN",
                  sig="Priyanka Deshmukh\nLead Analyst, Pune Urban Transit Cell")
send(priyanka, [eilidh], "2026-02-20 10:12", "our chat yesterday", """Hello Eilidh,

Just wanted to say - the hour on call yesterday evening was so much more useful than the two webinars I sat through last month, and I am not exaggerating. The way you explained how depot controllers actually decide which bus to pull out when one breaks down - nobody writes that in any dataset, and now I know what I am missing. I have already asked my team to sit with our control room people for a day.

Also small news - the ridership dashboard went live to the commissioner on Monday only. He asked for more colours. Of course he did.

Much obliged to you,
Priyanka""", O, kind="thank_you",
     note="Thanks Eilidh (as the expert this time) for yesterday's call and says what was useful; the dashboard news is secondary, and thank_you outranks update.")

# 8 decline: cancels the agreed meeting, no new date (Edinburgh, apologetic)
lachlan = Person("Lachlan Gray", "lachlan.gray@forthrail.example", "Europe/London", client="outlook", locale="en-GB",
                 sig="Lachlan Gray\nData Science Manager | Forth Rail", legal="This email is confidential. If received in error please delete it.")
t = Thread(O, "Thursday")
t.hsend(lachlan, [eilidh], "2026-02-23 09:00", """Hi Eilidh, Thursday 26th at 2 at the Waverley Costa works. Lachlan""")
t.reply(lachlan, eilidh, "2026-02-24 16:41", """Eilidh, I'm really sorry but I'm going to have to duck out of Thursday. We've had a signalling data mess land on us and I've been told to cancel anything that isn't it, for the foreseeable. I don't want to pick another date and then cancel that too, so let's leave it for now and I'll come back to you when the dust settles.

Apologies again,
Lachlan""", kind="decline",
        note="Cancels the agreed Thursday (the quoted confirmation has 26th at 2) and deliberately sets no new date; decline.")

# 9 confirmation: named zone across the US DST switch
nora = Person("Nora Callahan", "nora.callahan@bayline-transit.example", "America/New_York", client="gmail", locale="en-US",
              sig="Nora Callahan\nDirector of Service Analytics, Bayline Transit Authority\nBoston, MA")
t = Thread(O, "Bus analytics in Boston - a question from Glasgow")
t.hsend(eilidh, [nora], "2026-03-04 18:00", """Hi Nora,

Your team's bunching dashboards are the reason I'm trying to move into analytics. Could I have 30 minutes of your time next week? Any afternoon UK time is fine.

Eilidh""", kind="request")
t.reply(nora, eilidh, "2026-03-06 09:15", """Eilidh - flattered, truly. Let's do Tuesday the 10th at 10am Eastern. Fair warning, our clocks jump this weekend and yours don't until the end of the month, so it'll be 2pm for you, not 3. I'll send a Zoom.

Nora""", kind="confirmation", meet=("2026-03-10 10:00", "America/New_York"), wd="Tue",
        note="Fixes 'Tuesday the 10th at 10am Eastern'; 10 March is after the US switch on 8 March, so -04:00 although the Date header is -0500.")

# 10 update: anyway - I got it!! (Melbourne, exclamatory)
jess = Person("Jess Moretti", "jess.moretti@yarratrams-fan.example", "Australia/Melbourne", client="iphone", locale="en-AU")
send(jess, [eilidh], "2026-03-18 21:30", "guess what", """Eilidh!!

Remember I was going on and on about the scheduling analyst job at the tram operator when we had that video call in Jan? Had the final interview Monday, panel of four, one of them asked me about driver rostering and I basically repeated your depot story word for word (credited you, promise).

anyway — I got it!! Start in April. Still can't quite believe it.

Jess x""", O, kind="update",
     note="News since the last exchange (Jess got the job, starts in April); the earlier call is background, she does not thank for it or ask anything, so update.")

# 11 other: person-to-person non-networking with a date (flatmate, rent)
kirsty = Person("Kirsty Boyle", "kirstyb@boyle-home.example", "Europe/London", client="iphone", locale="en-GB")
send(kirsty, [eilidh], "2026-03-26 22:05", "boiler + rent", """hiya, the boiler man is coming Tues 31st between 8 and 12 so if you're in can you let him in? I'll be at work. Also rent's going up £20 from 1 May, letter's on the fridge. ta""", O,
     kind="other",
     note="A flatmate about a boiler visit and rent; neither is a meeting between them, so other despite the dates and times.")

# 12 confirmation: named UK time across the EU/UK switch (Melbourne sender)
bronagh = Person("Siobhan Carmody", "siobhan@carmody-data.example", "Australia/Melbourne", client="gmail", locale="en-AU",
                 sig="Siobhan Carmody\nPrincipal, Carmody Data\nMelbourne")
t = Thread(O, "Intro from Jess - rostering data")
t.hsend(eilidh, [bronagh], "2026-03-25 20:10", """Hi Siobhan,

Jess Moretti said you're the person to talk to about rostering optimisation. Would you have half an hour in the next week or so? Evenings are easiest for me, which I know is awful for Melbourne.

Eilidh""", kind="request")
t.reply(bronagh, eilidh, "2026-03-27 08:20", """Hi Eilidh,

Any friend of Jess's. Let's lock in Wednesday 1 April, 8pm UK time - that's 6am Thursday for me, which is when I'm sharpest anyway, coffee in hand. Your clocks go forward this Sunday so double check your calendar doesn't do anything silly.

Cheers,
Siobhan""", kind="confirmation", meet=("2026-04-01 20:00", "Europe/London"), wd="Wed",
        note="Fixes 'Wednesday 1 April, 8pm UK time'; UK time after the 29 March switch is +01:00 (BST), whatever the Melbourne Date header says.")

# 13 thank_you: thanks for an intro, HTML-only, quoted-printable
grant = Person("Grant Fairlie", "grant@fairlie-cpt.example", "Europe/London", client="outlook_html", locale="en-GB",
               sig="Grant Fairlie\nCPT Scotland")
t = Thread(O, "Intro: Eilidh <> Siobhan")
t.hsend(eilidh, [grant], "2026-04-06 19:00", """Grant, Siobhan and I finally talked - she's brilliant. Eilidh""")
t.reply(grant, eilidh, "2026-04-07 12:10", """Eilidh,

Glad to hear it. For what it's worth I owe you one as well: the depot tour you gave our new trainees last week was the talk of the office, and two of them have already asked if they can shadow your controllers. You didn't have to give up a Friday afternoon for that, and you did it with a cold.

Much appreciated,
Grant""", fmt="html", html_enc="qp", kind="thank_you",
        note="HTML-only (quoted-printable) note thanking Eilidh for a depot tour that already happened; the quoted line about Siobhan is another kind and does not count.")

# 14 decline: refuses outright, with thanks for the interest (courtesy)
aoife = Person("Bríd Ní Mhurchú", "brid@corrib-analytics.example", "Europe/Dublin", client="gmail", locale="en-GB")
answer(O, eilidh, aoife, "2026-04-14 20:00", "A question about your move into transport analytics",
       """Hi Bríd,

I saw your name on the Corrib Analytics site and your background (driver, then controller, then analyst) is almost exactly the path I'm trying. Could we have a quick call some time?

Eilidh""",
       "2026-04-16 13:25", """Hi Eilidh,

That's kind of you to ask and it's nice to know the route I took looks like a route from the outside - from the inside it looked like a series of accidents.

I'm going to say no, though, and I'd rather be straight than string you along. I've a newborn and I'm back part-time, and every spare half hour is spoken for. I hope it all works out for you.

Bríd""", kind="decline",
       note="Refuses the call outright (newborn, part-time) with warm thanks for the interest; no date and no alternative, so decline.")

# 15 update: how a referral went, closes with 'thanks again' (courtesy)
callum = Person("Rab McQuarrie", "rab.mcq@clydeway.example", "Europe/London", client="owa", locale="en-GB",
                sig="Rab McQuarrie\nDepot Engineer, Clydeway Buses")
send(callum, [eilidh], "2026-05-05 15:44", "that data lot you put me onto", """Eilidh

Went along to the SPT data people like you said. Turns out they've been trying to get engine fault codes off our fleet for a year and nobody on our side knew. They're sending someone out in June to look at the telematics boxes. Could be a big deal for the maintenance planning if it goes anywhere.

Thanks again
Rab""", O, kind="update",
     note="Rab reports how the contact Eilidh pointed him to went (a visit is planned for June, not with her); 'Thanks again' is a closing courtesy, so update.")

# 16 other: out-of-office auto-reply
send(Person("Tomasz Wierzbicki", "t.wierzbicki@glasgow-council.example", "Europe/London", client="outlook"), [eilidh],
     "2026-05-11 09:02", "Automatic reply: Bus priority data request", """Thank you for your email. I am on annual leave until Monday 25 May with no access to email. For urgent traffic signal matters please contact signals@glasgow-council.example.

Tomasz Wierzbicki""", O, kind="other", sig=False, legal=False,
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     note="Out-of-office auto-reply (Auto-Submitted: auto-replied) naming a return date; automated mail is other.")

# 17 thank_you: thank-you whose 'next time' is vague, not fixed
wen = Person("Wen Jie Koh", "wenjie.koh@straitsmove.example", "Asia/Singapore", client="gmail", locale="en-GB")
t = Thread(O, "Thank you lah")
t.hsend(eilidh, [wen], "2026-05-13 19:00", """Hi Wen Jie, great to meet you at the conference. Eilidh""")
t.reply(wen, eilidh, "2026-05-15 08:40", """Hi Eilidh,

Aiyah, I meant to write this on Wednesday but the flight home ate two days. Thank you for walking me through your depot's spreadsheet during the lunch break - I took photos of my notes and already shared them with my boss, who is now asking why our version doesn't look like that. Very paiseh for me but good for the team.

If you are ever in Singapore, the kopi is on me.

Wen Jie""", kind="thank_you",
        note="Singaporean English thanking Eilidh for help at a conference lunch; 'if you are ever in Singapore' is a courtesy, not a meeting ask, so thank_you.")

# 18 update: one-liner news from a recruiter, no ask
mhairi = Person("Mhairi Sutherland", "mhairi@northlight-recruit.example", "Europe/London", client="gmail", locale="en-GB",
                sig="Mhairi Sutherland | Northlight Recruitment")
send(mhairi, [eilidh], "2026-06-02 12:30", "SPT role", """Hi Eilidh, quick one - SPT have shortlisted you for the performance analyst role. Interviews are the week of the 15th; they'll contact you directly with a slot. Fingers crossed! Mhairi""", O,
     kind="update",
     note="A recruiter passes on news (Eilidh is shortlisted); the interview week is not a meeting she is fixing and the employer will set the slot, so update.")
