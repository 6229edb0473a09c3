"""Daniel Osei, Toronto: an ICU nurse moving into health-tech UX research.

Outlook on the web (OWA: the line of underscores above a From/Sent block);
a French thread with a research lead in Montréal; calendar invites, an
all-day invite and a cancellation from a hospital's Outlook.
"""

from corpus import Thread, hidden, send
from ics import ics
from mail import Person

daniel = Person("Daniel Osei", "daniel.osei@outlook-mail.example", "America/Toronto", client="owa", locale="en-US",
                sig="Daniel Osei, RN\nCritical Care, Lakeview General Hospital\nPronouns: he/him")
mc = Person("Marie-Claude Gagnon", "mc.gagnon@sante-numerique.example", "America/Toronto", client="outlook", locale="fr",
            sig="Marie-Claude Gagnon, Ph. D.\nResponsable, recherche utilisateur\nSanté numérique Québec | 1000, rue De La Gauchetière O., Montréal (Québec)\n514 555-0133")
brian = Person("Brian Walsh", "brian@cedarhealth.example", "America/Vancouver", client="gmail", locale="en-US",
               sig="Brian Walsh\nDesign Director, Cedar Health\nVancouver, BC (Pacific time)")
aisha = Person("Aisha Rahman", "aisha.rahman@icloud-mail.example", "America/Toronto", client="iphone", locale="en-US")
omar = Person("Dr. Omar Haddad", "ohaddad@lakeview-health.example", "America/Toronto", client="outlook", locale="en-US",
              sig="Omar Haddad, MD, FRCPC\nChief Medical Information Officer\nLakeview General Hospital | 416-555-0190",
              legal="This e-mail may contain personal health information. If you are not the intended recipient, please "
                    "notify the sender and delete it. Lakeview General Hospital.")
liam = Person("Liam Chen", "liam.chen@nursing-student.example", "America/Toronto", client="gmail", locale="en-US")
rebecca = Person("Rebecca Stone", "rstone@northstar-ehr.example", "America/Chicago", client="outlook_html", locale="en-US",
                 sig="Rebecca Stone | Director, UX Research | Northstar EHR")
karen = Person("Karen Mitchell", "karen.mitchell@lakeview-health.example", "America/Toronto", client="outlook", locale="en-US",
               sig="Karen Mitchell, RN | ICU Charge Nurse")

O = daniel

# ---------------------------------------------------------------- D1: Marie-Claude (French)
t = Thread(O, "Demande d'entretien : de la pratique infirmière à la recherche UX")
t.send(daniel, [mc], "2026-02-23 19:45", """Bonjour Madame Gagnon,

Je suis infirmier aux soins intensifs à Toronto et je souhaite me réorienter vers la recherche UX en santé numérique. J'ai lu votre article sur la conception d'outils pour le personnel infirmier de nuit et il m'a beaucoup touché.

Accepteriez-vous de m'accorder 20 minutes pour un appel dans les prochaines semaines ? Je peux m'adapter à votre horaire.

Cordialement,
Daniel Osei""", kind="request", lang="fr",
       note="[fr] Cold ask for a 20-minute call in the coming weeks; no time is proposed.")

t.reply(mc, daniel, "2026-02-26 11:30", """Bonjour Daniel,

Merci pour votre message, il me fait très plaisir. Avec plaisir pour un appel : fixons cela au mardi 10 mars à 10 h, heure de l'Est. Je vous enverrai un lien Teams la veille.

Au plaisir,
Marie-Claude""", kind="confirmation", lang="fr", meet=("2026-03-10 10:00", "America/Toronto"), wd="Tue",
        charset="iso-8859-1", note="[fr] ISO-8859-1 Outlook reply (RE :, De/Envoyé block) fixing 'mardi 10 mars à 10 h, heure de l'Est'; Eastern is -04:00 after the 8 March switch although the Date header is -0500.")

t.reply(daniel, mc, "2026-02-26 12:02", """Parfait, merci beaucoup ! À mardi 10 mars.

Daniel""", sig=False, kind="confirmation", lang="fr", meet=("2026-03-10 10:00", "America/Toronto"), wd="Tue",
        note="[fr] Short acceptance naming only the date; the time (10 h, heure de l'Est) is in the quoted message, so -04:00 after the US/Canada switch.")

t.reply(daniel, mc, "2026-03-10 11:15", """Bonjour Marie-Claude,

Un grand merci pour notre échange de ce matin. Vos conseils sur la façon de présenter mon expérience clinique comme une forme de recherche terrain m'ont ouvert les yeux. Je vais suivre le cours de l'UQAM que vous m'avez recommandé.

Bien cordialement,
Daniel""", kind="thank_you", lang="fr",
        note="[fr] Thanks Marie-Claude for the call that morning and names what was useful.")

t.reply(mc, daniel, "2026-05-20 15:40", """Bonjour Daniel,

Une petite nouvelle : nous avons obtenu le financement pour notre étude sur les outils de transmission entre les quarts de travail. Nous recruterons un assistant de recherche à l'automne, et j'ai pensé à vous. Je vous enverrai l'affichage dès qu'il sera publié.

Au plaisir,
Marie-Claude""", kind="update", lang="fr", charset="iso-8859-1",
        note="[fr] Keeps Daniel posted (funding obtained, a role in the autumn); nothing is asked or scheduled.")

# ---------------------------------------------------------------- D2: Brian (Vancouver)
t = Thread(O, "Nurse to UX research: a question about Cedar Health's team")
t.send(daniel, [brian], "2026-10-21 21:10", """Hi Brian,

I'm an ICU nurse in Toronto transitioning into UX research, and a former colleague of yours, Aisha Rahman, said you built Cedar Health's research practice from scratch. Would you be open to a 30-minute video call in the next couple of weeks? I'd love to hear how you hire researchers with clinical backgrounds.

Thanks,
Daniel""", kind="request",
       note="Referral-based ask for a 30-minute call in the next couple of weeks; no slot proposed.")

t.reply(brian, daniel, "2026-10-22 16:10", """Hey Daniel,

Any friend of Aisha's. I could do Monday Nov 2 at 10 Pacific or Wednesday Nov 4 at 2 Pacific. Let me know which works and I'll send a link.

Brian""", kind="request",
        note="Offers two candidate slots in Pacific time and asks Daniel to choose; the signature's '(Pacific time)' is not a proposal.")

t.reply(daniel, brian, "2026-10-22 20:30", """Hi Brian,

Monday, November 2 at 10 Pacific works for me, that's 1pm here. Thank you!

Daniel""", kind="confirmation", meet=("2026-11-02 10:00", "America/Vancouver"), wd="Mon",
        note="Fixes 'Monday, November 2 at 10 Pacific' from a Toronto -0400 Date header; after the 1 November switch Pacific is -08:00 (and 1pm Toronto is -05:00, the same instant).")

t.reply(daniel, brian, "2026-11-02 14:05", """Hi Brian,

Thanks so much for this afternoon. Hearing that your best researcher started as a respiratory therapist was encouraging, and your tip to run a small diary study with my own unit is something I can start next month.

Daniel""", kind="thank_you",
        note="Thanks Brian for the call that afternoon; 'next month' refers to his own study, not a meeting.")

t.reply(brian, daniel, "2027-01-12 10:30", """Hi Daniel,

Happy new year! Wanted to let you know that I passed your name to Priya Sandhu at Northwell Digital, who's hiring a clinical UX researcher in Toronto. She said she'd reach out directly.

Brian""", kind="update",
        note="Brian keeps Daniel posted on a referral he made; no meeting with Brian is asked or fixed.")

# ---------------------------------------------------------------- D3: Aisha (iPhone)
ask = hidden(send(daniel, [aisha], "2025-11-05 20:10", "Coffee?", """Hi Aisha,

It's been ages! I'm trying to do what you did and move from nursing into UX. Could I buy you a coffee and ask how you made the jump?

Daniel""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Coffee?")
t.msgs.append(ask)
t.reply(aisha, daniel, "2025-11-05 21:14", """Daniel!! Yes of course. I'm off Friday, want to do coffee at Sam James on Harbord at 11? If Friday's no good, Sunday works too.""",
        kind="request", note="iPhone reply proposing Friday at 11 or Sunday as options; with an alternative on the table nothing is fixed yet.")

t.reply(daniel, aisha, "2025-11-05 21:30", """Friday at 11 works! See you at Sam James.

D""", sig=False, kind="confirmation", meet=("2025-11-07 11:00", "hdr"), wd="Fri", rel="weekday",
        note="Picks 'Friday at 11': the Friday after the Wednesday 5 November Date, at -0500 (Toronto after the 2 November switch, same as the header).")

t.reply(aisha, daniel, "2025-11-07 07:20", """Ugh I got called in for a shift 😩 Can we push? Next week is bad, I'll text you when I have my new schedule.""",
        kind="decline", note="Calls off that day's coffee and postpones with no new date ('I'll text you').")

t.reply(daniel, aisha, "2025-11-25 18:40", """Hi Aisha, hope the shifts have calmed down! Any luck with the new schedule? Still keen on that coffee whenever works.

Daniel""", sig=False, kind="request",
        note="A nudge on the postponed coffee; nudges are requests.")

t.reply(aisha, daniel, "2025-11-25 19:05", """Yes! Let's do Saturday Dec 6. I'll text you the time that morning, I'm juggling two volunteer things that day.""",
        kind="confirmation", meet=("2025-12-06", "hdr"), allday=True, wd="Sat",
        note="Fixes the date (Saturday Dec 6) but explicitly not the time ('I'll text you the time that morning'), so all_day with midnight at -05:00.")

t.reply(daniel, aisha, "2025-12-06 17:30", """Aisha, thank you for today! The portfolio tip (one case study from the ICU, told as a research story) is exactly what I needed. Next coffee's on me.

Daniel""", sig=False, kind="thank_you",
        note="Thanks Aisha for the coffee that day; 'next coffee's on me' is a courtesy, not a new ask.")

# ---------------------------------------------------------------- D4: Omar (all-day invite, then CANCEL)
inv = send(omar, [daniel], "2026-05-19 14:05", "Shadowing: clinical informatics team", """Daniel,

Following our conversation at the nursing informatics council: you're welcome to shadow the clinical informatics team for the day on Thursday, June 4. No need to be there at a set time; Priya from my team will find you on the 5th floor. Invitation attached.

Omar""", O, kind="confirmation", meet=("2026-06-04", "hdr"), allday=True, wd="Thu",
           note="Outlook meeting request with an all-day DTSTART;VALUE=DATE:20260604 and text saying no set time; all_day, midnight at the Date header's -0400.")
inv.cal = ics("REQUEST", "Shadowing: clinical informatics team", "2026-06-04", "2026-06-05", "America/Toronto", "date",
              omar, [omar, daniel], inv.date, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              location="Lakeview General, 5th floor", uid_seed="shadow-0604")
inv.cal_method = "REQUEST"

canc = send(omar, [daniel], "2026-06-01 09:10", "Canceled: Shadowing: clinical informatics team", """Daniel,

Unfortunately we have to cancel the shadowing day; the EHR upgrade go-live has been moved onto that week and the whole team will be on the floor. I'll reach out once things are stable.

Omar""", O, kind="decline",
            note="Outlook cancellation (text/calendar METHOD:CANCEL) of the shadowing day with no new date; a cancellation is a decline, never a confirmation.")
canc.cal = ics("CANCEL", "Shadowing: clinical informatics team", "2026-06-04", "2026-06-05", "America/Toronto", "date",
               omar, [omar, daniel], canc.date, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               location="Lakeview General, 5th floor", uid_seed="shadow-0604", sequence=1)
canc.cal_method = "CANCEL"
t = Thread(O, "Canceled: Shadowing: clinical informatics team")
t.msgs.append(canc)
t.reply(daniel, omar, "2026-06-01 09:40", """Understood, and good luck with the go-live! I remember the last upgrade on our unit.

Daniel""", kind="other",
        note="A one-line acknowledgement of a cancellation: it does not ask, fix, thank for help, refuse or report news, so it is other.")

# ---------------------------------------------------------------- D5, D6: declines
t = Thread(O, "Question about ICU nursing")
t.send(liam, [daniel], "2026-09-09 16:20", """Hi Daniel,

I'm a third-year nursing student and my clinical instructor said you're great to talk to about the ICU. Would you have 15 minutes for a call sometime in the next few weeks? I'm deciding whether to apply for critical care after graduation.

Thanks!
Liam""", kind="request",
       note="A nursing student asks Daniel for a 15-minute call; no time is proposed.")

t.reply(daniel, liam, "2026-09-10 07:50", """Hi Liam,

Thanks for reaching out, and I'm glad you're thinking about critical care. I'm actually leaving the ICU at the end of the month for a research role, so I'm not the best person to ask right now, and I'm going to pass on the call. Karen Mitchell, our charge nurse, is brilliant and loves talking to students; feel free to mention my name.

Good luck,
Daniel""", kind="decline",
        note="Daniel refuses the call (sent) with a reason and a referral; his news is the reason, and decline outranks update.")

ask = hidden(send(daniel, [rebecca], "2026-04-06 20:00", "Clinical UX research at Northstar", """Hi Rebecca,

I'm an ICU nurse moving into UX research and I'd love 20 minutes to hear about how Northstar involves clinicians in research. Would you be open to a quick call?

Daniel""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Clinical UX research at Northstar")
t.msgs.append(ask)
t.reply(rebecca, daniel, "2026-04-08 10:12", """Hi Daniel,

Thanks for reaching out. We're in a hiring freeze and a reorg right now, and I've been advised not to take external conversations until that's settled, so I'll have to decline for now. I hope you understand.

Best,
Rebecca""", qstyle="original", kind="decline",
        note="Declines because of a hiring freeze with no new date ('for now'); '-----Original Message-----' quoting.")

# ---------------------------------------------------------------- other
send(karen, [daniel], "2026-01-14 06:45", "Shift swap Sat 17th?", """Hi Daniel,

Any chance you could swap your Saturday the 17th day shift for my Sunday the 25th? My sister's wedding got moved. If yes, just reply and I'll update the schedule.

Thanks,
Karen""", O, kind="other",
     note="A colleague asks for a shift swap on given dates; it is an ask, but not for a meeting, so other.")

send(Person("Meetupz", "info@email.meetupz.example", "America/New_York", client="bulk"), [daniel], "2026-03-23 12:00",
     "You're going to: Toronto Health Tech Meetup - Designing for clinicians", "", O, client="bulk", fmt="alt",
     plain_text="""You're going!

Toronto Health Tech Meetup
Designing for clinicians: lessons from the night shift
Thursday, April 2, 2026, 6:30 PM to 8:30 PM EDT
MaRS Discovery District, 101 College St, Toronto

Add to calendar | Change RSVP

Never miss an event. Manage your email settings: https://meetupz.example/settings
""", html="""<html><body><h2>You're going!</h2><p><b>Toronto Health Tech Meetup</b><br>Designing for clinicians: lessons from the night shift</p>
<p>Thursday, April 2, 2026, 6:30 PM to 8:30 PM EDT<br>MaRS Discovery District</p></body></html>
""", headers=[("List-Unsubscribe", "<https://meetupz.example/settings>"), ("Auto-Submitted", "auto-generated")],
     kind="other", note="RSVP confirmation from an event platform with a date, time and venue; nobody is arranging a meeting with Daniel.")

send(Person("Lakeview News", "staffnews@lists.lakeview-health.example", "America/Toronto", client="bulk"), [daniel],
     "2026-04-30 15:00", "Lakeview This Week: EHR upgrade, Nursing Week events", "", O, client="bulk", fmt="html", html_enc="qp",
     html="""<html><body><h2>Lakeview This Week</h2>
<p><b>EHR upgrade:</b> super-user training sessions run Tuesday May 12 and Wednesday May 13, 0700 and 1900.</p>
<p><b>Nursing Week:</b> join us for the awards breakfast on Monday, May 11 at 7:30 a.m. in the atrium.</p>
<p style="font-size:10px">You are receiving this as a member of staff. <a href="https://lists.lakeview-health.example/unsub">Unsubscribe</a></p>
</body></html>
""", headers=[("List-Id", "<staffnews.lists.lakeview-health.example>"), ("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://lists.lakeview-health.example/unsub>")],
     kind="other", note="Staff newsletter (List-Id, Precedence: bulk) with training and event times; list mail is other.")

send(Person("Canada Parcel", "notifications@track.canadaparcel.example", "America/Toronto", client="bulk"), [daniel],
     "2026-02-10 10:05", "Your parcel is out for delivery", "", O, client="bulk", fmt="plain",
     plain_text="""Hello,

Your parcel 7023 2110 8841 5517 is out for delivery today.
Estimated delivery window: 12:00 PM - 4:00 PM.

Please do not reply to this message. This mailbox is not monitored.
""", headers=[("Auto-Submitted", "auto-generated")],
     kind="other", note="No-reply delivery notice with a time window; automated mail is other.")

send(mc, [daniel], "2026-07-06 08:00", "Réponse automatique : Poste d'assistant de recherche", """Bonjour,

Je suis en vacances jusqu'au lundi 3 août. Pour toute question urgente, veuillez écrire à recherche@sante-numerique.example.

Marie-Claude Gagnon""", O, sig=False, legal=False, lang="fr",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     kind="other", note="[fr] Out-of-office reply (Auto-Submitted: auto-replied) naming a return date; automated mail is other.")
