"""Kristjan Tamm (Tallinn, Europe/Tallinn), ship's navigation officer moving
into maritime software product work. Thunderbird, en-GB; September to
November 2026, across the EU switch back to winter time on 25 October while
New York stays on summer time until 1 November."""

from c10 import Person, Thread, answer, bulk, hidden, ics, send

O = kristjan = Person("Kristjan Tamm", "kristjan.tamm@meremail.example", "Europe/Tallinn", client="thunderbird",
                      locale="en-GB", sig="Kristjan Tamm\n+372 5555 0181", sigsep=True)
aino = Person("Aino Virtanen", "aino.virtanen@napa-routes.example", "Europe/Helsinki", client="outlook",
              locale="en-GB", sig="Aino Virtanen\nSenior Product Manager, Voyage Optimisation")
jorg = Person("Jörg Lindemann", "j.lindemann@hafenlogik.example", "Europe/Berlin", client="gmail", locale="de",
              sig="Jörg Lindemann\nHafenlogik GmbH, Hamburg")
sabine = Person("Sabine Kraus", "sabine.kraus@alpen-fleet.example", "Europe/Berlin", client="outlook", locale="de",
                sig="Dr. Sabine Kraus\nLeiterin Digitale Produkte\nAlpen Fleet Systems GmbH, München")
derek = Person("Derek Owusu", "derek.owusu@harborline.example", "America/New_York", client="gmail", locale="en-US",
               sig="Derek")
prisc = Person("Priscilla Young", "priscilla.young@harborline.example", "America/New_York", client="outlook",
               locale="en-US", sig="Priscilla Young\nDirector, Fleet Operations Software | Harborline")
marek = Person("Marek Kask", "marek.kask@gmail-ee.example", "Europe/Tallinn", client="iphone", locale="en-GB")
marit = Person("Marit Saar", "marit.saar@baltic-tankers.example", "Europe/Tallinn", client="outlook", locale="en-GB",
               sig="Marit Saar\nOperations Lead | Baltic Tankers")
rasmus = Person("Rasmus Lepp", "rasmus.lepp@postkast.example", "Europe/Tallinn", client="iphone", locale="en-GB")

# --- Aino: ask, she fixes a slot, thanks, news, a later refusal
t = Thread(O, "Coffee in Helsinki?")
t.send(kristjan, [aino], "2026-09-07 20:10", """Hi Aino,

We met briefly at the Nor-Shipping drinks in June; I'm the navigation officer who kept asking about your ETA model. I'm now seriously trying to move ashore into product work, and I'll be in Helsinki for a few days later this month.

Would you be up for a coffee while I'm there? Twenty minutes would already help a lot.

Kristjan""", kind="request", note="Asks for a coffee during a trip, no slot: request.")
t.reply(aino, kristjan, "2026-09-08 08:45", """Hi Kristjan,

Of course I remember! Let's do Friday 18 September, 8:30, at Café Regatta. I'll be the one with the wet dog.

Aino""", kind="confirmation", meet=("2026-09-18 08:30", "hdr"), wd="Fri",
        note="She fixes one slot herself ('Let's do Friday 18 September, 8:30'), no question: confirmation. No zone named: Date header +03:00, Helsinki's offset in September.")
t.reply(kristjan, aino, "2026-09-18 19:20", """Aino,

Thank you for this morning, and for the dog. I've rewritten my CV around the three things you said product teams actually look for, and it reads like a different person.

Kristjan""", kind="thank_you", note="Thanks for a coffee that happened this morning: thank_you.")
t.reply(kristjan, aino, "2026-10-29 18:00", """Hi Aino,

Quick news since our coffee: I passed the first interview at Napa Routes, and the panel spent most of the hour on the route-optimisation work you told me to put at the top. Second round is on 12 November.

Thanks again,
Kristjan""", kind="update", note="News since the last exchange (an interview passed, next round date); the interview date is not a meeting with Aino and 'Thanks again' is a courtesy: update.")
t.reply(aino, kristjan, "2026-11-03 09:10", """Kristjan, congratulations, that's brilliant!

I'd happily meet again before your second round, but I start parental leave on Friday and I'm trying very hard to hand things over rather than start anything new. I'll have to say no this time, but I'm cheering for you.

Aino""", kind="decline", note="Refuses the second meeting ('I'll have to say no this time') wrapped in congratulations and news of her leave: decline.",
        parent=hidden(send(kristjan, [aino], "2026-11-02 21:00", "Re: Coffee in Helsinki?",
                           "Aino, any chance of a short call before 12 November to prepare? Kristjan", O,
                           kind="request", note="(quoted only)")))

# --- Jörg (de): ask, options, acceptance in German time, a move, thanks, news
t = Thread(O, "Von der Brücke ins Produktmanagement")
t.send(kristjan, [jorg], "2026-09-14 10:30", """Sehr geehrter Herr Lindemann,

ich bin nautischer Offizier aus Tallinn und möchte in das Produktmanagement für Hafen- und Flottensoftware wechseln. Ihr Vortrag auf der SMM hat mich sehr beeindruckt.

Hätten Sie in den nächsten Wochen Zeit für ein kurzes Telefonat von 20 Minuten? Ich richte mich ganz nach Ihnen.

Mit freundlichen Grüßen
Kristjan Tamm""", kind="request", lang="de", note="[de] 'Hätten Sie ... Zeit für ein kurzes Telefonat?': an ask with no slot.")
t.reply(jorg, kristjan, "2026-09-15 17:02", """Hallo Herr Tamm,

gern! Passt Ihnen Dienstag, der 22., um 10 Uhr? Sonst ginge auch Mittwochnachmittag.

Beste Grüße""", kind="request", lang="de", note="[de] 'Passt Ihnen Dienstag ... um 10 Uhr? Sonst ginge auch Mittwochnachmittag': two options as a question, nothing fixed: request.")
t.reply(kristjan, jorg, "2026-09-16 07:55", """Hallo Herr Lindemann,

vielen Dank! Dienstag um 10 Uhr deutscher Zeit passt mir sehr gut. Ich rufe Sie unter der Nummer aus Ihrer Signatur an.

Viele Grüße
Kristjan Tamm""", kind="confirmation", lang="de", meet=("2026-09-22 10:00", "Europe/Berlin"), wd="Tue", rel="weekday",
        note="[de] Accepts one offered slot ('Dienstag um 10 Uhr deutscher Zeit passt mir'): confirmation; named zone Berlin (+02:00), 11:00 in Tallinn, so the Date header's +03:00 does not apply.")
t.reply(jorg, kristjan, "2026-09-21 16:30", """Hallo Herr Tamm,

ich muss unser Gespräch morgen leider auf 14 Uhr verlegen, um 10 habe ich jetzt einen Kundentermin. Ich rufe Sie dann um 14 Uhr an.

Bis morgen
Jörg Lindemann""", kind="confirmation", lang="de", meet=("2026-09-22 14:00", "hdr"), rel="tomorrow",
        note="[de] Moves the agreed call to a new fixed time ('morgen ... auf 14 Uhr verlegen'): a move to one slot is a confirmation, not a decline. No zone named: Date header +02:00 (Hamburg).")
t.reply(kristjan, jorg, "2026-09-23 08:40", """Hallo Herr Lindemann,

herzlichen Dank für das Gespräch gestern und dafür, dass Sie sich trotz des vollen Tages eine halbe Stunde genommen haben. Ihr Hinweis auf die Hafenleitstand-Projekte war genau das, was mir gefehlt hat.

Viele Grüße
Kristjan Tamm""", kind="thank_you", lang="de", note="[de] Thanks for yesterday's call: thank_you.")
t.reply(kristjan, jorg, "2026-11-20 19:15", """Hallo Herr Lindemann,

kurzes Update von mir: Ich habe das Angebot von Napa Routes angenommen und fange im Januar als Associate Product Manager an. Unser Gespräch im September hat dabei mehr geholfen, als Sie vermutlich denken.

Nochmals danke und viele Grüße
Kristjan Tamm""", kind="update", lang="de",
        note="[de] 'kurzes Update': he accepted an offer; the closing thanks is a courtesy, so update.")

# --- Sabine (de): a formal decline
answer(O, kristjan, sabine, "2026-10-01 09:00", "Anfrage: Austausch zu digitalen Flottenprodukten", """Sehr geehrte Frau Dr. Kraus,

hätten Sie in den kommenden Wochen 20 Minuten für einen Austausch über Ihr Produktteam?

Mit freundlichen Grüßen
Kristjan Tamm""", "2026-10-05 11:20", """Sehr geehrter Herr Tamm,

vielen Dank für Ihr Interesse an unserem Team und für die freundlichen Worte. Wir befinden uns derzeit mitten in einer Umstrukturierung, und ich kann solche Gespräche momentan leider nicht führen.

Ich wünsche Ihnen für Ihren Wechsel alles Gute.

Mit freundlichen Grüßen""", kind="decline", lang="de",
       note="[de] 'kann solche Gespräche momentan leider nicht führen', thanked for the interest and wished well: a formal decline.")

# --- Derek and Priscilla: a referral-shaped refusal, an invite across the DST gap, thanks, his news
answer(O, kristjan, derek, "2026-10-12 18:00", "Harborline product team - a quick call?", """Hi Derek,

Kristjan here, a navigation officer moving into product. Could I borrow 20 minutes of your time some time this month?

Kristjan""", "2026-10-13 10:05", """Kristjan - appreciate you reaching out, and the career switch sounds like the right call.

Honestly though, I'm not the right person: I moved off the maritime side two years ago and I'd be giving you stale advice. Priscilla Young runs fleet ops software now and she's great with people coming from the bridge. Tell her I sent you.

Derek""", kind="decline", ask_kw={"client": "thunderbird"},
       note="Indirect refusal ('I'm not the right person') that points to someone else; the referral does not arrange anything with Kristjan, so decline.")

t = Thread(O, "From Derek Owusu: bridge to product")
t.msgs.append(hidden(t.send(kristjan, [prisc], "2026-10-14 09:00", """Dear Priscilla,

Derek Owusu suggested I contact you. Would you have half an hour in the next couple of weeks?

Kristjan Tamm""", kind="request", note="(quoted only)")))
inv = t.reply(prisc, kristjan, "2026-10-22 14:12", """Hi Kristjan,

Happy to. I've sent you an invite for Wednesday, October 28 at 9:00 AM Eastern, which I believe is 4 PM for you once your clocks change this weekend. Teams link is in the invite.

Priscilla""", kind="confirmation", meet=("2026-10-28 09:00", "America/New_York"), wd="Wed",
              note="Calendar invite (Windows TZID Eastern Standard Time) for one slot: confirmation. 28 October is after the EU switch but before the US one, so New York is still -04:00 (16:00 in Tallinn, +02:00).")
inv.cal = ics("REQUEST", "Kristjan Tamm / Priscilla Young", "2026-10-28 09:00", "2026-10-28 09:30", "America/New_York",
              "win", prisc, [prisc, kristjan], inv.date, tzid="Eastern Standard Time",
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Microsoft Teams Meeting",
              uid_seed="kt-py-1028")
inv.cal_method = "REQUEST"
send(kristjan, [derek], "2026-10-28 19:30", "Thank you for the introduction", """Hi Derek,

Thank you for pointing me to Priscilla. We spoke this afternoon and she was every bit as generous as you said; I would never have found her on my own.

I owe you one,
Kristjan""", O, kind="thank_you",
     note="Thanks for concrete help (the introduction) after the call it led to; the one line on how it went does not outrank the thanks (thank_you > update).")
t2 = Thread(O, "Kristjan")
t2.send(derek, [kristjan], "2026-11-12 15:40", """Hey Kristjan,

FYI, Priscilla told me you two spoke and she's forwarded your CV to our Rotterdam office for the voyage-planning role. No promises, but it's in front of the right people now.

D""", kind="update", note="News about how the referral went (CV forwarded), no ask and no thanks: update.")

# --- Marek: postponement without a date
answer(O, kristjan, marek, "2026-10-19 12:00", "Coffee?", "Hi Marek, coffee one of these days? I'd love to hear about the port authority job. Kristjan",
       "2026-10-19 12:40", """Would love to but I'm off to Singapore for the whole of November. Let's try in the new year?""",
       kind="decline", sig=False, mobile=True,
       note="Postpones with no new date ('Let's try in the new year?'); the question mark does not make it a request because no time is proposed.")

# --- other that looks like networking
send(marit, [kristjan], "2026-10-07 09:15", "Voyage cost sheet", """Hi Kristjan,

Could you send me the updated voyage cost sheet for the Muuga runs by Thursday noon? I'd like to go through it at the usual Friday ops meeting before it goes to finance.

Thanks,
Marit""", O, kind="other",
     note="A colleague's work task with a deadline; the 'usual Friday ops meeting' is a standing internal meeting, not a networking meeting being fixed: other.")
send(rasmus, [kristjan, Person("Mari Ots", "mari.ots@postkast.example", "Europe/Tallinn"),
              Person("Taavi Kull", "taavi.kull@postkast.example", "Europe/Tallinn")],
     "2026-09-24 22:10", "Sauna Saturday", """Kalma sauna on Saturday, we're going at 6. Bring a towel and cash for beers after. Mari's birthday so no excuses!""",
     O, kind="other", sig=False,
     note="A friend's social plan sent to a group: not a networking meeting, call or informational interview, so other.")
bulk("Google Calendar", "calendar-notification@calendar.example", "Europe/Tallinn", kristjan, "2026-09-18 07:30",
     "Reminder: Coffee with Aino @ Fri 18 Sept 2026 08:30 - 09:15 (EEST) (kristjan.tamm@meremail.example)", O,
     """Reminder: Coffee with Aino

When: Friday 18 Sept 2026 08:30 - 09:15 Eastern European Time - Helsinki
Where: Café Regatta, Merikannontie 8, Helsinki

You are receiving this email because you have a reminder set for this event. To stop receiving these, change your notification settings: https://calendar.example/settings""",
     "A calendar service's own reminder (no-reply service sender) for a meeting already fixed: automated, so other, not a confirmation.",
     headers=[("Auto-Submitted", "auto-generated")])
