"""DeShawn Mabry (Houston, America/Chicago): refinery process operator moving
into energy data analytics. Outlook desktop and iPhone, en-US. Feb-Apr 2026
(US switch 8 March) and Oct-Nov 2026 (US switch back 1 November)."""

from c11 import LIST, OOO, Person, Thread, answer, bulk, hidden, send

O = dm = Person("DeShawn Mabry", "deshawn.mabry@mabry.example", "America/Chicago", client="outlook", locale="en-US",
                sig="DeShawn Mabry\nHouston, TX | 713-555-0162")
lupe = Person("Guadalupe Ortiz", "lupe.ortiz@gulfgrid.example", "America/Chicago", client="gmail", locale="en-US",
              sig="Lupe")
rev = Person("Rev. Carolyn Dupree", "cdupree@greaterhope.example", "America/Chicago", client="yahoo",
             locale="en-US", sig="Rev. Carolyn Dupree")
priya = Person("Priya Venkatesan", "priya.v@shalerock.example", "America/Denver", client="outlook", locale="en-US",
               sig="Priya Venkatesan | Analytics Manager | ShaleRock")
marcel = Person("Marcel Joseph", "marcel.joseph@trinidadgas.example", "America/Port_of_Spain", client="iphone",
                locale="en-US")
heather = Person("Heather Lindqvist", "hlindqvist@calgaryenergy.example", "America/Edmonton", client="gmail",
                 locale="en-US", sig="Heather")
tunde = Person("Tunde Bakare", "tunde.bakare@naijapower.example", "Africa/Lagos", client="gmail", locale="en-US",
               sig="Tunde")
bob = Person("Bob Hargrove", "bobhargrove@retiredmail.example", "America/Chicago", client="yahoo", locale="en-US",
             sig="Bob")
keisha = Person("Keisha Lamont", "keisha.lamont@uhdatalab.example", "America/Chicago", client="iphone",
                locale="en-US")
yuto = Person("Yuto Nakagawa", "y.nakagawa@kansai-energy.example", "Asia/Tokyo", client="outlook", locale="en-US",
              sig="Yuto Nakagawa\nData Platform Group")
jess = Person("Jess Whitaker", "jess@whitakerstudio.example", "America/Chicago", client="apple", locale="en-US",
              sig="Jess")
mike = Person("Mike Szymanski", "mszymanski@permianworks.example", "America/Chicago", client="outlook_html",
              locale="en-US", sig="Mike Szymanski\nOps Superintendent")

# ---- request: cold ask to a grid analyst
send(dm, [lupe], "2026-02-10 19:22", "Operator trying to get into grid analytics",
     """Hi Lupe,

Your name came up twice at the Houston Data Science meetup, both times with the words "she'll tell you straight." I've run a crude unit for nine years and spend my nights on Python courses, and I'm trying to figure out whether utilities actually hire people like me.

Could I grab 20 minutes of your time, phone or coffee, whatever's easier on your end?

DeShawn""", O, kind="request",
     note="A cold ask for 20 minutes by phone or coffee; the meetup mention is context.")

# ---- request: Lupe answers with candidate times
tp, _ = answer(O, dm, priya, "2026-02-12 20:00", "Career question from a refinery operator", """Ms. Venkatesan,

Tunde Bakare suggested I reach out. I'd be grateful for a short call about how ShaleRock's analytics team hires.

DeShawn Mabry""", "2026-02-13 08:31", """DeShawn,

Happy to. I've got a couple of openings: Wednesday the 18th after 2, or Friday the 20th before 10, both Mountain. Pick whichever and I'll send a Teams link.

Priya""", kind="request",
       note="Answers the ask with two candidate windows and asks him to pick, so nothing is fixed; request.")

# ---- confirmation: picks Friday the 20th, named zone Mountain
tp.reply(dm, [priya], "2026-02-13 12:05",
     """Priya,

Friday the 20th at 9:00 Mountain is perfect, I'm off shift that week. Looking forward to it.

DeShawn""", kind="confirmation", meet=("2026-02-20 09:00", "America/Denver"), wd="Fri",
     note="Picks one of the offered windows with an explicit date and time in a named zone (Mountain, -07:00), while his Date header is -0600.")

# ---- decline: honestly can't swing it
answer(O, dm, lupe, "2026-02-16 18:00", "Operator trying to get into grid analytics", """Lupe, just floating this back up in case it slipped past you. Any chance of that 20 minutes?

DeShawn""", "2026-02-17 21:40", """DeShawn - honestly can't swing it this month. Winter storm post-mortem has eaten my life and my weekends. Don't take it personally, it's everybody.

Lupe""", kind="decline",
       note="'Honestly can't swing it this month' refuses the call without offering any date; the quoted nudge is a request but does not decide.")

# ---- confirmation: DST - named Central, after the 8 March switch
answer(O, heather, dm, "2026-03-04 16:00", "Calgary chat", """Hi DeShawn,

Lupe forwarded me your note. I'd be glad to talk. Does Monday the 9th work? I'm flexible that morning.

Heather""", "2026-03-05 07:15", """Heather,

Monday the 9th works. Let's say 9:00 Central (8:00 your time). I'll call your cell.

Thanks,
DeShawn""", kind="confirmation", meet=("2026-03-09 09:00", "America/Chicago"), wd="Mon",
       note="Fixes Monday 9 March at 9:00 Central from a Thursday Date at -0600; Central is named and the US switch on 8 March makes it -05:00.")

# ---- thank_you to Priya
send(dm, [priya], "2026-02-20 13:30", "Thank you",
     """Priya,

Appreciate you this morning. The bit about building a portfolio out of my own unit's alarm data was the first concrete advice I've gotten in six months of asking around. Already pulled the historian exports.

DeShawn""", O, kind="thank_you",
     note="Thanks Priya for the call that morning and says what helped; acting on the advice is not a new ask.")

# ---- other: church, non-networking with a date
send(rev, [dm], "2026-03-11 10:02", "Youth Sunday",
     """Brother DeShawn,

We have you down to help with the youth Sunday breakfast on March 29th. Please be at the fellowship hall by 7:30 so the young men can see a grown man cook grits without burning them.

Blessings,""", O, kind="other",
     note="His pastor schedules him for a church breakfast; a volunteering rota, not a networking meeting, so other.")

# ---- confirmation: shortly before, 'tomorrow'
t = Thread(O, "Coffee w/ Bob")
t.send(bob, [dm], "2026-03-18 17:45", """DeShawn,

We're still on for tomorrow at 8:15 at the Buffalo Grill on Bissonnet. I'll be the old man with the Astros cap. Buying, don't argue.

Bob""", kind="confirmation", meet=("2026-03-19 08:15", "hdr"), rel="tomorrow", wd="Thu",
        note="Confirms an already agreed coffee shortly before it: 'tomorrow at 8:15' from a Wednesday Date is Thu 19 March, at the header's -0500.")

# ---- thank_you received? no: DeShawn thanks Bob
send(dm, [bob], "2026-03-19 19:02", "Breakfast",
     """Bob,

Thank you for breakfast and for two hours of stories I'll be repeating for years. Thirty-one years at Baytown and you still remember the loop tuning numbers. I owe you a plate.

DeShawn""", O, kind="thank_you",
     note="Thanks a retired engineer for breakfast that morning; 'I owe you a plate' is a courtesy, not a proposed meeting.")

# ---- decline: cancels with no new date (non-native English)
t = Thread(O, "Call on Thursday")
t.msgs.append(hidden(send(dm, [yuto], "2026-03-20 20:00", "Call on Thursday",
                          "Yuto, confirming Thursday 26 March 7pm Central / Friday 9am Tokyo. DeShawn", O,
                          kind="confirmation", meet=("2026-03-26 19:00", "America/Chicago"), note="(quoted only)")))
t.reply(yuto, [dm], "2026-03-24 09:30", """Dear DeShawn-san,

I am very sorry. Our fiscal year closing is more heavy than planned and I must cancel our call on Thursday. I cannot promise another date now, because April is also difficult. I will contact you when it becomes calm.

Best regards,""", kind="decline",
        note="Cancels the agreed call and explicitly gives no new date (non-native English); the quoted confirmation holds the old time.")

# ---- request: two candidate times from DeShawn
answer(O, keisha, dm, "2026-03-30 12:00", "UH data lab", """hey DeShawn! Lupe said u wanted to hear about the UH energy data certificate. happy to talk""", "2026-03-30 18:10", """Keisha, that would be great. Could you do Thursday after 5 or Saturday morning, whichever is less of a pain? I can come to campus.

DeShawn""", kind="request",
       note="Answers her offer with two candidate windows and no fixed slot; a request.")

# ---- confirmation: 'good news, I'm in!' - day and time in the quote
answer(O, dm, keisha, "2026-04-01 20:00", "UH data lab", """Keisha, how about Saturday April 11 at 10am at the library coffee spot?""",
       "2026-04-02 07:50", """good news, I'm in! see u there""", kind="confirmation",
       meet=("2026-04-11 10:00", "hdr"), wd="Sat", sig=False, mobile=True,
       note="'Good news, I'm in!' accepts the quoted slot (Sat 11 April, 10am) that exists only in the quote; read at the Date header's -0500.")

# ---- other: forwarded job alert with a one-liner, automated
bulk("Energy Jobs Board", "alerts@energyjobsboard.example", "America/Chicago", dm, "2026-04-06 06:00",
     "5 new roles: Data Analyst, Operations", O,
     """New roles matching "data analyst operations" near Houston, TX:

- Process Data Analyst, Gulfside Refining (posted Apr 5)
- Reliability Analyst, Bayou Midstream (posted Apr 4)

Apply by April 30. Manage alerts | Unsubscribe""",
     "Automated job alert (Precedence: bulk) with dates; automated mail is other.", headers=LIST)

# ---- update to Priya
send(dm, [priya], "2026-04-14 19:00", "Quick update",
     """Priya,

Figured you'd want to know: the alarm-flood dashboard I built from our historian data got picked up by our site's reliability team, and they've asked me to rotate over two days a week starting May. It's not a data job yet but it's a foot in.

DeShawn""", O, kind="update",
     note="News since their call (a part-time rotation); the May start is not a meeting and nothing is asked.")

# ---- decline: HTML-only outlook
answer(O, dm, mike, "2026-10-05 19:00", "Data side of Permian ops", """Mike,

Jess Whitaker said you built Permian Works' ops analytics from nothing. Would you have 30 minutes for a call in the next couple of weeks?

DeShawn""", "2026-10-06 11:22", """DeShawn,

Appreciate the kind words but I'm going to pass. I'm three weeks out from retirement and trying hard not to start anything I can't finish. Good luck with it.

Mike""", kind="decline",
       note="HTML-only Outlook refusal ('I'm going to pass') with no new date; the well-wishing is a courtesy.")

# ---- update from Lupe
send(lupe, [dm], "2026-10-12 21:05", "heads up",
     """DeShawn,

Finally surfacing. Wanted you to know we opened two junior analyst roles on the forecasting team last week, and I already dropped your name with the hiring manager, Aaron. Posting should go public by the end of the month.

Lupe""", O, kind="update",
     note="Lupe reports news (roles opened, his name passed on); she asks nothing and fixes no meeting.")

# ---- thank_you from Tunde
send(tunde, [dm], "2026-10-20 15:40", "You did not have to",
     """My brother DeShawn,

I saw that you sent my CV to your friend at the utility. Thank you. In Lagos we say a good friend is the one who carries your name into rooms you cannot enter. That is what you did.

Tunde""", O, kind="thank_you",
     note="Tunde thanks DeShawn for forwarding his CV, concrete help already given; no ask or date.")

# ---- confirmation: named zone across the November switch
answer(O, dm, marcel, "2026-10-27 20:30", "Gas ops in Trinidad", """Marcel,

Thanks for saying yes. Would Tuesday, November 3 at 10am Houston time work for a call? That's noon for you if I have the clocks right.

DeShawn""", "2026-10-28 06:20", """Tuesday 3rd at 10 Houston time is good for me boss. Talk then""", kind="confirmation",
       meet=("2026-11-03 10:00", "America/Chicago"), wd="Tue", sig=False,
       note="Fixes Tue 3 November at 10 'Houston time' (named); after the US switch on 1 November Houston is -06:00, while Marcel's header is -0400.")

# ---- other: personal mail from a photographer friend
send(jess, [dm], "2026-11-04 12:12", "prints",
     """DeShawn, your mom's prints are ready. I'll leave them with the front desk at the studio, grab them any time before the 14th when we close for the holidays. Invoice attached-ish (I'll text it).

Jess""", O, kind="other",
     note="A friend arranging delivery of photo prints; personal logistics, not a networking meeting, so other.")

# ---- update: DeShawn tells Heather the outcome
send(dm, [heather], "2026-11-16 18:45", "Some news",
     """Heather,

Wanted to close the loop. I start at Gulf Grid as a junior forecasting analyst on January 11. Nine years on the unit and it took one conversation with you to figure out how to talk about it. I'll keep you posted once I'm in.

DeShawn""", O, kind="update",
     note="Closes the loop with a result (a job offer); the January 11 start is not a meeting, and the credit to Heather is a courtesy.")
