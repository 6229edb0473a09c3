package classify

import (
	"strings"
	"sync"
)

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
//	declw  a reason to be away or gone (leave, leaving the company): a refusal only in a bare reply
//	choice handing the choice of slot back ("up to you", "your call")
//	upd    news for a contact
//	past   pointing back to a meeting that happened
var lexOnce sync.Once
var lex *lexicon

func phrases() *lexicon {
	lexOnce.Do(func() {
		defClasses()
		table := make(map[string][]string, len(phraseTable)+3)
		for k, v := range phraseTable {
			table[k] = v
		}
		// The bulk-mail vocabularies are written as plain text; they join
		// the token lexicon so that one pass over the tokens finds them all.
		table["auto"], symAuto = tokenPhrases(bodyAutoPhrases)
		table["ooo"], symOOO = tokenPhrases(oooPhrases)
		table["spam"], symSpam = tokenPhrases(spamPhrases)
		lex = newLexicon(table)
	})
	return lex
}

// Phrases that do not start with a word ("100%", "$$$") stay plain
// substrings, checked on the raw text.
var symAuto, symOOO, symSpam []string

// tokenPhrases turns plain phrases into token patterns.
func tokenPhrases(ps []string) (pats, symbols []string) {
	for _, p := range ps {
		toks := tokenize(p)
		if len(toks) == 0 || toks[0].kind != tWord {
			symbols = append(symbols, p)
			continue
		}
		f := make([]string, len(toks))
		for i, t := range toks {
			f[i] = strings.ReplaceAll(t.s, "|", "")
			if f[i] == "" || f[i] == ".." || f[i] == "..." || f[i] == "#" || strings.HasPrefix(f[i], "@") || strings.HasPrefix(f[i], "[") {
				f[i] = "x-never"
			}
		}
		pats = append(pats, strings.Join(f, " "))
	}
	return pats, symbols
}

func defClasses() {
	defClass("meetw", `chai tea cuppa pint pints beer beers call calls chat chats coffee coffees meeting meet conversation convo zoom videocall video phone
		interview demo minutes mins min lunch breakfast drink drinks hangout facetime skype teams meetup
		llamada cafe reunion charla videollamada platicar conversar minutos platica
		appel echange echanger rencontre rencontrer discuter entretien visio visioconference rendez-vous
		gesprach telefonat anruf kaffee termin treffen austausch austauschen kennenlernen minuten videoanruf catchup
		gesprache telefonate anrufe termine llamadas reuniones charlas appels echanges rencontres entretiens interviews`)
	defClass("wday", `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
		lunes martes miercoles jueves viernes sabado domingo lundi mardi mercredi jeudi vendredi samedi dimanche
		montag dienstag mittwoch donnerstag freitag samstag sonntag`)
	defClass("when", `then tomorrow today tonight monday tuesday wednesday thursday friday saturday sunday next this on at soon
		shortly in`)
	defClass("cant", `can't cannot cant won't wont couldn't unable`)
	defClass("neg", `not n't don't doesn't didn't won't can't isn't no never nicht kein keine pas`)
	defClass("you", `you u ya`)
	defClass("meetverb", `make meet join attend commit chat talk speak fit squeeze hop jump schedule connect
		accommodate come help take`)
	defClass("invite", `invite invitation invites invitations einladung invitacion`)
	defClass("busy", `swamped slammed underwater overloaded overwhelmed buried snowed stretched heads-down maxed`)
	defClass("later", `january february march april may june july august september october november december spring
		summer fall autumn winter q1 q2 q3 q4 year new`)
	defClass("month", `january february march april june july august september october november december`)
}

var phraseTable = map[string][]string{
	"ask": {
		"if you could sit", "could sit with", "would sit with",
		"any chance i could", "any chance you'd", "any chance of", "buy you a",
		"could i ask you for", "can i ask you for", "may i ask you for", "may we have", "might you have", "maybe you have", "do you have", "would you have", "could you spare",
		"if you can spare", "if you could spare", "can you spare", "could you spare", "kindly if you", "spare # minutes",
		"want to come", "want to grab", "wanna grab", "want to meet", "fancy a", "fancy grabbing",
		"would a", "you two should", "you both should", "you should connect", "you two should connect", "should get on a", "should grab a",
		"would it be ok", "would it be okay", "would it be alright", "is it ok if", "is it okay if", "would you be ok", "whether you might", "whether you could", "whether you would", "you might spare", "you could spare", "could you spare", "can you spare", "would you spare", "te vendria bien", "le vendria bien", "te viene bien", "le viene bien", "te iria bien", "vous serait - il possible", "est - ce que vous auriez", "ginge es", "ware es moglich",
		"could i take", "can i take", "might i take", "may i take", "could i steal",
		"mind if i", "would you mind if", "could i steal", "can i steal", "could i borrow", "can i borrow", "is there a chance", "is there any chance", "if it is possible", "if it's possible", "if it would be possible", "kindly let me know if", "would it be feasible", "be down to", "would you be down", "are you down",
		"would you", "could you", "could we", "can we", "can you", "do you have", "would it be possible", "is it possible",
		"any chance", "are you free", "are you available", "are you around", "are you open", "are you up for",
		"are you interested", "if you're open", "if you are open", "if you're free", "if you are free",
		"if you're available", "free for a", "free for coffee", "time for a", "i'd love", "i would love", "i'd be grateful", "i would be grateful",
		"i'd be so grateful", "i'd be really grateful", "i'd be delighted", "i'd be thrilled", "i'd be honored",
		"i'd appreciate", "i would appreciate", "i'd really appreciate", "i was hoping", "i'm hoping", "i am hoping",
		"hoping to", "hoping we", "wondering if", "i wonder if", "would love to", "would be great to",
		"would be lovely to", "open to", "up for", "willing to", "let's set up",
		"let's catch",
		"shall we", "should we", "want to grab", "want to get", "want to meet", "want to hop", "do you want",
		"keen to", "love to chat", "love to meet", "love to talk", "love to hear", "love to learn", "love to pick",
		"pick your brain", "ask for", "request a", "may i ask", "might you", "happy to come", "glad to come",
		"tendrias", "tendria", "tiene tiempo", "podriamos", "podrias", "podria", "te gustaria", "le gustaria",
		"me encantaria", "seria posible", "estarias", "estaria", "quisiera", "te animas",
		"auriez", "aurais", "seriez", "serais", "pourrions", "pourriez", "pourrais", "serait - il", "serait il",
		"accepteriez", "j'aimerais", "je souhaiterais", "voudriez", "voudrais",
		"hatten sie", "hattest du", "konnten wir", "konnten sie", "konntest du", "wurden sie", "wurdest du", "ware es",
		"haben sie zeit", "hast du zeit", "hast du lust", "haben sie lust", "wollen wir", "magst du", "mochten sie",
		"ich wurde mich freuen", "ich wurde mich sehr freuen", "wurde mich .. freuen", "wenn sie .. zeit", "wenn du .. zeit", "ob sie .. zeit", "ob du .. zeit",
		"i'd .. grateful", "i would .. grateful", "would be .. grateful", "be grateful for", "i'd .. appreciate", "would .. appreciate", "would .. love to", "want to do", "want to catch", "keen to catch", "still keen", "free for", "could i buy you", "can i buy you", "could i take you", "can i take you", "could i grab", "would you mind", "do you fancy", "fancy a", "any chance you", "hatten sie zeit", "hatten sie lust", "ware das moglich", "konnten wir uns", "tendrias tiempo", "podriamos vernos", "auriez - vous", "seriez - vous", "pourriez - vous", "serait - ce possible",
		"could i get", "can i get", "could i have", "may i have", "could i ask for", "would you have",
	},
	"meet": {
		"at your convenience", "we could talk", "could we talk", "can we talk", "we can talk", "hop on a", "virtual coffee", "quick call", "quick chat",
		"@meetw", "catch up", "catch - up", "teams link", "teams call", "teams meeting", "video call", "phone call",
		"google meet", "meet link", "talk to you", "talk with you", "speak with you", "speak to you", "pick your brain", "pick your brains", "pint", "a pint", "get together",
		"sit down", "hop on", "jump on", "your time", "some time", "half an hour", "a few minutes", "informational",
		"connect", "compare notes", "hablar", "tu tiempo", "su tiempo", "votre temps", "ton temps", "ihre zeit", "deine zeit",
		"halbe stunde", "media hora", "demi - heure", "to talk", "to chat", "to speak", "a demo", "quick demo",
	},
	"lets": {
		"let's find", "let's grab", "let's set up", "let's schedule", "let's get", "let's hop", "let's jump",
		"let's have", "let's book", "let's catch", "let's do", "let's meet", "let's plan", "let's try", "we should grab",
		"we should get", "hablemos", "quedemos", "veamonos", "on se voit", "voyons - nous", "lass uns", "treffen wir uns",
	},
	"nudge": {
		"check if you saw", "did you see my", "if you saw my", "saw my message", "my message below", "my note below", "my email below", "my previous message", "my previous email", "my last message", "my last email", "my earlier message", "my earlier note", "slipped through the cracks", "float this", "back up your inbox", "my mail from", "my email from", "whether my mail", "did my mail reach", "te refloto", "se te traspapelo", "por si se te paso", "je me permets de revenir",
		"nach oben zu holen", "nach oben holen", "erlaube mir .. noch einmal", "one more time", "trying my luck", "try my luck", "writing again", "i write again", "me write again",
		"bumping this", "bumping up", "bump this", "bumping my", "just bumping", "floating this", "floating my", "resurfacing",
		"following up on my", "following up on this", "following up on the", "just following up", "wanted to follow up",
		"circling back", "checking back", "in case it got buried", "in case it slipped", "got buried", "gentle nudge",
		"gentle reminder", "friendly reminder", "quick nudge", "any thoughts on my", "did you get a chance", "did you have a chance",
		"had a chance to", "back to the top", "top of your inbox", "re - sending", "resending", "bringing this back",
		"solo quería dar seguimiento", "dar seguimiento", "je me permets de relancer", "je relance", "petite relance",
		"ich wollte nachhaken", "kurz nachhaken", "nachfassen", "erinnerung an meine",
		"check back in", "checking back in", "check in again", "checking in again", "shall we try again", "should we try again", "can we try again", "try again in the new", "any luck with", "still keen", "still up for", "still interested in", "still happy to", "still open to", "wanted to check in", "just checking in on", "following up on our",
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
		"whenever works", "whenever suits", "whenever you're free", "whenever you have time", "when you're free", "send me a few dates", "send me some dates", "a few dates that work", "send me a couple", "what day works", "which day works", "which time works", "what time works", "sagen sie mir", "sag mir", "was ihnen besser passt", "was dir besser passt", "welcher termin", "dime que", "dime cual", "dites - moi", "dis - moi", "quel creneau",
		"couple of times that", "few times that suit", "times that suit you", "times that work for you", "times that suit",
		"throw me a couple", "throw me some", "throw me a few", "send me times", "send me your availability", "share your availability",
		"pick one", "choose one", "take your pick", "your pick", "let me know a convenient", "convenient slot", "convenient time", "a time that suits", "a slot that suits",
	},
	"happy": {
		"happy to chat", "happy to talk", "happy to meet", "happy to help", "happy to connect", "happy to speak",
		"happy to hop", "happy to jump", "glad to chat", "delighted to chat", "delighted to meet", "would be happy to",
		"i'd be happy to", "i would be happy to", "i'm happy to", "i am happy to", "love to chat", "count me in",
		"con gusto", "encantada de", "encantado de", "avec plaisir", "volontiers", "gerne", "sehr gerne",
	},
	"choice": {
		"you choose", "your choice", "your call", "up to you", "you decide", "dealer's choice", "tu eliges", "elige tu",
		"a toi de choisir", "a vous de choisir", "du entscheidest", "sie entscheiden",
	},
	"prop": {
		"anytime after", "any time after", "anytime before", "any time before", "anytime from", "anything before", "anything after",
		"either is fine", "either is good", "either would be", "both work", "both are fine", "both fine", "either day",
		"i can offer", "i could offer", "can offer you", "would either", "either suit", "either work", "either works", "i'm around", "i am around", "i'm free on", "te propongo", "je vous propose", "je te propose", "ich schlage", "wie ware es",
		"i could do", "i can do", "i could meet", "i can meet", "i'm free", "i am free", "i'm available", "i am available",
		"i have time", "i have availability", "i have some time", "i have openings", "my availability", "works best",
		"would work", "would suit", "how about", "what about", "whichever", "any of these", "either of these",
		"if that works", "if it works", "if that suits", "does that work", "would that work", "open on", "free on",
		"available on", "puedo", "podria", "estoy libre", "tengo disponible", "je peux", "je suis libre",
		"je suis disponible", "ich kann", "ich konnte",
		"could we do", "can we do", "could you do", "can you do",
	},
	"conf": {
		"quedamos entonces", "quedamos el", "quedamos a las", "je te confirme", "je vous confirme",
		"still on for", "we're on for", "we are on for", "we're still on", "all set for", "booked a table", "had to move us", "move us to",
		"te llamo el", "le llamo el", "je t'appelle", "je vous appelle", "ich rufe dich", "ich rufe sie", "i'll call you on", "i'll ring you on",
		"come spend", "come and spend",
		"shifted us to", "moved us to", "i've moved us", "pushed us to", "bumped us to",
		"see u there", "see u then", "cu there", "see ya there",
		"come through", "come by on", "pop by on", "drop by on", "swing by on",
		"i'll be on at", "i'll be there at", "i'll join at", "let's start at", "we'll start at",
		"go pour", "va pour", "ca marche pour", "c'est note pour", "ok pour",
		"te reservo", "le reservo", "je te reserve", "je vous reserve", "blocked the whole", "blocked out the whole", "keeping the whole",
		"sprechen wir dann", "wie von ihnen vorgeschlagen", "wie vorgeschlagen", "treffen wir uns dann", "horen wir uns dann",
		"wie gebucht", "wie besprochen", "wie vereinbart", "comme convenu", "como quedamos", "como acordamos",
		"confirming", "confirmed", "i confirm", "this confirms", "reconfirm", "locked in", "lock it in",
		"locking it in", "lock that in", "it's a date", "its a date", "see you then", "talk then", "talk to you then",
		"speak then", "speak to you then", "chat then", "calendar invite", "calendar invitation", "sent .. @invite",
		"sending .. @invite", "i've sent .. @invite", "we're all set", "we're set", "we are all set", "all set for",
		"quedamos", "confirmo", "confirmado", "confirmada", "hablamos entonces", "c'est note", "c'est confirme",
		"je confirme", "rendez - vous pris", "rendez - vous confirme", "abgemacht", "ich bestatige", "bestatigt",
		"bis dann", "termin steht",
	},
	"confn": {
		"talk on @wday", "speak on @wday", "chat on @wday", "talk to you on @wday", "see you next @wday",
		"see you @when", "see you at", "see you on", "see you there", "i'll see you", "i will see you", "we'll see you",
		"talk @wday", "speak @wday", "i'll call you", "i will call you", "i'll ring you", "call you then", "i'll call your",
		"send .. @invite", "i'll send .. @invite", "in my calendar", "on my calendar", "in the calendar", "in my diary",
		"in the diary", "put it in", "pencilled", "penciled", "blocked the time", "blocked off", "calendar hold", "booked",
		"let's do", "let's say", "let's go with", "let's plan on", "let's meet", "let's lock",
		"let's make it", "look forward to seeing you", "looking forward to seeing you", "looking forward to our",
		"look forward to our", "looking forward to meeting", "looking forward to speaking", "looking forward to talking",
		"looking forward to chatting", "i'll be there", "i will be there", "zoom link", "meet link", "teams link",
		"reminder .. @meetw", "nos vemos", "hablamos el", "hablemos el", "te mando el link", "te paso el link", "te envio el link", "te mando el enlace", "te mando la invitacion", "te envio el enlace",
		"te envio la invitacion", "ca marche", "entendu", "va pour", "je vous envoie l'invitation", "je vous envoie le lien",
		"a bientot", "bis @wday", "bis morgen", "wir sehen uns", "sehen uns", "ich schicke", "geht klar", "einverstanden",
		"looking forward to @when", "look forward to @when", "i'll join at", "i will join at", "i'll be there at", "i'll dial in", "i'll call at", "i'll call you at", "einzuladen", "einladen", "invite you to", "invited to", "like to invite you", "see you at", "see you in", "join you at",
		"come by", "drop by", "stop by", "swing by", "come over", "pop by", "pop over", "booked the", "booked a table", "booked a room", "reserved a", "reserve a table",
		"just to confirm", "to confirm our", "to confirm that", "to confirm we're", "to confirm tomorrow", "wanted to confirm", "want to confirm", "let's start at", "let's push to", "let's move", "let's shift", "moving our", "move our @meetw to", "moved our", "pushed to", "push it to", "bumped to", "shifted to", "l'est",
	},
	"itis": {"it is", "it's", "es", "c'est"},
	"accept": {
		"me va de maravilla", "de maravilla", "me va genial", "me va perfecto", "alli estare", "ahi estare", "j'y serai", "me convient", "ich bin dabei", "bin dabei",
		"viene de perlas", "de perlas", "me viene genial", "me cuadra",
		"count me in", "deal", "sorted",
		"@wday please", "@wday , please",
		"works for me", "work for me", "works with me", "works for us", "that works", "this works", "it works",
		"works great", "works perfectly", "works well", "works", "sounds good", "sounds great", "sounds perfect",
		"sounds like a plan", "perfect", "great", "is fine", "fine by me", "suits me", "suits us", "that suits",
		"ok", "okay", "deal", "done", "yes", "yep", "sure", "grand", "good for me",
		"is good", "is perfect", "is great", "are good", "first one", "second one", "first option", "second option", "the latter", "the former", "third option", "the later one", "the earlier one",
		"perfecto", "me va bien", "me viene bien", "me queda bien", "de acuerdo", "vale", "parfait", "ca me va",
		"ca me convient", "d'accord", "tres bien", "passt", "klingt gut", "perfekt",
	},
	"decl": {
		"heads down on", "heads - down on", "heads down with", "calendar is packed", "calendar is full", "schedule is packed", "schedule is full", "diary is full", "diary is packed", "fully booked", "booked solid", "booked up", "not much help", "not be much help", "of much help", "i wish i could", "wish i could help", "try me in", "try me after", "try me later", "try me next",
		"not the best time", "not a great time", "not a good time", "a bad time", "revisit in", "revisit later", "revisit next", "revisit once", "revisit then", "maybe later", "later in the year", "some other time", "je ne peux pas", "pas le temps", "pas possible", "no puedo", "no es posible", "leider keine zeit", "leider nicht", "leider nein", "keine zeit",
		"not this time", "maybe another time", "another time perhaps", "no me viene bien", "no me viene nada bien", "no me va bien", "prefiero no comprometerme", "prefiero no", "ando a tope", "estoy a tope", "voy a tope", "klappt .. leider nicht", "klappt leider nicht", "klappt bei mir nicht", "passt leider nicht", "geht leider nicht", "voll eingespannt", "stark eingespannt", "eingespannt", "drop out of", "have to drop", "need to drop out", "not taking on any", "not taking any", "@cant fit anything", "@cant fit it in", "@cant fit this in", "winding down",
		"need to say no", "to say no for now", "say no for now", "saying no to", "i'm saying no", "must say no", "i'll say no", "@cant say yes", "i'll have to pass", "have to pass on", "must pass", "need to pass", "muss leider passen", "muss .. passen", "not much use to you", "not much help to you", "won't be much help", "wouldn't be much help", "not the person to", "not the ideal person", "not the best fit", "not well placed", "wrong person to ask", "decirte que no", "decirle que no", "decir que no", "tengo que rechazar", "no puedo aceptar", "no voy a poder aceptar", "ne pas pouvoir accepter", "je ne peux pas accepter", "je prefere ne pas", "ne pourrai pas donner suite", "pas donner suite", "ich muss .. ablehnen", "muss leider ablehnen", "leider ablehnen", "nicht zusagen", "plate is full", "plate is too full", "plate is overflowing", "full plate", "too much on my plate", "a lot on my plate", "too much going on", "@cant see a free", "@cant see a slot", "@cant see any", "no free slot", "no time right now", "no time at the moment", "sorry , no time", "no time , sorry", "@cant take this on", "@cant take that on", "@cant take it on", "not able to take this on", "unable to take this on", "bail on", "have to bail", "gotta bail", "got to bail", "must bail", "call off", "not reschedule for now", "not going to reschedule", "won't reschedule", "come back to you when", "get back to you when", "get back in touch when", "ping you when", "when things calm down", "when it calms down", "when things settle", "once things settle", "when it is calmer", "when it's calmer", "not possible for me", "is not possible", "isn't possible", "me resulta imposible", "imposible", "no me va a ser posible", "not in a position to", "stepped back from", "stepping back from", "step back from", "not doing informational", "don't do informational", "no longer doing", "komplett ausgelastet", "voll ausgelastet", "keine kapazitat", "keine kapazitaten", "no puedo asumir", "je suis debordee", "trop charge", "trop chargee",
		"@cant make it", "@cant make @when", "@cant make our", "@cant make the", "@cant do @when", "@cant do the",
		"@cant do our", "@cant meet", "@cant join", "@cant attend", "@cant fit .. in", "@cant find time", "@cant find the time",
		"@cant take on", "@cant commit to", "@cant chat", "@cant squeeze", "@cant be there", "@cant do a", "@cant do coffee",
		"won't be able to @meetverb", "will not be able to @meetverb", "not be able to @meetverb", "not able to @meetverb",
		"unable to @meetverb", "not going to be able to @meetverb", "going to have to say no", "have to say no",
		"say no to the", "say no to a", "say no to your", "it's a no", "its a no", "have to decline", "must decline",
		"need to decline", "will decline", "politely decline", "respectfully decline", "going to decline", "have to pass",
		"going to pass", "gonna pass", "i'll pass", "i will pass", "pass on the @meetw", "pass on this", "pass on your",
		"pass for now", "not a good time for", "not the right time for", "not in a position to @meetverb",
		"not taking on", "not taking any new", "stopped taking", "no longer taking", "don't have the bandwidth",
		"don't have bandwidth", "don't have the capacity", "don't have capacity", "no bandwidth", "no capacity",
		"heads - down until", "heads - down through", "heads down until", "@busy until", "@busy through", "@busy for the",
		"reach out again", "reach out in the new", "reach out after", "reach out next", "reach out early", "reach back out in",
		"circle back in the new", "try again in the new", "try me again", "ping me again in", "get in touch again in",
		"need to cancel", "have to cancel", "going to cancel", "will have to cancel", "cancel our", "cancel the call",
		"cancel the meeting", "cancel tomorrow's", "cancelling our", "canceling our", "must cancel",
		"need to postpone", "have to postpone", "postpone our", "postpone the @meetw", "need to push our", "have to push our",
		"push our @meetw", "rain check", "raincheck", "put our @meetw on hold", "doesn't work anymore", "no longer works for me",
		"won't work for me", "doesn't work for me", "can no longer make", "no longer be able to",
		"no podre", "no voy a poder", "tengo que cancelar", "tengo que declinar", "tengo que posponer",
		"debo declinar", "no me es posible", "no tengo tiempo", "no tengo disponibilidad", "cancelar nuestra",
		"cancelar la llamada", "cancelar la reunion", "posponer nuestra", "posponer la",
		"je dois decliner", "je dois annuler", "je dois refuser", "je dois reporter", "pas en mesure de", "je ne pourrai pas",
		"je n'ai pas le temps", "annuler notre", "annuler l'appel", "reporter notre",
		"muss leider absagen", "muss absagen", "leider absagen", "kann leider nicht", "mussen wir verschieben",
		"muss verschieben", "keine zeit fur", "termin absagen", "gesprach absagen",
		"can we push", "could we push", "push it", "push this", "need to push", "have to skip", "need to skip", "going to have to skip", "will have to skip", "let's reschedule", "need to reschedule", "have to reschedule", "will have to reschedule", "reschedule once", "reschedule when", "reschedule for another", "revisit when", "revisit in the", "revisit after", "revisit this", "when i'm back", "once i'm back", "rather say no", "say no than", "the wrong person", "not the right person", "not the best person", "muss ich .. absagen", "muss .. absagen", "leider .. absagen", "mochte .. absagen", "absagen mussen", "nicht wahrnehmen", "kann .. nicht", "muss .. verschieben", "verschieben wir", "no voy a poder", "tengo que .. cancelar", "me va a ser imposible", "no podremos", "je vais devoir annuler", "je dois .. annuler", "je ne vais pas pouvoir", "pas possible pour moi", "called off", "call it off", "calling off", "have to bail", "need to bail", "can't make it today", "can't do today", "have to cancel", "something came up",
		"i'll decline", "i will decline", "decline the meeting", "decline the call", "decline the invitation", "going to say no", "i'm going to say no", "stretched too thin", "no puedo comprometerme", "escribeme de nuevo", "escribeme en", "lo dejamos para", "dejamos para mas adelante", "mas adelante", "te escribo yo", "te escribo cuando", "kurzfristige absage", "absage", "das verschieben", "konnen wir das verschieben", "ich meld mich", "je reviens vers vous", "plus tard dans",
		// postponements with no date, refusals by redirection, and the
		// idioms of writers of every kind
		"passt es leider", "passt .. leider nicht", "passt mir leider", "melden sie sich .. noch einmal", "melden sie sich .. wieder",
		"meld dich .. nochmal", "meld dich .. wieder", "frag mich .. nochmal", "fragen sie mich .. nochmal",
		"impossible for me", "impossible for us", "impossible right now", "impossible at the moment", "c'est impossible", "unmoglich",
		"ask me again", "redemandez-moi", "recontactez-moi", "vuelve a escribirme",
		"sit this one out", "sit it out", "sit this out", "cannot anymore", "can't anymore", "prefer not to promise",
		"when it is more calm", "when it is calmer", "when it is quieter", "when it's quieter", "when things are quieter", "once it's quieter",
		"once things are quieter", "when things quiet down", "once things quiet down",
		"nicht die richtige", "nicht der richtige", "nicht die passende", "nicht der passende", "pas la bonne personne",
		"pas le bon interlocuteur", "pas la bonne interlocutrice", "no soy la persona", "better placed to", "a better person",
		"better person to", "pick it up in", "pick it up after", "pick this up in", "pick this up after", "pick things up in",
		"sous l'eau", "dans le jus", "pas cette saison", "je suis au regret", "au regret de", "donner une suite favorable", "pantoute le temps",
		"me tengo que bajar", "tengo que bajarme", "me bajo de", "no doy abasto", "me pillas", "cuando vuelva te escribo", "no llego",
		"ich bedaure", "bedaure", "schaff's grad", "ich schaff's", "ich meld mi", "wird nix", "land unter", "nach meinem urlaub",
		"keine individuellen", "nicht mehr dazu", "ich bin raus",
		"voy a tener que suspender", "tener que suspender", "apenas regrese", "prefiero dejarlo", "dejarlo aqui", "no quiero hacerte perder",
		"kein erstgesprach", "mochte daher kein", "mochte kein", "would love to but", "would love to , but", "let's try in the new", "try in the new year", "i'm off to",
		"get back to you with another", "with another day", "for the next while", "not doing anything after",
		"circle back in", "circle back after", "ketch me after", "catch me after", "catch me in", "new year , i promise", "man i wish",
		"won't manage", "wont manage", "let's not plan", "lets not plan", "duck out", "leave it for now", "when the dust settles", "once the dust settles", "park it", "let's park", "rather not promise",
		"not promise a new date", "leave you hanging", "bow out", "got to bow out", "zero bandwidth", "ping me in the", "no tengo cabeza", "me escribes entonces", "escribeme entonces", "ecris-moi a ce moment", "no tengo ni una hora", "ni una hora libre", "lo retomamos", "retomarlo en", "on en reparle", "reprenons en", "on reprend en",
		"would love to , but", "i'd love to , but", "love to help , but", "me encantaria .. pero", "j'aimerais beaucoup , mais",
		"ich wurde gern , aber", "ich wurde gerne , aber", "je dois .. decliner", "je dois .. refuser", "skip the @meetw", "@cant come to", "@cant come after all", "@cant travel", "i'll skip the", "i will skip the", "i'll skip this", "muss ... absagen", "termin ... absagen", "keinen neuen termin",
		"sobald es ruhiger", "wenn es ruhiger", "sobald es wieder ruhiger",
	},
	"declw": {
		"i'm leaving", "i am leaving", "i'm travelling", "i'm traveling", "i am travelling", "i am traveling", "on the road", "out of the country", "away until", "away for",
		"parental leave", "maternity leave", "paternity leave", "going on leave", "go on leave", "out on leave",
		"on leave until", "sabbatical", "leaving the company", "leaving the firm", "leaving the team", "leaving my role",
		"leaving my job", "retiring", "my retirement", "relocating", "moving abroad", "moving back to",
		"baja de maternidad", "baja de paternidad", "baja maternal", "me voy de la empresa", "dejo la empresa",
		"conge maternite", "conge parental", "conge paternite", "je quitte", "quitte l'entreprise", "elternzeit",
		"mutterschutz", "verlasse das unternehmen", "verlasse die firma", "ruhestand",
	},
	"upd": {
		"through to the final", "through to the next round", "made it to the final", "made it to the next round", "sharing a small win", "a small win", "finally moved into", "finally made the move", "now working at", "now work at", "i've landed", "i've switched to",
		"i have news", "i have some news", "i'm officially", "i am officially", "officially started", "here's where i'm at", "where i'm at", "here's where things stand", "here is where things stand", "lined up",
		"just a note to say", "a quick note to say", "just to let you know", "thought i'd let you know", "letting you know that", "just letting you know",
		"made me an offer", "offered me the", "offered me a", "i said yes", "ended up getting", "ended up with the", "reporting back", "wanted to inform you", "want to inform you", "to inform you that", "pleased to inform", "happy to inform", "happy to report", "pleased to report", "where things stand", "keep you in the loop", "in the loop", "small news", "a bit of news", "quick heads - up :", "fyi , i", "fyi - i", "i've been accepted", "i got accepted", "i've been offered", "i was offered", "i'm joining", "i am joining", "i'll be joining", "just to keep you",
		"quick update", "small update", "brief update", "short update", "an update on", "update on my", "update from me",
		"passed your cv", "passed your resume", "passed your profile", "sent your cv", "shared your profile", "gave your cv", "forwarded your profile", "le comento que", "te comento que", "pase su nombre", "le pase su", "quedo publicada", "bescheid geben", "bescheid sagen",
		"die zusage", "eine zusage", "ich fange", "fange im", "fange am", "queria que lo supieras", "he firmado con", "empiezo despues", "kurze ruckmeldung", "halte dich auf dem laufenden",
		"halte sie auf dem laufenden", "nur kurz zum stand", "zum stand :", "ist bewilligt", "habe .. telefoniert", "guess who's", "guess what", "small win", "win to report", "you'll want to hear", "want to hear this", "thought you'd want to hear", "i got it !", "final interview", "the final round",
		"quick report", "a short report", "i start as", "i'll start as", "note of news", "figured you'd want", "you'd want to know",
		"through to the second", "the second round", "just news", "just to tell you", "like you said", "like you suggested", "i've told him about you",
		"i've told her about you", "told him about you", "told her about you", "flagged your name", "passing your name", "you two spoke",
		"i talked with", "i talked to", "i moved to", "i submitted", "role i mentioned", "job i mentioned", "position i mentioned",
		"opening i mentioned", "went brilliantly", "went wonderfully", "went very well", "i start next", "one of the first to know", "first to know", "i signed with", "signed with", "i've signed", "some news", "quick news", "bit of news", "bits of news", "my own news", "my news", "the bigger news", "the big news", "exciting news", "big news", "news since", "some good news",
		"wanted to let you know", "want to let you know", "wanted to update you", "wanted you to hear", "wanted you to know",
		"thought you'd want to know", "thought you would want to know", "thought you'd want", "thought you'd like to know",
		"thought you might like to know", "keep you posted", "keep you in the loop", "closing the loop", "close the loop on",
		"loop you in", "accepted an offer", "accepted the offer", "accepted a position", "accepted the role", "accepted a role",
		"got the job", "got the offer", "got an offer", "got the role", "landed the job", "landed a job", "landed the role",
		"i start on", "i start in", "i'll be starting", "i've joined", "mentioned your name", "passed your name",
		"passed on your name", "passed along your", "put your name down", "put your name forward", "forwarded your resume", "forwarded your cv", "shared your resume",
		"shared your cv", "took your advice", "following your advice", "as you suggested", "per your advice",
		"went great", "went really well", "went so well", "your intro", "your introduction",
		"queria contarte", "te cuento que", "te cuento", "desde el lunes soy", "ahora soy", "me crearon el puesto", "le pase tu", "pase tu cv", "pase tu curriculum",
		"me inscribi", "me apunte", "ya te contare", "te contare como", "quede seleccionada", "quede seleccionado", "me seleccionaron", "me eligieron", "empiezo el", "empiezo en", "ya empece", "novedades", "una actualizacion", "buenas noticias", "acepte la oferta",
		"je voulais vous dire", "je voulais te dire", "des nouvelles", "petite mise a jour", "bonne nouvelle",
		"j'ai accepte", "kurzes update", "neuigkeiten", "gute nachrichten", "ich habe die stelle", "ich habe das angebot",
		"i've got a .. role", "i've got a .. job", "i've got a .. position", "i've got a .. contract", "i got a .. role", "i got a .. job", "i got the .. role", "i got the .. job", "kurze info", "ich habe ihren namen", "ich habe deinen namen", "ihren namen .. erwahnt", "deinen namen .. erwahnt",
		"una novedad", "te cuento una", "pasado tu nombre", "he pasado tu nombre", "pase tu nombre", "petite nouvelle", "une nouvelle", "transmis votre nom", "transmis ton nom", "j'ai pense a vous", "j'ai pense a toi", "vous tenir au courant",
	},
	"updw": {
		"fingers crossed", "final round", "next round", "moved into", "switched to",
		"fyi", "finally live", "is now live", "signed off", "got signed", "pencilled in", "penciled in", "scheduled for", "planned for", "targeted for", "no action needed", "nothing needed",
		"good news", "great news", "news from", "update :", "i started", "i've started", "i have started", "i joined",
		"i have joined", "went well", "it went", "went live", "is live", "just posted", "posted the", "got funded",
		"was funded", "signed up", "enrolled", "i applied", "i've applied", "i've finished", "i finished", "i've completed",
		"i completed", "i met with", "we met", "we talked", "we spoke", "i spoke with", "i talked to", "i reached out to",
		"made the move", "made the switch", "i was accepted", "i've been accepted", "heard back",
		"final round", "quick one", "other news", "in other news", "hiring manager", "the role", "put your name down",
		"put your name forward", "the intro", "the introduction", "our call", "our chat", "our conversation", "since we spoke",
		"since our", "you introduced", "introduced me",
		"came through", "heads - up", "heads up", "go live", "going live", "just got approval", "got approval", "we're hiring", "are hiring", "told my manager", "told my boss", "ihren namen", "deinen namen", "stelle", "ausschreibung", "erwahnt", "role starting", "new role", "new job", "nuevo trabajo", "nouveau poste", "nouvel emploi",
	},
	"past": {
		"our call", "our chat", "our conversation", "our coffee", "our meeting", "our talk", "your advice", "your point",
		"you said", "you mentioned", "you suggested", "you shared", "stuck with me", "half an hour with you",
		"hour with you", "talking to you", "talking with you", "speaking with you", "meeting you", "meeting with you",
		"the time you", "took the time", "taking the time", "made the time", "yesterday", "last week", "this morning",
		"last night", "earlier today", "the other day", "nuestra charla", "nuestra llamada", "notre echange",
		"notre conversation", "unser gesprach",
		"that was class", "that was brilliant", "that was great", "that was gold", "what you said", "the way you", "you described",
		"you explained", "the bit about", "the part about", "still buzzing", "that hour", "your hour", "since yesterday", "last evening",
		"was most enlightening", "most useful conversation", "hour flew", "yesterday was",
		"that call was", "that chat was", "the call was", "the chat was", "our call was", "that was the most", "most useful hour",
		"useful hour", "was so useful", "was really useful", "was super useful", "was incredibly", "so useful", "really useful",
		"great to talk", "good to talk", "lovely to chat", "lovely to talk", "was worth", "learned so much", "learnt so much",
		"i learned", "i learnt", "you gave me", "you told me", "for today", "today's call", "today's chat",
		"that was .. helpful", "was so helpful", "was really helpful", "was super helpful", "was very helpful", "was hugely helpful", "so helpful", "really helpful", "super helpful", "very helpful", "incredibly helpful", "great to meet", "great to chat", "good to meet", "lovely to meet", "nice to meet", "great chatting", "great talking", "enjoyed our", "enjoyed meeting", "enjoyed talking", "enjoyed chatting", "enjoyed the", "loved our", "heute morgen", "gestern", "ayer", "esta manana", "ce matin",
	},
}
