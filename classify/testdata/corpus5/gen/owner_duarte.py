"""Duarte Valente, Lisbon: civil engineer moving into data engineering.

Gmail with a Portuguese (Portugal) interface, so his English replies carry
Portuguese attribution lines; iPhone on the go. Contacts in Lisbon,
Amsterdam, London, Madrid (Spanish) and Paris (French). October 2026 to
May 2027; the EU clock changes on 25 October 2026 and 28 March 2027 fall
inside his threads.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from c5 import Person, Thread, bulk, forward, hide, hide_reply, ics, send, service, unsub  # noqa: F401

DUARTE = Person("Duarte Valente", "duarte.valente@valente.example", "Europe/Lisbon", client="gmail", locale="pt-PT",
                sig="Duarte Valente\nCivil engineer, moving into data engineering\nLisboa · +351 912 555 014")
INES = Person("Inês Carvalho", "ines.carvalho@obraviva.example", "Europe/Lisbon", client="gmail", locale="pt-PT",
              sig="Inês Carvalho\nDiretora de Projeto · ObraViva Engenharia")
OSKAR = Person("Oskar Lindholm", "oskar.lindholm@freightbird.example", "Europe/Amsterdam", client="outlook",
               locale="en-GB",
               sig="Oskar Lindholm\nLead, Data Platform\nFreightbird B.V. | Keizersgracht 221, Amsterdam",
               legal="This message may contain confidential information. If you are not the intended recipient, "
                     "please notify the sender and delete it. Freightbird B.V., KvK 70112233.")
CARMEN = Person("Carmen Sobrino", "carmen.sobrino@datapuente.example", "Europe/Madrid", client="gmail", locale="es",
                sig="Carmen Sobrino\nHead of Data Engineering · DataPuente\nMadrid")
HELENE = Person("Hélène Marchal", "helene.marchal@ferrodata.example", "Europe/Paris", client="apple", locale="fr",
                sig="Hélène Marchal\nResponsable plateforme données, FerroData\nParis")
TARIQ = Person("Tariq Osman", "tariq.osman@kiteline.example", "Europe/London", client="apple", locale="en-GB",
               sig="Tariq Osman\nPrincipal Data Engineer, Kiteline")
LOTTE = Person("Lotte Vink", "lotte@bridgepoint-talent.example", "Europe/Amsterdam", client="gmail", locale="en-GB",
               sig="Lotte Vink\nSenior Consultant, Data & Analytics\nBridgepoint Talent | Rotterdam")
BEN = Person("Ben Hallworth", "ben@tramline.example", "Europe/Lisbon", client="gmail", locale="en-GB",
             sig="Ben Hallworth\nData engineer @ Tramline\nLisbon")
RUI = Person("Rui Antunes", "rui.antunes@obraviva.example", "Europe/Lisbon", client="outlook", locale="en-GB",
             sig="Rui Antunes\nEngenheiro Civil Sénior · ObraViva Engenharia")

O = DUARTE

# ------------------------------------------------------------ Inês forwards Duarte to Oskar

blurb = send(DUARTE, INES, "2026-10-16 11:02", "Duarte — civil engineer moving into data", """\
Here's the short version for Oskar, as promised:

I'm a civil engineer (eight years, mostly bridge inspection and monitoring at ObraViva). For the last two years I've been building the pipelines for our structural-sensor data on my own time: strain gauges and accelerometers, about 40 million readings a month, Python and Postgres and far too many cron jobs. I'd like to move into data engineering properly, and I'd love to hear how a team like Freightbird's thinks about the jump from "engineer who writes pipelines" to "data engineer".

Duarte""", owner=O, kind="other", note="forwarded only")
fwd = forward(INES, [OSKAR], "2026-10-16 18:20", """\
Oskar,

As promised at the conference dinner: this is Duarte, the colleague I told you about. He wrote the little blurb below for exactly this purpose.

Could you give him half an hour on a call some time in the next few weeks? I think your team's stack is exactly what he wants to learn, and he'll come prepared, he always does.

Duarte is in copy.

Beijinhos,
Inês""", blurb, O, cc=[DUARTE], kind="request",
              note="An introducer forwards the owner's blurb to a contact (owner on Cc) and asks him for half an hour "
                   "on a call with the owner: an intro that asks two people to meet is a request; the forwarded "
                   "block does not decide.")
t = Thread(O, fwd.subject)
t.msgs.append(fwd)
hide_reply(t, OSKAR, [DUARTE], "2026-10-19 09:05", """\
Hi Duarte,

Thanks Inês for the connection (moving you to bcc).

Duarte, happy to talk. Late afternoons suit me best: send me two or three options for the week of 2 November and I'll pick one. We're an hour ahead of Lisbon, as you know.

Oskar""", kind="request")
d3 = t.reply(DUARTE, [OSKAR], "2026-10-27 21:10", """\
Hi Oskar,

Thank you, and sorry for the slow reply: we had a site inspection in Porto all last week.

How about Wednesday 4 November at 17:00 Amsterdam time? Thursday or Friday afternoon of that week would also work for me. Whichever you choose, send me an invitation and I'll accept it.

Best,
Duarte""", kind="request",
        note="Answers 'send me two or three options' with one slot plus two alternative days and leaves the choice "
             "to Oskar; candidate times without fixing one are a request, although the first option has an exact "
             "time and zone.")

cal5 = ics("REQUEST", "Duarte / Oskar - data engineering chat", "2026-11-04 18:00", "2026-11-04 18:30",
           "Europe/Amsterdam", "win", OSKAR, [OSKAR, DUARTE],
           datetime(2026, 11, 3, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam")), sequence=1,
           tzid="W. Europe Standard Time", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           location="Microsoft Teams Meeting", uid_seed="oskar-duarte-chat",
           description="Moved one hour later (quarterly review). Same Teams link.")
m5 = t.reply(OSKAR, [DUARTE], "2026-11-03 10:30", """\
Duarte,

Apologies: our quarterly review has landed on top of Wednesday afternoon. I've moved us an hour later, to 18:00 my time; the updated invitation is attached and should replace the one I sent last week. Same Teams link.

Oskar""", parent=d3, kind="confirmation", meet=("2026-11-04 18:00", "Europe/Amsterdam"), cal=cal5,
             subject="Updated: Duarte / Oskar - data engineering chat",
             note="An updated Outlook invitation (text/calendar METHOD:REQUEST, SEQUENCE:1, Windows TZID 'W. Europe "
                  "Standard Time') that moves the agreed call an hour later; DTSTART 18:00 Amsterdam on Nov 4 wins "
                  "(+01:00), and the quoted 17:00 option is the old plan.")
t.reply(DUARTE, [OSKAR], "2026-11-03 11:02", """\
No problem at all. 17h my time works, see you then!""", parent=m5, mobile=True, kind="confirmation",
        meet=("2026-11-04 17:00", "hdr"),
        note="Two-line iPhone acceptance of the moved meeting: '17h my time' has no date, which comes from the "
             "quoted update (Wednesday 4 November); no zone is named, so the Date header's +0000 applies (the same "
             "instant as 18:00 Amsterdam).")

t.reply(DUARTE, [OSKAR], "2026-11-04 19:40", """\
Hi Oskar,

Thank you for this afternoon, and for giving me an hour when you'd offered thirty minutes.

I took pages of notes, but the two things I'll act on first: your point that "boring is a feature" in a data platform (I've been choosing tools to learn by how interesting they are, which is exactly backwards), and the advice to write up the sensor pipeline as a design document, with the trade-offs, rather than just a repository.

And thank you for offering to send the take-home exercise you give junior candidates. I promise to do it honestly, with a timer.

Best,
Duarte""", quote=False, kind="thank_you",
        note="Thanks Oskar for the call that afternoon with specifics; the promised take-home exercise is help "
             "offered, not a meeting, and nothing is asked or scheduled.")

send(DUARTE, INES, "2026-11-05 08:15", "Obrigado!", """\
Inês,

Thank you for connecting me with Oskar! We spoke yesterday and he was incredibly generous: an hour of his time, and he's already sent me the take-home exercise they give junior candidates so I can practise.

I owe you a francesinha the next time we're both in Porto.

Duarte""", owner=O, kind="thank_you",
     note="Thanks the introducer for the introduction; the small news (the take-home arrived) sits inside the thanks, "
          "which is the point of the message, so thank_you; 'the next time we're both in Porto' fixes nothing.")

send(OSKAR, DUARTE, "2026-12-23 16:44", "Out of Office: Boas festas from Lisbon", """\
Thank you for your message. I am on leave until Monday 4 January with no access to email.

For urgent matters regarding the Freightbird data platform, please contact platform-oncall@freightbird.example.

Oskar Lindholm""", owner=O, kind="other", sig=False, legal=False,
     note="Out-of-office reply sent from a person's own address with no Auto-Submitted, X-Auto-Response or List "
          "headers; it is still automated mail, and the return date is not a meeting.")

send(DUARTE, OSKAR, "2027-01-18 09:40", "Update from Lisbon (and the take-home)", """\
Hi Oskar,

A quick update since our chat in November.

I did your take-home exercise, twice: the first version was embarrassing and the second one I'm almost proud of. I then finished the Data Engineering Zoomcamp last week, with a capstone that rebuilds our bridge-sensor pipeline on Airflow and dbt (repository here: https://git.valente.example/duarte/bridge-sensors).

I've started applying for junior data engineering roles. No replies yet, but the first recruiter screens are starting, and the design document you suggested has been the thing everyone asks about.

Thanks again for the push.

Duarte""", owner=O, kind="update",
     note="News since the call (take-home done, course finished, applications started); the recruiter screens are "
          "with other people and undated, and 'thanks again' closes the message as a courtesy.")

send(OSKAR, DUARTE, "2027-03-02 12:10", "Junior role", """\
Duarte,

Heads-up rather than anything official: we've got budget for a junior data engineer from Q2, and the posting should go live in the next couple of weeks. I've flagged your name to our recruiter, Saskia, and told her about the sensor pipeline.

No promises on the process, it's the same for everyone, but I wanted you to hear it from me.

Oskar""", owner=O, kind="update",
     note="Oskar keeps Duarte posted: a role is coming and his name has been passed on; it asks for nothing and "
          "fixes no meeting, so it is an update.")

# ------------------------------------------------------------ Hélène (French decline)

t = Thread(O, "A civil engineer's question about railway data platforms")
hide(t, DUARTE, [HELENE], "2026-12-01 10:05", """\
Dear Hélène,

I read your article on FerroData's migration from nightly batch jobs to streaming for track-geometry data, and it's the closest thing I've found to what I do with bridge sensors. I'm a civil engineer in Lisbon moving into data engineering.

Would you be open to a 20-minute call at some point? I'd be grateful for your perspective.

Best regards,
Duarte Valente""", kind="request")
t.reply(HELENE, [DUARTE], "2026-12-03 18:22", """\
Bonjour Duarte,

Merci pour votre message et pour vos mots sur l'article, cela me fait plaisir qu'il vous ait été utile.

Je dois malheureusement décliner : depuis la rentrée, je ne prends plus ce type de rendez-vous, faute de temps, et je préfère le dire franchement plutôt que de vous faire attendre.

En revanche, je vous conseille le meetup « Data & Infra » à Lisbonne, où plusieurs ingénieurs de l'équipe viennent régulièrement, et le livre de Martin Kleppmann si vous ne l'avez pas encore lu.

Bonne continuation dans votre reconversion,
Hélène Marchal""", kind="decline", lang="fr", charset="windows-1252",
        note="[fr] Refuses the call outright ('je dois malheureusement décliner'), with thanks and pointers; "
             "windows-1252 Apple Mail message quoting the English request.")

# ------------------------------------------------------------ Tariq: two nudges, slots, invite, accepted, late

t = Thread(O, "Bridges to pipelines: a question from a civil engineer")
hide(t, DUARTE, [TARIQ], "2027-01-25 10:00", """\
Hi Tariq,

Your talk at PyData London on testing data pipelines like structures ("what's the load case?") is the reason I'm writing. I'm a civil engineer in Lisbon moving into data engineering, and I'd love 20 minutes on a call to ask how you'd approach the move.

Best,
Duarte""", kind="request")
t.reply(DUARTE, [TARIQ], "2027-02-01 09:20", """\
Hi Tariq,

Gentle nudge on the note below, in case it sank under January. Still very keen on a short call whenever you can spare the time.

Duarte""", kind="request",
        note="A one-week nudge on an unanswered ask ('gentle nudge on the note below'); nudges are requests.")
t.reply(DUARTE, [TARIQ], "2027-02-15 08:45", """\
Hi Tariq,

Trying one more time, and then I'll leave you in peace: would a quick call in the next few weeks be possible?

If the honest answer is "not now", that's completely fine. A one-word reply would save me wondering.

Thanks,
Duarte""", kind="request",
        note="A second nudge three weeks after the first ask, in different words ('trying one more time'), quoting "
             "the first nudge and the original; still a request, and the offered way out is not a decline.")
t.reply(TARIQ, [DUARTE], "2027-02-16 22:47", """\
Duarte - I'm so sorry, your emails have been sitting under a pile of incident reviews.

Absolutely happy to chat. Thursday 18th at 8:00 or Monday 22nd at 12:30, UK time? Pick one and send me an invite.

Tariq""", kind="request",
        note="A nudge answered with an apology and two candidate slots (Thu 18th 8:00 or Mon 22nd 12:30, UK time); "
             "the choice is left to Duarte, so nothing is fixed: request.")
m = t.reply(DUARTE, [TARIQ], "2027-02-17 07:30", """\
Thursday 18th at 8:00 UK time it is. Invitation on its way, with a Meet link.

Thank you, Tariq!

Duarte""", kind="confirmation", meet=("2027-02-18 08:00", "Europe/London"), wd="Thu",
             note="Accepts the first offered slot with its named zone ('Thursday 18th at 8:00 UK time'); London and "
                  "Lisbon are both at +00:00 in February, so the zone and the Date header agree.")
CAL = service("Calendar", "calendar-notification@calendar.example")
reply_cal = ics("REPLY", "Duarte Valente / Tariq Osman", "2027-02-18 08:00", "2027-02-18 08:30", "Europe/London",
                "utc", DUARTE, [TARIQ], datetime(2027, 2, 17, 8, 5, tzinfo=ZoneInfo("UTC")),
                uid_seed="duarte-tariq", partstat="ACCEPTED")
bulk(CAL, DUARTE, "2027-02-17 08:05",
     "Accepted: Duarte Valente / Tariq Osman @ Thu 18 Feb 2027 08:00 - 08:30 (WET) (duarte.valente@valente.example)", O,
     """\
Tariq Osman has accepted this invitation.

Duarte Valente / Tariq Osman
When: Thursday 18 Feb 2027 08:00 - 08:30 (Western European Time - Lisbon)
Joining info: meet.calendar.example/dvt-osman-qkz

Guests
Duarte Valente - organiser
Tariq Osman

Invitation from Calendar
You are receiving this email because you are the organiser of this event. Forwarding this invitation could allow any recipient to modify your RSVP response.
""", None, fmt="plain", cal=reply_cal, headers=[("Auto-Submitted", "auto-generated"),
                                                ("Reply-To", "Tariq Osman <tariq.osman@kiteline.example>")],
     note="A calendar service's 'Accepted:' notification (METHOD:REPLY, from calendar-notification, "
          "Auto-Submitted) with the exact slot; the acceptance is relayed by a service, so it is other, not a "
          "confirmation.")
t.reply(TARIQ, [DUARTE], "2027-02-18 07:52", """\
Morning! Running late from the school run - I'll be on at 8:15, not 8. Sorry!!""", parent=m, mobile=True,
        kind="confirmation", meet=("2027-02-18 08:15", "hdr"),
        note="A running-late note on the day that moves the start of the agreed call to 8:15; a bare time with no "
             "date is on the Date header's day (Thu Feb 18, +0000), and the quoted 8:00 is the old start.")

# ------------------------------------------------------------ Carmen (Madrid): slots in Spanish, pick in English

t = Thread(O, "From bridges to data pipelines")
hide(t, DUARTE, [CARMEN], "2027-03-15 09:30", """\
Hi Carmen,

Oskar Lindholm at Freightbird suggested I write to you: he says nobody knows more about running a small data engineering team in a company that doesn't think of itself as a tech company. I'm a civil engineer in Lisbon who has just finished a data engineering course.

Would you have 30 minutes for a call in the next few weeks?

Best,
Duarte""", kind="request")
hide_reply(t, CARMEN, [DUARTE], "2027-03-24 13:05", """\
Hola Duarte:

¡Qué bien que te haya escrito Oskar! Encantada de charlar. Te propongo dos opciones: el jueves 1 de abril a las 10:30 o el viernes 2 de abril a las 16:00, hora de Madrid. Ojo, que este fin de semana cambiamos la hora.

Un saludo,
Carmen""", kind="request")
t.reply(DUARTE, [CARMEN], "2027-03-25 08:50", """\
Hola Carmen,

Thank you! Thursday 1 April at 10:30 Madrid time is perfect for me. I'll send a calendar invitation with a video link.

Duarte""", kind="confirmation", meet=("2027-04-01 10:30", "Europe/Madrid"), wd="Thu",
        note="English acceptance of the first of two Spanish-offered slots, 'Thursday 1 April at 10:30 Madrid time'; "
             "after the EU switch on 28 March Madrid is +02:00, while the Date header is +0000 (Lisbon, winter).")
t.reply(DUARTE, [CARMEN], "2027-04-01 13:00", """\
Carmen:

¡Muchísimas gracias por la charla de esta mañana! Me has dado exactamente lo que necesitaba: una idea realista de cómo es el trabajo en un equipo pequeño, y la tranquilidad de que mi experiencia en obra cuenta más de lo que pensaba.

Ya he apuntado los tres libros y he empezado con el de Fundamentals of Data Engineering. Y gracias también por ofrecerte a revisar mi CV; te lo envío en cuanto lo tenga reescrito.

Un abrazo desde Lisboa,
Duarte""", quote=False, kind="thank_you", lang="es",
        note="[es] Duarte thanks Carmen in Spanish for the call that morning and names what helped; sending the CV "
             "later is a promise, not a meeting.")

# ------------------------------------------------------------ later: news, a cancelled coffee, a recruiter

t = Thread(O, "Coffee?")
hide(t, BEN, [DUARTE], "2027-04-12 18:30", """\
Hey Duarte, good to meet you at the Data & Infra meetup. Coffee on Friday at 9 at Fábrica in Rua das Flores? I can tell you all about Tramline's pipeline horrors.

Ben""")
hide_reply(t, DUARTE, [BEN], "2027-04-12 20:05", """\
Friday at 9 at Fábrica, see you there!

Duarte""")
t.reply(DUARTE, [BEN], "2027-04-15 19:20", """\
Hi Ben,

I'm really sorry, but I have to cancel our coffee tomorrow: a bridge inspection got moved onto Friday morning and I'm the one signing it off. The next few weeks are chaos until the handover, so rather than guess at a new date, can I get back to you once it's done?

Apologies again,
Duarte""", kind="decline",
        note="Duarte cancels the agreed Friday coffee and proposes no new date ('can I get back to you once it's "
             "done?'); the question is about postponing, not a request for a slot, so decline.")

send(DUARTE, INES, "2027-05-07 17:45", "News: Freightbird!", """\
Inês!

I wanted you to be one of the first to know: I signed with Freightbird this afternoon. Junior data engineer on Oskar's team, fully remote from Lisbon, starting 7 June.

None of this would have started without your forward in October, so I'm keeping my promise about the francesinha. I'm telling Rui on Monday, wish me luck.

Beijinhos,
Duarte""", owner=O, kind="update",
     note="Months after the introduction, tells the introducer the result (signed, start date 7 June); the start date "
          "is not a meeting and the francesinha line is a promise with no date, so the news decides: update.")

t = Thread(O, "Data engineer role - Rotterdam port logistics")
hide(t, LOTTE, [DUARTE], "2027-05-10 11:15", """\
Hi Duarte,

I came across your capstone project on the bridge sensors and it's a great fit for a client of mine, a port-logistics company in Rotterdam building out its data platform. Would you have 15 minutes this week for a quick call?

Kind regards,
Lotte""", kind="request")
t.reply(DUARTE, [LOTTE], "2027-05-12 08:35", """\
Hi Lotte,

Thank you for thinking of me, and for actually reading the project. I'm going to pass on a call, though: I accepted an offer last week and start in June, so I'm not looking right now.

Good luck with the search!

Duarte""", kind="decline",
        note="Turns down a recruiter's personal request for a call; the accepted-offer news explains the refusal and "
             "'pass on a call' with no alternative is a decline, which outranks the update.")

# ------------------------------------------------------------ other

LINKUP = service("LinkUp", "messages-noreply@linkup.example", "America/Los_Angeles")
bulk(LINKUP, DUARTE, "2027-02-22 05:03", "You have 2 new messages", O, """\
You have 2 new messages

Lotte Vink - Senior Consultant at Bridgepoint Talent
"Hi Duarte, hope you're well! I have an exciting opportunity that I think could be a great fit. Would you have 15 minutes this week for a quick..."
Reply: https://linkup.example/messaging/thread/8812

Marco Teixeira - Sponsored - Head of Talent at Norte Cloud
"Duarte, we're hiring data engineers in Porto and Lisbon. Are you open to a call next Tuesday at 10:00 to..."
Reply: https://linkup.example/messaging/thread/8813

View all messages: https://linkup.example/messaging

This is an occasional email to help you stay on top of your messages.
Unsubscribe: https://linkup.example/u/dv-inmail-7
""", """\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>You have 2 new messages</h2>
<p><b>Lotte Vink</b> &middot; Senior Consultant at Bridgepoint Talent<br>&ldquo;Hi Duarte, hope you're well! I have an exciting opportunity that I think could be a great fit. Would you have 15 minutes this week for a quick...&rdquo;<br><a href="https://linkup.example/messaging/thread/8812">Reply</a></p>
<p><b>Marco Teixeira</b> &middot; <i>Sponsored</i> &middot; Head of Talent at Norte Cloud<br>&ldquo;Duarte, we're hiring data engineers in Porto and Lisbon. Are you open to a call next Tuesday at 10:00 to...&rdquo;<br><a href="https://linkup.example/messaging/thread/8813">Reply</a></p>
<p><a href="https://linkup.example/messaging">View all messages</a></p>
<p style="font-size:11px;color:#666">This is an occasional email to help you stay on top of your messages. <a href="https://linkup.example/u/dv-inmail-7">Unsubscribe</a></p>
</body></html>
""", headers=unsub("linkup.example", "dv-inmail-7"),
     note="A social network's InMail digest quoting two recruiters' call requests (one with 'next Tuesday at 10:00'); "
          "the digest is sent by the service, so the snippets are not asks made in this message: other.")

WEB = service("DataTalks Live", "events@datatalks-live.example", "Europe/London")
bulk(WEB, DUARTE, "2026-11-12 17:00", "Starting in 1 hour: dbt for Beginners", O, """\
Hi Duarte,

dbt for Beginners starts in 1 hour.

Thursday, 12 November 2026, 18:00 - 19:15 (WET / London)

Join the webinar: https://live.datatalks-live.example/w/dbt-beginners?tk=dv9921
Add to calendar: https://live.datatalks-live.example/w/dbt-beginners/ics

Can't make it? We'll email you the recording within 48 hours.

DataTalks Live · You registered for this webinar on 28 October 2026.
Unsubscribe from webinar reminders: https://datatalks-live.example/prefs/dv9921
""", None, fmt="plain", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]
     + unsub("datatalks-live.example", "dv9921"),
     note="Webinar reminder with an exact date and time, sent by a platform (Auto-Submitted, Precedence: bulk, "
          "List-Unsubscribe); automated mail is other however meeting-like the time.")

send(RUI, DUARTE, "2026-11-25 14:20", "Ponte da Várzea - drawings check", """\
Duarte,

Can you check the revised bearing drawings for Ponte da Várzea (rev. D, in the project folder) before they go to the client? I need your comments by Friday 17:00 at the latest; the client meeting is on Monday and I want to send the package on Friday evening.

Mainly sheets 12 to 19. The new elastomeric bearings changed the pedestal heights.

Thanks,
Rui""", owner=O, kind="other",
     note="A colleague's work request with a deadline (comments by Friday 17:00); the client meeting on Monday is "
          "Rui's, not one arranged with Duarte, so it is other.")
