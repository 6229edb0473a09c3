"""Yuki Morimoto (Osaka, Asia/Tokyo, no DST), hotel concierge moving into
customer success for software companies. Gmail, en-US; February to April
2027, while San Francisco (14 March) and Lyon (28 March) change their clocks."""

from c10 import Person, Thread, answer, bulk, hidden, ics, send

O = yuki = Person("Yuki Morimoto", "yuki.morimoto@kansai-mail.example", "Asia/Tokyo", client="gmail", locale="en-US",
                  sig="Yuki Morimoto\nOsaka, Japan")
noah = Person("Noah Feldman", "noah@brightdesk.example", "America/Los_Angeles", client="gmail", locale="en-US",
              sig="Noah Feldman\nVP Customer Success, Brightdesk")
chloe = Person("Chloe Tan", "chloe.tan@lumenpay.example", "Asia/Singapore", client="outlook", locale="en-GB",
               sig="Chloe Tan\nHead of Customer Success APAC | LumenPay")
fergus = Person("Fergus Doyle", "fergus.doyle@mailbox-au.example", "Australia/Sydney", client="iphone", locale="en-AU")
elodie = Person("Élodie Marchand", "elodie.marchand@saas-lyon.example", "Europe/Paris", client="gmail", locale="fr",
                sig="Élodie")
kenji = Person("Kenji Ota", "kenji.ota@mailbox-jp.example", "Asia/Tokyo", client="iphone", locale="en-US")

# --- Noah: ask, a fixed slot across the US switch, thanks, his news, her news
t = Thread(O, "Hotel concierge to customer success?")
t.send(yuki, [noah], "2027-02-22 09:30", """Hi Noah,

I heard you on the "Churn Talk" podcast describe customer success as "hospitality with a dashboard", and I laughed out loud on the train, because I've been a hotel concierge in Osaka for nine years and that is exactly how I've been pitching myself.

Would you have 20 minutes for a video call some time in the next few weeks? I'm in Osaka, so your late afternoon is my early morning, which suits me fine.

Thank you for considering it,
Yuki""", kind="request", note="Cold ask for a 20-minute call with no slot: request.")
t.reply(noah, yuki, "2027-02-24 11:05", """Yuki, love it. Let's do Tuesday March 16 at 4pm Pacific, which should be Wednesday 8am for you. I'll send a Zoom link the day before.

Noah""", kind="confirmation", meet=("2027-03-16 16:00", "America/Los_Angeles"), wd="Tue",
        note="He fixes one slot ('Let's do Tuesday March 16 at 4pm Pacific'): confirmation. Sent in PST (-08:00) but the call falls after the 14 March switch, so -07:00.")
t.reply(yuki, noah, "2027-03-17 10:20", """Hi Noah,

Thank you so much for the call this morning (your yesterday afternoon). The way you broke down a CSM's week into onboarding, health checks and renewals finally made the job concrete for me, and I've already started mapping my hotel work onto it.

Gratefully,
Yuki""", kind="thank_you", note="Thanks for a call that already happened: thank_you.")
t.reply(noah, yuki, "2027-04-06 08:40", """Hi Yuki,

Heads up: the APAC CSM role I mentioned is now live on our careers page, and I've put in an internal referral for you. The recruiter is Dana Lopez; she'll reach out directly.

Noah""", kind="update", note="News since the call (role posted, referral made), no ask: update.")
t.reply(yuki, noah, "2027-04-20 21:15", """Hi Noah,

I had my first interview with Dana today and I think it went well. She liked the story about the guest whose luggage went to Okinawa, and the next step is a written case exercise due next week.

Thank you again for the referral!
Yuki""", kind="update",
        note="Reports how the referral went (interview done, next step); the closing thanks is a courtesy, so update rather than thank_you.")

# --- Chloe: ask, a window as options, acceptance, cancellation without date, an invite
t = Thread(O, "Customer success in APAC fintech")
t.send(yuki, [chloe], "2027-02-15 13:00", """Dear Chloe,

A former guest of our hotel, Mr Lim, told me you built LumenPay's customer success team from scratch. I'm a concierge in Osaka hoping to move into customer success, and I would love to hear how you hire for it.

Could I ask for 20 minutes of your time for a call?

Kind regards,
Yuki Morimoto""", kind="request", note="'Could I ask for 20 minutes of your time': an ask with no slot.")
t.reply(chloe, yuki, "2027-02-17 18:30", """Dear Yuki,

Happy to help. Would a call on Thursday 25 February work? I'm free from 10 to 12 Singapore time, so pick whatever suits you.

Best,""", kind="request", note="Offers a day with a two-hour window and asks Yuki to pick: candidate times, nothing fixed, so request.")
t.reply(yuki, chloe, "2027-02-19 07:45", """Dear Chloe,

Thursday at 11 Singapore time is perfect (noon here). I'll call you on Teams.

Thank you!
Yuki""", kind="confirmation", meet=("2027-02-25 11:00", "Asia/Singapore"), wd="Thu", rel="weekday",
        note="Picks one time inside the offered window ('Thursday at 11 Singapore time is perfect'): confirmation; named zone Singapore, +08:00.")
t.reply(chloe, yuki, "2027-02-24 19:50", """Yuki, I'm so sorry. I've been pulled into board prep tomorrow and have to cancel our call. Quarter-end is brutal this year; let me come back to you once it's over.

Chloe""", kind="decline", note="Cancels the agreed call and postpones it with no new date ('let me come back to you once it's over'): decline.")
inv = t.reply(chloe, yuki, "2027-04-05 10:15", """Hi Yuki,

Quarter-end survived! I've put us in for Friday 9 April at 3pm Singapore time and sent a Teams invite. Hope you're still keen!

Chloe""", kind="confirmation", meet=("2027-04-09 07:00", "UTC"), wd="Fri",
              note="Fixes the rescheduled call and sends an invite: confirmation. The invite's DTSTART is in UTC (07:00Z, 15:00 in Singapore) and the invite wins, so the label is in UTC.")
inv.cal = ics("REQUEST", "Yuki Morimoto / Chloe Tan", "2027-04-09 15:00", "2027-04-09 15:30", "Asia/Singapore", "utc",
              chloe, [chloe, yuki], inv.date, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              location="Microsoft Teams Meeting", uid_seed="yc-0409")
inv.cal_method = "REQUEST"
t.reply(yuki, chloe, "2027-04-09 18:40", """Dear Chloe,

Thank you for making time for me this afternoon, especially after such a hard quarter. Your advice on framing escalations as "service recovery" is going straight into my cover letter.

With many thanks,
Yuki""", kind="thank_you", note="Thanks for this afternoon's call: thank_you.")
send(Person("Chloe Tan", "chloe.tan@lumenpay.example", "Asia/Singapore", client="outlook", locale="en-GB"), [yuki],
     "2027-03-26 09:00", "Automatic reply: Customer success in APAC fintech", """Thank you for your email. I am out of the office on leave until Tuesday 6 April with limited access to email. I will respond when I'm back; for urgent matters please contact cs-apac@lumenpay.example.

Chloe""", O, kind="other", sig=False, legal=False, headers=[("Auto-Submitted", "auto-replied")],
     note="An automatic out-of-office reply naming her return date; the date is not a meeting, and auto-replies are other.")

# --- Fergus: an indirect refusal
answer(O, yuki, fergus, "2027-03-01 10:00", "Quick chat about Atlassian CS?", """Hi Fergus,

Our mutual friend Aya said you run a CS team in Sydney. Could we have a quick chat some time?

Yuki""", "2027-03-02 07:15", """Hi Yuki, lovely of Aya to connect us. Bit awkward though: I handed in my notice last week and I'm not really the face of the team any more, so it wouldn't feel right to talk about how we hire. Best of luck with it, you'll smash it.""",
       kind="decline", sig=False,
       note="Indirect refusal ('it wouldn't feel right') with good wishes, no new date: decline.")

# --- Élodie (fr): a fixed call across the EU switch, thanks, her news
t = Thread(O, "Des nouvelles de Lyon")
t.msgs.append(hidden(t.send(yuki, [elodie], "2027-03-22 20:00", """Salut Élodie,

Ça fait longtemps ! Je voudrais passer au customer success et tu es la seule personne que je connais dans le SaaS. On pourrait s'appeler un de ces jours ?

Yuki""", kind="request", lang="fr", note="(quoted only)")))
t.reply(elodie, yuki, "2027-03-24 08:10", """Coucou Yuki !

Quelle bonne surprise. Je t'appelle mercredi 31 mars à 8 h, heure française, donc 15 h chez toi si je ne me trompe pas avec le changement d'heure.

À mercredi !""", kind="confirmation", lang="fr", meet=("2027-03-31 08:00", "Europe/Paris"), wd="Wed",
        note="[fr] 'Je t'appelle mercredi 31 mars à 8 h, heure française': one fixed slot. Sent in CET (+01:00) but the call is after the 28 March switch, so +02:00 (15:00 in Osaka).")
t.reply(yuki, elodie, "2027-03-31 17:30", """Merci encore pour ce matin, enfin mon après-midi ! Tes conseils sur l'onboarding des clients japonais m'ont beaucoup aidée, et je vais suivre ta suggestion de certification.

Bises,
Yuki""", kind="thank_you", lang="fr", note="[fr] Thanks for the call that happened that day: thank_you.")
t.reply(elodie, yuki, "2027-04-15 12:00", """Petite nouvelle : j'ai parlé de toi à ma cheffe, qui cherche justement quelqu'un pour ouvrir le marché japonais. Elle a gardé ton profil LinkedIn et devrait t'écrire la semaine prochaine.

Bises,
Élodie""", kind="update", lang="fr",
        note="[fr] 'Petite nouvelle': news since the call (Yuki mentioned to her manager); no meeting is asked or fixed: update.")

# --- Kenji: same-day confirmation, then a refusal on someone else's behalf
t = Thread(O, "lunch")
t.msgs.append(hidden(t.send(yuki, [kenji], "2027-03-01 21:00", "Lunch on Friday to talk about your move to SaaS? Yuki",
                            kind="request", note="(quoted only)")))
t.reply(kenji, yuki, "2027-03-05 09:10", """Confirming lunch today at 12:30, the usual okonomiyaki place near Umeda. I'll bring the onboarding deck I told you about.""",
        kind="confirmation", meet=("2027-03-05 12:30", "hdr"), rel="today", sig=False,
        note="Confirms an agreed meeting shortly before it ('Confirming lunch today at 12:30'): confirmation, on the Date header's day and offset (+09:00).")
t.reply(kenji, yuki, "2027-04-12 22:05", """Asked my manager about a quick chat with you. She says she's not doing informational calls while the CS role is open, so it doesn't look unfair to the other candidates. Sorry! She did say to apply though.""",
        kind="decline", sig=False,
        note="Refuses the requested meeting on his manager's behalf, with no other date; the advice to apply does not change that: decline.",
        parent=hidden(send(yuki, [kenji], "2027-04-10 11:00", "Re: lunch", "Could you ask if your manager has 15 minutes for me? Yuki", O,
                           kind="request", note="(quoted only)")))

# --- other
bulk("CSchat Bookings", "no-reply@cschat-bookings.example", "Asia/Tokyo", yuki, "2027-03-03 12:00",
     "Booking confirmed: Mentor session with Mia Rossi, Wed 10 Mar 2027 10:00 JST", O, """Hi Yuki,

Your mentor session is booked.

Mentor: Mia Rossi (CS community mentor)
When: Wednesday 10 March 2027, 10:00-10:30 (JST)
Where: https://cschat-bookings.example/room/8812

Need to change it? Reschedule or cancel: https://cschat-bookings.example/manage/8812

This is an automated message, please do not reply.""",
     "A booking service's automated notice from a no-reply address: calendar notifications sent by a service are other, even with a date and time.",
     headers=[("Auto-Submitted", "auto-generated")])
bulk("CS Kansai", "announce@cs-kansai.example", "Asia/Tokyo", yuki, "2027-03-04 18:00",
     "CS Kansai meetup #14: renewals without tears (11 March, Umeda)", O, """Hello CS Kansai members,

Our next meetup is on Thursday 11 March at 19:00 at Grand Front Osaka, Tower B, 9F. Two short talks on renewals, then drinks. RSVP on the event page so we can order enough food: https://cs-kansai.example/14

See you there!
The CS Kansai organisers

You are receiving this because you joined the CS Kansai mailing list.""",
     "A mailing-list event announcement to all members: an event, not a meeting arranged with Yuki, so other.",
     headers=[("List-Id", "CS Kansai <announce.cs-kansai.example>"), ("Precedence", "list")])
