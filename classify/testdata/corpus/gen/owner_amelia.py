"""Amelia Hart, London: an audit manager moving into sustainability assurance.

She writes from Apple Mail on a Mac (en-GB attribution lines) and from her
iPhone; one thread is in French with a consultant in Paris.
"""

from corpus import Thread, hidden, send
from mail import Person

amelia = Person("Amelia Hart", "amelia@hart-mail.example", "Europe/London", client="apple", locale="en-GB",
                sig="Amelia Hart ACA\n07700 900431")
oliver = Person("Oliver Grant", "oliver.grant@pembertonlowe.example", "Europe/London", client="outlook", locale="en-GB",
                sig="Oliver Grant\nDirector, Sustainability Assurance\nPemberton & Lowe LLP | 1 Moorgate Place, London EC2R 6EA\n"
                    "T +44 20 7946 0321 | M +44 7700 900877",
                legal="Pemberton & Lowe LLP is a limited liability partnership registered in England and Wales with "
                      "registered number OC301234. This email is confidential and may be privileged. If you have received "
                      "it in error please notify the sender immediately and delete it. Please consider the environment "
                      "before printing this email.")
fatima = Person("Fatima Benali", "fatima.benali@verdance.example", "Europe/Paris", client="gmail", locale="fr",
                sig="Fatima Benali\nConsultante senior ESG | Verdance Conseil\n+33 6 55 50 12 84", sigsep=True)
sam = Person("Sam O'Connor", "sam@oconnor-esg.example", "Europe/London", client="iphone", locale="en-GB")
henrik = Person("Henrik Dahl", "hda@nordlys-shipping.example", "Europe/Copenhagen", client="outlook_html", locale="en-GB",
                sig="Henrik Dahl\nHead of ESG Reporting\nNordlys Shipping A/S | Amaliegade 10, 1256 København K\n+45 33 55 50 19")
priya = Person("Priya Menon", "priya.menon@greenfieldcap.example", "Europe/London", client="gmail", locale="en-GB")
whitby = Person("Marcus Whitby", "m.whitby@whitby-partners.example", "Europe/London", client="outlook", locale="en-GB",
                sig="Marcus Whitby | Partner\nWhitby Partners\n+44 20 7946 0555")
kwame = Person("Kwame Asante", "k.asante@lse-alumni.example", "Europe/London", client="gmail", locale="en-GB")
chloe = Person("Chloe Barnes", "chloe.barnes@fastmail-box.example", "Europe/London", client="apple", locale="en-GB")

O = amelia

# ---------------------------------------------------------------- A1: Oliver (Outlook)
t = Thread(O, "Moving from audit into sustainability assurance")
t.send(amelia, [oliver], "2026-01-13 08:55", """Dear Oliver,

We met briefly at the ICAEW sustainability reporting breakfast last week; I was the one asking about transition relief for mid-caps. I've been an audit manager for nine years and I'm increasingly sure I want to move into sustainability assurance.

I'd be very grateful for 20 minutes of your time over the next few weeks, in person or on Teams, to hear how you built your team and what you look for in people coming over from financial audit. I'm in the City most days, so I'm happy to come to you.

Kind regards,
Amelia""", kind="request",
       note="Cold ask for 20 minutes after a breakfast event; 'last week' points at the past event and no slot is proposed.")

t.reply(oliver, amelia, "2026-01-15 17:32", """Hi Amelia,

Of course I remember, it was the only question that morning that made the panel pause.

Happy to meet. I'm in Birmingham most of next week, but I could do Monday 26th or Tuesday 27th, either at 8.30 for a coffee near Moorgate or late afternoon on Teams. Let me know what suits.

Best wishes,
Oliver""", kind="request",
        note="Offers two days and two formats (8.30 coffee or late afternoon Teams) and asks Amelia to choose; nothing is fixed.")

t.reply(amelia, oliver, "2026-01-15 19:04", """Dear Oliver,

Thank you! Tuesday 27th at 8.30 for coffee would be perfect. Shall we say Notes on Moorgate? I'll grab a table by the window.

Best,
Amelia""", kind="confirmation", meet=("2026-01-27 08:30", "hdr"), wd="Tue",
        note="Picks 'Tuesday 27th at 8.30' (ordinal, British dotted time) from the offered options; Date header +0000, the quoted Outlook block still lists Monday 26th.")

t.reply(oliver, amelia, "2026-01-26 18:45", """Amelia, looking forward to tomorrow, 8.30 at Notes. I'll be the one in a navy coat with an oversized umbrella.

O.""", sig=False, legal=True, kind="confirmation", meet=("2026-01-27 08:30", "hdr"), rel="tomorrow",
        note="Confirms the agreed coffee the evening before ('tomorrow, 8.30'); the long legal footer and the quoted thread add no new time.")

t.reply(amelia, oliver, "2026-01-27 12:20", """Dear Oliver,

Thank you so much for this morning, and for the coffee. Hearing how you staffed your first three assurance engagements with people from the audit side was reassuring, and I've already signed up for the IEMA course you recommended.

I'll let you know how I get on.

Warm regards,
Amelia""", kind="thank_you",
        note="Thanks Oliver for the coffee that morning and says what she did with his advice; 'I'll let you know how I get on' is a courtesy.")

t.reply(oliver, amelia, "2026-03-18 09:14", """Hi Amelia,

Quick one: we've just opened two assistant manager roles in sustainability assurance, London based. I've flagged your name to our talent team, so you should hear from a recruiter called Jess in the next week or so. No need to reply to me.

Best,
Oliver""", kind="update",
        note="Oliver keeps Amelia posted about new roles and that he passed on her name; hearing from a recruiter 'in the next week' is not a meeting.")

t.reply(amelia, oliver, "2026-05-22 16:40", """Dear Oliver,

I wanted to let you know that I've accepted the offer for the assistant manager role in your team. I start on 1 July, on Jess's side of the floor, I'm told.

It all began with that coffee at Notes, so thank you again.

Amelia""", kind="update",
        note="Reports a result (offer accepted, start date 1 July); the closing thanks is a courtesy, so the kind stays update.")

# ---------------------------------------------------------------- A2: Fatima (French)
t = Thread(O, "De la part de Claire Dubois : passage de l'audit au conseil ESG")
t.send(amelia, [fatima], "2026-03-09 10:02", """Bonjour Fatima,

Je me permets de vous écrire de la part de Claire Dubois, qui m'a dit que vous étiez passée de l'audit financier au conseil en durabilité il y a quelques années. Je suis moi-même auditrice à Londres et j'envisage le même chemin.

Auriez-vous une demi-heure dans les prochaines semaines pour un appel ? Je serais ravie d'avoir votre retour d'expérience. Pardonnez mon français, n'hésitez pas à répondre en anglais !

Bien cordialement,
Amelia Hart""", kind="request", lang="fr",
       note="[fr] Referral ask for a half-hour call in the coming weeks; no time is proposed.")

t.reply(fatima, amelia, "2026-03-11 13:10", """Bonjour Amelia,

Avec plaisir, et votre français est très bien !

Je vous propose mardi 31 mars à 10h ou jeudi 2 avril à 14h30, heure de Paris. Attention, nous passons à l'heure d'été le 29 mars, vous aussi je crois, donc le décalage entre nous reste d'une heure.

Dites-moi ce qui vous convient.

Bien à vous,
Fatima""", kind="request", lang="fr",
        note="[fr] Offers two candidate slots (mardi 31 mars 10h, jeudi 2 avril 14h30) and asks Amelia to choose; the clock-change remark is not a time.")

t.reply(amelia, fatima, "2026-03-11 18:30", """Bonjour Fatima,

Mardi 31 mars à 10h, heure de Paris, c'est parfait pour moi (9h à Londres). Je vous envoie un lien Teams la veille.

Merci beaucoup !
Amelia""", kind="confirmation", lang="fr", meet=("2026-03-31 10:00", "Europe/Paris"), wd="Tue",
        note="[fr] Fixes 'mardi 31 mars à 10h, heure de Paris' from a London +0000 Date header; Paris is at +02:00 after the EU switch on 29 March.")

t.reply(amelia, fatima, "2026-03-31 10:50", """Chère Fatima,

Merci infiniment pour votre temps ce matin. Vos conseils sur la certification, et sur la façon de présenter mon expérience d'audit comme un atout plutôt qu'un handicap, m'ont été très précieux. Je lirai ce week-end le rapport que vous m'avez conseillé.

Bien à vous,
Amelia""", kind="thank_you", lang="fr",
        note="[fr] Thanks Fatima for the call that morning and names what was useful; the weekend reading is not a meeting.")

t.reply(fatima, amelia, "2026-06-02 09:25", """Bonjour Amelia,

Petite nouvelle : nous ouvrons un bureau à Londres à la rentrée et nous recrutons un consultant senior. J'ai transmis votre nom à notre associée, Hélène Marchand, qui pilote les recrutements. Elle vous contactera peut-être directement.

Belle journée,
Fatima""", kind="update", lang="fr", enc="b64",
        note="[fr] Base64 body: Fatima keeps Amelia posted (a London office, she passed on her name); 'à la rentrée' is not a date for a meeting.")

# ---------------------------------------------------------------- A3: Sam (iPhone, casual)
ask = hidden(send(amelia, [sam], "2026-04-08 12:30", "Coffee when you're next in London?", """Hi Sam,

Chloe Barnes tells me you went freelance in ESG consulting two years ago and have never looked back. I'm an auditor thinking about the same jump and would love to hear how you found your first clients. Any chance of a coffee next time you're in London?

Amelia""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Coffee when you're next in London?")
t.msgs.append(ask)
t.reply(sam, amelia, "2026-04-14 21:05", """Hey Amelia! Sorry for the slow reply, been in Inverness all week with patchy signal.

Would love to. I'm down in London next week for a conference, could do half four on Tuesday at the Barbican if that works? Otherwise Wednesday lunchtime.""", kind="request",
        note="Offers half four on Tuesday or Wednesday lunchtime as options and asks if they work; still candidates, so request.")

t.reply(amelia, sam, "2026-04-14 21:40", """Half four on Tuesday at the Barbican works brilliantly. See you there!

A x""", sig=False, mobile=True, kind="confirmation", meet=("2026-04-21 16:30", "hdr"), wd="Tue", rel="weekday",
        note="Fixes 'half four on Tuesday' (British for 16:30); the bare Tuesday after a Tuesday 14 April Date is 21 April, at the Date header's +0100.")

t.reply(sam, amelia, "2026-04-21 13:02", """Conference overran so I'll be at the Barbican at 5.15 today rather than half four. Same spot, by the conservatory entrance. Sorry!""",
        kind="confirmation", meet=("2026-04-21 17:15", "hdr"), rel="today",
        note="Moves the agreed meeting to '5.15 today' (afternoon: half four was the plan and the message is sent at 13:02); a moved meeting with one new time is a confirmation.")

t.reply(amelia, sam, "2026-04-22 08:10", """Sam, thank you for yesterday, and for the second coffee! The tip about starting with one anchor client on a retainer rather than lots of small projects was exactly what I needed to hear. I owe you one.

Amelia""", kind="thank_you",
        note="Thanks Sam for the meeting the day before; 'I owe you one' is a courtesy, not an ask.")

# ---------------------------------------------------------------- A4: Henrik (Outlook HTML only)
t = Thread(O, "Scope 3 reporting in shipping: a question from an auditor")
t.send(amelia, [henrik], "2026-06-08 11:20", """Dear Henrik,

I read your piece on fuel-data quality in Scope 3 reporting for shipping and found it the clearest explanation I've seen of why voyage data is so hard to audit.

I'm moving from financial audit into sustainability assurance, and shipping is a sector I'd like to specialise in. Would you be open to a 30-minute call at some point in June? I'd love to understand what you wish assurers understood about your data.

Kind regards,
Amelia Hart""", kind="request",
       note="Cold ask for a 30-minute call 'at some point in June'; a month is not a proposed time.")

t.reply(henrik, amelia, "2026-06-10 07:40", """Dear Amelia,

Thank you for the kind words. Let's do a call next Tuesday, 16 June, at 14:00 Copenhagen time. I will send a Teams invitation.

Best regards,
Henrik""", kind="confirmation", meet=("2026-06-16 14:00", "Europe/Copenhagen"), wd="Tue",
        note="HTML-only Outlook reply fixing 'next Tuesday, 16 June, at 14:00 Copenhagen time' (+02:00); the quoted request mentions only June.")

t.reply(amelia, henrik, "2026-06-16 15:10", """Dear Henrik,

Thank you for the call this afternoon. Your explanation of how bunker delivery notes flow into the emissions numbers, and where they break, was exactly the inside view I was missing. I'll keep your point about sampling by vessel rather than by voyage in mind.

Kind regards,
Amelia""", kind="thank_you",
        note="Thanks Henrik for the call that afternoon and names what was useful.")

# ---------------------------------------------------------------- A5, A7: declines
ask = hidden(send(amelia, [priya], "2026-02-09 13:05", "Coffee to pick your brain on buy-side ESG?", """Hi Priya,

Long time no see! I'm looking at moving into ESG and would love to pick your brain about the buy side over a coffee some time in the next few weeks. Any chance?

Amelia""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Coffee to pick your brain on buy-side ESG?")
t.msgs.append(ask)
t.reply(priya, amelia, "2026-02-10 22:17", """Hi Amelia,

So lovely to hear from you, and what a great move!

I'd really love to help, but I'm about to go on maternity leave at the end of the month and my head is completely full of handover. Can we revisit when I'm back in the autumn? I'll be much better company then.

Lots of love,
Priya""", kind="decline",
        note="Postpones to 'the autumn' with no date because of leave at 'the end of the month'; a postponement with no new date is a decline.")

ask = hidden(send(amelia, [whitby], "2026-02-24 09:40", "Request for a short conversation", """Dear Mr Whitby,

I'm an audit manager moving into ESG advisory and would very much value 20 minutes of your time to hear how Whitby Partners approaches sustainability due diligence.

Kind regards,
Amelia Hart""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Request for a short conversation")
t.msgs.append(ask)
t.reply(whitby, amelia, "2026-02-25 18:02", """Dear Amelia,

Thank you for getting in touch. I'm afraid I have to say no: we're in the middle of a restructure and I'm not able to take on any coffees or calls this quarter. I'm sorry not to be more helpful, and I wish you the best of luck with the move.

Regards,
Marcus Whitby""", kind="decline", qstyle="original",
        note="A clear refusal with thanks and good wishes ('-----Original Message-----' quoting); 'this quarter' is a reason, not a new date.")

# ---------------------------------------------------------------- A6: Kwame asks Amelia
t = Thread(O, "Advice on audit vs ESG for a graduate?")
t.send(kwame, [amelia], "2026-09-16 20:45", """Dear Amelia,

I'm a recent LSE graduate and Sam O'Connor suggested you would be the perfect person to ask about choosing between a graduate audit scheme and an ESG analyst role. Would you have 15 minutes for a quick phone call sometime next week? I can fit around you completely.

Many thanks,
Kwame Asante""", kind="request",
       note="A graduate asks Amelia for a 15-minute call 'sometime next week'; a vague week is not a fixed time.")

t.reply(amelia, kwame, "2026-09-17 07:55", """Hi Kwame,

Of course. Let's do Friday 25 September. I'm working from home that day with no meetings, so just ring me whenever suits, I'll be around all day. My mobile is below.

Best,
Amelia""", kind="confirmation", meet=("2026-09-25", "hdr"), allday=True, wd="Fri",
        note="Fixes a date (Friday 25 September) but explicitly no time ('whenever suits, all day'), so meeting_at is midnight at the Date header's +0100 and all_day is true.")

t.reply(kwame, amelia, "2026-09-25 16:30", """Dear Amelia,

Thank you very much for the call today, and for being so candid about the first two years in audit. I've decided to take the graduate scheme and keep ESG as the longer-term goal, as you suggested.

Best wishes,
Kwame""", kind="thank_you",
        note="Thanks Amelia for the call that day; the decision he mentions is secondary to the thanks.")

t.reply(kwame, amelia, "2026-12-04 12:10", """Hi Amelia,

A quick update: I've been allocated to the energy and utilities audit group for my first rotation, and they've agreed I can shadow the sustainability assurance team for two weeks in February. Your tip to ask for it in the first week worked!

Best,
Kwame""", kind="update",
        note="Reports news since their call (rotation, a shadowing stint in February); the February dates are not a meeting with Amelia.")

# ---------------------------------------------------------------- other
send(chloe, [amelia], "2026-05-03 19:22", "Hen do spreadsheet (sorry)", """Hi lovely,

Sorry to be that person, but could you fill in your row on the hen do spreadsheet by Friday? I need to confirm numbers for the cottage and the cooking class on the Saturday at 2.

Link: https://docs.example/sheet/hen-do-2026

Chloe xx""", O, kind="other",
     note="A friend asks Amelia to fill in a spreadsheet; the 'Saturday at 2' cooking class is a group event she is organising, not a meeting to confirm.")

send(Person("ICAEW Insights", "insights@news.icaew-mail.example", "Europe/London", client="bulk"), [amelia], "2026-02-04 07:30",
     "Sustainability Insights: ISSB adoption, assurance readiness and our March webinar", "", O, client="bulk", fmt="alt",
     plain_text="""SUSTAINABILITY INSIGHTS | February 2026

ISSB adoption: where the UK stands
Assurance readiness: five questions for your audit committee

WEBINAR: Limited assurance in practice
Thursday 12 March, 12:30-13:30 GMT. Register at https://icaew-mail.example/webinars/la-2026

You are receiving this email because you are a member. Manage preferences or unsubscribe:
https://icaew-mail.example/prefs
""", html="""<html><body><table width="600"><tr><td>
<h1 style="color:#00467f">Sustainability Insights</h1><p>February 2026</p>
<h3>ISSB adoption: where the UK stands</h3>
<h3>Assurance readiness: five questions for your audit committee</h3>
<p><b>Webinar: Limited assurance in practice</b><br>Thursday 12 March, 12:30&ndash;13:30 GMT. <a href="https://icaew-mail.example/webinars/la-2026">Register</a></p>
<p style="font-size:10px">You are receiving this email because you are a member. <a href="https://icaew-mail.example/prefs">Unsubscribe</a></p>
</td></tr></table></body></html>
""", headers=[("List-Id", "<sustainability-insights.news.icaew-mail.example>"),
              ("List-Unsubscribe", "<https://icaew-mail.example/prefs>"), ("Precedence", "list")],
     kind="other", note="Member newsletter (List-Id, Precedence: list) advertising a webinar with a date and time; bulk mail is other.")

send(Person("Eventbright", "noreply@order.eventbright.example", "America/Los_Angeles", client="bulk"), [amelia],
     "2026-03-02 10:12", "Your tickets for Net Zero Finance Summit 2026", "", O, client="bulk", fmt="html", html_enc="qp",
     html="""<html><body>
<p>Hi Amelia,</p>
<p>Thanks for your order! You're going to <b>Net Zero Finance Summit 2026</b>.</p>
<p>Wednesday, 25 March 2026 &middot; 08:30 &ndash; 17:00 GMT<br>Guildhall, Gresham Street, London EC2V 7HH</p>
<p>Order #8830219457 &middot; 1 x Early bird &middot; &pound;149.00</p>
<p>Add to calendar &middot; Contact the organiser</p>
<p style="font-size:11px;color:#666">This email was sent by Eventbright. Please do not reply to this email.</p>
</body></html>
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Entity-Ref-ID", "ord-8830219457")],
     kind="other", note="Ticket confirmation from a no-reply event platform with a date, time and venue; nobody is arranging to meet Amelia.")

send(Person("Calendlee", "notifications@calendlee.example", "America/New_York", client="bulk"), [amelia], "2026-07-08 14:03",
     "New Event: Kate Morrison - 30 Minute Meeting", "", O, client="bulk", fmt="alt",
     plain_text="""Hi Amelia Hart,

A new event has been scheduled.

Event Type: 30 Minute Meeting
Invitee: Kate Morrison
Invitee Email: kate.morrison@example.com
Event Date/Time: 10:00am - 10:30am, Tuesday, July 14, 2026 (British Summer Time)
Location: Microsoft Teams

View event in Calendlee: https://calendlee.example/scheduled_events/3f2a

Sent from Calendlee
""", html="""<html><body><p>Hi Amelia Hart,</p><p>A new event has been scheduled.</p>
<p><b>Event Type:</b> 30 Minute Meeting<br><b>Invitee:</b> Kate Morrison<br>
<b>Event Date/Time:</b> 10:00am - 10:30am, Tuesday, July 14, 2026 (British Summer Time)<br><b>Location:</b> Microsoft Teams</p>
<p><a href="https://calendlee.example/scheduled_events/3f2a">View event in Calendlee</a></p></body></html>
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Calendlee Mailer")],
     kind="other", note="A scheduling service's booking notification with an exact slot; calendar notifications sent by a service are other.")

send(oliver, [amelia], "2026-08-11 10:00", "Automatic reply: Lunch in September?", """Thank you for your email. I am on annual leave until Monday 24 August with limited access to email. For urgent assurance matters please contact Jess Carter (jess.carter@pembertonlowe.example).

Oliver Grant""", O, sig=False, legal=False,
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     kind="other", note="Exchange out-of-office reply (Auto-Submitted: auto-generated) naming a return date; automated mail is other even from a known contact.")
