"""Grace Liu, Sydney: a commercial lawyer moving into legal-tech product work.

Outlook (en-AU) at her desk and an iPhone; contacts in San Francisco,
Melbourne and Singapore put her meetings across the date line and both of
Sydney's daylight-saving switches (first Sunday of April and of October).
"""

from corpus import Thread, hidden, send
from mail import Person

grace = Person("Grace Liu", "grace.liu@liu-mail.example", "Australia/Sydney", client="outlook", locale="en-AU",
               sig="Grace Liu\nSenior Associate | Harbour Lane Lawyers\nLevel 22, 1 Bligh Street, Sydney NSW 2000\nT +61 2 5550 1874",
               legal="This email is confidential and may be subject to legal professional privilege. If you are not the "
                     "intended recipient, please notify us and delete it. Liability limited by a scheme approved under "
                     "Professional Standards Legislation.")
ben = Person("Ben Carter", "ben@clausewise.example", "America/Los_Angeles", client="gmail", locale="en-US",
             sig="Ben Carter\nCo-founder & CEO, Clausewise", sigsep=True)
james = Person("James Whitaker", "james.whitaker@banksia-bank.example", "Australia/Melbourne", client="outlook", locale="en-AU",
               sig="James Whitaker\nHead of Legal Operations | Banksia Bank\n+61 3 5550 2233")
psharma = Person("Priya Sharma", "priya.sharma@tanlegal.example", "Asia/Singapore", client="gmail", locale="en-GB",
                 sig="Priya Sharma\nHead of Legal Innovation, Tan & Partners LLP\nSingapore")
tomn = Person("Tom Nguyen", "tom.nguyen@bigpond-mail.example", "Australia/Sydney", client="iphone", locale="en-AU")
nadia = Person("Nadia Kowalski", "nadia.k@kiwi-mail.example", "Pacific/Auckland", client="gmail", locale="en-GB")
ethan = Person("Ethan Moore", "ethan.moore@unsw-student.example", "Australia/Sydney", client="gmail", locale="en-AU")
kyle = Person("Kyle Brennan", "kyle.brennan@clauseai.example", "Australia/Sydney", client="outlook_html", locale="en-AU",
              sig="Kyle Brennan | Account Executive, ANZ\nClauseAI | +61 400 555 019")
colleague = Person("Michael Tran", "michael.tran@harbourlane.example", "Australia/Sydney", client="outlook", locale="en-AU",
                   sig="Michael Tran | Partner | Harbour Lane Lawyers")

O = grace

# ---------------------------------------------------------------- G1: Ben (San Francisco)
t = Thread(O, "Legal tech founders and lawyers who want to build")
t.send(grace, [ben], "2026-03-24 08:30", """Hi Ben,

I heard you on the Legal Builders podcast talking about why most contract tools are built by engineers who have never negotiated a contract. As a commercial lawyer who has negotiated far too many, I agreed with every word.

I'm exploring a move from practice into legal-tech product work. Would you be willing to have a 30-minute video call in the next few weeks? I'm in Sydney, so I'm happy to take an early morning or late evening to suit San Francisco.

Kind regards,
Grace""", kind="request",
       note="Cold ask for a 30-minute call; offering early mornings or late evenings is flexibility, not a slot.")

t.reply(ben, grace, "2026-03-25 14:10", """Hi Grace,

Ha, that line gets me in trouble with my engineers every time. Happy to chat.

How about Wednesday April 8 at 4pm PT, which should be Thursday 9am for you? Or Thursday April 9 at the same time. Let me know.

Ben""", kind="request",
        note="Offers two candidate slots (April 8 or 9 at 4pm PT) and asks Grace to choose.")

t.reply(grace, ben, "2026-03-26 09:00", """Hi Ben,

Thursday 9 April at 9am Sydney time works well (your Wednesday at 4pm). Note that our clocks go back on the 5th, so that is 9am AEST rather than AEDT.

Thanks so much,
Grace""", kind="confirmation", meet=("2026-04-09 09:00", "Australia/Sydney"), wd="Thu",
        note="Fixes 'Thursday 9 April at 9am Sydney time' from a +1100 Date header; Sydney leaves daylight saving on 5 April, so +10:00.")

t.reply(ben, grace, "2026-04-08 15:05", """See you at 4 PT today. Here's the link: https://meet.example/clw-grace

Ben""", sig=False, kind="confirmation", meet=("2026-04-08 16:00", "America/Los_Angeles"), rel="today",
        note="Confirms the call an hour before in his own terms ('4 PT today', -07:00); the same instant as Grace's Thursday 9am AEST.")

t.reply(grace, ben, "2026-04-09 10:15", """Hi Ben,

Thank you for your time this morning. Your advice to volunteer as the 'lawyer in the room' for a startup's user interviews before applying for product roles is something I can start on straight away.

Kind regards,
Grace""", kind="thank_you",
        note="Thanks Ben for the call that morning (Sydney time) and names the advice.")

t.reply(ben, grace, "2026-07-21 17:30", """Grace,

Good news on our side: we closed our seed round and we're hiring a legal product lead based in Sydney. I told our COO, Hannah, about our conversation, so expect a note from her.

Ben""", kind="update",
        note="Ben keeps Grace posted (funding, a role, he told the COO); no meeting with Ben is set.")

# ---------------------------------------------------------------- G2: James (Melbourne)
t = Thread(O, "Legal operations: a question from a lawyer in Sydney")
t.send(grace, [james], "2026-09-28 12:10", """Dear James,

Michael Tran suggested I contact you. I'm a senior associate exploring a move into legal operations, and Banksia's contract-automation program is one I hear about constantly.

Would you be open to a coffee or a call in the next month? I'd be grateful for your perspective on what legal ops teams look for in lawyers who make the switch.

Kind regards,
Grace Liu""", kind="request",
       note="Referral ask for a coffee or call 'in the next month'; no slot proposed.")

t.reply(james, grace, "2026-09-29 16:00", """Hi Grace,

Happy to. Let's meet for coffee next time I'm in Sydney: Tuesday 6 October, 8.00am at Single O in Surry Hills (Sydney time; we'll both be on daylight saving by then).

Cheers,
James""", kind="confirmation", meet=("2026-10-06 08:00", "Australia/Sydney"), wd="Tue",
        note="Fixes 'Tuesday 6 October, 8.00am ... (Sydney time)' from a Melbourne +1000 Date header; daylight saving starts on 4 October, so +11:00.")

t.reply(grace, james, "2026-09-29 16:30", """Perfect, see you there.

Grace""", sig=False, legal=False, kind="confirmation", meet=("2026-10-06 08:00", "Australia/Sydney"), wd="Tue",
        note="Short acceptance; the time and zone are only in the quoted message (Tuesday 6 October, 8.00am Sydney time, +11:00).")

t.reply(james, grace, "2026-10-05 19:00", """Hi Grace,

Bad news, I'm afraid: my flight tomorrow morning has been cancelled because of the storms, so I won't make it. I'll be back in Sydney at some stage in November and will get in touch then.

Apologies,
James""", kind="decline",
        note="Calls off the next morning's coffee and postpones to 'some stage in November' with no date.")

t.reply(grace, james, "2026-11-16 09:20", """Hi James,

I hope the November trip came together! If you still have time for that coffee, or a call if that's easier, I'd love to find a slot before Christmas.

Kind regards,
Grace""", kind="request",
        note="A nudge renewing the postponed coffee; 'before Christmas' is a window, not a time.")

t.reply(james, grace, "2026-11-17 08:40", """Hi Grace,

The trip got pushed to next year, so it's easier to do it on Teams: Thursday 19 November at 12.30pm AEDT. Invite to follow.

James""", kind="confirmation", meet=("2026-11-19 12:30", "Australia/Sydney"), wd="Thu",
        note="Fixes 'Thursday 19 November at 12.30pm AEDT' (a named zone, +11:00, which is also Melbourne's offset that day).")

t.reply(grace, james, "2026-11-19 14:05", """Dear James,

Thank you for making the time today, and for being so frank about what the first year in legal ops actually looks like. The contract-intake triage idea is one I'll try with my own team first.

Kind regards,
Grace""", kind="thank_you",
        note="Thanks James for the call that day and names what she will try.")

# ---------------------------------------------------------------- G3: Priya (Singapore)
ask = hidden(send(grace, [psharma], "2026-05-11 09:10", "Legal innovation roles in Asia", """Hi Priya,

Ben Carter at Clausewise suggested I talk to you about legal innovation roles in Asia. Would you have 30 minutes for a call in the next couple of weeks?

Grace""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Legal innovation roles in Asia")
t.msgs.append(ask)
t.reply(psharma, grace, "2026-05-12 11:30", """Hi Grace,

Lovely to hear from you, and any friend of Ben's. Let's do Tuesday 19 May at 4pm Singapore time (6pm for you). I'll send a Zoom link the day before.

Best,
Priya""", kind="confirmation", meet=("2026-05-19 16:00", "Asia/Singapore"), wd="Tue",
        note="Fixes 'Tuesday 19 May at 4pm Singapore time' (+08:00); '6pm for you' is the same instant in Sydney (+10:00).")

t.reply(grace, psharma, "2026-05-19 19:20", """Hi Priya,

Thank you so much for this evening's call. It was really helpful to hear how your innovation team is funded and how you measure it; I'd never thought about it as an internal consultancy.

Best,
Grace""", kind="thank_you",
        note="Thanks Priya for the call that evening and says what was useful.")

t.reply(psharma, grace, "2026-12-02 10:05", """Hi Grace,

Just a quick update: we've decided to open a legal product role in our Sydney office next year, and I've put your name forward to the managing partner. I'll let you know when it's official.

Best,
Priya""", kind="update",
        note="Priya keeps Grace posted on a role she put her forward for; 'next year' is no meeting.")

# ---------------------------------------------------------------- G4: Tom (iPhone)
t = Thread(O, "legal tech?!")
t.send(tomn, [grace], "2025-12-18 20:00", """Grace! Heard through the grapevine you're thinking of leaving practice for legal tech. Keen to hear about it. Drinks sometime in Jan? Send me a few dates that work""",
       kind="request", note="A friend asks for drinks 'sometime in Jan' and asks Grace to send dates; no time is fixed.")

t.reply(grace, tomn, "2025-12-19 07:45", """Ha, word travels fast. Let's lock in Thursday 8 January, 6pm at the Glenmore rooftop. My shout.

G""", mobile=True, sig=False, kind="confirmation", meet=("2026-01-08 18:00", "hdr"), wd="Thu",
        note="Fixes 'Thursday 8 January, 6pm' across the year boundary from a 19 December +1100 Date header.")

t.reply(tomn, grace, "2026-01-08 16:30", """Running 20 late sorry! See you at 6.20 tonight""", kind="confirmation",
        meet=("2026-01-08 18:20", "hdr"), rel="today",
        note="Moves the drinks to '6.20 tonight' (18:20 that day, +1100); a moved meeting is still a confirmation.")

t.reply(grace, tomn, "2026-01-09 09:10", """Thanks for last night Tom! Your intro to Mel at LawPath is incredibly generous. I'll tread carefully.

G""", mobile=True, sig=False, kind="thank_you",
        note="Thanks Tom for the evening before and for an intro he offered.")

# ---------------------------------------------------------------- G5: Nadia declines
ask = hidden(send(grace, [nadia], "2026-02-16 13:00", "Legal tech in NZ: a quick call?", """Hi Nadia,

I saw your talk at the ALTA conference last year on contract analytics. Would you be open to a 20-minute call to talk about legal tech in New Zealand?

Grace""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Legal tech in NZ: a quick call?")
t.msgs.append(ask)
t.reply(nadia, grace, "2026-02-17 21:45", """Hi Grace,

Thanks so much for reaching out. I'm afraid I'd be the wrong person: I left legal tech last year and now run a bakery in Wellington, so I'm well out of the loop. I'd rather say no than waste your time.

All the best,
Nadia""", kind="decline",
        note="Refuses the call because she left the field; no new date, and the bakery news is the reason, not an update.")

# ---------------------------------------------------------------- G6: Ethan asks Grace
t = Thread(O, "Law student question: practice vs legal tech")
t.send(ethan, [grace], "2026-08-11 13:20", """Hi Ms Liu,

I'm a final-year law student at UNSW. I read your post about moving towards legal tech and I'm weighing a clerkship against a legal-tech internship. Would you have 10 or 15 minutes for a phone call this week?

Thank you,
Ethan""", kind="request",
       note="A law student asks for a 10-15 minute call 'this week'; no slot proposed.")

t.reply(grace, ethan, "2026-08-11 21:00", """Hi Ethan,

Happy to help. Call me tomorrow at 12.30pm on my mobile, 0412 555 874.

Grace""", kind="confirmation", meet=("2026-08-12 12:30", "hdr"), rel="tomorrow",
        note="Fixes 'tomorrow at 12.30pm' from a Tuesday 11 August Date (+1000); the mobile number is not a time.")

# ---------------------------------------------------------------- G7: a vendor's ask, declined
t = Thread(O, "20 minutes to show you ClauseAI?")
t.send(kyle, [grace], "2026-06-03 10:00", """Hi Grace,

I noticed Harbour Lane is growing its commercial team. Could we book 20 minutes next week so I can show you how ClauseAI cuts first-pass review time by 60%? I'm in the Sydney office most days and happy to come to you.

Cheers,
Kyle""", kind="request",
       note="A salesperson (a person writing directly, not a bulk sender) asks for a 20-minute meeting next week; that is a request.")

t.reply(grace, kyle, "2026-06-04 08:15", """Hi Kyle,

Thanks for getting in touch, but we're not evaluating review tools this year, so I'll decline the meeting.

Regards,
Grace""", legal=False, kind="decline",
        note="Grace refuses the meeting outright; thanks is a courtesy.")

# ---------------------------------------------------------------- other
send(colleague, [grace], "2026-03-03 11:50", "Clause 14.2 - Orion supply agreement", """Grace,

Can you check clause 14.2 of the Orion supply agreement against the client's new limitation-of-liability position and send me your mark-up by 3pm? The other side wants it back tonight.

Thanks,
Michael""", O, kind="other",
     note="A partner asks for a contract mark-up by 3pm; a work request with a deadline, not a meeting.")

send(Person("Law Society NSW", "news@enews.lawsociety-nsw.example", "Australia/Sydney", client="bulk"), [grace], "2026-02-05 06:00",
     "LSJ Weekly: legal tech CPD, practising certificates, member events", "", O, client="bulk", fmt="alt",
     plain_text="""LSJ WEEKLY

CPD: Legal technology and competence - webinar Wednesday 18 February, 12.30pm AEDT
Practising certificate renewals close 30 June.

You are subscribed as a member. Update preferences: https://lawsociety-nsw.example/prefs
""", html="""<html><body><h2>LSJ Weekly</h2><p>CPD: Legal technology and competence &ndash; webinar Wednesday 18 February, 12.30pm AEDT</p>
<p>Practising certificate renewals close 30 June.</p><p><a href="https://lawsociety-nsw.example/prefs">Update preferences</a></p></body></html>
""", headers=[("List-Id", "LSJ Weekly <lsj-weekly.enews.lawsociety-nsw.example>"),
              ("List-Unsubscribe", "<https://lawsociety-nsw.example/prefs>"), ("Precedence", "bulk")],
     kind="other", note="Professional newsletter (List-Id, Precedence: bulk) with a webinar time in AEDT; bulk mail is other.")

send(Person("SkyRoo Airways", "itinerary@noreply.skyroo.example", "Australia/Sydney", client="bulk"), [grace], "2026-09-30 18:22",
     "Your booking is confirmed: SYD-MEL, 6 October", "", O, client="bulk", fmt="html", html_enc="b64",
     html="""<html><body><h2>Your booking is confirmed</h2><p>Booking reference: QX7L2P</p>
<p>Tue 6 Oct 2026 &middot; SK417 &middot; Sydney (SYD) 06:00 &rarr; Melbourne (MEL) 07:35</p>
<p>Check-in opens 24 hours before departure.</p><p>This is an automated email; please do not reply.</p></body></html>
""", headers=[("Auto-Submitted", "auto-generated")],
     kind="other", note="Base64 HTML flight itinerary from a no-reply address with departure times; a booking is other.")

send(Person("JobSeekr", "alerts@jobseekr.example", "Australia/Melbourne", client="bulk"), [grace], "2026-07-27 07:15",
     "New jobs: Legal Product Manager in Sydney NSW", "", O, client="bulk", fmt="alt",
     plain_text="""Grace, here are new jobs matching 'Legal Product Manager':

Legal Product Lead - Clausewise - Sydney NSW - Full time
Legal Operations Manager - Banksia Bank - Melbourne VIC - Hybrid

Manage alerts or unsubscribe: https://jobseekr.example/alerts
""", html="""<html><body><p>Grace, here are new jobs matching 'Legal Product Manager':</p>
<ul><li>Legal Product Lead &ndash; Clausewise &ndash; Sydney NSW</li><li>Legal Operations Manager &ndash; Banksia Bank &ndash; Melbourne VIC</li></ul>
<p><a href="https://jobseekr.example/alerts">Manage alerts or unsubscribe</a></p></body></html>
""", headers=[("List-Unsubscribe", "<https://jobseekr.example/alerts>"), ("Precedence", "bulk")],
     kind="other", note="Job alert (List-Unsubscribe, Precedence: bulk); automated mail is other.")

send(james, [grace], "2026-12-21 09:00", "Automatic reply: Happy holidays and thank you", """I'm on leave until Monday 11 January 2027. For urgent legal operations matters please contact legalops@banksia-bank.example.

James Whitaker""", O, sig=False,
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     kind="other", note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from a known contact with a return date; automated mail is other.")
