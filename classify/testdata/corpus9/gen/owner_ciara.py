"""Ciara Fennelly (Cork), ICU nurse moving into health data analytics.

Gmail (en-GB) and iPhone; correspondents in Cork, Kerry, Glasgow, Accra,
Auckland and Pune."""

from c9 import Person, Thread, answer, bulk, hidden, send

O = ciara = Person("Ciara Fennelly", "ciara.fennelly@corkmail.example", "Europe/Dublin", client="gmail",
                   locale="en-GB", sig="Ciara")
eamon = Person("Eamon Twomey", "eamon.twomey@hse-south.example", "Europe/Dublin", client="outlook", locale="en-GB",
               sig="Eamon Twomey\nSenior Data Manager | Health Intelligence Unit, South\nT: 021 555 0147")
fiona = Person("Fiona MacLeod", "f.macleod@strathclyde-uni.example", "Europe/London", client="apple", locale="en-GB",
               sig="Dr Fiona MacLeod\nSenior Lecturer, Health Informatics")
kwame = Person("Kwame Asante", "kwame@coldtrack.example", "Africa/Accra", client="gmail", locale="en-GB",
               sig="Kwame Asante\nCo-founder, ColdTrack Health\nAccra | +233 30 555 0190")
hemi = Person("Hemi Walker", "hemi@wardflow.example", "Pacific/Auckland", client="iphone", locale="en-GB")
priyanka = Person("Priyanka Sethi", "psethi@puneinst.example", "Asia/Kolkata", client="outlook", locale="en-IN",
                  sig="Prof. Priyanka Sethi\nDept. of Community Medicine")
donal = Person("Donal Hegarty", "donal.hegarty@eircom-mail.example", "Europe/Dublin", client="yahoo", locale="en-GB")

# Thread with Eamon: pint, confirmation, thanks, later updates.
t = Thread(O, "Pint and a few questions?")
t.send(ciara, [eamon], "2026-02-09 21:10", """Hi Eamon,

Siobhán in the ICU said you were the man to talk to. I've been nursing twelve years, the last six in ICU at the CUH, and I've got it into my head that I want to move over to the data side - I'm the one on the unit who builds the rotas in Excel and then can't stop making charts out of them.

Any chance I could buy you a pint some evening and pick your brains about how people end up in your unit? I'm on nights this week but free most evenings after.

Ciara""", kind="request", note="Asks a stranger for a pint to 'pick your brains' about his unit: an ask for an informational meeting with no slot fixed, so request.")
t.reply(eamon, ciara, "2026-02-10 08:42", """Ciara,

Go on so. Thursday after work, half five in the Oval on the South Mall - I'll be the fella with the grey beard and the laptop bag. You're buying the first one, I'll get the second.

Eamon""", kind="confirmation", meet=("2026-02-12 17:30", "hdr"), wd="Thu", rel="weekday",
        note="'Thursday after work, half five in the Oval' is stated, not asked: it fixes one slot. Bare Thursday after a Tue 10 Feb Date is 12 Feb; no zone named, so the Date header's +00:00.")
t.reply(ciara, eamon, "2026-02-13 10:05", """Eamon,

Cheers for last night, proper eye-opener. I'd never have thought of the HIPE coding route, and I've already downloaded the data dictionary you mentioned. My head is still spinning a bit in a good way.

Next round is definitely on me.

Ciara""", kind="thank_you",
        note="'Cheers for last night, proper eye-opener' thanks him for the pint that already happened; the quoted message is the earlier confirmation and does not decide the kind.")

t2 = Thread(O, "A bit of news")
t2.send(ciara, [eamon], "2026-04-20 19:30", """Hi Eamon,

Small bit of news since the pint: I got a place on the part-time MSc in Data Analytics in UCC, starting in September. I'll keep doing three nights a week on the unit to pay for it. I also took your advice and asked to sit in on the ICU audit meetings - the consultant nearly fell off his chair.

Thanks again,
Ciara""", kind="update", note="News since the last exchange (the MSc place, sitting in on audits); the closing 'thanks again' is a courtesy and nothing is asked or fixed, so update.")

t3 = Thread(O, "Thursday")
t3.send(ciara, [eamon], "2026-05-20 18:15", """Eamon,

All set for tomorrow at 1 in the Crawford café - I'll nab a table by the window. Bringing the printout of the audit chart so you can tear it apart.

C.""", kind="confirmation", meet=("2026-05-21 13:00", "hdr"), rel="tomorrow",
         note="'All set for tomorrow at 1' restates an already agreed lunch shortly before it: confirmation. Tomorrow after Wed 20 May is Thu 21 May, 13:00 at the Date header's +01:00 (Irish summer time).")
t3.reply(eamon, ciara, "2026-05-25 09:20", """Ciara,

Great to see you Thursday. Since then I passed your CV and the audit chart to Aoife Lynch in Population Health - she has a data analyst post coming up over the summer and was impressed with it. She said she'll be in touch herself once HR give her the go-ahead.

Eamon""", kind="update", note="Tells Ciara what happened since their lunch (CV passed on, a post coming up); 'great to see you' is a courtesy, and he neither asks for nor fixes anything.")

# Fiona: snowed under (decline), later Ciara's update.
answer(O, ciara, fiona, "2026-02-16 20:00", "A nurse with questions about health informatics",
       "Dear Dr MacLeod,\n\nI'm an ICU nurse in Cork looking at the health informatics MSc routes. Could we have a short call some time about how your students get on after?\n\nCiara Fennelly",
       "2026-02-17 12:34", """Hi Ciara,

Lovely to hear from a fellow nurse - I did eight years on a renal ward before I went over to the dark side.

I'm snowed under til the end of term though, sorry pal. Marking, two PhD vivas and a grant report all landing at once. Nothing before May, and I'd rather not promise you a date I'll only break.

Fiona""", kind="decline",
       note="'Snowed under til the end of term ... nothing before May ... rather not promise you a date': refuses for now with no new date, so decline, not request.")
send(ciara, [fiona], "2026-05-12 21:00", "Keeping you posted", """Hi Fiona,

You said in February to keep you posted, so here goes: I've been shortlisted for a data analyst post with the HSE in Cork, interview on the 2nd of June. Whatever happens, I start the UCC MSc in September.

Hope the marking mountain is behind you.

Ciara""", O, kind="update",
     note="Brings an existing contact up to date (shortlisted, MSc starting); the 2 June interview is with the HSE, not a meeting with Fiona, so update.")

# Kwame: Tuesday's no good (request), Ciara fixes Weds (confirmation), thanks.
t, r = answer(O, ciara, kwame, "2026-02-27 14:00", "Cold-chain data and a nurse's questions",
              """Hi Kwame,

I heard you on the Health Data Ireland podcast talking about vaccine fridges in district hospitals. I'm an ICU nurse trying to move into analytics and would love 20 minutes on a call. Would Tuesday at 4 Irish time suit you?

Ciara""", "2026-03-02 09:15", """Hello Ciara,

Thanks for listening to that podcast, my mother says I talked too fast.

Tuesday's no good, I'm in Tamale visiting a clinic. Can we do Weds same time instead?

Kwame""", kind="request",
              note="'Tuesday's no good, can we do Weds same time?' offers one new slot as a question, so nothing is fixed yet: request, not confirmation or decline.")
t.reply(ciara, kwame, "2026-03-02 12:40", """Weds is grand, talk then! I'll ring you on WhatsApp.

Ciara""", kind="confirmation", meet=("2026-03-04 16:00", "Europe/Dublin"), wd="Wed", rel="weekday",
        note="Short acceptance: the day is 'Weds' (next Wednesday after Mon 2 Mar = 4 Mar) and the time only in the quoted chain ('same time' = Tuesday's '4 Irish time'); Irish time is named, +00:00 in March before the switch.")
t.reply(ciara, kwame, "2026-03-05 08:55", """Kwame,

That was class, thank you. The bit about the district hospitals logging fridge temperatures on paper and then someone typing them up at the weekend - I've seen exactly that with fluid balance charts. It made me think the nurse-who-can-code thing might actually be worth something.

I'll read the two papers you sent over the weekend.

Ciara""", kind="thank_you",
        note="Thanks Kwame for yesterday's call and the papers he sent; mentioning weekend reading is not a new ask, so thank_you.")

# Hemi: two NZ options (request), Ciara picks (confirmation), Hemi bails (decline), nudge (request).
t, r = answer(O, ciara, hemi, "2026-03-24 21:00", "From one ICU nurse to another",
              "Hi Hemi,\n\nLinkedIn tells me you went from ICU in Middlemore to product at WardFlow. I'm trying to do something similar from Cork. Any chance of a video call some time?\n\nCiara",
              "2026-03-25 19:05", """Kia ora Ciara! Always keen to help a fellow ICU nurse escape

I could do Thursday 2 April at 8am NZ or Friday 3 April at 8am NZ, which is the evening before for you I think. Which suits?

Hemi""", kind="request", note="Two candidate slots and 'which suits?': nothing fixed yet, so request.")
r2 = t.reply(ciara, hemi, "2026-03-26 08:30", """Friday 3 April at 8am NZ time so - Thursday evening for me, which suits grand. I'll send you a Zoom link the day before.

Go raibh maith agat!
Ciara""", kind="confirmation", meet=("2026-04-03 08:00", "Pacific/Auckland"), wd="Fri",
               note="Picks 'Friday 3 April at 8am NZ time' from Hemi's options: NZ is named (her own local time is left vague on purpose), and NZ daylight time still applies on 3 April (it ends on 5 April), so +13:00 while the Date header is +00:00.")
t.reply(hemi, ciara, "2026-04-01 21:40", """Ciara I'm so sorry, my youngest has come down with the flu and my partner is away, so I have to bail on Friday. Let me get through this week and I'll come back to you when the dust settles.

Hemi""", kind="decline", sig=False,
        note="Drops the agreed Friday call and postpones with no new date ('when the dust settles'); the quoted text still holds the confirmed slot.")
t.reply(ciara, hemi, "2026-04-28 20:10", """Hi Hemi,

Hope the wee one is back on her feet. Just floating this back to the top of your inbox - no pressure at all, whenever suits you.

Ciara""", kind="request", note="A nudge on the postponed call ('floating this back to the top of your inbox'); nudging an earlier ask is request.")

# Priyanka: fieldwork (decline).
answer(O, ciara, priyanka, "2026-05-04 09:00", "Question about ICU data in India",
       "Dear Prof. Sethi,\n\nI'm an ICU nurse in Ireland starting an analytics MSc. Could I ask you a few questions on a call about your ICU outcomes registry?\n\nCiara Fennelly",
       "2026-05-05 11:20", """Dear Ciara,

Greetings from Pune. Your interest in the registry is most welcome.

I am away on fieldwork in Nashik district through June and connectivity there is patchy at best, so I cannot commit to any call. Do try me after the monsoon and we shall see.

Regards,
Priyanka""", kind="decline",
       note="Cannot commit to a call while on fieldwork, 'try me after the monsoon': a postponement with no date, so decline.")

# Donal: hedge trimmer (other).
send(donal, [ciara], "2026-04-14 16:48", "the hedge trimmer", """Ciara a stór,

Hope the nights aren't killing you. Mary says to tell you the garden looks great since you did the hedge. Would you ever drop back the hedge trimmer before the 10th of May? Tom Carey is borrowing it for the grotto and he's like a bear without it.

We're off to Listowel for the races on the 30th so any day before that.

Donal""", O, kind="other",
     note="A retired family friend asks for a hedge trimmer back by a date; it is not a meeting ask, the races are not a meeting with Ciara, and this is not career networking, so other.")

# automated
bulk("UCC Admissions", "no-reply@admissions.ucc-uni.example", "Europe/Dublin", ciara, "2026-03-18 11:02",
     "Application received: MSc Data Analytics (Part-time)", O,
     "Dear Ciara,\n\nThank you for your application to the MSc Data Analytics (Part-time), reference PAC-26-44810.\n\nOffers for September 2026 entry will be made from 15 April. You do not need to contact us.\n\nUCC Admissions Office\nThis mailbox is not monitored.",
     "No-reply admissions acknowledgement with dates; automated mail is other however personal its thanks.")
bulk("Irish Rail", "bookings@irishrail-tickets.example", "Europe/Dublin", ciara, "2026-05-28 07:15",
     "Your booking: Cork Kent to Dublin Heuston, Tue 2 Jun", O,
     "Booking reference: K7Q2RM\n\nTue 2 June 2026\nCork Kent 07:00 -> Dublin Heuston 09:35\nCoach C, seat 41\n\nPlease have your ticket ready for inspection. Manage your booking at irishrail-tickets.example.",
     "Automated rail booking with a date and departure time: a service's receipt, not a meeting, so other.",
     fmt="html", headers=[("Auto-Submitted", "auto-generated")])
send(eamon, [ciara], "2026-03-30 06:00", "Automatic reply: Pint and a few questions?", """I am on annual leave until Monday 6 April 2026 with limited access to email.

For urgent data requests please contact hiu.south@hse-south.example.

Eamon Twomey""", O, kind="other", sig=False, headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     note="Outlook out-of-office auto-reply (Auto-Submitted: auto-replied) naming a return date; automated mail is other.")
