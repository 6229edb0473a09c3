"""Aroha Ngata, architect in Auckland moving into service design (Outlook on the web, iPhone).

Contacts in Wellington, Melbourne, Vancouver, Munich (German) and Honolulu;
February 2026 to February 2027, across New Zealand's April and September
switches, the EU switch and the US switch of 1 November.
"""

from c3 import Person, Thread, ask, bulk, cal, send

Z = "Pacific/Auckland"

GOVT = ("This email message and any attachment(s) is intended solely for the addressee(s) named above. The "
        "information it contains may be classified and may be legally privileged. If you have received this "
        "message in error, please notify the sender and delete it. Any views expressed in this message are those "
        "of the individual sender and may not necessarily reflect the views of Te Manatū Ratonga - Ministry of "
        "Public Services.")

aroha = Person("Aroha Ngata", "aroha.ngata@harakekemail.example", Z, client="owa", locale="en-GB",
               sig="Aroha Ngata\nArchitect (ANZIA) · Service design in training\n+64 21 555 0192")
hemi = Person("Hemi Rāwiri", "hemi.rawiri@ratonga.govt.example", Z, client="outlook", locale="en-GB",
              sig="Hemi Rāwiri\nPrincipal Service Designer | Kaihoahoa Ratonga Matua\nTe Manatū Ratonga - Ministry of Public Services\nWellington",
              legal=GOVT)
rangi = Person("Rangi Tomoana", "rangi.tomoana@ratonga.govt.example", Z, client="outlook", locale="en-GB",
               sig="Rangi Tomoana\nSenior Policy Advisor\nTe Manatū Ratonga - Ministry of Public Services", legal=GOVT)
mei = Person("Mei Tanaka", "mei.tanaka@ratonga.govt.example", Z, client="outlook", locale="en-GB")
jess = Person("Jess McAllister", "jess@wattleandco.example", "Australia/Melbourne", client="gmail", locale="en-AU",
              sig="Jess McAllister\nService Design Director, Wattle & Co.\nMelbourne")
devin = Person("Devin Chu", "devin.chu@cascadiahealth.example", "America/Vancouver", client="outlook",
               locale="en-US", sig="Devin Chu\nDirector, Patient Experience Design\nCascadia Health | Vancouver, BC")
florian = Person("Florian Huber", "florian.huber@formwerk-muc.example", "Europe/Berlin", client="gmail", locale="de",
                 sig="Florian Huber\nService Design Lead · Formwerk München")
florian2 = Person("Florian Huber", "florian.huber@kompass-hh.example", "Europe/Berlin", client="gmail", locale="de",
                  sig="Florian Huber\nHead of Service Design · Kompass Hamburg")
leilani = Person("Leilani Kahale", "leilani.kahale@alohahealth.example", "Pacific/Honolulu", client="gmail",
                 locale="en-US", sig="Leilani Kahale\nService Design Manager, Aloha Health Partners\nHonolulu")
brendan = Person("Brendan Hohaia", "brendan.hohaia@aut-students.example", Z, client="gmail", locale="en-GB")
olivia = Person("Olivia Grant", "olivia.grant@tangramdesign.example", "Australia/Sydney", client="outlook_html",
                locale="en-AU", sig="Olivia Grant\nPeople & Culture Partner\nTangram Design | Sydney · Auckland · Singapore",
                legal="Tangram Design Pty Ltd ABN 12 345 678 901. This email is confidential. If you are not the "
                      "intended recipient, please notify us and delete it. We respect your privacy: see "
                      "tangramdesign.example/privacy.")
kiri = Person("Kiri Anderson", "kiri.anderson@gmail.example", Z, client="iphone", locale="en-GB")
tevita = Person("Tevita Fifita", "tevita@fifita-ngata.example", Z, client="outlook", locale="en-GB",
                sig="Tevita Fifita\nDirector | Fifita Ngata Architects")

# ---------------------------------------------------------------- Hemi (Wellington)

t = Thread(aroha, "Architect moving into service design - a kōrero?")
t.send(aroha, [hemi], "2026-03-24 20:10", """Kia ora Hemi,

I heard you speak at the Designing for Public Good hui last month and I haven't stopped thinking about your story of redesigning the benefit-application journey.

I've been an architect for fourteen years and I'm moving into service design. Would you have half an hour for a video call in the next few weeks? I'd love to hear how the Ministry brings in people from other design disciplines.

Ngā mihi,
Aroha""", kind="request",
       note="Asks for a half-hour video call 'in the next few weeks' with no slot; request.")
t.reply(hemi, aroha, "2026-03-27 11:45", """Kia ora Aroha,

Ka pai, happy to help. Any of these suit?

Mon 6 April, 2-4pm
Wed 8 April, 10-11am
Fri 10 April, after 3pm

Note the clocks go back on the Sunday before, in case your calendar gets confused.

Ngā mihi,
Hemi""", kind="request",
        note="Three candidate windows for Aroha to choose from (Mon 6, Wed 8, Fri 10 April); nothing is fixed, and the clock-change note is not a time. Government legal footer.")
t.reply(aroha, hemi, "2026-03-30 07:55", """Kia ora Hemi,

Wednesday 8 April at 10:30am NZ time, please. I've sent a Teams invitation for half an hour.

Ngā mihi,
Aroha""", kind="confirmation", meet=("2026-04-08 10:30", "Pacific/Auckland"), wd="Wed",
        cal=cal("REQUEST", "Aroha / Hemi - service design kōrero", "2026-04-08 10:30", "2026-04-08 11:00", Z, "tzid",
                aroha, [aroha, hemi], "2026-03-30 07:55", prodid="Microsoft Exchange Server 2010",
                location="Microsoft Teams Meeting"),
        note="Picks 10:30 inside the quoted Wed 8 April window and sends a METHOD:REQUEST with TZID=Pacific/Auckland; New Zealand leaves daylight time on 5 April, so the invite gives +12:00 while the Date header is +1300.")
t.reply(hemi, aroha, "2026-04-07 16:20", """Kia ora Aroha, looking forward to tomorrow at half past ten. I'll have our journey-mapping wall up behind me, so don't be alarmed.

Hemi""", kind="confirmation", meet=("2026-04-08 10:30", "hdr"), rel="tomorrow",
        note="Confirms an already agreed call the day before ('tomorrow at half past ten' = Wed 8 April 10:30); the Date header is +1200 after the NZ switch, matching Wellington that day.")
t.reply(aroha, hemi, "2026-04-08 13:02", """Kia ora Hemi,

Ngā mihi nui for this morning. The wall was not alarming; it was inspiring. Your advice to reframe my building-consent work as "designing a service with a very strict API" made me laugh and then made me rewrite my CV.

Thank you for your generosity.

Aroha""", kind="thank_you",
        note="Thanks Hemi for the call that morning (te reo Māori 'ngā mihi nui' plus English) and says what helped; nothing asked or fixed.")
t.reply(hemi, aroha, "2026-08-10 09:30", """Kia ora Aroha,

Closing the loop, as promised: the service design lead role I mentioned is now advertised on the government jobs site. Applications close 28 August. I've let the panel chair know you may apply.

Ngā mihi,
Hemi""", kind="update",
        note="News since the call (the role is advertised, the panel chair told); '28 August' is an application deadline, not a meeting.")
t.reply(aroha, hemi, "2026-11-16 19:40", """Kia ora Hemi,

Thanks again for the heads-up in August. I applied, had the interview in October, and accepted the offer last week! I start on Monday 18 January.

See you in the corridors, presumably.

Aroha""", kind="update",
        note="Reports the outcome months later (accepted the offer, starts Monday 18 January); the start date is not a meeting, 'see you in the corridors' fixes nothing, and 'thanks again' is a courtesy.")

t = Thread(aroha, "Service design at the Ministry")
ask(t, aroha, rangi, "2026-03-10 09:00", """Kia ora Rangi,

I'm an architect moving into service design and I understand you work at Te Manatū Ratonga. Would you have 20 minutes for a chat sometime this month?

Aroha""")
t.reply(rangi, aroha, "2026-03-11 14:25", """Kia ora Aroha,

Thanks for getting in touch. I'm not the best person for this, to be honest: I'm on the policy side and barely touch the design work. Mei Tanaka in our Auckland office does far more of it and is lovely; I've copied her in so she can pick this up.

Ngā mihi,
Rangi""", cc=[mei], kind="decline",
        note="Redirects to a copied colleague ('I'm not the best person ... I've copied her in'); that refuses a chat with Rangi himself without a 'no' and with no date, so decline, not request.")

# ---------------------------------------------------------------- Jess (Melbourne)

t = Thread(aroha, "Kia ora from an architect in Auckland")
ask(t, aroha, jess, "2026-05-11 21:30", """Hi Jess,

I loved your Service Design Day talk on hospital wayfinding. I'm an architect moving into service design; would you be up for a video call in the next few weeks?

Aroha""")
t.reply(jess, aroha, "2026-05-12 08:40", """Aroha!! Yes, love this. Throw me a couple of times that suit you and I'll make one work.

Jess x""", kind="request",
        note="Agrees to meet and asks Aroha for times ('throw me a couple of times'); no time is proposed or fixed, so request.")
t.reply(aroha, jess, "2026-05-13 10:15", """Amazing, thank you! Any of these?

Tue 19 May, 1-3pm
Thu 21 May, after 4pm
Fri 22 May, morning

All NZ time. You're two hours behind, I think.

Aroha""", kind="request",
        note="A slot list with three candidate windows for Jess to choose from; nothing is fixed.")
t.reply(jess, aroha, "2026-05-16 09:05", """Thursday! 2:30pm Melbourne time (4:30 yours). Sending a Meet link now.

J x""", mobile=True, kind="confirmation", meet=("2026-05-21 14:30", "Australia/Melbourne"), wd="Thu",
        rel="weekday",
        note="Picks Thursday and fixes '2:30pm Melbourne time' (4:30 in Auckland, inside the quoted 'after 4pm' window); Thursday after a Saturday Date is 21 May, +10:00.")
bulk("Bookwell", "notifications@bookwell.example", "UTC", aroha, "2026-06-15 03:12",
     "Canceled: Sam Petrakis - 30 Minute Chat - 10:00am Thu, Jun 18, 2026", aroha, """Hi Aroha Ngata,

The event below has been canceled.

Event type: 30 Minute Chat
Host: Sam Petrakis
Event date/time: 10:00am - 10:30am (New Zealand Time), Thursday, June 18, 2026

Canceled by: Sam Petrakis
Reason for canceling: "Clash with a client workshop, sorry! Rebooking for next week."

Book a new time: https://bookwell.example/sam-petrakis/30min

Sent by Bookwell.""",
     "A scheduling service's cancellation notice with a person's reason quoted; it cancels a meeting, but notifications sent by a service are other, not decline.",
     headers=[("Auto-Submitted", "auto-generated"), ("Reply-To", "Sam Petrakis <sam@wattleandco.example>")])
t.reply(aroha, jess, "2026-06-30 20:20", """Hi Jess,

Reporting back on your intro: Sam and I finally talked on Friday (after one booking-system mishap), and she's offered me a two-week trial project on the hospital wayfinding work in August. I can't quite believe it.

Thanks again for connecting us!

Aroha""", kind="update",
        note="Tells the introducer how the meeting she arranged went and what came of it; 'thanks again' is a courtesy, and the quoted text is Jess's confirmation.")

# ---------------------------------------------------------------- Devin (Vancouver)

t = Thread(aroha, "Aroha / Devin - patient experience design")
t.send(devin, [aroha], "2026-10-28 15:02", """Hi Aroha,

Sending the invite for what we landed on: Wednesday Nov 4, 1:00 pm Pacific, which should be Thursday 10:00 am for you. Talk soon!

Devin""",
       cal=cal("REQUEST", "Aroha / Devin - patient experience design", "2026-11-04 13:00", "2026-11-04 13:30",
               "America/Vancouver", "win", devin, [devin, aroha], "2026-10-28 15:02",
               tzid="Pacific Standard Time", prodid="Microsoft Exchange Server 2010",
               location="Microsoft Teams Meeting"),
       kind="confirmation", meet=("2026-11-04 13:00", "America/Vancouver"), wd="Wed",
       note="An Outlook invite (Windows TZID 'Pacific Standard Time') for Wed Nov 4 13:00; the invite wins, and after the North American switch on 1 November that is -08:00 while the Date header is -0700. The restatement in Aroha's zone is the same instant.")
t.reply(aroha, devin, "2026-11-05 11:10", """Hi Devin,

Thank you so much for this morning. Hearing how Cascadia moved patient-experience design out of the comms team and into operations gave me a whole new way to pitch my architecture background.

Ngā mihi,
Aroha""", kind="thank_you",
        note="Thanks Devin for the call that morning (Thursday 10:00 in Auckland); the quoted invite is a confirmation and does not decide.")
t.reply(devin, aroha, "2027-02-16 13:30", """Hi Aroha,

Quick update: the Wellington partnership I mentioned got funded, so there will be a small patient-experience team there. They'll start hiring after Easter, so keep an eye on our careers page from April.

Also, congrats on the Ministry role, I saw it on LinkedIn!

Devin""", kind="update",
        note="News since the call (a team got funded, hiring after Easter); 'from April' is a hiring window, not a meeting, and the congratulations are a courtesy.")

# ---------------------------------------------------------------- Florian (Munich)

t = Thread(aroha, "Service design across hemispheres")
ask(t, aroha, florian, "2026-06-22 19:00", """Hi Florian,

We met at the Service Design Global Conference online last year. I'm moving from architecture into service design and would love a video call with you if you have time.

Aroha""")
t.reply(florian, aroha, "2026-06-24 10:15", """Liebe Aroha,

sehr gern! Wie wäre es mit einem Videocall? Mir passen Dienstag oder Donnerstag nächste Woche, jeweils ab 20 Uhr meiner Zeit, das ist bei Ihnen dann früh morgens. Was ist Ihnen lieber?

Viele Grüße
Florian""", lang="de", kind="request",
        note="[de] Offers two candidate evenings (Tuesday or Thursday next week from 20 Uhr) and asks which she prefers; nothing is fixed.")
ask(t, aroha, florian, "2026-06-25 07:30", """Danke Florian! Thursday at 20:00 your time works for me (06:00 Friday here; I'll have the coffee ready).

Aroha""", kind="confirmation")
t.reply(florian, aroha, "2026-07-01 18:50", """Liebe Aroha,

es tut mir sehr leid, aber ich muss unseren Termin morgen Abend absagen. Bei uns ist kurzfristig ein großes Projekt in die heiße Phase gegangen, und ich sitze jeden Abend bis spät im Büro.

Ich möchte Ihnen jetzt keinen neuen Termin versprechen, den ich dann wieder verschieben muss. Ich melde mich, sobald es ruhiger wird.

Herzliche Grüße
Florian""", lang="de", charset="windows-1252", kind="decline",
        note="[de] Cancels the agreed call 'morgen Abend' and explicitly offers no new date ('keinen neuen Termin versprechen'); the quoted text is Aroha's confirmation with the 20:00 time and must not decide.")
t.reply(florian2, aroha, "2026-12-02 21:05", """Liebe Aroha,

kurzes Update von mir: Ich bin seit Oktober bei einer Agentur in Hamburg und leite dort das Service-Design-Team. Meine neue Adresse sehen Sie oben.

Und ich habe gehört, dass Sie die Stelle in Wellington bekommen haben: herzlichen Glückwunsch!

Viele Grüße
Florian""", lang="de", charset="windows-1252", enc="qp", kind="update",
        note="[de] Florian's own news (new job in Hamburg since October, new address) plus congratulations; nothing asked, and the quoted cancellation does not decide.")

# ---------------------------------------------------------------- refusals

t = Thread(aroha, "Service design in healthcare - a quick question")
ask(t, aroha, leilani, "2026-02-16 12:00", """Aloha Leilani,

I'm an architect in Auckland moving into service design, and your work on clinic wayfinding in Honolulu is exactly the kind of thing I want to do. Would you have 20 minutes for a call sometime in the next month?

Aroha""")
t.reply(leilani, aroha, "2026-02-17 16:35", """Aloha Aroha,

Thank you for the lovely note! I'm afraid the timing isn't great: our baby is due any day now and I'm about to start four months of parental leave, so I'm not taking on anything new until I'm back.

I hope you understand, and I'm cheering you on.

Warmly,
Leilani""", kind="decline",
        note="Refuses because of parental leave ('not taking on anything new until I'm back'); the leave length is not a new date and the thanks is courtesy.")

t = Thread(aroha, "Folio advice?")
ask(t, brendan, aroha, "2026-09-14 21:10", """Kia ora Aroha,

I'm a third-year architecture student at AUT thinking about service design. Could we meet for a coffee sometime so I could show you my folio?

Brendan""")
t.reply(aroha, brendan, "2026-09-15 07:12", """Sorry Brendan, I can't take this on right now. Good luck with the folio!""",
        mobile=True, kind="decline",
        note="A one-line mobile refusal of the quoted coffee ask, with no reason and no new date.")

t = Thread(aroha, "Informational interview - service design at Tangram")
ask(t, aroha, olivia, "2026-07-06 10:00", """Kia ora Olivia,

I'm an architect moving into service design, and Tangram's public-sector work is exactly what I aspire to. Would someone on the team have 20 minutes for an informational interview?

Ngā mihi,
Aroha""")
t.reply(olivia, aroha, "2026-07-07 11:20", """Dear Aroha,

Thank you for your interest in Tangram Design.

As a matter of policy, our team doesn't hold informational interviews with prospective applicants; we find it's the fairest approach for everyone. All current opportunities are listed on our careers page, and we'd welcome your application there.

Kind regards,
Olivia""", kind="decline",
        note="A company-policy refusal of an informational interview, politely worded and pointing to the careers page; HTML-only Outlook with a legal footer.")

# ---------------------------------------------------------------- work, bulk and friends

send(tevita, [aroha], "2026-02-19 10:35", "Consent set rev C - need your sign-off by 3pm", """Aroha,

Need your sign-off on the consent drawings set (rev C) by 3pm today so we can lodge with council before the weekend. Markups attached; the main change is the stair balustrade detail on A-301.

Cheers,
Tevita""", aroha, attach=[("consent-set-revC-markups.pdf", "application/pdf", b"%PDF-1.4\n% markups\n%%EOF\n")],
     kind="other", note="A work colleague asks for a sign-off by 3pm today; a deadline on a non-meeting task, so other.")

bulk("Service Design Academy", "enrolments@servicedesignacademy.example", "Europe/London", aroha, "2026-05-20 22:00",
     "Enrolment confirmed: Service Design Fundamentals (June cohort)", aroha, """Kia ora Aroha,

Thanks for enrolling in Service Design Fundamentals. Your payment of NZD 1,490.00 has been received.

Your cohort starts on Monday 1 June. Your first live session is at 7pm NZST, and the recording will be available afterwards.

See you in class!
The Service Design Academy team

This is an automated message from a no-reply address.""",
     "Automated enrolment receipt; 'thanks for enrolling' is not thanks for help, and the course start is not a meeting with a person.",
     headers=[("Auto-Submitted", "auto-generated")])

bulk("SDN Aotearoa", "chapter@sdn-aotearoa.example", Z, aroha, "2026-07-13 09:00", "SDN Aotearoa - July pānui", aroha,
     """Service Design Network Aotearoa - July pānui

Kia ora koutou! Our next Auckland meetup is on Wednesday 22 July, 5:30pm at GridAKL. Two short talks on co-design with iwi partners, then kai.

Call for speakers for the Spring Showcase is open until 14 August.

You're receiving this as a member of SDN Aotearoa. Unsubscribe: https://sdn-aotearoa.example/unsubscribe""",
     "Chapter newsletter with List headers announcing a meetup; the date and time are for the whole list, not a meeting with Aroha.",
     headers=[("List-Id", "SDN Aotearoa <members.sdn-aotearoa.example>"),
              ("List-Unsubscribe", "<https://sdn-aotearoa.example/unsubscribe>"), ("Precedence", "list")])

send(kiri, [aroha], "2026-09-20 18:44", "hokianga!!", """Saw your photo from the Hokianga, so jealous. That beach! That light! That's all. That's the message.

K""", aroha, kind="other",
     note="Personal chit-chat from a friend on a phone reacting to a photo: no ask, no news, no thanks; other.")
