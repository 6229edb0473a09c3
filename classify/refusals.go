package classify

// Refusals the phrase lists cannot catch: a habit given up ("I don't take
// these calls anymore"), a reply of a few words ("Can't, sorry. Swamped."),
// and a bare reason to be away (parental leave, leaving the company).

import (
	"strings"

	"github.com/followupd/followupd/domain"
)

// stopWords mark a habit given up: "I don't take these calls anymore",
// "Ich führe solche Gespräche nicht mehr", "je ne fais plus d'appels".
var stopWords = setOf("anymore longer more mehr plus")

// noLonger: a statement (not a question) that the writer no longer takes
// meetings of the kind asked for - a meeting word and a "no longer" marker
// in one sentence - refuses the ask.
func (r *reader) noLonger() (judgement, bool) {
	a := r.a
	if !r.isReply || !r.meetCtx() {
		return judgement{}, false
	}
	for si, s := range a.sents {
		if s.question || !hasTag(a, si, "meet") {
			continue
		}
		for k := s.start; k < s.end; k++ {
			w := a.toks[k].s
			if !stopWords[w] {
				continue
			}
			prev := ""
			if k > s.start {
				prev = a.toks[k-1].s
			}
			switch {
			case w == "anymore" || w == "longer" && (prev == "no" || prev == "any"), w == "more" && prev == "any",
				w == "mehr" && (prev == "nicht" || prev == "keine" || prev == "kein"),
				w == "plus" && hasWord(a, si, "ne") || w == "plus" && hasWord(a, si, "n'"):
				return judgement{kind: domain.KindDecline, why: "decline: no longer takes meetings: " + quoteWhy(a.sentenceText(si), "")}, true
			}
		}
	}
	return judgement{}, false
}

// absenceReason: a reply to a meeting ask whose only content is a reason
// the writer will be away or gone (parental leave, a sabbatical, leaving
// the company) refuses the ask, even without a refusal phrase. Any ask,
// offer, acceptance, news or look back at a meeting keeps it from counting.
func (r *reader) absenceReason() (judgement, bool) {
	a := r.a
	h, ok := a.first("declw", false)
	if !ok || !r.isReply || !r.meetCtx() {
		return judgement{}, false
	}
	for _, tag := range []string{"ask", "lets", "prop", "pick", "happy", "conf", "confn", "upd", "updw", "past", "nudge"} {
		if _, has := a.first(tag, true); has {
			return judgement{}, false
		}
	}
	for _, w := range []string{"join", "joining", "start", "starting", "offer", "accepted"} {
		for si := range a.sents {
			if hasWord(a, si, w) {
				return judgement{}, false
			}
		}
	}
	return judgement{kind: domain.KindDecline, why: "decline: away: " + quoteWhy(a.phrase(h.start, h.end), "")}, true
}

// hasTag: sentence si has a hit with tag, negated or not.
func hasTag(a *analysis, si int, tag string) bool {
	for _, h := range a.inSent(si) {
		if h.tag == tag {
			return true
		}
	}
	return false
}

// refusalWords open or make up a very short refusal: "Can't, sorry.",
// "Sorry, no time.", "Nope - swamped."
var refusalWords = setOf("can't cant cannot nope no unable impossible imposible swamped slammed busy")

// shortRefusal: a reply to a meeting ask of a few words that refuses
// without any of the longer phrases ("Can't, sorry. Swamped.").
func (r *reader) shortRefusal() (judgement, bool) {
	a := r.a
	if !r.isReply || a.words == 0 || a.words > 8 || !r.meetCtx() || r.offersNewTime(-1) {
		return judgement{}, false
	}
	for _, tag := range []string{"accept", "conf", "confn", "prop", "pick", "ask", "happy"} {
		if _, ok := a.first(tag, true); ok {
			return judgement{}, false
		}
	}
	for _, t := range a.toks {
		if t.kind == tWord && (refusalWords[t.s] || classes["busy"][t.s]) {
			return judgement{kind: domain.KindDecline, why: "decline: short refusal " + quoteWhy(a.phrase(0, len(a.toks)), "")}, true
		}
	}
	return judgement{}, false
}

// negWords negate what follows them within a few words.
var negWords = setOf("not n't don't doesn't won't can't cannot cant isn't aren't no never unable nicht kein keine pas ni nunca")

// pastNeg are negations of the past: "we didn't get to meet" tells, it
// does not refuse.
var pastNeg = setOf("didn't wasn't weren't hadn't")

// negIdioms follow a negation without negating a meeting: "don't
// hesitate to call", "no worries", "not sure", "can't wait".
var negIdioms = setOf("hesitate worries worry problem problems pressure rush need sure only just wait mind matter doubt")

// negatedMeeting: a statement that negates a meeting itself ("a call
// isn't going to work", "I have no free lunch until September", "asks us
// not to hold informal conversations") refuses the ask when nothing else
// in the message asks, offers, accepts or thanks.
func (r *reader) negatedMeeting() (judgement, bool) {
	a := r.a
	if !r.isReply || !r.meetCtx() || r.offersNewTime(-1) {
		return judgement{}, false
	}
	for _, tag := range []string{"conf", "confn", "happy", "past", "upd"} {
		if _, ok := a.first(tag, true); ok {
			return judgement{}, false
		}
	}
	for _, h := range a.hits {
		// an offer counts with a time in it ("I can do Tuesday"), not
		// "the most useful thing I can do is..."
		if (h.tag == "prop" || h.tag == "pick") && !a.negated(h) && len(a.mentionsIn(h.sent)) > 0 {
			return judgement{}, false
		}
		if h.tag == "accept" && !a.negated(h) && !(h.end-h.start == 1 && weakAccept[a.toks[h.start].s]) {
			return judgement{}, false
		}
		// an ask of a meeting ("could we talk instead?"); "can you ask
		// me again in autumn?" is no such ask
		if (h.tag == "ask" || h.tag == "lets") && !a.negated(h) && hasTag(a, h.sent, "meet") {
			return judgement{}, false
		}
	}
	// "you never once looked at your watch": thanks for a meeting that
	// happened is no refusal
	if _, ok := r.thanks(); ok {
		return judgement{}, false
	}
	meetw := classes["meetw"]
	for si, s := range a.sents {
		if s.question || hasAnyWord(a, si, pastWords) {
			continue
		}
		for k := s.start; k < s.end; k++ {
			t := a.toks[k].s
			if !negWords[t] || pastNeg[t] || k+1 < s.end && negIdioms[a.toks[k+1].s] {
				continue
			}
			// the meeting word within six words after the negation, or
			// just before it ("a call isn't going to work")
			for j := max(s.start, k-2); j < min(s.end, k+7); j++ {
				w := a.toks[j].s
				if j != k && (meetw[w] || meetw[strings.TrimSuffix(w, "s")]) && !negIdioms[a.toks[min(j+1, s.end-1)].s] {
					return judgement{kind: domain.KindDecline, why: "decline: no meeting " + quoteWhy(a.sentenceText(si), "")}, true
				}
			}
		}
	}
	return judgement{}, false
}

// pastWords tell of what happened ("I can't tell you how useful our call
// was"): such a sentence refuses nothing.
var pastWords = setOf("was were went had did enjoyed")

func hasAnyWord(a *analysis, si int, set map[string]bool) bool {
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		if set[a.toks[k].s] {
			return true
		}
	}
	return false
}

// silentRefusal: a reply to a meeting ask that none of the rules read as
// an acceptance, a proposal, a question, thanks or news, and that names
// no day or time, leaves the ask without a meeting: in networking mail
// that is a refusal however it is worded ("Honestly the next months look
// grim for me, my apologies"). It is the last rule tried.
func (r *reader) silentRefusal() (judgement, bool) {
	a := r.a
	if !r.isReply || r.forward || r.q == nil || a.words < 6 || a.words > 150 || !quoteAsks(r.q) {
		return judgement{}, false
	}
	for _, s := range a.sents {
		if s.question {
			return judgement{}, false
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if (m.d != nil || m.t != nil) && !putOff(a, m) {
			return judgement{}, false
		}
	}
	return judgement{kind: domain.KindDecline, why: "decline: answers the meeting ask without accepting, proposing or asking"}, true
}

// quoteAsks: the quoted message asks for a meeting.
func quoteAsks(q *analysis) bool {
	for si := range q.sents {
		meet, ok := firstHit(q, si, "meet")
		if !ok {
			continue
		}
		h, ok := firstHit(q, si, "ask")
		if ok && !taskAsk(q, h, meet) {
			return true
		}
	}
	return false
}

// putOffWords before a date push everything back to it: "till October",
// "not before Christmas", "starting Monday".
var putOffWords = setOf("till til until after before since starting from")

// putOff: mention m is a date things are put off to, not a slot.
func putOff(a *analysis, m *mention) bool {
	return m.start > 0 && putOffWords[a.toks[m.start-1].s]
}
