package classify

import (
	"fmt"
	"strings"
)

// Acceptances: a reply that accepts a proposal without repeating it takes
// the meeting time from the quoted message it answers.

// quoteMatch finds the quoted mention a partial one accepts: the same
// weekday or the same clock time. It is resolved in the quote's context,
// so it is returned as a copy carrying a date pinned by the quote.
func (r *reader) quoteMatch(m *mention) *mention {
	if r.q == nil {
		return nil
	}
	for i := range r.q.ments {
		qm := &r.q.ments[i]
		if !qm.full() {
			// "fri is perfect" accepting "Thu 26th or Fri 27th at 10":
			// the quoted day shares the time named after it
			if m.d != nil && m.d.hasWD && qm.d != nil && qm.d.hasWD && m.d.wd == qm.d.wd {
				if pm := r.pinQuote(qm); pm != nil {
					if pm = r.completeQuote(qm, pm); pm.t != nil {
						return pm
					}
				}
			}
			continue
		}
		if m.d != nil && m.d.hasWD && qm.d.hasWD && m.d.wd == qm.d.wd {
			return r.pinQuote(qm)
		}
		if m.t != nil && m.d == nil && qm.t.hour24(qm.d.pod) == m.t.hour24(0) && qm.t.min == m.t.min {
			return r.pinQuote(qm)
		}
	}
	return nil
}

// pinQuote turns a quoted mention into one that resolves the same way in
// the new text's context: its date is fixed to the day the quote meant.
func (r *reader) pinQuote(qm *mention) *mention {
	y, mo, d, ok := resolveDate(qm.d, r.qctx.ref)
	if !ok {
		return nil
	}
	pd := &datePiece{kind: dMD, year: y, month: int(mo), day: d, pod: qm.d.pod}
	z := qm.z
	if z != nil && z.rel != 0 {
		// "your time" in the quote is the replier's zone, and so on
		z = &zoneRef{loc: r.qctx.zoneOf(z)}
	}
	return &mention{start: qm.start, end: qm.end, d: pd, t: qm.t, z: z}
}

// fromQuote confirms the meeting proposed in the quoted message.
func (r *reader) fromQuote(phrase string) (judgement, bool) {
	if r.q == nil {
		return judgement{}, false
	}
	nth := ordinalChoice(phrase)
	for i := range r.q.ments {
		qm := &r.q.ments[i]
		if qm.d == nil {
			continue
		}
		pm := r.pinQuote(qm)
		if pm == nil {
			continue
		}
		if qm.t == nil {
			if h := r.leadHour(); h > 0 && quoteHasNumber(r.q, qm.sent, h) {
				// "2 is great!" answering "Would 11 or 2 on Thursday 15 October work?"
				pm = &mention{start: pm.start, end: pm.end, d: pm.d, t: &timePiece{hour: h}, z: pm.z}
			} else {
				pm = r.completeQuote(qm, pm)
			}
		}
		at, allDay, ok := r.ctx.resolve(pm)
		if !ok || !allDay && at.Before(r.ctx.ref) || allDay && !r.upcoming(pm) {
			continue // a past time is not the meeting being accepted
		}
		if nth--; nth > 0 {
			continue // "the second option": skip the earlier candidates
		}
		return r.confirmed(pm, r.a, r.ctx, fmt.Sprintf("confirmation: %q accepts the quoted proposal", phrase))
	}
	return judgement{}, false
}

// ordinalChoice: which of the quoted candidates an acceptance picks
// ("the second option", "the latter"); 1 when it does not say.
func ordinalChoice(phrase string) int {
	for _, w := range strings.Fields(phrase) {
		switch w {
		case "second", "2nd", "latter", "segunda", "segundo", "deuxieme", "seconde", "zweite", "zweiten":
			return 2
		case "third", "3rd", "tercera", "tercero", "troisieme", "dritte", "dritten":
			return 3
		}
	}
	return 1
}

func (r *reader) completeQuote(qm, pm *mention) *mention {
	for _, o := range r.q.mentionsIn(qm.sent) {
		if o.t != nil && o.d == nil {
			return &mention{start: pm.start, end: pm.end, d: pm.d, t: o.t, z: r.quoteZone(o.z)}
		}
	}
	// "Wed Oct 21 or Thu Oct 22 at 4:30pm PT": the time after the last
	// day applies to each day before it in the sentence.
	for _, o := range r.q.mentionsIn(qm.sent) {
		if o.t != nil && o.start > qm.start {
			return &mention{start: pm.start, end: pm.end, d: pm.d, t: o.t, z: r.quoteZone(o.z)}
		}
	}
	return pm
}

// quoteZone carries a quoted zone into the new text's context ("your
// time" in the quote is the replier's zone).
func (r *reader) quoteZone(z *zoneRef) *zoneRef {
	if z != nil && z.rel != 0 {
		return &zoneRef{loc: r.qctx.zoneOf(z)}
	}
	return z
}

// quoteSameDay finds the quoted time for the day a date-only mention
// names ("4 tomorrow still good" answering "Is 4pm still ok for
// tomorrow?").
func (r *reader) quoteSameDay(m *mention) *mention {
	if r.q == nil || m.d == nil {
		return nil
	}
	y, mo, d, ok := resolveDate(m.d, r.ctx.ref)
	if !ok {
		return nil
	}
	for i := range r.q.ments {
		qm := &r.q.ments[i]
		if qm.d == nil {
			continue
		}
		pm := r.pinQuote(qm)
		if pm == nil || pm.d.year != y || pm.d.month != int(mo) || pm.d.day != d {
			continue
		}
		if qm.t == nil {
			pm = r.completeQuote(qm, pm)
		}
		if pm.t != nil {
			return pm
		}
	}
	return nil
}

// quoteOnlyDay is the quote's day, pinned to the date it meant, when the
// quote names exactly one (dates that are not meetings aside).
func (r *reader) quoteOnlyDay() *mention {
	if r.q == nil {
		return nil
	}
	var only *mention
	for i := range r.q.ments {
		qm := &r.q.ments[i]
		if qm.d == nil || notAMeeting(r.q, qm) {
			continue
		}
		if only != nil {
			return nil
		}
		only = qm
	}
	if only == nil {
		return nil
	}
	return r.pinQuote(only)
}

// leadHour is the hour a reply opens with ("2 is great!", "11 works"),
// or 0.
func (r *reader) leadHour() int {
	a := r.a
	if len(a.toks) < 2 || a.toks[0].kind != tNum || a.toks[0].num < 1 || a.toks[0].num > 12 {
		return 0
	}
	next := a.toks[1].s
	if next == "'" && len(a.toks) > 2 && a.toks[2].s == "s" {
		next = "is" // "11's grand"
	}
	switch next {
	case "is", "'s", "s", "works", "work", "sounds", "it", "then", "please", "suits", "perfect", "great", "ok", "okay", "grand", "good", "fine":
		return a.toks[0].num
	}
	return 0
}

// quoteHasNumber: sentence si of the quote offers the bare number n.
func quoteHasNumber(q *analysis, si, n int) bool {
	s := q.sents[si]
	for k := s.start; k < s.end; k++ {
		if q.toks[k].kind == tNum && q.toks[k].num == n && q.toks[k].digits <= 2 {
			return true
		}
	}
	return false
}
