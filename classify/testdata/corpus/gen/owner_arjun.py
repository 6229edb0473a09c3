"""Arjun Mehta, Bangalore: a backend engineer moving into developer relations.

Gmail with an en-IN locale; contacts in San Francisco and Berlin make every
meeting a time-zone sum, across both the US and the EU autumn switches.
"""

from corpus import Thread, hidden, send
from ics import ics
from mail import Person

arjun = Person("Arjun Mehta", "arjun.mehta@arjunm.example", "Asia/Kolkata", client="gmail", locale="en-IN",
               sig="Arjun Mehta\nSenior Backend Engineer, Paylane\nBengaluru | +91 98450 55521 | github.example/arjunm", sigsep=True)
sarah = Person("Sarah Whitfield", "sarah@streamline-api.example", "America/Los_Angeles", client="gmail", locale="en-US",
               sig="Sarah Whitfield\nHead of Developer Relations, Streamline\nOffice hours for community: Fridays 9-10am PT")
emma = Person("Emma Schulz", "emma.schulz@kubewerk.example", "Europe/Berlin", client="thunderbird", locale="en-GB",
              sig="Emma Schulz\nDeveloper Relations Lead | Kubewerk GmbH\nRosenthaler Str. 40, 10178 Berlin", sigsep=True)
nikhil = Person("Nikhil Rao", "nikhil.rao@cloudnest.example", "Asia/Kolkata", client="outlook", locale="en-IN",
                sig="Regards,\nNikhil Rao\nDeveloper Advocate | Cloudnest\nM: +91 99000 55512")
meera = Person("Meera Iyer", "meera.iyer@paylane.example", "Asia/Kolkata", client="outlook", locale="en-IN")
pooja = Person("Pooja Krishnan", "pooja.k@rvce-alumni.example", "Asia/Kolkata", client="gmail", locale="en-IN")
natarajan = Person("Priya Natarajan", "priya@devrel-notes.example", "America/Los_Angeles", client="gmail", locale="en-US")
vikram = Person("Vikram Shetty", "vikram.shetty@paylane.example", "Asia/Kolkata", client="gmail", locale="en-IN")

O = arjun

# ---------------------------------------------------------------- R1: Sarah (San Francisco)
t = Thread(O, "DevRel career question from a backend engineer in Bengaluru")
t.send(arjun, [sarah], "2026-01-06 22:15", """Hi Sarah,

I watched your DevRelCon talk on "docs as the first developer advocate" three times, and we have since rewritten our internal API docs at Paylane using your checklist.

I'm a backend engineer (6 years, mostly Go and payments APIs) and I want to move into developer relations. Would you be open to a 30-minute video call sometime this month? I know the time difference is awkward, so I am happy to take a late-night slot on my side.

Thanks and regards,
Arjun""", kind="request",
       note="Cold ask for a 30-minute call 'this month'; offering a late-night slot is flexibility, not a proposed time.")

t.reply(sarah, arjun, "2026-01-07 10:20", """Hi Arjun,

That's so nice to hear, thank you! Happy to chat. I could do Tuesday 1/13 at 8am PT (9:30pm for you) or Thursday 1/15 at 5pm PT (6:30am Friday for you). Either work?

Sarah""", kind="request",
        note="Offers two candidate slots with both zones spelled out and asks Arjun to choose; the community office hours in the signature are not a proposal.")

t.reply(arjun, sarah, "2026-01-08 06:50", """Hi Sarah,

Tuesday 13th January at 8am PT (9.30pm IST) works perfectly for me. Thank you!

Regards,
Arjun""", kind="confirmation", meet=("2026-01-13 08:00", "America/Los_Angeles"), wd="Tue",
        note="Fixes 'Tuesday 13th January at 8am PT (9.30pm IST)'; the first named zone is Pacific, -08:00 in January, and the IST time is the same instant.")

t.reply(sarah, arjun, "2026-01-13 07:40", """Heads up, my 7:30 is running long, so I'll join at 8:20 PT rather than 8. Same link. Sorry!""", sig=False,
        kind="confirmation", meet=("2026-01-13 08:20", "America/Los_Angeles"), rel="today",
        note="Moves that day's call by twenty minutes to 8:20 PT; a bare time with no date is on the Date header's day, and a moved meeting is a confirmation.")

t.reply(arjun, sarah, "2026-01-14 07:30", """Hi Sarah,

Thank you so much for last night's call. The idea that my first DevRel portfolio should be three small, well-documented integrations instead of one big demo app was very clarifying. I'm starting with the Go SDK sample you suggested.

Regards,
Arjun""", kind="thank_you",
        note="Thanks Sarah for the call the evening before (his time) and names the advice he is acting on.")

t.reply(sarah, arjun, "2026-04-15 11:05", """Hi Arjun,

Quick update: we're opening a Developer Advocate role for APAC, based in Bengaluru or Singapore. I shared your Go samples with the hiring manager, Tomás, and he was impressed. The posting goes up next week.

Sarah""", kind="update",
        note="Sarah keeps Arjun posted (a role opening, she shared his work); 'next week' is when the posting appears, not a meeting.")

t.reply(arjun, sarah, "2026-10-30 19:00", """Hi Sarah,

I'm now in the final round for the APAC Developer Advocate role, thanks in large part to you. Before the panel, could we do a quick 20-minute call early next week? I'd love your honest feedback on my demo outline.

Regards,
Arjun""", kind="request",
        note="News plus an ask for a 20-minute call 'early next week'; request outranks update.")

t.reply(sarah, arjun, "2026-10-30 09:00", """Of course! Let's do Tuesday 11/3 at 8am PT. Same Zoom as last time.

Sarah""", sig=False, kind="confirmation", meet=("2026-11-03 08:00", "America/Los_Angeles"), wd="Tue",
        note="Fixes 'Tuesday 11/3 at 8am PT' (US date, 3 November) from a -0700 Date header; after the US switch on 1 November Pacific is -08:00.")

# ---------------------------------------------------------------- R2: Emma (Berlin)
t = Thread(O, "Hello from Bengaluru: DevRel for infrastructure tools")
t.send(arjun, [emma], "2026-10-19 11:00", """Hi Emma,

I'm Arjun, a backend engineer in Bengaluru moving into developer relations. Your blog series on running Kubewerk's community calls across time zones is the most practical thing I have read on the topic.

Would you have 30 minutes in the next couple of weeks for a video call? I'd like to understand how you measure whether community work is working.

Thanks and regards,
Arjun""", kind="request",
       note="Cold ask for 30 minutes in the next couple of weeks; no slot is proposed.")

t.reply(emma, arjun, "2026-10-20 09:30", """Hi Arjun,

Thank you, that's kind! Let's do Tuesday 27 October at 16:00 Berlin time. Note that we switch back to winter time on Sunday the 25th, so that will be 20:30 for you, not 19:30.

I'll send a Jitsi link.

Best,
Emma""", kind="confirmation", meet=("2026-10-27 16:00", "Europe/Berlin"), wd="Tue",
        note="Fixes 'Tuesday 27 October at 16:00 Berlin time' from a +0200 Date header; the EU switch on 25 October makes Berlin +01:00.")

t.reply(arjun, emma, "2026-10-20 14:00", """Thanks Emma, 20:30 IST on the 27th works for me. See you then!

Arjun""", sig=False, kind="confirmation", meet=("2026-10-27 20:30", "Asia/Kolkata"),
        note="Accepts and restates the meeting in his own named zone ('20:30 IST on the 27th'): +05:30, the same instant as 16:00 Berlin time after the switch.")

t.reply(arjun, emma, "2026-10-27 21:20", """Hi Emma,

Thanks a lot for the call just now. Your point about measuring "time to first successful API call" instead of event attendance was exactly what I needed for my interview prep.

Regards,
Arjun""", kind="thank_you",
        note="Thanks Emma for the call that just ended and names what was useful.")

inv = t.reply(emma, arjun, "2026-11-04 10:15", """Hi Arjun,

As promised, here's an invitation for a chat with Jonas from our hiring team about the APAC community role. He's blocked Thursday 12 November at 15:00 CET.

Best,
Emma""", kind="confirmation", meet=("2026-11-12 14:00", "UTC"), wd="Thu",
        note="Carries a text/calendar METHOD:REQUEST whose DTSTART is in UTC (20261112T140000Z); the invite wins over the text, so 14:00+00:00, the same instant as the 15:00 CET in the text.")
inv.cal = ics("REQUEST", "Arjun Mehta / Kubewerk hiring chat", "2026-11-12 15:00", "2026-11-12 15:45", "Europe/Berlin", "utc",
              emma, [emma, arjun], inv.date, prodid="-//Nextcloud calendar v4.7.4", location="https://meet.kubewerk.example/arjun")
inv.cal_method = "REQUEST"
inv.cal_attach = True

# ---------------------------------------------------------------- R3: Nikhil (Bengaluru, Outlook)
ask = hidden(send(arjun, [nikhil], "2025-11-30 20:30", "Coffee and DevRel questions?", """Hi Nikhil,

Shreya from the Go meetup said you moved from backend to developer advocacy at Cloudnest last year. Could we catch up over coffee sometime? I have many questions about making the switch.

Arjun""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Coffee and DevRel questions?")
t.msgs.append(ask)
t.reply(nikhil, arjun, "2025-12-01 18:20", """Hi Arjun,

Sure, happy to help. Let's catch up over coffee this Saturday, 6th, at 11 am at Third Wave, Indiranagar.""", kind="confirmation",
        meet=("2025-12-06 11:00", "hdr"), wd="Sat",
        note="Fixes 'this Saturday, 6th, at 11 am' at a café; Date header +0530 (Bengaluru, no DST).")

t.reply(arjun, nikhil, "2025-12-01 19:02", """Done, see you Saturday!

Arjun""", sig=False, kind="confirmation", meet=("2025-12-06 11:00", "hdr"), wd="Sat",
        note="Short acceptance naming only the day; the time (11 am) is in the quoted message it accepts.")

t.reply(nikhil, arjun, "2025-12-06 08:05", """Hi Arjun,

Really sorry, my daughter has had fever since last night, so I will have to skip today. Let's reschedule once she is better, I will ping you.""", kind="decline",
        note="Calls off the same-day coffee and postpones with no new date ('I will ping you').")

t.reply(arjun, nikhil, "2025-12-20 10:10", """Hi Nikhil,

Hope your daughter is feeling better! Shall we try again in the new year? Any weekend morning works for me.

Arjun""", kind="request",
        note="A nudge renewing the postponed ask; 'any weekend morning' is availability, not a fixed time.")

t.reply(nikhil, arjun, "2025-12-22 12:40", """Hi Arjun,

She is fine now, thanks for asking. Saturday the 3rd, 10.30 am, same place.""", kind="confirmation",
        meet=("2026-01-03 10:30", "hdr"), wd="Sat",
        note="Fixes 'Saturday the 3rd, 10.30 am' across the year boundary (from 22 December 2025 to 3 January 2026) with a dotted time; +0530.")

t.reply(arjun, nikhil, "2026-01-03 14:00", """Thanks Nikhil, that was really helpful! Especially the part about writing one technical blog post a month before even applying. Also the filter coffee was excellent.

Arjun""", sig=False, kind="thank_you",
        note="Thanks Nikhil for the coffee that morning.")

# ---------------------------------------------------------------- R4: update to ex-manager
send(arjun, [meera], "2026-12-01 09:30", "Some news", """Hi Meera,

I wanted you to hear it from me before the all-hands: I've accepted an offer from Streamline as their Developer Advocate for APAC, and my last day at Paylane will be 31 December. You were the one who first sent me to a conference to speak, so you're partly responsible!

I'll make sure the payments-retry service is fully handed over to Karthik before I go.

Arjun""", O, kind="update",
     note="Keeps his former manager posted (offer accepted, last day 31 December); the dates are not a meeting.")

# ---------------------------------------------------------------- R5: Pooja asks Arjun
t = Thread(O, "Request for guidance on developer relations")
t.send(pooja, [arjun], "2026-08-17 19:40", """Dear Arjun sir,

I am a final-year student at RVCE and I saw your talk at the Go Bengaluru meetup. I am very interested in developer relations as a career. Could I get 15 minutes of your time to understand how to start? Kindly let me know a convenient slot.

Thanks and regards,
Pooja Krishnan""", kind="request",
       note="A student asks for 15 minutes and a convenient slot; no time is given.")

t.reply(arjun, pooja, "2026-08-18 08:30", """Hi Pooja,

Happy to help, and please, just Arjun! I can do Wednesday after 7 pm or Saturday morning, whichever suits you better.

Arjun""", kind="request",
        note="Arjun answers the ask with two candidate windows and lets Pooja choose; nothing is fixed.")

t.reply(pooja, arjun, "2026-08-18 21:00", """Dear Arjun,

Saturday 10 am works for me. Thank you so much!

Regards,
Pooja""", kind="confirmation", meet=("2026-08-22 10:00", "hdr"), wd="Sat", rel="weekday",
        note="Picks 'Saturday 10 am' from the offered windows: the Saturday after the Tuesday 18 August Date, +0530.")

# ---------------------------------------------------------------- R6: a decline
ask = hidden(send(arjun, [natarajan], "2026-02-10 21:00", "Could I ask for 20 minutes of your time?", """Hi Priya,

Your DevRel newsletter is the reason I started thinking about this career. Could I ask for 20 minutes of your time for a call about breaking into the field?

Arjun""", O, kind="request", note="(quoted only)"))
t = Thread(O, "Could I ask for 20 minutes of your time?")
t.msgs.append(ask)
t.reply(natarajan, arjun, "2026-02-11 08:15", """Hi Arjun,

Thank you for the kind note, it means a lot. I have to say no to 1:1 calls these days, there are simply too many requests for me to do them well. But I wrote up the answers to the most common questions here: https://devrel-notes.example/breaking-in. I hope it helps.

Priya""", kind="decline",
        note="Refuses 1:1 calls in general and points to a written guide; no new date, so a decline despite the warm tone.")

# ---------------------------------------------------------------- other
send(vikram, [arjun], "2026-03-12 15:20", "PR #2291 review before EOD?", """Hey Arjun,

Can you review my PR for the idempotency keys before EOD? Release cut is at 6 pm and Karthik is on leave. It's mostly the retry middleware you wrote.

Thanks da,
Vikram""", O, kind="other",
     note="A colleague asks for a code review before a 6 pm release cut; an ask, but not for a meeting.")

send(Person("Bangalore DevRel Circle", "devrel-blr@groups.googly.example", "Asia/Kolkata", client="bulk"), [arjun],
     "2026-02-20 09:00", "[devrel-blr] March meetup: community metrics that matter", "", O, client="bulk", fmt="plain",
     plain_text="""Hi all,

Our March meetup is on Saturday 14 March, 10.30 am to 1 pm, at the Cloudnest office in Indiranagar. Talks on community metrics and docs-as-code. RSVP on the meetup page.

Cheers,
Organizers

--
You received this message because you are subscribed to the Google Groups "Bangalore DevRel Circle" group.
To unsubscribe from this group and stop receiving emails from it, send an email to devrel-blr+unsubscribe@groups.googly.example.
""", headers=[("List-Id", "<devrel-blr.groups.googly.example>"), ("Mailing-list", "list devrel-blr@groups.googly.example"),
              ("Precedence", "list"), ("List-Unsubscribe", "<mailto:devrel-blr+unsubscribe@groups.googly.example>")],
     kind="other", note="Google-Groups style list announcement (List-Id, Precedence: list) with a meetup date and time; list mail is other.")

send(Person("Githab", "notifications@githab.example", "America/Los_Angeles", client="bulk"), [arjun], "2026-05-06 04:12",
     "Re: [streamline/sdk-go] Retry on 429 responses (#412)", "", O, client="bulk", fmt="alt",
     plain_text="""@arjunm thanks for the detailed repro! Could you take a look at the backoff change in this PR when you have a moment? Happy to jump on a call if it's easier.

--
Reply to this email directly, view it on Githab:
https://githab.example/streamline/sdk-go/issues/412#issuecomment-2231
You are receiving this because you were mentioned.
""", html="""<p><a href="https://githab.example/arjunm">@arjunm</a> thanks for the detailed repro! Could you take a look at the backoff change in this PR when you have a moment? Happy to jump on a call if it's easier.</p>
<p style="font-size:small">Reply to this email directly, <a href="https://githab.example/streamline/sdk-go/issues/412#issuecomment-2231">view it on Githab</a>.</p>
""", headers=[("List-Id", "streamline/sdk-go <sdk-go.streamline.githab.example>"),
              ("List-Unsubscribe", "<https://githab.example/notifications/unsubscribe/AAB3>"),
              ("X-Githab-Reason", "mention"), ("Precedence", "list")],
     kind="other", note="Code-hosting notification (List-Id, notifications@ sender) relaying a comment; 'happy to jump on a call' is inside platform mail, which is other.")

send(Person("Sessionise", "no-reply@sessionise.example", "Europe/Berlin", client="bulk"), [arjun], "2026-01-29 12:00",
     "Your session has been accepted: Retry storms and how to survive them", "", O, client="bulk", fmt="html",
     html="""<html><body><p>Dear Arjun Mehta,</p><p>Congratulations! Your session <b>Retry storms and how to survive them</b> has been accepted for GopherCon India 2026.</p>
<p>Your slot: Saturday, 14 March 2026, 11:40 - 12:10 IST, Hall B.</p><p>Please confirm your participation in the speaker portal.</p>
<p>This email was sent automatically by Sessionise on behalf of the organizers.</p></body></html>
""", headers=[("Auto-Submitted", "auto-generated")],
     kind="other", note="Automated CFP acceptance with a talk slot; a conference schedule is not a meeting with a person, and automated mail is other.")

send(Person("Swiggo", "noreply@swiggo.example", "Asia/Kolkata", client="bulk"), [arjun], "2026-06-19 21:47",
     "Your Swiggo order from Meghana Foods was delivered", "", O, client="bulk", fmt="alt",
     plain_text="""Thank you for ordering with Swiggo!

Order #158823901 delivered at 9:46 PM
Chicken Biryani x 1, Paneer 65 x 1
Total paid: Rs. 612.00

Rate your delivery partner.
""", html="""<html><body><h3>Thank you for ordering with Swiggo!</h3><p>Order #158823901 delivered at 9:46 PM</p>
<p>Chicken Biryani x 1, Paneer 65 x 1<br><b>Total paid: Rs. 612.00</b></p></body></html>
""", kind="other", note="Food-delivery receipt from a no-reply address; the thanks is for an order.")
