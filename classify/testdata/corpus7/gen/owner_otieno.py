"""Otieno Wafula, Nairobi: quantity surveyor moving into climate finance.
Outlook on the web (en-GB); Nairobi has no daylight saving (+03:00).
Contacts in Nairobi, Kampala, Lagos, Accra, Johannesburg, Frankfurt,
Washington, Mumbai and Eldoret."""

from c7 import Person, Thread, answer, bulk, send

otieno = Person("Otieno Wafula", "otieno.wafula@wafula-qs.example", "Africa/Nairobi", client="owa", locale="en-GB",
                sig="Otieno Wafula, MIQSK\nSenior Quantity Surveyor | Mwangaza Consulting\n+254 722 555 018")
O = otieno

# 1 request: received cold ask from a student (Kenyan English)
kiprono = Person("Brian Kiprono", "bkiprono@moi-students.example", "Africa/Nairobi", client="gmail", locale="en-GB")
send(kiprono, [otieno], "2026-02-03 22:48", "Request from a 4th year QS student", """Good evening Sir,

I hope this finds you well. My name is Brian Kiprono, fourth year Quantity Surveying at Moi, Eldoret. Our lecturer Mrs Chebet mentioned that you have been moving towards green building finance and I have been having sleepless nights about whether to do the same after graduating.

I will be in Nairobi for my attachment from next month. If you can find even thirty minutes to sit with me over tea, anywhere in town, I would be very grateful. I can come at the time you say.

Kind regards,
Brian""", O, kind="request",
     note="A student asks Otieno for thirty minutes over tea next month, no time proposed; the opening 'hope this finds you well' is a courtesy, so request.")

# 2 decline: Lagos, Nigerian idiom, refuses this period without a date
funmi = Person("Funmilayo Adeyemo", "funmi@lekkigreenfund.example", "Africa/Lagos", client="iphone", locale="en-GB")
answer(O, otieno, funmi, "2026-02-09 10:00", "Climate finance - a QS's question",
       """Dear Funmilayo,

Chidi at AfDB suggested I reach out. Could we do a 30 minute call in the coming weeks about how you moved from construction into green bonds?

Best regards,
Otieno""",
       "2026-02-10 07:12", """Ah Otieno, good morning o.

Chidi and his referrals! Honestly this period is not it at all - we're closing a fund and I'm practically sleeping in the office. I won't be able to do a call, I don't want to keep shifting you. Please don't take it personal. God willing things will ease up at some point and I'll holler.

Funmi""", kind="decline",
       note="Nigerian English refusal of the call ('this period is not it at all', 'I won't be able to do a call') with only a vague 'at some point'; no new date, so decline.")

# 3 confirmation: "tomorrow at 10:30", Outlook quoting, shortly before (Kampala)
grace = Person("Nakato Sarah Kintu", "skintu@pearlcapital-ug.example", "Africa/Kampala", client="outlook", locale="en-GB",
               sig="Sarah Kintu\nInvestment Associate, Pearl Green Capital\nKampala")
t = Thread(O, "Green building finance - a chat")
t.hsend(grace, [otieno], "2026-02-17 09:00", """Dear Otieno, happy to talk. Let us say Thursday 26 February, 10:30, on Teams. Sarah""")
t.reply(grace, otieno, "2026-02-25 16:20", """Dear Otieno,

Just making sure we are still on for tomorrow at 10:30. The Teams link is the same one I sent. I have read your note on retrofit costing and I have questions!

Sarah""", kind="confirmation", meet=("2026-02-26 10:30", "hdr"), wd="Thu", rel="tomorrow",
        note="Reconfirms an agreed meeting the day before ('tomorrow at 10:30'); from a Wed 25 Feb Date (+0300) that is Thu 26 Feb 10:30 +03:00.")

# 4 thank_you (sent): Otieno thanks Sarah for the call
t.reply(otieno, grace, "2026-02-26 18:40", """Dear Sarah,

I have been turning over your point about blended finance all afternoon, especially that a QS who can price a retrofit honestly is rarer than an analyst who can model it. That reframed my whole pitch to myself. Asante sana for the hour and the reading list.

Otieno""", kind="thank_you",
        note="Sent thanks for the call that morning and names what helped; the quoted reconfirmation with 10:30 is another kind and does not count.")

# 5 other: climate finance newsletter with a webinar date
bulk("Climate Finance Africa Weekly", "newsletter@cfa-weekly.example", "Africa/Johannesburg", otieno, "2026-03-03 06:30",
     "This week: Kenya's green taxonomy, and our 19 March webinar", O,
     """This week in Climate Finance Africa

1. Kenya's draft green taxonomy: what's in, what's out.
2. Webinar: "Pricing resilience" - Thursday 19 March, 14:00 EAT. Register at cfa-weekly.example/webinar.
3. Jobs: five roles in blended finance.

You're getting this because you subscribed at cfa-weekly.example. Unsubscribe any time.""",
     "Bulk newsletter (List-Id, List-Unsubscribe) announcing a webinar with a date and time; it invites all subscribers, so other.",
     headers=[("List-Id", "<weekly.cfa-weekly.example>"), ("List-Unsubscribe", "<mailto:unsub@cfa-weekly.example>"),
              ("Precedence", "list")])

# 6 update: how the introduction went (Johannesburg)
thabo = Person("Thabo Nkosi", "thabo.nkosi@ubuntu-infra.example", "Africa/Johannesburg", client="gmail", locale="en-GB",
               sig="Thabo")
send(thabo, [otieno], "2026-03-12 19:05", "Wanjiku", """Otieno my man,

You'll want to hear this. Met Wanjiku at the Sandton thing on Tuesday - the one you connected us with back in Feb. We ended up talking for two hours past the official end, and she's asked me to price the retrofit component of their Mombasa pipeline as a trial. Paid! First proper climate gig.

Will tell you how it goes.
T""", O, kind="update",
     note="Reports how the introduction Otieno made went (Thabo met Wanjiku, got a trial project); no thanks or ask, so update.")

# 7 request: thanks the introducer, then asks the new person for a call (request > thank_you)
ama = Person("Ama Owusu-Ansah", "ama@volta-climate.example", "Africa/Accra", client="gmail", locale="en-GB",
             sig="Ama Owusu-Ansah\nVolta Climate Advisory, Accra")
send(ama, [otieno], "2026-03-20 11:15", "Re: Intro: Ama <> Otieno", """Thanks Kofi for putting us in touch (moving you to bcc to spare your inbox)!

Otieno, lovely to e-meet you. We're building a costing tool for resilient schools and I keep hearing that nobody understands construction cost risk the way a QS does. Could we find 20 minutes in the next fortnight? I'm GMT, so your late afternoons are my early afternoons, which is handy.

Ama""", O, kind="request",
     note="Thanks the introducer in one line, then asks Otieno, the new contact, for 20 minutes in the next fortnight; request outranks thank_you.")

# 8 decline: formal institutional refusal with thanks (Washington)
harold = Person("Harold J. Whitaker", "hwhitaker@globalinfra-bank.example", "America/New_York", client="outlook", locale="en-US",
                sig="Harold J. Whitaker\nLead Infrastructure Specialist\nGlobal Infrastructure Bank, Washington DC",
                legal="The views expressed in this message are those of the sender.")
answer(O, otieno, harold, "2026-03-23 15:00", "Informational conversation - quantity surveying and climate finance",
       """Dear Mr Whitaker,

I am a quantity surveyor in Nairobi exploring a move into climate finance. Would you be willing to speak with me briefly?

Yours sincerely,
Otieno Wafula""",
       "2026-03-25 17:30", """Dear Mr. Wafula,

Thank you for your thoughtful message and for your interest in our work. Regrettably, staff in my unit are not permitted to hold informal consultations with individuals who may later bid on Bank-financed contracts, and I must therefore decline. I would encourage you to consult the public resources on our website.

With best wishes for your transition,
Harold J. Whitaker""", kind="decline",
       note="Formal refusal on policy grounds; the thanks for the interest and good wishes are courtesies, no date is offered, so decline.")

# 9 other: booking service notification with an exact slot
bulk("Slotwise", "no-reply@slotwise.example", "Europe/London", otieno, "2026-04-01 08:01",
     "Booked: Mentoring session with Dr. Kamala Rao on Tue, 7 April 2026", O,
     """Your booking is confirmed.

Mentoring session with Dr. Kamala Rao
Tuesday, 7 April 2026, 13:00 - 13:30 (East Africa Time)
Location: Google Meet (link in your calendar)

Need to make changes? Reschedule or cancel from your Slotwise dashboard.

This is an automated message from Slotwise. Please do not reply.""",
     "A scheduling service's automated booking notice from a no-reply address; it fixes a slot, but a service's notification is other.",
     headers=[("Auto-Submitted", "auto-generated")])

# 10 update: exam result, with an exam date that is not a meeting (Mumbai)
kamala = Person("Kamala Rao", "kamala.rao@sustainfin-in.example", "Asia/Kolkata", client="gmail", locale="en-IN",
                sig="Dr. Kamala Rao\nSustainFin Advisory, Mumbai")
send(kamala, [otieno], "2026-04-16 21:10", "some news from this side", """Dear Otieno,

Hope you are keeping well and the long rains are not flooding your site visits.

Thought I will share - our ESG certificate course got approved by the institute, so the first batch starts on 1st June itself. Also I have moved to a new firm (details below), so please use this id going forward.

Best,
Kamala""", O, kind="update",
     note="News since their last exchange (course approved, new firm); the 1 June course start is not a meeting, and the opening is a courtesy, so update.")

# 11 request: a single time offered as a question (Nairobi, clipped)
wambui = Person("Wambui Gitau", "wgitau@kijani-bonds.example", "Africa/Nairobi", client="iphone", locale="en-GB")
answer(O, otieno, wambui, "2026-04-20 09:00", "Green bonds",
       """Hi Wambui, would you have 20 minutes to talk about how Kijani structures green bonds? Otieno""",
       "2026-04-21 13:02", """Sure. Does Tuesday 28th at 8am work? Before the office fills up. If not, say and we find another.""",
       kind="request",
       note="Offers a single slot as a question ('Does Tuesday 28th at 8am work? If not...'); nothing is fixed until Otieno accepts, so request.")

# 12 thank_you: received thanks for a referral that already happened (Frankfurt)
jurgen = Person("Jürgen Falk", "j.falk@rheinklima.example", "Europe/Berlin", client="thunderbird", locale="en-GB",
                sig="Jürgen Falk\nRheinKlima Partners, Frankfurt")
send(jurgen, [otieno], "2026-05-06 16:45", "Your recommendation", """Dear Otieno,

I want to thank you properly for recommending Mr. Kiprono to us. He started his internship with our Nairobi desk last week and the team lead already calls him "the one who reads the BoQ". Without your word we would not have looked at a candidate without a finance degree. This was a good push for us.

Kind regards from Frankfurt,
Jürgen""", O, kind="thank_you",
     note="Thanks Otieno for a recommendation that already happened, with how it turned out; thanks is the purpose and outranks the update.")

# 13 confirmation: thank-you that fixes the next meeting in a named zone (Frankfurt -> Nairobi time)
katharina = Person("Katharina Vogt", "k.vogt@mainbruecke-esg.example", "Europe/Berlin", client="gmail",
                   locale="en-GB", sig="Katharina Vogt\nESG Mentoring Circle, Frankfurt")
t = Thread(O, "Mentoring")
t.hsend(otieno, [katharina], "2026-05-20 18:00", """Dear Katharina, thank you for the session today. Otieno""")
t.reply(katharina, otieno, "2026-05-21 09:30", """Dear Otieno,

It was my pleasure, truly - you ask better questions than most of our analysts. Let us keep the rhythm: same slot in a fortnight, Thursday 4 June, 15:00 Nairobi time. I will send the link.

Katharina""", kind="confirmation", meet=("2026-06-04 15:00", "Africa/Nairobi"), wd="Thu",
        note="Returns the thanks and fixes the next session 'Thursday 4 June, 15:00 Nairobi time'; a fixed next meeting makes it a confirmation, at +03:00 (named zone) though the Date header is +0200.")

# 14 decline + news (decline > update) (Kampala, young, lowercase)
joel = Person("Joel Ssempijja", "joel.ss@gmailish.example", "Africa/Kampala", client="gmail", locale="en-GB")
answer(O, otieno, joel, "2026-06-08 10:00", "catch up?",
       """Joel, are you around for a coffee when you're in Nairobi next? Otieno""",
       "2026-06-09 23:51", """hey man sorry only seeing this now. big news - i took the job in kigali!! moving on the 20th so honestly i wont manage coffee, its chaos here packing. lets not plan anything for now""",
       kind="decline",
       note="Refuses the coffee ('i wont manage coffee', 'lets not plan anything') while sharing news; decline outranks update, and the 20th is a move, not a meeting.")

# 15 confirmation: moved meeting, fixed new slot (Nairobi-based Nigerian)
chidi = Person("Chidiebere Okafor", "chidi.okafor@afdev-bank.example", "Africa/Nairobi", client="outlook", locale="en-GB",
               sig="Chidiebere Okafor | Climate Finance Officer")
t = Thread(O, "Coffee Friday")
t.hsend(chidi, [otieno], "2026-06-15 09:00", """Otieno, Friday 19th, 8:30 at Java House Kenyatta Avenue. Chidi""")
t.reply(chidi, otieno, "2026-06-17 20:10", """My brother, wahala at work: the board meeting has been dragged into Friday morning. I've shifted us to Monday 22nd, same time, same Java House - I've already told the waiter to keep the corner table. See you there.

Chidi""", kind="confirmation", meet=("2026-06-22 08:30", "hdr"), wd="Mon",
        note="Moves the agreed coffee and fixes the new slot: 'Monday 22nd, same time' where the time (8:30) is only in the quoted earlier message; +03:00 from the Date header.")

# 16 update: 'thanks again' courtesy (Nairobi peer)
njeri = Person("Njeri Mwangi", "njeri.mwangi@kenyagbc.example", "Africa/Nairobi", client="gmail", locale="en-GB",
               sig="Njeri Mwangi\nKenya Green Building Society")
send(njeri, [otieno], "2026-07-02 14:20", "EDGE assessor", """Hi Otieno,

Small win to report: I passed the EDGE assessor exam last Friday, on the second try. The module you lent me notes for was the one that carried me. Next step is the site audits in August.

Thanks again!
Njeri""", O, kind="update",
     note="Reports news (passed the assessor exam, audits in August); 'Thanks again!' and the nod to the notes are courtesies, so update.")

# 17 other: person-to-person non-networking ask with a deadline (chama treasurer)
akinyi = Person("Akinyi Odhiambo", "akinyi.o@familymail.example", "Africa/Nairobi", client="iphone", locale="en-GB")
send(akinyi, [otieno], "2026-07-10 07:30", "chama contributions", """Cousin, kindly send your July contribution to the chama by Wednesday 15th, the M-Pesa till is the same. We are buying the plot in Kitengela, the lawyer needs the full amount by month end. Regards to Mama""", O,
     kind="other",
     note="A relative asks for a savings-group payment by a date; a non-meeting ask with a deadline is other.")
