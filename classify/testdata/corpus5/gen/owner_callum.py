"""Callum Thorsen, Vancouver: paramedic moving into health-tech clinical operations.

Gmail (en-US) and iPhone; writes French to his Montréal contact. Vancouver
leaves daylight saving on 1 November 2026 and starts it on 14 March 2027;
Mexico City keeps -06:00 all year. Contacts in Calgary, Montréal (French),
Mexico City (Spanish), Seattle, San Francisco and Vancouver. October 2026 to
December 2027.
"""

from c5 import Person, Thread, bulk, forward, hide, hide_reply, jpeg, send, service, unsub  # noqa: F401

CALLUM = Person("Callum Thorsen", "callum.thorsen@thorsen.example", "America/Vancouver", client="gmail",
                locale="en-US", sig="Callum Thorsen\nPrimary Care Paramedic\nVancouver, BC · 604-555-0162")
INGRID = Person("Ingrid Solberg", "ingrid.solberg@foothillsmed.example", "America/Edmonton", client="apple",
                locale="en-US", sig="Dr. Ingrid Solberg, MD, CCFP(EM)\nEmergency Physician, Foothills\nCalgary, AB")
MARCANTOINE = Person("Marc-Antoine Gagnon", "ma.gagnon@soinsvirtuels.example", "America/Toronto", client="gmail",
                     locale="fr", sig="Marc-Antoine Gagnon\nDirecteur des opérations cliniques · SoinsVirtuels\n"
                                      "Montréal (Québec)")
LUCIA = Person("Lucía Barragán", "lucia.barragan@clinicaenlinea.example", "America/Mexico_City", client="gmail",
               locale="es", sig="Lucía Barragán\nCofundadora y COO · ClínicaEnLínea\nCiudad de México")
SHAUNA = Person("Shauna McBride", "shauna.mcbride@pulsewell.example", "America/Los_Angeles", client="gmail",
                locale="en-US", sig="Shauna McBride\nClinical Operations Lead | PulseWell\nSeattle, WA")
DEV = Person("Dev Malhotra", "dev.malhotra@vitalstack.example", "America/Los_Angeles", client="gmail",
             locale="en-US", sig="Dev Malhotra\nPartnerships | VitalStack")
TASHA = Person("Tasha Greenwood", "tasha.greenwood@mail.example", "America/Vancouver", client="gmail",
               locale="en-US")
JORDY = Person("Jordy Tremblay", "jordy.t@mail.example", "America/Vancouver", client="yahoo", locale="en-US")
VOS = Person("Hendrik Vos", "hvos.rentals@mail.example", "America/Vancouver", client="gmail", locale="en-US",
             sig="Hendrik Vos\n604-555-0139")

O = CALLUM

# ------------------------------------------------------------ Ingrid forwards Callum to Marc-Antoine

blurb = send(CALLUM, INGRID, "2026-10-25 20:10", "For Marc-Antoine", """\
Hi Ingrid,

Here's the note for Marc-Antoine, as promised. Thank you for doing this.

I'm a primary care paramedic in Vancouver (seven years, mostly downtown east side and North Shore). I've been part of our service's pilot that routes low-acuity 911 calls to a nurse line, and it turned out I love the operations side of it: the protocols, the handoffs, the data on who gets sent where. I'd like to move into clinical operations at a virtual care company, and I'd love to hear how you built the triage nurse line at SoinsVirtuels.

Callum""", owner=O, kind="other", note="forwarded only")
fwd = forward(INGRID, [MARCANTOINE], "2026-10-26 07:15", """\
Marc-Antoine,

This is Callum, the paramedic I told you about at the virtual care summit; his note is below. Would you give him half an hour to talk about how you built the triage nurse line? I think you'd enjoy each other.

Callum's copied.

Ingrid""", blurb, O, cc=[CALLUM], kind="request",
              note="An Apple Mail forward ('Begin forwarded message') in which the introducer asks her contact for "
                   "half an hour with the owner (on Cc): an intro that asks two people to meet is a request.")
t = Thread(O, fwd.subject)
t.msgs.append(fwd)
t.reply(MARCANTOINE, [CALLUM, INGRID], "2026-10-28 13:40", """\
Bonjour Callum,

Merci Ingrid pour le contact !

Callum, ça me ferait plaisir de jaser avec toi. Je te propose mardi 10 novembre à 13 h ou mercredi 11 novembre à 16 h (heure de l'Est). Dis-moi ce qui t'arrange.

Marc-Antoine""", kind="request", lang="fr", enc="b64",
        note="[fr] Offers two candidate slots (mardi 10 novembre 13 h, mercredi 11 novembre 16 h, heure de l'Est) "
             "and asks Callum to choose; nothing is fixed yet (base64 body).")
t.reply(CALLUM, [MARCANTOINE], "2026-10-28 19:05", """\
Salut Marc-Antoine,

Merci beaucoup ! Mercredi 11 novembre à 16 h, heure de l'Est, c'est parfait pour moi. Je t'envoie un lien Zoom.

Au plaisir,
Callum""", kind="confirmation", lang="fr", meet=("2026-11-11 16:00", "America/Toronto"), wd="Wed",
        note="[fr] Accepts the second slot in the named zone ('heure de l'Est'); Montréal leaves daylight saving on "
             "1 November, so 16:00-05:00, while Callum's Date header is -0700.")
send(CALLUM, INGRID, "2026-10-29 09:00", "Thank you for the intro", """\
Hi Ingrid,

Thank you for connecting me with Marc-Antoine. He wrote back within two days, in French, which I took as a test; I think I passed. We've found a time in a couple of weeks.

I know how little free time you have between shifts and your kids, so it means a lot that you spent some of it on me.

Callum""", owner=O, kind="thank_you",
     note="Thanks the introducer for an introduction that already happened; 'we've found a time in a couple of "
          "weeks' reports an arrangement without a date, so nothing is fixed here.")
t.reply(CALLUM, [MARCANTOINE], "2026-11-12 08:30", """\
Salut Marc-Antoine,

Merci mille fois pour ton temps hier. J'ai appris plus en quarante minutes avec toi qu'en deux mois de lecture.

Ce que je retiens surtout : que l'expérience terrain des paramédics est exactement ce qui manque aux équipes de soins virtuels, à condition de savoir la traduire en protocoles et en indicateurs. Je vais suivre ton conseil et documenter notre projet pilote comme une étude de cas, avec les chiffres.

Merci aussi de m'avoir proposé de transmettre mon CV à ta collègue de Vancouver. Je te l'envoie dès qu'il est prêt.

Callum""", quote=False, kind="thank_you", lang="fr",
        note="[fr] Thanks Marc-Antoine for the call the day before ('hier') with specifics; sending the CV later "
             "is a promise, not a meeting.")
send(CALLUM, INGRID, "2027-02-08 18:40", "Marc-Antoine update", """\
Hi Ingrid,

Wanted to close the loop on Marc-Antoine. We talked in November and it went great: he was generous and very practical, and he passed my CV to SoinsVirtuels' Western Canada lead. I've had two interviews since and I'm now in the final round for a clinical operations coordinator role, based here in Vancouver.

Whatever happens, thanks again for starting all this.

Callum""", owner=O, kind="update",
     note="Months later, tells the introducer how the meeting she arranged went and what followed (final round); "
          "the interviews are with others and undated, and 'thanks again' is a closing courtesy.")
send(INGRID, CALLUM, "2027-09-20 21:15", "news from Calgary", """\
Callum,

Some news from my end: I've said yes to being medical lead for the provincial virtual ER pilot, two days a week, starting in November. Half the team will be paramedics, which I think you'll agree is the correct proportion.

So proud of you for the SoinsVirtuels job, by the way. Marc-Antoine says you've already rewritten two of their protocols.

Ingrid""", owner=O, kind="update", fmt="html",
     note="The introducer shares her own news (a new role from November) and passes on praise; nothing is asked "
          "or fixed, so update.")

# ------------------------------------------------------------ Lucía (Mexico City): a postponement, slots, a pick

t = Thread(O, "A paramedic's question about virtual care in Mexico")
hide(t, CALLUM, [LUCIA], "2026-11-16 17:30", """\
Hi Lucía,

I heard you on the "Care Without Walls" podcast talking about building ClínicaEnLínea's on-call doctor network across three time zones. I'm a paramedic in Vancouver moving into clinical operations, and I'd love 30 minutes of your time on a video call. My Spanish is not good enough for a call, I'm afraid, but I'm working on it.

Thank you,
Callum""", kind="request")
t.reply(LUCIA, [CALLUM], "2026-11-18 11:25", """\
Hola Callum:

¡Gracias por escribir y por escuchar el podcast!

Te soy honesta: estamos en plena ronda de inversión y no tengo cabeza para nada más hasta que cerremos, probablemente en febrero o marzo. ¿Me escribes entonces? Con gusto platicamos (en inglés, no te preocupes).

Saludos,
Lucía""", kind="decline", lang="es",
        note="[es] Postpones the call until the funding round closes ('probablemente en febrero o marzo') with no "
             "date and asks Callum to write again; a postponement without a new date is a decline.")
t.reply(LUCIA, [CALLUM], "2027-03-09 10:30", """\
Hola Callum:

Te escribo como te prometí: ¡ya cerramos la ronda!

Si sigues interesado, platiquemos. ¿Te funciona el martes 16 o el jueves 18 de marzo, a las 9:00 hora de la Ciudad de México? Elige el que prefieras.

Saludos,
Lucía""", kind="request", lang="es",
        note="[es] Comes back after the postponement with two candidate slots (martes 16 or jueves 18 de marzo, "
             "9:00 Mexico City) and leaves the choice; request.")
t.reply(CALLUM, [LUCIA], "2027-03-09 18:20", """\
Hola Lucía!

Congratulations on closing the round, that's huge.

Thursday the 18th at 9:00 Mexico City time works perfectly for me. I'll send a Zoom link.

Callum""", kind="confirmation", meet=("2027-03-18 09:00", "America/Mexico_City"), wd="Thu",
        note="Accepts one of two Spanish-offered slots in English with the named zone ('9:00 Mexico City time', "
             "-06:00, no DST); Vancouver switches to -07:00 on 14 March, between the Date (-0800) and the meeting.")
send(CALLUM, LUCIA, "2027-06-25 16:05", "News from Vancouver", """\
Hola Lucía,

A quick update since our call in March: I accepted the clinical operations coordinator role at SoinsVirtuels and started on the 7th. Your advice about asking to see the on-call escalation data in the final interview was the question that impressed them most.

Saludos desde Vancouver (and my Spanish lessons continue),
Callum""", owner=O, kind="update",
     note="Months after the call, tells the contact about an accepted job and how her advice was used; the start "
          "date is past and nothing is asked: update.")

# ------------------------------------------------------------ Dev: not the right person

t = Thread(O, "Clinical ops at VitalStack - a paramedic's question")
hide(t, CALLUM, [DEV], "2027-01-11 19:00", """\
Hi Dev,

I came across your profile through the BC Health Tech Slack: you led clinical operations at VitalStack when they launched remote monitoring. I'm a paramedic moving into clinical ops and I'd love 20 minutes to hear how you built the team.

Thanks,
Callum""", kind="request")
t.reply(DEV, [CALLUM], "2027-01-13 10:48", """\
Hi Callum,

Thanks for reaching out, and I'm glad the Slack is useful.

Honest answer: I'm not the right person anymore. I moved from clinical ops to partnerships about a year ago and I'm out of date on how the team works now, so I'd only be giving you stale advice. You'd get much more from Priyanka Sethi, who runs it today; she's on the same Slack.

Good luck with the move!
Dev""", kind="decline",
        note="Declines the call because he is 'not the right person anymore' and points to someone else; he neither "
             "offers a time nor asks for anything, so decline.")

# ------------------------------------------------------------ Shauna (Seattle): coffee, venue change, thanks, news

t = Thread(O, "Paramedic to clinical ops - coffee in Seattle?")
hide(t, CALLUM, [SHAUNA], "2027-04-05 21:15", """\
Hi Shauna,

Jen Okoro from your old crew at Seattle Fire said you wouldn't mind me writing. I'm a Vancouver paramedic moving into clinical operations and I'll be in Seattle a lot this spring. Could I buy you a coffee and ask how you made the jump to PulseWell?

Callum""", kind="request")
t.reply(SHAUNA, [CALLUM], "2027-04-07 12:10", """\
Hey Callum!

Any friend of Jen's. Sure, happy to. I'm in the office Tue, Wed and Thu next week. Want to come down for coffee one of those mornings? Anything before 9:30 works, we're right by the market.

Shauna""", kind="request",
        note="Agrees to coffee and offers three mornings with a window ('anything before 9:30') for Callum to "
             "choose from; candidate times without one fixed are a request.")
m = t.reply(CALLUM, [SHAUNA], "2027-04-07 20:30", """\
Perfect. Let's do Wednesday the 14th at 8:30 at Storyville by the market. I'm working nights the weekend before, so I'll drive down on Tuesday and make a trip of it.

Thanks, Shauna!

Callum""", kind="confirmation", meet=("2027-04-14 08:30", "hdr"), wd="Wed",
            note="Fixes one of the offered mornings with a date, time and place ('Wednesday the 14th at 8:30 at "
                 "Storyville'); Vancouver and Seattle share -07:00 in April; 'Tuesday' is his drive, not the "
                 "meeting.")
t.reply(SHAUNA, [CALLUM], "2027-04-13 16:15", """\
Ugh, Storyville is closed tomorrow for a private event. Let's meet at Ghost Alley Espresso instead: it's tiny, under the market, 1499 Post Alley. Same time!""",
        parent=m, mobile=True, kind="confirmation", meet=("2027-04-14 08:30", "hdr"), rel="tomorrow",
        note="iPhone note the day before moving the agreed coffee to another café at 'same time'; the time comes "
             "from the quoted confirmation and 'tomorrow' from the Date (Wed Apr 14).")
t.reply(CALLUM, [SHAUNA], "2027-04-14 11:40", """\
Thanks again for this morning, Shauna. Best coffee and best career advice I've had in a long time. The drive home was brutal but so worth it.""",
        quote=False, mobile=True, kind="thank_you",
        note="A short iPhone thank-you that opens with 'thanks again': here the thanks for the coffee that morning "
             "is the whole point, so thank_you, not a courtesy closing something else.")
send(CALLUM, SHAUNA, "2027-12-17 14:20", "Happy holidays from Vancouver", """\
Hi Shauna,

Happy holidays from a very wet Vancouver!

Some news since our coffee in April: I got the clinical operations coordinator job at SoinsVirtuels and started in June. I'm still doing two paramedic shifts a month so I don't forget which end of the stretcher is which. Your advice to treat every protocol I rewrite as a small product launch, with a before-and-after number, has already paid off twice.

Have a great break, and say hi to the Ghost Alley barista for me.

Callum""", owner=O, kind="update",
     note="A holiday-season check-in with news since the April coffee (new job, how advice was used); there is no "
          "ask and no date, so update.")

# ------------------------------------------------------------ Tasha: a long thank-you received

send(TASHA, CALLUM, "2027-05-10 19:30", "Thank you", """\
Dear Callum,

Thank you for taking the time on Saturday to walk me through what the first year on car really looks like. I know you'd just come off nights and that you had every reason to cancel.

Three things you said have stayed with me: that the job is mostly listening, and the skills are what you do while you listen; that I should ask for a preceptor who debriefs every call, not just the bad ones; and that it's fine to be scared of the North Shore highway calls as long as I'm honest about it.

I've applied for the JIBC spring intake and I'll let you know what happens. Thank you again for being so generous with your time.

Warm regards,
Tasha Greenwood""", owner=O, kind="thank_you",
     note="A long, formal thank-you with specifics for a conversation the Saturday before; the application news "
          "and the promise to report back sit inside the thanks, which is the point.")

# ------------------------------------------------------------ other

SLOTWISE = service("Slotwise", "notifications@slotwise.example", "UTC")
bulk(SLOTWISE, CALLUM, "2027-02-24 22:40", "Invitation: Coffee chat @ Wed Mar 3, 2027 10am - 10:30am (PST)", O, """\
Hi Callum,

You're booked with Noor Haddad.

What: Coffee chat (30 min)
When: Wednesday, March 3, 2027, 10:00am - 10:30am (Pacific Time - US & Canada)
Where: Zoom - the link is in the calendar invitation Noor's calendar sent you

Need to make a change?
Reschedule: https://slotwise.example/b/noor-haddad/reschedule/2240
Cancel: https://slotwise.example/b/noor-haddad/cancel/2240

Powered by Slotwise. Create your own booking page for free.
""", """\
<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#222">
<p>Hi Callum,</p>
<p style="font-size:18px"><b>You're booked with Noor Haddad.</b></p>
<p><b>What:</b> Coffee chat (30 min)<br><b>When:</b> Wednesday, March 3, 2027, 10:00am - 10:30am (Pacific Time - US &amp; Canada)<br><b>Where:</b> Zoom</p>
<p><a href="https://slotwise.example/b/noor-haddad/reschedule/2240">Reschedule</a> &middot; <a href="https://slotwise.example/b/noor-haddad/cancel/2240">Cancel</a></p>
<p style="font-size:11px;color:#888">Powered by Slotwise. Create your own booking page for free.</p>
</body></html>
""", headers=[("Auto-Submitted", "auto-generated")],
     note="A booking service's 'Invitation: Coffee chat @ ...' notice to the person who booked a slot; it fixes a "
          "real coffee chat, but the mail is a calendar notification sent by a service, so other.")

TIX = service("Tixly", "noreply@tixly.example", "America/New_York")
bulk(TIX, CALLUM, "2027-01-14 19:22", "Your tickets for HealthTech YVR: Virtual Care After the Pandemic", O, """\
Your order is confirmed

HealthTech YVR: Virtual Care After the Pandemic
Thursday, January 21, 2027, 6:30 PM - 9:00 PM PST
Vancouver Public Library, Alma VanDusen Room, 350 W Georgia St

1 x Early bird - CA$15.00 (order #TX-41077290)

Your ticket is attached to this email as a PDF. Show it at the door, on paper or on your phone.

Questions? Contact the organizer: https://tixly.example/o/healthtech-yvr
Tixly - this is an automated message, replies are not monitored.
""", None, fmt="plain", attach=[("ticket-TX-41077290.pdf", "application/pdf",
                                  b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
                                  b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")],
     note="A ticketing platform's order confirmation with the event's date, time and venue and a PDF ticket, without "
          "List or Auto-Submitted headers; a public event sold by a service is other.")

LINKUP = service("LinkUp", "notifications-noreply@linkup.example", "America/Los_Angeles")
bulk(LINKUP, CALLUM, "2026-11-20 06:40", "Marc-Antoine Gagnon endorsed you for Emergency Medical Services", O, """\
Marc-Antoine Gagnon endorsed you for Emergency Medical Services

Congratulations, Callum! Marc-Antoine Gagnon, Directeur des opérations cliniques at SoinsVirtuels, endorsed you.

Endorse Marc-Antoine back: https://linkup.example/in/ma-gagnon/skills
See all your endorsements: https://linkup.example/me/skills

You're receiving endorsement notifications. Unsubscribe: https://linkup.example/u/ct-end-4
""", """\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p style="font-size:18px"><b>Marc-Antoine Gagnon endorsed you for Emergency Medical Services</b></p>
<p>Congratulations, Callum! Marc-Antoine Gagnon, Directeur des op&eacute;rations cliniques at SoinsVirtuels, endorsed you.</p>
<p><a href="https://linkup.example/in/ma-gagnon/skills">Endorse Marc-Antoine back</a> &middot; <a href="https://linkup.example/me/skills">See all your endorsements</a></p>
<p style="font-size:11px;color:#666">You're receiving endorsement notifications. <a href="https://linkup.example/u/ct-end-4">Unsubscribe</a></p>
</body></html>
""", headers=unsub("linkup.example", "ct-end-4"),
     note="A social network's endorsement notification naming a real contact; no person wrote it, so other.")

send(JORDY, CALLUM, "2026-11-08 13:55", "Kin Kao + shift swap", """\
Yo Cal,

Dinner at Kin Kao last week was unreal. Pic of you with the khao soi attached, for your future LinkedIn once you've run off to the tech side and started saying "circle back".

Also, any chance you can take my Saturday the 14th day shift? I'll give you my Thursday night on the 26th. Let me know by Wednesday so I can put it in with dispatch.

J""", owner=O, kind="other", attach=[("khao_soi.jpg", "image/jpeg", jpeg("kin-kao"))],
     note="A friend's chit-chat about a past dinner plus a shift-swap ask with dates; the shifts are work, not a "
          "meeting with Jordy, so other.")

send(VOS, CALLUM, "2027-01-12 09:30", "Fire inspection - Suite 3", """\
Hi Callum,

The strata's annual fire inspection is Tuesday January 19 between 10 and noon. They need to get into every suite to test the smoke alarms. If you're on shift, can you leave the key in the lockbox (code is the same) or let me know and I'll come by and let them in?

Thanks,
Hendrik""", owner=O, kind="other",
     note="A landlord's note about an inspection window in Callum's suite; the inspectors visit the suite whether or "
          "not he is home (he can leave the key), so no meeting with him is asked for or fixed: other.")
