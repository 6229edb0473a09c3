package classify

import "fmt"

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
			pm = r.completeQuote(qm, pm)
		}
		at, allDay, ok := r.ctx.resolve(pm)
		if !ok || !allDay && at.Before(r.ctx.ref) || allDay && !r.upcoming(pm) {
			continue // a past time is not the meeting being accepted
		}
		return r.confirmed(pm, r.a, r.ctx, fmt.Sprintf("confirmation: %q accepts the quoted proposal", phrase))
	}
	return judgement{}, false
}

func (r *reader) completeQuote(qm, pm *mention) *mention {
	for _, o := range r.q.mentionsIn(qm.sent) {
		if o.t != nil && o.d == nil {
			return &mention{start: pm.start, end: pm.end, d: pm.d, t: o.t, z: o.z}
		}
	}
	return pm
}
