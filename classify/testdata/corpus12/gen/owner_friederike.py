"""Friederike Haubold, Leipzig: stage-lighting master moving to UX for vehicle
interiors. Thunderbird in German; January to March 2027 (CET, +01:00)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from c12 import Person, answer, autoreply, bulk, ics, send

BER, VIE, ZRH = "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"
O = Person("Friederike Haubold", "friederike.haubold@pleisse-post.example", BER, client="thunderbird", locale="de",
           sig="Friederike Haubold\nBeleuchtungsmeisterin | Leipzig\n0176 4431 2207")
P = lambda n, e, z, c="gmail", s="": Person(n, e, z, client=c, locale="de", sig=s)  # noqa: E731

jannik = P("Jannik Petersen", "jannik.petersen@hanse-mobility.example", BER)
korbinian = P("Korbinian Huber", "korbinian.huber@isar-cockpit.example", BER, "outlook",
              "Korbinian Huber\nLead UX | Isar Cockpit GmbH")
ursina = P("Ursina Caflisch", "ursina.caflisch@limmat-design.example", ZRH, "apple")
leopold = P("Leopold Wagner", "leopold.wagner@donau-hmi.example", VIE, "outlook", "Mag. Leopold Wagner")
maximilian = P("Maximilian Brandl", "m.brandl@wiener-interieur.example", VIE, "outlook",
               "DI Maximilian Brandl\nWiener Interieur Labor")
svenja = P("Svenja Hinrichs", "svenja.hinrichs@weser-ux.example", BER)
sebastian = P("Sebastian Kögel", "sebastian.koegel@neckar-fahrzeug.example", BER, "outlook",
              "Sebastian Kögel\nHMI-Entwicklung")
theresa = P("Theresa Moosbrugger", "theresa.moosbrugger@alpen-ux.example", VIE, "iphone")
reto = P("Reto Zimmermann", "reto.zimmermann@rhein-mobility.example", ZRH, "outlook", "Reto Zimmermann\nRhein Mobility AG")
hauke = P("Hauke Jensen", "hauke.jensen@foerde-werk.example", BER)
gerlinde = P("Gerlinde Pichler", "gerlinde.pichler@mur-design.example", VIE, "outlook", "Gerlinde Pichler")
florian = P("Florian Reiter", "florian.reiter@lech-auto.example", BER)
doerte = P("Dörte Lüdemann", "doerte.luedemann@karriere-kompass.example", BER, "outlook",
           "Dörte Lüdemann | Karriere-Kompass Coaching")
benedikt = P("Benedikt Sailer", "benedikt.sailer@donauwerk-rgb.example", BER)
nadine = P("Nadine Köhler", "nadine.koehler@elbflorenz-mail.example", BER, "thunderbird")
matthias = P("Matthias Egger", "matthias.egger@saentis-net.example", ZRH)
annika = P("Annika Brodersen", "annika.brodersen@flensburg-mail.example", BER, "outlook_html", "Annika Brodersen")
ole = P("Ole Carstensen", "ole.carstensen@alster-mail.example", BER)
valentin = P("Valentin Gruber", "valentin.gruber@linz-mail.example", VIE)
cornelia = P("Cornelia Strobl", "cornelia.strobl@salzach-mail.example", VIE)
philipp = P("Philipp Ammann", "philipp.ammann@aare-mail.example", ZRH, "apple")
dagmar = P("Dagmar Voigt", "dagmar.voigt@saale-automotive.example", BER, "outlook")

# ---- requests
send(O, jannik, "2027-01-05 09:30", "Von der Bühne ins Cockpit – kurze Frage",
     "Hallo Herr Petersen,\n\nich bin seit zwölf Jahren Beleuchtungsmeisterin an der Oper Leipzig und möchte in die "
     "UX-Gestaltung von Fahrzeuginnenräumen wechseln. Ihr Vortrag über Lichtführung im Innenraum auf der Hamburger "
     "Mobilitätskonferenz hat mich sehr angesprochen.\n\nHätten Sie in den nächsten Wochen eine halbe Stunde für ein "
     "Telefonat? Ich richte mich ganz nach Ihnen.\n\nViele Grüße", O, kind="request", lang="de",
     note="A cold ask for a half-hour call in the coming weeks, no date fixed: request.")

answer(O, O, korbinian, "2027-01-07 10:00", "Kurzer Austausch zu Isar Cockpit?",
       "Hallo Korbinian,\n\nAnna meinte, du hättest vielleicht Lust auf einen kurzen Austausch. Wann würde es dir passen?\n\nFriederike",
       "2027-01-08 13:15",
       "Servus Friederike,\n\nfreilich, gerne! Nächste Woche wär bei mir Dienstag ab 16 Uhr oder Freitagvormittag frei, "
       "such dir was aus. Telefon oder Teams, ist mir wurscht.\n\nPfiat di,\nKorbinian",
       kind="request", lang="de", sig=False,
       note="Answers the ask with two candidate windows (Tuesday from 16:00, Friday morning) without fixing one: request.")

send(ursina, O, "2027-01-12 08:20", "Anfrage: Austausch Lichtgestaltung",
     "Grüezi Frau Haubold\n\nIch bin UX-Designerin bei Limmat Design in Zürich und wir arbeiten an einem Innenraumkonzept mit "
     "viel indirektem Licht. Ihr Profil hat mich neugierig gemacht. Hätten Sie Lust auf ein kurzes Gespräch per Video, "
     "gerne auch erst im Februar?\n\nLiebe Grüsse\nUrsina Caflisch", O, kind="request", lang="de", sig=False,
     note="Ursina asks Friederike for a video call, no date fixed: request.")

answer(O, O, leopold, "2027-01-11 09:00", "Kennenlernen Donau HMI",
       "Sehr geehrter Herr Mag. Wagner,\n\nhätten Sie Zeit für ein kurzes Kennenlerngespräch?\n\nMit freundlichen Grüßen",
       "2027-01-25 08:40",
       "Sehr geehrter Herr Mag. Wagner,\n\nich erlaube mir, mich noch einmal wegen meiner Nachricht von vor zwei Wochen zu "
       "melden. Ein Gespräch von zwanzig Minuten würde mir schon sehr weiterhelfen, zu einem Zeitpunkt Ihrer Wahl.\n\nMit freundlichen Grüßen",
       kind="request", lang="de",
       note="Friederike nudges her own unanswered ask (quoted): request.")

# ---- confirmations
answer(O, O, maximilian, "2027-01-14 11:00", "Besuch im Interieur-Labor",
       "Sehr geehrter Herr Brandl,\n\nich bin nächste Woche in Wien. Wäre ein Besuch Ihres Labors am Donnerstag möglich?\n\nMit freundlichen Grüßen",
       "2027-01-15 09:34",
       "Liebe Frau Haubold,\n\nsehr gerne. Kommen Sie am Donnerstag, den 21. Jänner, um drei am Nachmittag zu uns in die "
       "Siebensterngasse, ich hole Sie unten am Empfang ab.\n\nBeste Grüße aus Wien",
       kind="confirmation", lang="de", meet=("2027-01-21 15:00", "hdr"), wd="Thu",
       note="Fixes Thursday 21 January ('Jänner') 'um drei am Nachmittag': confirmation, 15:00 at the Date header's +01:00.")

answer(O, svenja, O, "2027-01-27 19:00", "Kaffee in Bremen?",
       "Moin Friederike,\n\nich bin nächste Woche Mittwoch und Donnerstag nachmittags im Büro am Wall, danach wird's eng. "
       "Such dir einen Tag aus!\n\nSvenja",
       "2027-01-28 07:50",
       "Moin Svenja,\n\ndann nehmen wir Mittwoch, den 3. Februar, um halb vier im Café am Wall. Ich komme mit dem ICE "
       "aus Leipzig und freu mich schon!\n\nFriederike",
       kind="confirmation", lang="de", meet=("2027-02-03 15:30", "hdr"), wd="Wed", sig=False,
       note="Picks one day from the offered two and fixes 'halb vier' (15:30): confirmation at the Date header's +01:00.")

answer(O, O, sebastian, "2027-02-02 12:00", "Telefonat nächste Woche",
       "Hallo Sebastian,\n\ndu bist ja nächste Woche in Detroit. Wie wäre Dienstag um 9 Uhr Detroiter Zeit? Bei mir wäre das 15 Uhr.\n\nFriederike",
       "2027-02-03 18:22",
       "Hallo Friederike,\n\nso machen wir's: Dienstag, 9. Februar, 9 Uhr Detroiter Zeit. Ich ruf dich vom Hotel aus an.\n\nGruß\nSebastian",
       kind="confirmation", lang="de", meet=("2027-02-09 09:00", "America/Detroit"), wd="Tue", rel="next_week",
       note="Accepts and restates the slot with a named zone ('9 Uhr Detroiter Zeit'): the zone wins over the Stuttgart Date header, 09:00 -05:00.")

answer(O, O, theresa, "2027-02-10 17:00", "Videocall",
       "Liebe Theresa,\n\nwie wäre es mit Montag, 15. Februar, 10 Uhr per Videocall?\n\nLiebe Grüße\nFriederike",
       "2027-02-11 07:12",
       "Montag geht klar, bis dann! 😊\n\nTheresa",
       kind="confirmation", lang="de", meet=("2027-02-15 10:00", "hdr"), wd="Mon", rel="weekday", sig=False,
       note="Day-only acceptance ('Montag geht klar') of the single slot in the quoted proposal: confirmation, Mon 15 Feb 10:00 at the Date header's +01:00.")

_cal = ics("REQUEST", "Austausch Friederike Haubold / Reto Zimmermann", "2027-03-04 14:00", "2027-03-04 15:00", ZRH,
           "win", reto, [reto, O], datetime(2027, 2, 22, 10, 40, tzinfo=ZoneInfo(ZRH)), tzid="W. Europe Standard Time",
           prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Rhein Mobility AG, Basel")
send(reto, O, "2027-02-22 10:40", "Austausch Friederike Haubold / Reto Zimmermann",
     "Grüezi Frau Haubold\n\nAnbei die Einladung für Donnerstag, 4. März, 14 Uhr bei uns in Basel.\n\nFreundliche Grüsse",
     O, kind="confirmation", lang="de", meet=("2027-03-04 14:00", "Europe/Berlin"), cal=_cal,
     note="A person's Outlook invite (METHOD:REQUEST, Windows TZID W. Europe Standard Time) for Thu 4 March 14:00: confirmation at +01:00.")

# ---- declines
answer(O, O, hauke, "2027-01-18 09:00", "Schnack über Förde-Werk?",
       "Moin Hauke,\n\nhättest du im Februar mal eine halbe Stunde für mich?\n\nFriederike",
       "2027-01-19 16:45",
       "Moin Friederike,\n\nich muss dir leider absagen. Wir stellen gerade die komplette Fertigungsplanung um und bei mir "
       "ist Land unter, da kann ich dir nichts versprechen. Meld dich gern, wenn's bei dir konkreter wird.\n\nTschüss\nHauke",
       kind="decline", lang="de", sig=False,
       note="Turns the ask down ('muss dir leider absagen') with no new date: decline.")

answer(O, O, gerlinde, "2027-01-20 10:30", "Anfrage Gespräch",
       "Liebe Frau Pichler,\n\nhätten Sie Zeit für ein kurzes Gespräch über Ihre Arbeit bei Mur Design?\n\nHerzliche Grüße",
       "2027-01-22 12:05",
       "Liebe Frau Haubold,\n\ndanke für Ihr nettes Mail. Leider geht sich das bei mir momentan überhaupt ned aus, wir haben "
       "heuer drei Serienanläufe. Melden Sie sich gern im Sommer noch einmal, dann schau ma weiter.\n\nLiebe Grüße aus Graz",
       kind="decline", lang="de", charset="iso-8859-1",
       note="Postpones with no new date ('melden Sie sich gern im Sommer noch einmal'): decline (ISO-8859-1, Austrian 'das Mail').")

answer(O, O, florian, "2027-02-08 09:00", "Treffen Freitag",
       "Hallo Florian,\n\nich freu mich auf Freitag um 11 in Augsburg!\n\nFriederike",
       "2027-02-10 20:30",
       "Hallo Friederike,\n\nsorry, aber das mit Freitag muss ich absagen, mein Vater liegt im Krankenhaus und ich weiß "
       "noch nicht, wie es die nächsten Wochen weitergeht. Ich melde mich, wenn ich wieder Luft habe.\n\nFlorian",
       kind="decline", lang="de", sig=False,
       note="Cancels the agreed Friday meeting with no new date: decline; the quoted 11:00 is the old slot.")

answer(O, doerte, O, "2027-02-15 14:10", "Ihr Karrierewechsel – kostenloses Erstgespräch",
       "Liebe Frau Haubold,\n\nich habe Ihr Profil gesehen und würde Ihnen gern ein kostenloses Erstgespräch anbieten. "
       "Wann passt es Ihnen diese Woche?\n\nHerzlich\nDörte Lüdemann",
       "2027-02-16 08:05",
       "Liebe Frau Lüdemann,\n\nvielen Dank für das Angebot. Ich komme mit meinem Wechsel gerade gut allein voran und "
       "möchte daher kein Erstgespräch vereinbaren.\n\nFreundliche Grüße",
       kind="decline", lang="de",
       note="Friederike refuses the coach's personal offer of a call: decline, sent.")

# ---- thank-yous
send(O, benedikt, "2027-01-29 08:10", "Danke für gestern",
     "Lieber Benedikt,\n\nvielen Dank für die Führung durch euer Werk gestern. Dass ich die Lichtprototypen im Dunkelraum "
     "selbst ausprobieren durfte, war großartig, und deine Tipps zum Portfolio setze ich am Wochenende um.\n\nHerzliche Grüße",
     O, kind="thank_you", lang="de", note="Thanks Benedikt for yesterday's plant tour and advice: thank_you.")

send(nadine, O, "2027-02-05 21:40", "Danke!",
     "Liebe Friederike,\n\ntausend Dank, dass du dir letzten Sonntag so viel Zeit für mein Portfolio genommen hast. "
     "Deine Anmerkungen zu den Fallstudien waren Gold wert.\n\nHerzlich\nNadine",
     O, kind="thank_you", lang="de", sig=False, charset="iso-8859-1",
     note="Thanks Friederike for reviewing her portfolio last Sunday: thank_you (ISO-8859-1, 8bit).")

answer(O, matthias, O, "2027-02-12 09:30", "Vorstellung: Friederike Haubold <> Corina Bösch",
       "Liebe Friederike, liebe Corina\n\nIhr solltet euch kennenlernen: Corina leitet das Innenraum-Team bei Säntis Mobility, "
       "Friederike kommt vom Theaterlicht. Ich lasse euch das Weitere selbst ausmachen.\n\nEn Gruess\nMatthias",
       "2027-02-12 11:02",
       "Lieber Matthias,\n\nganz herzlichen Dank für die Vorstellung! Ich schreibe Corina direkt und nehme dich aus dem Verteiler.\n\nViele Grüße",
       kind="thank_you", lang="de",
       note="Thanks Matthias for an introduction that already happened (quoted): thank_you.")

send(annika, O, "2027-02-26 16:30", "Vielen Dank für das Gespräch",
     "Liebe Frau Haubold,\n\nherzlichen Dank für das offene Gespräch am Mittwoch. Ihre Erfahrungen aus dem Theater haben "
     "unserem Team ganz neue Ideen für das Ambiente-Licht gegeben.\n\nMit freundlichen Grüßen",
     O, kind="thank_you", lang="de",
     note="HTML-only Outlook note thanking Friederike for Wednesday's conversation: thank_you.")

# ---- updates
send(O, ole, "2027-02-18 20:15", "Rückmeldung zu Jannik",
     "Moin Ole,\n\nkurze Rückmeldung: Ich habe letzte Woche mit Jannik telefoniert, den du mir vermittelt hattest. Er hat "
     "mir viel über die Ausschreibungen bei Hanse Mobility erzählt und mich für die Hospitanz im März vorgeschlagen.\n\n"
     "Ich halte dich auf dem Laufenden!", O, kind="update", lang="de",
     note="Tells Ole how the contact he arranged went and what came of it: update.")

send(valentin, O, "2027-03-01 12:40", "Neuigkeiten aus Linz",
     "Servus Friederike!\n\nWollte dir nur kurz erzählen, dass ich seit Monatsbeginn bei einem Zulieferer in Steyr bin, "
     "genau im Bereich Innenraumlicht. Dein Rat im Herbst hat also gewirkt.\n\nBaba und liebe Grüße\nValentin",
     O, kind="update", lang="de", sig=False,
     note="News since their last exchange (a new job): update.")

send(O, cornelia, "2027-03-08 18:55", "Es hat geklappt",
     "Liebe Cornelia,\n\ndu warst ja von Anfang an dabei, deshalb sollst du es als Erste wissen: Ich habe den Vertrag bei "
     "Saale Automotive unterschrieben und fange im Mai als UX-Designerin an. Danke nochmal für deine Geduld mit meinen "
     "Fragen.\n\nHerzlich", O, kind="update", lang="de", charset="windows-1252",
     note="Announces a result (contract signed); 'danke nochmal' is a courtesy: update (windows-1252).")

send(philipp, O, "2027-03-10 07:45", "Stand Projekt Lichtband",
     "Hallo Friederike\n\nNur kurz zum Stand: Das Lichtband-Projekt, von dem ich dir erzählt habe, ist vom Verwaltungsrat "
     "bewilligt worden. Ausschreibungen für UX-Stellen folgen wohl im Sommer.\n\nLiebe Grüsse\nPhilipp",
     O, kind="update", lang="de", sig=False,
     note="Keeps Friederike posted on the project he mentioned: update; no meeting is asked or fixed.")

# ---- other
bulk("StepJobs", "no-reply@stepjobs.example", BER, O, "2027-01-13 06:30", "Neue Jobs für „UX Designer Automotive“", O,
     "Hallo Friederike,\n\n4 neue Stellen passen zu Ihrem Suchauftrag.\n\nUX Designer Interior (m/w/d) – Leipzig\n\n"
     "HMI Designer (m/w/d) – Ingolstadt\n\nSuchauftrag abbestellen", fmt="html",
     headers=[("List-Unsubscribe", "<https://stepjobs.example/abmelden>"), ("Precedence", "bulk")],
     note="Automated job alert from a no-reply sender (HTML only): other.")

autoreply(dagmar, O, "2027-02-24 09:01", "Automatische Antwort: Bewerbung UX Interior",
          "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. März nicht im Büro. In dringenden Fällen wenden "
          "Sie sich bitte an personal@saale-automotive.example.\n\nDagmar Voigt", O, lang="de",
          note="Out-of-office auto-reply (Auto-Submitted): other; the return date is not a meeting.")

bulk("UX Stammtisch Leipzig", "stammtisch@ux-leipzig.example", BER, O, "2027-03-02 17:00",
     "Einladung: UX Stammtisch am Donnerstag, 18. März", O,
     "Liebe Leute,\n\nder nächste Stammtisch ist am Donnerstag, 18. März, ab 19 Uhr im Beyerhaus. Thema: Licht und "
     "Orientierung im Raum.\n\nBis dann!",
     headers=[("List-Id", "UX Stammtisch <stammtisch.ux-leipzig.example>"), ("Precedence", "list")],
     note="Mailing-list invitation to everyone on the list: not a meeting arranged with Friederike, so other.")
