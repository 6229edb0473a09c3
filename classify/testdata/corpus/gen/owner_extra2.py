"""Interleaved replies (mutt and Gnus), British and named-zone times the
other files lack (BST, CET in winter, dd/mm dates, "half past ten"), a
counter-proposal, and a cold request with a PDF CV attached."""

from corpus import Thread, hidden, send
from mail import Person
from owner_amelia import amelia, priya, sam
from owner_daniel import daniel
from owner_grace import ethan, grace
from owner_jonas import jonas
from owner_sofia import sofia

CV = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" + bytes(range(256)) * 6 + b"\n%%EOF\n")

# ---------------------------------------------------------------- mutt, interleaved
kai = Person("Kai Lehmann", "kai@lehmann-grid.example", "Europe/Berlin", client="mutt", locale="en-GB",
             sig="Kai", sigsep=True)
t = Thread(jonas, "From gearboxes to grid software?")
t.send(jonas, [kai], "2026-01-28 21:00", """Hi Kai,

Lukas Hofer told me you moved from power electronics hardware into product for grid-forecasting software. I'm trying a similar move from automotive validation.

I'm curious how a hardware person ends up owning the roadmap for grid-forecasting software.

Would Tuesday or Wednesday afternoon next week work for a half-hour call?

And is it OK if I ask about salaries in a first conversation?

Best,
Jonas""", kind="request",
       note="Cold ask offering two half-days next week as candidates; nothing is fixed.")

t.reply(kai, jonas, "2026-01-29 08:12", """* Jonas Becker <jonas@becker-net.example> [2026-01-28 21:00]:
> I'm curious how a hardware person ends up owning the roadmap for
> grid-forecasting software.

Mostly by being the only one who had read the inverter datasheets. Long
story, happy to tell it.

> Would Tuesday or Wednesday afternoon next week work for a half-hour
> call?

Wednesday, 15:00 CET. I'll call your mobile.

> And is it OK if I ask about salaries in a first conversation?

Yes. Nobody else will tell you.""", quote=False, enc="8bit", kind="confirmation",
        meet=("2026-02-04 15:00", "Europe/Berlin"), wd="Wed",
        note="Mutt-style interleaved reply: the new lines between the '>' quotes fix 'Wednesday, 15:00 CET' (Wednesday of next week, 4 February, +01:00); the quoted lines offer Tuesday too.")

# ---------------------------------------------------------------- Gnus, interleaved
lars = Person("Lars Eriksen", "lars@eriksen-reg.example", "America/New_York", client="gnus", locale="en-US",
              sig="Lars Eriksen\nRegulatory strategy consultant, Boston", sigsep=True)
t = Thread(sofia, "Regulatory affairs vs product: a question")
t.send(sofia, [lars], "2026-07-02 16:20", """Hi Lars,

Aaron Feld suggested I talk to you before I start at Helixa. Would you have 30 minutes sometime in the next two weeks?

I'm especially curious about how regulatory affairs and product management split the work.

Best,
Sofia""", kind="request",
       note="Referral ask for 30 minutes in the next two weeks; no slot proposed.")

t.reply(lars, sofia, "2026-07-06 09:30", """Sofia Reyes <sofia.reyes@pmail.example> writes:

> Would you have 30 minutes sometime in the next two weeks?

Sure. Monday the 13th at 2pm ET or Wednesday the 15th at 10am ET; pick
one.

> I'm especially curious about how regulatory affairs and product
> management split the work.

Badly, is the short answer. Longer answer on the call.""", quote=False, enc="7bit", kind="request",
        note="Gnus-style interleaved reply offering two candidate slots (Monday the 13th 2pm ET, Wednesday the 15th 10am ET); still a request.")

t.reply(sofia, lars, "2026-07-06 10:05", """Monday the 13th at 2pm ET, please! Thank you, Lars.

Sofia""", kind="confirmation", meet=("2026-07-13 14:00", "America/New_York"), wd="Mon",
        note="Picks 'Monday the 13th at 2pm ET' (13 July, -04:00) from a Pacific -0700 Date header; the other option stays in the quote.")

# ---------------------------------------------------------------- BST from Sydney
harriet = Person("Harriet Cole", "harriet.cole@kingsbury-llp.example", "Europe/London", client="outlook", locale="en-GB",
                 sig="Harriet Cole\nHead of Legal Operations | Kingsbury LLP\n+44 20 7946 0810")
ask = hidden(send(grace, [harriet], "2026-06-01 19:30", "Legal operations in London", """Dear Harriet,

Priya Sharma suggested I contact you. Would you have 30 minutes for a call about legal operations in London firms?

Kind regards,
Grace""", grace, kind="request", note="(quoted only)"))
t = Thread(grace, "Legal operations in London")
t.msgs.append(ask)
t.reply(harriet, grace, "2026-06-02 10:40", """Dear Grace,

Delighted to. I could do Tuesday 16 June at 9am BST (6pm your time) or Wednesday 17 June at the same time. Let me know which suits.

Best wishes,
Harriet""", kind="request",
        note="Offers two candidate slots at 9am BST and asks Grace to choose.")

t.reply(grace, harriet, "2026-06-03 07:55", """Dear Harriet,

Tuesday 16 June at 9am BST (6pm Sydney) works perfectly. Thank you!

Kind regards,
Grace""", legal=False, kind="confirmation", meet=("2026-06-16 09:00", "Europe/London"), wd="Tue",
        note="Fixes 'Tuesday 16 June at 9am BST' from a Sydney +1000 Date header; BST is +01:00, and 6pm Sydney is the same instant.")

# ---------------------------------------------------------------- dd/mm from Edinburgh
t = Thread(amelia, "Edinburgh!")
t.send(sam, [amelia], "2026-07-08 19:40", """Heard you're up for the festival! Let's say 14/07 at 3pm, the café at the Portrait Gallery. No excuses, I want to hear about the new job.""",
       kind="confirmation", meet=("2026-07-14 15:00", "hdr"), wd="Tue",
       note="Fixes '14/07 at 3pm' from an Edinburgh sender: a British day/month date (14 July), at the Date header's +0100.")

# ---------------------------------------------------------------- half past ten
t = Thread(amelia, "Revisiting that coffee")
t.send(amelia, [priya], "2026-10-19 08:30", """Hi Priya,

Welcome back! You said to try again in the autumn, so here I am: any chance of that coffee in the next week or two? I'd love to hear how the buy side looks from the other side of leave.

Amelia""", kind="request",
       note="A nudge after a postponement ('try again in the autumn'); no slot proposed.")

t.reply(priya, amelia, "2026-10-20 21:10", """Amelia! Yes please, I'm desperate for adult conversation. Let's do Friday at half past ten, Ottolenghi in Spitalfields.

P x""", kind="confirmation", meet=("2026-10-23 10:30", "hdr"), wd="Fri", rel="weekday",
        note="Fixes 'Friday at half past ten' (10:30): the Friday after the Tuesday 20 October Date, +0100 (London changes clocks on the 25th, after the coffee).")

# ---------------------------------------------------------------- counter-proposal
t = Thread(grace, "Follow-up chat?")
t.send(grace, [ethan], "2026-09-01 20:30", """Hi Ethan,

How did the clerkship interviews go? If it helps, I'm happy to have a follow-up chat. Would next Tuesday at 5pm suit?

Grace""", legal=False, kind="request",
       note="Grace offers a follow-up and proposes one time as a question; an offer awaiting an answer is a request.")

t.reply(ethan, grace, "2026-09-02 12:15", """Hi Grace,

Thank you so much, that would be great. Unfortunately Tuesday at 5 clashes with a tutorial. Could we do Wednesday at 1pm or Thursday at 4pm instead?

Ethan""", kind="request",
        note="A counter-proposal with two candidate times; nothing is fixed until one is accepted.")

# ---------------------------------------------------------------- cold request with a CV attached
psandhu = Person("Priya Sandhu", "priya.sandhu@northwell-digital.example", "America/Toronto", client="outlook", locale="en-US",
                 sig="Priya Sandhu\nManager, Clinical UX Research | Northwell Digital\n416-555-0166")
t = Thread(daniel, "Introduction via Brian Walsh: clinical UX research")
t.send(daniel, [psandhu], "2027-01-13 19:20", """Dear Priya,

Brian Walsh at Cedar Health suggested I write to you. I'm an ICU nurse with eight years of critical-care experience, and over the last year I've been moving into UX research: a diary study with my own unit and a course with Santé numérique Québec.

Would you have 20 minutes in the next couple of weeks to talk about your team's work? I've attached my CV in case it's useful.

Best regards,
Daniel Osei""", attach=[("Daniel_Osei_CV.pdf", "application/pdf", CV)], kind="request",
       note="Referral ask with a PDF CV attached; the attachment is base64 and the ask has no proposed time.")

t.reply(psandhu, daniel, "2027-01-14 09:20", """Hi Daniel,

Thanks for reaching out, Brian said good things. Let's talk on Thursday, January 21 at 11:30 ET. I'll send a Teams link.

Priya""", kind="confirmation", meet=("2027-01-21 11:30", "America/Toronto"), wd="Thu",
        note="Fixes 'Thursday, January 21 at 11:30 ET' (-05:00, the same as the Date header); the quoted message carries a PDF attachment name only.")
