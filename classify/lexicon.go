package classify

import "sync"

// The phrase families, by tag. English first, then the common Spanish,
// French and German forms (accents folded, see tokens.go). A family names
// what people do, not one message: each line should read as a way many
// people would say it.
//
//	ask    asking someone for something (needs a meeting word nearby to be a request)
//	meet   a meeting word: call, coffee, chat, 20 minutes
//	nudge  bumping an earlier unanswered ask
//	pick   asking the other side to pick or send times
//	happy  agreeing to meet, without a time yet
//	prop   offering candidate times ("I could do", "either", "would ... suit")
//	conf   fixing or confirming a meeting ("confirming", "it's a date", "see you then")
//	accept accepting a proposal ("works for me", "sounds good", "perfect")
//	decl   refusing or postponing
//	upd    news for a contact
//	past   pointing back to a meeting that happened
var lexOnce sync.Once
var lex *lexicon

func phrases() *lexicon {
	lexOnce.Do(func() {
		defClasses()
		lex = newLexicon(phraseTable)
	})
	return lex
}

func defClasses() {
	defClass("meetw", `call calls chat chats coffee coffees meeting meet conversation convo zoom videocall video phone
		interview minutes mins min lunch breakfast drink drinks hangout facetime skype teams meetup
		llamada cafe reunion charla videollamada platicar conversar minutos platica
		appel echange echanger rencontre rencontrer discuter entretien visio visioconference rendez-vous
		gesprach telefonat anruf kaffee termin treffen austausch austauschen kennenlernen minuten videoanruf catchup`)
	defClass("wday", `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
		lunes martes miercoles jueves viernes sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche
		montag dienstag mittwoch donnerstag freitag samstag sonntag`)
	defClass("when", `then tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday next this on at soon
		shortly in`)
	defClass("cant", `can't cannot cant won't wont couldn't unable`)
	defClass("neg", `not n't don't doesn't didn't won't can't isn't no never nicht kein keine pas`)
	defClass("you", `you u ya`)
	defClass("invite", `invite invitation invites invitations einladung invitacion`)
	defClass("busy", `swamped slammed underwater overloaded overwhelmed buried snowed stretched heads-down maxed`)
	defClass("later", `january february march april may june july august september october november december spring
		summer fall autumn winter q1 q2 q3 q4 year new`)
	defClass("month", `january february march april june july august september october november december`)
}

var phraseTable = map[string][]string{
	"ask": {
		"would you", "could you", "could we", "can we", "can you", "do you have", "would it be possible", "is it possible",
		"any chance", "are you free", "are you available", "are you around", "are you open", "are you up for",
		"are you interested", "if you're open", "if you are open", "if you're free", "if you are free",
		"if you're available", "if you have", "i'd love", "i would love", "i'd be grateful", "i would be grateful",
		"i'd be so grateful", "i'd be really grateful", "i'd be delighted", "i'd be thrilled", "i'd be honored",
		"i'd appreciate", "i would appreciate", "i'd really appreciate", "i was hoping", "i'm hoping", "i am hoping",
		"hoping to", "hoping we", "wondering if", "i wonder if", "would love to", "would be great to",
		"would be lovely to", "open to", "up for", "willing to", "let's find", "let's grab", "let's set up",
		"let's schedule", "let's get", "let's hop", "let's jump", "let's have", "let's book", "let's catch",
		"shall we", "should we", "want to grab", "want to get", "want to meet", "want to hop", "do you want",
		"keen to", "love to chat", "love to meet", "love to talk", "love to hear", "love to learn", "love to pick",
		"pick your brain", "ask for", "request a", "may i ask", "might you", "happy to come", "glad to come",
		"tendrias", "tendria", "tiene tiempo", "podriamos", "podrias", "podria", "te gustaria", "le gustaria",
		"me encantaria", "seria posible", "estarias", "estaria", "quisiera", "te animas",
		"auriez", "aurais", "seriez", "serais", "pourrions", "pourriez", "pourrais", "serait - il", "serait il",
		"accepteriez", "j'aimerais", "je souhaiterais", "voudriez", "voudrais",
		"hatten sie", "hattest du", "konnten wir", "konnten sie", "konntest du", "wurden sie", "wurdest du", "ware es",
		"haben sie zeit", "hast du zeit", "hast du lust", "haben sie lust", "wollen wir", "magst du", "mochten sie",
		"ich wurde mich freuen", "ich wurde mich sehr freuen",
	},
	"meet": {
		"@meetw", "catch up", "catch - up", "talk to you", "talk with you", "speak with you", "speak to you", "pick your brain", "get together",
		"sit down", "hop on", "jump on", "your time", "some time", "half an hour", "a few minutes", "informational",
		"connect", "compare notes", "hablar", "tu tiempo", "su tiempo", "votre temps", "ton temps", "ihre zeit", "deine zeit",
	},
	"nudge": {
		"bumping this", "bumping up", "bump this", "bumping my", "just bumping", "floating this", "floating my", "resurfacing",
		"following up on my", "following up on this", "following up on the", "just following up", "wanted to follow up",
		"circling back", "checking back", "in case it got buried", "in case it slipped", "got buried", "gentle nudge",
		"gentle reminder", "friendly reminder", "quick nudge", "any thoughts on my", "did you get a chance", "did you have a chance",
		"had a chance to", "back to the top", "top of your inbox", "re - sending", "resending", "bringing this back",
		"solo quería dar seguimiento", "dar seguimiento", "je me permets de relancer", "je relance", "petite relance",
		"ich wollte nachhaken", "kurz nachhaken", "nachfassen", "erinnerung an meine",
	},
	"pick": {
		"let me know what works", "let me know which", "let me know when", "let me know what time", "let me know if any",
		"let me know a time", "let me know a few times", "what works for you", "what works best", "which works",
		"which would work", "which suits", "what suits", "pick whichever", "pick a time", "pick a slot", "pick any",
		"choose whichever", "please choose", "please pick", "send me a few times", "send me some times", "send over a few times",
		"send a few times", "a few times that work", "some times that work", "when works", "when would work", "when suits",
		"when are you free", "when are you available", "when would you be", "what does your week look like",
		"what does your calendar look like", "my calendar link", "grab a time", "book a time", "find a time", "find a slot",
		"que dia te", "que horario", "cuando te", "quel jour", "quand seriez", "quand serais", "wann passt", "wann hast du",
		"wann hatten sie", "welcher tag",
	},
	"happy": {
		"happy to chat", "happy to talk", "happy to meet", "happy to help", "happy to connect", "happy to speak",
		"happy to hop", "happy to jump", "happy to share", "glad to chat", "glad to help", "delighted to chat",
		"delighted to help", "delighted to meet", "would be happy to", "i'd be happy to", "i would be happy to",
		"i'm happy to", "i am happy to", "love to chat", "sure thing", "of course", "absolutely", "count me in",
		"con gusto", "encantada de", "encantado de", "avec plaisir", "volontiers", "gerne", "sehr gerne",
	},
	"prop": {
		"i could do", "i can do", "i could meet", "i can meet", "i'm free", "i am free", "i'm available", "i am available",
		"i have time", "i have availability", "i have some time", "i have openings", "my availability", "works best",
		"would work", "would suit", "how about", "what about", "either", "whichever", "options", "any of these",
		"if that works", "if it works", "if that suits", "does that work", "would that work", "or", "any time",
		"anytime", "open on", "free on", "available on", "puedo", "podria", "estoy libre", "tengo disponible", "o",
		"je peux", "je suis libre", "je suis disponible", "ou", "ich kann", "ich konnte", "oder",
	},
	"conf": {
		"confirming", "confirmed", "to confirm", "i confirm", "this confirms", "reconfirm", "locked in", "lock it in",
		"locking it in", "lock that in", "it's a date", "its a date", "see you then", "talk then", "talk to you then",
		"speak then", "speak to you then", "chat then", "calendar invite", "calendar invitation", "sent .. @invite",
		"sending .. @invite", "i've sent .. @invite", "we're all set", "we're set", "we are all set", "all set for",
		"quedamos", "confirmo", "confirmado", "confirmada", "hablamos entonces", "c'est note", "c'est confirme",
		"je confirme", "rendez - vous pris", "rendez - vous confirme", "abgemacht", "ich bestatige", "bestatigt",
		"bis dann", "termin steht",
	},
	"confn": {
		"see you @when", "see you at", "see you on", "see you there", "i'll see you", "i will see you", "we'll see you",
		"talk @wday", "speak @wday", "i'll call you", "i will call you", "i'll ring you", "call you then", "i'll call your",
		"send .. @invite", "i'll send .. @invite", "in my calendar", "on my calendar", "in the calendar", "in my diary",
		"in the diary", "put it in", "pencilled", "penciled", "blocked the time", "blocked off", "calendar hold", "booked",
		"scheduled for", "let's do", "let's say", "let's go with", "let's plan on", "let's meet", "let's lock",
		"let's make it", "let's book", "look forward to seeing you", "looking forward to seeing you", "looking forward to our",
		"look forward to our", "looking forward to meeting", "looking forward to speaking", "looking forward to talking",
		"looking forward to chatting", "i'll be there", "i will be there", "zoom link", "meet link", "teams link",
		"reminder", "nos vemos", "hablamos el", "te mando el enlace", "te mando la invitacion", "te envio el enlace",
		"te envio la invitacion", "ca marche", "entendu", "va pour", "je vous envoie l'invitation", "je vous envoie le lien",
		"a bientot", "bis @wday", "bis morgen", "wir sehen uns", "sehen uns", "ich schicke", "geht klar", "einverstanden",
	},
	"itis": {"it is", "it's", "es", "c'est"},
	"accept": {
		"works for me", "work for me", "works with me", "works for us", "that works", "this works", "it works",
		"works great", "works perfectly", "works well", "works", "sounds good", "sounds great", "sounds perfect",
		"sounds like a plan", "perfect", "great", "fine", "is fine", "fine by me", "suits me", "suits us", "that suits",
		"ok", "okay", "deal", "done", "yes", "yep", "sure", "grand", "lovely", "excellent", "wonderful", "good for me",
		"is good", "is perfect", "is great", "are good", "the first", "the second", "first one", "second one",
		"first option", "second option", "the earlier", "the later", "the former", "the latter",
		"perfecto", "me va bien", "me viene bien", "me queda bien", "de acuerdo", "vale", "parfait", "ca me va",
		"ca me convient", "d'accord", "tres bien", "passt", "klingt gut", "prima", "super", "perfekt",
	},
	"decl": {
		"@cant make", "@cant do", "@cant meet", "@cant join", "@cant attend", "@cant fit", "@cant find time",
		"@cant take", "@cant commit", "@cant chat", "@cant talk", "@cant squeeze", "@cant get to", "@cant be there",
		"@cant make it", "won't be able to", "will not be able to", "not be able to", "not able to", "unable to",
		"not going to be able", "going to have to say no", "have to say no", "say no to", "it's a no", "its a no",
		"have to decline", "must decline", "need to decline", "will decline", "politely decline", "respectfully decline",
		"going to decline", "have to pass", "going to pass", "gonna pass", "i'll pass", "i will pass", "pass on the",
		"pass on this", "pass on your", "pass for now", "not a good time", "not the right time", "not a great time",
		"bad time", "not in a position to", "not taking on", "not taking any", "stopped taking", "no longer taking",
		"don't have the bandwidth", "don't have bandwidth", "don't have the capacity", "don't have capacity",
		"don't have the time", "no bandwidth", "no capacity", "heads - down until", "heads - down through", "heads down until", "@busy until", "@busy through", "@busy for the",
		"@busy right now", "@busy at the moment", "@busy with", "@busy these", "reach out again", "reach out in the",
		"reach out after", "reach out next", "reach out early", "reach back out", "circle back in", "circle back after",
		"try again in", "try again after", "try me again", "ping me in", "ping me again", "get in touch again",
		"need to cancel", "have to cancel", "going to cancel", "will have to cancel", "cancel our", "cancel the call",
		"cancel the meeting", "cancel tomorrow", "cancelling our", "canceling our", "to cancel", "must cancel",
		"need to postpone", "have to postpone", "postpone our", "postpone the", "need to push", "have to push",
		"push our", "rain check", "raincheck", "put it on hold", "put this on hold", "put things on hold", "hold off",
		"not interested", "no thanks", "no thank you", "doesn't work anymore", "no longer works", "no longer work",
		"won't work", "doesn't work for me", "can no longer", "no longer be able", "not going to work",
		"no podre", "no puedo", "no voy a poder", "tengo que cancelar", "tengo que declinar", "tengo que posponer",
		"debo declinar", "no me es posible", "no tengo tiempo", "no tengo disponibilidad", "cancelar nuestra",
		"cancelar la llamada", "cancelar la reunion", "posponer", "lamentablemente no", "desafortunadamente no",
		"je dois decliner", "je dois annuler", "je dois refuser", "je dois reporter", "pas en mesure", "je ne pourrai pas",
		"je ne peux pas", "je n'ai pas le temps", "annuler notre", "annuler le", "annuler l'appel", "malheureusement je",
		"muss leider absagen", "muss absagen", "leider absagen", "absagen", "leider nicht", "keine zeit", "nicht moglich",
		"kann leider nicht", "mussen wir verschieben", "muss verschieben", "leider keine",
	},
	"upd": {
		"quick update", "small update", "brief update", "short update", "an update", "update on", "update :", "some news",
		"quick news", "good news", "great news", "exciting news", "big news", "bit of news", "news from", "news since",
		"wanted to let you know", "want to let you know", "wanted to share", "wanted to update you", "wanted to tell you",
		"wanted you to hear", "wanted you to know", "thought you'd want", "thought you would want", "thought you'd like",
		"thought you might like to know", "keep you posted", "keep you in the loop", "closing the loop", "close the loop",
		"loop you in", "fyi", "accepted an offer", "accepted the offer", "accepted a position", "accepted the role",
		"got the job", "got the offer", "got an offer", "landed", "i start on", "i start in", "i'll start", "i started",
		"i've started", "i have started", "i've joined", "i joined", "i have joined", "went great", "went well",
		"went really well", "it went", "posting is", "role is", "went live", "is live", "just posted", "posted the",
		"mentioned your name", "passed your name", "passed on your", "passed along your", "put your name", "forwarded your",
		"shared your", "got funded", "was funded", "took your advice", "following your advice", "as you suggested",
		"signed up", "enrolled", "i applied", "i've applied", "i've finished", "i finished", "i've completed", "i completed",
		"i met with", "we met", "we talked", "we spoke", "i spoke with", "i talked to", "i reached out to", "made the move",
		"made the switch", "i passed", "i got in", "i was accepted", "i've been accepted", "heard back", "an interview with",
		"final round", "progress", "quick one", "other news", "in other news",
		"queria contarte", "te cuento", "novedades", "una actualizacion", "buenas noticias", "acepte la oferta",
		"je voulais vous dire", "je voulais te dire", "des nouvelles", "petite mise a jour", "bonne nouvelle",
		"j'ai accepte", "ich wollte dir", "ich wollte ihnen", "kurzes update", "neuigkeiten", "gute nachrichten",
		"ich habe die stelle", "ich habe das angebot",
	},
	"past": {
		"our call", "our chat", "our conversation", "our coffee", "our meeting", "our talk", "your advice", "your point",
		"you said", "you mentioned", "you suggested", "you shared", "stuck with me", "half an hour with you",
		"hour with you", "talking to you", "talking with you", "speaking with you", "meeting you", "meeting with you",
		"the time you", "took the time", "taking the time", "made the time", "yesterday", "last week", "this morning",
		"last night", "earlier today", "the other day", "nuestra charla", "nuestra llamada", "notre echange",
		"notre conversation", "unser gesprach",
	},
}
