package classify

// Dates and confirming words that do not fix a meeting: due dates,
// week-long periods, things other than meetings being "confirmed" or
// "pencilled in"; and one slot named as a preference, which picks it.

// prefersOne: a statement naming one slot as the writer's preference
// ("friday 2/27 at noon works best for me") picks it rather than offering
// it: the only offer words are "works best", and there is one date.
func (r *reader) prefersOne(si int) bool {
	a := r.a
	s := a.sents[si]
	if s.question {
		return false
	}
	for _, h := range a.hitsIn(si, "prop") {
		if p := a.phrase(h.start, h.end); p != "works best" && p != "work best" {
			return false
		}
	}
	n := 0
	for _, m := range a.mentionsIn(si) {
		if m.d != nil {
			n++
		}
	}
	if n != 1 {
		return false
	}
	for k := s.start; k < s.end; k++ {
		if orWords[a.toks[k].s] {
			return false
		}
	}
	return true
}

// deadlineWords before a date make it a due date, not a meeting: "need it
// back by friday midday", "upload it before Thursday 9:00".
var deadlineWords = setOf("by before until till due deadline antes avant spatestens")

// visitVerbs take "by" as a particle: "come by today at 4".
var visitVerbs = setOf("come coming drop dropping stop stopping swing swinging pop popping pass passing walk")

// rangeWords after "week" make the date a period: "the week of Aug 17",
// "week commencing 7 Dec", "la semaine du 7", "la semana del 7".
var rangeWords = setOf("of commencing beginning starting du del vom")

// notAMeeting: mention m of a is a due date or the start of a week-long
// period rather than the time of a meeting.
func notAMeeting(a *analysis, m *mention) bool {
	k := m.start - 1
	if k < 0 || m.start >= len(a.toks) || m.sent < 0 {
		return false
	}
	s := a.sents[m.sent]
	if k < s.start {
		return false
	}
	w := a.toks[k].s
	// "it closes on 3 August", "applications due on Friday"
	if closeWords[w] || w == "on" && k-1 >= s.start && closeWords[a.toks[k-1].s] {
		return true
	}
	// "kannst du bis Freitag ...?" asks for something by a deadline; as a
	// sign-off ("Passt, dann bis Freitag!") it says goodbye until the meeting
	if (w == "bis" || w == "hasta") && k > s.start && s.question {
		return true
	}
	if deadlineWords[w] {
		return w != "by" || k-1 < s.start || !visitVerbs[a.toks[k-1].s]
	}
	if w == "than" && k-2 >= s.start && a.toks[k-1].s == "later" {
		return true // "no later than Friday"
	}
	// "after our chat on Friday", "since our call on Tuesday": a meeting
	// that already happened
	if (w == "on" || w == "last") && k-3 >= s.start && (a.toks[k-2].s == "our" || a.toks[k-2].s == "the") &&
		(a.toks[k-3].s == "after" || a.toks[k-3].s == "since" || a.toks[k-3].s == "from") {
		return true
	}
	if rangeWords[w] && k-1 >= s.start {
		switch a.toks[k-1].s {
		case "week", "semaine", "semana", "woche", "w/c":
			return true
		}
	}
	return false
}

// closeWords end something on a date that is not a meeting.
var closeWords = setOf("closes close closing due deadline expires ends ending")

var beVerbs = setOf("is are was were been ist sind wurde esta estan fue est sont")

// meetSubjects may stand before "is confirmed" when a meeting is meant.
var meetSubjects = setOf(`it that this we you i all everything time slot date day tuesday monday wednesday thursday friday
	saturday sunday tomorrow booking reservation table room invite`)

// thingConfirmed: "the academy you asked about is confirmed", "the launch
// is pencilled in" - the confirming word is said of something other than
// a meeting (a noun before "is", no meeting word in the sentence).
func thingConfirmed(a *analysis, h hit) bool {
	if h.end-h.start != 1 {
		return false
	}
	s := a.sents[h.sent]
	k := h.start - 1
	if k > s.start && (a.toks[k].s == "now" || a.toks[k].s == "been" || a.toks[k].s == "officially") {
		k--
	}
	if k <= s.start || !beVerbs[a.toks[k].s] || meetSubjects[a.toks[k-1].s] || a.toks[k-1].kind != tWord {
		return false
	}
	return !hasTag(a, h.sent, "meet")
}
