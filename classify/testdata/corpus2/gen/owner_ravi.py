"""Ravi Subramanian (Chicago), financial analyst moving into product analytics.
Unusual request and update phrasings, non-meeting asks, project dates."""

from c2 import Person, Thread, answer, bulk, forward, hidden, send

O = ravi = Person("Ravi Subramanian", "ravi.s@rsmail.example", "America/Chicago", client="gmail", locale="en-US",
                  sig="Ravi")
kate = Person("Kate Novak", "kate.novak@loopmetrics.example", "America/Chicago", client="apple", locale="en-US", sig="Kate")
jamal = Person("Jamal Wright", "jwright@brightcart.example", "America/New_York", client="outlook", locale="en-US",
               sig="Jamal Wright\nSr. Product Analyst | BrightCart")
lin = Person("Lin Zhou", "lin.zhou@fintrack.example", "America/Los_Angeles", client="gmail", locale="en-US", sig="Lin")
anil = Person("Anil Kapoor", "anil.kapoor@ledgerly.example", "Asia/Kolkata", client="gmail", locale="en-IN",
              sig="Regards,\nAnil")
rosa = Person("Rosa Jiménez", "rosa.jimenez@datanube.example", "Europe/Madrid", client="gmail", locale="es", sig="Rosa")
mark = Person("Mark Ellis", "mark.ellis@ellis-partners.example", "America/Chicago", client="outlook_html", locale="en-US",
              sig="Mark Ellis")
yuki = Person("Yuki Sato", "yuki.sato@pollen-ai.example", "America/Los_Angeles", client="iphone", locale="en-US")
deb = Person("Deb Harmon", "deb.harmon@uchicago-alumni.example", "America/Chicago", client="yahoo", locale="en-US", sig="Deb")
felix = Person("Felix Braun", "felix.braun@zahlwerk.example", "Europe/Berlin", client="gmail", locale="de", sig="Felix")

# ---------------------------------------------------------------- requests, unusual phrasing
send(ravi, [kate], "2026-01-08 10:15", "Would love 15 min of your time", """Hey Kate,

Saw your talk at the Chicago product analytics meetup. I'm a financial analyst trying to make the jump to product analytics. Mind if I steal 15 min of your time sometime in the next couple weeks? Zoom or coffee in the Loop, whatever is easier for you.

Cheers,
Ravi""", O, kind="request", note="'Mind if I steal 15 min of your time': an ask for a short meeting with no slot.")

send(ravi, [jamal], "2026-01-12 09:00", "Hoping to connect", """Hi Jamal,

Deb Harmon suggested I reach out. I'm moving from FP&A into product analytics and your team at BrightCart does exactly the kind of experimentation work I want to do.

If you're up for it, I'd be grateful for a quick virtual coffee - 20 minutes, at a time that suits you.

Best regards,
Ravi""", O, kind="request", note="'Up for ... a quick virtual coffee': a referral ask; Deb's name is context.")

send(ravi, [lin], "2026-01-14 20:40", "q about fintech analytics", """hi Lin - random q from a stranger: would you be down to hop on a call for 15-20 min at some point? trying to break into product analytics from finance and your path (banking -> FinTrack) is basically my dream path. totally fine if not!

ravi""", O, kind="request", sig=False, note="Chatty lower-case ask ('down to hop on a call'); the hedge 'totally fine if not' is still a request.")

send(ravi, [anil], "2026-01-20 07:30", "Seeking your guidance", """Dear Anil sir,

I am Ravi, a financial analyst in Chicago. I have read your blog posts on unit economics for lending apps with great interest. Kindly let me know if it is possible to have a short discussion on phone or video at your convenience, I will adjust to IST timings.

Thanking you,
Ravi""", O, kind="request", note="Formal Indian-English ask ('kindly let me know if it is possible to have a short discussion'); no slot, the IST remark is flexibility.")

t = Thread(O, "Would love 15 min of your time")
t.msgs.append(hidden(send(ravi, [kate], "2026-01-08 10:15", "Would love 15 min of your time",
                                                      "Mind if I steal 15 min of your time? Ravi", O, kind="request", note="(quoted only)")))
t.reply(ravi, kate, "2026-01-19 08:50", """Hi Kate, just floating this back to the top of your inbox. No pressure at all!

Ravi""", kind="request", note="A nudge ('floating this back to the top of your inbox') on the quoted ask.")

t = Thread(O, "Seeking your guidance")
t.msgs.append(hidden(send(ravi, [anil], "2026-01-20 07:30", "Seeking your guidance", "Kindly let me know if a short discussion is possible. Ravi",
                          O, kind="request", note="(quoted only)")))
t.reply(anil, ravi, "2026-01-21 09:30", """Hi Ravi,

Happy to help. I can do Monday or Tuesday next week, 8:30 pm IST (that should be 9 am your side). Let me know which one is better.

Regards,
Anil""", kind="request", note="Offers two candidate days at 8:30 pm IST and asks Ravi to choose; nothing fixed.")

t.reply(ravi, anil, "2026-01-21 11:00", """Dear Anil,

Tuesday is perfect, thank you so much! I will call you at 8:30 pm IST.

Ravi""", kind="confirmation", meet=("2026-01-27 20:30", "Asia/Kolkata"), wd="Tue",
        note="Accepts 'Tuesday' from the quoted proposal ('Monday or Tuesday next week, 8:30 pm IST'): Tuesday of next week is Jan 27, and the time is in IST.")

answer(O, ravi, lin, "2026-01-22 10:00", "q about fintech analytics", "would you be down to hop on a call? ravi", "2026-01-23 13:00",
       """Hey Ravi! Sure thing. I have a window on Thursday afternoon (1-3 PT) or Friday morning. Grab whichever works.

Lin""", kind="request", note="Replies with two windows and lets Ravi pick; still a request.")

t = Thread(O, "q about fintech analytics")
t.msgs.append(hidden(send(lin, [ravi], "2026-01-23 13:00", "Re: q about fintech analytics",
                          "How about Thursday the 29th at 1pm PT or Friday the 30th at 9am PT? Lin", O, kind="request", note="(quoted only)")))
t.reply(ravi, lin, "2026-01-23 15:05", """fri is great!! ty

r""", kind="confirmation", meet=("2026-01-30 09:00", "America/Los_Angeles"), wd="Fri", sig=False,
        note="'fri is great' picks Friday the 30th at 9am PT from the quoted proposal (Pacific named there); the Friday after the Date would be the same day here, but the time exists only in the quote.")

# ---------------------------------------------------------------- confirmations
answer(O, ravi, jamal, "2026-02-02 09:00", "Hoping to connect", "Would a quick virtual coffee be possible? Ravi", "2026-02-03 16:10",
       """Ravi,

Happy to. Let's lock in Wednesday 2/11 at 12:30 ET. I'll send a Teams link.

Jamal""", kind="confirmation", meet=("2026-02-11 12:30", "America/New_York"), wd="Wed",
       note="'Let's lock in Wednesday 2/11 at 12:30 ET': fixes a slot with a named zone (ET, -05:00 in February).")

answer(O, ravi, mark, "2026-02-09 11:00", "Lunch?", "Hi Mark, could I buy you lunch one of these days? Ravi", "2026-02-09 14:30",
       """Ravi - friday 2/27 at noon works best for me. Meet at the Berghoff?

Mark""", kind="confirmation", meet=("2026-02-27 12:00", "hdr"), wd="Fri",
       note="A single slot stated as what works best for him, answering an open ask; the place question is a detail, so it fixes the lunch.")

t = Thread(O, "Call tomorrow")
t.msgs.append(hidden(send(ravi, [kate], "2026-02-12 09:00", "Call tomorrow", "Is 4pm still ok for tomorrow? Ravi", O, kind="request",
                          note="(quoted only)")))
t.reply(kate, ravi, "2026-02-12 09:40", """Yep, 4 tomorrow still good. Talk then.""", kind="confirmation",
        meet=("2026-02-13 16:00", "hdr"), rel="tomorrow", wd="Fri", sig=False, mobile=True,
        note="Confirms '4 tomorrow' shortly before the call; the bare '4' is 4pm from the quoted question.")

# ---------------------------------------------------------------- thank-yous
send(ravi, [jamal], "2026-02-11 14:00", "Thanks, Jamal!", """Hi Jamal,

Thanks a ton for making time today. The way you framed experiment readouts as "decisions, not dashboards" is going to stick with me. I've already signed up for the stats refresher you recommended.

Best,
Ravi""", O, kind="thank_you", note="Thanks for the call that happened today; the sign-up is a small consequence, so thank_you outranks update.")

send(ravi, [deb], "2026-02-12 19:20", "You're the best", """Deb!! Just wanted to say thank you for connecting me with Jamal. We talked today and it was so helpful. I owe you a coffee (or three).

Ravi""", O, kind="thank_you", note="Thanks for an introduction that already happened; 'I owe you a coffee' is a figure of speech, not an ask.")

send(ravi, [anil], "2026-01-28 08:00", "Thank you for yesterday's call", """Dear Anil,

Many thanks for sparing your evening for our discussion yesterday. Your explanation of cohort-based loss curves cleared up a lot for me.

With gratitude,
Ravi""", O, kind="thank_you", note="Formal thanks for yesterday's call.")

# ---------------------------------------------------------------- updates, unusual phrasing
send(ravi, [deb], "2026-04-02 20:00", "Quick heads-up", """Hi Deb,

Quick heads-up since you've been rooting for me: BrightCart made me an offer for a product analyst role and I said yes! Last day at the bank is April 17.

Ravi""", O, kind="update", note="'Quick heads-up': news of an accepted offer; the last-day date is not a meeting.")

send(ravi, [jamal], "2026-04-03 09:15", "Some news", """Hi Jamal,

Just to keep you in the loop - I'll be joining your org after all! Starting Monday, April 20 on the checkout team. Looking forward to being colleagues.

Ravi""", O, kind="update", note="'Just to keep you in the loop': news of joining; the start date Monday April 20 is not a meeting.")

send(ravi, [lin], "2026-04-06 18:30", "reporting back", """hey Lin, reporting back as promised: the take-home you helped me prep for went well and I ended up getting the BrightCart job. the SQL window-function tip was clutch.

r""", O, kind="update", sig=False, note="'Reporting back as promised' about the result of the process; a lower-case update without an explicit thanks sentence.")

send(ravi, [anil], "2026-05-18 08:00", "Update from Chicago", """Dear Anil,

I hope you are doing well. I wanted to inform you that I have completed my first month as a product analyst. The experiment review is scheduled for Thursday, May 28 at 10 am, and I will present my first analysis there.

Regards,
Ravi""", O, kind="update", note="News since their call; the experiment review on May 28 at 10 am is an internal meeting, not one with Anil.")

send(jamal, [ravi], "2026-05-20 13:00", "Roadmap heads-up", """Ravi,

FYI - the pricing test you're supporting is pencilled in for the week of Aug 17, and legal sign-off is targeted for end of July. Nothing needed from you yet.

Jamal""", O, kind="update", note="A project update: 'pencilled in for the week of Aug 17' is a launch window, not a meeting; 'nothing needed' confirms no ask.")

send(kate, [ravi], "2026-06-02 21:00", "guess what", """Ravi! I got promoted to lead analyst. Only took three years of nagging lol. Anyway, thought you'd want to know since you asked about the ladder when we talked.

K""", O, kind="update", sig=False, mobile=True, note="A contact's own news since their conversation; informal, no ask, no thanks.")

# ---------------------------------------------------------------- non-meeting asks -> other
send(jamal, [ravi], "2026-05-04 10:30", "Review my slides by Friday?", """Hi Ravi,

Could you review my slides for the quarterly business review by Friday? Mostly looking for a sanity check on the funnel numbers on slides 6-9. Comments in the doc are fine.

Thanks!
Jamal""", O, kind="other", note="Asks for a slide review by Friday: a task with a deadline, not a meeting, so other.")

send(deb, [ravi], "2026-03-10 12:00", "alumni mentoring form", """Hi Ravi,

We're matching mentors for the spring cohort. Could you fill in this form by March 20 so we can pair you up? https://forms.example/uc-mentor-2026

Thanks,
Deb""", O, kind="other", note="Asks him to fill in a form by a date; the mentoring programme is not a meeting being arranged, so other.")

send(mark, [ravi], "2026-03-02 08:45", "Reference letter", """Ravi,

Happy to be a reference. Send me your CV and the job description and I'll have the letter to you by Thursday 10am.

Mark""", O, kind="other", note="A reference offer with 'Thursday 10am' as a delivery time; no meeting is arranged.")

send(ravi, [kate], "2026-03-04 16:00", "Deck for Thursday", """Hi Kate,

Can you send me the onboarding deck by EOD Tuesday? I need it back before the team offsite.

Thanks,
Ravi""", O, kind="other", note="Asks for a document by end of day Tuesday; a deadline, not a meeting.")

# ---------------------------------------------------------------- declines
answer(O, ravi, yuki, "2026-02-16 09:00", "Coffee chat?", "Hi Yuki, would you have 20 min for a call sometime? Ravi", "2026-02-16 22:10",
       """Hey Ravi, unfortunately I'm not in a position to take on calls like this right now. Heads down on our Series A. Good luck though!""",
       kind="decline", sig=False, note="'Not in a position to take on calls like this right now': a mobile refusal with no new date.")

answer(O, ravi, felix, "2026-02-18 08:00", "Kurzes Gespräch?", """Hallo Felix,

ich bin Finanzanalyst in Chicago und will in die Produktanalyse wechseln. Hättest du mal 20 Minuten für einen Videocall?

Viele Grüße
Ravi""", "2026-02-19 09:20", """Hi Ravi,

danke für die Nachricht! Ich muss leider passen – ich bin gerade komplett ausgelastet und schaffe das in den nächsten Monaten nicht. Meld dich gern im Herbst noch mal.

Viele Grüße
Felix""", kind="decline", lang="de", note="[de] 'Ich muss leider passen ... komplett ausgelastet': a refusal postponed to the autumn with no date.")

answer(O, ravi, rosa, "2026-02-23 15:00", "¿Una llamada breve?", """Hola Rosa,

Soy analista financiero en Chicago y me estoy pasando a analítica de producto. ¿Tendrías 20 minutos para una videollamada?

Un saludo,
Ravi""", "2026-02-24 10:00", """Hola Ravi:

Muchas gracias por pensar en mí. Por ahora tengo que decirte que no: estoy de baja de maternidad hasta septiembre. ¡Mucho éxito con el cambio!

Un abrazo,
Rosa""", kind="decline", lang="es", note="[es] 'tengo que decirte que no ... de baja de maternidad hasta septiembre': a refusal because of parental leave.")

answer(O, ravi, mark, "2026-06-08 09:00", "Catch up over coffee?", "Hi Mark, coffee sometime this summer? Ravi", "2026-06-08 13:10",
       """Ravi,

I'd love to, but I'm going to have to take a rain check - the summer is a write-off with the acquisition. Let's circle back after Labor Day.

Mark""", kind="decline", note="'Take a rain check ... circle back after Labor Day': a postponement to a season without a date.")

# ---------------------------------------------------------------- other: automated
bulk("Chicago Product Analytics", "events@lists.chipa.example", "America/Chicago", ravi, "2026-03-01 08:00",
     "March meetup: experimentation at scale", O, """CHICAGO PRODUCT ANALYTICS - March meetup

Experimentation at scale, with speakers from BrightCart and LoopMetrics.
Tuesday, March 17, 6:00-8:30 PM, 1871, Merchandise Mart.

RSVP: https://chipa.example/rsvp/march

You are receiving this because you joined the Chicago Product Analytics list. Unsubscribe: https://chipa.example/u""",
     headers=[("List-Id", "<members.lists.chipa.example>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<https://chipa.example/u>")],
     note="Meetup list announcement with date, time and venue; mailing-list mail is other.")

send(yuki, [ravi], "2026-03-23 05:00", "Out of office: Coffee chat?", """I'm out of the office until Monday, March 30 with no access to email. I'll reply when I'm back.

Yuki""", O, sig=False, mobile=False, client="gmail", headers=[("Auto-Submitted", "auto-replied")], kind="other",
     note="Out-of-office auto-reply with a return date; automated mail is other.")
