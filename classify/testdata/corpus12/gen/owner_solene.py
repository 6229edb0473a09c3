"""Solène Marchand, Marseille: museum registrar moving to digital-culture project
management. Apple Mail in French; September and October 2026 (CEST, +02:00)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from c12 import Person, answer, autoreply, bulk, ics, send

PAR, BRU, ZRH, MTL, DKR, CAS = ("Europe/Paris", "Europe/Brussels", "Europe/Zurich", "America/Toronto",
                                "Africa/Dakar", "Africa/Casablanca")
O = Person("Solène Marchand", "solene.marchand@calanque-mail.example", PAR, client="apple", locale="fr",
           sig="Solène Marchand\nRégisseuse des collections — Marseille\n06 71 42 18 90")
P = lambda n, e, z, c="gmail", s="": Person(n, e, z, client=c, locale="fr", sig=s)  # noqa: E731

marion = P("Marion Lefebvre", "marion.lefebvre@patrimoine-num.example", PAR)
gabrielle = P("Gabrielle Tremblay-Roy", "gabrielle.tremblayroy@mtl-culture.example", MTL, "outlook",
              "Gabrielle Tremblay-Roy\nChargée de projets numériques")
youssef = P("Youssef Benjelloun", "y.benjelloun@atlas-studio.example", CAS)
thibaut = P("Thibaut Vandenberghe", "thibaut.vdb@brusselsmuse.example", BRU)
aminata = P("Aminata Diop", "aminata.diop@teranga-numerique.example", DKR)
nicolas = P("Nicolas Perret", "nicolas.perret@lemanlab.example", ZRH, "outlook", "Nicolas Perret\nLémanLab, Lausanne")
sophie = P("Sophie Lambert", "s.lambert@meuse-patrimoine.example", BRU, "outlook",
           "Sophie Lambert\nResponsable des publics | Meuse Patrimoine")
jf = P("Jean-François Gagnon", "jf.gagnon@quebec-musees.example", MTL, "outlook", "Jean-François Gagnon")
claire = P("Claire Rousseau", "claire.rousseau@lyon-expo.example", PAR)
helene = P("Hélène Mercier", "helene.mercier@garonne-arts.example", PAR, "outlook",
           "Hélène Mercier\nDirectrice adjointe")
karim = P("Karim El Idrissi", "karim.elidrissi@rabat-digital.example", CAS, "outlook", "Karim El Idrissi")
laurent = P("Laurent Bachmann", "laurent.bachmann@geneve-collections.example", ZRH, "outlook",
            "Laurent Bachmann\nConservateur")
mathis = P("Mathis Girard", "mathis.girard@etu-lille.example", PAR)
delphine = P("Delphine Aubert", "delphine.aubert@louvre-lab.example", PAR)
ibrahima = P("Ibrahima Fall", "ibrahima.fall@thies-mail.example", DKR, "outlook")
emilie = P("Émilie Vandamme", "emilie.vandamme@tournai-mail.example", BRU)
maxime = P("Maxime Côté", "maxime.cote@capitale-qc.example", MTL, "outlook_html", "Maxime Côté")
pauline = P("Pauline Garnier", "pauline.garnier@vieuxport-asso.example", PAR)
salma = P("Salma Tazi", "salma.tazi@menara-mail.example", CAS, "thunderbird")
olivier = P("Olivier Rey", "olivier.rey@leman-mail.example", ZRH)
arnaud = P("Arnaud Dubois", "arnaud.dubois@namur-culture.example", BRU, "outlook", "Arnaud Dubois")
veronique = P("Véronique Bertin", "veronique.bertin@mucem-partenaires.example", PAR, "outlook")

# ---- requests
send(O, marion, "2026-09-01 09:15", "Votre parcours vers le numérique patrimonial",
     "Bonjour Madame Lefebvre,\n\nJ'ai lu votre entretien dans La Lettre de l'OCIM et je me reconnais beaucoup dans votre "
     "parcours : je suis régisseuse au musée depuis neuf ans et je souhaite m'orienter vers la gestion de projets numériques.\n\n"
     "Accepteriez-vous de m'accorder une vingtaine de minutes, par téléphone ou en visio, dans les semaines qui viennent ? "
     "Je m'adapterai à vos disponibilités.\n\nBien cordialement,", O, kind="request",
     note="A cold, formal ask for twenty minutes in the coming weeks with no date fixed: request.")

answer(O, O, gabrielle, "2026-09-03 15:00", "Question sur ton parcours à Montréal",
       "Bonjour Gabrielle,\n\nMarion m'a parlé de toi. Aurais-tu une demi-heure pour qu'on discute de ton passage au numérique ?\n\nSolène",
       "2026-09-03 11:40",
       "Allô Solène!\n\nAvec plaisir, ça va me faire du bien de jaser d'autre chose que de subventions. Je pourrais mardi le 15 "
       "en fin de journée, ou jeudi le 17 sur l'heure du dîner, heure de Montréal. Dis-moi ce qui t'arrange le mieux avec le "
       "décalage et on s'organise.\n\nAu plaisir,",
       kind="request", lang="fr",
       note="Answers Solène's ask with two candidate windows (Tue 15 late afternoon, Thu 17 at lunch) and fixes neither: request.")

send(youssef, O, "2026-09-08 21:05", "Échange sur la médiation numérique",
     "Salam Solène,\n\nOn s'est croisés à Arles cet été, au stand des Rencontres (je suis celui qui parlait des audioguides en "
     "darija). Je monte un petit studio à Casablanca et j'aimerais beaucoup avoir ton regard côté musée. Est-ce que tu aurais "
     "un moment pour un appel, quand ça te convient ?\n\nBien à toi,\nYoussef",
     O, kind="request", lang="fr", sig=False,
     note="Youssef asks Solène for a call at a time of her choosing: request.")

answer(O, O, thibaut, "2026-09-02 10:20", "Un échange sur BrusselsMuse ?",
       "Bonjour Thibaut,\n\nSerait-il possible d'échanger une demi-heure sur votre travail chez BrusselsMuse ?\n\nBien cordialement,",
       "2026-09-14 08:47",
       "Bonjour Thibaut,\n\nJe me permets de revenir vers vous au sujet de mon message ci-dessous, au cas où il se serait perdu "
       "avec la rentrée. Un court appel me serait précieux, au moment qui vous conviendra.\n\nBien cordialement,",
       kind="request", lang="fr",
       note="Solène follows up on her own unanswered ask (quoted): a nudge is a request.")

# ---- confirmations
answer(O, O, aminata, "2026-09-15 10:00", "Visio Teranga Numérique",
       "Bonjour Aminata,\n\nMerci pour ta réponse ! Est-ce que le jeudi 24 septembre à 14h heure de Dakar t'irait, ou plutôt le vendredi ?\n\nSolène",
       "2026-09-15 12:31",
       "Bonjour grande sœur,\n\nParfait pour moi, on dit jeudi 24 septembre à 14h, heure de Dakar. Je t'envoie le lien Zoom "
       "la veille. On est ensemble !\n\nAminata",
       kind="confirmation", lang="fr", meet=("2026-09-24 14:00", DKR), wd="Thu", sig=False,
       note="Accepts the quoted slot and restates it with a named zone ('14h, heure de Dakar'): confirmation, 14:00 +00:00; the Friday alternative is only in the quote.")

answer(O, nicolas, O, "2026-09-24 17:30", "Rencontre à Lausanne",
       "Chère Madame Marchand,\n\nJe serai ravi d'échanger avec vous. Je vous propose mardi 29 septembre à 10h30, au café du "
       "Grancy, à deux pas de la gare de Lausanne.\n\nMeilleures salutations,",
       "2026-09-25 07:55",
       "Bonjour Monsieur Perret,\n\nMardi me convient tout à fait, j'y serai. Merci beaucoup !\n\nBien cordialement,",
       kind="confirmation", lang="fr", meet=("2026-09-29 10:30", "hdr"), wd="Tue", rel="weekday",
       note="Day-only acceptance ('Mardi me convient') of the single slot in the quoted proposal: confirmation, Tue 29 Sep at 10:30 at the Date header's +02:00.")

answer(O, O, sophie, "2026-09-28 09:00", "Visite des réserves",
       "Bonjour Madame Lambert,\n\nSerait-il possible de venir voir vos réserves début octobre ? Lundi 5 ou mardi 6 en après-midi ?\n\nBien à vous,",
       "2026-09-29 16:12",
       "Bonjour Madame Marchand,\n\nC'est noté pour lundi 5 octobre, 14h, dans nos bureaux de Liège (entrée par la cour, "
       "sonnez chez « Publics »). On vous attendra avec une bonne tasse de café, sans faute.\n\nAu plaisir,",
       kind="confirmation", lang="fr", meet=("2026-10-05 14:00", "hdr"), wd="Mon",
       note="Fixes one of the two offered days with a time ('lundi 5 octobre, 14h'): confirmation at the Date header's +02:00 (Brussels).")

_cal = ics("REQUEST", "Solène / Jean-François – numérique au musée", "2026-10-08 09:00", "2026-10-08 09:45", MTL, "win",
           jf, [jf, O], datetime(2026, 10, 1, 14, 20, tzinfo=ZoneInfo(MTL)), tzid="Eastern Standard Time",
           prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", location="Microsoft Teams")
send(jf, O, "2026-10-01 14:20", "Solène / Jean-François – numérique au musée",
     "Bonjour Solène,\n\nComme convenu au téléphone, je t'envoie l'invitation pour jeudi prochain, 9 h heure de l'Est. "
     "Le lien Teams est dans l'invitation.\n\nJean-François",
     O, kind="confirmation", lang="fr", meet=("2026-10-08 09:00", "America/New_York"), cal=_cal, sig=False,
     note="A person's Outlook invite (METHOD:REQUEST, Windows TZID Eastern Standard Time) for Thu 8 Oct 9:00: the DTSTART wins, confirmation at -04:00.")

send(O, claire, "2026-10-13 18:05", "Notre visio de demain",
     "Coucou Claire,\n\nJe te confirme notre visio de demain à 11h, je t'envoie le lien juste avant. Si jamais ton train a "
     "du retard, un SMS et on décale d'un quart d'heure.\n\nBises,", O, kind="confirmation", lang="fr",
     meet=("2026-10-14 11:00", "hdr"), wd="Wed", rel="tomorrow",
     note="Confirms an agreed call shortly before it ('demain à 11h'): confirmation, Wed 14 Oct 11:00 +02:00; the possible quarter-hour slip is hypothetical.")

# ---- declines
answer(O, O, helene, "2026-09-07 09:30", "Demande d'entretien",
       "Madame,\n\nAccepteriez-vous de m'accorder un entretien informel d'une demi-heure ?\n\nBien respectueusement,",
       "2026-09-10 18:40",
       "Chère Madame,\n\nJe vous remercie de votre message et de l'intérêt que vous portez à notre établissement. "
       "Je crains malheureusement de ne pouvoir donner suite : la préparation de notre exposition d'hiver mobilise toute "
       "l'équipe et je n'ai aucune disponibilité d'ici la fin de l'année.\n\nJe vous prie d'agréer mes salutations distinguées.",
       kind="decline", lang="fr",
       note="Declines the interview ('ne pouvoir donner suite'), no new date; the thanks for the interest is a courtesy: decline.")

answer(O, O, karim, "2026-09-16 11:00", "Appel de jeudi",
       "Bonjour Karim,\n\nJe me réjouis de notre appel de jeudi à 16h.\n\nSolène",
       "2026-09-16 20:14",
       "Bonjour Solène,\n\nMille excuses, je dois annuler notre appel de jeudi : on vient de me caler une mission à Fès et "
       "je ne connais pas encore mes horaires. Je reviens vers toi dès que j'y vois plus clair, inchallah.\n\nBien à toi,",
       kind="decline", lang="fr",
       note="Cancels the agreed Thursday call with no new date ('je reviens vers toi'): decline; the quoted 16h is the old slot.")

answer(O, O, laurent, "2026-09-21 08:45", "Demande de rencontre",
       "Monsieur,\n\nSeriez-vous disposé à me rencontrer lors de mon passage à Genève ?\n\nCordialement,",
       "2026-09-22 10:05",
       "Chère Madame,\n\nVotre démarche me touche, mais nous sommes en plein récolement et je ne vois pas comment dégager "
       "une heure avant longtemps. Reprenez volontiers contact au printemps prochain, la situation devrait être plus calme.\n\n"
       "Avec mes meilleures salutations,",
       kind="decline", lang="fr", charset="windows-1252",
       note="Postpones without a new date ('reprenez contact au printemps prochain'): decline (windows-1252).")

answer(O, mathis, O, "2026-10-06 22:30", "Demande de conseils pour mon mémoire",
       "Bonjour Madame,\n\nJe suis étudiant en master de muséologie à Lille. Pourriez-vous m'accorder un entretien pour mon mémoire ?\n\nCordialement,\nMathis Girard",
       "2026-10-07 09:10",
       "Bonjour Mathis,\n\nMerci pour votre message. Je suis en pleine transition professionnelle et je ne suis pas la bonne "
       "interlocutrice pour un mémoire sur la régie en ce moment : je préfère décliner. Le service des publics du musée "
       "pourra sûrement vous aider.\n\nBonne continuation,",
       kind="decline", lang="fr",
       note="Solène refuses the student's interview ('je préfère décliner'): decline, sent.")

# ---- thank-yous
send(O, delphine, "2026-09-11 13:10", "Merci pour ce matin",
     "Chère Delphine,\n\nUn grand merci pour le café de ce matin. Tes conseils sur la façon de présenter la régie comme de la "
     "gestion de projet m'ont vraiment débloquée, et je vais suivre ta piste des appels d'offres de la Réunion des musées.\n\n"
     "Belle fin de semaine !", O, kind="thank_you", lang="fr",
     note="Thanks Delphine for this morning's coffee and concrete advice: thank_you.")

send(ibrahima, O, "2026-09-18 19:22", "Merci pour vos conseils",
     "Bonsoir Madame Marchand,\n\nJe tenais à vous remercier sincèrement pour l'échange de mercredi. Vos conseils sur le "
     "dossier de candidature du musée des Civilisations noires m'ont été très précieux. Que Dieu vous le rende.\n\nRespectueusement,\nIbrahima Fall",
     O, kind="thank_you", lang="fr", sig=False, charset="windows-1252",
     note="Thanks Solène for Wednesday's conversation and advice: thank_you (windows-1252).")

answer(O, emilie, O, "2026-09-30 09:00", "Présentation : Solène <> Bruno Dierickx",
       "Bonjour à tous les deux,\n\nSolène, je te présente Bruno, qui pilote la numérisation au musée de Tournai. Bruno, Solène "
       "est la régisseuse dont je t'ai parlé. Je vous laisse voir ensemble.\n\nÉmilie",
       "2026-09-30 11:26",
       "Merci mille fois Émilie pour cette mise en relation, c'est adorable ! J'écris à Bruno de mon côté.\n\nBises,",
       kind="thank_you", lang="fr",
       note="Thanks Émilie for an introduction that already happened (quoted): thank_you.")

send(maxime, O, "2026-10-09 17:02", "Merci pour l'appel d'hier",
     "Bonjour Solène,\n\nMerci beaucoup pour ton temps hier. Ta façon de décrire le travail de régie m'a donné plein "
     "d'idées pour notre projet de musée virtuel. C'est vraiment apprécié.\n\nBonne fin de semaine,",
     O, kind="thank_you", lang="fr",
     note="HTML-only Outlook note thanking Solène for yesterday's call: thank_you.")

# ---- updates
send(O, pauline, "2026-10-02 19:40", "Des nouvelles après Arnaud",
     "Salut Pauline,\n\nPetit retour comme promis : j'ai vu ton ami Arnaud mardi à Namur. On a parlé presque deux heures, "
     "il m'a montré leurs outils d'inventaire et il va transmettre mon CV à leur responsable numérique. Rien de signé, "
     "mais je suis ravie.\n\nÀ très vite sur le Vieux-Port !", O, kind="update", lang="fr",
     note="Tells Pauline how the meeting she arranged went and what followed: update.")

send(salma, O, "2026-10-12 10:15", "Bonne nouvelle",
     "Bonjour Solène,\n\nJe voulais te dire que j'ai accepté le poste au musée Yves Saint Laurent de Marrakech, je commence "
     "le mois prochain. Merci encore pour tes encouragements au printemps.\n\nBien à toi,\nSalma",
     O, kind="update", lang="fr", sig=False, charset="iso-8859-1",
     note="Announces a result (she accepted the job); the closing 'merci encore' is a courtesy: update (ISO-8859-1).")

send(O, olivier, "2026-10-15 21:00", "Quelques nouvelles",
     "Bonsoir Olivier,\n\nJe te donne des nouvelles depuis notre dernier échange : j'ai été retenue pour la formation "
     "« chef de projet numérique » du CNAM, qui démarre en janvier, et j'ai commencé à documenter mes projets de "
     "récolement comme tu me l'avais suggéré.\n\nAmitiés,", O, kind="update", lang="fr",
     note="News since the last exchange (admitted to a training starting in January, not a meeting): update.")

send(arnaud, O, "2026-10-19 14:48", "Suite de votre candidature",
     "Bonjour Solène,\n\nPetit mot pour vous tenir au courant : le poste dont nous avions parlé a finalement été pourvu en "
     "interne. J'ai tout de même gardé votre CV sous le coude pour la prochaine ouverture.\n\nÀ bientôt,",
     O, kind="update", lang="fr",
     note="Personal note giving the result of the opening they discussed: update, not an automated rejection.")

# ---- other
bulk("Musées Connectés", "lettre@musees-connectes.example", PAR, O, "2026-09-09 07:30",
     "La lettre de septembre : IA et collections, appels à projets", O,
     "Chères lectrices, chers lecteurs,\n\nAu sommaire ce mois-ci : l'IA au service de l'inventaire, trois appels à projets, "
     "et notre webinaire du mardi 22 septembre à 11h.\n\nSe désinscrire",
     headers=[("List-Unsubscribe", "<https://musees-connectes.example/desinscription>"), ("Precedence", "list")],
     note="Newsletter to a list; the webinar time is for every reader, not a meeting with Solène: other.")

autoreply(veronique, O, "2026-09-23 08:02", "Réponse automatique : Partenariat numérique",
          "Bonjour,\n\nJe suis absente jusqu'au lundi 5 octobre inclus. En cas d'urgence, merci de contacter "
          "partenariats@mucem-partenaires.example.\n\nCordialement,\nVéronique Bertin", O, lang="fr",
          note="Out-of-office auto-reply (Auto-Submitted): other; the return date is not a meeting.")

bulk("Agenda Rendez-vous", "no-reply@agenda-rdv.example", PAR, O, "2026-10-20 06:00",
     "Rappel : votre rendez-vous demain à 9h30", O,
     "Bonjour Solène Marchand,\n\nNous vous rappelons votre rendez-vous « Bilan de compétences » demain à 9h30 au centre "
     "de la rue Paradis.\n\nPour annuler, utilisez le lien ci-dessous.\n\nCeci est un message automatique, merci de ne pas y répondre.",
     fmt="html", note="A booking service's automatic reminder from a no-reply sender (HTML only): service notifications are other.")
