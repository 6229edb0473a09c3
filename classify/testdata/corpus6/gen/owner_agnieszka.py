"""Agnieszka Wilk, Kraków: freight dispatcher moving into product operations.

Gmail in English (en-GB); contacts in Berlin (German, Thunderbird), Edinburgh,
Vienna (German, Outlook), Oslo, Gdańsk, Milan, Wrocław (Outlook invite) and
Kraków. Her English is careful and a little formal.
"""

from c6 import Person, Thread, asked, bulk, hidden, invite, send

ME = Person("Agnieszka Wilk", "agnieszka@wilk.example", "Europe/Warsaw", "gmail", "en-GB",
            sig="Agnieszka Wilk\nKraków | +48 512 555 301")
JH = Person("Jürgen Haas", "j.haas@frachtwerk.example", "Europe/Berlin", "thunderbird", "de",
            sig="Jürgen Haas\nLeitung Betrieb, Frachtwerk GmbH\nTel. +49 30 5557 1120", sigsep=True)
FM = Person("Fiona McBride", "fiona@routewise.example", "Europe/London", "apple", "en-GB",
            sig="Fiona\nProduct Ops, Routewise")
DM = Person("Dermot Fallon", "dermot.fallon@postbox.example", "Europe/Warsaw", "iphone", "en-GB")
PKP = Person("Rail Tickets", "no-reply@tickets.koleje.example", "Europe/Warsaw", "bulk")
SG = Person("Sabine Gruber", "sabine.gruber@lagerlogik.example", "Europe/Vienna", "outlook", "de",
            sig="Mag. Sabine Gruber\nHead of Product Operations | LagerLogik GmbH\nWien")
IS = Person("Ingrid Solberg", "ingrid@fjordfrakt.example", "Europe/Oslo", "gmail", "en-GB",
            sig="Ingrid Solberg\nFjordfrakt AS")
DK = Person("Dariusz Kurek", "dariusz.kurek@mail.example", "Europe/Warsaw", "gmail", "en-GB")
MZ = Person("Marek Zając", "marek.zajac@trans-karpaty.example", "Europe/Warsaw", "outlook", "en-GB",
            sig="Marek Zając\nHead of Dispatch | Trans-Karpaty")
MB = Person("Marco Bellini", "marco.bellini@talentbridge.example", "Europe/Rome", "gmail", "en-GB",
            sig="Marco Bellini\nSenior Consultant, Supply Chain | TalentBridge Milano")
KW = Person("Kenji Watanabe", "kenji.watanabe@cargoflux.example", "Europe/Warsaw", "outlook", "en-GB",
            sig="Kenji Watanabe\nProduct Operations Lead | CargoFlux Wrocław")
LI = Person("ProLink", "notifications-noreply@prolink.example", "Europe/Warsaw", "bulk")

t = Thread(ME, "Question from a dispatcher in Kraków")
a1 = t.send(ME, [JH], "2026-01-12 09:14", """Dear Mr Haas,

I hope the new year has started gently for you.

My name is Agnieszka Wilk, I am a dispatcher at Trans-Karpaty in Kraków. I read your interview in Logistik Heute about moving Frachtwerk's warehouse planning into software, and I read it two times, because it is exactly the direction I try to go myself: from dispatching trucks to product operations.

Could I ask you for twenty minutes of your time, on video, sometime in January or February? I have three or four concrete questions, not a long list. My German is only good for reading, so English would be easier for me, if it is possible for you.

With kind regards,""", kind="request", note="A cold ask for a 20-minute video call that opens with a courtesy ('I hope the new year has started gently'); the courtesy is not a second thing, and the article praise is context, not thanks for help.")
t.reply(JH, ME, "2026-01-14 18:02", """Liebe Frau Wilk,

danke für die nette Nachricht, und Ihr Deutsch reicht offensichtlich für mehr als nur Lesen.

Ehrlich gesagt: bis Ostern ist mein Kalender eine Katastrophe. Wir ziehen gerade das komplette Lager nach Leipzig um, und ich schlafe gefühlt im Gabelstapler. Melden Sie sich gern nach Ostern noch einmal, dann schauen wir weiter.

Viele Grüße
Jürgen Haas""", kind="decline", lang="de", note="German postponement to 'after Easter' with no date ('melden Sie sich ... nach Ostern noch einmal'); a postponement without a new date is a decline, and the quoted English request below must not decide it.")

t = Thread(ME, "ex-dispatcher, curious about product ops at Routewise")
t.send(ME, [FM], "2026-01-27 20:10", """Hi Fiona,

Your LinkedIn post about "ops people make the best product people because we have been yelled at by the real users" made me laugh in the office today.

I am a dispatcher (seven years, trucks and more trucks) and I would like to move into product operations. Maybe you have half an hour for a call in the next weeks? I would be happy to hear how it happened for you.

Best regards,
Agnieszka""", kind="request", note="Asks for half an hour on a call 'in the next weeks' without the stock phrasing; the quoted joke from a post is context.")
t.reply(FM, ME, "2026-01-29 08:40", """Aye, go on then, I'm a soft touch for a dispatcher.

I could do Tue 3 Feb or Thu 5 Feb, either at 10 or at 2 (UK time). Pick one and I'll send a Meet link.

F""", kind="request", note="Answers the ask with two days and two times each without fixing one, so it is still a request; 'Aye, go on then' reads like an acceptance but nothing is fixed.")
t.reply(ME, FM, "2026-02-01 11:05", """Thursday the 5th at 14:00 UK time — perfect, it is already in my calendar (15:00 for me, I checked twice).

Thank you!
Agnieszka""", kind="confirmation", meet=("2026-02-05 14:00", "Europe/London"), wd="Thu", rel="weekday",
        note="Picks one quoted slot: Thursday the 5th at 14:00 with the zone named (UK time, GMT +00:00 in February) while the Date header is +01:00; the restated 15:00 in Kraków is the same instant, and the quoted Tuesday option must be ignored.")
t.reply(ME, FM, "2026-02-05 19:30", """Fiona,

thank you so much for today. The idea to shadow our own customer support for a month before writing any CV was gold, I would never think of it myself. Also thank you for being honest about the salary step down, nobody else said it so directly.

Agnieszka""", quote=False, kind="thank_you", note="Thanks for the call that happened that afternoon and names what helped; the 'shadow support for a month' plan is advice, not a new meeting.")
t.reply(ME, FM, "2026-03-20 21:15", """Hi Fiona,

some news from Kraków, since you were the one who started it: I have now shadowed our customer support team two afternoons a week for six weeks. It was humbling (the customers are much angrier on the phone than in the tickets). And today my manager agreed that from May I will work half-time with our small product team as "product ops junior". Not a real title yet, but it is a start.

Thanks again!
Agnieszka""", quote=False, kind="update", note="Keeps Fiona posted on what happened since their call and closes with 'Thanks again!'; the closing thanks is a courtesy, so the news makes it an update, and 'from May' is a project date.")

send(DM, [ME], "2026-03-09 19:40", "plumber thurs", """hiya Agnieszka, the plumber's finally coming Thursday at 9 for the pipe in the stairwell. he'll need to get into your cellar box as well so can you leave the key with Pani Basia on the ground floor? cheers, owe you a pint

Dermot (2B)""", ME, kind="other", note="A neighbour's practical ask with a day and time (Thursday at 9); the time is the plumber's visit, not a meeting with Agnieszka, and nothing is networking, so other.")

bulk(ME, PKP, "2026-03-10 07:02", "Your e-ticket: Kraków Główny - Warszawa Centralna, 12.03.2026", """Thank you for your purchase.

Train EIP 1300, Kraków Główny 07:10 -> Warszawa Centralna 09:32, Thursday 12.03.2026, carriage 6, seat 45.

Please show the QR code on your phone or printed. This message was sent automatically, please do not reply.""",
     "Automated rail e-ticket from a no-reply address; it thanks for a purchase and carries a date and departure time, but automated mail is always other.",
     headers=[("Auto-Submitted", "auto-generated")])

t = asked(ME, ME, SG, "2026-03-24 12:30", "Product ops at LagerLogik: a short call?", """Dear Ms Gruber,

Jürgen Haas of Frachtwerk is too busy until Easter, but he said you are the person who built product operations at LagerLogik from zero. Could we talk next week, maybe Tuesday or Wednesday morning?

Kind regards,
Agnieszka Wilk""")
t.reply(SG, ME, "2026-03-26 10:12", """Liebe Frau Wilk,

sehr gern. Dienstag, 31. März, um 9:30 Uhr Wiener Zeit passt mir gut – ich schicke Ihnen vorher noch einen Teams-Link. Achtung, am Sonntag wird bei uns (und bei Ihnen) die Uhr umgestellt!

Beste Grüße aus Wien
Sabine Gruber""", client="outlook_html", kind="confirmation", lang="de", meet=("2026-03-31 09:30", "Europe/Vienna"), wd="Tue",
        note="German acceptance fixing 'Dienstag, 31. März, um 9:30 Uhr Wiener Zeit'; the Date header is +01:00 but the EU switch on 29 March puts Vienna at +02:00 on the day, and the zone is named.")

t = asked(ME, ME, IS, "2026-03-30 09:00", "A question about Fjordfrakt's ops tooling", """Hi Ingrid,

We met at the TransLogistica fair in Oslo last year (the booth with the bad coffee). I am trying to move into product operations and would love a short call with you in April, if you can.

Best,
Agnieszka""")
t.reply(IS, ME, "2026-04-02 13:47", """Hi Agnieszka,

Thank you so much for thinking of me, it is really kind, and yes I remember the terrible coffee :)

But I must say no. In two weeks I go on parental leave, and after that I honestly do not know anything about my calendar or my life. I hope you find somebody good to talk to. Lykke til!

Ingrid""", kind="decline", note="Refuses because of parental leave with no later date; it opens with thanks for thinking of her, but a decline that thanks stays a decline.")

t = asked(ME, ME, DK, "2026-03-25 22:10", "coffee? (ex-Trans-Karpaty question)", """Hi Dariusz,

Long time! I heard you moved from dispatch to the product team at Baltic Route. Could we meet for a coffee when you are in Kraków next time? I would like to hear how you did it.

Aga""")
t.reply(ME, DK, "2026-04-07 08:55", """Hi Dariusz, I am floating this back to the top of your inbox. No stress at all if the answer is no, I know April is crazy.

Aga""", kind="request", note="A nudge on an earlier unanswered coffee ask (quoted below); nudges are requests, and 'no stress if the answer is no' does not make it a decline.")
hidden(t.reply(DK, ME, "2026-04-08 23:20", "sorry sorry, was in lisbon for a week. yes!! next week I'm in krakow, evenings are good", kind="request", note="(quoted only)"))
hidden(t.reply(ME, DK, "2026-04-09 07:45", """Great! Then Thursday 16 April at 19:00 at Bunkier Café, or Friday the same time? Choose.

Aga""", kind="request", note="(quoted only)"))
t.reply(DK, ME, "2026-04-10 23:50", "thursday!! see u there, I'll be the guy with the ridiculous yellow backpack", kind="confirmation",
        meet=("2026-04-16 19:00", "hdr"), wd="Thu", rel="weekday", sig=False,
        note="One lower-case word of acceptance; the time (19:00) and the date (Thursday 16 April) exist only in the quoted proposal, whose Friday alternative is dropped; +02:00 from the Date header.")

send(MZ, [ME], "2026-04-13 09:03", "SLA numbers for the board deck", """Aga,

need the carrier SLA numbers for Q2 in the deck by Wednesday 12:00 at the latest, Kasia is presenting to the board at 14:00. Use the same template as January, just add the two new carriers.

pls & thx
Marek""", ME, kind="other", note="A colleague's work ask with a deadline and a board meeting time; it is not a meeting with Agnieszka and not networking, so other despite the times.")

t = Thread(ME, "Kenji at CargoFlux")
t.send(FM, [ME], "2026-05-19 17:25", """Agnieszka!

Remember I mentioned Kenji, who I worked with at Routewise years ago? He's just moved to CargoFlux in Wrocław and is hiring a product ops associate. I've told him about you, dispatch scars and all. The ad should be up by the end of the week.

F""", sig=False, kind="update", note="Fiona keeps Agnieszka posted: she passed her name to a hiring manager and an ad is coming; no meeting is asked for or fixed, so update.")

t = asked(ME, MB, ME, "2026-05-28 10:00", "Supply-chain role in Milan, quick call?", """Hi Agnieszka, I am recruiting for a senior dispatch role in Milan for a top client, relocation is paid. Are you free for 15 minutes this week or next? Ciao, Marco""")
t.reply(ME, MB, "2026-06-02 12:40", """Hi Marco,

Thanks, and it sounds like a good role, but I'll pass. I have just started a half-time product position here and I want to see it through, so going back to pure dispatch (and to Milan) would be the wrong move for me right now.

Good luck with the search,
Agnieszka""", kind="decline", note="Agnieszka refuses a recruiter's personal ask for a call ('I'll pass'); the quoted request below proposes 'this week or next', which is not a time to pick up.")

cal = invite("Agnieszka / Kenji - product ops associate", "2026-10-27 10:00", "2026-10-27 10:45", "Europe/Warsaw", "win",
             KW, [KW, ME], "2026-10-20 16:00", tzid="W. Europe Standard Time",
             prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Microsoft Teams Meeting")
t = Thread(ME, "Product ops associate - conversation")
t.send(KW, [ME], "2026-10-20 16:00", """Hello Agnieszka,

Thank you for applying, Fiona spoke very highly of you. I have sent you an invitation for Tuesday 27th at 10:00 for 45 minutes on Teams. Note that our clocks go back on Sunday, in case your calendar gets confused.

Kind regards,
Kenji""", kind="confirmation", cal=cal, meet=("2026-10-27 10:00", "Europe/Warsaw"), wd="Tue", rel="weekday",
       note="Outlook invite (text/calendar REQUEST, Windows TZID 'W. Europe Standard Time') for Tuesday the 27th at 10:00; the EU switch on 25 October moves the offset from the Date header's +02:00 to +01:00, and the DTSTART wins.")
t.reply(ME, KW, "2026-10-27 18:20", """Dear Kenji,

Thank you for the conversation this morning, and for the honest picture of the team (and of the coffee machine). It made me even more sure I want this role. I will send the case study you asked for by Friday.

Best regards,
Agnieszka""", kind="thank_you", note="Thanks for the interview that morning; the promised case study by Friday is a task, not a meeting, and the quoted invite below must not turn it into a confirmation.")

bulk(ME, LI, "2026-11-03 06:30", "Agnieszka, 14 people viewed your profile this week", """Your week on ProLink

14 people viewed your profile, including recruiters at CargoFlux and Baltic Route.

Want to know who? Try Premium free for 30 days.

Book a 15-minute career call with a ProLink coach: pick a time that suits you.

You are receiving this email because of your notification settings. Unsubscribe.""",
     "Weekly bulk digest from a no-reply address; its 'book a 15-minute career call' is marketing, not a person asking to meet.",
     headers=[("List-Unsubscribe", "<https://prolink.example/unsub/aw>"), ("Precedence", "bulk")], html_enc="b64")

t = Thread(ME, "After Easter (a bit late)")
t.send(ME, [JH], "2026-11-16 20:05", """Dear Mr Haas,

In January you told me to write again after Easter. Easter came and went, and life moved faster than I planned, so this is only a short note of news and not a new request: from 1 December I start as product operations associate at CargoFlux in Wrocław. Your interview in Logistik Heute was the first thing that made me think it was possible.

I hope the Leipzig warehouse is running and you sleep in a bed again.

With kind regards,
Agnieszka Wilk""", kind="update", note="News to a contact who had postponed her in January: she got a product-ops job; 'not a new request' says outright that no meeting is asked, and the start date is not a meeting.")
