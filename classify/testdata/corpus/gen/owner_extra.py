"""Later mail of the same eight owners: more declines and updates, and a few
cases that sit on a rule's edge (a cancellation that names the old time, a
thank-you that also fixes the next meeting, a service's reminder of a real
meeting, a forward with a one-line comment)."""

from corpus import Thread, forward, hidden, quoted_only, send
from ics import ics
from mail import Person
from owner_amelia import amelia, henrik, oliver, sam
from owner_arjun import arjun, nikhil
from owner_beatriz import beatriz, carlos, ethan
from owner_daniel import brian, daniel, omar
from owner_grace import grace, tomn
from owner_jonas import ana, jonas, lukas
from owner_marcus import jenna, kevin, marcus
from owner_sofia import aaron, diego, mei, sofia

# ---------------------------------------------------------------- declines

aisha_cl = Person("Aisha Khan", "aisha@carbonledger.example", "Europe/London", client="outlook", locale="en-GB",
                  sig="Aisha Khan | COO | Carbonledger")
ask = hidden(send(jonas, [aisha_cl], "2026-01-14 16:20", "Coffee in London in February?", """Hi Aisha,

Tom Ellery mentioned you might be open to a coffee. I'll be in London in February; would you have 30 minutes?

Best,
Jonas""", jonas, kind="request", note="(quoted only)"))
t = Thread(jonas, "Coffee in London in February?")
t.msgs.append(ask)
t.reply(aisha_cl, jonas, "2026-01-15 09:30", """Hi Jonas,

Thanks so much for reaching out, and Tom speaks highly of you. I'm afraid my diary is impossible until our year-end audit is done, so I'll have to say no for now. Do apply for the role, though; the hiring team will take good care of you.

Best,
Aisha""", kind="decline",
        note="Says no to the coffee 'for now' with no new date; the encouragement to apply is a courtesy.")

yilmaz = Person("Emre Yılmaz", "emre@sonnenfeld-energy.example", "Europe/Berlin", client="gmail", locale="de",
                sig="Emre Yılmaz\nGründer & CEO, Sonnenfeld Energy", sigsep=True)
ask = hidden(send(jonas, [yilmaz], "2026-02-02 08:50", "Kurzes Gespräch über Produktarbeit bei Sonnenfeld?", """Hallo Herr Yılmaz,

ich bin Maschinenbauer und möchte ins Produktmanagement wechseln. Hätten Sie 20 Minuten für ein kurzes Gespräch?

Viele Grüße
Jonas Becker""", jonas, kind="request", lang="de", note="(quoted only)"))
t = Thread(jonas, "Kurzes Gespräch über Produktarbeit bei Sonnenfeld?")
t.msgs.append(ask)
t.reply(yilmaz, jonas, "2026-02-04 22:41", """Hallo Herr Becker,

vielen Dank für Ihre Nachricht. Leider muss ich absagen: Wir stecken mitten in der Finanzierungsrunde, und ich schaffe es aktuell nicht, mich um externe Anfragen zu kümmern. Ich wünsche Ihnen viel Erfolg beim Wechsel!

Beste Grüße
Emre Yılmaz""", kind="decline", lang="de",
        note="[de] A plain refusal ('Leider muss ich absagen') with a reason and good wishes; no new date.")

oliver_lunch = Thread(amelia, "Lunch to celebrate?")
oliver_lunch.send(oliver, [amelia], "2026-09-01 17:20", """Amelia,

Two months in and the Leeds client already asks for you by name. Let's celebrate: lunch next Thursday, 10 September, at 12.30 at Coq d'Argent. My PA has booked the table.

Oliver""", kind="confirmation", meet=("2026-09-10 12:30", "hdr"), wd="Thu",
                   note="Fixes a lunch on 'next Thursday, 10 September, at 12.30' (the explicit date settles which Thursday); Date header +0100.")
oliver_lunch.reply(oliver, amelia, "2026-09-09 18:05", """Amelia, I'm so sorry, but I have to cancel our lunch tomorrow at 12.30. There's a client crisis in Leeds and I'm on the first train up. Let's find another date when I'm back; I'll ask my PA to look at the diary.

Oliver""", kind="decline",
                    note="Cancels the next day's lunch (the old time, 12.30, is named) and offers no new date; a cancellation is a decline, not a confirmation.")

ask = hidden(send(marcus, [jenna], "2026-04-20 21:05", "Coffee when I'm in Chicago?", """Hi Jenna,

I'll be in Chicago for a conference in May. Any chance of a coffee while I'm there? I owe you at least one.

Marcus""", marcus, kind="request", note="(quoted only)"))
t = Thread(marcus, "Coffee when I'm in Chicago?")
t.msgs.append(ask)
t.reply(jenna, marcus, "2026-04-21 08:12", """Marcus! I'd love to, but I'm starting parental leave on May 1st, so the timing doesn't work. Let's catch up properly when I'm back in the fall.

Jenna""", kind="decline",
        note="Declines the coffee because of leave from May 1st and defers to 'the fall' with no date.")

ask = hidden(send(sofia, [mei], "2026-09-14 20:00", "Celebration lunch!", """Mei! Celebration lunch Thursday at 12, my treat this time? Tartine again?

S""", sofia, kind="request", note="(quoted only)"))
t = Thread(sofia, "Celebration lunch!")
t.msgs.append(ask)
t.reply(mei, sofia, "2026-09-16 07:30", """so sorry, I have to bail on lunch tomorrow, sick kiddo 🤒 rain check?""", mobile=True, kind="decline",
        note="Calls off the next day's lunch with a 'rain check' and no new date; the quoted proposal's time does not make it a confirmation.")

tomas = Person("Tomás Silva", "tomas@streamline-api.example", "America/Los_Angeles", client="gmail", locale="en-US")
ask = hidden(send(arjun, [tomas], "2026-10-31 10:00", "Quick chat before the panel?", """Hi Tomás,

Sarah suggested I reach out. Could we have a quick 15-minute call before my panel next week?

Regards,
Arjun""", arjun, kind="request", note="(quoted only)"))
t = Thread(arjun, "Quick chat before the panel?")
t.msgs.append(ask)
t.reply(tomas, arjun, "2026-10-31 09:15", """Hi Arjun,

Thanks for reaching out, and I'm looking forward to the panel. To keep the process fair for every candidate, I can't take informal calls before it, so I'll have to say no. If you have questions about the format, send them to me in writing and I'll answer.

Best,
Tomás""", kind="decline",
        note="Refuses the call on principle; the offer to answer questions in writing is not a meeting.")

sylvie = Person("Sylvie Bouchard", "sbouchard@chum-innov.example", "America/Toronto", client="outlook", locale="fr",
                sig="Sylvie Bouchard\nDirectrice, innovation clinique")
ask = hidden(send(daniel, [sylvie], "2026-04-13 20:15", "Demande d'appel : innovation clinique", """Bonjour Madame Bouchard,

Je suis infirmier et je me réoriente vers la recherche UX. Auriez-vous 20 minutes pour un appel dans les prochaines semaines ?

Cordialement,
Daniel Osei""", daniel, kind="request", lang="fr", note="(quoted only)"))
t = Thread(daniel, "Demande d'appel : innovation clinique")
t.msgs.append(ask)
t.reply(sylvie, daniel, "2026-04-15 09:05", """Bonjour Daniel,

Merci de votre intérêt pour notre travail. Malheureusement, je dois décliner : je quitte mes fonctions à la fin du mois et je ne suis plus en mesure de prendre de nouveaux rendez-vous. Je vous souhaite bonne chance dans votre démarche.

Sylvie Bouchard""", qstyle="original", kind="decline", lang="fr", charset="windows-1252",
        note="[fr] Windows-1252 refusal ('je dois décliner') under a '-----Message d'origine-----' quote; 'la fin du mois' is her departure, not a date.")

ask = hidden(send(beatriz, [carlos], "2026-03-16 19:00", "¿Segunda charla?", """¡Hola Carlos!

¿Tendrías media horita este mes para una segunda charla? Quiero mostrarte mi portfolio.

Bea""", beatriz, kind="request", lang="es", note="(quoted only)"))
t = Thread(beatriz, "¿Segunda charla?")
t.msgs.append(ask)
t.reply(carlos, beatriz, "2026-03-17 10:40", """¡Hola Bea!

Este mes estoy a full con el lanzamiento de la app nueva, ¿lo dejamos para más adelante? Te escribo yo cuando se calme un poco.

Abrazo,
Carlos""", kind="decline", lang="es",
        note="[es] Postpones the second call with no date ('más adelante', 'te escribo yo'); a postponement without a date is a decline.")

canc = send(aaron, [sofia], "2026-10-31 11:40", "Canceled: Sofia / Aaron - prep call", """Sofia, apologies: our board meeting landed on this slot. I'm traveling the rest of the week, so let's not try to squeeze it in. You're well prepared. Good luck on the 6th!

Aaron""", sofia, sig=False, legal=False, kind="decline",
            note="Outlook cancellation (text/calendar METHOD:CANCEL, TZID 'Eastern Standard Time') of the Monday call with no new date; 'the 6th' is her interview, not a meeting.")
canc.cal = ics("CANCEL", "Sofia / Aaron - prep call", "2026-11-02 13:00", "2026-11-02 13:20", "America/New_York", "win",
               aaron, [aaron, sofia], canc.date, tzid="Eastern Standard Time",
               prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", sequence=1)
canc.cal_method = "CANCEL"

jake = Person("Jake Miller", "jake.miller@learnstack.example", "America/Denver", client="gmail", locale="en-US",
              sig="Jake Miller | Account Executive | LearnStack\n(720) 555-0118")
t = Thread(marcus, "LearnStack demo for Brightpath?")
t.send(jake, [marcus], "2026-06-02 11:15", """Hi Marcus,

Congrats on the new role at Brightpath! I work with a lot of instructional design teams and I'd love to show you how LearnStack speeds up storyboard reviews. Do you have 20 minutes next week for a quick demo?

Best,
Jake""", kind="request",
       note="A salesperson writing personally asks for a 20-minute demo meeting; a person asking to meet is a request.")
t.reply(marcus, jake, "2026-06-02 13:40", """Hi Jake,

Thanks, but I'm two weeks into the job and not involved in tool decisions, so I'll pass on the demo.

Best,
Marcus""", kind="decline", sig=False,
        note="Marcus declines the demo meeting outright.")

# ---------------------------------------------------------------- updates

t = Thread(jonas, "Neuigkeiten")
t.send(jonas, [lukas], "2026-07-22 20:10", """Hallo Lukas,

kurzes Update: Ich habe bei Windwerk zugesagt und fange im September als Product Owner in Hamburg an. Unser Telefonat im Juni hat mir bei der Vorbereitung auf das letzte Gespräch sehr geholfen, die Fragen zur Netzanbindung kamen fast wörtlich.

Viele Grüße
Jonas""", kind="update", lang="de",
       note="[de] Tells Lukas the result (offer accepted, start in September); the mention of their June call is context.")

t = Thread(amelia, "News!")
t.send(amelia, [sam], "2026-05-02 10:15", """Sam!

Quick update since our coffee: I passed the IEMA exam, and I've got a final interview with Pemberton & Lowe on Thursday at 10. Your anchor-client advice came up in the first round, so you're now officially part of my interview prep.

A x""", kind="update",
       note="News since their coffee; 'Thursday at 10' is an interview with someone else, not a meeting with Sam, so it is an update and no confirmation.")

t = Thread(marcus, "Guess what")
t.send(marcus, [kevin], "2026-04-28 19:50", """Kevin,

I accepted an offer at Brightpath! Instructional Designer I, starting May 18. Our call about lesson plans vs PRDs came up in the final interview and I think it landed. Wanted you to hear it from me.

Marcus""", kind="update",
       note="Reports a result (offer accepted, start date May 18) to a past contact; no ask.")

t = Thread(sofia, "Novedades")
t.send(sofia, [diego], "2026-08-24 18:30", """Hola Diego:

Te cuento que acepté una oferta en Helixa Therapeutics como product manager de su plataforma de screening. Empiezo en octubre. Lo que me contaste sobre trabajar con laboratorios clínicos me ayudó mucho en las entrevistas.

Un abrazo,
Sofía""", kind="update", lang="es",
       note="[es] Reports a result (offer accepted, starts in October); 'me ayudó mucho' is a courtesy.")

t = Thread(arjun, "First blog post is live")
t.send(arjun, [nikhil], "2026-02-15 11:25", """Hi Nikhil,

Following your advice from our coffee: my first technical blog post is live, on idempotency keys in payment APIs. It got about 2,000 reads in the first week and a comment from someone at Streamline. Link: https://arjunm.example/blog/idempotency

Arjun""", kind="update",
       note="Keeps Nikhil posted on what came of his advice; no ask or meeting.")

t = Thread(daniel, "Met Priya Sandhu")
t.send(daniel, [brian], "2027-01-26 20:40", """Hi Brian,

I met Priya Sandhu, whom you introduced me to, last Thursday. It went really well: she's invited me to a second interview with her team on the 28th. Thank you again for the introduction.

Daniel""", kind="update",
       note="How a referral went, with a second interview 'on the 28th' that is not a meeting with Brian; the closing thanks is a courtesy.")

t = Thread(grace, "LawPath!!")
t.send(grace, [tomn], "2026-02-20 17:05", """Mel at LawPath came through, I've got a six-month contract role starting in March! Drinks are on me next time.""",
       mobile=True, sig=False, kind="update",
       note="Reports a result from Tom's intro; 'drinks are on me next time' is a courtesy, not an ask with a time.")

t = Thread(beatriz, "I got it!")
t.send(beatriz, [ethan], "2026-07-24 15:20", """Hi Ethan,

I wanted you to be one of the first to know: I got the content designer role on the payments squad! I start on August 3. Thank you again for passing my name along.

Beatriz""", kind="update",
       note="Reports a result (role accepted, start date August 3) to the person who referred her; thanks is a closing courtesy.")

t = Thread(jonas, "Thesis submitted!")
t.send(ana, [jonas], "2026-04-14 13:30", """Hi Jonas,

Just wanted to let you know that I handed in my thesis last week and got a 1.3! The chapter with your gearbox example got a special mention from my supervisor. I've also accepted a working-student job in the validation team at Kessler.

Best,
Ana""", kind="update",
       note="A student reports results since their conversation; no thanks-for-a-meeting purpose and no ask.")

t = Thread(amelia, "Sampling guidance published")
t.send(henrik, [amelia], "2026-09-29 13:10", """Dear Amelia,

You may remember our conversation about sampling by vessel rather than by voyage. We have now published our guidance on it, and you are named in the acknowledgements. The PDF is on our investor relations site.

Best regards,
Henrik""", kind="update",
       note="HTML-only Outlook note keeping Amelia posted on a publication that came out of their call; nothing is asked.")

# ---------------------------------------------------------------- confirmations on the edge

t = Thread(marcus, "Thank you! + follow-up")
t.send(marcus, [jenna], "2026-03-10 17:45", """Jenna,

Thank you so much for reviewing my portfolio today. The note about cutting the intro video to 30 seconds was spot on. As we said, let's do the follow-up on Friday the 20th at 3:30pm CT, after I've reworked the module.

Marcus""", kind="confirmation", meet=("2026-03-20 15:30", "America/Chicago"), wd="Fri",
       note="A thank-you that also fixes the next meeting (Friday the 20th at 3:30pm CT, -05:00 after the US switch); under the tie rule a fixed next meeting makes it a confirmation.")

t = Thread(daniel, "RE: Shadowing: clinical informatics team")
t.send(omar, [daniel], "2026-06-29 10:00", """Daniel,

Good news: the go-live is behind us. We're back on for the shadowing day: Thursday, July 16, starting at 8:00 a.m. on the 5th floor. Priya will meet you at the elevators.

Omar""", client="outlook_html", kind="confirmation", meet=("2026-07-16 08:00", "hdr"), wd="Thu",
       note="HTML-only Outlook message re-fixing the cancelled shadowing day with a time (Thursday, July 16, 8:00 a.m., Date -0400); a new fixed date after a cancellation is a confirmation.")

demir = Person("Selin Demir", "s.demir@windwerk.example", "Europe/Berlin", client="outlook", locale="de",
               sig="Selin Demir\nTalent Acquisition | Windwerk GmbH\nTel. +49 40 5550 3390")
t = Thread(jonas, "Einladung zum Fallstudien-Gespräch - Product Owner Fernwartung")
t.send(demir, [jonas], "2026-02-20 14:10", """Sehr geehrter Herr Becker,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zum Fallstudien-Gespräch einzuladen: am Donnerstag, 12. März 2026, um 10:00 Uhr bei uns in Hamburg (Am Sandtorkai 12, 4. OG, Empfang). Bitte planen Sie etwa zwei Stunden ein.

Mit freundlichen Grüßen
Selin Demir""", kind="confirmation", lang="de", meet=("2026-03-12 10:00", "hdr"), wd="Thu", charset="iso-8859-1",
       note="[de] ISO-8859-1 invitation fixing 'Donnerstag, 12. März 2026, um 10:00 Uhr' in Hamburg; Date +0100, and the EU switch on 29 March comes later.")

# ---------------------------------------------------------------- other on the edge

send(Person("Google Calendar", "calendar-notification@google.example", "America/New_York", client="bulk"), [marcus],
     "2026-01-15 12:50", "Reminder: Coffee chat: Marcus Bell / Olivia Park @ Thu Jan 15, 2026 1pm - 1:30pm (EST)", "", marcus,
     client="bulk", fmt="alt", plain_text="""Coffee chat: Marcus Bell / Olivia Park
Thursday Jan 15, 2026 ⋅ 1pm – 1:30pm
Eastern Time - New York

Join with Google Meet: meet.example/xyq-hbrm-wop

Reminder from Google Calendar. You are receiving this email because you set a reminder for this event.
""", html="""<html><body><p><b>Coffee chat: Marcus Bell / Olivia Park</b></p><p>Thursday Jan 15, 2026 &sdot; 1pm &ndash; 1:30pm<br>Eastern Time - New York</p>
<p>Reminder from Google Calendar.</p></body></html>
""", kind="other", note="A calendar service's reminder of a real meeting (calendar-notification sender, no person writing); calendar notifications sent by a service are other.")

aaron_news = quoted_only(aaron, [sofia], "2026-06-17 13:02", "RE: From the bench to product: a question after BIO Boston", """Sofia,

Some news: we closed our Series B last week and we're hiring a PM for the screening platform. I've told our recruiter, Dana, to expect your application.

Aaron""")
partner = Person("Tom Reyes-Walsh", "tom.rw@pmail.example", "America/Los_Angeles", client="gmail", locale="en-US")
forward(sofia, [partner], "2026-06-17 13:30", """look!!! 🎉""", aaron_news, sofia, sig=False, kind="other",
        note="Sofia forwards a contact's news to her partner with a one-word comment; the forwarded block decides nothing and the new text does no networking.")

send(Person("LinkedOn", "invitations@linkedon.example", "America/Los_Angeles", client="bulk"), [amelia], "2026-09-18 08:02",
     "Kwame Asante accepted your invitation", "", amelia, client="bulk", fmt="alt",
     plain_text="""Amelia, Kwame Asante accepted your invitation. Start a conversation and say hi.

Message Kwame: https://linkedon.example/messaging/new?to=kasante

Unsubscribe: https://linkedon.example/settings/email
""", html="""<html><body><p>Amelia, <b>Kwame Asante</b> accepted your invitation. Start a conversation and say hi.</p>
<p><a href="https://linkedon.example/messaging/new?to=kasante">Message Kwame</a></p></body></html>
""", headers=[("List-Unsubscribe", "<https://linkedon.example/settings/email>")],
     kind="other", note="Social-network notification from a no-reply platform address; 'start a conversation' is the platform's prompt.")
