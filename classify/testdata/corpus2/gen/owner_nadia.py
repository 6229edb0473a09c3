"""Nadia Haddad (Montréal), logistics coordinator moving into data analytics.
Mostly refusals and postponements in many phrasings, plus the ordinary flow."""

from c2 import Person, Thread, answer, bulk, forward, hidden, send

O = nadia = Person("Nadia Haddad", "nadia.haddad@hmail.example", "America/Toronto", client="gmail", locale="en-US",
                   sig="Nadia Haddad\nLogistics coordinator -> data analytics\nlinkedin.example/in/nadiahaddad", sigsep=True)
greg = Person("Greg Palmer", "gpalmer@northwind-freight.example", "America/Toronto", client="outlook", locale="en-US",
              sig="Greg Palmer | Director, Network Analytics\nNorthwind Freight")
mei = Person("Mei Tanaka", "mei@tanaka-data.example", "America/Vancouver", client="iphone", locale="en-US")
olu = Person("Olumide Adebayo", "olu.adebayo@quantaport.example", "America/Toronto", client="gmail", locale="en-GB",
             sig="Olu")
claire = Person("Claire Dubois", "claire.dubois@logisti-q.example", "America/Toronto", client="gmail", locale="fr",
                sig="Claire Dubois\nCheffe de produit données, Logisti-Q")
hannah = Person("Hannah Roth", "h.roth@spedition-kraus.example", "Europe/Berlin", client="thunderbird", locale="de",
                sig="Hannah Roth\nLeiterin BI, Spedition Kraus")
diego = Person("Diego Morales", "dmorales@rutas-analitica.example", "America/Mexico_City", client="gmail", locale="es",
               sig="Diego Morales")
sara = Person("Sara Lindqvist", "sara.lindqvist@freightlab.example", "America/New_York", client="apple", locale="en-US",
              sig="Sara")
tom = Person("Tom Okoro", "tom@okoro.example", "America/Toronto", client="yahoo", locale="en-US", sig="Tom")
priya = Person("Priya Raman", "priya.raman@shipstat.example", "America/Chicago", client="owa", locale="en-US",
               sig="Priya Raman\nAnalytics Manager, ShipStat")
ben = Person("Ben Carter", "ben.carter@carter-consult.example", "America/Toronto", client="mutt", locale="en-US",
             sig="Ben", sigsep=True)

ASK = """Hi {n},

I'm a logistics coordinator in Montréal teaching myself SQL and Python, and I'd like to move into analytics. Would you have 20 minutes for a call in the next few weeks? I'd love to hear how you got started.

Thank you,
Nadia"""

# ---------------------------------------------------------------- declines, many phrasings
answer(O, nadia, greg, "2026-01-12 09:10", "Question about network analytics", ASK.format(n="Greg"), "2026-01-13 16:40",
       """Hi Nadia,

Thanks for reaching out, and good for you for making the jump. Honestly, I'm not the right person for this - I came up through operations research twenty years ago and the path looks nothing like it does now. You'd get much more out of someone who made the switch recently.

Best of luck with it,
Greg""", kind="decline", note="Refuses by saying he is not the right person; no alternative meeting, so a decline despite the good wishes.")

answer(O, nadia, mei, "2026-01-14 20:00", "Coffee chat about analytics?", ASK.format(n="Mei"), "2026-01-15 08:02",
       """Hi Nadia - I'll have to pass, sorry. Things are hectic. Good luck!""", kind="decline",
       note="Terse mobile refusal ('I'll have to pass'); the good-luck line is a courtesy.")

answer(O, nadia, olu, "2026-01-19 12:00", "20 minutes on your move into analytics?", ASK.format(n="Olu"), "2026-01-21 22:15",
       """Hi Nadia,

Thank you for the kind note. My plate is full at the moment with a reorg and two new hires, and I don't want to give you a rushed half-hour. I hope you understand.

Warmly,
Olu""", kind="decline", note="'My plate is full' refusal with no alternative date; polite thanks do not make it a thank_you.")

answer(O, nadia, priya, "2026-01-26 10:00", "Informational interview request", ASK.format(n="Priya"), "2026-01-27 14:20",
       """Hi Nadia,

I appreciate you thinking of me. Realistically I can't commit to anything this quarter - we're mid-migration and I'm on call most weeks. Feel free to try me again in the summer.

Priya""", kind="decline", note="'Can't commit to anything this quarter', try again in summer: a postponement with no date is a decline.")

answer(O, nadia, ben, "2026-02-02 09:30", "A question about consulting in supply chain analytics", ASK.format(n="Ben"), "2026-02-02 17:45",
       """Nadia,

Kind of you to ask. I've stepped back from mentoring and informational calls this year to focus on family, so I'm saying no to everyone for now. There's a good Slack community (supplychain-data.example) where people answer these questions.

Ben""", kind="decline", note="Has stepped back from mentoring and points to a community instead; a refusal with no new date.")

answer(O, nadia, sara, "2026-02-04 11:00", "Could I ask about your path into freight analytics?", ASK.format(n="Sara"), "2026-02-05 19:05",
       """Hi Nadia,

What a lovely message. I'm actually heading out on parental leave at the end of next week and won't be back until the autumn, so I can't take this on. Congrats on making the move, and please don't hesitate to reach out again when I'm back.

Sara""", kind="decline", note="Parental leave until the autumn: a postponement with no date; 'reach out again' is not a meeting.")

answer(O, nadia, tom, "2026-02-09 13:00", "Data roles at your company", ASK.format(n="Tom"), "2026-02-10 21:30",
       """hey Nadia, thanks for thinking of me but I'm actually leaving the company at the end of the month so I'm not much use to you for this. Sorry!

Tom""", kind="decline", note="Leaving the company, so he declines the chat; lower-case, chatty Yahoo message.")

answer(O, nadia, priya, "2026-02-10 10:00", "Quick chat about ShipStat's analytics team?", ASK.format(n="Priya"),
       "2026-02-11 09:15", """Hello Nadia,

Thanks for your message. We're in the middle of our planning cycle, so let's revisit in the spring once things calm down.

Regards,
Priya""", kind="decline", note="'Let's revisit in the spring': a postponement to a season, not a date, is a decline.")

answer(O, nadia, greg, "2026-02-16 08:00", "Another question - data science teams at Northwind", ASK.format(n="Greg"),
       "2026-02-16 15:10", """Nadia,

Appreciate the persistence. I don't take these calls anymore, I'm afraid - too many of them and not enough hours. Our careers page lists the analyst openings.

Greg""", kind="decline", note="'I don't take these calls anymore': a blanket refusal; the careers page is a pointer, not a meeting.")

answer(O, nadia, hannah, "2026-02-18 19:00", "Frage zu BI in der Logistik", """Hallo Frau Roth,

ich bin Logistikkoordinatorin in Montréal und möchte in die Datenanalyse wechseln. Hätten Sie in den nächsten Wochen 20 Minuten für ein kurzes Gespräch?

Viele Grüße
Nadia Haddad""", "2026-02-19 08:30", """Hallo Frau Haddad,

vielen Dank für Ihre Nachricht. Leider muss ich Ihnen absagen: Ich habe derzeit keine Kapazitäten für solche Gespräche und werde das auch in den nächsten Monaten nicht schaffen.

Ich wünsche Ihnen viel Erfolg beim Wechsel!

Freundliche Grüße
Hannah Roth""", kind="decline", lang="de", charset="iso-8859-1", enc="qp",
       note="[de] 'Leider muss ich Ihnen absagen ... keine Kapazitäten': a German refusal (ISO-8859-1, quoted-printable).")

answer(O, nadia, claire, "2026-02-23 12:00", "Petite question sur la gestion de produit data", """Bonjour Claire,

Je suis coordonnatrice logistique et je me réoriente vers l'analyse de données. Auriez-vous 20 minutes pour un appel dans les prochaines semaines ?

Merci beaucoup,
Nadia""", "2026-02-24 18:05", """Bonjour Nadia,

Merci pour votre message, ça me touche. Malheureusement, je ne pourrai pas donner suite : je suis débordée avec le lancement et je préfère ne pas m'engager.

Bonne continuation dans votre reconversion !

Claire""", kind="decline", lang="fr",
       note="[fr] 'je ne pourrai pas donner suite ... je préfère ne pas m'engager': a French refusal with no new date.")

answer(O, nadia, diego, "2026-03-02 11:00", "Pregunta sobre análisis de rutas", """Hola Diego,

Soy coordinadora de logística en Montreal y estoy pasando al análisis de datos. ¿Tendrías 20 minutos para una llamada en las próximas semanas?

Gracias,
Nadia""", "2026-03-03 10:20", """Hola Nadia:

Gracias por escribir. Lamentablemente no voy a poder; este trimestre estoy con muchísimo trabajo y no puedo asumir más compromisos. Te deseo mucha suerte.

Saludos,
Diego""", kind="decline", lang="es",
       note="[es] 'Lamentablemente no voy a poder ... no puedo asumir más compromisos': a Spanish refusal.")

answer(O, nadia, mei, "2026-03-04 20:30", "One more try - coffee?", "Hi Mei, any chance for a short call in March? Nadia",
       "2026-03-05 07:55", """Sorry, no time.""", kind="decline", sig=False,
       note="A three-word mobile refusal: very short, still a decline.")

# a cancellation of an agreed meeting, no new date
t = Thread(O, "Call on Thursday")
conf = hidden(send(olu, [nadia], "2026-03-09 10:00", "Call on Thursday", """Hi Nadia,

Thursday at 2pm works, I'll call you on Teams.

Olu""", O, kind="confirmation", meet=("2026-03-12 14:00", "hdr"), note="(quoted only)"))
t.msgs.append(conf)
t.reply(olu, nadia, "2026-03-11 18:20", """Hi Nadia,

I'm so sorry, but I have to cancel tomorrow's call - something urgent came up at work and I'll be travelling for a few weeks. I'll get back in touch when things settle, but I can't promise a date right now.

Apologies again,
Olu""", kind="decline", note="Cancels the agreed Thursday call with no new date; the quoted confirmation still holds 2pm.")

t = Thread(O, "Coffee Friday")
conf = hidden(send(tom, [nadia], "2026-03-16 12:00", "Coffee Friday", "Friday 9am at Café Olimpico works, see you there. Tom",
                   O, kind="confirmation", meet=("2026-03-20 09:00", "hdr"), note="(quoted only)"))
t.msgs.append(conf)
t.reply(tom, nadia, "2026-03-19 22:40", """hey, gotta bail on friday, really sorry. crazy week. let's not reschedule for now, I'll ping you when it calms down""",
        kind="decline", sig=False, note="Bails on the agreed Friday coffee and explicitly does not reschedule; informal lower-case cancellation.")

answer(O, nadia, sara, "2026-09-14 09:00", "Back from leave? Coffee sometime", "Hi Sara, welcome back! Would you have time for a short call this autumn? Nadia",
       "2026-09-15 12:30", """Hi Nadia,

So nice to hear from you! Unfortunately I won't be able to make it work this fall - I'm still finding my feet after leave. Maybe early next year?

Sara""", kind="decline", note="'Won't be able to make it work this fall ... maybe early next year': no date, so a decline, although it ends in a question.")

answer(O, nadia, priya, "2026-09-21 10:00", "Coffee chat in the new year?", ASK.format(n="Priya"), "2026-09-22 09:00",
       """Hi Nadia, thanks for the note. I'm going to decline for now - my bandwidth is really limited until our launch is out the door. Wishing you the best with the search.

Priya""", kind="decline", note="'I'm going to decline for now - my bandwidth is really limited': an explicit refusal.")

# ---------------------------------------------------------------- requests with unusual phrasing
send(nadia, [claire], "2026-03-25 09:00", "Un café virtuel ?", """Bonjour Claire,

Une collègue de Logisti-Q m'a parlé de vous. Est-ce que je pourrais vous voler un quart d'heure pour un café virtuel d'ici la fin du mois ? J'aimerais comprendre le quotidien d'une cheffe de produit données.

Merci d'avance,
Nadia""", O, kind="request", lang="fr", note="[fr] 'vous voler un quart d'heure pour un café virtuel': an ask for a short video coffee with no slot.")

send(nadia, [olu], "2026-04-06 08:40", "Picking your brain", """Hi Olu,

Hope the reorg has settled! Any chance I could pick your brain for a bit some time this month? Happy to work around your calendar, even a walk at lunch would be great.

Nadia""", O, kind="request", note="'Any chance I could pick your brain' plus 'happy to work around your calendar': an ask with no slot.")

t = Thread(O, "Data analyst path - a question")
ask = hidden(send(nadia, [greg], "2026-04-08 09:00", "Data analyst path - a question", ASK.format(n="Greg"), O,
                  kind="request", note="(quoted only)"))
t.msgs.append(ask)
t.reply(nadia, greg, "2026-04-20 09:05", """Hi Greg,

Circling back on my note below in case it slipped through the cracks. Totally understand if now isn't a good time.

Nadia""", kind="request", note="A nudge ('circling back on my note below') on the quoted unanswered ask.")

answer(O, nadia, ben, "2026-04-22 10:00", "Fifteen minutes?", "Hi Ben, would you have 15 minutes in the next week or two? Nadia",
       "2026-04-22 16:20", """Nadia,

Sure, things have calmed down. I'm around Tuesday between 3 and 5, or Thursday morning before 11 - whichever suits you.

Ben""", kind="request", note="Answers the ask with two candidate windows ('whichever suits you'); nothing is fixed yet.")

t = Thread(O, "Fifteen minutes?")
p = hidden(send(ben, [nadia], "2026-04-22 16:20", "Re: Fifteen minutes?", """Tuesday 28th at 3:30pm or Thursday 30th at 10:30am, whichever suits you.

Ben""", O, kind="request", note="(quoted only)"))
t.msgs.append(p)
t.reply(nadia, ben, "2026-04-22 19:02", """thu is perfect! see you then

Nadia""", kind="confirmation", meet=("2026-04-30 10:30", "hdr"), wd="Thu",
        note="Accepts 'thu' from the quoted proposal (Thursday 30th at 10:30am); the next Thursday after the Date would be the 23rd.")

# ---------------------------------------------------------------- confirmations
answer(O, nadia, sara, "2026-10-05 09:00", "Quick call?", "Hi Sara, could we grab 20 minutes? I can do Friday 10/16 at 11 or Monday 10/19 at 2. Nadia",
       "2026-10-05 20:10", """friday 10/16 at 11 works best for me - talk then!

S.""", kind="confirmation", meet=("2026-10-16 11:00", "hdr"), wd="Fri", sig=False,
       note="States one of the two proposed slots as agreement ('works best for me'); a single slot with agreement is a confirmation, not a request.")

answer(O, nadia, greg, "2026-10-07 08:00", "Coffee in October?", "Hi Greg, would a coffee near your office work sometime this month? Nadia",
       "2026-10-07 11:30", """Nadia,

Sure. Let's do Wednesday Oct 14 at 8:15, Café Myriade on Mackay. First round's on me.

Greg""", kind="confirmation", meet=("2026-10-14 08:15", "hdr"), wd="Wed",
       note="Fixes a date, time and place in one line; the ask was open-ended.")

t = Thread(O, "Chat next week")
p = hidden(send(olu, [nadia], "2026-10-13 14:00", "Chat next week", """Hi Nadia, happy to. Tuesday 20th at 4 or Friday 23rd at 10?

Olu""", O, kind="request", note="(quoted only)"))
t.msgs.append(p)
t.reply(nadia, olu, "2026-10-13 18:45", """The second option is great, thank you! Talk on Friday.

Nadia""", kind="confirmation", meet=("2026-10-23 10:00", "hdr"), wd="Fri",
        note="Accepts 'the second option' of the quoted proposal: Friday 23rd at 10; the slot is only in the quote.")

t = Thread(O, "Re: Call on the 29th")
p = hidden(send(priya, [nadia], "2026-10-26 10:00", "Call on the 29th", "Hi Nadia, confirming our call on Thursday the 29th at 1pm CT. Priya",
                O, kind="confirmation", meet=("2026-10-29 13:00", "America/Chicago"), note="(quoted only)"))
t.msgs.append(p)
t.reply(priya, nadia, "2026-10-28 09:10", """Hi Nadia,

Small change: I've had to move our call to Friday the 30th, same time (1pm CT). The invite is updated - sorry for the shuffle!

Priya""", kind="confirmation", meet=("2026-10-30 13:00", "America/Chicago"), wd="Fri",
        note="Moves the agreed call to Friday the 30th at 1pm CT ('I've had to move', invite updated); moving a meeting to a fixed new slot is a confirmation.")

# ---------------------------------------------------------------- thank-yous, updates
send(nadia, [greg], "2026-10-14 12:10", "Thank you for this morning", """Hi Greg,

Really appreciated you taking the time this morning - and the coffee. Your advice on picking one portfolio project and going deep was exactly what I needed.

Nadia""", O, kind="thank_you", note="Thanks for the coffee that happened this morning; the advice recap is part of the thanks.")

send(nadia, [olu], "2026-11-16 19:00", "Small news", """Hi Olu,

Small news since we spoke: I finished the route-delay dashboard we talked about and presented it to my director last week. She's letting me spend two days a week with the BI team from December.

Nadia""", O, kind="update", note="News since the last exchange (a project finished, a rotation starting); the December date is not a meeting.")

send(nadia, [priya], "2026-11-18 09:30", "Closing the loop", """Hi Priya,

Wanted to close the loop: I applied to the junior analyst role you mentioned, had a first interview with Marco on Monday, and I'm through to the take-home stage. Fingers crossed!

Nadia""", O, kind="update", note="'Wanted to close the loop' reporting how the referral went; Monday's interview is past, not a meeting to fix.")

send(nadia, [sara], "2026-11-20 14:00", "Project update", """Hi Sara,

A quick update on the freight-cost model you helped me scope. The data pull is done, the first version is pencilled in for the week of Dec 7, and my manager wants to pilot it with two carriers in January.

Nadia""", O, kind="update", note="A project update whose 'pencilled in for the week of Dec 7' is a project milestone, not a meeting with Sara.")

# ---------------------------------------------------------------- non-meeting asks and automated mail
send(ben, [nadia], "2026-04-29 15:00", "Your slides", """Nadia,

Could you send me your slides for the meetup talk? I need them back by friday midday so I can check the charts before they go to the printer.

Ben""", O, kind="other", note="A non-meeting ask with a deadline ('by friday midday'); asks for slides, not a meeting, so other.")

send(olu, [nadia], "2026-11-02 11:00", "CV for the analyst role", """Hi Nadia,

The hiring manager for the analyst role asked me to pass on your CV. Can you send it over by Wednesday? A PDF is perfect.

Olu""", O, kind="other", note="Asks for a CV by Wednesday; a deadline for a document is not a meeting.")

bulk("ShipStat Careers", "no-reply@careers.shipstat.example", "America/Chicago", nadia, "2026-11-19 06:00",
     "Your application: Junior Data Analyst", O, """Hi Nadia,

Thank you for applying for Junior Data Analyst. Please complete the take-home assessment by Friday, November 27 at 5:00 PM CT using the link below.

Start assessment: https://careers.shipstat.example/a/8821

This is an automated message. Please do not reply.""", headers=[("Auto-Submitted", "auto-generated")],
     note="An applicant-tracking system's automated assessment reminder with a deadline and a time; automated, so other.")
