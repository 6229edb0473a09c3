"""Kavya Subramanian, Bengaluru: bank relationship manager moving into fintech product.

Gmail (en-IN), iPhone; contacts in Shanghai, San Francisco, New York, Seoul,
Dubai, Pune, Singapore, Chennai and her bank. Asia/Kolkata has no DST.
"""

from c6 import Person, Thread, asked, bulk, send

ME = Person("Kavya Subramanian", "kavya.s@subramanian.example", "Asia/Kolkata", "gmail", "en-IN",
            sig="Kavya Subramanian\nRelationship Manager, Kaveri Bank | Bengaluru")
ZW = Person("Zhang Wei", "zhangwei@lianpay.example", "Asia/Shanghai", "outlook", "en-GB",
            sig="Zhang Wei\nProduct Manager, LianPay (Shanghai)")
VK = Person("Vikram Rao", "vik@paystream.example", "America/Los_Angeles", "gmail", "en-US")
RG = Person("Rachel Goldberg", "rgoldberg@ledgerline.example", "America/New_York", "gmail", "en-US",
            sig="Rachel Goldberg | VP Product, Ledgerline")
JP = Person("Park Ji-ho", "jiho.park@mail.example", "Asia/Seoul", "gmail", "en-US")
BK = Person("Harish Iyer", "harish.iyer@kaveribank.example", "Asia/Kolkata", "outlook", "en-IN",
            sig="Harish Iyer\nAVP, Retail Operations | Kaveri Bank")
RM = Person("Rohit Malhotra", "rohit@chaiwallet.example", "Asia/Kolkata", "gmail", "en-IN")
OH = Person("Omar Haddad", "omar.haddad@gulfremit.example", "Asia/Dubai", "outlook", "en-GB",
            sig="Omar Haddad\nSenior Product Analyst | GulfRemit\nDubai, UAE")
SW = Person("Swiggle", "noreply@swiggle.example", "Asia/Kolkata", "bulk")
JB = Person("JobsDekho Alerts", "alerts@jobsdekho.example", "Asia/Kolkata", "bulk")
AN = Person("Ananya Kulkarni", "ananya.k@mail.example", "Asia/Kolkata", "iphone", "en-IN")
MS = Person("Meenakshi Sundaram", "meenu.sundaram@mail.example", "Asia/Kolkata", "gmail", "en-IN")
LT = Person("Lim Tze Hui", "tzehui.lim@merlionpay.example", "Asia/Singapore", "apple", "en-GB",
            sig="Tze Hui\nDirector of Product, MerlionPay")
DV = Person("Divya", "divya.raghavan@mail.example", "Asia/Kolkata", "iphone", "en-IN")

t = Thread(ME, "Request to learn from your fintech product experience")
t.send(ZW, [ME], "2026-02-02 10:05", """Dear Kavya,

Nice to e-meet you. I am Zhang Wei, product manager in LianPay Shanghai, mainly responsible for cross-border merchant settlement. I saw your sharing in the Women in Fintech Asia group about bank-side pain points, it is very insightful.

Our team is designing a product for Indian merchants, so I hope to learn from your experience on the bank side. If convenient, may we have a 30 minutes online talk next week? Any time is OK for me.

Looking forward your reply.

Best regards""", kind="request", note="Chinese-English cold ask for '30 minutes online talk next week' ('Looking forward your reply'); 'any time is OK' leaves nothing fixed, so request.")
t.reply(ME, ZW, "2026-02-03 09:12", """Hi Zhang Wei,

Happy to! Next week Tuesday or Wednesday, anytime between 2 and 5 pm IST, is easy for me. Tell me what suits you.

Kavya""", kind="request", note="Answers the ask with two days and a window without fixing one; 'Happy to!' sounds like a yes, but proposing candidates is a request.")
t.reply(ZW, ME, "2026-02-04 10:30", """Dear Kavya,

Wednesday 3:30pm IST is good for me. I will send the Tencent Meeting link one day before.

Thanks!
Zhang Wei""", kind="confirmation", meet=("2026-02-11 15:30", "Asia/Kolkata"), wd="Wed", rel="weekday",
        note="Picks 'Wednesday 3:30pm IST' from the offered window; sent on a Wednesday, the bare weekday is the next one (11 Feb), and IST is named while the Date header is +08:00.")
t.reply(ZW, ME, "2026-02-11 19:02", """Dear Kavya,

Thank you very much for your time today. Your sharing about how RMs really handle merchant complaints is very useful for our team, I already shared the notes with my colleagues. Hope we can keep in touch.

Best regards,
Zhang Wei""", quote=False, kind="thank_you", note="Thanks for the call that day; 'hope we can keep in touch' is a courtesy, not a new ask.")

t = Thread(ME, "Bank RM -> payments PM: 20 minutes of your wisdom?")
t.send(ME, [VK], "2026-02-16 21:30", """Hi Vikram,

Hope the SF weather is being kinder than Bangalore traffic.

I'm Kavya, an RM at Kaveri Bank; Suresh from our IIM batch said you made almost exactly my jump (bank to payments PM). Could I steal 20 minutes on a video call sometime in March? Evenings my time are your mornings, so it should be painless.

Thanks,
Kavya""", kind="request", note="A cold ask to 'steal 20 minutes' on a video call opened with small talk; the time-zone remark is flexibility, so request.")
t.reply(VK, ME, "2026-02-17 22:14", """kavya — hate doing this but I've got to bow out. new baby + a launch in april = zero bandwidth, i'm barely answering my own team. ping me in the fall maybe? suresh says nice things so I'm sure you'll do great

v""", kind="decline", note="Lower-case refusal ('I've got to bow out') with a vague 'ping me in the fall maybe' and no date: decline.")

bulk(ME, SW, "2026-02-20 20:41", "Your Swiggle order is on its way!", """Your order #SW-88213 from Meghana Foods is on its way!

Delivery partner: Ramesh
Estimated arrival: 20:58

Thank you for ordering with Swiggle. Rate your experience after delivery.""",
     "Automated food-delivery notice from a no-reply sender with an arrival time; automated mail is other and the time is not a meeting.")

t = Thread(ME, "Kavya <> Rachel: career chat")
t.send(ME, [RG], "2026-03-05 19:40", """Hi Rachel,

Confirming Monday 9 March at 8:30 am ET, as you suggested on LinkedIn. That's 6 pm for me; I double-checked, since your clocks jump forward on Sunday and I nearly got it wrong.

I'll use the Zoom link from your message. See you then!

Kavya""", kind="confirmation", meet=("2026-03-09 08:30", "America/New_York"), wd="Mon",
        note="Confirms 'Monday 9 March at 8:30 am ET'; the US switch on 8 March makes ET -04:00 on the day, and the restated '6 pm for me' (IST) is the same instant; the Date header is +05:30.")
t.reply(ME, RG, "2026-03-09 20:05", """Rachel, THANK YOU!!! That was the most useful hour of my whole year so far!!

The framing of "RMs already do discovery, they just call it relationship building" — I'm stealing it for every interview. And thank you for offering to look at my case study, that's more than generous!!

Kavya""", quote=False, kind="thank_you", note="Effusive thanks (many exclamation marks) for the call that day; the offered case-study review is Rachel's offer, not a new meeting.")

send(JP, [ME], "2026-04-03 08:15", "Good news (Ji-ho)", """Kavya-ssi, hello!

I share good news. I passed the final interview of the fintech PM role at Toss Bank! I will start from May. In the interview they asked me to explain one metric story, and I used the structure you teach me in our call in January. It worked very good.

Thank you again, I will treat you Korean BBQ if you come to Seoul.

Ji-ho""", ME, kind="update", note="Korean-English news for a contact (passed the interview, starts in May) that mentions the earlier call and ends 'Thank you again'; the news is the point and the BBQ is a courtesy, not a meeting.")

send(BK, [ME], "2026-04-06 11:02", "UAT sign-off - pending from your side", """Kavya,

Can you pls share the UAT sign-off for the new account-opening journey by EOD Thursday? Audit team is chasing and I have a review with the CRO on Friday 10 AM.

Regards,
Harish""", ME, kind="other", note="A manager's work ask with a deadline and an internal review time; not a meeting arranged with Kavya and not networking, so other.")

t = asked(ME, RM, ME, "2026-04-10 12:00", "coffee at Third Wave?", """Kavya! Rohit here, we met at the Fintech Fest. I'm building ChaiWallet, would love to grab coffee and pick your brain on bank partnerships. Any day this month?""")
t.reply(ME, RM, "2026-04-13 23:10", """Arre Rohit, I'd love to but honestly not this month. Appraisal season has eaten me alive and I'm working weekends. Let's see later in the year.

Kavya""", kind="decline", client="iphone", note="Refuses 'this month' with 'let's see later in the year' and no date, in Indian-English idiom ('Arre'); a vague postponement is a decline.")

t = asked(ME, OH, ME, "2026-04-08 10:00", "Request for a short call", """Dear Kavya,

Greetings! I am Omar, product analyst at GulfRemit. Our team is exploring an India corridor and your name was recommended. I would be grateful for a short call at your earliest convenience.

Best regards,
Omar Haddad""")
t.reply(OH, ME, "2026-04-20 09:30", """Dear Kavya,

Greetings! Kindly find below my previous email. I would be grateful for a short call at your earliest, whenever suitable for you.

Best regards,
Omar""", client="outlook_html", kind="request", note="Arabic-English nudge ('Kindly find below my previous email') on an earlier unanswered ask; nudges are requests.")
t.reply(ME, OH, "2026-04-22 13:45", """Hi Omar,

Apologies for the delay, it has been a mad month. Sunday 11am Dubai time then: I'll call you on WhatsApp on the number in your signature.

Kavya""", kind="confirmation", meet=("2026-04-26 11:00", "Asia/Dubai"), wd="Sun", rel="weekday",
        note="Fixes 'Sunday 11am Dubai time' (+04:00, named) while the Date header is +05:30; the bare Sunday after a Wednesday is 26 April, and the quoted nudges ask for nothing specific.")

bulk(ME, JB, "2026-04-27 07:00", "12 new Product Manager jobs in Bengaluru", """Jobs matching "Product Manager - Fintech"

1. Associate PM, Payments - RazorLeaf - Bengaluru - 4-7 yrs
2. Product Manager, Lending - CredNest - Bengaluru - 5-8 yrs
3. PM, Merchant Banking - Kaveri Bank Digital - Bengaluru - 6-9 yrs

Recruiters are waiting! Schedule a free profile review call with our experts.

You are receiving this alert because you subscribed. Unsubscribe | Manage alerts""",
     "Bulk job alert with list headers; its 'schedule a free profile review call' is marketing, so other.",
     headers=[("List-Unsubscribe", "<mailto:unsub@jobsdekho.example>"), ("Precedence", "bulk")])

t = Thread(ME, "Bangalore trip")
t.send(AN, [ME], "2026-05-04 17:20", """Hey Kavya, Meenu's friend here 👋

Let's do Saturday 9 May then. I'll be in Bangalore the whole day for a wedding thing, will ping you when I'm near Indiranagar and we'll grab filter coffee whenever it works. No fixed time, my cousins control my schedule 😅

Ananya""", kind="confirmation", allday=True, meet=("2026-05-09", "hdr"), wd="Sat", rel="weekday",
       note="Fixes the date (Saturday 9 May) but explicitly no time ('No fixed time'), so midnight +05:30 and all_day; emoji and an iPhone client.")

t = Thread(ME, "case study!!")
t.send(DV, [ME], "2026-05-21 08:05", """Akka, thank you so much for reviewing my case study last night, that too at 11pm after your work 🙏 I changed the north-star metric like you said and cut the slides from 19 to 9. It finally makes sense even to me!

Divya""", kind="thank_you", note="A junior thanks Kavya for a review that already happened ('last night'); the changes she made are part of the thanks, not a separate update.")

t = asked(ME, ME, LT, "2026-06-01 10:00", "Mentoring question from a bank RM", """Hi Tze Hui, would you have 30 minutes for a call in June? I'd love your view on PM roles in Singapore. Kavya""")
t.reply(LT, ME, "2026-06-02 16:40", """Thanks so much for thinking of me, Kavya. Truly flattered.

I'm going to have to sit this one out, though. I've stepped back from all mentoring calls for the rest of the year to get through a reorg. Do look up the Product Circle Singapore Slack, they're a generous bunch.

Warmly,
Tze Hui""", kind="decline", note="Refuses with thanks ('sit this one out', stepped back from mentoring) and a pointer elsewhere; a decline that thanks stays a decline.")

t = Thread(ME, "not a request, promise")
t.send(ME, [VK], "2026-06-22 22:00", """Hi Vikram,

No need to reply, I know the baby is winning. Just news: I moved to the product team at Kaveri Bank Digital last week — associate PM on merchant payments. Took your LinkedIn post on "ship a small thing, then tell the story" quite literally.

Kavya""", kind="update", note="Explicitly asks for nothing ('No need to reply') and shares news to a contact who had declined; update.")

send(MS, [ME], "2026-11-09 10:30", "diwali pics!!", """kavya did you see the diwali pics Paati sent on the family group. amma's rangoli looks like a spaceship 😂 also Arjun lost his second tooth and is charging the tooth fairy in USD now. sending you the video

love
meenu""", ME, kind="other", note="A cousin's chit-chat with no ask, thanks or meeting; person-to-person but not networking, so other.")
