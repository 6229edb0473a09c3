"""Kathrin Leitgeb, Graz: hospital physiotherapist to medtech usability research. All mail in German."""

from c8 import Person, Thread, ask_then, bulk, hidden, send

L = "de"
KAT = Person("Kathrin Leitgeb", "kathrin.leitgeb@murufer-mail.example", "Europe/Vienna", client="gmail", locale="de",
             sig="Kathrin Leitgeb\nGraz")
JEN = Person("Jens Petersen", "j.petersen@elbmedizin.example", "Europe/Berlin", client="apple", locale="de",
             sig="Jens Petersen\nUsability Engineering, Elbmedizin GmbH, Hamburg")
SEP = Person("Sepp Huber", "sepp.huber@isar-orthetik.example", "Europe/Berlin", client="iphone", locale="de")
ROS = Person("Rosemarie Pfeiffenberger", "r.pfeiffenberger@donau-reha.example", "Europe/Vienna", client="gmail",
             locale="de", sig="Rosemarie Pfeiffenberger\nDonau Reha Technik, Wien")
URS = Person("Urs Bachmann", "urs.bachmann@limmat-medtech.example", "Europe/Zurich", client="outlook", locale="de",
             sig="Urs Bachmann\nLeiter Human Factors\nLimmat Medtech AG, Zürich")
LEA = Person("Lea Zimmermann", "lea@kiezklinik-ux.example", "Europe/Berlin", client="gmail", locale="de",
             sig="Lea")
GOT = Person("Gottlob Kächele", "g.kaechele@neckar-geraete.example", "Europe/Berlin", client="outlook", locale="de",
             sig="Gottlob Kächele\nEntwicklungsleiter\nNeckar Medizingeräte GmbH, Stuttgart")
HOF = Person("Dr. Herbert Wallner", "herbert.wallner@gesundheit-verwaltung.example", "Europe/Vienna",
             client="outlook_html", locale="de", sig="Dr. Herbert Wallner\nAbteilung II/4 Medizinprodukte")
RET = Person("Reto Gisler", "reto.gisler@aare-physio.example", "Europe/Zurich", client="iphone", locale="de")
BJO = Person("Björn Küpper", "bjoern.kuepper@rhein-reha.example", "Europe/Berlin", client="thunderbird", locale="de",
             sig="Björn")

# --- Jens (Hamburg): cold ask, his options, later his thanks, Kathrin's news
t_jen = Thread(KAT, "Frage einer Physiotherapeutin zum Einstieg in Usability")
t_jen.send(KAT, [JEN], "2027-04-06 09:15",
           "Sehr geehrter Herr Petersen,\n\nich bin seit zehn Jahren Physiotherapeutin am LKH Graz und möchte in "
           "die Usability-Forschung für Medizinprodukte wechseln. Ihr Vortrag auf der MedTech-Konferenz in Wien "
           "hat mich sehr angesprochen.\n\nHätten Sie in den nächsten Wochen 20 Minuten für ein kurzes "
           "Telefonat? Ich richte mich ganz nach Ihnen.\n\nMit freundlichen Grüßen",
           kind="request", lang=L, note="Cold ask for a 20-minute phone call with no time proposed: request.")
t_jen.reply(JEN, [KAT], "2027-04-07 18:02",
            "Moin Frau Leitgeb,\n\ngern! Dienstag oder Donnerstag nachmittags geht bei mir meistens, suchen Sie "
            "sich was aus. Vormittags bin ich im Labor und nicht zu gebrauchen.\n\nBeste Grüße aus Hamburg",
            kind="request", lang=L, note="Hanseatic 'Moin' answer offering two candidate afternoons without fixing one: still a request.")
send(JEN, [KAT], "2027-05-27 12:40", "Danke für den Kontakt zu Herrn Bachmann",
     "Moin Frau Leitgeb,\n\nherzlichen Dank, dass Sie mich mit Urs Bachmann in Zürich zusammengebracht haben. Wir "
     "haben gestern telefoniert und tauschen jetzt Testprotokolle aus. Das war Gold wert.\n\nBeste Grüße",
     KAT, kind="thank_you", lang=L, note="Thanks Kathrin for an introduction that already led to a call; concrete help that happened.")
send(KAT, [JEN], "2027-07-08 20:30", "Es hat geklappt!",
     "Lieber Herr Petersen,\n\nich wollte Ihnen Bescheid geben: Ich habe die Zusage von Limmat Medtech und fange "
     "im September als Junior Human Factors Researcherin an. Ihr Tipp mit dem Portfolio aus echten "
     "Patientenbeobachtungen hat den Ausschlag gegeben.\n\nNochmals danke und herzliche Grüße aus Graz",
     KAT, kind="update", lang=L, charset="iso-8859-1",
     note="Result news (she got the offer) to an existing contact; 'nochmals danke' closes courteously and does not change the kind.")

# --- Gottlob (Stuttgart): nudge and refusal
t_got = Thread(KAT, "Gespräch über Gebrauchstauglichkeit nach IEC 62366")
t_got.msgs.append(hidden(send(KAT, [GOT], "2027-04-08 10:00", "Gespräch über Gebrauchstauglichkeit nach IEC 62366",
    "Sehr geehrter Herr Kächele,\n\ndürfte ich Sie um ein kurzes Gespräch bitten?\n\nMit freundlichen Grüßen",
    KAT, kind="request", note="(quoted only)", lang=L)))
t_got.reply(KAT, [GOT], "2027-04-20 08:20",
            "Sehr geehrter Herr Kächele,\n\nich erlaube mir, meine Anfrage von vor zwei Wochen noch einmal nach "
            "oben zu holen. Eine Viertelstunde am Telefon würde mir schon sehr helfen.\n\nMit freundlichen Grüßen",
            kind="request", lang=L, note="Nudge on an unanswered ask that is quoted below: request.")
t_got.reply(GOT, [KAT], "2027-04-22 17:11",
            "Grüß Gott Frau Leitgeb,\n\nich muss leider passen. Wir haben im Mai und Juni ein Audit nach dem "
            "anderen, bis nach den Sommerferien bin ich raus. Melden Sie sich gern im Herbst wieder, dann schauen "
            "wir mal.\n\nViele Grüße vom Neckar",
            kind="decline", lang=L, charset="windows-1252",
            note="Refuses ('ich muss leider passen', 'bin ich raus') and postpones to autumn with no date: decline; the quoted nudge does not count.")

# --- Sepp (München): halb fünf, thanks, his update
SEPP_ASK = "Servus Sepp,\n\nbin nächste Woche in München. Hättest du Zeit auf ein Bier?\n\nKathrin"
ask_then(KAT, KAT, SEP, "2027-05-08 11:30", "Nächste Woche in München", SEPP_ASK, "2027-05-10 07:45",
         "Servus Kathrin,\n\nfreilich! Donnerstag um halb fünf nach der Arbeit im Augustiner-Keller, passt scho. "
         "I hock mi unter die Kastanien, rechts vom Eingang.\n\nSepp",
         kind="confirmation", mobile=True, meet=("2027-05-13 16:30", "hdr"), wd="Thu", rel="weekday",
         note="Bavarian acceptance fixing the slot: bare 'Donnerstag' is the next Thursday after Mon 10 May, 'halb fünf nach der Arbeit' is 16:30, at the Date header's +02:00.")
send(KAT, [SEP], "2027-05-14 09:05", "Danke für gestern!",
     "Servus Sepp,\n\ndanke dir für den Abend gestern! Dass du mir so offen erzählt hast, wie dein Wechsel von der "
     "Orthopädietechnik in die Entwicklung lief, hat mir echt Mut gemacht. Die nächste Maß geht auf mich.\n\n"
     "Liebe Grüße",
     KAT, kind="thank_you", lang=L, note="Thanks Sepp for the evening that happened the day before; the next-beer line is a joke, not a proposal.")
send(SEP, [KAT], "2027-06-02 21:14", "Neuigkeiten",
     "Servus Kathrin,\n\nkurz zur Info: I hob mit meim Chef gredt, die Stelle für die Nutzertests wird jetzt doch "
     "ausgschriebn, wahrscheinlich nächste Woch. I schick dir den Link, sobald's online is.\n\nPfiat di",
     KAT, kind="update", lang=L, mobile=True, note="Bavarian news since their meeting (the job will be advertised); promising to send a link is not a request.")

# --- Rosemarie (Wien): proposal, Kathrin's day-only acceptance, her update
ROS_ASK = ("Liebe Frau Leitgeb,\n\nschön, dass Sie sich gemeldet haben! Wie wäre Mittwoch, 19. Mai, um 10 Uhr im "
           "Café Sperl? Ich bin ohnehin in der Gumpendorfer Straße.\n\nHerzlich")
t_ros = Thread(KAT, "Kaffee in Wien")
t_ros.msgs.append(hidden(send(ROS, [KAT], "2027-05-12 14:20", "Kaffee in Wien", ROS_ASK, KAT,
                              kind="request", note="(quoted only)", lang=L)))
t_ros.reply(KAT, [ROS], "2027-05-12 19:55",
            "Liebe Frau Pfeiffenberger,\n\nMittwoch passt mir bestens, ich freu mich!\n\nHerzliche Grüße",
            kind="confirmation", lang=L, meet=("2027-05-19 10:00", "hdr"), wd="Wed",
            note="Day-only acceptance ('Mittwoch passt mir bestens'); the time is in the quoted proposal, Mittwoch 19. Mai um 10 Uhr, no zone, so the Date header's +02:00.")
send(KAT, [ROS], "2027-06-14 18:40", "Kurzes Update aus Graz",
     "Liebe Frau Pfeiffenberger,\n\nein kurzes Update seit unserem Kaffee im Sperl: Ich habe mit Herrn Bachmann "
     "in Zürich gesprochen, den Sie mir empfohlen haben, und darf im Juli bei einer Usability-Studie "
     "hospitieren.\n\nHerzliche Grüße aus Graz",
     KAT, kind="update", lang=L, note="Tells Rosemarie how the contact she suggested worked out; news, no ask.")

# --- Urs (Zürich): named-zone confirmation, thanks, out-of-office
ask_then(KAT, KAT, URS, "2027-05-28 10:10", "Gespräch zu Human Factors",
         "Sehr geehrter Herr Bachmann,\n\nFrau Pfeiffenberger hat mir geraten, mich an Sie zu wenden. Hätten Sie Anfang Juni Zeit?",
         "2027-06-01 08:34",
         "Grüezi Frau Leitgeb\n\nGerne bestätige ich unseren Termin am Dienstag, 8. Juni, um 14.15 Uhr Schweizer "
         "Zeit, per Teams. Die Einladung folgt separat.\n\nFreundliche Grüsse",
         kind="confirmation", meet=("2027-06-08 14:15", "Europe/Zurich"), wd="Tue",
         note="Swiss confirmation with a dotted 24-hour time and a named zone: 14.15 Uhr 'Schweizer Zeit' on Tuesday 8 June = +02:00 (CEST).")
send(KAT, [URS], "2027-06-08 18:20", "Herzlichen Dank für das Gespräch",
     "Sehr geehrter Herr Bachmann,\n\nherzlichen Dank, dass Sie sich heute Nachmittag so viel Zeit genommen haben. "
     "Ihre Schilderung der formativen Evaluationen war genau das, was mir gefehlt hat.\n\nMit freundlichen Grüßen",
     KAT, kind="thank_you", lang=L, note="Thanks Herr Bachmann for the conversation held that afternoon.")
send(Person("Urs Bachmann", "urs.bachmann@limmat-medtech.example", "Europe/Zurich", client="outlook", locale="de"),
     [KAT], "2027-06-14 07:00", "Automatische Antwort: Hospitation Juli",
     "Guten Tag\n\nIch bin bis am 28. Juni abwesend und habe nur eingeschränkt Zugriff auf meine E-Mails. In "
     "dringenden Fällen wenden Sie sich bitte an hf@limmat-medtech.example.\n\nFreundliche Grüsse\nUrs Bachmann",
     KAT, kind="other", lang=L, sig=False, headers=[("Auto-Submitted", "auto-replied")],
     note="Abwesenheitsnotiz (Auto-Submitted: auto-replied) with a return date: automated, so other.")

# --- Lea (Berlin): tomorrow 9:00
ask_then(KAT, KAT, LEA, "2027-06-21 12:00", "Call zur Kiezklinik-Studie",
         "Hi Lea,\n\nbleibt's bei Freitag früh?\n\nKathrin",
         "2027-06-24 16:50",
         "Hey Kathrin,\n\nkurze Bestätigung für morgen, 9:00, Jitsi-Link wie gehabt. Bring gern deine Fragen zur "
         "Rekrutierung mit, ick hab 45 Minuten.\n\nLea", sig=False,
         kind="confirmation", meet=("2027-06-25 09:00", "hdr"), rel="tomorrow",
         note="Confirms an agreed call shortly before it: 'morgen, 9:00' from the Date header (Thu 24 June, +02:00) is Friday 25 June 09:00.")

# --- declines: Björn (Köln), Dr. Wallner (Wien), Reto (Bern)
ask_then(KAT, KAT, BJO, "2027-06-28 09:00", "Nächste Woche telefonieren?",
         "Hallo Björn,\n\nwie besprochen: wollen wir nächste Woche telefonieren?\n\nKathrin",
         "2027-06-29 22:10",
         "Hallo Kathrin,\n\nsorry, dat wird nix nächste Woche. Bei uns ist Land unter, zwei Kollegen krank und die "
         "Zertifizierung steht vor der Tür. Lass uns nach meinem Urlaub schauen, et hätt noch immer jot jejange.\n\nBjörn", sig=False,
         kind="decline", enc="8bit",
         note="Cologne reply postponing 'after my holiday' with no new date: a postponement without a date is a decline.")
ask_then(KAT, KAT, HOF, "2027-04-26 09:40", "Ersuchen um ein Informationsgespräch",
         "Sehr geehrter Herr Dr. Wallner,\n\ndürfte ich Sie um ein kurzes Informationsgespräch bitten?\n\nHochachtungsvoll",
         "2027-04-29 10:05",
         "Sehr geehrte Frau Leitgeb,\n\nbesten Dank für Ihr Interesse an unserer Arbeit. Ich bedaure, Ihnen mitteilen "
         "zu müssen, dass ich aus dienstrechtlichen Gründen keine individuellen Informationsgespräche führen kann. "
         "Ich ersuche um Verständnis.\n\nMit freundlichen Grüßen",
         kind="decline",
         note="HTML-only Austrian civil-service Outlook reply refusing the meeting outright; the thanks for her interest is courtesy.")
ask_then(KAT, KAT, RET, "2027-05-03 13:00", "Kurzer Austausch?",
         "Hoi Reto,\n\nhast du im Mai mal eine halbe Stunde für mich?\n\nKathrin",
         "2027-05-04 21:33",
         "Hoi Kathrin\n\ndu, ich schaff's grad nöd. Isch extrem viel los mit dem Umzug vo de Praxis. Ich meld mi, "
         "wenn's ruhiger wird, versproche.\n\nReto",
         kind="decline", mobile=True,
         note="Swiss-German-tinged reply refusing May and only promising to get in touch later, no date: decline.")

# --- other
bulk("JobKompass Alarm", "noreply@jobkompass.example", "Europe/Berlin", KAT, "2027-04-12 06:15",
     "Neue Jobs für „Usability Research Medizintechnik“", KAT,
     "Hallo Kathrin,\n\nfür deinen Suchauftrag gibt es 4 neue Stellen.\n\nJunior UX Researcher (m/w/d) – Graz\n"
     "Human Factors Engineer – Wien\n\nSuchauftrag bearbeiten oder abbestellen.",
     "Automated job alert from a no-reply address: other.", L,
     headers=[("List-Unsubscribe", "<https://jobkompass.example/abmelden>")])
bulk("UX Stammtisch Graz", "stammtisch@ux-graz.example", "Europe/Vienna", KAT, "2027-05-20 12:00",
     "[ux-graz] Juni-Stammtisch: Barrierefreiheit in Medizin-Apps", KAT,
     "Liebe Leute,\n\nder nächste Stammtisch ist am Donnerstag, 17. Juni, um 19 Uhr im Kunsthauscafé. Anmeldung "
     "nicht nötig, einfach vorbeikommen.\n\nEuer Orga-Team",
     "Mailing-list announcement (List-Id) with a date and time for the whole list, not a meeting arranged with Kathrin: other.", L,
     headers=[("List-Id", "UX Stammtisch Graz <ux-graz.lists.example>"), ("Precedence", "list")])
