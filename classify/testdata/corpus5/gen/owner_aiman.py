"""Aiman Zulkifli, Kuala Lumpur: licensed aircraft engineer moving into reliability data analysis.

Outlook desktop (en-GB) at his desk, iPhone otherwise. Malaysia and
Singapore keep +08:00 all year; Sydney leaves daylight saving on 4 April
2027 and Paris starts it on 28 March 2027, both inside his threads.
Contacts in Kuala Lumpur, Singapore, Sydney, Toulouse (French), Seattle and
Jakarta. February to October 2027.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from c5 import Person, Thread, bulk, forward, hide, hide_reply, ics, send, service, unsub  # noqa: F401

AIMAN = Person("Aiman Zulkifli", "aiman.zulkifli@zulkifli.example", "Asia/Kuala_Lumpur", client="outlook",
               locale="en-GB",
               sig="Aiman Zulkifli\nB1 Licensed Aircraft Engineer | Reliability & data\nKuala Lumpur | +60 12-555 0177")
RASHID = Person("Rashid Hamzah", "rashid.hamzah@skyline-mro.example", "Asia/Kuala_Lumpur", client="gmail",
                locale="en-GB", sig="Rashid Hamzah\nQuality Manager (retired 2026), Skyline MRO")
BRONWYN = Person("Bronwyn Tait", "bronwyn.tait@austral-aero.example", "Australia/Sydney", client="outlook",
                 locale="en-AU",
                 sig="Bronwyn Tait\nHead of Reliability Analytics\nAustral Aero Engineering | Mascot NSW",
                 legal="This email is confidential. If received in error, please delete it and notify the sender. "
                       "Austral Aero Engineering Pty Ltd ABN 11 222 333 444.")
CELINE = Person("Céline Aubert", "celine.aubert@aerofiab.example", "Europe/Paris", client="outlook", locale="fr",
                sig="Céline Aubert\nResponsable fiabilité & données | AeroFiab\nToulouse-Blagnac")
HUIMIN = Person("Chua Hui Min", "huimin.chua@meridian-tech.example", "Asia/Singapore", client="gmail",
                locale="en-GB", sig="Chua Hui Min\nLead, Reliability Engineering | Meridian Aerotech\nSingapore")
GARRETT = Person("Garrett Lindqvist", "garrett.lindqvist@cascadejet.example", "America/Los_Angeles", client="gmail",
                 locale="en-US", sig="Garrett Lindqvist\nManager, Fleet Reliability Data | CascadeJet\nSeattle, WA")
HAZIQ = Person("Haziq Roslan", "haziq.roslan@mail.example", "Asia/Kuala_Lumpur", client="iphone", locale="en-GB")
RIZKY = Person("Rizky Pratama", "rizky.pratama@nusantara-mro.example", "Asia/Jakarta", client="gmail",
               locale="en-GB", sig="Rizky Pratama\nReliability Engineer, Nusantara MRO")
FAIZAL = Person("Faizal Osman", "faizal.osman@skyline-mro.example", "Asia/Kuala_Lumpur", client="outlook",
                locale="en-GB", sig="Faizal Osman\nShift Supervisor, Line Maintenance\nSkyline MRO Sdn Bhd")
NURUL = Person("Nurul Zulkifli", "nurul.zulkifli@mail.example", "Asia/Kuala_Lumpur", client="iphone", locale="en-GB")

O = AIMAN

# ------------------------------------------------------------ Rashid forwards Aiman to Bronwyn

note = send(AIMAN, RASHID, "2027-03-08 21:30", "A note for Ms Tait", """\
Encik Rashid,

As you suggested, here is a short note you can pass on.

I'm a B1 licensed aircraft engineer with nine years on A320 and ATR line maintenance at Skyline MRO. For the last three years I've been the unofficial owner of our component-removal spreadsheets, and I taught myself enough Python and SQL to find two repeat-defect patterns that engineering had missed. I want to move into reliability analytics properly, and I'd be very grateful for any advice from someone who has built such a team.

Aiman""", owner=O, kind="other", note="forwarded only")
fwd = forward(RASHID, [BRONWYN], "2027-03-09 09:40", """\
Bron,

Forwarding the note from Aiman, the young engineer I mentioned when we met in Singapore. He's the most reliability-minded B1 I've had in twenty years and he wants to get into data properly.

Could you give him half an hour on a call? He's in cc.

Cheers,
Rashid""", note, O, cc=[AIMAN], kind="request",
              note="An introducer's Gmail forward of the owner's note, asking the recipient for half an hour on a "
                   "call with the owner (on Cc): an intro that asks two people to meet is a request.")
t = Thread(O, fwd.subject)
t.msgs.append(fwd)
cal2 = ics("REQUEST", "Aiman Zulkifli / Bronwyn Tait - reliability analytics", "2027-04-08 11:00", "2027-04-08 11:30",
           "Australia/Sydney", "win", BRONWYN, [BRONWYN, AIMAN],
           datetime(2027, 3, 30, 16, 20, tzinfo=ZoneInfo("Australia/Sydney")), tzid="AUS Eastern Standard Time",
           prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting", uid_seed="bronwyn-aiman")
m2 = t.reply(BRONWYN, [AIMAN], "2027-03-30 16:20", """\
Hi Aiman,

Sorry for the slow reply: quarter-end. Rashid speaks very highly of you, which he does about almost nobody.

I've sent through an invite for Thursday 8 April at 11:00 Sydney time, which should be 9:00 for you. Our clocks go back this weekend, so do check your calendar shows 9:00.

Cheers,
Bronwyn""", cc=[RASHID], kind="confirmation", meet=("2027-04-08 11:00", "Australia/Sydney"), wd="Thu", cal=cal2,
             enc="b64",
             note="A person's Outlook invitation (Windows TZID 'AUS Eastern Standard Time') for Thu 8 April 11:00 "
                  "Sydney; the Date header is +1100 but Sydney leaves daylight saving on 4 April, so +10:00 "
                  "(base64 body).")
send(AIMAN, RASHID, "2027-03-31 08:30", "Thank you - Bronwyn Tait", """\
Encik Rashid,

Thank you very much for introducing me to Bronwyn. She has already sent an invitation for next week, and she says you speak highly of me, which I will try hard to deserve.

I'll let you know how it goes. Terima kasih banyak.

Aiman""", owner=O, kind="thank_you",
     note="Thanks the introducer for the introduction; 'an invitation for next week' reports a meeting fixed "
          "elsewhere without a date, so nothing is fixed here.")
t.reply(AIMAN, [BRONWYN], "2027-04-08 12:30", """\
Dear Bronwyn,

Thank you very much for this morning. In thirty minutes you changed how I think about my own spreadsheets: I have been measuring removals, and you showed me I should be measuring the time between the first warning and the removal.

As we agreed at the end of the call, I've put a second session in both our calendars for Thursday 6 May at 11:00 Sydney time, so that I can show you the MTBUR analysis on our ATR fleet once it's done. If that stops suiting you, just move it.

With thanks and best regards,
Aiman""", parent=m2, kind="confirmation", meet=("2027-05-06 11:00", "Australia/Sydney"), wd="Thu",
        note="A thank-you note that also fixes the next session ('Thursday 6 May at 11:00 Sydney time'); under the "
             "tie rule a fixed next meeting makes it a confirmation, at +10:00 (Sydney winter).")
send(AIMAN, RASHID, "2027-08-30 20:15", "Good news", """\
Encik Rashid,

I wanted you to hear this from me: Bronwyn referred me to Austral Aero's new analytics hub here in Kuala Lumpur, and after three interviews I have accepted the offer as Reliability Data Analyst. I start on 1 October.

It all began with your forward in March. I will not forget it.

Aiman""", owner=O, kind="update",
     note="Months later, tells the introducer how the referral turned out (an accepted offer); the start date is "
          "not a meeting and nothing is asked, so update.")

# ------------------------------------------------------------ Céline (Toulouse): French slots across the EU switch

t = Thread(O, "Question from a Malaysian engineer about reliability analytics")
hide(t, AIMAN, [CELINE], "2027-03-18 16:00", """\
Dear Ms Aubert,

I read your paper on ATR 72 propeller-brush wear prediction and used its method on our own fleet data, with very interesting results. I am a licensed aircraft engineer in Kuala Lumpur moving into reliability analytics.

Would you be willing to have a 30-minute video call with me? I am happy to adapt to your working hours.

Best regards,
Aiman Zulkifli""", kind="request")
t.reply(CELINE, [AIMAN], "2027-03-24 11:10", """\
Bonjour Aiman,

Merci pour votre message ; je suis ravie que l'article vous ait servi, et curieuse de voir vos résultats !

Je vous propose deux créneaux : mardi 30 mars à 16 h ou jeudi 1er avril à 9 h (heure de Paris). Attention, nous passons à l'heure d'été ce week-end, donc le décalage avec Kuala Lumpur change.

Bien à vous,
Céline Aubert""", kind="request", lang="fr", charset="windows-1252",
        note="[fr] Offers two candidate slots (mardi 30 mars 16 h, jeudi 1er avril 9 h, heure de Paris) and leaves "
             "the choice; nothing is fixed yet, so it is a request (windows-1252 Outlook).")
t.reply(AIMAN, [CELINE], "2027-03-24 20:05", """\
Dear Céline,

Thank you very much. Tuesday 30 March at 16:00 Paris time suits me well; it will be late evening here, which is no problem at all. I will send a Teams invitation.

Best regards,
Aiman""", kind="confirmation", meet=("2027-03-30 16:00", "Europe/Paris"), wd="Tue",
        note="Accepts the first slot in the named zone ('16:00 Paris time'); Paris switches to +02:00 on 28 March, "
             "so 16:00+02:00, while the Paris Date of the proposal was +0100 and Aiman's is +0800.")
t.reply(AIMAN, [CELINE], "2027-03-31 07:45", """\
Dear Céline,

Thank you for last night's call, and for staying on past the half hour to look at my plots.

Your advice to stop fitting one Weibull curve to every operator and split by route type explained the strange bump I could not get rid of. I reran it this morning before work and the bump is gone. I am also reading the two papers you recommended.

With my sincere thanks,
Aiman""", quote=False, kind="thank_you",
        note="Thanks Céline for the call the evening before with specifics; the rerun analysis is part of the "
             "thanks, and nothing is asked or scheduled.")
send(AIMAN, CELINE, "2027-10-11 19:30", "News from Kuala Lumpur", """\
Dear Céline,

I hope autumn in Toulouse is treating you well. I wanted to share some news since our call in March.

Two weeks ago I started as Reliability Data Analyst at Austral Aero's new Kuala Lumpur hub. My first project is the ATR propeller data, and yes, I am splitting by route type. Your papers are on the team's reading list.

With best regards,
Aiman""", owner=O, kind="update",
     note="Months later, keeps a contact posted (a new job, a first project); it asks for nothing and fixes no "
          "meeting, so update.")

# ------------------------------------------------------------ Hui Min (Singapore): nudge, pick, venue change, news

t = Thread(O, "Reliability engineering at Meridian Aerotech")
hide(t, AIMAN, [HUIMIN], "2027-04-19 10:00", """\
Dear Hui Min,

Céline Aubert at AeroFiab suggested I write to you. I'm a licensed aircraft engineer in Kuala Lumpur moving into reliability analytics, and I'd value 20 or 30 minutes of your advice on how Meridian's team is organised.

Best regards,
Aiman Zulkifli""", kind="request")
t.reply(AIMAN, [HUIMIN], "2027-05-03 09:05", """\
Dear Hui Min,

Just following up on my email of 19 April below, in case it slipped through. I'll be in Singapore for a course in the week of 17 May, so if a coffee that week were possible I'd be delighted, but a call at any time would be equally welcome.

Best regards,
Aiman""", kind="request",
        note="A two-week nudge that repeats the ask and offers a week (17 May) without a day or time; nudges are "
             "requests.")
hide_reply(t, HUIMIN, [AIMAN], "2027-05-04 22:15", """\
Hi Aiman, so sorry - April was a blur. Happy to meet while you're here! I could do Tuesday 18 May at 5pm or Thursday 20 May at 8:30am, both at our Changi office (Hangar Cafe on the ground floor). Let me know?

Hui Min""", kind="request")
m = t.reply(AIMAN, [HUIMIN], "2027-05-05 07:02", """\
Tuesday 18th 5pm is perfect, see you at Hangar Cafe!

Aiman""", mobile=True, kind="confirmation", meet=("2027-05-18 17:00", "hdr"), wd="Tue",
            note="Short iPhone acceptance of one of two quoted slots ('Tuesday 18th 5pm'); Singapore and Kuala "
                 "Lumpur are both +08:00, as is the Date header.")
t.reply(HUIMIN, [AIMAN], "2027-05-17 18:40", """\
Hi Aiman, change of plan on the venue: Hangar Cafe is closed for a private event tomorrow, so let's meet at the lobby of Building 2 instead and walk over to the staff canteen. Still 5pm. Visitor pass will be at the front desk under your name.

Hui Min""", parent=m, kind="confirmation", meet=("2027-05-18 17:00", "hdr"), rel="tomorrow",
        note="Day-before logistics for the agreed meeting: a new meeting point, 'still 5pm' and 'tomorrow' (Tue May "
             "18); confirming an agreed meeting shortly before it is a confirmation.")
send(HUIMIN, AIMAN, "2027-08-16 11:30", "Headcount!", """\
Hi Aiman,

News from our side: the reliability analytics headcount was finally approved last week, and the role goes live on our careers page on 1 September. I've told our hiring manager about you and your MTBUR work.

No promises, but I wanted you to know before it's public.

Hui Min""", owner=O, kind="update",
     note="News since the meeting (headcount approved, posting date, name passed on); 1 September is a posting "
          "date, not a meeting.")

# ------------------------------------------------------------ Garrett: policy refusal

t = Thread(O, "Fleet reliability data at CascadeJet")
hide(t, AIMAN, [GARRETT], "2027-06-01 21:00", """\
Dear Mr Lindqvist,

I saw that CascadeJet is hiring a reliability data analyst, and your team's talk at the MRO Americas conference is the best explanation I've seen of the job. I'm a licensed engineer in Kuala Lumpur moving into this field. Would you have 20 minutes for a call?

Best regards,
Aiman Zulkifli""", kind="request")
t.reply(GARRETT, [AIMAN], "2027-06-02 08:12", """\
Hi Aiman,

Thanks for reaching out, and for the kind words about the talk.

Unfortunately, while we have an open requisition on the team, our recruiting policy doesn't allow me to do informational calls with potential candidates; it's meant to keep things fair for everyone. I'd encourage you to apply through the careers site if the role interests you.

Best of luck,
Garrett""", kind="decline",
        note="Refuses the call on policy grounds while a role is open, with no alternative date; decline, and the "
             "suggestion to apply is a courtesy, not a request.")

# ------------------------------------------------------------ Haziq: a student's ask, a pick, a one-line thanks

t = Thread(O, "Advice pls")
t.send(HAZIQ, [AIMAN], "2027-06-13 22:40", """\
Salam bang Aiman, I'm Haziq, 2nd year at UniKL MIAT. My cousin Farhan worked with you at Skyline. I'm very interested in reliability & data instead of hangar work. Could we have a short call sometime? Anytime after 8pm is ok for me, thank you bang""", kind="request",
       note="A student's mobile request for a short call with a standing window ('anytime after 8pm'); a window "
            "with no day is not a proposed time, so request.")
hide_reply(t, AIMAN, [HAZIQ], "2027-06-14 08:10", """\
Hi Haziq,

Happy to. Either Wednesday or Thursday this week at 9pm works for me. Which is better for you?

Aiman""", kind="request")
t.reply(HAZIQ, [AIMAN], "2027-06-14 12:30", """\
Thursday 9pm please! Thank you bang""", kind="confirmation", meet=("2027-06-17 21:00", "hdr"), wd="Thu",
        rel="weekday",
        note="Picks one of two quoted options ('Thursday 9pm'); the bare weekday from Monday Jun 14 is Thursday Jun "
             "17, at the Date header's +0800; 'thank you' is a courtesy.")
t.reply(HAZIQ, [AIMAN], "2027-06-17 22:20", """\
Thank you bang!! Very useful, I will do the Python course first like you said 🙏""", quote=False,
        kind="thank_you",
        note="One-line iPhone thanks for the call that just happened; the plan to take a course is not news for "
             "the contact, so thank_you.")

# ------------------------------------------------------------ Rizky: mentoring declined

t = Thread(O, "Mentoring?")
hide(t, RIZKY, [AIMAN], "2027-09-13 10:00", """\
Dear Aiman,

We met at the ATR operators' conference in Bali. I'm a reliability engineer in Jakarta and I'd like to learn data analysis properly. Would you consider a monthly mentoring call with me, maybe starting later this month?

Best regards,
Rizky""", kind="request")
t.reply(AIMAN, [RIZKY], "2027-09-14 21:10", """\
Dear Rizky,

Thank you for thinking of me; I remember our conversation about ATR propeller data very well.

I have to say no for now, though. I start a new role on 1 October and I won't be able to commit to regular calls until I've settled in. Could you write to me again in the new year? In the meantime, the Kaggle course on time-series data is where I started.

Best regards,
Aiman""", kind="decline",
        note="Turns down a mentoring call series ('I have to say no for now') and defers to 'the new year' with no "
             "date; the start date of his new role is not a meeting.")

# ------------------------------------------------------------ other

TALENT = Person("Shreya Nair", "shreya.nair@talentloop-mail.example", "Asia/Singapore", client="bulk")
bulk(TALENT, AIMAN, "2027-06-22 09:03", "Re: Reliability Analyst roles - Aiman", O, """\
Hi Aiman,

Following up on my note from last week. I'm working with several aviation MROs across APAC who are building reliability analytics teams, and your background looks like a great match.

Open to a quick 15-minute chat this week? You can grab a time here: https://talentloop-mail.example/book/shreya-nair

Best,
Shreya Nair
Talent Partner, Aviation | TalentLoop Search

If you'd rather not hear from me, click here: https://talentloop-mail.example/optout/an-5521
""", None, fmt="plain", headers=[("X-Mailer", "TalentLoop Sequences 4.2"), ("X-TL-Sequence", "aviation-apac-q2 step 2")]
     + unsub("talentloop-mail.example", "an-5521"),
     note="Step 2 of an automated recruiter sequence (sequencing-tool X-Mailer, List-Unsubscribe, opt-out link, "
          "'Re:' with no earlier reply): although it asks for a 15-minute chat, it is automated mail, so other.")
bulk(TALENT, AIMAN, "2027-07-06 09:01", "Closing the loop", O, """\
Hi AIMAN,

I haven't heard back, so I'll assume the timing isn't right. I'll close your file for now.

If anything changes, my calendar is always open: https://talentloop-mail.example/book/shreya-nair

Best,
Shreya

Sent with TalentLoop. Reply STOP to stop receiving these emails.
""", None, fmt="plain", headers=[("X-Mailer", "TalentLoop Sequences 4.2")],
     note="The final 'breakup' step of the same recruiter sequence, without List headers but with a tool footer "
          "and a merge-field glitch ('Hi AIMAN'); automated, and it asks for nothing concrete: other.")

CAL = service("Calendar", "calendar-notification@calendar.example")
bulk(CAL, AIMAN, "2027-04-08 00:45",
     "Reminder: Aiman Zulkifli / Bronwyn Tait - reliability analytics @ Thu 8 Apr 2027 09:00 - 09:30 (MYT)", O, """\
Reminder: Aiman Zulkifli / Bronwyn Tait - reliability analytics

When: Thursday 8 Apr 2027 09:00 - 09:30 (Malaysia Time - Kuala Lumpur)
Where: Microsoft Teams Meeting
Organiser: Bronwyn Tait

Join: https://teams.austral-aero.example/l/meetup-join/bt-az-0408

Reminder from Calendar. You are receiving this email because you set an email notification for this event.
""", None, fmt="plain", headers=[("Auto-Submitted", "auto-generated")],
     note="A calendar service's email reminder for a real networking meeting, with its exact slot; it is sent by a "
          "service (no person writes it), so other, not a confirmation.")

send(FAIZAL, AIMAN, "2027-02-17 15:40", "A-check findings report 9M-SKA", """\
Aiman,

Please submit the A-check findings report for 9M-SKA, with the deferred defect list, by 5pm Friday. QA audit is on Monday morning and the records must be complete before then.

Also remind the night shift to close out the tech log entries properly.

Thanks,
Faizal""", owner=O, kind="other",
     note="A supervisor's work request with a deadline (5pm Friday) and an audit Aiman is not invited to; a request "
          "but not for a meeting, so other.")

send(NURUL, AIMAN, "2027-02-20 13:05", "Raya", """\
Abang, Mak asks if you're balik kampung for Raya this year or not. She wants to know how many kuih to make 😂 Also can you bring the big rice cooker back, mine died. Tell Kak Lin I said hi""",
     owner=O, kind="other",
     note="A sister's chit-chat about family holiday plans and a rice cooker; no meeting time is asked for or "
          "fixed, so other.")
