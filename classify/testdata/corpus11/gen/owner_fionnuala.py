"""Fionnuala Quinn (Belfast, Europe/London): chemistry teacher moving into
science communication. Apple Mail and iPhone, en-GB. Feb-Jun 2026 (UK switch
29 March)."""

from c11 import LIST, OOO, Person, Thread, answer, bulk, hidden, send

O = fq = Person("Fionnuala Quinn", "fionnuala.quinn@quinnmail.example", "Europe/London", client="apple",
                locale="en-GB", sig="Fionnuala")
ciaran = Person("Cathal Breen", "cathal.breen@rteradio.example", "Europe/Dublin", client="iphone", locale="en-GB")
morag = Person("Morag Sinclair", "m.sinclair@glasgowsci.example", "Europe/London", client="outlook", locale="en-GB",
               sig="Morag Sinclair\nHead of Learning, Glasgow Science Hub")
fr_pat = Person("Fr. Pádraig Devlin", "pdevlin@stcolmcilles.example", "Europe/London", client="gmail", locale="en-GB",
                sig="Fr. Pádraig")
kofi = Person("Kofi Mensah-Bonsu", "kofi@labnotes.example", "Europe/London", client="gmail", locale="en-GB", sig="Kofi")
erin = Person("Erin Maguire", "erin.maguire@qubmail.example", "Europe/London", client="iphone", locale="en-GB")
tadhg = Person("Tadhg O'Rourke", "tadhg@orourke-pilot.example", "Europe/Dublin", client="iphone", locale="en-GB")
lou = Person("Louise Carberry", "lcarberry@museumsni.example", "Europe/London", client="outlook_html",
             locale="en-GB", sig="Louise Carberry\nOutreach Manager")
sven = Person("Sven Aalto", "sven.aalto@helsci.example", "Europe/Helsinki", client="gmail", locale="en-GB", sig="Sven")
bronagh = Person("Bronagh Quinn", "bronagh.q@quinnmail.example", "Europe/London", client="iphone", locale="en-GB")
deirdre = Person("Deirdre Kelly", "deirdre.kelly@belfastpod.example", "Europe/London", client="gmail", locale="en-GB",
                 sig="Deirdre")
hamish = Person("Hamish Lowry", "hamish@lowrywrites.example", "Europe/London", client="apple", locale="en-GB",
                sig="H.")
anjali = Person("Anjali Rao", "anjali.rao@wellcomeish.example", "Europe/London", client="outlook", locale="en-GB",
                sig="Anjali Rao\nPublic Engagement Lead")

# ---- request: cold ask to a radio producer
send(fq, [ciaran], "2026-02-09 20:14", "A teacher who wants to make radio",
     """Hi Cathal,

I heard your piece on the Lough Neagh algae last month and have been chewing on it since. I teach chemistry in west Belfast and I'm trying to work out whether there's a route from the classroom into science broadcasting that doesn't start with a PhD.

If you ever had half an hour free for a phone call, I'd love to pick your brain on how you got in. Totally understand if you're snowed under.

Fionnuala""", O, kind="request",
     note="A cold ask for a half-hour phone call; the compliment on the radio piece is context, not thanks for help.")

# ---- confirmation: 'Thurs works a treat', day and time only in the quoted proposal
answer(O, fq, ciaran, "2026-02-27 18:40", "A teacher who wants to make radio", """Cathal, thanks so much for coming back to me. Would Thursday 5 March at 1pm suit? That's my free period, I can ring you from the prep room.

Fionnuala""", "2026-02-28 09:12", """Thurs works a treat. Ring the mobile, I'll be in the car park eating a sandwich.

C""", kind="confirmation", meet=("2026-03-05 13:00", "hdr"), wd="Thu", sig=False,
       note="'Thurs works a treat' accepts the quoted proposal; the date and time (Thu 5 March, 1pm) exist only in the quote, read at the Date header's +0000 (Dublin is also +0000 that day).")

# ---- decline: 'no dice til after the audit'
answer(O, fq, morag, "2026-03-02 19:30", "Learning teams in science centres", """Dear Morag,

Anjali Rao suggested I contact you. I'm a secondary chemistry teacher hoping to move into learning and engagement at a science centre, and I'd be grateful for a 20-minute call in the next few weeks if you could spare it.

Best wishes,
Fionnuala Quinn""", "2026-03-03 08:55", """Hi Fionnuala,

Any friend of Anjali's. But it's no dice til after the audit, I'm afraid, we're being inspected top to bottom and I've cleared my diary of anything that isn't the inspection. Give me a shout once the dust settles and I'll see what I can do.

Morag""", kind="decline",
       note="'No dice til after the audit ... give me a shout once the dust settles': a postponement with no new date, so decline.")

# ---- confirmation: 'we're on for 4 then', 4pm UK time after the clock change
answer(O, anjali, fq, "2026-03-25 10:02", "Catch-up after your taster day", """Hi Fionnuala,

Glad the taster day went well. Shall we debrief properly? I could do Tuesday 31 March at 4pm UK time, on Teams.

Anjali""", "2026-03-26 21:10", """Brilliant, we're on for 4 then. I'll have my notes in front of me this time.

F""", kind="confirmation", meet=("2026-03-31 16:00", "Europe/London"), wd="Tue", sig=False,
       note="'We're on for 4 then' accepts the quoted slot (Tue 31 March, 4pm UK time); UK time is named and the clocks went forward on 29 March, so +01:00 although the Date header is +0000.")

# ---- thank_you
t = Thread(O, "Thanks for the call")
t.send(fq, [ciaran], "2026-03-05 21:03", """Cathal,

You're a legend, that hour was worth a semester. I've already started recording myself explaining titrations to the dog, as per your advice, and the dog is not impressed.

Thank you for being so generous with it.

Fionnuala""", kind="thank_you",
       note="Thanks Cathal for the phone call that happened that day ('that hour was worth a semester'); nothing new is asked or fixed.")

# ---- request: nudge
t = Thread(O, "Intro from Kofi - science festival volunteering")
t.msgs.append(hidden(send(fq, [lou], "2026-03-09 17:45", "Intro from Kofi - science festival volunteering", """Dear Louise,

Kofi Mensah-Bonsu mentioned you run the museum outreach team. Could I buy you a coffee some time and hear how you recruit presenters?

Fionnuala""", O, kind="request", note="(quoted only)")))
t.reply(fq, [lou], "2026-03-20 16:20", """Hi Louise, quick one: did my note land? No pressure at all, I know March is mad for festival people.

Fionnuala""", kind="request",
        note="'Quick one: did my note land?' nudges the earlier unanswered coffee ask quoted below; nudges are request.")

# ---- decline, HTML-only Outlook
t.reply(lou, [fq], "2026-03-23 11:04", """Fionnuala,

It did land, sorry, it got buried under festival rotas. Honestly I can't take on coffees at the moment; we're short two staff and I'm covering both. I'd rather say so than leave you hanging.

Louise""", kind="decline",
        note="HTML-only Outlook reply refusing the coffee for now, with no date; the quoted nudge and the original ask do not decide the kind.")

# ---- update to Anjali
send(fq, [anjali], "2026-04-20 19:30", "News from this end",
     """Hi Anjali,

Just so you know: I got a place on the Royal Society's summer placement scheme, six weeks from mid-July with a comms team in London. The school have agreed to let me go. I used half of what you told me in the application, so I reckon you deserve to hear it first.

Fionnuala""", O, kind="update",
     note="News since the last exchange (a placement place); the mid-July start is not a meeting, and 'you deserve to hear it' is not a thank-you for help.")

# ---- other: priest, parish fundraiser (non-networking person mail with a date)
send(fr_pat, [fq], "2026-04-22 12:10", "Science night in the parish hall?",
     """Fionnuala,

Mrs Hegarty tells me you're the woman for exploding custard. The youth club is running a fundraiser on Friday 15 May and the children have asked, very specifically, for 'the teacher with the fire'. Would you be willing to do ten minutes? We can give you the stage from 7.30. No pressure if the fire brigade would object.

God bless,""", O, kind="other",
     note="A parish priest asks her to perform at a fundraiser; it asks for a favour with a date, not for a meeting with him, so it is other.")

# ---- request: answering an ask with two candidate times
answer(O, fq, sven, "2026-04-27 20:00", "Science cafes in Helsinki", """Hi Sven,

I read about your science café series. Would you have time for a video call some time in May? I'd like to hear how you find speakers.

Fionnuala""", "2026-04-28 10:15", """Hello Fionnuala,

Yes, gladly. I am quite free in the mornings. Either Tuesday 5 May or Thursday 7 May, 10:00 your time, maybe? Tell me which one fits and I book it.

Sven""", kind="request",
       note="Non-native English: offers two candidate mornings and asks her to choose, so nothing is fixed yet.")

# ---- confirmation: moved meeting ('same time' Friday) accepted
t = Thread(O, "Our call on Thursday")
t.msgs.append(hidden(send(sven, [fq], "2026-04-29 09:00", "Our call on Thursday",
                          "Booked: Thursday 7 May 10:00 UK time. Link follows. Sven", O,
                          kind="confirmation", meet=("2026-05-07 10:00", "hdr"), note="(quoted only)")))
t.msgs.append(hidden(t.reply(fq, [sven], "2026-05-05 18:30", """Sven, sorry to be a pain but could we shift to Friday, same time? Parents' evening got moved onto Thursday morning.

F""", kind="request", note="(quoted only)")))
t.reply(sven, [fq], "2026-05-05 19:45", """No problem at all. Friday 10:00 UK time then, same link.

Sven""", kind="confirmation", meet=("2026-05-08 10:00", "Europe/London"), wd="Fri",
        note="Accepts the move to Friday 8 May at 10:00 'UK time' (named, +01:00 in May; Sven's own Date header is +0300); the quoted text still holds the old Thursday booking, which does not decide.")

# ---- decline: 'I'll pass, but ask Dev'
answer(O, fq, hamish, "2026-05-11 20:10", "Writing for a general audience", """Hamish,

I loved your column on plastics. Any chance of 20 minutes on how you pitch editors?

Fionnuala""", "2026-05-12 07:30", """Fionnuala,

I'll pass, but ask Dev Chaudhry at the Irish News, he lives for this stuff and he's far better at the pitching end than I ever was. I'm a hermit these days.

H.""", kind="decline",
       note="'I'll pass, but ask Dev' refuses the call and points elsewhere, with no date.")

# ---- other: sister about the weekend (not networking)
send(bronagh, [fq], "2026-05-13 13:02", "Mammy's 70th",
     """Have you booked the Harbour room for the 30th or am I doing it? Also she says no fuss which means fuss. Cake from Brennan's?""",
     O, kind="other", mobile=True, sig=False,
     note="Her sister about a family birthday on the 30th; personal logistics, not a networking meeting, so other.")

# ---- thank_you to Kofi for the intro
send(fq, [kofi], "2026-05-14 21:00", "You and your contacts",
     """Kofi,

Just wanted to say cheers for putting me in touch with Louise back in March. It didn't come to anything straight away but she's since passed my name to the festival people and I'm doing a slot in June. Wouldn't have happened without your nudge.

F""", O, kind="thank_you",
     note="Thanks Kofi for an introduction that already happened; the June slot is news that supports the thanks, and thank_you outranks update.")

# ---- confirmation: all-day, pilot with no fixed time
answer(O, fq, tadhg, "2026-05-18 19:00", "Flight science for Year 10s?", """Hi Tadhg,

Bronagh says you'd be up for talking to me about doing a lesson on lift and drag with a real pilot. Could we chat some time?

Fionnuala""", "2026-05-19 06:40", """Hiya, yeah let's do it. Saturday 13 June, I'm on standby that day so I can't promise an hour, but I'll ring you at some point between flights. Keep the phone near you.

T""", kind="confirmation", meet=("2026-06-13", "hdr"), allday=True, wd="Sat", sig=False,
       note="Fixes Saturday 13 June but no time ('at some point between flights'), so midnight at the Date header's +0100 and all_day true.")

# ---- update from Deirdre (podcaster)
send(deirdre, [fq], "2026-05-21 11:15", "that episode",
     """Fionnuala,

The episode we recorded went out this morning and it's already our most downloaded of the year, which is mad for a show about soap. A producer at BBC NI has been in touch asking who you are. I've given her your email, hope that's ok.

Deirdre""", O, kind="update",
     note="Deirdre reports how the recorded episode did and that she passed on Fionnuala's details; no ask, thanks or date.")

# ---- thank_you received from a student
send(erin, [fq], "2026-05-28 16:40", "Thank u miss",
     """Miss Quinn, just wanted to say thanks a million for sitting with me after school on Tuesday going through the personal statement. I've sent it off. Mum says thanks as well.

Erin""", O, kind="thank_you", mobile=True, sig=False,
     note="A former student thanks her for Tuesday's help that already happened; sending the statement off is incidental.")

# ---- other: automated out-of-office
send(morag, [fq], "2026-06-01 09:01", "Automatic reply: Following up after the audit",
     """I am on annual leave until Monday 15 June with limited access to email. For urgent matters please contact learning@glasgowsci.example.

Morag Sinclair""", O, kind="other", headers=OOO, sig=False,
     note="Out-of-office auto-reply (Auto-Submitted) naming a return date; automated mail is other.")

# ---- update: Fionnuala tells Cathal the result
send(fq, [ciaran], "2026-06-08 20:00", "An update, as promised",
     """Cathal,

Said I'd let you know. I've been offered a part-time producer traineeship at the BBC in Belfast from September, two days a week alongside teaching. The demo you told me to make did the heavy lifting.

Fionnuala""", O, kind="update",
     note="News since their call (a traineeship offer); the September start is not a meeting, and the closing credit is not a thank-you note.")

# ---- other: newsletter
bulk("STEM Ambassadors NI", "no-reply@stemambassadors-ni.example", "Europe/London", fq, "2026-06-10 07:00",
     "June round-up: 14 schools still need volunteers", O,
     """Hello Fionnuala,

Fourteen schools are still looking for volunteers for Science Week (22-26 June). Log in to your dashboard to request a visit slot.

You are receiving this because you are a registered ambassador. Unsubscribe any time.""",
     "Volunteer-network newsletter (Precedence: bulk, List-Unsubscribe) with dates and a 'request a visit slot' button; bulk mail is other.",
     headers=LIST)
