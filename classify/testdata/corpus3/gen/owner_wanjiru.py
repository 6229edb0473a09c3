"""Wanjiru Kamau, pharmacist in Nairobi moving into health-tech product operations (Gmail, iPhone).

Contacts in Nairobi, Kampala, Cape Town, Geneva (French), Berlin (German)
and Boston; February 2026 to May 2027. Nairobi keeps +03:00 all year, so
the clock changes that matter are the contacts' (US 1 November 2026, EU
28 March 2027).
"""

from c3 import Person, Thread, ask, bulk, cal, forward, send

Z = "Africa/Nairobi"

wanjiru = Person("Wanjiru Kamau", "wanjiru.kamau@tausimail.example", Z, client="gmail", locale="en-GB",
                 sig="Wanjiru Kamau, PharmD\nPharmacist | Nairobi\n+254 722 555 014")
brian = Person("Brian Otieno", "brian.otieno@medsoko.example", Z, client="gmail", locale="en-GB",
               sig="Brian Otieno\nProduct Lead, MedSoko")
brian2 = Person("Brian Otieno", "brian@afyalabs.example", Z, client="gmail", locale="en-GB",
                sig="Brian Otieno\nHead of Product, Afya Labs")
jerome = Person("Jérôme Favre", "jerome.favre@sante-numerique.example", "Europe/Zurich", client="outlook",
                locale="fr", sig="Jérôme Favre\nResponsable des opérations produit\nFondation Santé Numérique · Genève")
anja = Person("Anja Richter", "anja.richter@rezeptwerk.example", "Europe/Berlin", client="thunderbird", locale="de",
              sig="Anja Richter\nHead of Product Operations\nRezeptwerk GmbH, Berlin", sigsep=True)
peter = Person("Peter Lindgren", "plindgren@bayhill.example", "America/New_York", client="gmail", locale="en-US",
               sig="Peter Lindgren, PhD\nAssociate Professor of Global Health Informatics\nBayhill University School of Public Health\nBoston, MA")
faith = Person("Faith Mwangi", "faith.mwangi@gmail.example", "Africa/Kampala", client="gmail", locale="en-GB")
thandiwe = Person("Thandiwe Dlamini", "thandiwe.dlamini@capeclinic.example", "Africa/Johannesburg",
                  client="outlook", locale="en-GB", sig="Thandiwe Dlamini\nDirector of Operations, CapeClinic Digital")
kennedy = Person("Kennedy Mutua", "kennedy.mutua@zurihealth.example", Z, client="iphone", locale="en-GB")
samir = Person("Samir Haddad", "samir.haddad@rxflow.example", "Asia/Dubai", client="gmail", locale="en-GB",
               sig="Samir Haddad\nPartnerships Lead, East Africa | RxFlow")
mercy = Person("Mercy Achieng", "mercy.achieng@goodlife-pharm.example", Z, client="outlook", locale="en-GB",
               sig="Mercy Achieng\nQuality Assurance Manager | Goodlife Pharmacy")

# ---------------------------------------------------------------- Brian (Nairobi)

t = Thread(wanjiru, "From community pharmacy to product - a chat?")
t.send(wanjiru, [brian], "2026-02-16 19:40", """Hi Brian,

I got your email from Dr Njoroge, our class rep from the UoN pharmacy class of 2014. I've been a community pharmacist for eleven years and I'm trying to move into health-tech product operations.

Could we meet for coffee or do a call in the next few weeks? I'd love to hear how you moved from a pharmacy counter into product.

Best,
Wanjiru""", kind="request",
       note="Asks for a coffee or call 'in the next few weeks' with no slot; the class-rep referral is context.")
t.reply(brian, wanjiru, "2026-02-18 12:15", """Hi Wanjiru!

Happy to, any friend of Njoroge's. When suits you? Tuesdays and Thursdays are usually lighter for me, and I'm around town most afternoons.

Brian""", kind="request",
        note="'Happy to - when suits you?' answers the ask by asking for a time; the lighter days are flexibility, not a fixed slot, so request.")
t.reply(wanjiru, brian, "2026-02-23 08:50", """Perfect. Let's do Thursday the 26th at half past four at Java House, Valley Arcade. I'll grab a table by the window.

Wanjiru""", kind="confirmation", meet=("2026-02-26 16:30", "hdr"), wd="Thu", rel="weekday",
        note="Fixes 'Thursday the 26th at half past four' (16:30 at the Date header's +0300) and a place; the quoted reply only named lighter days.")
t.reply(wanjiru, brian, "2026-02-26 20:05", """Brian,

Thank you so much for this afternoon. Hearing that your first product job was basically "the pharmacist who could read the stock reports" made me feel much less like an impostor. I'll start writing up the dispensing-error project the way you suggested.

PS: I've signed up for the product ops course you mentioned. It starts on 9 March.

Wanjiru""", kind="thank_you",
        note="Thanks Brian for the coffee that afternoon; the PS with a course start date is secondary news (thank_you outranks update) and not a meeting.")
t.reply(wanjiru, brian, "2026-07-20 21:30", """Hi Brian,

Thanks again for the advice back in February. Two bits of news: I passed the PMP exam last week, and I'm moving to the digital pharmacy team at Goodlife as an internal transfer, starting 1 August. It's not a product title yet, but it is a product job.

Wanjiru""", kind="update",
        note="Opens with 'thanks again for the advice' but is news since the last exchange (passed an exam, an internal move from 1 August); the start date is not a meeting and the quoted thank-you does not decide.")
t.reply(brian2, wanjiru, "2026-08-05 10:12", """Hi Wanjiru,

Congrats on the move, that's huge! Heads-up from my side: I've left MedSoko and joined Afya Labs as head of product (new address above).

Also, Afya is hiring a product operations associate, and the posting closes on Friday 14 August. I think you'd be a strong candidate, so I've mentioned you to the hiring manager.

Brian""", kind="update",
        note="Brian's news (new job, new address, a role he mentioned her for); 'Friday 14 August' is a posting deadline, not a meeting, and nothing is asked of her.")

# ---------------------------------------------------------------- Jérôme (Geneva)

t = Thread(wanjiru, "Pharmacist exploring product operations - request for a call")
ask(t, wanjiru, jerome, "2027-03-15 10:20", """Dear Mr Favre,

I read the Fondation's report on e-prescribing in East Africa with great interest. I'm a pharmacist in Nairobi now working in a digital pharmacy team, and I'd be grateful for 30 minutes of your time on a call in the coming weeks.

Best regards,
Wanjiru Kamau""")
t.reply(jerome, wanjiru, "2027-03-22 09:40", """Chère Madame Kamau,

Merci pour votre message, avec plaisir. Je vous propose deux créneaux : mardi 30 mars ou jeudi 1er avril, entre 14 h et 16 h (heure de Genève). Dites-moi ce qui vous convient le mieux.

Bien cordialement,
Jérôme Favre""", lang="fr", charset="windows-1252", kind="request",
        note="[fr] Offers two candidate days with a 14 h-16 h window, Geneva time, and asks her to choose; nothing is fixed yet (windows-1252, Outlook quoting).")
t.reply(wanjiru, jerome, "2027-03-24 11:05", """Dear Jérôme,

Thank you! Tuesday 30 March at 14:00 Geneva time works perfectly; that's 15:00 in Nairobi once your clocks go forward on Sunday. I'll look out for the link.

Best regards,
Wanjiru""", kind="confirmation", meet=("2027-03-30 14:00", "Europe/Zurich"), wd="Tue", rel="weekday",
        note="Fixes 'Tuesday 30 March at 14:00 Geneva time'; Geneva moves to +02:00 on 28 March, so the meeting is at +02:00 while the quoted proposal's Date header was +0100 and hers is +0300.")
t.reply(wanjiru, jerome, "2027-03-30 16:10", """Cher Jérôme,

Merci beaucoup pour notre échange de cet après-midi, et pardon pour mon français de lycée ! Vos conseils sur la façon de présenter mon expérience en pharmacie comme de l'expérience « opérations » m'ont vraiment aidée.

Bien cordialement,
Wanjiru""", lang="fr", kind="thank_you",
        note="[fr] Thanks Jérôme for the call that afternoon and says what helped; no ask and no date.")
t.reply(jerome, wanjiru, "2027-05-18 14:25", """Chère Wanjiru,

Je voulais vous tenir au courant : le poste de coordinatrice des opérations produit pour l'Afrique de l'Est a été publié hier. La date limite de candidature est le 15 juin. J'ai signalé votre profil à la responsable du recrutement.

Bien à vous,
Jérôme""", lang="fr", charset="windows-1252", enc="qp", kind="update",
        note="[fr] News since the call (the role is posted, her profile was flagged); '15 juin' is an application deadline, not a meeting.")

# ---------------------------------------------------------------- Anja (Berlin)

t = Thread(wanjiru, "E-prescribing operations - a question from Nairobi")
ask(t, wanjiru, anja, "2026-05-04 12:00", """Dear Ms Richter,

I heard you speak on the HIMSS Europe panel about e-prescription rollouts. I'm a pharmacist in Nairobi moving into product operations; would you have 30 minutes for a call in the coming weeks?

Best regards,
Wanjiru Kamau""")
t.reply(anja, wanjiru, "2026-05-06 08:37", """Liebe Frau Kamau,

vielen Dank für Ihre Nachricht und Ihr Interesse an unserer Arbeit bei Rezeptwerk!

Im Moment passt es leider überhaupt nicht: Wir stecken mitten im Go-live in drei Bundesländern, und ich komme kaum zum Luftholen. Melden Sie sich gern im Herbst noch einmal, dann sieht es hoffentlich ruhiger aus.

Herzliche Grüße
Anja Richter""", lang="de", enc="8bit", kind="decline",
        note="[de] Postpones to 'im Herbst' with no date ('im Moment passt es leider überhaupt nicht'); the thanks is courtesy and the quoted English ask does not decide.")
cfp = send(Person("Digital Health Africa-Europe", "cfp@dhae-conference.example", "Europe/Berlin", client="gmail"),
           [anja], "2026-10-12 09:00", "Call for contributions: DHAE 2027", """Digital Health Africa-Europe 2027 - Call for contributions

We invite practitioners to submit talks and case studies on pharmacy workflows, e-prescribing and supply chains.

Submission deadline: 30 November 2026. Conference: 14-16 April 2027, Kigali.""", wanjiru, sig=False,
           kind="other", note="(forwarded only)")
forward(anja, [wanjiru], "2026-10-13 17:02", """Liebe Frau Kamau,

ich musste bei diesem Call for Papers sofort an Sie denken: Es werden ausdrücklich Beiträge zu Apothekenprozessen gesucht. Vielleicht ist das etwas für Sie?

Viele Grüße
Anja Richter""", cfp, wanjiru, lang="de", enc="8bit", kind="other",
        note="[de] A contact forwards a call for papers 'ich musste sofort an Sie denken'; the deadline and conference dates sit in the forwarded block and nothing is asked about a meeting, so other (not the 'im Herbst' call she had postponed).")

# ---------------------------------------------------------------- Peter (Boston)

t = Thread(wanjiru, "Invitation: Wanjiru / Peter - pharmacy informatics @ Tue Nov 3, 2026 10am - 10:30am (EST)")
t.send(peter, [wanjiru], "2026-10-27 09:14", """Wanjiru, invite below for next Tuesday, as agreed. Looking forward to it!

Peter

Invitation from Google Calendar

Wanjiru / Peter - pharmacy informatics
Tuesday Nov 3, 2026 - 10am - 10:30am
Eastern Time - New York
Join with Google Meet: meet.example/xkq-pwzd-hbn

Guests: Peter Lindgren - organizer, Wanjiru Kamau
Reply for wanjiru.kamau@tausimail.example: Yes / No / Maybe / More options""",
       sender="Google Calendar <calendar-notification@google.example>", reply_to=peter.addr(), sig=False,
       cal=cal("REQUEST", "Wanjiru / Peter - pharmacy informatics", "2026-11-03 10:00", "2026-11-03 10:30",
               "America/New_York", "tzid", peter, [peter, wanjiru], "2026-10-27 09:14",
               location="meet.example/xkq-pwzd-hbn"),
       kind="confirmation", meet=("2026-11-03 10:00", "America/New_York"), wd="Tue", rel="next_week",
       note="A person's Google Calendar invite (METHOD:REQUEST, TZID=America/New_York) relayed with Sender: Google Calendar; DTSTART Tue Nov 3 10:00 is after the US switch on Nov 1, so -05:00 while the Date header is -0400.")
t = Thread(wanjiru, "Thank you")
t.send(wanjiru, [peter], "2026-11-03 19:30", """Dear Peter,

Thank you for your time this evening (your morning!). Your description of how the Bayhill team pairs pharmacists with engineers on every workflow change gave me a much clearer picture of where I could fit. I'll read the two papers you sent.

Let's keep in touch.

Best regards,
Wanjiru""", kind="thank_you",
       note="Thanks Peter for the call that day and names what helped; 'let's keep in touch' is a courtesy.")
t.reply(Person("Peter Lindgren", "plindgren@bayhill.example", "America/New_York", client="bulk"), wanjiru,
        "2026-11-03 11:31", "", quote=False, subject="Automatic reply: Thank you", client="bulk", fmt="plain",
        plain_text="""I'm at the AMIA Annual Symposium through Wednesday, November 11, and will be slow to respond. If your message is about the Global Health Informatics certificate, please write to ghi-admin@bayhill.example.

Peter Lindgren""", headers=[("Auto-Submitted", "auto-replied")], kind="other",
        note="Out-of-office auto-reply to her thank-you; the conference dates are not a meeting and automated mail is other.")
t.send(peter, [wanjiru], "2027-01-25 08:40", """Dear Wanjiru,

Reporting back, as I promised in November: the grant came through, and we'll be hiring a pharmacist-informaticist based in Nairobi. The posting should go live on 1 February, and I've flagged your name to the hiring committee.

Best,
Peter""", subject="Re: Thank you", kind="update",
       note="News months after the call (grant funded, a role coming, her name flagged); '1 February' is a posting date, not a meeting.")

# ---------------------------------------------------------------- Faith (Kampala)

t = Thread(wanjiru, "Pharmacy to product - can we talk?")
t.send(faith, [wanjiru], "2026-05-18 20:45", """Hi Wanjiru!

Hope you're well and that Nairobi is treating you kindly. I'm thinking of following you out of community pharmacy (don't laugh) and I'd love to hear how you're making the move.

Could we do a call sometime?

Faith""", kind="request",
       note="Asks for a call 'sometime' with no slot; the opening 'hope you're well' is a courtesy and the career news is context, so request.")
t.reply(wanjiru, faith, "2026-05-19 07:20", """Hi Faith, so lovely to hear from you! This month is impossible for me, sorry: we're rolling out e-prescribing to four branches and I'm on site most days. Can you ask me again after the rollout? I'd genuinely love to help.

W""", mobile=True, kind="decline",
        note="Postpones with no date ('ask me again after the rollout'); the question asks Faith to come back later and proposes no meeting, so decline.")
t.reply(faith, wanjiru, "2026-09-28 18:02", """Hi again! The rollout should be well done by now :) Bumping my note from May, still keen for that call whenever works for you.

Faith""", kind="request",
        note="A nudge on the earlier ask after a postponement (the quoted decline); 'whenever works' is not a slot, so request.")
t.reply(wanjiru, faith, "2026-10-05 12:40", """Faith, I'm so sorry for the slow reply!

Let's do Friday the 9th. I'm in the field all day, so I can't promise a time, but I'll call you whenever I get a gap. Keep your phone close!

W""", kind="confirmation", meet=("2026-10-09", "hdr"), allday=True, wd="Fri", rel="weekday",
        note="Fixes the date 'Friday the 9th' but explicitly no time ('I can't promise a time'), so meeting_at is midnight at the Date header's +0300 and all_day is true.")
t.reply(wanjiru, faith, "2026-10-12 09:15", """Hi Faith,

Quick update after our chat on Friday: I spoke to my manager, and Goodlife's digital pharmacy team is opening a clinical content role in Kampala in November. I've sent her your CV. No promises, but she was interested!

W""", kind="update",
        note="News since the call (a role opening, CV passed on); 'in November' is when the role opens, not a meeting, and the quoted text is the all-day confirmation.")

# ---------------------------------------------------------------- refusals

t = Thread(wanjiru, "Product operations at CapeClinic")
ask(t, wanjiru, thandiwe, "2026-06-08 10:00", """Dear Thandiwe,

I'm a pharmacist in Nairobi moving into product operations, and CapeClinic's telepharmacy service is one I admire. Would you have 20 minutes for a call this month?

Kind regards,
Wanjiru""")
t.reply(thandiwe, wanjiru, "2026-06-09 07:58", """Hi Wanjiru - sorry, I can't take on any more of these calls this year. All the best with the move.

T.""", kind="decline", note="A terse refusal of the call with no reason and no new date; 'this year' is the span refused, not a time.")

t = Thread(wanjiru, "Advice on moving into health tech")
ask(t, wanjiru, kennedy, "2026-03-09 18:30", """Hi Kennedy,

Brian Otieno suggested I reach out. Would you have time for a short call about product ops at Zuri Health sometime this month?

Wanjiru""")
t.reply(kennedy, wanjiru, "2026-03-10 21:12", """Hi Wanjiru, thanks for reaching out! Unfortunately I'm not the best person for this anymore: I'm leaving Zuri Health at the end of the month to go back to school, and I'm trying to hand over cleanly before then, so I'd rather not take on anything new. Hope you understand, and all the best!

Kennedy""", kind="decline",
        note="Refuses because he is leaving the company ('end of the month' is his departure, not a meeting), with no new date; sent from an iPhone.")

t = Thread(wanjiru, "Congrats on the move + RxFlow")
ask(t, samir, wanjiru, "2026-11-16 11:00", """Hi Wanjiru,

Congrats on the move to digital pharmacy! I lead partnerships at RxFlow in East Africa, and our inventory module is used by several pharmacy chains in Nairobi. Would you have 20 minutes for a quick call so I can show you what it does?

Best,
Samir""")
t.reply(wanjiru, samir, "2026-11-17 08:05", """Hi Samir, thanks, but we're not evaluating inventory tools this year, so I'll pass on the call.

Wanjiru""", kind="decline",
        note="The owner refuses a salesperson's personal request for a call ('I'll pass on the call'); no new date.")

# ---------------------------------------------------------------- work and bulk

bulk("Nairobi Health Tech Meetup", "hello@nbohealthtech.example", Z, wanjiru, "2026-04-13 10:00",
     "April meetup: pharmacy supply chains + demo night", wanjiru, """Nairobi Health Tech Meetup - April

Our next meetup is on Wednesday 22 April, 6pm at iHub, Ngong Road. Two talks on pharmacy supply chains, then demo night.

RSVP on the meetup page. Snacks and chai provided.

You're receiving this because you joined the Nairobi Health Tech Meetup list. Unsubscribe: https://nbohealthtech.example/unsubscribe""",
     "Mailing-list announcement (List-Id) of a meetup with a date and time; an event for the whole list, not a meeting arranged with Wanjiru.",
     headers=[("List-Id", "<members.nbohealthtech.example>"), ("List-Unsubscribe", "<https://nbohealthtech.example/unsubscribe>"),
              ("Precedence", "list")])

bulk("Certiva Testing", "no-reply@certiva-testing.example", "America/Chicago", wanjiru, "2026-06-19 23:10",
     "Appointment confirmed: PMP exam", wanjiru, """Dear Wanjiru Kamau,

Your exam appointment is confirmed.

Exam: Project Management Professional (PMP)
Date: Thursday, 9 July 2026
Time: 08:30 (local time)
Location: Certiva Test Centre, Westlands, Nairobi

Please arrive 30 minutes early with a valid government-issued ID. To reschedule, log in to your Certiva account at least 48 hours before your appointment.

This is an automated message; please do not reply.""",
     "Automated exam-booking confirmation from a no-reply sender; the exam date and time are not a meeting with a person, so other despite the word 'confirmed'.",
     headers=[("Auto-Submitted", "auto-generated")], enc="b64")

send(mercy, [wanjiru], "2026-09-14 09:20", "Cold-chain SOP - comments by Friday 5pm please", """Hi Wanjiru,

Please review the cold-chain SOP draft (attached) and add your comments by Friday 5pm. QA wants to sign it off before the audit on the 22nd.

Thanks!
Mercy""", wanjiru, attach=[("cold-chain-SOP-v3.pdf", "application/pdf", b"%PDF-1.4\n% sop\n%%EOF\n")], kind="other",
     note="A colleague asks for document comments by Friday 5pm; a work ask with a deadline, and 'the audit on the 22nd' is a project date, not a meeting with Wanjiru.")
