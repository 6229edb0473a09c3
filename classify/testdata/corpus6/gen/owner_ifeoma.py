"""Ifeoma Adebayo-Nwosu, Lagos: government statistician moving into data analytics.

Outlook (en-GB), iPhone; contacts in Lagos, London, Johannesburg, Dakar
(French), Toronto, and her estate's landlord. Africa/Lagos has no DST.
"""

from c6 import Person, Thread, asked, bulk, hidden, send

ME = Person("Ifeoma Adebayo-Nwosu", "ifeoma@adebayo-nwosu.example", "Africa/Lagos", "outlook", "en-GB",
            sig="Ifeoma Adebayo-Nwosu\nSenior Statistician, Federal Bureau of Statistics\n+234 803 555 0172")
SA = Person("Segun Alade", "segun@kobo-rails.example", "Africa/Lagos", "gmail", "en-GB",
            sig="Segun Alade\nHead of Data, Kobo Rails")
HW = Person("Hannah Whitfield", "hannah.whitfield@northgate-analytics.example", "Europe/London", "outlook", "en-GB",
            sig="Hannah Whitfield\nPartner | Northgate Analytics\n20 Paternoster Row, London EC4M")
BANK = Person("GTrust Alerts", "alerts-noreply@gtrust-bank.example", "Africa/Lagos", "bulk")
CO = Person("Chioma Okeke", "chiomaokeke2004@mail.example", "Africa/Lagos", "iphone", "en-GB")
LL = Person("Alhaji Musa Bello", "musa.bello.estates@mail.example", "Africa/Lagos", "gmail", "en-GB")
RV = Person("Ruan van der Merwe", "ruan@talentkraal.example", "Africa/Johannesburg", "gmail", "en-GB",
            sig="Ruan van der Merwe\nTech Recruitment | TalentKraal\n+27 82 555 0144")
CN = Person("Chidi Nnaji", "chidi.nnaji@datavault-ng.example", "Africa/Lagos", "gmail", "en-GB",
            sig="Chidi Nnaji\nBusiness Development, DataVault NG")
AD = Person("Aminata Diallo", "aminata.diallo@senstat.example", "Africa/Dakar", "gmail", "fr",
            sig="Aminata Diallo\nCheffe de projet données, SenStat")
TO = Person("Tolu Ogunleye", "tolu.ogunleye@maplecart.example", "America/Toronto", "iphone", "en-US")

t = Thread(ME, "Request for guidance: moving from public statistics to fintech data")
t.send(ME, [SA], "2026-02-09 14:20", """Good afternoon Sir,

I trust this mail meets you well.

My name is Ifeoma Adebayo-Nwosu. I have worked for eleven years as a statistician at the Federal Bureau of Statistics, mostly on household surveys, and I am now preparing myself to move into data analytics in the private sector. Your talk at Data Science Nigeria in November was very inspiring to me.

I will be most grateful if you can spare me 30 minutes at your convenience, in person or by phone, to ask about the skills fintechs are really looking for.

Thank you in anticipation.

Yours faithfully,""", kind="request", note="Formal Nigerian-English ask for 30 minutes 'at your convenience', opening with 'I trust this mail meets you well'; the courtesy and the praise of a talk do not change the request.")
t.reply(SA, ME, "2026-02-10 21:40", """Ifeoma, no wahala at all, and please drop the Sir abeg, I'm not that old.

Saturday by 11am at the Yaba tech hub, I'm there anyway for a hackathon. Come with your questions and your laptop.

Segun""", kind="confirmation", meet=("2026-02-14 11:00", "hdr"), wd="Sat", rel="weekday",
        note="Fixes 'Saturday by 11am' at a venue in Nigerian-English idiom ('no wahala', 'abeg'); the bare weekday after a Tuesday Date is Sat 14 Feb, +01:00 (Lagos, no DST).")
t.reply(ME, SA, "2026-02-14 18:10", """Segun,

Thank you very much for today. I did not expect you to go through my SQL line by line, that was too kind. I have already registered for the Python course you mentioned, and I will stop saying "Sir", I promise.

Ifeoma""", quote=False, kind="thank_you", note="Thanks for the meeting that happened that day and the concrete help; registering for a course is a small aside and thank_you outranks update.")

t = Thread(ME, "Introduction via Segun Alade")
t.send(ME, [HW], "2026-02-23 10:05", """Dear Hannah,

Segun Alade suggested I contact you. I am a government statistician in Lagos preparing to move into analytics consulting, and he said nobody knows the consulting side in London better than you.

Could we perhaps speak for 20 to 30 minutes in March, by Teams or WhatsApp call? I am one hour ahead of London at the moment, so most of your working day is fine for me.

Kind regards,""", kind="request", note="An ask for a 20-30 minute call to a person she was referred to; the time-difference remark is flexibility, not a proposed time.")
t.reply(HW, ME, "2026-02-24 08:02", """Ifeoma, lovely to hear from you, and any friend of Segun's etc.

Sadly the diary says no until after the summer. We've two audits landing at once and I am barely surfacing for air. Do try me again in September? I'd genuinely like to help once I can think straight.

Warmly,
Hannah""", kind="decline", note="British 'the diary says no until after the summer' with an invitation to try again in September: a postponement with no date is a decline, whatever the warmth.")

bulk(ME, BANK, "2026-03-02 12:14", "Debit Alert: NGN 45,000.00", """Debit Alert

Account: 012****771
Amount: NGN 45,000.00
Narration: POS PURCHASE - JUMIA ONLINE
Date: 02-Mar-2026 12:13
Available Balance: NGN 212,340.55

Thank you for banking with us. This is an automated message; please do not reply.""",
     "Automated bank debit alert from a no-reply sender; 'thank you for banking with us' is boilerplate and the timestamp is not a meeting.")

t = Thread(ME, "pls ma can we talk?")
t.send(CO, [ME], "2026-03-15 22:47", """Good evening ma,

Sorry to disturb you. My name is Chioma, I am 300 level Statistics at UNILAG, my lecturer Dr Onuoha gave me your email. He said you are moving to tech and you can advise me small on data analytics career

Pls can we talk on phone anytime this week? I will be very grateful

Thank you ma""", sig=False, kind="request", note="A student asks for a phone call 'anytime this week' in informal Nigerian English with no punctuation at the ends; no time is fixed, so request.")
t.reply(ME, CO, "2026-03-16 07:30", """Yes dear, no problem at all.

Call me Thursday 8pm. I will be free after my evening class. My number is below.

Aunty Ifeoma""", kind="confirmation", meet=("2026-03-19 20:00", "hdr"), wd="Thu", rel="weekday", client="iphone",
        note="Fixes a call on 'Thursday 8pm' from an iPhone; the bare weekday after a Monday Date is Thu 19 March, +01:00; the quoted 'anytime this week' below is the student's open ask.")
t.reply(CO, ME, "2026-04-28 16:02", """Good afternoon ma,

I submitted the ALX data analytics application like you said, with the portfolio of the two survey dashboards. They will announce in May. I also started the SQL practice every morning before lecture.

Thank you again ma, God bless you.

Chioma""", quote=False, kind="update", note="Reports what the student did since the call and when results come; 'thank you again ma, God bless you' closes an update and is a courtesy.")

send(LL, [ME], "2026-03-23 09:00", "RENT REMINDER AND ESTATE MEETING", """Dear Tenant,

This is to remind you that the annual rent for Flat 4, Block C falls due on 1st April 2026. Kindly pay into the usual account and send the teller to me.

Also, the estate meeting holds on Saturday by 4pm at the clubhouse on the matter of the gate and security levy. All tenants are expected.

Thank you.
Alhaji Musa Bello""", ME, kind="other", note="A landlord's personal reminder about rent and an estate meeting for all tenants; the Saturday 4pm meeting is not a networking meeting arranged with Ifeoma, so other.")

t = Thread(ME, "Data analyst roles - quick chat?")
t.send(RV, [ME], "2026-04-17 11:30", """Hi Ifeoma,

Ruan here from TalentKraal in Joburg. Saw your profile, we're building a data team for a pan-African payments client and your survey background is spot on.

Keen for a quick call? I could do Tuesday or Wednesday afternoon, WAT, whichever you prefer.

Cheers,""", kind="request", note="A recruiter writing personally offers two afternoons without fixing one; a personal ask with candidate days is a request.")
t.reply(ME, RV, "2026-04-20 08:50", """Hi Ruan,

Wednesday 3pm WAT works. Please call the number in my signature.

Regards,""", kind="confirmation", meet=("2026-04-22 15:00", "Africa/Lagos"), wd="Wed", rel="weekday",
        note="Picks Wednesday 3pm with the zone named (WAT = Africa/Lagos, +01:00); the Wednesday after a Monday Date is 22 April; the quoted Tuesday option is dropped.")

t = asked(ME, CN, ME, "2026-05-04 13:00", "Coffee at Ikoyi?", """Hello Ifeoma, I'd love to buy you coffee and show you what DataVault is doing with survey data. Any day next week works. Chidi""")
t.reply(ME, CN, "2026-05-05 19:15", """Hello Chidi,

Thanks for the kind offer. I will pass for now. My plate is full with the handover at the Bureau and I am not taking vendor meetings until it is finished.

Best,""", kind="decline", note="Ifeoma refuses a vendor's coffee ('I will pass for now') with no new date; 'for now' is not a postponement to a time.")

t = asked(ME, ME, AD, "2026-05-05 10:00", "Enquêtes ménages et analytics", """Bonjour Aminata, ... (my French is small!) Could we talk about how SenStat moved its surveys to dashboards? Next week if possible. Ifeoma""")
t.reply(AD, ME, "2026-05-07 11:25", """Bonjour Ifeoma,

Votre français est très bien, ne vous inquiétez pas ! Va pour mardi 12 mai à 10 h, heure de Dakar. Je vous envoie le lien Zoom la veille.

Bien à vous,
Aminata""", kind="confirmation", lang="fr", meet=("2026-05-12 10:00", "Africa/Dakar"), wd="Tue",
        note="French acceptance fixing 'mardi 12 mai à 10 h, heure de Dakar' (+00:00, no DST) while Ifeoma is at +01:00; the quoted English ask had only 'next week'.")
t.reply(ME, AD, "2026-05-12 14:40", """Merci beaucoup Aminata!

Thank you for this morning, really. The way you showed me your dashboard for the regional teams gave me three ideas for my portfolio. I owe you one (and I will practise my French).

Ifeoma""", quote=False, kind="thank_you", note="Thanks for the call that morning and the demo; 'I owe you one' is not a new meeting.")

t = Thread(ME, "Good news from Lagos")
t.send(ME, [SA], "2026-06-08 12:00", """Segun!

Good news: I got the data analyst role at Kobo Rails' sister company, Kobo Credit. Resumption is 1st July. The interview panel asked about exactly the SQL window functions you drilled me on in Yaba.

Thanks again for that Saturday.
Ifeoma""", kind="update", note="News since their meeting (the job, the start date) that closes with 'Thanks again'; the closing thanks is a courtesy, so update, and 1st July is a start date, not a meeting.")

send(HW, [ME], "2026-09-07 06:00", "Automatic reply: Checking in (September, as promised)", """Thank you for your email. I am on leave until Monday 21 September with no access to email. For anything urgent, please contact Priya Kaur (priya.kaur@northgate-analytics.example).

Hannah""", ME, kind="other", sig=False, legal=False, headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     note="Out-of-office auto-reply (Auto-Submitted: auto-replied) naming a return date; automated mail is other.")

t = asked(ME, ME, TO, "2026-08-26 09:00", "Catching up?", """Hi Tolu! Long time since UNILAG. I'm now in data at Kobo Credit. Can we do a call sometime in September? Ify""")
t.reply(TO, ME, "2026-08-27 21:12", """Hey Ifeoma! So good to hear from you!!

I'm gonna be honest, it's carnage here. We just had layoffs, half my team is gone and I'm covering for three people. I'm not in a headspace to be useful to anyone right now. Hope you understand. Rooting for you loud loud.

T""", kind="decline", note="Refuses by describing the situation ('it's carnage here', 'not in a headspace to be useful') without ever saying no or offering a date; indirect, but a refusal.")

t = Thread(ME, "Ready for September: CV")
t.send(ME, [HW], "2026-09-29 20:45", """Dear Hannah,

Thank you for taking the time to mark up my CV even though the diary still says no to calls. Your comments on putting the household survey numbers first were exactly right; a recruiter called me two days after I changed it.

With gratitude,
Ifeoma""", kind="thank_you", note="Thanks for concrete help that already happened (a CV markup by email, no meeting); the recruiter's call is a consequence mentioned in passing.")

t = Thread(ME, "Coffee on Saturday")
hidden_msg = t.send(SA, [ME], "2026-09-01 09:00", "Ifeoma, coffee on Saturday the 12th at 11am, Yaba hub? Want to hear about the new job. S",
                    kind="confirmation", note="(quoted only)")
hidden(hidden_msg)
t.reply(SA, ME, "2026-09-10 18:30", """Ifeoma abeg, something came up for Saturday, my mum is travelling and I'm the driver.

Let's move it to Sunday 11am instead, same place. Sorry o!

S""", kind="confirmation", meet=("2026-09-13 11:00", "hdr"), wd="Sun", rel="weekday",
        note="Moves an agreed coffee from Saturday to 'Sunday 11am instead, same place': a postponement with a new date is a confirmation; the quoted old Saturday the 12th must be ignored.")
