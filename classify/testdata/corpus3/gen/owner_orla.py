"""Orla Brennan, payroll lead in Dublin moving into people analytics (Outlook, iPhone).

Contacts in Galway, Boston, Lisbon, Berlin, London and Paris; January 2026
to March 2027, across the US and EU clock changes of March and October.
"""

from c3 import Person, Thread, ask, bulk, cal, forward, send

Z = "Europe/Dublin"

orla = Person("Orla Brennan", "orla.brennan@kestrelpost.example", Z, client="outlook", locale="en-GB",
              sig="Orla Brennan\nPayroll Lead | Ardmore Foods\nM: +353 87 555 0143")
deirdre = Person("Deirdre Whelan", "deirdre.whelan@corribmedical.example", Z, client="gmail", locale="en-GB",
                 sig="Deirdre Whelan\nPeople Analytics Manager, Corrib Medical\nGalway")
deirdre2 = Person("Deirdre Whelan", "deirdre.whelan@failtesystems.example", Z, client="gmail", locale="en-GB",
                  sig="Deirdre Whelan\nHead of People Insights | Fáilte Systems\nLimerick")
shannon = Person("Shannon Mulcahy", "smulcahy@lowellcrane.example", "America/New_York", client="gmail",
                 locale="en-US", sig="Shannon Mulcahy\nDirector, People Analytics | Lowell & Crane\nBoston, MA")
tiago = Person("Tiago Marques", "tiago.marques@navegar.example", "Europe/Lisbon", client="apple", locale="en-GB",
               sig="Tiago Marques\nHR Data Lead · Navegar\nLisboa")
katrin = Person("Katrin Vogt", "k.vogt@lohnwerk.example", "Europe/Berlin", client="thunderbird", locale="de",
                sig="Katrin Vogt\nLeiterin Produktentwicklung\nLohnwerk GmbH · Berlin", sigsep=True)
jan = Person("Jan Petersen", "j.petersen@lohnwerk.example", "Europe/Berlin", client="gmail", locale="de",
             sig="Jan Petersen\nPeople Analytics · Lohnwerk GmbH")
fergal = Person("Fergal Nolan", "fergal.nolan@ardmorefoods.example", Z, client="outlook", locale="en-GB",
                sig="Fergal Nolan\nFinancial Controller | Ardmore Foods")
elodie = Person("Élodie Marchand", "elodie.marchand@gmail.example", "Europe/Paris", client="gmail", locale="fr")
gareth = Person("Gareth Pryce", "gareth.pryce@harrowfinch.example", "Europe/London", client="outlook_html",
                locale="en-GB",
                sig="Gareth Pryce\nHead of Workforce Planning\nHarrow & Finch LLP\n20 Fenchurch Place, London EC3M 4AJ\n"
                    "T +44 20 7946 0381 | harrowfinch.example",
                legal="Harrow & Finch LLP is a limited liability partnership registered in England and Wales "
                      "(number OC400123). A list of members is available at the registered office. This email and any "
                      "attachments are confidential and may be legally privileged. If you have received it in error, "
                      "please notify the sender and delete it; you must not copy, distribute or rely on it. Harrow & "
                      "Finch LLP does not accept service of documents by email.")
saoirse = Person("Saoirse Kenny", "saoirse.kenny@griffith-students.example", Z, client="gmail", locale="en-GB")
ronan = Person("Ronan Keane", "ronan.keane@brightwater.example", Z, client="gmail", locale="en-GB",
               sig="Ronan Keane\nHR Director, Brightwater Utilities")

# ---------------------------------------------------------------- Deirdre (Galway)

t = Thread(orla, "Your post on people analytics for finance folk")
ask(t, orla, deirdre, "2026-01-13 20:40", """Hi Deirdre,

I hope you don't mind a message out of the blue. I read your post on the Analytics Ireland forum about moving from finance into people analytics, and the line about payroll data being "the most honest dataset in any company" has stuck with me all week.

I've spent nine years in payroll, the last four leading the team at Ardmore Foods, and I'm trying to work out whether people analytics is a realistic next step or just a nice idea. I'd be very grateful for 20 minutes of your time on a call at some point in the next few weeks, whenever suits you.

Kind regards,
Orla""")
t.reply(deirdre, orla, "2026-01-16 09:12", """Hi Orla,

Not at all, and thank you for reading it! Happy to talk. Any of these any good?

Thu 22nd, 2-4pm
Fri 23rd, before 11
Tue 27th, after 3

Just pick one and send me a Teams or Zoom link, either is fine.

Deirdre""", kind="request",
        note="Answers the ask with three candidate windows (Thu 22nd 2-4, Fri 23rd before 11, Tue 27th after 3) and asks Orla to pick; nothing is fixed yet, so request, not confirmation.")
t.reply(orla, deirdre, "2026-01-16 12:31", """Hi Deirdre,

Brilliant, thank you! Friday the 23rd at 10:00 suits me perfectly. I'll send a Teams link this afternoon.

Orla""", kind="confirmation", meet=("2026-01-23 10:00", "hdr"), wd="Fri", rel="weekday",
        note="Picks the Friday window from the quoted list and fixes 'Friday the 23rd at 10:00' (an ordinal; the Date header is Friday 16th, +0000 in Dublin); the other two windows sit only in the quote.")
t.reply(orla, deirdre, "2026-01-23 14:05", """Hi Deirdre,

Thank you so much for this morning. Your point that I already do analytics, I just call it reconciliation, completely changed how I'm going to write my CV. I've ordered the book you mentioned and I'll have a go at the R course over the next few weekends.

I really appreciated your time. Let's stay in touch, and if I can ever return the favour on anything payroll-shaped, please shout.

Orla""", kind="thank_you",
        note="Thanks Deirdre for the call that happened that morning and names what helped; 'let's stay in touch' and the offer to return the favour are courtesies, and the quoted text is the confirmation.")
t.reply(orla, deirdre, "2026-05-06 21:17", """Hi Deirdre,

Thanks again for your advice back in January. I sat the CIPD people analytics certificate exam in April and got the results today: I passed, with a distinction on the statistics paper, which nobody is more surprised about than me.

The bigger news is that Ardmore has agreed to a six-month secondment into our HR analytics team, starting Monday 1 June. I'll be the one asking payroll for extracts for a change.

Orla""", kind="update",
        note="Opens with 'thanks again for your advice' but its purpose is news (passed the exam, a secondment from Monday 1 June); the thanks is a courtesy, the start date is not a meeting, and the quoted text is Orla's earlier thank-you.")

# ---------------------------------------------------------------- Shannon (Boston), introduced by Deirdre

blurb = send(orla, [deirdre], "2026-02-20 19:02", "Blurb for Shannon", """Hi Deirdre,

As promised, a short blurb in case you do get a chance to mention me to Shannon:

Orla Brennan leads the payroll team at Ardmore Foods in Dublin (nine years in payroll, four leading a team of six). She is moving towards people analytics, has finished an introductory R course and is building a small portfolio on absence and overtime data. She'd love to hear how Shannon's team at Lowell & Crane is set up and what she looks for in analysts who come from finance.

No pressure at all, and thanks again for offering.

Orla""", orla, kind="other", note="(forwarded only)")
fwd = forward(deirdre, [shannon], "2026-02-24 08:47", """Shannon,

Forwarding a note from Orla Brennan, who I spoke to last month and rate highly. She's making the jump from payroll into people analytics, and I told her yours is the team I'd copy if I were starting from scratch.

Would you have half an hour for a call with her sometime in March? I've copied her here so you two can sort out a time directly.

Hope Boston is thawing out!
D""", blurb, orla, cc=[orla], subject="Fwd: Orla Brennan - payroll to people analytics", kind="request",
    note="An introducer forwards Orla's blurb and asks Shannon for half an hour with Orla 'sometime in March'; a request made on the owner's behalf and received via Cc, with no slot proposed.")
t = Thread(orla, "Fwd: Orla Brennan - payroll to people analytics")
t.msgs.append(fwd)
t.reply(orla, deirdre, "2026-02-26 07:58", """Deirdre,

Thank you so much for the introduction to Shannon. Your forward was far kinder than my blurb deserved, and I know how precious your time is at the moment. I'll let you know how it goes.

Orla""", mobile=True, kind="thank_you",
        note="Thanks Deirdre for an introduction that already happened; 'I'll let you know how it goes' is a courtesy, and the quoted forward (an ask to Shannon) does not decide.")
t.reply(shannon, orla, "2026-03-06 09:40", """Hi Orla (and thanks Deirdre, moving you to bcc),

Any friend of Deirdre's! I'd be glad to talk. Would either Tuesday 3/17 or Wednesday 3/18 at 11am Boston time work for you? Heads up that we spring forward this Sunday and you don't until the end of the month, so for those two weeks 11am here is 3pm for you, not 4.

Let me know which and I'll send an invite.

Shannon""", parent=fwd, kind="request",
        note="Offers two candidate days (Tue 3/17 or Wed 3/18, 11am Boston time) and asks Orla to choose, so nothing is fixed; the clock-change remark mentions hours but sets no meeting.")
t.reply(orla, shannon, "2026-03-12 07:55", """Hi Shannon, so sorry for the slow reply, it's been month-end chaos here. Tuesday works! Looking forward to it.

Orla""", mobile=True, kind="confirmation", meet=("2026-03-17 11:00", "America/New_York"), wd="Tue",
        rel="weekday",
        note="'Tuesday works!' accepts one of two quoted options; the time exists only in the quote (Tue 3/17, 11am Boston time), which names a zone: New York is -04:00 after the US switch on 8 March, while Orla's Date header is +0000 and the quoted proposal's was -0500.")
t.reply(orla, shannon, "2026-03-17 17:20", """Dear Shannon,

Thank you for your time this afternoon. I've been in payroll long enough to be suspicious of anyone who says the data is clean, so hearing how your team built trust in the HRIS numbers before anyone built a dashboard was exactly what I needed. The tip about starting with one question the CFO already cares about is going on a post-it on my monitor.

Thanks again, and I hope the reorg settles down for you.

Best wishes,
Orla""", kind="thank_you", note="Thanks Shannon for the call that afternoon and names what was useful; it asks for nothing and fixes no date.")
t.reply(shannon, orla, "2026-07-02 16:12", """Hi Orla,

Closing the loop on what I mentioned in March: the Dublin analyst role ended up being filled internally, sorry it didn't pan out. I did pass your CV to Cathal, our EMEA HR business partner, and he has it on file for Q4.

Hope the R course is going well!

Shannon""", kind="update",
        note="A short 'closing the loop' note with news since the call (role filled internally, CV passed on); no ask and no meeting, and the quoted thank-you does not decide.")
t.reply(orla, shannon, "2026-12-03 12:40", """Hi Shannon,

A quick note, since you were so generous with your time in March: after the secondment went well, I've accepted a permanent role as People Analytics Analyst in Ardmore's HR team. I start in the new role on Monday 11 January, and my first project is, of course, overtime.

Thanks again for everything, and a very happy Christmas when it comes.

Orla""", kind="update",
        note="Reports news months later (accepted a permanent role); 'Monday 11 January' is a start date, not a meeting, and 'thanks again' is a courtesy.")

# ---------------------------------------------------------------- Deirdre's news

t = Thread(orla, "New job, new address")
t.send(deirdre2, [orla], "2027-01-19 10:05", """Orla!

Belated congratulations on the permanent role, Shannon told me before you did, which tells you everything about how small this world is.

My own news: I left Corrib at Christmas and started last week as Head of People Insights at Fáilte Systems in Limerick. This is my new address; the old one will bounce from the end of the month. Same phone number.

D""", fmt="html", kind="update",
       note="Deirdre's own news since the last exchange (new job, new address); the congratulations are a courtesy, and nothing is asked or fixed.")

# ---------------------------------------------------------------- Tiago (Lisbon)

t = Thread(orla, "Shannon Mulcahy suggested I get in touch")
ask(t, orla, tiago, "2026-10-19 11:02", """Hi Tiago,

Shannon Mulcahy suggested I contact you. She said you built the HR data platform at Navegar almost single-handed, and I'm trying to do something similar, on a much smaller scale, at Ardmore Foods in Dublin.

Would you have time for a call in the next week or two? Half an hour would be plenty. We're even in the same time zone, which must be a first for my networking.

Best regards,
Orla""")
t.reply(tiago, orla, "2026-10-21 18:30", """Hello Orla,

Yes with pleasure, any friend of Shannon. I can Tuesday 27 or Thursday 29, any hour between 10h and 12h Lisbon time. You choose and send me the link.

Abraço,
Tiago""", kind="request",
        note="Non-native English slot list: two candidate days with a 10h-12h window ('you choose'), so nothing is fixed yet; request.")
t.reply(orla, tiago, "2026-10-22 09:15", """Hi Tiago,

Thank you! Let's say Thursday 29th at 11:00 Lisbon time, which handily is 11:00 here too. Our clocks both go back on Sunday, so nobody needs to do any maths. Teams link to follow.

Orla""", kind="confirmation", meet=("2026-10-29 11:00", "Europe/Lisbon"), wd="Thu", rel="weekday",
        note="Fixes 'Thursday 29th at 11:00 Lisbon time' from the quoted options; the Date header is +0100 (Irish summer time) but both zones fall back on 25 October, so the meeting is at +00:00.")
t.reply(tiago, orla, "2026-10-28 18:40", """Hello Orla,

I am very sorry to write this so late. Tomorrow I cannot anymore, my director put me in a client workshop in Porto all the week and I come back only Monday. I prefer not to promise you another day now, because November is always crazy for us with the budget. When it is more calm I will write you, promise.

Again sorry,
Tiago""", kind="decline",
        note="Cancels the agreed Thursday call in non-native English and explicitly gives no new date ('when it is more calm I will write you'); the quoted text below is Orla's confirmation with the 11:00 slot and must not decide.")

# ---------------------------------------------------------------- Katrin and Jan (Berlin)

t = Thread(orla, "Your talk on payroll data quality")
ask(t, orla, katrin, "2027-03-08 13:10", """Dear Ms Vogt,

I very much enjoyed your talk at HR Tech Europe on payroll data quality. I lead a payroll team in Dublin and I'm moving into people analytics, and your point about treating pay data as a product has been on my mind since.

Would you have 30 minutes for a video call in the coming weeks?

Kind regards,
Orla Brennan""")
t.reply(katrin, orla, "2027-03-10 08:52", """Liebe Frau Brennan,

vielen Dank für Ihre freundliche Nachricht und das Lob zum Vortrag!

Ehrlich gesagt bin ich für Ihre Fragen nicht die Richtige: Ich komme aus der Softwareentwicklung und habe mit der Lohnabrechnung selbst kaum Berührung. Mein Kollege Jan Petersen kennt den Weg von Payroll zu People Analytics viel besser, er ist ihn selbst gegangen. Ich habe ihn in Kopie gesetzt, er meldet sich bestimmt bei Ihnen.

Viele Grüße aus Berlin
Katrin Vogt""", cc=[jan], lang="de", charset="iso-8859-1", enc="8bit", kind="decline",
        note="[de] Declines without any 'no': she is not the right person and hands Orla to a copied colleague; that redirect refuses a call with Katrin herself, gives no date, and the quoted English request does not decide.")
t.reply(jan, orla, "2027-03-12 17:26", """Liebe Frau Brennan,

Katrin hat mich schon vorgewarnt, und ich spreche sehr gern mit Ihnen! Ich komme tatsächlich auch aus der Lohnbuchhaltung.

Die nächsten zwei Wochen sind bei mir leider dicht. Danach würde mir Mittwoch, 31. März, zwischen 14 und 16 Uhr passen, oder Donnerstag, 1. April, vormittags. Suchen Sie sich gern etwas aus.

Beste Grüße
Jan Petersen""", lang="de", kind="request",
        note="[de] Offers two candidate windows (Wed 31 March 14-16, Thu 1 April morning) and lets Orla choose; nothing is fixed yet.")
t.reply(orla, jan, "2027-03-15 10:20", """Hallo Herr Petersen,

vielen Dank! (That is the end of my German, I'm afraid.)

Wednesday 31 March at 14:30 Berlin time would be perfect; that's 13:30 for me, as both our clocks will have gone forward by then. I've sent a Teams invitation for half an hour.

Kind regards,
Orla""", kind="confirmation", meet=("2027-03-31 14:30", "Europe/Berlin"), wd="Wed",
        cal=cal("REQUEST", "Orla Brennan / Jan Petersen", "2027-03-31 14:30", "2027-03-31 15:00", "Europe/Berlin", "win",
                orla, [orla, jan], "2027-03-15 10:20", tzid="W. Europe Standard Time",
                prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting"),
        note="Fixes Wed 31 March 14:30 Berlin time and carries an Outlook METHOD:REQUEST with the Windows TZID 'W. Europe Standard Time'; the invite wins and gives +02:00 (after the EU switch on 28 March) while the Date header is +0000; the German opening line is a courtesy in an English mail.")

# ---------------------------------------------------------------- work, bulk and friends

send(fergal, [orla], "2026-02-05 15:33", "Audit pack - could you look at slides 4-7?", """Orla,

Any chance you could cast an eye over the attached slides for the payroll audit before I send them to Finance? I need them back by Friday 12:00 at the latest, as the audit committee sits on the 12th and Maeve wants the pack on Monday.

Mainly slides 4-7 (the overtime variance). I'm not sure the numbers tie back to the GL.

Thanks a million,
Fergal""", orla, attach=[("payroll-audit-draft.pdf", "application/pdf", b"%PDF-1.4\n% draft\n%%EOF\n")], kind="other",
     note="A colleague asks for a slide review by Friday 12:00; the ask is not for a meeting, and 'the audit committee sits on the 12th' is a project date Orla meets no one at, so other.")

bulk("Declan Furlong | Talentbridge", "declan.furlong@talentbridge.example", Z, orla, "2026-04-14 07:05",
     "Payroll, HRIS & Reward roles - Dublin, Cork, Galway", orla, """Hi there,

I hope this email finds you well!

I'm currently partnering with several leading organisations across Dublin, Cork and Galway who are growing their HR, Payroll and Reward functions in 2026. If you (or anyone in your network) might be open to a new challenge, I'd love to hear from you.

Current roles include:
- Payroll Manager, FMCG, Dublin 12 - up to EUR 75k + bonus
- HRIS Analyst, Pharma, Cork - hybrid, 12-month FTC
- Reward & Benefits Specialist, Tech, Dublin 2 - up to EUR 68k

Simply reply with an up-to-date CV and I will be in touch. Referral bonus of EUR 250 for any successful placement!

Kind regards,
Declan Furlong
Senior Consultant | Talentbridge Recruitment

To stop receiving these updates, reply with UNSUBSCRIBE.""",
     "Recruiter mass mail with no List headers: 'Hi there', a list of roles and an unsubscribe line; it asks for a CV, not a meeting, and is not written to Orla personally, so other.")

posting = send(Person("Lumière Group Careers", "careers@lumiere-group.example", "Europe/Paris", client="gmail"),
               [elodie], "2026-06-09 09:00", "New job alert: People Analytics Analyst - Dublin", """People Analytics Analyst - Dublin (hybrid)

Lumière Group is looking for a People Analytics Analyst to join its HR Insights team, working closely with colleagues in Paris and Lyon.

You will build reporting on headcount, absence and pay equity, and support the annual engagement survey.

Closing date: 30 June 2026. Interviews will take place in the week of 13 July.""", orla, sig=False, kind="other",
               note="(forwarded only)")
forward(elodie, [orla], "2026-06-10 22:14", """Coucou Orla,

Je suis tombée sur cette offre et j'ai tout de suite pensé à toi : analyste People Analytics à Dublin, avec des équipes à Paris. Ça ressemble beaucoup à ce que tu m'as décrit à Noël.

Aucune idée de qui recrute, mais je me suis dit que ça valait le coup de te la transférer.

Bises,
Élodie""", posting, orla, lang="fr", kind="other",
        note="[fr] A friend forwards a job posting with 'j'ai tout de suite pensé à toi'; no meeting is asked for, and the closing date and interview week sit inside the forwarded posting, so other.")

bulk("Analytics Institute of Ireland", "noreply@analyticsinstitute.example", Z, orla, "2026-09-02 11:20",
     "Payment received - Certificate in HR Analytics (Autumn 2026)", orla, """Dear Orla Brennan,

Thank you for your payment of EUR 1,150.00 (reference AII-26-0915).

Your place on the Certificate in HR Analytics (Autumn 2026) is confirmed. Your first live session is on Tuesday 22 September 2026, 18:30-20:30, online. Joining details will be sent 48 hours before the session.

This is an automated message. Please do not reply to this email.

Analytics Institute of Ireland""",
     "Automated payment receipt from a no-reply sender; 'thank you for your payment' is not thanks for help, and the first class session is not a meeting with a person, so other.",
     headers=[("Auto-Submitted", "auto-generated")])

t = Thread(orla, "Coffee or a call? Payroll to people analytics")
ask(t, orla, ronan, "2026-11-09 09:14", """Hi Ronan,

We met briefly at the CIPD Ireland conference in October (I was the one asking about overtime data). I'm moving from payroll into people analytics and would love to hear how you built the analytics function at Brightwater.

Would you have time for a coffee or a short call before Christmas?

Thanks,
Orla""")
t.reply(Person("Ronan Keane", "ronan.keane@brightwater.example", Z, client="bulk"), orla, "2026-11-09 09:14",
        "", quote=False, subject="Automatic reply: Coffee or a call? Payroll to people analytics", client="bulk",
        fmt="plain", plain_text="""Thank you for your email. I am on annual leave until Monday 16 November with limited access to email.

For anything urgent, please contact hrops@brightwater.example.

Ronan Keane""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], kind="other",
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to Orla's ask; the return date Monday 16 November is not a meeting, and automated mail is other.")
t.reply(ronan, orla, "2026-11-18 20:31", """Hi Orla,

Thanks for your note, and sorry for the slow reply, I've been away.

I've had to stop doing one-to-one career chats this year. I was doing three or four a week and my actual job was starting to suffer, so I've stepped back from all of them, which at least feels fair.

What I'd have told you on a call is mostly in two places, though: the "Excel to People Analytics" newsletter archive (https://excel2pa.example/archive) and a short book called "Counting People" by Hanne Aasen. The PA Community Slack also runs a monthly ask-me-anything for people making exactly your move.

Best of luck, you'll be great at it.
Ronan""", parent=t.msgs[0], kind="decline",
        note="'I've had to stop doing one-to-one career chats' refuses the asked coffee without a 'no', wrapped in thanks and resources (a newsletter link, a book, a community); no new date, so decline.")

# ---------------------------------------------------------------- Gareth (London)

t = Thread(orla, "Workforce planning at Harrow & Finch")
ask(t, orla, gareth, "2026-05-15 08:30", """Dear Mr Pryce,

I read your CIPD piece on workforce planning with a great deal of interest. I lead payroll at Ardmore Foods and am moving towards people analytics, and I'd love to understand how your team at Harrow & Finch is structured.

Would you be open to a short call at a time that suits you?

Kind regards,
Orla Brennan""")
t.reply(gareth, orla, "2026-05-19 16:48", """Dear Orla,

Thank you for getting in touch, and for your kind words about the CIPD piece.

I'm afraid I need to be careful here. We are currently recruiting for a People Analytics Manager, and as I sit on the interview panel, our talent acquisition team asks us not to hold informal conversations with anyone who might apply until the process has closed. I'm sure you'll understand that this is about fairness to all applicants rather than anything personal.

If the role is of interest, the posting is on our careers site and I'd encourage you to apply there.

With best wishes,
Gareth""", kind="decline",
        note="Refuses the call on policy grounds (he sits on the panel for an open role) with no 'no' and no new date; pointing to the careers site is not a meeting and the thanks is courtesy. HTML-only Outlook with a long legal footer.")
t.reply(orla, gareth, "2026-10-06 13:02", """Dear Gareth,

Just to close the loop on my note in May: I didn't apply in the end. I've since started a secondment in our own HR analytics team and I'm staying put for now.

Thank you for being so clear about the process at the time. I appreciated it.

Kind regards,
Orla""", kind="update",
        note="A 'close the loop' note with news since the last exchange (did not apply, started a secondment); the thanks for his clarity is a courtesy, and the quoted policy decline does not decide.")

# ---------------------------------------------------------------- Saoirse (student)

t = Thread(orla, "Coffee? Payroll diploma student")
ask(t, saoirse, orla, "2026-08-24 14:02", """Hi Orla,

I'm in my final year of the payroll diploma at Griffith and my lecturer, Mr Daly, said you'd be a great person to talk to about careers after payroll.

Would you have time for a coffee next week? I could meet near your office any lunchtime.

Thanks so much,
Saoirse""")
t.reply(orla, saoirse, "2026-08-25 07:41", """I'll have to sit this one out, sorry Saoirse. Best of luck with the final year!

Orla""", mobile=True, kind="decline",
        note="A one-line reply from a phone: 'I'll have to sit this one out' refuses the quoted coffee invitation with no 'no', no reason and no new date.")
