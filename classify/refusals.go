package classify

// Refusals the phrase lists cannot catch: a habit given up ("I don't take
// these calls anymore"), a reply of a few words ("Can't, sorry. Swamped."),
// and a bare reason to be away (parental leave, leaving the company).

import "github.com/followupd/followupd/domain"

// stopWords mark a habit given up: "I don't take these calls anymore",
// "Ich führe solche Gespräche nicht mehr", "je ne fais plus d'appels".
var stopWords = setOf("anymore longer mehr plus")

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
			case w == "anymore" || w == "longer" && (prev == "no" || prev == "any"),
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
	for _, h := range a.hits {
		if h.sent == si && h.tag == tag {
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
