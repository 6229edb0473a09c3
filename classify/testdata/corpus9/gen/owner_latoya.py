"""LaToya Pruitt (Atlanta), litigation paralegal moving into legal operations.

Outlook desktop (en-US); correspondents in New Orleans, Columbus GA, Kingston,
Halifax, Macon, Savannah and Atlanta."""

from c9 import Person, Thread, answer, bulk, hidden, send

O = latoya = Person("LaToya Pruitt", "latoya.pruitt@peachmail.example", "America/New_York", client="outlook",
                    locale="en-US", sig="LaToya Pruitt\nSenior Litigation Paralegal\n(404) 555-0163")
beau = Person("Beau Thibodeaux", "beau@delacroixlaw.example", "America/Chicago", client="gmail", locale="en-US",
              sig="Beau Thibodeaux\nDirector of Legal Operations, Delacroix & Fontenot LLP")
darnell = Person("Darnell Hughes", "darnell.hughes.ets@armymail.example", "America/New_York", client="gmail",
                 locale="en-US", sig="SSG Darnell Hughes\nFort Moore, GA")
andre = Person("Andre Campbell", "acampbell@campbell-chambers.example", "America/Jamaica", client="iphone", locale="en-US")
janet = Person("Janet MacNeil", "janet.macneil@novascotia-justice.example", "America/Halifax", client="owa",
               locale="en-US", sig="Janet MacNeil\nManager, Court Services Modernization\nNova Scotia Department of Justice")
rhonda = Person("Rhonda Simmons", "rhonda.simmons@maconmail.example", "America/New_York", client="yahoo", locale="en-US")
odell = Person("Odell Baptiste", "chef@baptistekitchen.example", "America/New_York", client="outlook", locale="en-US",
               sig="Chef Odell Baptiste\nBaptiste's Low Country Kitchen, Savannah GA")
trey = Person("Trey Whitfield", "trey@docketly.example", "America/New_York", client="iphone", locale="en-US")

# Beau: cold ask, two mornings offered, LaToya fixes, thanks; later DST call.
t = Thread(O, "Keisha said to holler at you")
t.send(latoya, [beau], "2026-08-10 12:05", """Hi Beau,

Keisha Duplantis said you're the man to talk to about how y'all built the legal ops team at Delacroix from nothing. I've been a litigation paralegal for nine years, I'm the one who ends up fixing the e-billing and the matter intake mess, and I'm starting to think that's the job I actually want.

I'd love to hear how you made the jump. Coffee's on me next time I'm in New Orleans, or a phone call if that's easier on your end.

LaToya""", kind="request", note="Cold ask through a mutual friend for coffee or a call to hear his story; no slot is fixed, so request.")
t.reply(beau, latoya, "2026-08-11 16:20", """Well I'll be. Keisha's good people, any friend of hers.

Turns out I'm in Atlanta for a CLE the week of the 24th. Tuesday or Wednesday morning both work, you pick. Somewhere near Five Points would be ideal.

Beau""", kind="request", note="Offers two candidate mornings ('Tuesday or Wednesday ... you pick') without fixing one: request.")
t.reply(latoya, beau, "2026-08-18 09:10", """Let's do Wednesday the 26th, 8:30 at Octane on Marietta St. It's a five-minute walk from Five Points. I'll be the one in the yellow blazer.

LaToya""", kind="confirmation", meet=("2026-08-26 08:30", "hdr"), wd="Wed",
        note="Fixes 'Wednesday the 26th, 8:30' from Beau's two mornings; the ordinal pins the date (a bare Wednesday after Tue 18 Aug would be the 19th). No zone named: Date header -04:00.")
t.reply(latoya, beau, "2026-08-26 17:45", """Beau,

I've been chewing on what you said about matter intake all afternoon. The idea of treating it like a product with a backlog instead of a form nobody reads flipped something for me. Much obliged for the coffee and for the reading list on the napkin, I took a picture of it.

LaToya""", kind="thank_you", note="Thanks Beau for the coffee that morning and the reading list; nothing new is proposed, so thank_you.")
t4 = Thread(O, "Follow-up call")
t4.msgs.append(hidden(send(latoya, [beau], "2026-10-27 15:00", "Follow-up call", """Hi Beau,

Could we do a quick follow-up call on Monday, November 2 at 9 am Central (10 for me)? I have a couple of questions about the vendor review you mentioned.

LaToya""", O, kind="request", note="(quoted only)")))
t4.reply(beau, latoya, "2026-10-28 07:50", """Works for me. Talk then!

B.""", kind="confirmation", meet=("2026-11-02 09:00", "America/Chicago"), wd="Mon",
         note="Two-word acceptance whose slot is only in the quoted proposal (Mon Nov 2, 9 am Central). Central is named, and Nov 2 is the day after the US switch, so -06:00 although Beau's Date header is -05:00.")

# Darnell: soldier leaving service asks; LaToya fixes a call; thanks; update.
t = Thread(O, "Transition question from a soldier")
t.send(darnell, [latoya], "2026-09-08 06:15", """Ms. Pruitt,

My name is SSG Darnell Hughes. I ETS in November after 12 years, the last five as a paralegal NCO in the JAG office here at Fort Moore. My transition counselor said I should talk to folks doing legal work on the civilian side and a buddy from church gave me your name.

If you could spare me a phone call some evening, I'd be grateful. I know my way around courts-martial paperwork but I have no idea how a law firm actually runs.

Very respectfully,
Darnell""", kind="request", note="A soldier leaving the Army asks for a phone call 'some evening': a meeting ask with no slot, so request.")
t.reply(latoya, darnell, "2026-09-08 20:30", """Darnell,

Thank you for your service, and congratulations on making it to ETS. Call me Thursday at 6:30 pm Eastern at (404) 555-0163. If something comes up on post, just text me.

LaToya""", kind="confirmation", meet=("2026-09-10 18:30", "America/New_York"), wd="Thu", rel="weekday",
        note="Fixes 'Thursday at 6:30 pm Eastern': bare Thursday after Tue 8 Sep is 10 Sep; Eastern named, -04:00 in September.")
t.reply(darnell, latoya, "2026-09-11 05:40", """Ma'am,

Appreciate you. I wrote down everything you said about e-discovery certs and about not underselling the JAG time on my resume. My wife says I came off the phone standing up straighter.

Darnell""", kind="thank_you", note="Thanks LaToya for last night's call and its advice; nothing asked or scheduled.")
t.reply(darnell, latoya, "2026-11-20 19:05", """Ms. Pruitt,

Update from the civilian side: I got picked up by Harrell & Boone in Columbus as a litigation support specialist. Start date is December 1. They liked that I could talk about the discovery tools, which I would not have known to bring up before our call.

Darnell""", kind="update", note="News since the call (a job, a start date); the start date is not a meeting and he asks for nothing, so update.")

# Andre: trial (decline).
answer(O, latoya, andre, "2026-09-14 10:00", "Legal tech in Kingston?",
       "Hi Andre,\n\nMarlon at the Bar Association said you digitized your chambers' filing. Could we get on a call some time so I can hear how you did it?\n\nLaToya",
       "2026-09-14 21:12", """LaToya, bwoy, this month is madness. Big trial starting Monday and mi nuh see mi bed till October done. Ketch me after Christmas man, mi will have more time fi talk.

Andre""", kind="decline", sig=False,
       note="Jamaican English: 'this month is madness ... ketch me after Christmas': puts the call off with no date, so decline; 'Monday' is his trial, not a meeting.")

# Janet: fixes a slot herself and sends a link (confirmation); LaToya thanks (HTML only).
t, r = answer(O, latoya, janet, "2026-09-28 11:00", "Court services modernization",
              "Hi Ms. MacNeil,\n\nI read the write-up on Nova Scotia's e-filing rollout. Could I ask you about it on a call some time in the next few weeks?\n\nLaToya Pruitt",
              "2026-09-29 14:22", """Hi LaToya,

Happy to. Monday, October 5 at 2 pm Atlantic works on my end - I'll send a Teams link the morning of. Give me a shout if anything changes.

Janet""", kind="confirmation", meet=("2026-10-05 14:00", "America/Halifax"), wd="Mon",
              note="Janet fixes one slot herself, as a statement with a link to follow ('works on my end - I'll send a Teams link'), so confirmation. Atlantic named: -03:00 in October.")
t.reply(latoya, janet, "2026-10-05 15:40", """Janet,

You were so generous with your hour. The part about running the pilot in one courthouse before anyone was allowed to buy anything is going straight into my notes for my next interview. Please tell your team their intake form is the best I've seen on either side of the border.

LaToya""", kind="thank_you", client="outlook_html",
        note="HTML-only Outlook message thanking Janet for the call earlier that day; the quoted text is Janet's confirmation.")

# Rhonda: parent asks for her daughter; LaToya fixes Sunday; Rhonda thanks.
t = Thread(O, "A favor for my daughter")
t.send(rhonda, [latoya], "2026-10-13 19:55", """Hey LaToya,

This is Rhonda, Bernice's sister from Greater Mt. Zion. My daughter Jaylen is a junior at Central and she has her heart set on being a lawyer, but nobody in this family knows the first thing about it. Bernice said you've been in a law firm going on ten years.

Would you let her call you one evening and ask you some questions? She's shy on the phone but she writes everything down.

Rhonda""", kind="request", note="A parent asks LaToya to take a call from her teenage daughter: an ask for a conversation with no time, so request.")
t.reply(latoya, rhonda, "2026-10-14 07:30", """Rhonda, of course! Tell Jaylen to call me this Sunday around 4, after church and before I start dinner. (404) 555-0163. Tell her to bring her questions, shy is fine.

LaToya""", kind="confirmation", meet=("2026-10-18 16:00", "hdr"), wd="Sun", rel="weekday",
        note="'Call me this Sunday around 4' fixes one slot; Sunday after Wed 14 Oct is the 18th, 16:00 at the Date header's -04:00.")
t.reply(rhonda, latoya, "2026-10-19 12:10", """LaToya,

Jaylen hasn't stopped talking about it since yesterday. She made me look up what a paralegal certificate costs and she's got your advice about mock trial taped to her mirror. Bless you for giving her that hour.

Rhonda""", kind="thank_you", note="The mother thanks LaToya for the call with her daughter the day before; concrete help that happened, so thank_you.")

# Trey: mid-raise (decline).
answer(O, latoya, trey, "2026-11-09 09:00", "Docketly and legal ops",
       "Trey,\n\nSaw your Docketly demo at the ATL Legal Hackers night. Could I grab 30 minutes to hear what your customers' legal ops people actually struggle with?\n\nLaToya",
       "2026-11-09 23:48", """Man I wish. We're mid-raise and I'm living on planes between here and SF till Q1. Circle back in January and I'll see what I can do?""",
       kind="decline", note="'Mid-raise ... living on planes till Q1. Circle back in January': a put-off with no date (January is not a slot), so decline despite the question mark.")

# LaToya's update to Beau.
send(latoya, [beau], "2026-12-07 18:20", "Good news from Atlanta", """Beau,

Some news since our call in November: I got the offer. Legal Operations Analyst at Peachtree Mutual, starting January 11. The vendor review question you coached me on came up almost word for word in the second round.

Merry Christmas to you and yours.

LaToya""", O, kind="update", note="News since the last exchange (an offer, a start date); the start date is not a meeting and there is no ask, so update.")

# other
send(odell, [latoya], "2026-11-16 13:30", "Quote for Renee's party", """Ms. Pruitt,

Here’s the quote for your sister's 40th on Saturday, December 12:

- Shrimp & grits station for 45 - $1,125
- Fried green tomatoes, pimento cheese, deviled eggs - $380
- Peach cobbler - $160
- Two servers, 5-10 pm - $300

We'd need a 50% deposit by Friday, November 27 to hold the date. Let me know if your sister still wants the oysters, they’re market price that week.

Chef Odell""", O, kind="other", charset="windows-1252", enc="qp",
     note="A caterer's quote with an event date and a deposit deadline (windows-1252): person-to-person but not networking, and no meeting with LaToya is arranged, so other.")
bulk("ProLink", "notifications@prolink-mail.example", "America/Los_Angeles", latoya, "2026-09-21 14:00",
     "LaToya, you appeared in 12 searches this week", O,
     "You appeared in 12 searches this week.\n\nRecruiters from legal services and insurance looked at profiles like yours. Upgrade to ProLink Premium to see who.\n\nWant a career coach? Book a free 15-minute call: prolink-mail.example/coach\n\nUnsubscribe: prolink-mail.example/u/8841",
     "Platform notification from a no-reply sender; the 'book a free 15-minute call' is marketing, so other.",
     headers=[("List-Unsubscribe", "<https://prolink-mail.example/u/8841>"), ("Precedence", "bulk")])
bulk("Calendar", "calendar-notification@calmail.example", "America/New_York", latoya, "2026-08-26 07:30",
     "Reminder: Coffee with Beau Thibodeaux @ Wed Aug 26, 2026 8:30am - 9:30am (EDT)", O,
     "Reminder: Coffee with Beau Thibodeaux\n\nWhen: Wed Aug 26, 2026 8:30am - 9:30am Eastern Time - New York\nWhere: Octane, Marietta St NW, Atlanta\n\nYou are receiving this reminder because you are an attendee of this event.",
     "Calendar service's reminder for an already fixed coffee; notifications sent by a service are other.")
