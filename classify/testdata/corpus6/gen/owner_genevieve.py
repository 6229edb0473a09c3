"""Geneviève Lapointe-Haddad, Montréal: legal translator moving into product management.

Outlook on the web with a French interface (French quote headers even on
English mail); contacts in Montréal (Québec French), São Paulo, Boston, Lyon
(French, windows-1252), Beirut, and her firm. Eastern time, US/Canada DST.
"""

from c6 import Person, Thread, asked, bulk, invite, send

ME = Person("Geneviève Lapointe-Haddad", "genevieve@lapointe-haddad.example", "America/Toronto", "owa", "fr",
            sig="Geneviève Lapointe-Haddad\nTraductrice juridique agréée (OTTIAQ) | Montréal")
MG = Person("Mathieu Gagnon", "mathieu.gagnon@boreal-apps.example", "America/Toronto", "gmail", "fr",
            sig="Mathieu Gagnon\nPM principal, Boréal Apps")
TS = Person("Thiago Souza", "thiago.souza@mail.example", "America/Sao_Paulo", "gmail", "en-US")
NK = Person("Nadia Khoury", "nadia.khoury@lexiconhq.example", "America/New_York", "gmail", "en-US",
            sig="Nadia Khoury\nDirector of Product, Lexicon HQ | Boston")
HQ = Person("Hydro-Énergie", "ne-pas-repondre@hydro-energie.example", "America/Toronto", "bulk")
CL = Person("Claire Dubois-Renaud", "claire.dubois@traducteurs-lyon.example", "Europe/Paris", "outlook", "fr",
            sig="Claire Dubois-Renaud\nResponsable produit, Lingua Lyon")
PB = Person("Patrick Brennan", "pbrennan@delorme-avocats.example", "America/Toronto", "outlook", "en-US",
            sig="Patrick Brennan\nAssociate, Delorme Avocats")
ET = Person("Émilie Tran", "emilie.tran@mail.mcgill.example", "America/Toronto", "iphone", "fr")
SB = Person("Sophie Bélanger", "sophie.belanger@mail.example", "America/Toronto", "iphone", "en-US")
KH = Person("Karim Haddad", "karim.haddad@cedarloc.example", "Asia/Beirut", "gmail", "en-GB",
            sig="Karim Haddad\nLocalisation Specialist, CedarLoc")
PT = Person("ProductTank Montréal", "noreply@producttank-mtl.example", "America/Toronto", "bulk")

t = Thread(ME, "Café avec une traductrice qui veut devenir PM?")
t.send(ME, [MG], "2026-01-13 12:10", """Bonjour Mathieu,

On s'est croisés au 5 à 7 de ProductTank jeudi dernier : j'étais la traductrice qui posait trop de questions sur les tickets Jira.

Je suis traductrice juridique depuis neuf ans et j'essaie de passer en gestion de produit. Aurais-tu une petite demi-heure pour un café dans les prochaines semaines ? Je paie les croissants.

Merci!
Geneviève""", lang="fr", kind="request", note="Québec-French ask for half an hour over coffee 'dans les prochaines semaines'; the mention of last Thursday is context, not a meeting.")
t.reply(MG, ME, "2026-01-20 07:30", """Salut Geneviève!

Avec plaisir, les croissants m'ont convaincu. Va pour mardi prochain, 8 h 30, à l'Olimpico sur Saint-Viateur. Je serai celui avec le vélo orange (oui, en janvier).

Mathieu""", lang="fr", kind="confirmation", meet=("2026-01-27 08:30", "hdr"), wd="Tue", rel="weekday",
        note="French acceptance fixing 'mardi prochain, 8 h 30' at a café; sent on a Tuesday, the next Tuesday is 27 January, -05:00 from the Date header; '8 h 30' is the French clock format.")
t.reply(ME, MG, "2026-01-27 11:00", """Mathieu,

Thanks a million for this morning. I walked out with a list of three things to try and one thing to stop doing (apologising for being a translator). And the orange bike was very visible.

Geneviève""", quote=False, kind="thank_you", note="English thank-you for the coffee that morning from a French-interface client; the lists of advice are part of the thanks.")

t = Thread(ME, "Hello from Brazil - translation to product :)")
t.send(TS, [ME], "2026-02-10 19:40", """Hi Geneviève!! How are you?

I am Thiago, translator in São Paulo (English-Portuguese, mostly contracts, boring haha). I saw your talk in the online meetup about translation and product, so good!! I am trying to do the same path.

I would love to chat with you 20 min about how you made the transition, if you have time in the next weeks?? 🙏

Obrigado!!
Thiago""", kind="request", note="Brazilian-English ask for a 20-minute chat full of exclamation marks and emoji; no time is fixed, so request.")
t.reply(ME, TS, "2026-02-12 09:30", """Thiago, merci for the kind words!

Honestly, my transition is still very much in progress, and I don't think I'm the right person to advise anyone yet; I'd be guessing. But Mathieu Gagnon (cc'd) has done it properly and is generous with his time. Mathieu, Thiago is a contracts translator in São Paulo on the same road.

Bonne chance!
Geneviève""", cc=[MG], kind="decline", note="Geneviève turns down the chat ('I don't think I'm the right person') and points him to someone else; an introduction instead of a meeting is still a refusal of the meeting.")
t.send(TS, [ME], "2026-03-02 21:05", """Geneviève!!

I talked with Mathieu last Friday, he is amazing. One hour on video and now I have a plan: one side project with a legal-tech startup here and a course in April. Just to tell you :) it was a very good idea to connect us.

Thiago""", subject="Re: Hello from Brazil - translation to product :)", kind="update", note="Reports how the introduction she made went ('I talked with Mathieu ... now I have a plan'); no thanks phrase, no ask: update.")

bulk(ME, HQ, "2026-02-18 06:00", "Votre facture est prête", """Bonjour,

Votre facture d'électricité du 18 février 2026 est disponible dans votre Espace client.

Montant : 187,42 $
Date d'échéance : 11 mars 2026

Merci de faire confiance à Hydro-Énergie. Ceci est un message automatique, veuillez ne pas y répondre.""",
     "Automated French utility bill from a no-reply sender with a due date; automated mail is other.", lang="fr",
     html_enc="b64")

cal = invite("Geneviève / Nadia - product careers", "2026-03-12 11:00", "2026-03-12 11:45", "America/New_York", "tzid",
             ME, [ME, NK], "2026-03-04 10:00", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             location="Zoom")
t = Thread(ME, "Invitation: Geneviève / Nadia - product careers")
t.send(ME, [NK], "2026-03-04 10:00", """Hi Nadia,

Invite's in your inbox for Thursday the 12th at 11 ET, as we said on LinkedIn. Zoom link is in the invite. Very much looking forward to it!

Geneviève""", cal=cal, kind="confirmation", meet=("2026-03-12 11:00", "America/New_York"), wd="Thu",
       note="Sends a text/calendar REQUEST (TZID America/New_York) for Thursday the 12th at 11 ET; the US switch on 8 March moves ET from the Date header's -05:00 to -04:00, and DTSTART wins.")
t.reply(NK, ME, "2026-03-12 15:20", """Thank you for such a thoughtful conversation, Geneviève. Honestly I learned as much as you did; I'm going to steal your glossary idea for our onboarding.

Let's do round two: Friday April 17 at 4pm, same Zoom link. Bring the draft portfolio.

Nadia""", kind="confirmation", meet=("2026-04-17 16:00", "hdr"), wd="Fri",
        note="A thank-you for the call that also fixes the next meeting ('Friday April 17 at 4pm, same Zoom link'); under the tie rule that makes it a confirmation, -04:00 from the Date header.")
t.reply(ME, NK, "2026-04-16 21:00", """Nadia, I'm so sorry: I have to bail on tomorrow. We had a production outage at the firm's client portal and I'm on the hook all weekend. Can I come back to you once the dust settles? I'd hate to lose round two.

G.""", kind="decline", note="Cancels the agreed call ('bail on tomorrow') and offers to come back 'once the dust settles' with no date; the quoted text holds the old fixed slot, and the closing question is not a new time.")

send(PB, [ME], "2026-03-18 14:25", "FR version of the T&Cs diff - Friday noon", """Gen,

Legal needs the French version of the T&Cs diff by Friday noon. Can you turn it around? Sorry for the short notice, the client moved the launch.

Patrick""", ME, kind="other", client="outlook_html", note="HTML-only Outlook work ask from a colleague with a deadline (Friday noon); a deadline is not a meeting and the ask is not networking, so other.")

t = Thread(ME, "Bonne nouvelle")
t.send(ME, [MG], "2026-04-20 18:40", """Mathieu,

Some news I wanted you to have first: I got the junior PM job at Juridix! I start on 4 May. The interview question about prioritising a backlog was almost word for word your Olimpico lecture.

Merci encore pour tout,
Geneviève""", kind="update", note="News (the job and start date) with a closing 'Merci encore pour tout'; the closing thanks is a courtesy, so it stays an update.")

t = asked(ME, ME, CL, "2026-04-29 09:00", "Traduction et produit : un échange ?", """Bonjour Claire, pourriez-vous m'accorder 30 minutes en visio en mai ? Geneviève""")
t.reply(CL, ME, "2026-05-05 16:10", """Chère Geneviève,

Votre message m'a fait très plaisir, et votre parcours ressemble beaucoup au mien.

Hélas, le calendrier ne veut rien savoir d'ici la rentrée : deux lancements et un déménagement, je ne vois plus le jour. Réécrivez-moi en septembre si le cœur vous en dit.

Bien cordialement,
Claire""", lang="fr", charset="windows-1252", kind="decline",
        note="French 'Hélas, le calendrier ne veut rien savoir d'ici la rentrée' with 'réécrivez-moi en septembre': a postponement with no date, in windows-1252; decline.")

t = asked(ME, ET, ME, "2026-06-03 22:00", "Question d'une étudiante en traduction", """Bonjour Madame Lapointe-Haddad, je suis étudiante en traduction à McGill. Est-ce qu'on pourrait se parler quelques minutes de votre passage en produit ? Merci ! Émilie""")
t.reply(ME, ET, "2026-06-05 08:15", """Bonjour Émilie,

Bien sûr, et appelle-moi Geneviève ! Je peux jeudi midi ou vendredi après 17 h, la semaine prochaine. Choisis ce qui t'arrange.

Geneviève""", lang="fr", kind="request", note="French answer proposing two candidate slots ('jeudi midi ou vendredi après 17 h') and asking her to choose; nothing is fixed yet, so request.")
t.reply(ET, ME, "2026-06-08 12:40", "Jeudi midi, parfait ! Merci beaucoup 🙂", lang="fr", kind="confirmation",
        meet=("2026-06-11 12:00", "hdr"), wd="Thu", rel="weekday",
        note="One-line French acceptance 'Jeudi midi, parfait !' picking the Thursday noon option; the bare Thursday after a Monday Date is 11 June, -04:00; 'merci' is a courtesy.")

send(SB, [ME], "2026-07-06 22:30", "omg", """OMG did you see Sophie-Anne got engaged?? on a canoe!! in the rain!! I can't. also I finally finished the Louise Penny you lent me, the ending wrecked me, you're getting it back with a coffee stain sorry 💀""",
     ME, kind="other", note="A friend's chit-chat with gossip and an apology; no ask, thanks for help or meeting, and not networking: other.")

t = Thread(ME, "Request for a short call about localisation PM roles")
t.send(KH, [ME], "2026-09-14 08:20", """Dear Ms. Geneviève,

Hope this finds you in good health.

I am Karim, localisation specialist in Beirut, working English-French-Arabic for six years. I read your post about moving from translation to product management and I found myself in every line.

Kindly, I request a short call to ask about localisation PM roles in Canada and how you prepared. Any time that suits you, I will adapt.

With best regards,""", kind="request", note="Arabic-English formal ask ('Kindly, I request a short call') opened with 'Hope this finds you in good health'; the courtesy does not change the request.")
t.reply(ME, KH, "2026-09-16 19:50", """Dear Karim,

Thank you for your very kind message; it's humbling that the post spoke to you.

I'm afraid I can't take on calls right now: I'm four months into a new job and the learning curve is steep. What I'd suggest is the Localization Leaders Slack; several people there have made exactly this move and love to talk about it.

All the best,
Geneviève""", kind="decline", note="Refuses the call with thanks and a pointer to a community; the thanks is a courtesy and decline wins.")
t.reply(KH, ME, "2026-09-25 10:10", """Dear Geneviève,

Thank you for the pointer to the Localization Leaders Slack. I joined on Monday, posted my question, and already got two long answers and a CV review offer. It was exactly the right advice.

With gratitude,
Karim""", kind="thank_you", note="Thanks for concrete help that already happened (the Slack pointer); what came of it is part of the thanks, and nothing is asked.")

bulk(ME, PT, "2026-11-16 12:00", "Reminder: ProductTank Montréal - Thu Nov 19 at 6:00 PM", """Reminder: you're registered!

ProductTank Montréal: "Pricing without tears"
Thursday, November 19, 2026, 6:00 PM
Notman House, 51 Sherbrooke W

Add to calendar | Can't make it? Release your spot.

This is an automated message from ProductTank Montréal.""",
     "Automated event reminder from a no-reply sender with an exact date and time; a service's reminder is other, not a confirmation.",
     headers=[("Auto-Submitted", "auto-generated")])
