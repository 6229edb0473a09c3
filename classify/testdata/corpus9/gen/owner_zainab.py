"""Zainab Qureshi (Lahore), provincial planning officer moving into policy data analytics.

Gmail (en-GB); correspondents in Aberdeen, Kumasi, Karachi, Rawalpindi,
Bengaluru, Ottawa, Manchester and Lahore."""

from c9 import Person, Thread, answer, bulk, hidden, send
from ics import ics

O = zainab = Person("Zainab Qureshi", "zainab.qureshi@lhr-mail.example", "Asia/Karachi", client="gmail",
                    locale="en-GB", sig="Zainab Qureshi\nDeputy Director (Planning), P&D Board, Lahore")
morag = Person("Morag Innes", "m.innes@aberdeen-uni.example", "Europe/London", client="apple", locale="en-GB",
               sig="Dr Morag Innes\nLecturer in Public Policy")
kofi = Person("Kofi Mensah", "kofi.mensah@ashanti-dev.example", "Africa/Accra", client="gmail", locale="en-GB",
              sig="Kofi Mensah\nProgramme Lead, Ashanti Development Trust, Kumasi")
farhan = Person("Farhan Malik", "farhan.malik@khi-econ.example", "Asia/Karachi", client="gmail", locale="en-GB",
                sig="Dr Farhan Malik\nAssociate Professor of Economics")
asad = Person("Asad Butt", "asad.butt.retd@pindi-mail.example", "Asia/Karachi", client="outlook", locale="en-GB",
              sig="Maj. (Retd) Asad Butt")
sid = Person("Siddharth Rao", "sid@ledgerleaf.example", "Asia/Kolkata", client="iphone", locale="en-IN")
joanne = Person("Joanne Tremblay", "joanne.tremblay@idrc-ottawa.example", "America/Toronto", client="owa",
                locale="en-US", sig="Joanne Tremblay\nSenior Program Officer, Governance and Data")
nasreen = Person("Nasreen Qureshi", "nasreen.q@nhsmail-mcr.example", "Europe/London", client="iphone", locale="en-GB")
hamza = Person("Hamza Tariq", "hamza@dastaan-labs.example", "Asia/Karachi", client="gmail", locale="en-GB")

# Morag: ask, snowed under (decline), thanks for the reading list, out of office.
t = Thread(O, "Your paper on district dashboards")
t.send(zainab, [morag], "2027-01-12 14:30", """Dear Dr Innes,

I came across your paper on district performance dashboards in Scottish councils while drafting a note for my Secretary, and I have been carrying it around in my bag for a week now. I work in the Planning and Development Board in Lahore and I am trying to move from writing the plans to building the evidence behind them.

Might you spare half an hour on a video call, whenever term allows? I would be very glad to hear how the councils reacted when the numbers were not flattering.

Zainab Qureshi""", kind="request", note="Asks an academic for half an hour on a video call 'whenever term allows': no slot, so request.")
t.reply(morag, zainab, "2027-01-13 09:05", """Dear Zainab,

What a kind note - it's not every day someone carries my paper around in a bag.

I'm snowed under til the end of term though, sorry: marking mountain, an accreditation visit, and I'm covering a colleague's course. I can't promise a call before Easter. In the meantime have a look at the two Audit Scotland reports I've listed below - they say the unflattering bits better than I did.

Best,
Morag""", kind="decline", note="'Snowed under til the end of term ... can't promise a call before Easter' refuses for now with no date; the reading list is help, not a meeting, so decline.")
t.reply(zainab, morag, "2027-01-14 21:15", """Dear Morag,

Thank you so much for the reading list. I read the first Audit Scotland report on the train to Islamabad last night and it answered two questions I hadn't known how to ask. I'll keep the second for the weekend.

Zainab""", kind="thank_you", note="Thanks Morag for the reading list she already sent (concrete help); no meeting is asked for, so thank_you.")
send(morag, [zainab], "2027-03-22 08:00", "Auto reply: Your paper on district dashboards", """Thank you for your email. I am on research leave until Monday 19 April 2027 and will reply when I return. For undergraduate matters please contact the School Office.

Morag Innes""", O, kind="other", sig=False, headers=[("Auto-Submitted", "auto-replied")],
     note="Out-of-office auto-reply with a return date; automated mail is other.")

# Kofi: fixes a slot in GMT, thanks, updates.
t, r = answer(O, zainab, kofi, "2027-01-18 11:00", "District data, Lahore to Kumasi",
              "Dear Kofi,\n\nYour talk at the Open Data Charter webinar on district league tables in Ashanti stayed with me. Could we talk for half an hour some time?\n\nZainab",
              "2027-01-19 10:12", """Ei, Zainab! You have made a tired man happy, I thought nobody watched that webinar.

Let's say Wednesday 27 January, 10:00 GMT - that should be 3pm for you, if my arithmetic holds. I'll send a Zoom link the day before.

Kofi""", kind="confirmation", meet=("2027-01-27 10:00", "Africa/Accra"), wd="Wed",
              note="'Let's say Wednesday 27 January, 10:00 GMT' fixes one slot; GMT is Ghana's own zone (Africa/Accra, +00:00), the 3pm is the same instant in Lahore.")
t.reply(zainab, kofi, "2027-01-27 17:40", """Kofi,

I came off our call and went straight to my director's office with your idea of publishing the league table with the data-quality score next to it. She said 'try it in two districts'. Shukriya - medaase, I think? - for the time and for the spreadsheet.

Zainab""", kind="thank_you", note="Thanks Kofi for the call that day and the spreadsheet he shared; the director's reaction is secondary, thank_you outranks update.")
send(zainab, [kofi], "2027-03-15 16:20", "Two districts became six", """Kofi,

Small victory to report: the league table with the data-quality column went to the Chief Secretary last week and was signed off - Kasur and Okara first, then four more districts by June. Your spreadsheet is now a government annex, so you are officially famous in Punjab.

Zainab""", O, kind="update", note="News since their call (the table was approved and will expand); no ask or meeting, so update.")
send(kofi, [zainab], "2027-05-03 13:05", "Borrowed your annex", """Zainab,

Turn about: we used your Punjab annex as a template for the Ashanti district review and the Regional Coordinating Council liked it so much they want it every quarter. I have credited you in the footnote, so now you are famous in Kumasi too.

Kofi""", O, kind="update", note="Kofi reports what came of her template since their exchange; nothing asked or fixed, so update.")

# Farhan: calendar invite (confirmation), then he pulls out (decline); later her update.
t = Thread(O, "Saturday call")
inv = t.send(zainab, [farhan], "2027-02-02 18:30", """Farhan sahib,

Invite attached for Saturday's call as agreed on the phone - 11 in the morning, on Meet. I'll bring the draft questions for the household survey.

Zainab""", kind="confirmation", meet=("2027-02-06 11:00", "Asia/Karachi"), wd="Sat", rel="weekday",
             note="Sends a calendar invite (METHOD:REQUEST, DTSTART;TZID=Asia/Karachi 11:00) for Saturday; the invite wins and agrees with the text (Sat 6 Feb, +05:00).")
from datetime import datetime as _dt  # noqa: E402
inv.cal = ics("REQUEST", "Zainab / Farhan: survey design", "2027-02-06 11:00", "2027-02-06 11:45", "Asia/Karachi",
              "tzid", zainab, [zainab, farhan], inv.date, location="Google Meet")
inv.cal_method = "REQUEST"
t.reply(farhan, zainab, "2027-02-04 22:10", """Zainab, I'm so sorry - a cousin's wedding has swallowed the whole weekend, mehndi on Saturday and all. Let me get back to you with another day once the dholki noise settles.

Farhan""", kind="decline", note="Pulls out of the invited Saturday call and offers no new date; the quoted message is her confirmation.")
send(zainab, [farhan], "2027-04-05 12:00", "Some news", """Farhan sahib,

Some news since we last spoke: I've been accepted to the LUMS executive programme in policy analytics, starting in September, and the P&D Board is paying half. The household survey pilot also went out to the field in March.

Zainab""", O, kind="update", note="News since the last exchange (a programme place, the survey in the field); no ask or meeting, so update.")

# Asad: retired major asks; Zainab fixes; his thanks (windows-1252).
t = Thread(O, "Chai and advice")
t.send(asad, [zainab], "2027-02-15 10:30", """Dear Zainab beti,

Your father gave me your email address at the Gymkhana last week. After 24 years in uniform I am stepping into the civilian world in April, and I find that nobody in the private sector knows what a GSO-1 does, myself included.

If you could sit with an old soldier for a cup of chai one evening when I am in Lahore next month, I would be in your debt. Your father says you have made the same kind of jump.

Regards,
Asad""", kind="request", note="A retiring officer asks for chai 'one evening ... next month': a meeting ask with no slot, so request.")
t.reply(zainab, asad, "2027-02-16 08:10", """Uncle, of course. Tuesday 2 March, 7pm at Cuckoo's Den on Fort Road - my treat, and the view of the Badshahi Mosque is the best argument for Lahore I know.

Zainab""", kind="confirmation", meet=("2027-03-02 19:00", "hdr"), wd="Tue",
        note="Fixes 'Tuesday 2 March, 7pm' at a venue as a statement: confirmation at the Date header's +05:00 (Pakistan has no DST).")
t.reply(asad, zainab, "2027-03-03 09:45", """Dear Zainab,

Last evening was most enlightening. I have already rewritten my CV as you advised – no more “appreciation of the situation”, and “managed a team of 40” instead of “commanded a company”. My wife asks me to convey her thanks as well, she says I came home talking like a consultant.

Regards,
Asad""", kind="thank_you", charset="windows-1252", enc="qp",
        note="Thanks Zainab for the evening before and her CV advice (Outlook, windows-1252 with an en dash and curly quotes); nothing new fixed.")
send(asad, [zainab], "2027-04-20 17:30", "From the civilian side", """Dear Zainab,

A short report from the civilian side: your friend at the Punjab IT Board rang me after all, and from next month I will be their consultant on security for the data centre project. Three days a week, which my wife says is exactly enough.

Regards,
Asad""", O, kind="update", charset="windows-1252",
     note="News since their meeting (a consultancy role); he asks for nothing and fixes nothing, so update.")

# declines
answer(O, zainab, sid, "2027-02-22 10:00", "LedgerLeaf and public finance data",
       "Hi Siddharth,\n\nI lead a small data team in the Punjab P&D Board. Could we talk about how LedgerLeaf handles district budget data?\n\nZainab",
       "2027-02-22 22:30", """Hi Zainab, thanks for reaching out! We're heads-down on a launch through April and I can't promise anything before then. Ping me in May?""",
       kind="decline", note="'Heads-down on a launch through April ... can't promise anything': puts off with no date; 'Ping me in May?' is not a slot, so decline.")
answer(O, zainab, joanne, "2027-03-01 09:00", "Governance data programmes",
       "Dear Ms. Tremblay,\n\nCould I ask you about IDRC's governance and data programme on a short call?\n\nZainab Qureshi",
       "2027-03-02 16:45", """Dear Zainab,

It's fiscal year-end here and things are hectic, and honestly I'm not the best person for this - our South Asia work sits with Daniel Okoye's team. I've copied him below so you can write to him directly.

All the best,
Joanne""", kind="decline", note="Refuses the call ('not the best person') and points elsewhere with no new date, so decline.")
answer(O, hamza, zainab, "2027-02-09 15:00", "Coffee?",
       "Zainab Baji,\n\nCould we grab coffee one evening? I want to pitch you a civic-tech idea.\n\nHamza",
       "2027-02-10 09:20", """Hamza,

Ramzan plus the budget cycle means I'm not doing anything after office hours for the next while, sorry! Send me a one-pager instead and I'll read it when I can.

Zainab""", kind="decline", note="Turns down a coffee with no new date; reading a one-pager is not a meeting, so decline.")

# other
send(nasreen, [zainab], "2027-03-08 23:10", "Ammi's flight", """Zainab, Ammi lands Thursday 11th at 6:40 am on the Manchester flight, PK702. Can you do the airport run? I'm on nights all week and Bilal has his exams.

Also tell her NOT to bring more achaar, my fridge is full.

Nasreen""", O, kind="other", sig=False,
     note="A sister (a nurse on nights) asks for an airport pickup at a fixed time; family logistics, not a meeting with a contact, so other.")
bulk("PIDE Events", "events@pide-lists.example", "Asia/Karachi", zainab, "2027-04-07 10:00",
     "Webinar: Nowcasting district GDP, Thursday 15 April, 4pm PKT", O,
     "Dear subscriber,\n\nJoin us on Thursday 15 April at 4pm PKT for a webinar on nowcasting district GDP with satellite data.\n\nRegister: pide-lists.example/w/118\n\nYou are receiving this because you subscribed to PIDE events. Unsubscribe: pide-lists.example/u",
     "Mailing-list webinar announcement with a date and time; it invites all subscribers, so other.",
     headers=[("List-Id", "PIDE Events <events.pide-lists.example>"), ("Precedence", "list")])
