"""Farah Iskandar, journalist in Singapore moving into UX writing (Apple Mail, iPhone).

Contacts in Kuala Lumpur, Singapore, Paris (French), Sydney, San Francisco
and London; January 2026 to March 2027, across Sydney's October switch and
the EU's March switch (Singapore keeps +08:00 all year).
"""

from c3 import Person, Thread, ask, bulk, send

Z = "Asia/Singapore"

farah = Person("Farah Iskandar", "farah@inkwellmail.example", Z, client="apple", locale="en-GB",
               sig="Farah Iskandar\nWriter & editor | farahiskandar.example")
priscilla = Person("Priscilla Wong", "priscilla.wong@gmail.example", "Asia/Kuala_Lumpur", client="gmail",
                   locale="en-GB")
benedict = Person("Benedict Lau", "benedict.lau@kestrelpay.example", Z, client="outlook", locale="en-GB",
                  sig="Benedict Lau\nHead of Content Design\nKestrel Pay Pte. Ltd.\n8 Marina View, #20-01, Singapore 018960",
                  legal="This email is confidential and may be privileged. If you are not the intended recipient, "
                        "please delete it and notify the sender. Kestrel Pay Pte. Ltd. is licensed by the Monetary "
                        "Authority of Singapore as a Major Payment Institution. Kestrel Pay will never ask you for "
                        "your password or one-time PIN by email.")
camille = Person("Camille Rousseau", "camille.rousseau@atelier-lexique.example", "Europe/Paris", client="gmail",
                 locale="fr", sig="Camille Rousseau\nUX writer senior · Atelier Lexique\nParis")
hamish = Person("Hamish Doyle", "hamish.doyle@bluegum.example", "Australia/Sydney", client="gmail", locale="en-AU",
                sig="Hamish Doyle\nContent Design Manager, Bluegum Insurance\nSydney")
hamish2 = Person("Hamish Doyle", "hamish@saltbush.example", "Australia/Sydney", client="gmail", locale="en-AU",
                 sig="Hamish Doyle\nPrincipal Content Designer, Saltbush Studio\nSydney")
nora = Person("Nora Feldman", "nora.feldman@brightleaf.example", "America/Los_Angeles", client="outlook_html",
              locale="en-US", sig="Nora Feldman\nDirector of Content Design | Brightleaf\nSan Francisco, CA",
              legal="This message and any attachments are intended only for the addressee and may contain "
                    "information that is confidential or privileged. Brightleaf, Inc., 500 Howard St, San "
                    "Francisco, CA 94105.")
tom = Person("Tom Ashdown", "tom.ashdown@me.example", "Europe/London", client="apple", locale="en-GB")
yvonne = Person("Yvonne Seah", "yvonne.seah@gmail.example", Z, client="gmail", locale="en-GB")
kelvin = Person("Kelvin Lim", "kelvin.lim.jw@u.nus.example", Z, client="gmail", locale="en-GB")
rashid = Person("Rashid Kamal", "rashid.kamal@straitsledger.example", Z, client="outlook", locale="en-GB",
                sig="Rashid Kamal\nFeatures Editor, The Straits Ledger")

# ---------------------------------------------------------------- Benedict, introduced by Priscilla

t = Thread(farah, "Intro: Farah <> Benedict (journalism -> UX writing)")
ask(t, priscilla, [farah, benedict], "2026-01-30 17:40", """Benedict, meet Farah: we sat next to each other on the features desk for six years, and she's the best editor I know. She's moving into UX writing.

Farah, meet Benedict, who runs content design at Kestrel Pay and has been very patient with my questions about it.

I'll leave you two to it!
Pris""", kind="other")
t.reply(farah, benedict, "2026-02-02 09:14", """Thanks Pris (moving you to bcc)!

Benedict, lovely to meet you over email. As Pris says, I've spent twelve years as a features writer and editor, and I'm now retraining for UX writing. I'd love to hear how your team at Kestrel works with product and what you look for in writers from outside tech.

Could we find 30 minutes for a coffee in the next couple of weeks? I'm near Tiong Bahru and happy to come to you.

Farah""", kind="request",
        note="Thanks the introducer in passing, then asks the newly introduced person for a 30-minute coffee with no slot; request outranks the courtesy thanks, and the intro is only quoted.")
t.reply(benedict, farah, "2026-02-09 11:02", """Hi Farah,

Lovely to meet you too. Let's do Thursday the 12th at 8:30am at Common Man Coffee on Martin Road. Coffee's on me; Pris would never forgive me otherwise.

Regards,
Benedict""", kind="confirmation", meet=("2026-02-12 08:30", "hdr"), wd="Thu", rel="weekday",
        note="Fixes 'Thursday the 12th at 8:30am' and a place (an ordinal that matches the next Thursday after Monday 9 February, +0800); Outlook quoting and a long legal footer.")
t.reply(farah, benedict, "2026-02-12 13:26", """Dear Benedict,

Thank you for the coffee this morning, and for being so candid about the writing test and what makes you bin a portfolio in the first ten seconds. I've already cut my "about me" page by half.

I hope we can stay in touch, and please do send my love to the kopi at Common Man.

Farah""", kind="thank_you",
        note="Thanks Benedict for the coffee that morning and names what helped; 'stay in touch' is a courtesy, and the quoted confirmation does not decide.")
t.reply(benedict, farah, "2026-03-18 16:45", """Hi Farah,

Thought you'd like to know: we've opened a UX writer role on the payments team. The posting goes live on Monday and applications close on 10 April. I've told the hiring manager, Sheryl, about you, so she'll be looking out for your name.

Regards,
Benedict""", kind="update",
        note="News since the coffee (a role opened, he told the hiring manager); 'Monday' and '10 April' are posting and closing dates, not meetings, and no meeting is asked for.")
t.reply(farah, benedict, "2026-03-19 07:52", """Benedict, thank you so much for putting my name forward to Sheryl. It means a lot, especially from someone who has only known me for one coffee. I'll make sure the application does you credit.

Farah""", mobile=True, kind="thank_you",
        note="Thanks for a referral that already happened; the promise about the application is a courtesy, and the quoted text (his update about the role) does not decide.")
t.reply(farah, benedict, "2026-06-15 20:30", """Hi Benedict,

Closing the loop on the payments role: I made it to the final round, but they went with someone with more fintech experience. The good news is that Sheryl offered me a three-month contract on the onboarding revamp, starting 1 July, which I've accepted.

Thanks again for opening that door.

Farah""", kind="update",
        note="A 'closing the loop' note: the application result and an accepted contract from 1 July (a start date, not a meeting); 'thanks again' is a courtesy.")

send(farah, [priscilla], "2026-02-13 08:05", "your matchmaking", """Pris!

Reporting back on your matchmaking: Benedict and I had coffee yesterday and he was lovely. Very candid about what Kestrel looks for in UX writers, and he's offered to look at my portfolio once it's done.

Thanks again for the intro, I owe you a kaya toast.

F""", farah, mobile=True, kind="update",
     note="Tells the introducer how the meeting she arranged went (the contract's own update example); 'thanks again for the intro' and 'I owe you a kaya toast' are courtesies, not a thank-you note or a meeting ask.")

# ---------------------------------------------------------------- Camille (Paris)

t = Thread(farah, "Votre article sur la microcopie")
t.send(farah, [camille], "2026-09-07 15:10", """Bonjour Camille,

Je me permets de vous écrire après avoir lu votre article sur la microcopie des messages d'erreur, que j'ai partagé avec la moitié de mes contacts.

J'ai été journaliste pendant douze ans à Singapour et je me reconvertis dans l'UX writing. Auriez-vous une demi-heure pour un appel vidéo dans les semaines à venir ? Je m'adapterai volontiers au décalage horaire.

Bien cordialement,
Farah Iskandar""", lang="fr", kind="request",
       note="[fr] A cold ask for a half-hour video call 'dans les semaines à venir' with no slot; request.")
t.reply(camille, farah, "2026-09-09 18:22", """Bonjour Farah,

Merci beaucoup pour votre message, il m'a fait très plaisir.

Malheureusement, le moment est mal choisi : je pars en congé maternité à la fin de la semaine prochaine, et ce jusqu'en février. Je préfère ne rien promettre d'ici là.

Je vous souhaite une très belle reconversion !

Camille""", lang="fr", charset="windows-1252", kind="decline",
        note="[fr] Declines because of maternity leave ('je préfère ne rien promettre d'ici là') with no new date; 'jusqu'en février' is the end of the leave, and the thanks is courtesy. windows-1252.")
t.reply(farah, camille, "2027-03-01 10:40", """Bonjour Camille,

J'espère que la reprise se passe bien et que toute la famille va bien !

Je me permets de revenir vers vous maintenant que vous avez repris : seriez-vous disponible pour un appel en mars ou en avril ? Je suis assez flexible ; le plus simple serait sans doute un matin chez vous.

Bien à vous,
Farah""", lang="fr", kind="request",
        note="[fr] Renews the ask months after a leave-related refusal (quoted below); 'en mars ou en avril' and 'un matin chez vous' are flexibility, not a slot, so request.")
t.reply(camille, farah, "2027-03-24 09:12", """Bonjour Farah,

Avec plaisir ! Disons mardi 30 mars à 10 h, heure de Paris : 16 h pour vous, si je compte bien, puisque nous passons à l'heure d'été dimanche. Je vous envoie le lien Teams tout de suite.

À mardi !
Camille""", lang="fr", charset="windows-1252", enc="qp", kind="confirmation",
        meet=("2027-03-30 10:00", "Europe/Paris"), wd="Tue", rel="weekday",
        note="[fr] 'Disons mardi 30 mars à 10 h, heure de Paris' fixes the call; Paris moves to summer time on 28 March, so +02:00 although the Date header is +0100 (16 h in Singapore is the same instant).")

# ---------------------------------------------------------------- Hamish (Sydney)

t = Thread(farah, "A journalist's questions about content design")
t.send(farah, [hamish], "2026-09-24 12:05", """Hi Hamish,

I loved your Webdirections talk on plain-language insurance letters. I'm a journalist of twelve years retraining as a UX writer, and I'm trying to understand how content design teams are built in regulated industries.

Would you be open to a 30-minute video call sometime in the next few weeks? Singapore is only two hours behind Sydney (three once your clocks change), so most of your working day works for me.

Best,
Farah""", kind="request",
       note="A cold ask for a 30-minute call 'in the next few weeks'; the time-difference remark is context, not a proposed time.")
t.reply(hamish, farah, "2026-09-29 16:40", """G'day Farah,

Happy to. How about Tue 6 Oct or Thu 8 Oct, 11am Sydney time? Heads up: our clocks go forward this Sunday, so that'll be 8am for you, not 9.

Cheers,
Hamish""", kind="request",
        note="Offers two candidate days at 11am Sydney time and asks which; nothing is fixed yet, and the clock-change note is not a time.")
t.reply(farah, hamish, "2026-10-02 07:31", """Thursday please! Thank you Hamish, see you then.""", mobile=True,
        kind="confirmation", meet=("2026-10-08 11:00", "Australia/Sydney"), wd="Thu", rel="weekday",
        note="'Thursday please!' picks one quoted option; the time is only in the quote (Thu 8 Oct, 11am Sydney time), and Sydney switched to +11:00 on 4 October, while Farah's Date header is +0800 and the quoted proposal's was +1000.")
t.reply(hamish, farah, "2026-10-07 15:18", """Hi Farah,

Apologies, board prep has eaten tomorrow morning. I've moved us to half past twelve tomorrow instead (same Meet link, invite updated). Hope that still works at your end; if not, shout.

Hamish""", enc="b64", kind="confirmation", meet=("2026-10-08 12:30", "hdr"), rel="tomorrow",
        note="Moves the agreed call to a new fixed time, 'half past twelve tomorrow' (Thu 8 Oct 12:30 at the +1100 Date header, which Sydney also has that day); 'if not, shout' is a courtesy. Base64 body, and the quoted text still holds the old 11am.")
t.reply(farah, hamish, "2026-10-08 13:05", """Hi Hamish,

Thank you for this morning, and for squeezing me in around board prep. Your "every letter is a product" framing and the before-and-after examples were exactly what I needed to see. I'm going to rework my portfolio around one regulated-content case study, as you suggested.

Best,
Farah""", kind="thank_you",
        note="Thanks Hamish for the call that morning (12:30 Sydney is 9:30 in Singapore) and says what she will do; nothing asked or fixed.")
upd = t.reply(farah, hamish, "2027-01-06 09:20", """Hi Hamish,

Reporting back three months on, as promised: I started as a UX writer at Lantern Health on Monday 4 January. They told me the regulated-content case study you suggested I lead with was what got me the interview.

Thanks again, and happy new year!

Farah""", kind="update",
              note="News months after the call (started a new role on Monday 4 January, a start date, not a meeting); 'thanks again' is a courtesy and the quoted thank-you does not decide.")
t.reply(Person("Hamish Doyle", "hamish.doyle@bluegum.example", "Australia/Sydney", client="bulk"), farah,
        "2027-01-06 12:21", "", quote=False, subject="Out of Office: A journalist's questions about content design",
        client="bulk", fmt="plain", plain_text="""Hi, thanks for your email.

I'm on leave until Monday 25 January with no access to email. For anything urgent, please contact content-ops@bluegum.example.

Hamish""", headers=[("Auto-Submitted", "auto-replied")], kind="other",
        note="Out-of-office auto-reply to Farah's update; the return date is not a meeting and automated mail is other.")
t.reply(hamish2, farah, "2027-02-03 10:44", """Hi Farah,

Back from leave and caught up on your news. Congratulations, Lantern is lucky to have you!

Small news from my end too: I've left Bluegum and started at a design agency, Saltbush Studio. New address is this one; the old one stops working at the end of the month.

Cheers,
Hamish""", parent=upd, kind="update",
        note="Hamish's own news (new job, new address) in reply to hers; the congratulations are a courtesy.")

# ---------------------------------------------------------------- refusals

t = Thread(farah, "Your voice and tone guide")
ask(t, farah, nora, "2026-04-20 22:10", """Hi Nora,

Your voice and tone guide for Brightleaf is the one I keep going back to while I retrain from journalism into UX writing. Would you have 20 minutes for a video call in the coming weeks? I'm in Singapore, so I'd happily take an early-morning or late-evening slot.

Best,
Farah""")
t.reply(nora, farah, "2026-04-22 08:15", """Hi Farah,

Thanks so much for reaching out, and for the kind words about the voice and tone guide.

Unfortunately your timing is unlucky: Friday is my last day at Brightleaf. I'm taking the summer off before my next role, so I'm not in a position to take on any calls for now.

Wishing you the very best with the move into UX writing.

Warmly,
Nora""", kind="decline",
        note="Refuses because she is leaving the company ('Friday is my last day', a departure date, not a meeting) and taking the summer off, with no new date; HTML-only Outlook with a legal footer.")

t = Thread(farah, "Question from a journalist moving into content design")
ask(t, farah, tom, "2026-05-11 17:30", """Hi Tom,

Sarah Okoro mentioned you moved into content design a few years ago. I'm a journalist making the same move and would love 20 minutes of your time on a call, whenever suits.

Best wishes,
Farah""")
t.reply(tom, farah, "2026-05-12 09:05", """Hi Farah,

Kind of you to write, but I think I'd be wasting your time. I came into content design through engineering documentation and I've never hired a writer, so I'm really not the right person to advise on the journalism route.

Sorry not to be more use, and good luck!

Tom""", kind="decline",
        note="Declines by saying he is not the right person, with no redirect, no 'no' and no new date.")

t = Thread(farah, "UX writing - could I pick your brain?")
ask(t, farah, yvonne, "2026-07-17 12:00", """Hi Yvonne,

We met at the UX SG meetup in June. Could I pick your brain over a 20-minute call sometime this month?

Farah""")
t.reply(yvonne, farah, "2026-07-20 21:48", """Hi Farah!

Thank you for thinking of me, truly. I'm stretched very thin this quarter, so a call isn't going to work, but instead:

- the reading list I send everyone: https://notion.example/yvonne/uxw-reading
- the recording of my UX SG talk from last year, which covers most of what I'd say anyway: https://uxsg.example/talks/2025-yvonne-seah

Hope that helps, and good luck!
Yvonne""", kind="decline",
        note="A decline wrapped in thanks and resources ('a call isn't going to work, but instead' a reading list and a talk recording); no new date, so decline, not other or thank_you.")

t = Thread(farah, "Coffee chat? NUS student")
ask(t, kelvin, farah, "2026-11-09 23:10", """Hi Ms Iskandar,

I'm a final-year communications student at NUS and I'm interested in UX writing. Would you be available for a short coffee chat sometime this month?

Thank you,
Kelvin""")
t.reply(farah, kelvin, "2026-11-10 07:48", """So sorry Kelvin, can't this month, deadlines everywhere. Try me again in the new year.

Farah""", mobile=True, kind="decline",
        note="A terse mobile refusal that postpones to 'the new year' with no date; the quoted ask is a request and does not decide.")

# ---------------------------------------------------------------- work, bulk and friends

send(rashid, [farah], "2026-04-02 10:05", "Freelance contract - need signature by 3pm", """Farah,

Can you sign the attached freelance contract and send it back by 3pm today? Finance won't release the March invoice payments without it, and I'd rather you got paid before the long weekend.

Thanks,
R""", farah, attach=[("freelance-contract-2026.pdf", "application/pdf", b"%PDF-1.4\n% contract\n%%EOF\n")],
     kind="other", note="An editor asks for a signed form by 3pm today; a work ask with a deadline, not a meeting, so other.")

send(priscilla, [farah], "2026-05-02 19:33", "RIP", """Ok this is random, but I had kaya toast at the kopitiam near our old office today and thought of our 3pm deadline runs. Miss you!

Hope the portfolio's coming along!
P""", farah, mobile=True, kind="other",
     note="Personal chit-chat from a friend (nostalgia, 'miss you') with no ask, no news and no thanks; 'hope the portfolio's coming along' is a pleasantry, so other.")

bulk("UX Writing Hub", "hello@uxwritinghub.example", "America/New_York", farah, "2026-06-11 09:00",
     "This week: error messages that don't blame the user", farah, """UX Writing Hub - Weekly

This week: error messages that don't blame the user, and a teardown of three airline check-in flows.

Live workshop: "Microcopy for money" - Thursday 18 June, 7pm SGT. Seats are limited.

Job board: 12 new UX writing roles, 3 in APAC.

You're receiving this because you subscribed at uxwritinghub.example. Unsubscribe | Manage preferences""",
     "Weekly newsletter with List headers; the live workshop time is an event for subscribers, not a meeting with Farah.",
     headers=[("List-Id", "UX Writing Hub Weekly <weekly.uxwritinghub.example>"),
              ("List-Unsubscribe", "<mailto:unsubscribe@uxwritinghub.example>"), ("Precedence", "bulk")],
     fmt="html")

bulk("Zoom", "no-reply@zoom.example", "America/Los_Angeles", farah, "2026-08-14 02:15",
     "Content Design at Scale Confirmation", farah, """Hi Farah Iskandar,

Thank you for registering for "Content Design at Scale".

Date & Time: Aug 27, 2026 09:00 AM Singapore

Join from PC, Mac, iPad, or Android: https://zoom.example/w/98172635412

You can cancel your registration at any time.

Please do not reply to this email.""",
     "Automated webinar registration from a no-reply sender; 'thank you for registering' is not thanks for help, and the webinar time is an event, not a meeting with a person.",
     headers=[("Auto-Submitted", "auto-generated")])
