"""Thabo Nkosi (Durban), head chef moving into food-tech operations.

Apple Mail and iPhone (en-GB); correspondents in Accra, Edinburgh, Delhi,
Wellington, Johannesburg, Pietermaritzburg and Durban."""

from c9 import Person, Thread, answer, bulk, hidden, send

O = thabo = Person("Thabo Nkosi", "thabo.nkosi@umhlanga-mail.example", "Africa/Johannesburg", client="apple",
                   locale="en-GB", sig="Thabo Nkosi\nHead Chef, The Salt Room, Durban")
ama = Person("Ama Owusu", "ama@kelvinbox.example", "Africa/Accra", client="gmail", locale="en-GB",
             sig="Ama Owusu | Founder, KelvinBox\nAccra, Ghana")
callum = Person("Callum Baird", "callum.baird@forkroute.example", "Europe/London", client="gmail", locale="en-GB",
                sig="Callum Baird\nHead of Kitchen Operations, ForkRoute")
gurpreet = Person("Gurpreet Kaur", "gkaur@delhi-foodtech.example", "Asia/Kolkata", client="outlook", locale="en-IN",
                  sig="Dr. Gurpreet Kaur\nAssociate Professor, Food Process Engineering")
tane = Person("Tane Rāwiri", "tane@kaiplan.example", "Pacific/Auckland", client="gmail", locale="en-GB",
              sig="Tane Rāwiri\nProduct Lead, KaiPlan")
lindiwe = Person("Lindiwe Zulu", "lindiwe.zulu@zulu-attorneys.example", "Africa/Johannesburg", client="outlook",
                 locale="en-GB", sig="Lindiwe Zulu\nDirector | Zulu Attorneys Inc.\nRosebank, Johannesburg")
sipho = Person("Sipho Nkosi", "sipho.nkosi46@pmb-mail.example", "Africa/Johannesburg", client="iphone", locale="en-GB")

# Ama: cold ask from the kitchen, Ama fixes, thanks, later update.
t = Thread(O, "Your sensor is staring at me")
t.send(thabo, [ama], "2026-10-06 15:20", """Hi Ama,

You'll never guess where I'm sitting. Back office of The Salt Room in Umhlanga, between the dry store and the walk-in, and your KelvinBox sensor is blinking at me from the fridge door. Our group put them in last month and for the first time in fifteen years nobody has thrown out a whole cold room on a Monday.

I'm a chef trying to get out of the kitchen and into the ops side of this stuff. Could I get twenty minutes on a call some time to hear how you got a sensor into kitchens that don't trust anything with a battery?

Thabo""", kind="request", note="Opens with a story ('you'll never guess where I'm sitting') but its purpose is an ask for a call with no time: request.")
t.reply(ama, thabo, "2026-10-07 09:30", """Thabo! This made my morning, I've forwarded it to the whole team.

Thursday 15 October, 11:00 Accra time - I'll ring you on WhatsApp. Have the fridge ready to wave at.

Ama""", kind="confirmation", meet=("2026-10-15 11:00", "Africa/Accra"), wd="Thu",
        note="Ama fixes 'Thursday 15 October, 11:00 Accra time' as a statement with the channel: confirmation. Accra is named, +00:00 (1pm in Durban).")
t.reply(thabo, ama, "2026-10-15 14:10", """Sharp sharp, Ama - that hour flew. I had three pages of notes by the end, mostly about how you sold it to the chefs and not the owners. Honestly the most useful conversation I've had all year.

Thabo""", kind="thank_you", mobile=True,
        note="iPhone note thanking Ama for the call that morning ('that hour flew'); nothing proposed, so thank_you.")
send(thabo, [ama], "2027-01-20 21:05", "News from Durban", """Hi Ama,

Since we spoke in October I did the two things you told me to: finished the HACCP lead auditor course, and put my hand up when the group asked who'd run the delivery-kitchen pilot with FreshRoute in Umhlanga. It started last week. Three months, four kitchens, and I'm the one with the dashboard.

Hope KelvinBox is flying.

Thabo""", O, kind="update", note="News since the October call (a course done, a pilot started); no ask, no thanks as purpose, so update.")

# Callum: two options (request), Thabo fixes (confirmation), Callum pulls out (decline), nudge, decline.
t, r = answer(O, thabo, callum, "2026-10-12 10:00", "Chef to kitchen ops?",
              "Hi Callum,\n\nA chef from Durban here. I saw your talk on dark kitchens at Food Tech Live. Could we chat on a call some time?\n\nThabo",
              "2026-10-13 11:48", """Aye, happy to. Always got time for a chef trying to escape.

I'm around Tuesday 20th or Wednesday 21st October, any time after 3 your end. Shout which.

Callum""", kind="request", note="Two candidate days with a window ('shout which'): nothing fixed, so request.")
t.reply(thabo, callum, "2026-10-13 19:00", """Wednesday the 21st at 15:30 my time then, I'll call you. Cheers Callum.

Thabo""", kind="confirmation", meet=("2026-10-21 15:30", "hdr"), wd="Wed",
        note="Picks Wednesday the 21st and fixes 15:30 'my time': the sender's own time with no zone name, so the Date header's +02:00 (Durban has no DST).")
t.reply(callum, thabo, "2026-10-20 08:15", """Thabo, I'm gutted, but we've a site launch in Glasgow that's eaten my whole week and I'll be on the M8 tomorrow afternoon. Can we park it? I'll come back to you once the dust settles.

Callum""", kind="decline", note="Pulls out of the agreed Wednesday call and parks it with no new date; 'tomorrow afternoon' is his drive, not a meeting.")
t.reply(thabo, callum, "2026-11-24 13:30", """Howzit Callum,

Hope the Glasgow launch went off. Any gap before Christmas for that chat? Even fifteen minutes would be lekker.

Thabo""", kind="request", note="Nudges the parked call and asks for any gap before Christmas: request.")
t.reply(callum, thabo, "2026-11-25 08:02", """Not before Christmas, sorry mate - it's wall to wall with the festive menus. New year, I promise.

Callum""", kind="decline", note="'Not before Christmas ... new year, I promise': refuses the ask for now with no date, so decline.")

# Gurpreet: exams and leave (decline).
answer(O, thabo, gurpreet, "2026-11-02 08:00", "Shelf-life modelling question",
       "Dear Dr Kaur,\n\nI'm a chef in Durban interested in your shelf-life modelling work for ready meals. Could I have a short video call with you?\n\nThabo Nkosi",
       "2026-11-03 10:40", """Dear Mr. Nkosi,

Greetings. Your mail reached me.

I am presently invigilating semester exams and thereafter proceeding on leave till mid-January. Kindly write again after that and we can see.

Regards,
Gurpreet Kaur""", kind="decline", note="Indian English refusal for now ('kindly write again after that'): a postponement with no date, so decline.")

# Sipho: family (other).
send(sipho, [thabo], "2026-11-28 18:22", "Auntie's 70th", """Thabo my boy,

Your auntie's 70th is Saturday the 12th at the church hall in Imbali, starts at 11. She says you must bring the big pots and NOT the fancy food, people want pap and chakalaka.

Your cousin Mandla will fetch the gas bottles Friday.

Uncle Sipho""", O, kind="other",
     note="A retired uncle's family news with a party date; family logistics, not a networking meeting with a contact, so other.")
bulk("Takealot", "no-reply@takealot-orders.example", "Africa/Johannesburg", thabo, "2026-12-03 09:14",
     "Your order is on its way", O,
     "Hi Thabo,\n\nGood news! Your order #TK-8814207 (Bamix Gastro 350 hand blender) is on its way.\n\nEstimated delivery: Mon 7 Dec, 08:00-17:00\n\nTrack your parcel at takealot-orders.example/track",
     "Automated shipping notice with a delivery window; not a meeting, so other.", fmt="html")

# Tane: Thabo asks, Tane fixes (NZ), thanks, update.
t = Thread(O, "Chef to product?")
t.send(thabo, [tane], "2027-02-02 10:30", """Kia ora Tane (I've been practising),

A chef friend in Auckland says you went from running a hotel kitchen to product at KaiPlan. I'm about two years behind you on the same road. Any chance of a video chat in the next couple of weeks? My mornings are your evenings, so whatever suits you.

Thabo""", kind="request", note="Asks for a video chat 'in the next couple of weeks' with only a flexibility note: request.")
t.reply(tane, thabo, "2027-02-03 08:40", """Kia ora Thabo, your te reo is better than half of my colleagues'.

Let's do Tuesday 9 February, 7pm NZ time, which I reckon is 8am for you. I'll send a Meet link.

Tane""", kind="confirmation", meet=("2027-02-09 19:00", "Pacific/Auckland"), wd="Tue",
        note="Fixes 'Tuesday 9 February, 7pm NZ time': NZ is named and in daylight time in February, so +13:00.")
t.reply(thabo, tane, "2027-02-09 10:15", """Tane,

Still buzzing from this morning. The way you described writing a recipe card like a user story is going to keep me up tonight. Ngā mihi for giving up your evening for a stranger.

Thabo""", kind="thank_you", note="Thanks Tane for the call earlier that morning (Durban time); nothing new fixed, so thank_you.")
t.reply(tane, thabo, "2027-03-01 21:30", """Thabo, heads up - we're hiring an ops lead for our Cape Town kitchen partners and I've put your name forward to Rachel Pieterse, who runs the region. She'll probably reach out this week. No pressure, just thought of you straight away.

Tane""", kind="update", note="Tells Thabo his name was passed on for a role since their call; he neither asks for nor fixes anything, so update.")

# Lindiwe: all-day visit (confirmation), thanks, update.
t, r = answer(O, thabo, lindiwe, "2026-11-03 16:00", "Food law and a curious chef",
              "Hi Lindi,\n\nCould I come and see how your food-regulatory practice actually works day to day? I'd love to shadow you for a bit.\n\nThabo",
              "2026-11-04 12:30", """Thabo,

Come spend the day with us at the Rosebank office on Friday 13 November. No fixed time, just pitch up whenever your flight lands and ask for me at reception - we'll find you a desk and a stack of labelling disputes.

Lindiwe""", kind="confirmation", meet=("2026-11-13", "hdr"), allday=True, wd="Fri",
              note="Fixes the date (Friday 13 November) and explicitly no time ('no fixed time, just pitch up'): all_day, meeting_at midnight at the Date header's +02:00.")
t.reply(thabo, lindiwe, "2026-11-14 09:00", """Lindi,

Yesterday was lekker. I never knew a yoghurt label could start a three-year fight. Thank you for the desk, the coffee and for letting me sit in on the client call - I've never seen anyone say no so politely.

Thabo""", kind="thank_you", note="Thanks Lindiwe for the day of shadowing that already happened; the quoted text is her all-day confirmation.")
send(thabo, [lindiwe], "2027-03-10 20:45", "It happened", """Lindi,

Remember the FreshRoute pilot I wouldn't shut up about in your office? It turned into a job offer. Operations manager, four delivery kitchens, starting 1 April. I hand in my whites at the end of the month.

Your labelling lecture came up in the interview, so that one's on you.

Thabo""", O, kind="update", note="News since the last exchange (the pilot became a job); the 1 April start is not a meeting and there is no ask, so update.")

# Kyle: Thabo declines a student's coffee.
answer(O, Person("Kyle Pillay", "kyle.pillay@dut-student.example", "Africa/Johannesburg", client="gmail", locale="en-GB"),
       thabo, "2027-02-15 19:00", "Coffee with a culinary student?",
       "Hi Chef Thabo,\n\nI'm a second-year culinary student at DUT. Could I buy you a coffee and ask about working in food tech?\n\nKyle",
       "2027-02-16 07:45", """Kyle, my boet,

I'd love to, but I'm doing doubles at the Salt Room till the end of the month and then starting something new, and I can't see a gap for a while. Don't let that stop you asking other people - most of us say yes.

Chef Thabo""", kind="decline", mobile=True, note="Thabo turns down a student's coffee ask with no new date; the encouragement is a courtesy, so decline.")
