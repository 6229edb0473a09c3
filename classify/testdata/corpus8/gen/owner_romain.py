"""Romain Chabert, Lyon: sommelier to food-industry quality data. All mail in French."""

from c8 import Person, Thread, ask_then, bulk, hidden, send

L = "fr"
ROM = Person("Romain Chabert", "romain.chabert@canut-mail.example", "Europe/Paris", client="thunderbird", locale="fr",
             sig="Romain Chabert\nLyon, 4e")
CLA = Person("Claire Vasseur-Ducros", "c.vasseur@agroqualite.example", "Europe/Paris", client="outlook", locale="fr",
             sig="Claire Vasseur-Ducros\nDirectrice Qualité Données\nAgroQualité SAS, Paris 9e")
SEB = Person("Sébastien Dewulf", "sebastien.dewulf@brasseries-zenne.example", "Europe/Brussels", client="gmail",
             locale="fr", sig="Sébastien Dewulf\nBrasseries de la Zenne, Anderlecht")
ANN = Person("Anne-Laure Python", "annelaure.python@fromagerie-leman.example", "Europe/Zurich", client="outlook",
             locale="fr", sig="Anne-Laure Python\nResponsable assurance qualité\nFromagerie du Léman SA, Nyon")
MAX = Person("Maxime Tremblay-Gagnon", "max.tg@erabliere-data.example", "America/Toronto", client="gmail",
             locale="fr", sig="Max")
GEN = Person("Ginette Bouchard", "gbouchard@coop-laitiere-qc.example", "America/Toronto", client="iphone",
             locale="fr")
AWA = Person("Awa Diop Ndiaye", "awa.diop@sahel-agro.example", "Africa/Dakar", client="gmail", locale="fr",
             sig="Awa Diop Ndiaye\nCheffe de projet traçabilité\nSahel Agro, Dakar")
KOF = Person("Koffi Yao N'Guessan", "k.nguessan@cacao-lagunes.example", "Africa/Abidjan", client="outlook_html",
             locale="fr", sig="Koffi Yao N'Guessan\nDirecteur des Ressources Humaines\nCacao des Lagunes, Abidjan")

# --- Sébastien (Bruxelles): cold ask, answer with options, later his thanks
t_seb = Thread(ROM, "Reconversion : de la cave aux données qualité")
t_seb.send(ROM, [SEB], "2026-11-09 09:30",
           "Bonjour Monsieur Dewulf,\n\nJe suis sommelier à Lyon depuis douze ans et je me reconvertis vers la "
           "qualité des données dans l'agroalimentaire. Votre parcours, de la brasserie au pilotage qualité, "
           "ressemble beaucoup à ce que j'essaie de faire.\n\nAuriez-vous une vingtaine de minutes dans les "
           "semaines à venir pour en discuter par visio ?\n\nBien cordialement,",
           kind="request", lang=L, enc="8bit",
           note="Cold ask for a twenty-minute video call; no time is proposed.")
t_seb.reply(SEB, [ROM], "2026-11-10 12:14",
            "Bonjour Romain,\n\nAvec plaisir, on peut se tutoyer, hein. Je sais mardi 17 ou mercredi 18 sur le "
            "temps de midi, ou alors le jeudi après septante-cinq réunions de budget, si tu as encore la force "
            "de m'écouter à 18 h. Dis-moi ce qui t'arrange.\n\nÀ tantôt,",
            kind="request", lang=L,
            note="Belgian reply ('je sais' for 'je peux', 'septante', 'à tantôt') offering three candidate slots without fixing one: request.")

# --- Claire (Paris): nudge, decline; then much later midi confirmation? no: separate
t_cla = Thread(ROM, "Échange sur les métiers de la qualité des données")
t_cla.msgs.append(hidden(send(ROM, [CLA], "2026-11-03 10:00", "Échange sur les métiers de la qualité des données",
    "Madame,\n\nSur les conseils de Nadia Benali, je me permets de vous solliciter pour un bref échange sur "
    "votre métier.\n\nBien respectueusement,", ROM, kind="request", note="(quoted only)", lang=L)))
t_cla.reply(ROM, [CLA], "2026-11-16 08:55",
            "Madame,\n\nJe me permets de relancer mon message ci-dessous, au cas où il se serait perdu dans votre "
            "boîte. Un échange de vingt minutes, à la date qui vous conviendra, me serait précieux.\n\nBien "
            "respectueusement,",
            kind="request", lang=L, charset="iso-8859-1",
            note="Polite nudge ('je me permets de relancer') on an earlier unanswered ask that is quoted below: request.")
t_cla.reply(CLA, [ROM], "2026-11-17 19:02",
            "Bonjour Monsieur Chabert,\n\nMerci pour votre relance et pardon pour le délai. Je suis sous l'eau "
            "jusqu'à fin janvier avec un audit client ; recontactez-moi début février et nous verrons ce qui est "
            "possible.\n\nBien à vous,",
            kind="decline", lang=L, charset="windows-1252",
            note="Postpones to 'début février' with no date ('nous verrons'): a postponement without a new date is a decline.")

# --- Nadia? No: Paris lunch with Hélène via Outlook, midi
HEL = Person("Hélène Marchand", "helene.marchand@cuisines-centrales.example", "Europe/Paris", client="outlook",
             locale="fr", sig="Hélène Marchand\nResponsable Données Qualité\nCuisines Centrales de France")
ask_then(ROM, ROM, HEL, "2026-11-12 17:45", "Déjeuner la semaine prochaine ?",
         "Chère Hélène,\n\nJe serai à Paris jeudi et vendredi prochains. Un déjeuner jeudi vous irait-il ?\n\nRomain",
         "2026-11-13 09:20",
         "Cher Romain,\n\nAvec grand plaisir. Je vous confirme notre déjeuner jeudi 19 novembre à midi, chez "
         "Lucien, rue des Martyrs. J'ai réservé au nom de Marchand.\n\nÀ jeudi,",
         kind="confirmation", meet=("2026-11-19 12:00", "hdr"), wd="Thu",
         note="Fixes a lunch: 'jeudi 19 novembre à midi' (12:00), no zone named, so the Date header's +01:00 (Paris, winter time) applies.")
send(ROM, [HEL], "2026-11-20 08:10", "Merci pour hier",
     "Chère Hélène,\n\nMerci infiniment pour le déjeuner d'hier et pour votre franchise sur les premiers mois "
     "dans le métier. Je garde précieusement vos conseils sur les certifications et je vais regarder la "
     "formation du CNAM dont vous m'avez parlé.\n\nTrès cordialement,",
     ROM, kind="thank_you", lang=L, enc="8bit", note="Thanks Hélène for the lunch of the day before and what she said; nothing new is asked.")
send(ROM, [HEL], "2027-01-11 18:30", "Petite nouvelle",
     "Chère Hélène,\n\nPetite nouvelle depuis notre déjeuner : j'ai rencontré Nadia Benali, que vous m'aviez "
     "présentée, et elle me prend en stage de trois mois à partir de mars chez AgroQualité. Je voulais que vous "
     "le sachiez en premier.\n\nBonne année et encore merci,",
     ROM, kind="update", lang=L, enc="8bit", note="News since the last exchange (a referral she made led to an internship); 'encore merci' is a courtesy closing.")

# --- Anne-Laure (Nyon): proposal, Romain's day-only acceptance, then her cancellation
AL_ASK = ("Bonjour Monsieur Chabert,\n\nVolontiers pour un échange. Est-ce que jeudi 10 décembre à 14 h 30 vous "
          "conviendrait ? Je vous appellerai sur votre portable.\n\nMeilleures salutations,")
t_al = Thread(ROM, "Appel au sujet de l'assurance qualité laitière")
t_al.msgs.append(hidden(send(ANN, [ROM], "2026-12-02 16:05", "Appel au sujet de l'assurance qualité laitière",
                             AL_ASK, ROM, kind="request", note="(quoted only)", lang=L)))
t_al.reply(ROM, [ANN], "2026-12-02 21:40",
           "Madame Python,\n\nVa pour jeudi, parfait. Mon numéro est dans la signature.\n\nBelle soirée,",
           kind="confirmation", lang=L, enc="8bit", meet=("2026-12-10 14:30", "hdr"), wd="Thu",
           note="Day-only acceptance ('va pour jeudi'): the time is in the quoted proposal, jeudi 10 décembre à 14 h 30, no zone; Nyon and Lyon share +01:00, the Date header's offset.")
t_al.reply(ANN, [ROM], "2026-12-08 07:48",
           "Bonjour Monsieur Chabert,\n\nJe suis navrée, mais je dois annuler notre appel de jeudi : nous avons un "
           "contrôle cantonal qui tombe en plein dessus. Je reviens vers vous dès que j'y verrai plus clair, "
           "probablement après les Fêtes.\n\nAvec mes excuses et mes meilleures salutations,",
           kind="decline", lang=L,
           note="Cancels the agreed Thursday call and only says she will come back 'after the holidays': no new date, so decline.")

# --- Max (Montréal): confirms Tuesday 10 h heure de l'Est, thanks, update
MAX_ASK = "Salut Max,\n\nMerci pour ta réponse! Tu m'as proposé mardi ou mercredi matin, heure de l'Est. Je prends ce qui t'arrange.\n\nRomain"
t_max = Thread(ROM, "Jasette sur la qualité dans l'érable")
t_max.msgs.append(hidden(send(ROM, [MAX], "2026-11-25 15:10", "Jasette sur la qualité dans l'érable", MAX_ASK, ROM,
                              kind="request", note="(quoted only)", lang=L)))
t_max.reply(MAX, [ROM], "2026-11-26 11:32",
            "Salut Romain!\n\nÇa me botte. On se capte mardi à 10 h, heure de l'Est (16 h chez vous autres). Je "
            "t'envoie le lien Teams tantôt.\n\nBonne journée là,",
            kind="confirmation", lang=L, meet=("2026-12-01 10:00", "America/Toronto"), wd="Tue", rel="weekday",
            note="Québec French ('ça me botte', 'on se capte') fixing one slot: bare 'mardi' is the next Tuesday after the Thursday 26 Nov Date, 10:00 'heure de l'Est' = -05:00 (EST).")
send(ROM, [MAX], "2026-12-01 17:05", "Merci pour tantôt",
     "Salut Max,\n\nUn gros merci pour l'appel de ce matin (chez toi) ! L'histoire du lot de sirop rappelé à "
     "cause d'un capteur mal calibré, je vais la raconter longtemps. Et merci pour le lien vers le guide de "
     "l'ACIA.\n\nRomain",
     ROM, kind="thank_you", lang=L, enc="8bit", note="Thanks Max for the call that happened earlier that day; a concrete past conversation.")
send(ROM, [MAX], "2027-02-08 20:15", "J'ai décroché le poste !",
     "Salut Max,\n\nJe voulais te dire que j'ai décroché un poste d'analyste qualité données chez AgroQualité, "
     "après mon stage. Ton conseil de parler de la cave comme d'un système de contrôle qualité a fait mouche en "
     "entretien.\n\nÀ la prochaine,",
     ROM, kind="update", lang=L, enc="8bit", note="Result news to an existing contact (he got the job); no ask, no meeting.")
ask_then(ROM, ROM, GEN, "2026-12-03 14:00", "Un café virtuel cet hiver ?",
         "Bonjour Madame Bouchard,\n\nMax Tremblay-Gagnon m'a suggéré de vous écrire. Auriez-vous un moment cet hiver ?",
         "2026-12-04 19:26",
         "Bonjour Romain, merci de penser à moi. Pantoute le temps cet hiver, je suis dans le jus avec la "
         "fusion des deux coops. Pas cette saison, désolée. Bonne chance là!",
         kind="decline", mobile=True,
         note="Québec iPhone reply refusing outright ('pas cette saison'), with no date offered: decline.")

# --- Awa (Dakar): 16h00 heure de Dakar, update
ask_then(ROM, ROM, AWA, "2027-01-06 10:20", "Traçabilité arachide : un échange ?",
         "Bonjour Madame Diop Ndiaye,\n\nSeriez-vous disponible la semaine prochaine pour un appel ?",
         "2027-01-07 11:45",
         "Bonjour Romain,\n\nBonne année à vous ! C'est calé : jeudi 14 janvier, 16h00 heure de Dakar, soit 17h00 "
         "chez vous. Je vous envoie le lien Zoom la veille.\n\nOn est ensemble,",
         kind="confirmation", meet=("2027-01-14 16:00", "Africa/Dakar"), wd="Thu",
         note="Fixes the call in a 24-hour clock with a named zone: 16h00 'heure de Dakar' (UTC+00:00, no DST); the restated 17h00 Lyon time is the same instant.")
send(AWA, [ROM], "2027-02-03 09:40", "Des nouvelles de Dakar",
     "Bonjour Romain,\n\nJe voulais vous informer que notre pilote de traçabilité a démarré lundi avec trois "
     "coopératives de Kaolack. Le tableau de bord dont nous avions parlé est en ligne, et la FAO s'y intéresse "
     "déjà.\n\nOn est ensemble,",
     ROM, kind="update", lang=L, note="News since their call (the pilot started, the dashboard is live); nothing is asked or fixed.")
send(KOF, [ROM], "2027-01-20 15:00", "Votre demande d'entretien",
     "Monsieur Chabert,\n\nNous accusons bonne réception de votre courrier et vous remercions de l'intérêt "
     "porté à Cacao des Lagunes. Je suis au regret de ne pouvoir donner une suite favorable à votre demande "
     "d'entretien : nos équipes sont mobilisées sur la campagne intermédiaire.\n\nVeuillez agréer, Monsieur, "
     "l'expression de mes salutations distinguées.",
     ROM, kind="decline", lang=L, note="HTML-only Outlook letter from Abidjan refusing the requested interview; the thanks for his interest is courtesy.")
send(SEB, [ROM], "2027-02-15 13:05", "Merci pour la mise en contact !",
     "Salut Romain,\n\nUn grand merci pour la mise en contact avec Hélène Marchand. On s'est vus jeudi à Paris "
     "et elle va nous aider sur l'audit de nos fûts. Tu me dois rien, c'est moi qui te dois une Zinnebir.\n\n"
     "À tantôt,",
     ROM, kind="thank_you", lang=L, note="Thanks Romain for an introduction that already led to a meeting; the beer joke is courtesy.")

# --- other
bulk("Emploi Tremplin", "ne-pas-repondre@emploi-tremplin.example", "Europe/Paris", ROM, "2026-11-23 06:30",
     "3 nouvelles offres : Analyste qualité données (Lyon)", ROM,
     "Bonjour Romain,\n\n3 nouvelles offres correspondent à votre alerte « Qualité données – Lyon ».\n\n"
     "Analyste qualité données – Villeurbanne\nChargé de traçabilité – Vénissieux\n\nGérer mes alertes · "
     "Se désabonner",
     "Automated job alert from a no-reply address: other.", L,
     headers=[("List-Unsubscribe", "<https://emploi-tremplin.example/desabo>")])
send(Person("Hélène Marchand", "helene.marchand@cuisines-centrales.example", "Europe/Paris", client="outlook",
            locale="fr"), [ROM], "2026-12-21 09:00", "Réponse automatique : Question formation CNAM",
     "Bonjour,\n\nJe suis absente du 21 décembre au 4 janvier inclus. Pour toute urgence, merci de contacter "
     "qualite@cuisines-centrales.example.\n\nCordialement,\nHélène Marchand",
     ROM, kind="other", lang=L, sig=False, headers=[("Auto-Submitted", "auto-replied")],
     note="Out-of-office auto-reply with return dates; automated mail is other.")
bulk("TGV Voyages", "confirmation@tgv-voyages.example", "Europe/Paris", ROM, "2026-11-14 10:02",
     "Votre billet Lyon Part-Dieu → Paris Gare de Lyon", ROM,
     "Bonjour Romain Chabert,\n\nMerci pour votre réservation. Jeudi 19 novembre 2026, départ 08:04 de Lyon "
     "Part-Dieu, arrivée 10:00 à Paris Gare de Lyon. Voiture 14, place 62.\n\nBon voyage !",
     "Automated ticket receipt from a booking service; the train time is not a meeting and the thanks is for a purchase.", L,
     fmt="html")
