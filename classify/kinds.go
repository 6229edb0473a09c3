package classify

import (
	"fmt"
	"strings"

	"github.com/followupd/followupd/domain"
)

// decline: a refusal or a postponement with no new date. A postponement
// that offers new candidate times is a request instead.
func (r *reader) decline() (judgement, bool) {
	a := r.a
	if j, ok := r.noLonger(); ok {
		return j, true
	}
	if j, ok := r.shortRefusal(); ok {
		return j, true
	}
	if j, ok := r.absenceReason(); ok {
		return j, true
	}
	if j, ok := r.negatedMeeting(); ok {
		return j, true
	}
	h, ok := firstUnconditional(a, "decl", false)
	if !ok {
		// A postponement asked as a question ("Can we revisit in the
		// autumn?") declines, unless the message also offers availability
		// ("Shall we try again in the new year? Any morning works.").
		h, ok = firstUnconditional(a, "decl", true)
		if ok {
			for _, tag := range []string{"accept", "prop", "pick"} {
				// "I'll ping you when I'm back and we'll find a time" offers nothing
				if x, has := a.first(tag, true); has && (tag != "accept" || x.end-x.start > 1) && !hasTag(a, x.sent, "decl") {
					ok = false
				}
			}
		}
	}
	// A reply that quotes nothing hides the ask it answers: its refusal
	// phrase is taken at its word.
	if !ok || !r.meetCtx() && !(r.isReply && r.q == nil) {
		return judgement{}, false
	}
	if r.offersNewTime(h.sent) {
		return judgement{}, false
	}
	return judgement{kind: domain.KindDecline, why: "decline: " + fmt.Sprintf("%q", a.phrase(h.start, h.end))}, true
}

// firstUnconditional is a.first skipping hits an "if" governs: "if now's
// a bad time, a one-line no is fine" refuses nothing.
func firstUnconditional(a *analysis, tag string, questions bool) (hit, bool) {
	for _, h := range a.hits {
		if h.tag != tag || !questions && a.sents[h.sent].question || a.negated(h) {
			continue
		}
		governed := false
		for k := max(a.sents[h.sent].start, h.start-4); k < h.start; k++ {
			if ifWords[a.toks[k].s] {
				governed = true
			}
		}
		if !governed {
			return h, true
		}
	}
	return hit{}, false
}

// offersNewTime: a sentence other than si proposes a concrete day or time.
func (r *reader) offersNewTime(si int) bool {
	a := r.a
	for i := range a.ments {
		m := &a.ments[i]
		if m.sent == si || m.sent < 0 {
			continue
		}
		if a.sents[m.sent].question || a.has(m.sent, "prop") || a.has(m.sent, "pick") || hasWord(a, m.sent, "instead") {
			return true
		}
	}
	return false
}

func hasWord(a *analysis, si int, w string) bool {
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		if a.toks[k].s == w {
			return true
		}
	}
	return false
}

var whWords = setOf("which what when whenever")

var youWords = setOf("you your u vous tu te usted le ihnen sie du dir")

var pastQuestion = setOf("did was were how went had")

// request: asks for a meeting, proposes candidate times, or nudges.
func (r *reader) request() (judgement, bool) {
	a := r.a
	if h, ok := r.askMeeting(); ok {
		return h, true
	}
	if !r.meetCtx() {
		if h, ok := a.first("nudge", true); ok && r.isReply {
			return judgement{kind: domain.KindRequest, why: "request (nudge): " + quoteWhy(a.phrase(h.start, h.end), "")}, true
		}
		// A reply offering candidate times ("I can do Monday or Tuesday,
		// let me know which", a list of slots under "Any of these
		// work?") answers an ask whatever words it used.
		if r.isReply && r.messageProposes() {
			for _, h := range a.hits {
				if (h.tag == "prop" || h.tag == "pick") && !a.negated(h) && len(a.mentionsIn(h.sent)) >= 2 {
					return judgement{kind: domain.KindRequest, why: "request: offers several times " + quoteWhy(a.sentenceText(h.sent), "")}, true
				}
			}
			if r.listedSlots() >= 2 {
				return judgement{kind: domain.KindRequest, why: "request: offers a list of times"}, true
			}
		}
		for si, s := range a.sents {
			if !s.question || !askAboutTime(a, si) {
				continue
			}
			for _, m := range a.mentionsIn(si) {
				if m.d != nil && m.t != nil {
					return judgement{kind: domain.KindRequest, why: "request: proposes " + quoteWhy(a.sentenceText(si), "")}, true
				}
			}
		}
		return judgement{}, false
	}
	for si, s := range a.sents {
		meet, hasMeet := firstHit(a, si, "meet")
		if hasMeet {
			h, ok := firstHit(a, si, "ask")
			if !ok {
				h, ok = firstHit(a, si, "lets")
			}
			if ok && !taskAsk(a, h, meet) {
				return judgement{kind: domain.KindRequest, why: "request: " + quoteWhy(a.phrase(min(h.start, meet.start), max(h.end, meet.end)), a.sentenceText(si))}, true
			}
			if h, ok := firstHit(a, si, "happy"); ok && h.start < meet.end {
				return judgement{kind: domain.KindRequest, why: "request: " + quoteWhy(a.phrase(h.start, meet.end), "")}, true
			}
		}
		// "pick one", not "your advice to pick one tool"; "which suits?",
		// not "Thursday evening for me, which suits grand"
		if h, ok := firstHit(a, si, "pick"); ok && (h.start == 0 || a.toks[h.start-1].s != "to") &&
			(s.question || !whWords[a.toks[h.start].s]) {
			return judgement{kind: domain.KindRequest, why: "request: " + quoteWhy(a.phrase(h.start, h.end), "")}, true
		}
		// a terse ask: "coffee next week?", "Call on Friday?"; or any
		// question to the reader about a meeting: "Maybe you have half an
		// hour for a call in the next weeks?"
		if hasMeet && s.question && !hasAnyWord(a, si, pastQuestion) && !a.negated(meet) &&
			(s.end-s.start <= 8 || hasAnyWord(a, si, youWords) && !hasTag(a, si, "nudge") && !taskBefore(a, si, meet)) {
			return judgement{kind: domain.KindRequest, why: "request: " + quoteWhy(a.sentenceText(si), "")}, true
		}
		// a nudge in networking mail, a reply or not ("not sure whether my
		// mail from the 3rd reached you")
		if h, ok := firstHit(a, si, "nudge"); ok {
			return judgement{kind: domain.KindRequest, why: "request (nudge): " + quoteWhy(a.phrase(h.start, h.end), "")}, true
		}
		// candidate times: a question or an offer around a date or time
		if ms := a.mentionsIn(si); len(ms) > 0 && (a.has(si, "prop") || s.question && (hasMeet || askAboutTime(a, si) || r.isReply && counterProposal(a, si))) {
			for _, m := range ms {
				// "could you look at my slides by Friday?" asks for work
				if (m.d != nil || m.t != nil) && !notAMeeting(a, m) {
					return judgement{kind: domain.KindRequest, why: "request: proposes " + quoteWhy(a.sentenceText(si), "")}, true
				}
			}
		}
	}
	if r.messageProposes() {
		return judgement{kind: domain.KindRequest, why: "request: offers several times"}, true
	}
	// "Either is fine - you choose": the choice goes back to the other side
	if h, ok := a.first("choice", true); ok && r.q != nil && quotedDates(r.q) >= 2 {
		if _, both := a.first("prop", true); both {
			return judgement{kind: domain.KindRequest, why: "request: leaves the choice " + quoteWhy(a.phrase(h.start, h.end), "")}, true
		}
	}
	return judgement{}, false
}

// update: news for the contact. One clear phrase ("I accepted an offer",
// "closing the loop") decides; weaker signs ("we talked", "the role")
// need a second one or a networking context.
func (r *reader) update() (judgement, bool) {
	a := r.a
	weak := map[string]hit{}
	var firstWeak hit
	for _, h := range a.hits {
		if a.sents[h.sent].question || a.negated(h) {
			continue
		}
		switch h.tag {
		case "upd":
			return judgement{kind: domain.KindUpdate, why: "update: " + quoteWhy(a.phrase(h.start, h.end), "")}, true
		case "updw":
			p := a.phrase(h.start, h.end)
			if len(weak) == 0 {
				firstWeak = h
			}
			weak[p] = h
		}
	}
	if len(weak) >= 1 && r.meetCtx() && a.words <= 400 || len(weak) >= 2 && a.words <= 250 {
		return judgement{kind: domain.KindUpdate, why: "update: " + quoteWhy(a.phrase(firstWeak.start, firstWeak.end), "")}, true
	}
	if r.subj != nil {
		for _, h := range r.subj.hits {
			if h.tag == "upd" {
				return judgement{kind: domain.KindUpdate, why: "update: subject " + fmt.Sprintf("%q", r.subj.text)}, true
			}
		}
	}
	return judgement{}, false
}

// weakMeet are meeting words too common elsewhere (spam says "call now",
// "two minutes") to show a networking context on their own.
var weakMeet = setOf("minutes mins min phone video teams interview interviews entretiens minutos minuten connect hablar demo")

// networking reports whether the message is about meeting someone: a
// meeting word or a look back at one in the new text, the quote or the
// subject.
func (r *reader) meetCtx() bool {
	if !r.meetKnown {
		r.meet, r.meetKnown = r.networking(), true
	}
	return r.meet
}

func (r *reader) networking() bool {
	if deepMeeting(r.body) || deepMeeting(r.subject) {
		return true
	}
	// a reply to a fixed slot ("Thursday 26th at 2 at the Waverley Costa
	// works") is about a meeting whatever its words
	if r.q != nil {
		for i := range r.q.ments {
			if r.q.ments[i].full() && !notAMeeting(r.q, &r.q.ments[i]) {
				return true
			}
		}
	}
	for _, an := range []*analysis{r.a, r.q, r.subj} {
		if an == nil {
			continue
		}
		for _, h := range an.hits {
			if h.tag == "meet" && (h.end-h.start > 1 || !weakMeet[an.toks[h.start].s]) || h.tag == "past" ||
				h.tag == "conf" && h.end-h.start > 1 {
				return true
			}
			// "I'd love 20 minutes of your time": a weak meeting word
			// asked for
			if h.tag == "meet" && hasTag(an, h.sent, "ask") {
				return true
			}
		}
	}
	return false
}

var timeAskWords = setOf(`work works suit suits free available good okay ok convenient fit possible better
	passt passen geht ginge moglich recht convient conviendrait irait possible disponible libre conviene viene va
	posible puedes podrias`)

// askAboutTime: a question about a time slot ("Would Tuesday work?").
func askAboutTime(a *analysis, si int) bool {
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		if timeAskWords[a.toks[k].s] {
			return true
		}
	}
	return false
}

// deepMeetWords are meeting words looked for anywhere in the body (deeper
// quotes included) to tell a thread about meeting someone.
var deepMeetWords = []string{"call", "chat", "coffee", "lunch", "breakfast", "drinks", "meeting", "meet ", "zoom",
	"video", "conversation", "informational", "catch up", "catch-up", "llamada", "cafe", "café", "reunión", "reunion",
	"charla", "videollamada", "appel", "échange", "rencontre", "visio", "gespräch", "telefonat", "kaffee", "treffen",
	"termin", "platicar", "hablar", "discuter"}

// deepMeeting reports whether s (any case) uses a meeting word as a word.
// One pass over s: at each word start only the words beginning with that
// byte are tried. (An occurrence overlapping an earlier one of the same
// word always follows a letter of it, so it could never count.)
func deepMeeting(s string) bool {
	if len(s) > 16<<10 {
		s = s[:16<<10]
	}
	low := s
	if !isASCII(s) {
		low = strings.ToLower(s) // no ASCII capitals remain: lc is then a no-op
	}
	for k := 0; k < len(low); k++ {
		if k > 0 && isLetterByte(lc(low[k-1])) {
			continue
		}
		for _, w := range deepMeetByFirst[lc(low[k])] {
			if len(low)-k < len(w) || !foldEq(low[k:k+len(w)], w) {
				continue
			}
			if e := k + len(w); e >= len(low) || !isLetterByte(lc(low[e])) || lc(low[e]) == 's' {
				return true
			}
		}
	}
	return false
}

// deepMeetByFirst indexes deepMeetWords by their first byte.
var deepMeetByFirst = func() (t [256][]string) {
	for _, w := range deepMeetWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

// askMeeting: a sentence asks (or proposes with "let's") for a meeting.
func (r *reader) askMeeting() (judgement, bool) {
	a := r.a
	for si := range a.sents {
		meet, hasMeet := firstHit(a, si, "meet")
		if !hasMeet {
			continue
		}
		h, ok := firstHit(a, si, "ask")
		if !ok {
			h, ok = firstHit(a, si, "lets")
		}
		if ok && !taskAsk(a, h, meet) {
			return judgement{kind: domain.KindRequest, why: "request: " + quoteWhy(a.phrase(min(h.start, meet.start), max(h.end, meet.end)), a.sentenceText(si))}, true
		}
	}
	return judgement{}, false
}
