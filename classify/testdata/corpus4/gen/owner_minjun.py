"""Min-jun Seo, Seoul (KST, +09:00, no DST): semiconductor process engineer moving into developer relations.

Gmail with a Korean interface (Korean reply lines on English and German
mail). Studied in Stuttgart, so German with friends (du) and formally (Sie).
Contacts in Stuttgart, Munich (Outlook), Graz, Seattle, Tokyo, Pune, Toronto
and Seoul, plus a job platform.
"""

from c4 import Person, Thread, answer, bulk, hidden, invite, send, subject_b64  # noqa: F401

O = minjun = Person("Min-jun Seo", "minjun.seo@seo-mj.example", "Asia/Seoul", client="gmail", locale="ko",
                    sig="Min-jun Seo (서민준)\nProcess Engineer → Developer Relations\nSeoul")
tobias = Person("Tobias Rennert", "tobias.rennert@neckarwerk.example", "Europe/Berlin", client="gmail", locale="de",
                sig="Tobi")
vollmer = Person("Dr. Annegret Vollmer", "annegret.vollmer@isarsoft.example", "Europe/Berlin", client="outlook",
                 locale="de",
                 sig="Dr. Annegret Vollmer\nHead of Developer Experience\nIsarsoft AG | Arnulfstraße 60 | 80335 München\nTel. +49 89 555 01 93",
                 legal="Isarsoft AG, Sitz München, Registergericht München HRB 255101\nVorstand: Dr. Jens Falk (Vors.), "
                       "Miriam Ostertag | Aufsichtsratsvorsitzender: Prof. Dr. Heiner Lutz\n\n"
                       "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie "
                       "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie "
                       "bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die "
                       "unbefugte Weitergabe dieser E-Mail ist nicht gestattet.")
florian = Person("Florian Haider", "florian.haider@murtal-dev.example", "Europe/Vienna", client="apple",
                 locale="de-AT", sig="Florian")
kelsey = Person("Kelsey Brandt", "kelsey@fernwood.example", "America/Los_Angeles", client="gmail", locale="en-US",
                sig="Kelsey Brandt\nDeveloper Relations Manager, Fernwood\nSeattle, WA")
daisuke = Person("Daisuke Mori", "daisuke.mori@kumo-cloud.example", "Asia/Tokyo", client="gmail", locale="ja",
                 sig="Daisuke Mori | Developer Advocate, Kumo Cloud")
ananya = Person("Ananya Iyer", "ananya.iyer@tatvachips.example", "Asia/Kolkata", client="gmail", locale="en-IN",
                sig="Ananya Iyer\nProcess Integration Engineer, Tatva Chips\nPune")
erin = Person("Erin Kowalski", "erin@maplestack.example", "America/Toronto", client="gmail", locale="en-US",
              sig="Erin")
seoyeon = Person("Seo-yeon Choi", "seoyeon.choi@hanul-semi.example", "Asia/Seoul", client="gmail", locale="ko",
                 sig="Seo-yeon Choi | Hanul Semiconductor")
lindqvist = Person("Marcus Lindqvist", "marcus.lindqvist@talentbridge.example", "Europe/Stockholm", client="outlook",
                   locale="en-GB", sig="Marcus Lindqvist\nSenior Recruiter, TalentBridge")

# ---------------------------------------------------------------- Tobias, Stuttgart (du)

t = Thread(O, "Lange her! Frage zu DevRel")
t.msgs.append(hidden(t.send(minjun, [tobias], "2026-01-12 21:30", """Hi Tobi,

lange nicht gesprochen! Ich überlege, von der Prozesstechnik in Richtung Developer Relations zu wechseln, und du machst das ja schon seit zwei Jahren. Hättest du mal 20 Minuten für einen Call?

Viele Grüße aus Seoul
Min-jun""", sig=False, kind="request", lang="de", note="(quoted only)")))
t.reply(tobias, minjun, "2026-01-13 08:30", """Hey Min-jun,

Mensch, wie lange ist das her! Klar, gerne. Lass uns am Donnerstag, den 22., um 9 Uhr deutscher Zeit quatschen. Ich schick dir vorher einen Jitsi-Link.

Bis dann
Tobi""", sig=False, kind="confirmation", lang="de", meet=("2026-01-22 09:00", "Europe/Berlin"), wd="Thu",
        note="[de] Informal (du) reply that fixes 'am Donnerstag, den 22., um 9 Uhr deutscher Zeit' (ordinal day with weekday); German time named, +01:00 in January. Min-jun's ask is quoted under a German Gmail line.")
t.reply(minjun, tobias, "2026-01-22 19:30", """Hi Tobi,

danke dir nochmal für heute! Dein Tipp, mit kleinen Tutorials auf Deutsch und Koreanisch anzufangen, statt gleich auf Konferenzen zu sprechen, klingt für mich total machbar. Die Liste mit den Communities schaue ich mir am Wochenende an.

Viele Grüße
Min-jun""", sig=False, kind="thank_you", lang="de",
        note="[de] Thanks for the call that happened today and says what helped; reading the list at the weekend is his plan, not a meeting. Korean Gmail reply line above the quote.")

# ---------------------------------------------------------------- Dr. Vollmer, München (formal)

t = Thread(O, "Anfrage: Gespräch über Developer Relations")
t.msgs.append(hidden(t.send(minjun, [vollmer], "2026-02-16 17:00", """Sehr geehrte Frau Dr. Vollmer,

Tobias Rennert hat mir empfohlen, mich an Sie zu wenden. Ich bin Prozessingenieur in der Halbleiterfertigung in Seoul und möchte in den Bereich Developer Relations wechseln. Hätten Sie in den nächsten Wochen 30 Minuten Zeit für ein Gespräch?

Mit freundlichen Grüßen
Min-jun Seo""", sig=False, kind="request", lang="de", note="(quoted only)")))
t.reply(vollmer, minjun, "2026-02-16 09:01", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 27.02.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an devex@isarsoft.example.

Mit freundlichen Grüßen
Annegret Vollmer""", subject="Abwesenheitsnotiz: Anfrage: Gespräch über Developer Relations", quote=False, sig=False,
        legal=False, fmt="plain", kind="other", lang="de",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        note="[de] 'Abwesenheitsnotiz' out-of-office reply (Auto-Submitted: auto-replied); the return date 27.02.2026 is not a meeting, and automated mail is other.")
t.msgs.pop()
m = t.reply(vollmer, minjun, "2026-03-04 14:25", """Sehr geehrter Herr Seo,

vielen Dank für Ihre Geduld – nach meinem Urlaub hat es etwas gedauert.

Gern nehme ich mir Zeit für Sie. Ich habe Ihnen für Montag, den 30. März, um 10:00 Uhr eine Teams-Einladung geschickt (anbei). Bringen Sie gern konkrete Fragen mit.

Mit freundlichen Grüßen
Annegret Vollmer""", kind="confirmation", lang="de", meet=("2026-03-30 10:00", "Europe/Berlin"), wd="Mon",
            note="[de] Fixes 'Montag, den 30. März, um 10:00 Uhr' with an attached METHOD:REQUEST in TZID=Europe/Berlin; the invite wins, and 30 March is the day after the EU switch, so +02:00 although the Date header is +0100 and the text names no zone. German legal footer with Registergericht/Vorstand lines.")
m.cal = invite("REQUEST", "Gespräch Min-jun Seo / Dr. Annegret Vollmer", "2026-03-30 10:00", "2026-03-30 10:30",
               "Europe/Berlin", "tzid", vollmer, [vollmer, minjun], "2026-03-04 14:25",
               prodid="Microsoft Exchange Server 2010", location="Microsoft Teams-Besprechung")
m.cal_method = "REQUEST"
t.reply(minjun, vollmer, "2026-03-30 18:20", """Sehr geehrte Frau Dr. Vollmer,

vielen Dank für das sehr offene Gespräch heute. Ihre Einschätzung, dass meine Erfahrung mit Fertigungsdaten für Isarsofts Industriekunden ein Vorteil ist, hat mich sehr ermutigt.

Wie von Ihnen vorgeschlagen, sprechen wir dann am Montag, 4. Mai, um 12 Uhr mittags Münchner Zeit, wenn ich den Prototyp der Dokumentation fertig habe. Die Einladung schicke ich Ihnen gleich.

Mit freundlichen Grüßen
Min-jun Seo""", sig=False, kind="confirmation", lang="de", meet=("2026-05-04 12:00", "Europe/Berlin"), wd="Mon",
        note="[de] A thank-you that also fixes the next meeting ('am Montag, 4. Mai, um 12 Uhr mittags Münchner Zeit'): confirmation under the tie rule; '12 Uhr mittags' is noon, Munich named, +02:00 in May, while the Date header is +0900.")

# ---------------------------------------------------------------- Florian, Graz (Austrian German)

answer(O, minjun, florian, "2026-02-23 20:00", "Kurze Frage aus Seoul", """Servus Florian,

wir haben uns letztes Jahr auf der Grazer Linuxtage kennengelernt. Hättest du Lust auf einen kurzen Call über deinen Wechsel in die DevRel?

Liebe Grüße
Min-jun""", "2026-02-24 07:45", """Servus Min-jun,

danke für deine Nachricht, freut mich voll! Leider muss ich absagen: Wir stecken mitten im Release, und ab März bin ich in Karenz. Heuer wird das bei mir nix mehr, sorry!

Meld dich gern, wenn ich zurück bin.

Liebe Grüße aus Graz
Florian""", client="iphone", ask_kw={"lang": "de", "sig": False}, kind="decline", lang="de",
       note="[de] Austrian German ('Servus', 'Karenz' = parental leave, 'Heuer wird das nix mehr'): refuses for this year with no date; 'Meld dich gern, wenn ich zurück bin' is a courtesy. 'Von meinem iPhone gesendet'.")

# ---------------------------------------------------------------- Kelsey, Seattle

t = Thread(O, "Process engineer -> DevRel: could I ask you a few questions?")
t.msgs.append(hidden(t.send(minjun, [kelsey], "2026-04-13 10:00", """Hi Kelsey,

I enjoyed your talk on docs-as-code for hardware SDKs. I'm a process engineer in Seoul moving into DevRel. Could we have a 30-minute call sometime?

Best,
Min-jun""", kind="request", note="(quoted only)")))
t.reply(kelsey, minjun, "2026-04-14 08:10", """Hi Min-jun,

Would love to chat! I could do Wed 4/22 or Thu 4/23, anytime 4-6pm Pacific. Let me know what works and I'll send a Zoom.

Kelsey""", kind="request",
        note="Offers two candidate days with a 4-6pm Pacific window and asks him to choose: request, nothing fixed.")
t.msgs.append(hidden(t.reply(minjun, kelsey, "2026-04-15 07:40", """Hi Kelsey,

Thu 4/23 at 5pm Pacific works great. Thank you!

Min-jun""", kind="confirmation", meet=("2026-04-23 17:00", "America/Los_Angeles"), note="(quoted only)")))
t.reply(kelsey, minjun, "2026-04-23 09:15", """Hi Min-jun,

I'm so sorry, something came up: a launch slipped and I'm pulled into a war room all afternoon, so I need to cancel today's chat. Things will be pretty crazy through May. I'll ping you when they calm down.

Apologies again,
Kelsey""", kind="decline",
        note="Cancels the same-day chat and gives no new date ('I'll ping you when they calm down'); the quoted acceptance still holds Thu 4/23 5pm Pacific.")
t.reply(minjun, kelsey, "2026-06-02 08:30", """Hi Kelsey,

I hope the launch went well! Just circling back on our chat: would you have 30 minutes in the next few weeks? Any afternoon Pacific time is fine for me.

Best,
Min-jun""", kind="request",
        note="'Just circling back' nudges the cancelled chat and asks for 30 minutes in the next weeks: request; 'any afternoon Pacific time' is not a slot.")
m = t.reply(kelsey, minjun, "2026-06-03 10:00", """Hi Min-jun,

The launch survived, barely! Sent you an invite for Tuesday 6/16, 5:30pm PT. Talk then!

Kelsey""", kind="confirmation", meet=("2026-06-16 17:30", "America/Los_Angeles"), wd="Tue",
            note="Fixes 'Tuesday 6/16, 5:30pm PT' with a Google Calendar METHOD:REQUEST in TZID=America/Los_Angeles (-07:00); invite and text agree.")
m.cal = invite("REQUEST", "Kelsey / Min-jun: DevRel chat", "2026-06-16 17:30", "2026-06-16 18:00",
               "America/Los_Angeles", "tzid", kelsey, [kelsey, minjun], "2026-06-03 10:00",
               location="https://zoom.example/j/93482211")
m.cal_method = "REQUEST"
t.reply(minjun, kelsey, "2026-06-17 12:00", """Hi Kelsey,

Thank you for the call this morning (your yesterday evening). The way you review a sample app like a customer would, step by step with a timer, is something I will copy for my portfolio. I also joined the Write the Docs Slack as you suggested.

Best regards,
Min-jun""", kind="thank_you",
        note="Thanks for the call that already happened ('this morning, your yesterday evening'); joining a Slack is his own action, nothing is asked.")
bulk("Jobnet", "notifications-noreply@jobnet.example", "UTC", minjun, "2026-06-20 02:14",
     "Kelsey Brandt endorsed you for Technical Writing", O,
     """Hi Min-jun,

Kelsey Brandt endorsed you for Technical Writing.

Kelsey also sent you a message: "Great chatting this week. Let's do it again after the summer!"

View message: https://jobnet.example/messaging/t/55231

You're receiving Jobnet notification emails. Unsubscribe: https://jobnet.example/settings/email?t=endorse""",
     headers=[("List-Unsubscribe", "<https://jobnet.example/settings/email?t=endorse>"), ("Precedence", "bulk"),
              ("X-Jobnet-Category", "endorsement")],
     note="Platform notification from a no-reply address; it quotes a person's message ('Let's do it again after the summer!'), but the mail itself is automated, so other.")

# ---------------------------------------------------------------- Erin, Toronto

send(minjun, [erin], "2026-05-12 09:15", "Hardware DevRel in Canada: a question", """Hi Erin,

I read your blog post about running developer workshops for FPGA boards, and it is very close to what I hope to do. I am a process engineer in Seoul moving into developer relations.

Would you be open to a 20-minute video call in the coming weeks? I know Toronto and Seoul are 13 hours apart, so I can take a late evening call on my side.

Best regards,""", O, kind="request",
     note="Cold ask for a 20-minute video call; the 13-hour difference and 'late evening on my side' are flexibility, not a slot.")

# ---------------------------------------------------------------- Daisuke, Tokyo

t = Thread(O, "Coffee at DevFest Tokyo?")
t.send(minjun, [daisuke], "2026-07-01 21:00", """Hi Daisuke,

I will be in Tokyo for DevFest at the end of July. Could we meet for a coffee while I am there? I would love to hear how you moved from chip design to developer advocacy.

Best,
Min-jun""", kind="request",
       note="Asks for a coffee during a trip at 'the end of July': a window, not a slot.")
m = t.reply(daisuke, minjun, "2026-07-02 12:40", """Hi Min-jun,

Of course! I'll be at our booth the whole day on Saturday 25 July at DevFest Tokyo. I can't promise a time, so let's just find each other that day. I've sent a calendar hold for the day so you don't forget.

Daisuke""", kind="confirmation", meet=("2026-07-25", "hdr"), allday=True, wd="Sat",
            note="Fixes the day (Saturday 25 July) but explicitly no time, with an all-day METHOD:REQUEST (DTSTART;VALUE=DATE): all_day, midnight at the Date header's +0900. Japanese Gmail reply line.")
m.cal = invite("REQUEST", "Min-jun @ DevFest Tokyo (booth B12)", "2026-07-25", "2026-07-26", "Asia/Tokyo", "date",
               daisuke, [daisuke, minjun], "2026-07-02 12:40", location="Tokyo Big Sight, booth B12")
m.cal_method = "REQUEST"
t.reply(minjun, daisuke, "2026-07-16 22:10", """Hi Daisuke,

I am really sorry: my company moved a customer audit onto that weekend, so I cannot come to Tokyo on the 25th after all. Could we do a video call sometime in August instead? No rush at all.

Best,
Min-jun""", kind="decline",
        note="Cancels the fixed 25 July meeting and only floats 'a video call sometime in August' with no date: decline outranks the request in it.")

# ---------------------------------------------------------------- news, then a celebration in Seoul

t = Thread(O, "News!")
t.send(minjun, [kelsey], "2026-09-14 09:00", """Hi Kelsey,

Big news: I start as Developer Advocate at Hanul Semiconductor's developer platform team on October 1. Your advice about the sample-app review made a real difference in the final interview.

Thank you again!
Min-jun""", subject="News: I'm joining Hanul as a Developer Advocate", kind="update",
       note="Pure update (a new role starting October 1); the start date is not a meeting and 'Thank you again!' closes an update.")
t = Thread(O, "Neuigkeiten")
t.msgs.append(hidden(t.send(minjun, [tobias], "2026-09-14 09:10", """Hi Tobi,

kurzes Update: Ich habe das Angebot angenommen, ab Oktober bin ich Developer Advocate!

Min-jun""", sig=False, kind="update", lang="de", note="(quoted only)")))
t.reply(tobias, minjun, "2026-09-20 23:05", """Glückwunsch!!! Das ist großartig.

Und der Zufall will es: Ich bin seit gestern in Seoul auf der Konferenz. Das müssen wir feiern: Dienstag um 19 Uhr am Gwangjang-Markt, Eingang 2. Ich lade dich ein.

Tobi""", enc="b64", offset=540, check_zone=False, sig=False, kind="confirmation", lang="de",
        meet=("2026-09-22 19:00", "hdr"), rel="weekday", wd="Tue",
        note="[de] A Stuttgart sender travelling in Seoul: his Date header is +0900, and 'Dienstag um 19 Uhr' names no zone, so the Date header's offset applies (Tue 22 September from a Sunday Date). base64 body.")

# ---------------------------------------------------------------- Ananya, Pune

t = Thread(O, "Advice on moving from fab to DevRel")
t.send(ananya, [minjun], "2026-09-28 15:30", """Dear Min-jun,

I saw your post on moving from a fab into developer relations. I am a process integration engineer in Pune and I am thinking about the same path. Could we please do a 20-minute call whenever convenient for you?

Thanks and regards,
Ananya""", kind="request",
       note="Indian English ('Thanks and regards', 'whenever convenient') ask to the owner for a 20-minute call; no time offered.")
t.reply(minjun, ananya, "2026-09-29 08:45", """Hi Ananya,

Happy to help. Let's do Friday 9 October at 13:30 IST; I'll send a Google Meet link the day before.

Best,
Min-jun""", kind="confirmation", meet=("2026-10-09 13:30", "Asia/Kolkata"), wd="Fri",
        note="The owner fixes 'Friday 9 October at 13:30 IST' himself; IST is India Standard Time (+05:30) for a Pune contact, while his Date header is +0900.")

# ---------------------------------------------------------------- Seo-yeon, Seoul

send(seoyeon, [minjun], "2026-10-19 20:40", "Coffee? (DevRel question)", """Hi Min-jun sunbae,

Congratulations on the new role! I heard from our old team that you moved to DevRel. I'm thinking about the docs team at Hanul too. Could I buy you a coffee sometime next week, whenever you are free?

Seo-yeon""", O, kind="request",
     note="A former junior ('sunbae' is a Korean honorific) asks for a coffee 'sometime next week, whenever you are free': request with no day fixed; the congratulations are a courtesy.")

# ---------------------------------------------------------------- recruiter

answer(O, lindqvist, minjun, "2026-11-09 10:00", "Developer Advocate role, Stockholm", """Hi Min-jun,

I'm recruiting a Developer Advocate for a Stockholm-based robotics scale-up and your profile stood out. Could we set up a 15-minute call this week?

Best,
Marcus""", "2026-11-10 08:20", """Hi Marcus,

Thank you for thinking of me. I have just started a new role and I am not looking to move, so I will pass on the call.

Best of luck with the search,
Min-jun""", kind="decline",
       note="Refuses a recruiter's personal request for a call ('I will pass on the call'); the thanks and good wishes are courtesies.")
