"""A fifth owner, Priti Nair (London), written after the classifier changes
as a fresh check: the same families in yet other words."""

from c2 import Person, Thread, answer, bulk, hidden, send

O = priti = Person("Priti Nair", "priti.nair@pnmail.example", "Europe/London", client="gmail", locale="en-GB", sig="Priti")
oscar = Person("Oscar Lind", "oscar.lind@fjordux.example", "Europe/Stockholm", client="gmail", locale="en-GB", sig="Oscar")
hel = Person("Helen Marsh", "helen.marsh@civicbank.example", "Europe/London", client="outlook", locale="en-GB",
             sig="Helen Marsh\nHead of Service Design")
dev = Person("Dev Malhotra", "dev@malhotra.example", "Europe/London", client="iphone", locale="en-GB")
ana = Person("Ana Ruiz", "ana.ruiz@diseno-claro.example", "Europe/Madrid", client="gmail", locale="es", sig="Ana")
kurt = Person("Kurt Weber", "kurt.weber@fintec-ag.example", "Europe/Zurich", client="thunderbird", locale="de", sig="Kurt Weber")
sam = Person("Sam Green", "sam.green@greenlab.example", "Europe/London", client="apple", locale="en-GB", sig="Sam")

ASK = "Hi {n},\n\nI'm a bank analyst moving into service design. Would you have 20 minutes for a call sometime soon?\n\nPriti"

answer(O, priti, oscar, "2026-05-04 09:00", "Service design chat?", ASK.format(n="Oscar"), "2026-05-05 07:40",
       """Hi Priti,

Flattered you asked! Sadly I can't fit anything in before the summer holidays - we're launching in June and I'm drowning. Ping me again in September?

Oscar""", kind="decline", note="'Can't fit anything in before the summer holidays ... ping me again in September?': a postponement with no date, ending in a question.")

answer(O, priti, hel, "2026-05-06 10:00", "Twenty minutes?", ASK.format(n="Helen"), "2026-05-06 16:45",
       """Dear Priti,

Thank you for your note. I'm winding down before my retirement at the end of June and I'm not taking on any new conversations, I'm afraid.

With best wishes,
Helen""", kind="decline", note="Retiring and 'not taking on any new conversations': a refusal.")

answer(O, priti, dev, "2026-05-07 12:00", "Coffee?", "Hi Dev, coffee next week? Priti", "2026-05-07 12:20",
       """Not this time, sorry!""", kind="decline", sig=False, mobile=True, note="A four-word mobile refusal.")

answer(O, priti, ana, "2026-05-08 09:00", "Una charla", """Hola Ana,

¿Tendrías 20 minutos para una llamada la semana que viene?

Priti""", "2026-05-08 18:00", """Hola Priti:

Gracias por escribirme, pero no me viene nada bien: ando a tope con una entrega y prefiero no comprometerme. ¡Suerte!

Ana""", kind="decline", lang="es", note="[es] 'no me viene nada bien ... prefiero no comprometerme': a refusal.")

answer(O, priti, kurt, "2026-05-11 08:00", "Kurzer Austausch?", """Hallo Herr Weber,

hätten Sie in den nächsten Wochen 20 Minuten für einen kurzen Austausch?

Viele Grüße
Priti Nair""", "2026-05-11 13:00", """Hallo Frau Nair,

danke für Ihre Anfrage. Das klappt bei mir leider nicht, ich bin bis Ende Juli voll eingespannt.

Beste Grüße
Kurt Weber""", kind="decline", lang="de", note="[de] 'Das klappt bei mir leider nicht ... voll eingespannt': a refusal with no new date.")

t = Thread(O, "Our call")
t.msgs.append(hidden(send(sam, [priti], "2026-05-12 09:00", "Our call", "Thursday 11:00 is booked, talk then. Sam", O,
                          kind="confirmation", meet=("2026-05-14 11:00", "hdr"), note="(quoted only)")))
t.reply(sam, priti, "2026-05-13 19:00", """Priti, I'm really sorry - I have to drop out of tomorrow's call. Family stuff. I'll be in touch once things are back to normal.

Sam""", kind="decline", note="Drops out of the agreed call with no new date.")

send(priti, [hel], "2026-05-12 10:00", "A question from a fellow banker", """Dear Helen,

I'm an analyst at Civic Bank too, on the lending side. Could I take half an hour of your time at some point to hear how you built the service design team?

Best,
Priti""", O, kind="request", note="'Could I take half an hour of your time': an ask with no slot.")

answer(O, priti, oscar, "2026-09-07 09:00", "September, as promised", "Hi Oscar, you said to ping you in September - still up for a call? Priti",
       "2026-09-07 15:00", """Hi Priti! Yes, let's. I have Thursday the 10th at 14:00 or Friday the 11th at 09:30 (UK time) - your call.

Oscar""", kind="request", note="Offers two slots and leaves the choice ('your call'); nothing fixed.")

t = Thread(O, "September, as promised")
t.msgs.append(hidden(send(oscar, [priti], "2026-09-07 15:00", "Re: September, as promised",
                          "I have Thursday the 10th at 14:00 or Friday the 11th at 09:30 (UK time) - your call.", O,
                          kind="request", note="(quoted only)")))
t.reply(priti, oscar, "2026-09-07 16:10", """Friday please! Thanks Oscar.

Priti""", kind="confirmation", meet=("2026-09-11 09:30", "Europe/London"), wd="Fri",
        note="'Friday please!' picks Friday the 11th at 09:30 UK time from the quoted proposal.")

send(sam, [priti], "2026-09-14 10:00", "CV tweaks", """Hi Priti,

Can you get your updated CV over to me by Wednesday lunchtime? I'll pass it to the team lead.

Sam""", O, kind="other", note="A CV by a deadline; nothing is arranged.")

send(hel, [priti], "2026-09-15 09:00", "Team news", """Dear Priti,

Just a note to say that the service design academy you asked about is confirmed: the first cohort starts the week commencing 2 November, and applications open next Monday.

Best wishes,
Helen""", O, kind="update", note="News about a programme; 'the week commencing 2 November' is a cohort start, not a meeting.")

send(priti, [oscar], "2026-09-11 12:00", "Thanks!", """Hi Oscar,

Thanks so much for this morning - the journey-mapping examples were brilliant.

Priti""", O, kind="thank_you", note="Thanks for this morning's call.")

send(priti, [sam], "2026-10-01 18:00", "Guess what", """Sam!

I start in the service design team at Civic Bank on 2 November - the internal move went through. Couldn't have done it without your CV surgery.

Priti""", O, kind="update", note="News of an internal move; the start date is not a meeting and the closing credit is a courtesy.")
