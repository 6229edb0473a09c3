"""Paolo Dizon, Manila: BPO team lead moving into customer-experience
analytics. Gmail (en-US), Manila has no daylight saving (+08:00). Contacts in
Manila, Cebu, Singapore, Sydney, Auckland, Austin, Dublin, Hong Kong, Kuala
Lumpur, Jakarta and Seoul."""

from c7 import Person, Thread, answer, bulk, send

paolo = Person("Paolo Dizon", "paolo.dizon@dizon-mail.example", "Asia/Manila", client="gmail", locale="en-US",
               sig="Paolo Dizon\nTeam Lead, Customer Care | Northbay Outsourcing\nMakati City", sigsep=True)
O = paolo

# 1 request: candidate slots (Singapore, Singlish)
huiling = Person("Lim Hui Ling", "huiling.lim@merlion-cx.example", "Asia/Singapore", client="gmail", locale="en-GB",
                 sig="Hui Ling\nCX Insights, Merlion Telco")
answer(O, paolo, huiling, "2026-03-09 21:00", "From BPO floor to CX analytics",
       """Hi Hui Ling, Marga from the CX meetup said you made the jump from contact centre to analytics. Could we talk for 20 minutes sometime? Paolo""",
       "2026-03-10 12:30", """Hi Paolo,

Marga ah, she is too kind. Can can. This week quite siao already but next week I got two gaps - Wednesday 8pm or Saturday morning around 10. Our time same as yours so no need to convert, shiok. You choose, then I send Zoom.

Hui Ling""", kind="request",
       note="Singaporean English reply offering two candidate slots (Wednesday 8pm, Saturday around 10) and asking Paolo to choose; nothing is fixed, so request.")

# 2 confirmation: named Sydney time across the Sydney DST end
mick = Person("Mick Donnelly", "mick@southerncross-cx.example", "Australia/Sydney", client="gmail", locale="en-AU",
              sig="Mick Donnelly\nGM Customer Operations, Southern Cross Energy")
t = Thread(O, "Offshore team -> analytics, a question")
t.hsend(paolo, [mick], "2026-03-30 19:00", """Hi Mick, your team's Manila site is where I started. Could I ask you about how you built the analytics function? Paolo""")
t.reply(mick, paolo, "2026-04-01 10:20", """G'day Paolo,

Small world - half my best analysts came through that site. Let's do Tuesday the 7th, 9am Sydney time. Heads up, our daylight saving finishes this Sunday, so that's 7am your end rather than 6, which I reckon you'll appreciate.

Cheers,
Mick""", kind="confirmation", meet=("2026-04-07 09:00", "Australia/Sydney"), wd="Tue",
        note="Fixes 'Tuesday the 7th, 9am Sydney time'; Sydney leaves daylight saving on 5 April, so +10:00 although the Date header is +1100.")

# 3 request: a cold ask received, Filipino politeness
jomar = Person("Jomar Villareal", "jomar.villareal22@mailbox-ph.example", "Asia/Manila", client="gmail", locale="en-US")
send(jomar, [paolo], "2026-04-14 23:40", "Question po from a fellow TL", """Hi Sir Paolo,

Good evening po. I'm Jomar, TL also but in the Cebu site, night shift (US accounts). I saw your post about the SQL course and honestly I want to do the same, I'm just scared to leave the floor because of the pay.

Would it be ok po if I ask you some questions over coffee when I'm in Manila on my rest days? Or even video call lang, whatever is convenient for you. Salamat po in advance.

Jomar""", O, kind="request",
     note="A team lead asks Paolo for coffee or a video call on unspecified rest days; the polite 'po' and thanks-in-advance are courtesies, so request.")

# 4 decline: sits this one out, no date (Hong Kong, senior, clipped)
winnie = Person("Winnie Cheung", "winnie.cheung@pearlriver-fin.example", "Asia/Hong_Kong", client="outlook", locale="en-GB",
                sig="Winnie Cheung | Director, Customer Analytics | Pearl River Financial")
answer(O, paolo, winnie, "2026-04-20 09:00", "Customer analytics - a short call?",
       """Dear Ms Cheung, would you have 20 minutes for a call about careers in customer analytics? Paolo Dizon""",
       "2026-04-21 18:05", """Paolo,

Appreciate the note. I'm going to sit this one out - we're mid-reorg and I'm keeping my calendar for my own team. No slight intended.

Winnie""", kind="decline",
       note="Terse refusal ('I'm going to sit this one out') with no alternative; the appreciation is a courtesy, so decline.")

# 5 confirmation: local Manila acceptance, iPhone, emoji; bare weekday
bea = Person("Bea Santiago", "bea.santiago@cxph.example", "Asia/Manila", client="iphone", locale="en-US")
t = Thread(O, "Kape?")
t.hsend(paolo, [bea], "2026-04-29 13:00", """Bea! Coffee this weekend? Saturday 2pm at the Tomas Morato branch, or Sunday lunch if Sat's bad. Paolo""")
t.reply(bea, paolo, "2026-04-30 08:15", """G! Saturday 2pm. I'll bring the dashboard I told you about 👍☕""",
        kind="confirmation", meet=("2026-05-02 14:00", "hdr"), wd="Sat", rel="weekday",
        note="Picks Saturday 2pm from Paolo's two quoted options; bare Saturday after Thu 30 April is 2 May, 14:00 at +08:00.")

# 6 update (sent): Paolo's news to a mentor, closing 'thanks again'
tomas = Person("Tomás Gallagher", "tomas.gallagher@liffeysupport.example", "Europe/Dublin", client="outlook", locale="en-GB",
               sig="Tomás Gallagher\nHead of Support Analytics, Liffey Software")
t = Thread(O, "Catching up")
t.hsend(tomas, [paolo], "2026-03-02 10:00", """Paolo, good luck with the course, keep me posted. Tomás""")
t.reply(paolo, tomas, "2026-05-11 20:45", """Hi Tomás,

Keeping you posted as promised: I finished the data analytics certificate last week (the capstone was on our own call-reason data, anonymised, don't worry), and our Ops Director has asked me to move into the new workforce-analytics pod from June. It's only three people but it's a real analyst title.

Thanks again for the push in March.
Paolo""", kind="update",
        note="Sent news since the last exchange (certificate done, moving into an analytics pod from June); 'thanks again' is a closing courtesy and June is not a meeting, so update.")

# 7 request: a single time offered as a question (Austin, US)
tyler = Person("Tyler Brennan-Ruiz", "tyler@lonetree-cx.example", "America/Chicago", client="gmail", locale="en-US",
               sig="Tyler\nDirector, CX Strategy | LoneTree")
answer(O, paolo, tyler, "2026-05-18 09:00", "CX strategy questions",
       """Hi Tyler, would you be open to a quick call about CX strategy roles? I know the time difference is brutal. Paolo""",
       "2026-05-18 18:30", """Paolo - happy to. Would 7am your Thursday (6pm my Wednesday) work? If that's rough, tell me and we'll find something else.

T""", kind="request",
       note="Offers one slot as a question ('Would 7am your Thursday work? If that's rough...'); nothing is fixed until Paolo says yes, so request.")

# 8 thank_you: thanks for a talk Paolo gave (Jakarta, non-native)
dewi = Person("Dewi Kusumawardani", "dewi.k@nusantara-care.example", "Asia/Jakarta", client="gmail", locale="en-US",
              sig="Dewi Kusumawardani\nCustomer Care Manager, Nusantara Care")
send(dewi, [paolo], "2026-06-05 16:20", "Thank you from Jakarta team", """Dear Mas Paolo,

On behalf of my team I want to say terima kasih for your sharing session on Wednesday. Many of my agents never think that the call reason codes they click every day can become a story for management. After your session two of them already ask me if they can join the reporting task. This is first time this happen in my team!

Warm regards,
Dewi""", O, kind="thank_you",
     note="Non-native English thanks for a session Paolo gave on Wednesday, with its effect; the thanks is the purpose, nothing is asked, so thank_you.")

# 9 decline: cancels the agreed call, no new date (Dublin, Outlook quoting)
t = Thread(O, "Call on Thursday")
t.hsend(tomas, [paolo], "2026-06-10 10:00", """Paolo, Thursday 18 June at 9:00 Irish time suits - talk then. Tomás""")
nuala = Person("Nuala Kearney", "nuala.kearney@liffeysupport.example", "Europe/Dublin", client="outlook", locale="en-GB",
               sig="Nuala Kearney\nPeople Analytics Lead, Liffey Software")
t.reply(nuala, paolo, "2026-06-16 12:10", """Hi Paolo,

Tomás asked me to meet you in his place on Thursday, but I've just been pulled into a family situation at home and I won't be working this week at all. I'm sorry to leave you hanging - I'd rather not promise a new date I can't keep, so let's park it and one of us will come back to you.

Nuala""", kind="decline",
        note="Cancels the agreed Thursday (Outlook-quoted 18 June 9:00 is an earlier confirmation) and parks it with no new date, so decline.")

# 10 other: automated webinar reminder with a date and time
bulk("Webinarly", "reminders@webinarly.example", "America/Los_Angeles", paolo, "2026-06-23 02:00",
     "Reminder: 'CX Analytics 101' starts tomorrow at 10:00 AM PHT", O,
     """Hi Paolo,

This is a reminder that CX Analytics 101 starts tomorrow, Wednesday June 24, at 10:00 AM Philippine Time.

Join link: webinarly.example/j/88-120-443
Add to calendar | Can't make it? We'll send the recording.

You're receiving this email because you registered for this event.""",
     "An event platform's automated reminder with a date and time; no person is arranging a meeting with Paolo, so other.",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

# 11 update: former agent's promotion (Cebu, exclamatory, Taglish-lite)
rhea = Person("Rhea Mae Tan", "rheamae.tan@mailbox-ph.example", "Asia/Manila", client="iphone", locale="en-US")
send(rhea, [paolo], "2026-07-01 21:50", "TL Paolo!!!", """TL!!! Remember when you made me do the QA scorecards by hand for a month and I hated you?? Guess who's the new QA analyst for the whole Cebu site starting Monday 😭😭 I kept the spreadsheet template you made ha. ok that's all, I just needed to tell someone who'd get it""", O,
     kind="update",
     note="A former agent shares news (promoted to QA analyst, starting Monday); Monday is her start date, not a meeting, and she thanks nobody outright, so update.")

# 12 confirmation: HTML-only Outlook, named Manila time (Dubai sender)
rashid = Person("Rashid Al-Hammadi", "rashid.hammadi@gulfcare-cx.example", "Asia/Dubai", client="outlook_html", locale="en-GB",
                sig="Rashid Al-Hammadi\nSenior Manager, CX Analytics | GulfCare")
t = Thread(O, "Analytics roles at GulfCare")
t.hsend(paolo, [rashid], "2026-07-12 19:00", """Dear Rashid, may I ask for 30 minutes to learn about your analytics team? Any time in the week of 20 July. Paolo""")
t.reply(rashid, paolo, "2026-07-14 11:25", """Dear Paolo,

Happy to. I have blocked Thursday 23 July at 4pm Manila time for us - it is noon for me, just before prayers, so it suits well. The Teams link will follow from my assistant.

Best regards,
Rashid""", fmt="html", html_enc="qp", kind="confirmation", meet=("2026-07-23 16:00", "Asia/Manila"), wd="Thu",
        note="HTML-only (quoted-printable) reply fixing 'Thursday 23 July at 4pm Manila time'; the named zone wins over the Dubai Date header (+0400), so +08:00.")

# 13 decline: can't meet, but send a CV (KL) - decline outranks the non-meeting ask
farid = Person("Farid Hamzah", "farid.hamzah@petaling-cx.example", "Asia/Kuala_Lumpur", client="gmail", locale="en-GB")
answer(O, paolo, farid, "2026-08-03 10:00", "coffee in KL?",
       """Hi Farid, I'll be in KL 17-19 August for a client visit. Any chance of a coffee? Paolo""",
       "2026-08-04 22:10", """Hi Paolo, alamak, those dates I'm in Penang for our site launch, cannot make it. Really sorry. But do send me your CV anyway, we have two analyst openings and I can pass it to the hiring manager.

Farid""", kind="decline",
       note="Cannot meet on the proposed dates and offers no other time; the CV ask is not a meeting request, so the refusal decides: decline.")

# 14 thank_you: thanks for an intro (Seoul), with a courtesy about keeping in touch
jiwoo = Person("Ji-woo Han", "jiwoo.han@hanriver-support.example", "Asia/Seoul", client="gmail", locale="en-US",
               sig="Ji-woo Han\nVoice of Customer Lead, HanRiver Support")
send(jiwoo, [paolo], "2026-09-08 09:40", "Your introduction to Hui Ling", """Dear Paolo,

I am writing to tell you I am very grateful for introducing me to Hui Ling. We spoke last Friday, and she explained how they link survey scores to call transcripts, which is exactly the problem my team struggled for a year. I did not expect someone I met only once at a conference to help me like this.

Let us keep in touch.
Ji-woo""", O, kind="thank_you",
     note="Thanks Paolo for an introduction that led to a call last Friday; 'let us keep in touch' is a courtesy, not an ask, so thank_you.")

# 15 request: a received nudge with emoji (Auckland)
aroha = Person("Tama Rangihuna", "tama@kowhai-insights.example", "Pacific/Auckland", client="gmail", locale="en-GB")
t = Thread(O, "workforce analytics chat")
t.hsend(aroha, [paolo], "2026-09-14 09:00", """Kia ora Paolo, Ji-woo said you're the person to talk to about WFM analytics in BPOs. Keen for a 20 min yarn sometime? Tama""",
        kind="request")
t.reply(aroha, paolo, "2026-09-28 08:30", """Hey Paolo - pinging once more, then I'll stop, promise 😅 Still keen if you are, whenever suits.

Tama""", kind="request",
        note="Nudge on Tama's own unanswered ask quoted below ('pinging once more'); nudges are request.")

# 16 update: how the meeting Paolo arranged went (Auckland)
lani = Person("Lani Fonoti", "lani.fonoti@pasifika-cx.example", "Pacific/Auckland", client="apple", locale="en-GB")
send(lani, [paolo], "2026-10-14 15:00", "Coffee with Bea", """Hi Paolo,

Thought you'd want to know: Bea and I finally had that video coffee you set up. We talked for ninety minutes about turning agent notes into categories and she's going to pilot my tagging scheme with her team in November. Not bad for a call that started with both of us apologising about our Wi-Fi.

Lani""", O, kind="update",
     note="Reports how a meeting Paolo arranged went (Lani and Bea spoke; a November pilot follows, not a meeting with Paolo); no thanks or ask, so update.")

# 17 other: person-to-person non-networking ask with a deadline
joy = Person("Joy Manalastas", "joy.manalastas@northbay-ops.example", "Asia/Manila", client="gmail", locale="en-US")
send(joy, [paolo], "2026-11-03 14:05", "reference form", """Hi Paolo! Sorry to bother, HR at the bank sent you a reference form for me, it's due Friday the 6th. It's only like 8 questions. Pleaaase and thank you 🙏 Joy""", O,
     kind="other",
     note="A former colleague asks Paolo to fill in a reference form by Friday the 6th; a non-meeting ask with a deadline is other.")
