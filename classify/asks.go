package classify

// Asks that are not for a meeting, and counter-proposals in replies.

// taskVerbs ask for a piece of work, not a meeting: "could you send me
// your slides for the meetup talk?", "can you review my deck before our
// call?" - the meeting word is only what the work is for.
var taskVerbs = setOf(`send review share forward fill sign upload complete check proofread read edit comment
	submit email mail return approve print post revise look resend pass enviar envoyer schicken senden revisar relire
	lesen mandar rellenar remplir ausfullen`)

// taskAsk: the ask h is for a task (its verb follows within two words)
// and the meeting word comes after that verb.
func taskAsk(a *analysis, h, meet hit) bool {
	s := a.sents[h.sent]
	for k := h.end; k < h.end+3 && k < s.end; k++ {
		if taskVerbs[a.toks[k].s] {
			return meet.start > k
		}
	}
	return false
}

// taskBefore: a task verb comes before the meeting word in sentence si
// ("could you send me your slides for the meetup talk?").
func taskBefore(a *analysis, si int, meet hit) bool {
	s := a.sents[si]
	for k := s.start; k < meet.start; k++ {
		if taskVerbs[a.toks[k].s] {
			return true
		}
	}
	// German puts the verb last: "kannst du ... über meine Folien für das
	// Meeting drüberschauen?"
	for k := s.end - 1; k >= meet.end; k-- {
		if a.toks[k].kind == tWord {
			return germanTaskVerbs[a.toks[k].s]
		}
	}
	return false
}

var germanTaskVerbs = setOf(`druberschauen druberlesen durchschauen durchsehen anschauen ansehen lesen korrigieren schicken
	senden weiterleiten ausfullen unterschreiben prufen checken`)

// quotedDates counts the dated mentions of the quoted message.
func quotedDates(q *analysis) int {
	n := 0
	for i := range q.ments {
		if q.ments[i].d != nil {
			n++
		}
	}
	return n
}

// counterWords mark a question offering another time in a reply: "Maybe
// Tuesday?", "Thursday instead?"
var counterWords = setOf("instead maybe perhaps alternatively otherwise")

// counterProposal: question sentence si offers another time - it says
// "instead" or "maybe", or is little more than the time ("Friday?").
func counterProposal(a *analysis, si int) bool {
	s := a.sents[si]
	words := 0
	for k := s.start; k < s.end; k++ {
		if counterWords[a.toks[k].s] {
			return true
		}
		if a.toks[k].kind == tWord {
			words++
		}
	}
	return words <= 3 // "Friday?", "Tuesday at 3?"
}
