"""Oluwaseun (Seun) Bankole, Lagos (WAT, +01:00, no DST): transaction banker moving into fintech product.

Outlook desktop with an English (Nigeria) interface, iPhone now and then.
Contacts in New York, Paris (French, Outlook), Montréal (Québec French),
London, Nairobi, and a French job platform.
"""

from c4 import Person, Thread, answer, bulk, from_charset, hidden, invite, pdf, send, subject_b64  # noqa: F401

O = seun = Person("Oluwaseun Bankole", "oluwaseun.bankole@bankole-o.example", "Africa/Lagos", client="outlook",
                  locale="en-NG",
                  sig="Oluwaseun Bankole\nRelationship Manager, Transaction Banking\nLagos, Nigeria | +234 803 555 0119")
danielle = Person("Danielle Whitaker", "dwhitaker@ledgerline.example", "America/New_York", client="gmail",
                  locale="en-US", sig="Danielle Whitaker\nVP Product, Ledgerline")
helene = Person("Hélène Marchetti", "h.marchetti@payeo.example", "Europe/Paris", client="outlook", locale="fr",
                sig="Hélène Marchetti\nDirectrice Produit Paiements\nPayéo SAS · 18 rue de Londres, 75009 Paris\n+33 1 55 55 01 64",
                legal="Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires "
                      "et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir "
                      "immédiatement l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute "
                      "diffusion ou toute publication, totale ou partielle, est interdite.")
maxime = Person("Maxime Gagnon-Roy", "maxime@fluxpaie.example", "America/Toronto", client="gmail", locale="fr-CA",
                sig="Maxime Gagnon-Roy\nGestionnaire de produit, FluxPaie\nMontréal (Québec)")
annie = Person("Annie-Claude Gauthier", "acgauthier@fluxpaie.example", "America/Toronto", client="outlook",
               locale="fr-CA", sig="Annie-Claude Gauthier\nVice-présidente, Produit | FluxPaie\n1250, boul. René-Lévesque O., Montréal (Québec)")
oliver = Person("Oliver Tremayne", "oliver@tremayne-ventures.example", "Europe/London", client="apple", locale="en-GB",
                sig="Oliver Tremayne | Partner, Tremayne Ventures | London EC2")
wanjiru = Person("Wanjiru Kamau", "wanjiru.kamau@mpesaflow.example", "Africa/Nairobi", client="gmail", locale="en-KE",
                 sig="Wanjiru Kamau\nHead of Product, Merchant Payments\nNairobi")

# ---------------------------------------------------------------- Danielle, New York

cv = pdf("Oluwaseun Bankole - CV", ["Relationship Manager, Transaction Banking, Lagos (2018-)",
                                    "Cash management, trade finance, API onboarding for corporate clients",
                                    "BSc Economics, University of Lagos; Product School certificate (2025)"])
t = Thread(O, "Corporate banker -> payments product: 20 minutes of your time?")
t.send(seun, [danielle], "2026-01-20 15:05", """Dear Danielle,

I read your Medium piece on building Ledgerline's treasury API for mid-market companies, and it described almost exactly the problems my corporate clients in Lagos bring to me every week.

I have spent eight years in transaction banking and I am now preparing to move into payments product management. Would you be open to a 20-minute call at a time that suits you? I have attached my CV for context, but I promise this is a request for advice, not for a job.

Kind regards,""", kind="request", attach=[("CV_Oluwaseun_Bankole.pdf", "application/pdf", cv)],
       note="Cold ask for a 20-minute call with a PDF CV attached (multipart/mixed from Outlook); 'not for a job' frames it as advice, it is still a meeting request.")
t.reply(danielle, seun, "2026-01-22 07:45", """Hi Oluwaseun,

Happy to, though February is wall-to-wall board prep for me. Let's do Tuesday 3/10 at 9am ET, I'll send a Zoom link the day before. No need to prep anything, just bring your questions.

Danielle""", kind="confirmation", meet=("2026-03-10 09:00", "America/New_York"), wd="Tue",
        note="Fixes 'Tuesday 3/10 at 9am ET' on her own: a US month/day date (10 March, not 3 October); ET is named and 10 March is two days after the US switch, so -04:00 although the Date header is -0500.")
t.reply(seun, danielle, "2026-03-10 16:30", """Dear Danielle,

Thank you for this morning's call. Your point that bankers already understand reconciliation better than most product teams, and that I should lead with it, changed how I am writing my CV. I am also reading the Stripe Press book you recommended.

Many thanks again,""", kind="thank_you",
        note="Thanks for the call that happened that day (her morning); the changed CV and the book are what was useful. Outlook quoting below carries the confirmation.")
m = send(danielle, [seun], "2026-03-24 12:10", "APM role at Ledgerline", """Hi Oluwaseun,

Thought you'd want to know: the associate PM role on our treasury team is now open (remote, EMEA hours welcome). I flagged your profile to the hiring manager, Raj Iyer, and told him about our conversation.

Danielle""", O, kind="update",
         note="Reports news since the call (a role opened, his profile was passed on); no ask, no date.")
t = Thread(O, "APM role at Ledgerline")
t.msgs.append(m)
t.reply(seun, danielle, "2026-03-25 09:20", """Dear Danielle,

Thank you so much for flagging me to Raj. That is more than I hoped for. I applied this morning through the careers page and mentioned your name in the cover letter.

Best regards,""", kind="thank_you",
        note="Thanks for concrete help (the referral to the hiring manager) and reports that he applied; thank_you outranks update.")

# ---------------------------------------------------------------- Hélène, Paris (French, formal)

t = Thread(O, "Demande d'échange - paiements B2B en Afrique de l'Ouest")
t.msgs.append(hidden(t.send(seun, [helene], "2026-02-09 11:00", """Madame,

Je me permets de vous contacter après avoir lu votre interview dans Les Echos sur l'expansion de Payéo en Afrique de l'Ouest. Banquier à Lagos depuis huit ans, je souhaite évoluer vers la gestion de produit dans les paiements.

Seriez-vous disponible pour un échange de 20 minutes dans les prochaines semaines ?

Je vous prie d'agréer, Madame, mes salutations distinguées.""", kind="request", lang="fr", note="(quoted only)")))
m = t.reply(helene, seun, "2026-02-10 09:35", """Bonjour Monsieur Bankole,

Merci pour votre message, qui m’a fait très plaisir. Je serais ravie d’échanger avec vous.

Je peux vous proposer deux créneaux : jeudi 19 février à 11h ou vendredi 20 février à 14h30 (heure de Paris). Dites-moi ce qui vous convient le mieux.

Bien cordialement,""", kind="request", lang="fr", charset="windows-1252", enc="8bit",
        note="[fr] Answers the ask with two candidate slots (jeudi 19 février 11h, vendredi 20 février 14h30) and lets him choose: a request, nothing fixed yet. windows-1252 8bit with curly apostrophes, From name and subject encoded in windows-1252, French legal footer.")
from_charset(m, "windows-1252")
t.reply(seun, helene, "2026-02-10 13:10", """Bonjour Madame Marchetti,

Merci beaucoup pour votre réponse rapide. Va pour le vendredi 20 février à 14h30, heure de Paris. J'attendrai votre lien Teams.

Bien cordialement,""", kind="confirmation", lang="fr", meet=("2026-02-20 14:30", "Europe/Paris"), wd="Fri",
        note="[fr] 'Va pour le vendredi 20 février à 14h30, heure de Paris' picks one of the two offered slots; Paris named (+01:00, same as Lagos in February). The other slot (jeudi 19, 11h) is only in the Outlook quote.")
t.reply(helene, seun, "2026-02-19 21:50", """Bonjour Monsieur Bankole,

Je suis vraiment désolée, mais je dois annuler notre échange de demain : nous sommes en pleine clôture et je n’aurai pas une minute à moi. Je ne peux malheureusement pas vous proposer de nouvelle date pour le moment.

Avec toutes mes excuses,
Hélène Marchetti""", mobile=True, sig=False, legal=False, kind="decline", lang="fr",
        note="[fr] Cancels 'notre échange de demain' and explicitly offers no new date: decline. Sent from an iPhone ('Envoyé de mon iPhone'); the quoted confirmation still holds vendredi 20 février 14h30.")
t.reply(seun, helene, "2026-04-14 10:25", """Bonjour Madame Marchetti,

J'espère que la clôture s'est bien passée. Je me permets de revenir vers vous au sujet de notre échange : auriez-vous un moment en mai ? Je reste très flexible.

Bien cordialement,""", kind="request", lang="fr",
        note="[fr] A nudge ('je me permets de revenir vers vous') on the cancelled exchange asking for a moment in May: request; the month is a window, not a date.")
m = t.reply(helene, seun, "2026-04-16 18:05", """Bonjour Monsieur Bankole,

Merci de votre patience ! C’est noté pour le mardi 5 mai à 10h, heure de Paris. Je vous envoie l’invitation Teams dans la foulée.

Bien cordialement,""", kind="confirmation", lang="fr", fmt="html", client="outlook_html",
            meet=("2026-05-05 10:00", "Europe/Paris"), wd="Tue",
            note="[fr] HTML-only Outlook reply that fixes 'mardi 5 mai à 10h, heure de Paris' and carries a text/calendar REQUEST with TZID 'Romance Standard Time' (Windows name for Paris): +02:00 in May; the invite and text agree.")
m.cal = invite("REQUEST", "Échange Oluwaseun Bankole / Hélène Marchetti", "2026-05-05 10:00", "2026-05-05 10:30",
               "Europe/Paris", "win", helene, [helene, seun], "2026-04-16 18:05", tzid="Romance Standard Time",
               prodid="Microsoft Exchange Server 2010", location="Réunion Microsoft Teams")
m.cal_method = "REQUEST"
t.reply(seun, helene, "2026-05-05 11:40", """Bonjour Madame Marchetti,

Merci infiniment pour le temps que vous m'avez accordé ce matin. Vos explications sur la conformité des agréments de paiement dans l'UEMOA m'ont ouvert les yeux, et je vais suivre votre conseil de contacter l'équipe de Dakar.

Je vous prie d'agréer mes salutations les plus respectueuses.""", kind="thank_you", lang="fr",
        note="[fr] Thanks for the call that morning and says what was useful; contacting another team later is his own plan, not an ask.")

# ---------------------------------------------------------------- Maxime and Annie-Claude, Montréal

t = Thread(O, "Salut de Lagos!")
t.msgs.append(hidden(t.send(seun, [maxime], "2026-06-08 14:00", """Salut Maxime,

Kemi m'a donné ton adresse. Je suis banquier à Lagos et je veux passer à la gestion de produit. Aurais-tu 30 minutes pour un appel un de ces jours ?

Seun""", sig=False, kind="request", lang="fr", note="(quoted only)")))
t.reply(maxime, seun, "2026-06-09 08:20", """Salut Seun!

Ben oui, ça me fait plaisir. Go pour mardi la semaine prochaine, le 16, à midi heure de Montréal. Je t'envoie une invitation Google Meet tantôt. Pis si jamais t'as un empêchement, fais-moi signe.

À+
Max""", kind="confirmation", lang="fr", meet=("2026-06-16 12:00", "America/Toronto"), wd="Tue", rel="next_week",
        note="[fr] Québec French ('Go pour mardi la semaine prochaine, le 16, à midi heure de Montréal', 'tantôt', 'Pis'): fixes the call; 'la semaine prochaine' from a Tuesday with the day fixed is Tue 16 June, 'midi' is 12:00, and Montréal is named, so Eastern daylight time -04:00.")
t.reply(maxime, seun, "2026-06-25 16:45", """Salut Seun,

Petite mise à jour : j'ai parlé de toi à Annie-Claude, notre VP produit, et elle a vraiment aimé ton histoire de virements en lot pour les exportateurs de cacao. Elle va probablement t'écrire directement. Je ne te promets rien, mais c'est bon signe!

Max""", kind="update", lang="fr",
        note="[fr] News since the call (he told the VP about Seun, she may write); 'elle va t'écrire' is not an ask or a date.")
send(annie, [seun], "2026-07-06 17:30", "Notre appel de jeudi", """Bonjour Oluwaseun,

Maxime m'a beaucoup parlé de vous et je me réjouissais de notre appel de jeudi.

Malheureusement, je dois le remettre à plus tard : nous sommes en pleine réorganisation de l'équipe produit et mon agenda est complètement bloqué. Je ne suis pas en mesure de vous proposer une nouvelle date pour le moment; je vous reviens à l'automne.

Merci de votre compréhension,""", O, kind="decline", lang="fr",
     note="[fr] Postpones an arranged call ('je dois le remettre à plus tard') with no new date; 'je vous reviens à l'automne' (a Québec calque) is a season, and the thanks is a courtesy.")
bulk("Recrutéo", "ne-pas-repondre@recruteo.example", "Europe/Paris", seun, "2026-07-02 09:14",
     "Votre candidature : Chef de produit Paiements – Payéo", O, """Bonjour Oluwaseun,

Nous vous confirmons la bonne réception de votre candidature au poste de Chef de produit Paiements chez Payéo (Paris / télétravail).

Le recruteur reviendra vers vous si votre profil est retenu pour un premier entretien. Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Ceci est un message automatique, merci de ne pas y répondre.

L'équipe Recrutéo
Se désinscrire des notifications : https://recruteo.example/notifications
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("List-Unsubscribe", "<https://recruteo.example/notifications/unsubscribe?u=4471>")],
     lang="fr",
     note="[fr] Job platform's automatic application receipt from a 'ne-pas-repondre' address; 'premier entretien' is a possibility, not a meeting, and automated mail is other.")

# ---------------------------------------------------------------- Wanjiru, Nairobi

t = Thread(O, "Merchant payments in East Africa: could we talk?")
t.send(seun, [wanjiru], "2026-07-20 12:00", """Dear Wanjiru,

I heard you speak on the Africa Fintech Summit panel about merchant onboarding, and your comment that "KYC is a product, not a form" has stayed with me.

I am moving from corporate banking in Lagos into payments product. Could we have a 30-minute call sometime in August? I am happy to work around your schedule.

Best regards,""", kind="request",
       note="Asks for a 30-minute call 'sometime in August': a month is a window, not a slot.")
t.reply(wanjiru, seun, "2026-07-21 10:05", """Hi Oluwaseun,

Thank you for the kind words! I'd genuinely enjoy that conversation, but I'm going on parental leave next week and will be fully offline until November. Could you reach out again then? I'll be glad to make time once I'm back.

Warm regards,
Wanjiru""", kind="decline",
        note="Parental leave until November, asks him to reach out again then: a postponement with no new date is a decline, however warm.")
t.msgs.append(hidden(t.reply(seun, wanjiru, "2026-11-03 09:00", """Dear Wanjiru,

Welcome back! As you suggested, I am reaching out again. Would a call in the next two weeks work?

Best regards,""", kind="request", note="(quoted only)")))
m = t.reply(wanjiru, seun, "2026-11-05 14:20", """Hi Oluwaseun,

Lovely to hear from you, and yes, I remember! I've put Thursday 12 November at 10:00 Nairobi time in our calendars, invite attached. We'll use Google Meet.

Wanjiru""", kind="confirmation", meet=("2026-11-12 07:00", "UTC"), wd="Thu",
            note="Fixes 'Thursday 12 November at 10:00 Nairobi time' and attaches a METHOD:REQUEST whose DTSTART is in UTC (20261112T070000Z); the invite wins, so the label is 07:00+00:00, the same instant as 10:00 EAT.")
m.cal = invite("REQUEST", "Wanjiru / Oluwaseun - merchant payments chat", "2026-11-12 10:00", "2026-11-12 10:30",
               "Africa/Nairobi", "utc", wanjiru, [wanjiru, seun], "2026-11-05 14:20",
               prodid="-//Proton AG//ProtonCalendar 1.0.0//EN", location="Google Meet")
m.cal_method = "REQUEST"

# ---------------------------------------------------------------- Oliver, London

t = Thread(O, "Fintech in London")
t.msgs.append(hidden(t.send(seun, [oliver], "2026-03-23 10:10", """Dear Oliver,

Tunde Adebayo suggested I contact you. Could we have a short call next week about how London investors look at B2B payments in Africa? Monday morning your time would suit me best.

Kind regards,""", kind="request", note="(quoted only)")))
m = t.reply(oliver, seun, "2026-03-24 18:40", """Hi Oluwaseun,

Any friend of Tunde's. Monday 30/3 at 9.30 BST suits me, I'll ring you on Teams. Note our clocks go forward on Sunday, so we'll be on the same time as Lagos for once.

Oliver""", client="iphone", enc="b64", sig=False, kind="confirmation", meet=("2026-03-30 09:30", "Europe/London"),
            wd="Mon",
            note="Fixes 'Monday 30/3 at 9.30 BST' (British day/month, dotted time); BST named and the UK switch is on 29 March, so +01:00 although the Date header is +0000. iPhone plain text in base64.")
t = Thread(O, "News: I've joined Kobo Rails")
t.send(seun, [oliver], "2026-09-03 11:30", """Dear Oliver,

A quick update: I have accepted an offer from Kobo Rails here in Lagos and will start on 1 October as a product manager on their B2B payouts team. The investors' view you gave me in March helped me a lot in the final interview.

Best regards,""", kind="update",
       note="Pure update (accepted an offer, starts 1 October); the start date is not a meeting and crediting March's call is a courtesy.")
t.msgs.append(hidden(t.reply(seun, oliver, "2026-10-05 08:15", """Dear Oliver,

I will be in London from 12 to 16 October for a partner meeting. Any chance to say hello in person?

Best,""", kind="request", note="(quoted only)")))
t.reply(oliver, seun, "2026-10-06 19:25", """Oluwaseun,

Brilliant! Come by the office on Thursday the 15th. I'm in all day, so no need to fix a time, just text me when you're in Shoreditch and I'll come down.

Oliver""", kind="confirmation", meet=("2026-10-15", "hdr"), allday=True, wd="Thu",
        note="Fixes a date with no time ('Thursday the 15th ... no need to fix a time'): all_day, midnight at the Date header's +0100 (London is still on BST on 15 October).")

# ---------------------------------------------------------------- Danielle, autumn

t = Thread(O, "Money20/20?")
t.msgs.append(hidden(t.send(danielle, [seun], "2026-10-01 10:00", """Hi Oluwaseun,

Are you coming to Money20/20 in Vegas this month? Would love to grab coffee, any time Tue or Wed works.

Danielle""", kind="request", note="(quoted only)")))
t.reply(seun, danielle, "2026-10-02 08:50", """Dear Danielle,

How lovely of you to ask. Sadly I won't be travelling this year: I have just started at Kobo Rails and there is no travel budget until January. Let's pick it up in the new year, and I will buy the coffee then.

Best regards,""", kind="decline",
        note="Refuses the Money20/20 coffee and defers to 'the new year' with no date: decline; the offer to buy coffee later is a courtesy.")
