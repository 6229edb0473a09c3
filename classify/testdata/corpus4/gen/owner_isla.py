"""Isla Marangoni, Perth (AWST, +08:00, no DST): mine-site geologist moving into climate risk.

Apple Mail and iPhone, Australian English. Contacts in Sydney (Outlook; DST
ends first Sunday of April, starts first Sunday of October), Auckland,
Singapore (Outlook on the web), Québec City (French, Outlook on the web),
Hamburg (German, Thunderbird) and Perth, plus a booking service and a
Québec newsletter.
"""

from c4 import Person, Thread, answer, bulk, forward, hidden, invite, send, subject_b64  # noqa: F401
import corpus

O = isla = Person("Isla Marangoni", "isla.marangoni@marangoni-i.example", "Australia/Perth", client="apple",
                  locale="en-AU", sig="Isla Marangoni\nSenior Geologist, moving into climate risk\nPerth WA · 0412 555 093")
declan = Person("Declan Fitzroy", "declan.fitzroy@southerly-advisory.example", "Australia/Sydney", client="outlook",
                locale="en-AU",
                sig="Declan Fitzroy | Director, Physical Climate Risk\nSoutherly Advisory | Level 12, 1 Bligh St, Sydney NSW 2000")
aroha = Person("Aroha Kingi", "aroha.kingi@tuhono.example", "Pacific/Auckland", client="gmail", locale="en-NZ",
               sig="Aroha Kingi (she/her)\nClimate Adaptation Lead | Tūhono Consulting\nTāmaki Makaurau Auckland")
weijie = Person("Lim Wei Jie", "weijie.lim@straits-re.example", "Asia/Singapore", client="owa", locale="en-SG",
                sig="Lim Wei Jie | VP, Climate Analytics | Straits Re")
elodie = Person("Élodie Bergeron", "elodie.bergeron@borealclimat.example", "America/Toronto", client="owa",
                locale="fr-CA",
                sig="Élodie Bergeron, géo., M. Sc.\nConseillère principale, risques climatiques\nBoréal Climat · Québec (Québec)")
friederike = Person("Friederike Sommer", "f.sommer@elbgeo.example", "Europe/Berlin", client="thunderbird", locale="de",
                    sig="Friederike Sommer\nElbGeo Consult · Hamburg", sigsep=True)
callum = Person("Callum Reid", "callum.reid@westclimate.example", "Australia/Perth", client="gmail", locale="en-AU",
                sig="Callum")

# ---------------------------------------------------------------- Declan, Sydney

t = Thread(O, "Geologist looking at physical climate risk")
t.msgs.append(hidden(t.send(isla, [declan], "2026-03-23 14:10", """Hi Declan,

Nadia at the AusIMM breakfast said you were the person to ask about moving from mine geology into physical climate risk. Would you have half an hour for a call in the next few weeks?

Cheers,""", kind="request", note="(quoted only)")))
t.reply(declan, isla, "2026-03-24 16:00", """Hi Isla,

Nadia's right, I love this question. Let's lock in Tue 7/4, 10am Sydney time. I've sent a Teams invite for that slot; if it doesn't suit, just decline it and propose another.

Cheers,
Declan""", kind="confirmation", meet=("2026-04-07 10:00", "Australia/Sydney"), wd="Tue",
        note="Fixes 'Tue 7/4, 10am Sydney time' (Australian day/month: 7 April, not July 4, which is a Saturday) and says the invite is sent; Sydney leaves DST on 5 April, so +10:00 although the Date header is +1100. 'decline it and propose another' is a courtesy.")
t.reply(isla, declan, "2026-04-07 09:30", """Hi Declan,

Thanks heaps for this morning's chat. The idea of pitching my drill-core logging experience as "ground truthing for hazard models" is going straight into my CV, and I've already downloaded the TCFD guidance you mentioned.

Cheers,""", kind="thank_you",
        note="Thanks for the call that morning (10:00 Sydney = 08:00 Perth) and names what was useful; no new ask.")
send(declan, [isla], "2026-05-14 12:15", "FYI: analyst role approved", """Hi Isla,

FYI, the graduate-plus analyst role we talked about has been approved. HR will post it in June, and I've flagged your name to them so they know to look out for you.

Cheers,
Declan""", O, kind="update",
     note="News since the call (role approved, her name flagged); 'in June' is a posting date, not a meeting.")

# ---------------------------------------------------------------- Aroha, Auckland

t = Thread(O, "Adaptation work in Aotearoa: a question")
t.send(isla, [aroha], "2026-04-15 15:20", """Kia ora Aroha,

I'm a geologist in Perth moving into climate risk, and I loved your piece on managed retreat in Hawke's Bay. Would you be up for a 30-minute video call sometime in the next fortnight? Happy to work around you.

Cheers,""", kind="request",
       note="Asks for a 30-minute video call 'in the next fortnight': a window, not a slot.")
t.reply(aroha, isla, "2026-04-16 10:05", """Kia ora Isla,

Sweet as, let's do Thursday 30 April at 2pm NZ time. I'll send a Meet link closer to the day.

Ngā mihi,
Aroha""", kind="confirmation", meet=("2026-04-30 14:00", "Pacific/Auckland"), wd="Thu",
        note="Fixes 'Thursday 30 April at 2pm NZ time' ('Sweet as' is NZ for fine); NZ named, +12:00 after New Zealand left DST on 5 April.")
send(aroha, [isla], "2026-05-04 11:30", "Thank you for the borehole summary!", """Kia ora Isla,

Thanks heaps for sending through the borehole data summary after our call. It saved our modeller about a week, and it's already in our coastal erosion model for Whakatāne.

Ngā mihi nui,
Aroha""", O, kind="thank_you",
     note="A contact thanks the owner for concrete help (the data summary she sent); received thank-yous are still thank_you, and the model news is secondary.")

# ---------------------------------------------------------------- Wei Jie, Singapore

t = Thread(O, "Climate analytics in reinsurance")
t.send(isla, [weijie], "2026-05-07 13:40", """Dear Wei Jie,

Aroha Kingi suggested I get in touch. I'm a geologist in Perth exploring climate risk roles, and I'd love to hear how a reinsurer uses hazard data. Could we have a 30-minute call in the next couple of weeks?

Kind regards,""", kind="request",
       note="A referral ask for a 30-minute call 'in the next couple of weeks'; no slot.")
t.msgs.append(hidden(t.reply(weijie, isla, "2026-05-08 09:00", """Hi Isla, happy to. Please grab any slot on my SlotBook page: https://slotbook.example/weijie/30min

Wei Jie""", kind="request", note="(quoted only)")))
bulk("SlotBook", "no-reply@slotbook.example", "UTC", isla, "2026-05-08 05:21",
     "Confirmed: 30 min with Lim Wei Jie on Monday, 18 May 2026", O,
     """Hi Isla Marangoni,

You're booked!

30 min with Lim Wei Jie
Monday, 18 May 2026
9:00 am - 9:30 am (Singapore Standard Time)
Microsoft Teams (link in the calendar invitation)

Need to make changes? Reschedule: https://slotbook.example/r/8fk2q  Cancel: https://slotbook.example/c/8fk2q

Powered by SlotBook. You are receiving this email because you booked an event.""",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     note="Scheduling service's booking confirmation from a no-reply address with an exact slot; calendar notifications sent by a service are other, even for a meeting the owner asked for.")
t.reply(weijie, isla, "2026-05-17 20:00", """Hi Isla,

Looking forward to tomorrow 9am. I'll call you on Teams; if the link misbehaves, my mobile is +65 9555 0128.

Best,
Wei Jie""", kind="confirmation", meet=("2026-05-18 09:00", "hdr"), rel="tomorrow", wd="Mon",
        note="Confirms the booked call shortly before: 'tomorrow 9am' from a Sunday Date, no zone named, so the Date header's +0800 (Singapore, same as Perth). The phone number is not a time.")

# ---------------------------------------------------------------- Declan: progress report

t = Thread(O, "Geologist looking at physical climate risk")
t.send(isla, [declan], "2026-07-02 17:45", """Hi Declan,

A quick progress report: I finished the UNSW short course on climate risk disclosure last week (passed!), applied for your graduate-plus role and two others, and have a first interview with a Perth consultancy on Monday.

Hope winter in Sydney is treating you well.

Cheers,""", subject="Progress report from Perth", kind="update",
       note="Keeps the contact posted (course finished, applications sent, an interview on Monday with someone else); the interview is not a meeting with Declan and nothing is asked.")

# ---------------------------------------------------------------- Élodie, Québec (French)

t = Thread(O, "Salut de Perth!")
t.msgs.append(hidden(t.send(isla, [elodie], "2026-06-15 20:00", """Salut Élodie,

Ça fait longtemps! Je me réoriente vers les risques climatiques et j'aimerais beaucoup avoir ton avis. Aurais-tu du temps pour un appel?

Isla""", sig=False, kind="request", lang="fr", note="(quoted only)")))
t.reply(elodie, isla, "2026-06-16 09:25", """Allô Isla!

Quelle belle surprise! Ça me fait vraiment plaisir d'avoir de tes nouvelles.

C'est réservé : jeudi le 25 juin, 19 h 30, heure de l'Est. Je t'envoie le lien Teams par courriel.

Bon été (ou bon hiver, chez vous!),
Élodie""", fmt="html", kind="confirmation", lang="fr", meet=("2026-06-25 19:30", "America/Toronto"), wd="Thu",
        note="[fr] Québec French ('Allô', 'jeudi le 25 juin', 'courriel'): 'C'est réservé : jeudi le 25 juin, 19 h 30, heure de l'Est' fixes an evening call; Eastern time named, -04:00. HTML-only Outlook on the web with <div id=\"divRplyFwdMsg\"> quoting.")
t.reply(isla, elodie, "2026-06-26 10:05", """Chère Élodie,

Merci mille fois pour l'appel de ce matin (ta soirée!). Ton conseil de me présenter comme « la géologue qui sait où l'eau va aller » m'a fait rire, mais je vais l'utiliser.

Par contre, pour la présentation à ton équipe qu'on avait fixée au jeudi 9 juillet, je dois annuler : je pars six semaines sur le terrain dans le Pilbara, sans réseau. Je te relance à mon retour, promis.

Bises,""", sig=False, kind="decline", lang="fr",
        note="[fr] Thanks for the call, then cancels the presentation fixed for jeudi 9 juillet with no new date ('Je te relance à mon retour'): decline outranks thank_you. The 9 July date is the cancelled meeting.")
bulk("Climat Québec", "infolettre@climatquebec.example", "America/Toronto", isla, "2026-07-08 06:00",
     "Infolettre de juillet : webinaire sur les inondations et offres d'emploi", O,
     """Bonjour Isla,

Au programme de votre infolettre de juillet :

- Webinaire « Cartographier les zones inondables » le mercredi 22 juillet à 12 h (heure de l'Est). Inscription gratuite.
- Trois offres d'emploi en adaptation climatique à Québec et à Montréal.

Vous recevez ce courriel parce que vous êtes abonnée à l'infolettre de Climat Québec. Se désabonner : https://climatquebec.example/desabonnement?c=im-5512""",
     headers=[("List-Id", "Infolettre Climat Quebec <infolettre.climatquebec.example>"),
              ("List-Unsubscribe", "<https://climatquebec.example/desabonnement?c=im-5512>"),
              ("Precedence", "bulk")],
     lang="fr",
     note="[fr] Québec newsletter ('infolettre', 'Se désabonner', List-Unsubscribe) with a webinar date and time; bulk mail to a list is other.")

# ---------------------------------------------------------------- Callum, Perth

t = Thread(O, "Coffee?")
t.msgs.append(hidden(t.send(isla, [callum], "2026-08-04 18:00", """Hi Callum,

Declan Fitzroy mentioned you moved from mining to climate risk in Perth. Any chance of a coffee one weekend?

Isla""", sig=False, kind="request", note="(quoted only)")))
t.msgs.append(hidden(t.reply(callum, isla, "2026-08-05 21:10", """Hey Isla, for sure. I'm free Saturday morning or Sunday arvo, whichever suits.

Callum""", kind="request", note="(quoted only)")))
t.reply(isla, callum, "2026-08-06 07:50", """Saturday morning it is: half past eight at Hylin in Leederville. I'll grab a table outside if it's not pouring.

Isla""", client="iphone", sig=False, kind="confirmation", meet=("2026-08-08 08:30", "hdr"), rel="weekday", wd="Sat",
        note="Picks one of two offered windows and fixes 'Saturday morning ... half past eight' (08:30); the bare weekday from a Thursday Date is 8 August, no zone named, so the Date header's +0800 (Perth).")

# ---------------------------------------------------------------- Friederike, Hamburg (German)

t = Thread(O, "Lange nichts gehört!")
t.msgs.append(hidden(t.send(isla, [friederike], "2026-08-17 19:30", """Liebe Friedi,

lange nichts gehört! Ich wechsle gerade in Richtung Klimarisiken und würde dich gern mal ausfragen, wie ihr das bei ElbGeo macht. Hast du diese Woche Zeit für einen Call?

Liebe Grüße
Isla""", sig=False, kind="request", lang="de", note="(quoted only)")))
t.reply(friederike, isla, "2026-08-19 09:12", """Liebe Isla,

wie schön, von dir zu hören! Klar habe ich Zeit für dich.

Lass uns übermorgen telefonieren, also am Freitag, um halb fünf nachmittags Hamburger Zeit. Ich ruf dich über Signal an. Bis dahin bin ich auf einer Baustelle in Wilhelmsburg.

Liebe Grüße aus dem Regen
Friedi""", charset="iso-8859-1", kind="confirmation", lang="de", meet=("2026-08-21 16:30", "Europe/Berlin"),
        wd="Fri",
        note="[de] 'übermorgen ... am Freitag, um halb fünf nachmittags Hamburger Zeit' is Friday 21 August 16:30 (halb fünf = 4:30, afternoon), Hamburg named (+02:00). Thunderbird, format=flowed, ISO-8859-1 8bit, '-- ' signature separator.")

# ---------------------------------------------------------------- Aroha again

t = Thread(O, "A chat with our GM?")
t.send(aroha, [isla], "2026-09-10 13:30", """Kia ora Isla,

Cheeky one: we're hiring a senior hazard analyst and I told our GM, Mark, about you. He'd love a chat. He can do Monday or Tuesday next week, 1pm NZ time. Which suits?

Ngā mihi,
Aroha""", kind="request",
       note="Asks for a chat with her GM and offers two candidate days at 1pm NZ time: a choice, so request.")
t.reply(isla, aroha, "2026-09-11 08:15", """Kia ora Aroha,

I'm so flattered, and please thank Mark for me. But I've just accepted a role at Coastline Risk Partners here in Perth, so I'll pass on the chat for now. I'd hate to waste his time.

Let's definitely stay in touch.

Cheers,""", kind="decline",
        note="Refuses the offered chat ('I'll pass on the chat for now') because she accepted another role; the job news is outranked by decline, and 'stay in touch' is a courtesy.")

# ---------------------------------------------------------------- Declan: forward, then a catch-up

welcome = corpus.quoted_only(Person("Priyanka Nair", "people@coastlinerisk.example", "Australia/Perth", client="gmail"),
                             [isla], "2026-09-14 09:00", "Welcome to Coastline Risk Partners!", """Hi Isla,

Welcome aboard! We're delighted you've accepted the role of Climate Risk Analyst. Your first day is Friday 16 October; please come to reception at Level 5, 250 St Georges Terrace at 8:30.

Warm regards,
Priyanka Nair
People & Culture, Coastline Risk Partners""")
m = forward(isla, [declan], "2026-09-14 11:20", """Hi Declan,

Thought you'd like to see this: I start on the 16th! Your advice in April got me here. Thanks again.

Isla""", welcome, O, sig=False, kind="update",
            note="Forwards the new employer's welcome email (Apple Mail 'Begin forwarded message:') with news: she starts on the 16th. The first-day time inside the forward is not a meeting with Declan, and 'Thanks again' closes an update.")
t = Thread(O, "Fwd: Welcome to Coastline Risk Partners!")
t.msgs.append(m)
m = t.reply(declan, isla, "2026-09-29 15:10", """Isla, that's fantastic news. Congratulations!

Let's catch up once before you start. I've booked us in for Tuesday 6 Oct at 4pm AEDT (daylight saving kicks in on the Sunday, so double-check your calendar). Invite attached.

Declan""", kind="confirmation", meet=("2026-10-06 16:00", "Australia/Sydney"), wd="Tue",
            note="Fixes 'Tuesday 6 Oct at 4pm AEDT' with an Outlook METHOD:REQUEST in TZID 'AUS Eastern Standard Time' (Windows name for Sydney); Sydney enters DST on 4 October, so +11:00 although the Date header is +1000.")
m.cal = invite("REQUEST", "Catch-up: Declan / Isla", "2026-10-06 16:00", "2026-10-06 16:30", "Australia/Sydney", "win",
               declan, [declan, isla], "2026-09-29 15:10", tzid="AUS Eastern Standard Time",
               prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting")
m.cal_method = "REQUEST"

# ---------------------------------------------------------------- Wei Jie: a cancellation

cancel_body = """Hi Isla,

I'm sorry to cancel our catch-up next week. I've been asked to cover the Tokyo renewals and my diary is a mess until December. I'll reach out once things calm down.

Best,
Wei Jie"""
m = send(weijie, [isla], "2026-10-20 18:05", "Canceled: Isla / Wei Jie catch-up", cancel_body, O, kind="decline",
         note="A person's Outlook cancellation (text/calendar METHOD:CANCEL, STATUS:CANCELLED) with no new date ('I'll reach out once things calm down'): decline. The CANCEL part fixes nothing, so there is no meeting_at even though it carries the old DTSTART.")
m.cal = invite("CANCEL", "Isla / Wei Jie catch-up", "2026-10-28 09:00", "2026-10-28 09:30", "Asia/Singapore", "utc",
               weijie, [weijie, isla], "2026-10-20 18:05", sequence=1, prodid="Microsoft Exchange Server 2010")
m.cal_method = "CANCEL"
