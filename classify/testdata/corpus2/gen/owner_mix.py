"""Ordinary traffic for balance: a fourth owner, Tomás Reyes (Toronto), nurse
moving into health informatics, with plain requests, confirmations,
thank-yous, updates and other mail in several MIME forms."""

from c2 import Person, Thread, answer, bulk, forward, hidden, send
from ics import ics

O = tomas = Person("Tomás Reyes", "tomas.reyes@trmail.example", "America/Toronto", client="outlook", locale="en-US",
                   sig="Tomás Reyes, RN")
june = Person("June Park", "june.park@medisys.example", "America/Toronto", client="gmail", locale="en-US", sig="June")
ahmed = Person("Ahmed Hassan", "ahmed.hassan@clinicflow.example", "America/New_York", client="apple", locale="en-US",
               sig="Ahmed")
beth = Person("Beth Collins", "beth.collins@northhealth.example", "America/Toronto", client="owa", locale="en-US",
              sig="Beth Collins\nClinical Informatics Lead")
raj = Person("Raj Patel", "raj.patel@healthbyte.example", "America/Vancouver", client="yahoo", locale="en-US", sig="Raj")
ines = Person("Inés Castro", "ines.castro@saludigital.example", "America/Bogota", client="gmail", locale="es", sig="Inés")

send(tomas, [june], "2026-09-08 19:30", "From the ICU to informatics", """Hi June,

I'm an ICU nurse looking at clinical informatics roles, and a colleague said you made the same move at MediSys. Would you be willing to have a 20-minute phone call with me sometime this month? I'm on nights this week but flexible after that.

Thank you,
Tomás""", O, kind="request", enc="base64", note="Plain cold ask for a 20-minute call this month (base64 body); the night-shift remark is availability, not a slot.")

answer(O, tomas, june, "2026-09-08 19:30", "From the ICU to informatics", "Would you be willing to have a 20-minute call? Tomás",
       "2026-09-09 12:10", """Hi Tomás,

Of course! Wednesday the 16th at 7pm or Thursday the 17th at 12:30 would both work for me - which is better with your shifts?

June""", kind="request", note="Offers two candidate slots and asks which is better; nothing fixed.")

t = Thread(O, "From the ICU to informatics")
t.msgs.append(hidden(send(june, [tomas], "2026-09-09 12:10", "Re: From the ICU to informatics",
                          "Wednesday the 16th at 7pm or Thursday the 17th at 12:30 would both work for me - which is better?", O,
                          kind="request", note="(quoted only)")))
t.reply(tomas, june, "2026-09-09 14:00", """Hi June,

Thursday the 17th at 12:30 is great. I'll call your cell.

Tomás""", kind="confirmation", meet=("2026-09-17 12:30", "hdr"), wd="Thu",
        note="Picks one offered slot with date and time (Outlook quoting with the other option below).")

send(tomas, [june], "2026-09-17 14:00", "Thank you!", """Hi June,

Thank you so much for the call at lunch today. Hearing how you handled the first six months in informatics made it feel a lot less scary. I'll look into the CPHIMS prep course you mentioned.

Tomás""", O, kind="thank_you", note="Thanks for today's call; the plan to look at a course is part of the thanks.")

send(tomas, [ahmed], "2026-09-21 08:30", "Intro via June Park", """Hi Ahmed,

June Park suggested I get in touch - she said you lead product at ClinicFlow and used to be a charge nurse. Could we set up a short video chat sometime in the next two weeks? Happy to fit around your schedule.

Best,
Tomás""", O, kind="request", note="A referral ask for a short video chat with no slot.")

answer(O, tomas, ahmed, "2026-09-21 08:30", "Intro via June Park", "Could we set up a short video chat? Tomás", "2026-09-22 21:15",
       """Hey Tomás, absolutely. See you Tuesday the 29th at 6pm ET on Zoom - I'll send the link in the morning.

Ahmed""", kind="confirmation", meet=("2026-09-29 18:00", "America/New_York"), wd="Tue",
       note="'See you Tuesday the 29th at 6pm ET' fixes the chat; ET named (-04:00).")

send(tomas, [june], "2026-09-22 22:00", "Thanks for the intro", """June - thanks again for introducing me to Ahmed, he's already replied and we're talking next week.

Tomás""", O, kind="thank_you", note="Thanks for an introduction that happened; the mention of next week's talk fixes no date.")

inv = send(beth, [tomas], "2026-10-02 10:00", "Job shadowing - clinical informatics", """Hi Tomás,

Sending the calendar invite for your shadowing morning with our team, as discussed with your manager.

Beth""", O, kind="confirmation", meet=("2026-10-09 08:30", "America/Toronto"), wd="Fri",
           note="Outlook meeting request (text/calendar METHOD:REQUEST) for Fri 9 October 08:30 America/Toronto (-04:00).")
inv.cal = ics("REQUEST", "Job shadowing - clinical informatics", "2026-10-09 08:30", "2026-10-09 12:00", "America/Toronto",
              "tzid", beth, [beth, tomas], inv.date, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
inv.cal_method = "REQUEST"

send(tomas, [beth], "2026-10-08 16:00", "Tomorrow", """Hi Beth,

Just confirming I'll be at the informatics office tomorrow at 8:30 for the shadowing morning. Looking forward to it.

Tomás""", O, kind="confirmation", meet=("2026-10-09 08:30", "hdr"), rel="tomorrow", wd="Fri",
     note="Confirms an already agreed meeting the day before ('tomorrow at 8:30').")

send(tomas, [beth], "2026-10-09 15:00", "Thank you for this morning", """Hi Beth,

Thank you and the team for hosting me this morning. Seeing the order-set review in practice was eye-opening.

Tomás""", O, kind="thank_you", note="Thanks for the shadowing morning that happened today.")

send(tomas, [ahmed], "2026-10-30 18:00", "A bit of news", """Hi Ahmed,

A bit of news since we talked: I've been accepted into the hospital's informatics fellowship and start rotating through the EHR team in January. Your advice on the application essay helped a lot.

Tomás""", O, kind="update", note="News since their call (accepted into a fellowship); the January start is not a meeting, the closing credit is a courtesy.")

send(june, [tomas], "2026-11-03 09:00", "FYI", """Hi Tomás,

FYI - the analyst posting I mentioned is finally live on our careers site. I told the hiring manager to look out for your application.

June""", O, kind="update", note="A contact reports news (a posting is live, she spoke to the manager); no ask or date.")

answer(O, tomas, raj, "2026-10-12 10:00", "Health data question", "Hi Raj, would you have 20 min for a call? Tomás", "2026-10-12 20:00",
       """hi Tomás, sure thing. how about next wed or thu, anytime after 4 my time? lmk""", kind="request", sig=False,
       note="Offers two days with a window and asks him to choose ('lmk'); lower-case, nothing fixed.")

t = Thread(O, "Health data question")
t.msgs.append(hidden(send(raj, [tomas], "2026-10-12 20:00", "Re: Health data question",
                          "how about Wed Oct 21 or Thu Oct 22 at 4:30pm PT? lmk", O, kind="request", note="(quoted only)")))
t.reply(tomas, raj, "2026-10-13 07:10", """Wed works! Talk then.

Tomás""", kind="confirmation", meet=("2026-10-21 16:30", "America/Los_Angeles"), wd="Wed",
        note="'Wed works!' picks Wed Oct 21 at 4:30pm PT from the quoted proposal; the bare Wednesday after the Date would be Oct 14.")

answer(O, tomas, ines, "2026-10-19 10:00", "Pregunta sobre informática clínica", """Hola Inés,

Soy enfermero en Toronto y me interesa la informática clínica. ¿Podríamos hablar 20 minutos por videollamada?

Gracias,
Tomás""", "2026-10-20 09:00", """Hola Tomás:

¡Con gusto! Te propongo el lunes 26 o el martes 27 a las 10:00 de Bogotá. ¿Cuál te viene mejor?

Inés""", kind="request", lang="es", note="[es] Offers two candidate days at 10:00 Bogotá and asks which is better; nothing fixed.")

t = Thread(O, "Pregunta sobre informática clínica")
t.msgs.append(hidden(send(ines, [tomas], "2026-10-20 09:00", "Re: Pregunta sobre informática clínica",
                          "Te propongo el lunes 26 o el martes 27 a las 10:00 de Bogotá. ¿Cuál te viene mejor?", O,
                          kind="request", lang="es", note="(quoted only)")))
t.reply(tomas, ines, "2026-10-20 11:00", """Hola Inés:

¡El martes me viene perfecto! Gracias.

Tomás""", kind="confirmation", lang="es", meet=("2026-10-27 10:00", "America/Bogota"), wd="Tue",
        note="[es] 'El martes me viene perfecto' accepts Tuesday 27 at 10:00 Bogotá (-05:00) from the quoted proposal; the next Tuesday after the Date is the same day.")

send(raj, [tomas], "2026-10-22 09:00", "the doc", """hey, could you send me your resume and a short blurb about yourself by tomorrow noon? I'll forward it to our recruiter.

raj""", O, kind="other", sig=False, note="Asks for a resume by 'tomorrow noon' to forward; a document deadline, not a meeting.")

bulk("HealthJobs Alerts", "alerts@healthjobs.example", "America/Toronto", tomas, "2026-10-25 06:00",
     "5 new jobs for 'clinical informatics'", O, """5 new jobs match your alert 'clinical informatics' near Toronto, ON.

Clinical Informatics Specialist - North Health - Toronto
EHR Analyst - MediSys - Remote
...

Schedule a call with a career advisor: https://healthjobs.example/advisor

Manage alerts: https://healthjobs.example/alerts""", headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://healthjobs.example/alerts>")],
     note="Job-alert mail (Precedence: bulk) with a 'schedule a call' button; marketing, not a person asking to meet.")

forward(june, [tomas], "2026-11-05 08:00", """Thought this might interest you!

June""", hidden(send(Person("HIMSS Toronto", "events@himss-to.example", "America/Toronto", client="bulk"), [june],
                       "2026-11-04 12:00", "Fall networking evening", """Join us for our fall networking evening on Thursday, November 19 at 6 PM at the MaRS Centre.""",
                       O, client="bulk", fmt="plain", kind="other", note="(quoted only)")), O, kind="other",
        note="A friend forwards an event announcement with a one-line comment; the event time is in the forwarded block, nothing is arranged.")
