"""Bronwyn Tait, Melbourne: high-school music teacher moving into UX writing.

Apple Mail (en-AU), iPhone; she lived in Munich for years and writes German.
Contacts in Melbourne, Brisbane (no DST), Auckland, Munich (German), Zürich.
Melbourne's clocks go back on the first Sunday of April and forward on the
first Sunday of October.
"""

from c6 import Person, Thread, asked, bulk, hidden, send

ME = Person("Bronwyn Tait", "bron@tait.example", "Australia/Melbourne", "apple", "en-AU",
            sig="Bronwyn Tait\nUX writer in the making | Brunswick, VIC")
LN = Person("Liam Nguyen", "liam.nguyen@southbank-mutual.example", "Australia/Melbourne", "gmail", "en-AU",
            sig="Liam Nguyen\nSenior Content Designer, Southbank Mutual")
PS = Person("Priya Shah", "priya@wordsmithery.example", "Australia/Brisbane", "gmail", "en-AU")
KW = Person("Kiri Walker", "kiri.walker@kowhai-digital.example", "Pacific/Auckland", "gmail", "en-GB",
            sig="Kiri Walker | Content Lead, Kōwhai Digital")
KV = Person("Katrin Vogel", "katrin.vogel@textwerk.example", "Europe/Berlin", "gmail", "de",
            sig="Katrin Vogel\nUX Writing Lead, Textwerk München")
MN = Person("Maureen O'Toole", "maureen.otoole@bigpond.example", "Australia/Melbourne", "iphone", "en-AU")
TB = Person("Tom Brearley", "tbrearley@merri-creek-sc.example", "Australia/Melbourne", "outlook", "en-AU",
            sig="Tom Brearley\nHead of Humanities, Merri Creek Secondary College")
MY = Person("myki", "no-reply@myki-travel.example", "Australia/Melbourne", "bulk")
DB = Person("Deb Ranasinghe", "deb.ranasinghe@southbank-mutual.example", "Australia/Melbourne", "iphone", "en-AU")
UM = Person("Urs Meier", "urs.meier@helvetext.example", "Europe/Zurich", "outlook", "en-GB",
            sig="Urs Meier\nHead of Content | Helvetext AG, Zürich")
MU = Person("Content Design Melbourne", "info@cdmelb-meetup.example", "Australia/Melbourne", "bulk")

t = Thread(ME, "Teacher -> UX writing (Tilly sent me!)")
t.send(ME, [LN], "2026-03-02 20:30", """G'day Liam,

Bronwyn here: ex-music teacher, current UX-writing hopeful, owner of far too many ukuleles. Tilly from the Content Design meetup reckoned you're the bloke to ask about making the jump.

Any chance I could shout you a coffee somewhere near Collins St in the next few weeks? Happy to fit round you, I'm on term break from the 28th.

Cheers,
Bron""", kind="request", note="Australian-idiom ask to 'shout you a coffee' in the next few weeks; the term-break date is her availability, not a proposed meeting.")
t.reply(LN, ME, "2026-03-03 07:10", """Ha, Tilly's a legend. Easy.

Thursday 7.45am, Hardware Lane (Brother Baba Budan, if you know it; otherwise I'll find you). Mornings are my thing, my brain's mush by 3.

L""", kind="confirmation", meet=("2026-03-05 07:45", "hdr"), wd="Thu", rel="weekday",
        note="Fixes 'Thursday 7.45am' (dotted time) at a named café; the bare Thursday after a Tuesday Date is 5 March, +11:00 (AEDT), and 'mornings are my thing' is not a second option.")
t.reply(ME, LN, "2026-03-05 09:20", "Liam!! That was so useful, thanks heaps for the coffee and the brutal honesty about my portfolio 😅 Already deleting the case study about the school musical.",
        client="iphone", kind="thank_you", quote=False, note="Short iPhone thank-you for the coffee that morning, with emoji; deleting a case study is part of the thanks, not news.")

t = asked(ME, PS, ME, "2026-03-27 11:00", "Call re freelance UX writing?", """Hi Bronwyn, lovely to meet you at the workshop. Happy to chat freelancing. Tuesday 7 April at 10am Brisbane time, or Wednesday the 8th at the same time? Priya""")
t.reply(ME, PS, "2026-04-01 16:00", """Hi Priya,

Tuesday 7 April, 10am Brisbane time, locked in. Handily, our clocks go back on Sunday so that'll be 10am for me too, and I won't have to do maths.

Bron""", kind="confirmation", meet=("2026-04-07 10:00", "Australia/Brisbane"), wd="Tue",
        note="Fixes 'Tuesday 7 April, 10am Brisbane time': Brisbane has no DST, so +10:00, while the Date header is +11:00 (Melbourne before its 5 April switch); the quoted Wednesday option is dropped.")

t = asked(ME, ME, KW, "2026-04-10 19:00", "Content design in Aotearoa - a quick chat?", """Hi Kiri, would you be up for a 20-minute video chat some time in April or May? Keen to hear how you built the Kōwhai content team. Bron""")
t.reply(KW, ME, "2026-04-14 13:35", """Kia ora Bronwyn,

Alas! I'm flat out until the end of term, and then I'm off tramping the Heaphy for a month with zero signal (bliss). Flick me a note in winter and we'll see where things are at.

Ngā mihi,
Kiri""", kind="decline", note="Kiwi 'Alas!' refusal with 'flick me a note in winter and we'll see': no date, so a decline; the tramping trip is a reason, not news.")

t = Thread(ME, "UX Writing auf Deutsch und Englisch - kurzes Gespräch?")
t.send(ME, [KV], "2026-04-13 21:00", """Liebe Katrin,

wir kennen uns nicht, aber Jana Roth meinte, du hättest in München das UX-Writing-Team bei Textwerk aufgebaut. Ich bin Musiklehrerin in Melbourne, habe sieben Jahre in München gelebt und steige gerade ins UX Writing ein.

Hättest du Lust auf ein kurzes Videotelefonat, so 30 Minuten? Die Zeitverschiebung ist fies, ich weiß, aber ich bin abends flexibel.

Liebe Grüße aus Melbourne
Bronwyn""", lang="de", kind="request", note="German ask for a 30-minute video call ('Hättest du Lust auf...'); 'abends flexibel' is flexibility, not a time.")
t.reply(KV, ME, "2026-04-16 09:00", """Hallo Bronwyn,

klar, gerne! Mittwoch, 22. April, 8:00 Uhr morgens bei mir (MESZ) – das müsste bei dir 16:00 sein. Ich schick dir einen Jitsi-Link.

Bis dann
Katrin""", lang="de", kind="confirmation", meet=("2026-04-22 08:00", "Europe/Berlin"), wd="Wed",
        note="German acceptance fixing 'Mittwoch, 22. April, 8:00 Uhr ... (MESZ)': the named zone is CEST, +02:00; the restated 16:00 in Melbourne is the same instant.")
t.reply(ME, KV, "2026-04-22 18:30", """Danke, Katrin! Seriously, thank you. That call was worth getting up early for (well, you got up early). The tip about writing microcopy in both languages side by side is going straight into my practice.

Bron""", quote=False, kind="thank_you", note="Thanks for the call that happened that day, English with a German 'Danke'; nothing new is proposed.")

send(MN, [ME], "2026-05-09 10:12", "your jacaranda", """Hi love, your jacaranda's dropping everything into our gutters again. Any chance your fella could get up the ladder this weekend? No rush. Scones in it for him.

Maureen at no. 14""", ME, kind="other", note="A neighbour's favour with 'this weekend'; a non-networking ask between neighbours is other.")

t = Thread(ME, "small news")
t.send(ME, [LN], "2026-06-12 21:40", """Quick one: I got the contract gig at Moreland council, writing the bin-collection and parking pages (glamorous, I know). Twelve weeks, starts Monday. The portfolio you made me rebuild is what got me through.

Thanks again for the nudge,
Bron""", kind="update", note="News since their coffee (a contract gig, starting Monday) closing with 'Thanks again for the nudge'; the start day is not a meeting and the thanks is a courtesy, so update.")

t = Thread(ME, "the dark side")
t.send(TB, [ME], "2026-07-20 15:50", """Bron,

You did the teacher -> UX thing and lived. I'm seriously thinking about it (don't tell the principal). Can I buy you a beer and pick your brain? Any arvo next week after 4?

Tom""", kind="request", note="A former colleague asks to 'pick your brain' over a beer, 'any arvo next week after 4' leaving the day open: request.")
t.reply(ME, TB, "2026-07-21 21:05", """Sorry Tom, term 3 reports plus the new job means I'm absolutely cooked until the holidays. Ask me again after that? And don't tell the principal anything, obviously.

B""", kind="decline", client="iphone", note="Refuses for now and defers to 'after the holidays' with no date; a postponement without a date is a decline, and the quoted 'next week after 4' is Tom's open ask.")

bulk(ME, MY, "2026-08-03 08:31", "Your myki top up receipt", """Thanks for topping up.

Card: 3 08425 1234 5678 9
Amount: $30.00
Date: 03/08/2026 08:30

This is an automated email. Please don't reply.""",
     "Automated transport-card receipt ('Thanks for topping up') from a no-reply sender; other.")

t = Thread(ME, "heads up - jobs at Southbank")
t.send(LN, [ME], "2026-09-21 12:05", """Heads up: we're hiring two junior content designers. I've put your name in with the hiring lead, Deb Ranasinghe, and told her about the bin pages (she laughed, in a good way). The ad goes live next week.

L""", kind="update", sig=False, note="Liam keeps Bronwyn posted: two roles, her name passed to the hiring lead, ad next week; no meeting is asked for or fixed.")

t = asked(ME, ME, DB, "2026-10-09 14:00", "Junior content designer - chat", """Hi Deb,

Liam mentioned you might be up for a chat before I apply. Would 11 or 2 on Thursday 15 October work?

Bronwyn""")
t.reply(DB, ME, "2026-10-12 09:15", "2 is great! talk then", kind="confirmation", meet=("2026-10-15 14:00", "hdr"), wd="Thu",
        note="Four-word iPhone acceptance: '2' picks the 2pm option and the date (Thursday 15 October) is only in the quoted proposal; after the 4 October switch, +11:00 as in the Date header.")
t.reply(ME, DB, "2026-10-15 16:10", """Hi Deb,

Thanks so much for the chat this afternoon, and for being so candid about what the first six months look like. I'll have the application in by Monday.

Bronwyn""", quote=False, kind="thank_you", note="Thanks for the call that afternoon; 'application in by Monday' is her own task, not a meeting.")

t = Thread(ME, "Call on Monday")
hidden(t.send(ME, [UM], "2026-11-03 20:00", "Perfect, Monday 9 November at 8pm my time / 10am yours it is. Bron",
              kind="confirmation", note="(quoted only)"))
t.reply(UM, ME, "2026-11-06 07:40", """Dear Bronwyn,

I am so sorry, but I must cancel our call on Monday. My father is in hospital in Basel and I travel there today for some days. I will write you when things are calmer, I promise.

Best regards,
Urs""", kind="decline", note="Swiss non-native cancellation of an agreed call with 'I will write you when things are calmer' and no new date: decline; the quoted confirmation still holds the old slot.")

t = Thread(ME, "Neuigkeiten aus Melbourne")
t.send(ME, [KV], "2026-11-20 19:45", """Liebe Katrin,

kurzes Update: ich habe die Stelle! Junior Content Designer bei Southbank Mutual, Start im Januar. Beim Vorstellungsgespräch habe ich dein Beispiel mit den zweisprachigen Fehlermeldungen erzählt – das kam richtig gut an.

Nochmals danke und liebe Grüße
Bronwyn""", lang="de", kind="update", note="German news ('ich habe die Stelle!') with a closing 'Nochmals danke'; an update that closes with thanks stays an update.")

bulk(ME, MU, "2026-11-25 09:00", "December drinks + 2027 line-up", """Content Design Melbourne: December drinks

Thursday 3 December, 6pm, The Toff in Town. First drink's on our sponsor.

2027 line-up: accessibility clinic in February, microcopy teardown in March.

You're getting this because you joined Content Design Melbourne. Unsubscribe.""",
     "Meetup-group newsletter with an event date and time for the whole list; it arranges nothing with Bronwyn personally, so other.",
     headers=[("List-Id", "<cdmelb.meetup.example>"), ("Precedence", "list"), ("List-Unsubscribe", "<https://cdmelb-meetup.example/u>")])

t = Thread(ME, "Friday lunch")
hidden(t.send(LN, [ME], "2026-12-01 10:00", "Friday the 11th, 12.30 at Chin Chin? Congrats lunch on me. L",
              kind="confirmation", note="(quoted only)"))
hidden(t.reply(ME, LN, "2026-12-01 12:00", "Yes!! See you there", kind="confirmation", note="(quoted only)"))
t.reply(LN, ME, "2026-12-09 17:55", """Bron, gotta bail on Friday's lunch, sorry. The launch went sideways and I'm chained to my desk till Christmas. Let's pick it up in the new year, congrats lunch still stands.

L""", kind="decline", note="Cancels an agreed lunch and defers to 'the new year' with no date: a postponement without a new date is a decline, though the quoted thread holds a fixed slot.")
