"""Aditi Kulkarni (Pune, Asia/Kolkata): HR generalist moving into UX
research. Gmail (en-IN) and iPhone. Sep-Dec 2026 (EU switch 25 October)."""

from c11 import LIST, OOO, Person, Thread, answer, bulk, hidden, send

O = ak = Person("Aditi Kulkarni", "aditi.kulkarni@kulkarnimail.example", "Asia/Kolkata", client="gmail",
                locale="en-IN", sig="Aditi")
rohan = Person("Rohan Deshpande", "rohan.d@fintrail.example", "Asia/Kolkata", client="gmail", locale="en-IN",
               sig="Rohan")
grace = Person("Grace Achieng", "grace.achieng@savannahux.example", "Africa/Nairobi", client="outlook",
               locale="en-GB", sig="Grace Achieng\nResearch Lead, Savannah UX")
liz = Person("Liz Fairbairn", "liz.fairbairn@londonresearch.example", "Europe/London", client="apple",
             locale="en-GB", sig="Liz")
mateo = Person("Mateo Ferreyra", "mateo.ferreyra@pampa-labs.example", "America/Argentina/Buenos_Aires",
               client="gmail", locale="en-US", sig="Mateo")
anil = Person("Anil Joshi", "aniljoshi.retd@punemail.example", "Asia/Kolkata", client="yahoo", locale="en-IN",
              sig="A. K. Joshi (Retd.)")
nandini = Person("Nandini Iyer", "nandini.iyer@bluefern.example", "Asia/Kolkata", client="outlook_html",
                 locale="en-IN", sig="Nandini Iyer | Design Director | Bluefern")
carlo = Person("Carlo Mendoza", "carlo.mendoza@manilacx.example", "Asia/Manila", client="iphone", locale="en-US")
chidi = Person("Chidinma Eze", "chidinma.eze@lagosux.example", "Africa/Lagos", client="gmail", locale="en-GB",
               sig="Chidinma")
hana = Person("Hana Kim", "hana.kim@seoulresearch.example", "Asia/Seoul", client="gmail", locale="en-US",
              sig="Hana")
ishaan = Person("Ishaan Kulkarni", "ishaan.k@kulkarnimail.example", "Asia/Kolkata", client="iphone",
                locale="en-IN")
meera = Person("Meera Pillai", "meera.pillai@kochidesign.example", "Asia/Kolkata", client="gmail", locale="en-IN",
               sig="Meera")

# ---- request: cold ask
send(ak, [rohan], "2026-09-07 21:10", "HR person trying to become a researcher",
     """Hi Rohan,

Got your name from the Pune UX WhatsApp group, where you are apparently "the guy who actually replies". I've spent six years in HR doing exit interviews, which I'm told is research with a worse name, and I'm trying to switch properly.

If you're ever around Baner, could I steal you for a chai and twenty minutes of questions? My treat, obviously.

Aditi""", O, kind="request",
     note="A cold ask for chai and twenty minutes; no time is proposed.")

# ---- confirmation: Rohan fixes a date and time
answer(O, ak, rohan, "2026-09-08 09:00", "HR person trying to become a researcher", """Rohan, thanks for replying so fast. Any day next week after 6 works for me.

Aditi""", "2026-09-08 13:40", """Haha the reputation precedes me. Saturday 12th, 11 am at Vohuman, Viman Nagar? The queue is part of the experience.

Rohan""", kind="confirmation", meet=("2026-09-12 11:00", "hdr"), wd="Sat",
       note="Fixes one slot, Saturday 12 September at 11 am (IST, the header's +0530); the question mark is about the café, the quoted message only offered windows.")

# ---- thank_you
send(ak, [rohan], "2026-09-12 19:30", "Chai debt",
     """Rohan,

Thank you for this morning. I came home and rewrote my portfolio intro three times using your "what did you change, not what did you ask" line. Also I now owe you two chais since you paid for both.

Aditi""", O, kind="thank_you",
     note="Thanks Rohan for that morning's meeting and the advice; the chai debt is a joke, not a proposed meeting.")

# ---- request: to Grace, intro-based
send(ak, [grace], "2026-09-15 17:20", "Rohan Deshpande suggested I write",
     """Dear Grace,

Rohan Deshpande said you ran research across four East African markets and would be the best person to ask about doing interviews in languages you don't speak yourself. I'm an HR professional in Pune moving into research.

Would you be open to a 30-minute video call some time in the coming weeks? Happy to fit your mornings.

Warm regards,
Aditi Kulkarni""", O, kind="request",
     note="A referral-based ask for a 30-minute call; 'happy to fit your mornings' is flexibility, not a proposed slot.")

# ---- confirmation: named zone IST, sender in Nairobi
answer(O, ak, grace, "2026-09-16 10:00", "Rohan Deshpande suggested I write", """Grace, thank you! Would Thursday 24 September at 4 pm IST suit? I'll send a Meet link.

Aditi""", "2026-09-16 14:30", """Dear Aditi,

That's fine. 4 pm IST on Thursday it is, which is 1.30 here. Talk then.

Grace""", kind="confirmation", meet=("2026-09-24 16:00", "Asia/Kolkata"), wd="Thu",
       note="Accepts 4 pm IST on Thursday (the date, 24 September, only in the quote); IST is named, +05:30, while Grace's header is +0300.")

# ---- decline from Liz
answer(O, ak, liz, "2026-09-21 15:00", "Question about UK research agencies", """Hi Liz,

I read your piece on running diary studies with shift workers. Could I ask for 20 minutes some time?

Aditi""", "2026-09-22 08:05", """Hi Aditi,

I'm flattered, but I'll have to say no. I've just gone on a four-day week to look after my dad and I'm guarding the fifth day like a dragon. Good luck though, your note was one of the nicer ones I've had.

Liz""", kind="decline",
       note="Refuses outright because of caring duties, with no date; the compliment is courtesy.")

# ---- thank_you to Grace
send(ak, [grace], "2026-09-24 18:40", "Thank you for today",
     """Dear Grace,

Thank you for your time this afternoon. The way you described working with local co-moderators changed how I'm thinking about my own portfolio project with migrant domestic workers.

With gratitude,
Aditi""", O, kind="thank_you",
     note="Thanks Grace for the call that afternoon and names what was useful; nothing new asked.")

# ---- other: retired father's friend, non-networking with a date
send(anil, [ak], "2026-09-30 08:15", "Society AGM",
     """Dear Aditi beti,

As secretary I am reminding all flat owners that the Society AGM is on Sunday 11 October at 10.30 am in the clubhouse. Your father has agreed to attend on behalf of your flat, but kindly sign the proxy form and drop it at the office before Friday.

Regards,""", O, kind="other",
     note="Housing society secretary asks for a proxy form before an AGM; non-networking person mail with dates, so other.")

# ---- request: nudge to Nandini
t = Thread(O, "Research team at Bluefern")
t.msgs.append(hidden(send(ak, [nandini], "2026-10-01 20:00", "Research team at Bluefern", """Hi Nandini,

Meera Pillai mentioned that Bluefern is building its first research team. Could I ask you for a short call about what you'd look for in a first hire?

Aditi""", O, kind="request", note="(quoted only)")))
t.reply(ak, [nandini], "2026-10-12 19:45", """Hi Nandini,

Bringing this back to the top of your inbox in case Diwali prep swallowed it. Even ten minutes would be plenty.

Aditi""", kind="request",
        note="Brings the earlier unanswered ask (quoted) back up and offers a shorter call; a nudge is request.")

# ---- decline: HTML-only Outlook
t.reply(nandini, [ak], "2026-10-13 10:30", """Aditi,

Sorry for the silence. Truthfully, we paused the research hire last week and I don't want to waste your evening talking about a role that isn't there. If it reopens I'll reach out myself.

Nandini""", kind="decline",
        note="HTML-only Outlook reply declining the call because the role is paused, with no date; 'if it reopens I'll reach out' is not a new time.")

# ---- confirmation: named London time across the EU switch
answer(O, liz, ak, "2026-10-20 10:00", "changed my mind (sort of)", """Aditi, dad's settled and I feel bad about my dragon email. If you still want that chat, I could do Tuesday 27 October, 11:00 London time. Only if it still helps!

Liz""", "2026-10-20 17:30", """Liz, that's so kind. Yes please, Tuesday the 27th at 11:00 London time, I'll be there with my questions list.

Aditi""", kind="confirmation", meet=("2026-10-27 11:00", "Europe/London"), wd="Tue",
       note="Accepts Tue 27 October at 11:00 London time; London leaves summer time on 25 October, so +00:00 (16:30 in Pune).")

# ---- update from Mateo (non-native English, LatAm)
send(mateo, [ak], "2026-10-22 23:10", "News about the study",
     """Hola Aditi,

Small news since we talked in August: the study with the domestic workers finally has funding, from a foundation in Córdoba. I mentioned your idea about paying people for the travel time and they accept it in the budget. So a little part of you is in Argentina now.

Abrazo,
Mateo""", O, kind="update",
     note="Non-native English: news since their last exchange (funding, her idea used); nothing asked or scheduled.")

# ---- decline from Carlo: postponement without date
answer(O, ak, carlo, "2026-10-28 19:00", "CX research in Manila", """Hi Carlo,

Chidinma Eze said you've built the research practice at ManilaCX. Could we have a 20-minute call some time in November?

Aditi""", "2026-10-29 08:15", """Hi Aditi! Would love to but November is peak season for us (Christmas starts in September here lol). Can you ping me again after New Year? Promise I'll actually answer""", kind="decline",
       sig=False, mobile=True, note="Postpones to 'after New Year' with no date; a postponement without a new time is decline.")

# ---- thank_you received: Chidinma
send(chidi, [ak], "2026-11-03 12:40", "You are too kind",
     """Aditi,

I just saw the LinkedIn recommendation you wrote for me. I honestly had to sit down. Thank you for taking the time to write something so specific; it's already been mentioned by a recruiter.

Chidinma""", O, kind="thank_you",
     note="Chidinma thanks Aditi for a recommendation already written; the recruiter mention supports the thanks.")

# ---- request: Aditi answers Hana with two candidate times
answer(O, hana, ak, "2026-11-09 09:00", "coffee chat?", """Hi Aditi, I'm visiting Pune for a conference in December. Would you like to meet?

Hana""", "2026-11-09 12:00", """Hana, how lovely! I could do the evening of Tuesday 8 December or lunch on Thursday 10 December, whichever fits your conference schedule better?

Aditi""", kind="request",
       note="Answers Hana's offer with two candidate slots and lets her choose, so nothing is fixed yet.")

# ---- confirmation: moved meeting
t = Thread(O, "Re: coffee chat?")
t.msgs.append(hidden(send(hana, [ak], "2026-11-10 09:00", "Re: coffee chat?", """Thursday lunch 10 December, 1pm! Hana""", O,
                          kind="confirmation", meet=("2026-12-10 13:00", "Asia/Kolkata"), note="(quoted only)")))
t.reply(hana, [ak], "2026-12-06 21:30", """Aditi, the conference moved the closing keynote onto Thursday afternoon, so I've had to move us: Wednesday the 9th instead, same time, same place. I've already told the organisers I'm out for lunch on Wednesday so it's safe. Sorry for the shuffle!

Hana""", kind="confirmation", meet=("2026-12-09 13:00", "hdr"), wd="Wed", check_zone=False,
        note="Moves the agreed lunch to Wednesday 9 December, same time (1pm from the quote); Hana is in Pune, her Date header is +0530 and that offset applies. Travelling sender, so her home zone is not checked.",
        offset=330)

# ---- other: brother, personal
send(ishaan, [ak], "2026-12-01 22:15", "Aai's flight",
     """Didi Aai's flight lands at 6.40 am on the 19th, terminal 2. Can u do pickup, I'm on night shift. Will pay for petrol and your patience""",
     O, kind="other", mobile=True, sig=False,
     note="Her brother asks for an airport pickup; family logistics with a date, not a networking meeting, so other.")

# ---- update: Aditi to Rohan
send(ak, [rohan], "2026-12-14 20:30", "Told you I'd report back",
     """Rohan,

Reporting back as promised: I cleared the final round at Bluefern (turns out the research hire unpaused). Starting as an associate researcher in January. The portfolio intro you made me rewrite got a specific mention from the panel.

Aditi""", O, kind="update",
     note="Result since their meeting (a job offer) with credit to Rohan; no thanks note as such, no ask, no meeting.")

# ---- update: Aditi to Grace (Outlook quoting not needed)
send(ak, [grace], "2026-12-15 18:00", "Where things landed",
     """Dear Grace,

I wanted to let you know where things landed: I'm joining Bluefern as an associate researcher in January. My first project is with field staff in Nashik and Indore, and I'm already borrowing your co-moderator approach for it.

Warm regards,
Aditi""", O, kind="update",
     note="Keeps Grace posted on the outcome since their call; the January start and project sites are not meetings.")

# ---- decline: Aditi turns down a student's ask
answer(O, meera, ak, "2026-11-18 11:00", "my cousin", """Aditi, my cousin Varun is finishing his MBA and wants to 'do UX'. Could you meet him for a coffee some time? He's sweet, just lost.

Meera""", "2026-11-18 21:05", """Meera, I'd love to help but I honestly can't this month, the notice period at work plus interviews have me running on fumes. Send him my reading list instead? I'll dig it out.

Aditi""", kind="decline",
       note="Aditi refuses the coffee for this month with no new date and offers a reading list instead; the reading list is not a meeting.")
