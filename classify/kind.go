package classify

import (
	"fmt"
	"time"

	"github.com/followupd/followupd/domain"
)

// judgement is the outcome of reading the new text.
type judgement struct {
	kind    domain.Kind
	why     string
	at      time.Time
	allDay  bool
	hasTime bool // at is set
	label   string
}

// reader holds what the kind rules look at.
type reader struct {
	a                       *analysis // the new text
	q                       *analysis // the quoted message (may be nil)
	subj                    *analysis // the subject, when the message is not a reply (may be nil)
	ctx                     *whenCtx
	qctx                    *whenCtx // resolution context of the quote (its own date)
	isReply                 bool
	forward                 bool   // the quote is a forwarded message
	body                    string // the whole body and the subject, for networking()
	subject                 string
	meet, meetKnown         bool // memo of networking()
	proposes, proposesKnown bool // memo of messageProposes()
}

var orWords = setOf("or o ou oder either")

// proposalSentence: a sentence offering candidates rather than fixing one.
func (r *reader) proposalSentence(si int) bool {
	a := r.a
	if a.has(si, "prop") && !r.prefersOne(si) {
		return true
	}
	n := 0
	for _, m := range a.mentionsIn(si) {
		if m.d != nil {
			n++
		}
	}
	if n < 2 {
		return false
	}
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		if orWords[a.toks[k].s] {
			return true
		}
	}
	return false
}

// messageProposes: the new text offers two or more candidate dates -
// in questions, offers, list items or joined by "or" - and so fixes none.
func (r *reader) messageProposes() bool {
	if r.proposesKnown {
		return r.proposes
	}
	r.proposes, r.proposesKnown = r.computeProposes(), true
	return r.proposes
}

func (r *reader) computeProposes() bool {
	a := r.a
	// proposalSentence per sentence, once: a sentence may hold many dates
	memo := make([]int8, len(a.sents))
	proposal := func(si int) bool {
		if memo[si] == 0 {
			memo[si] = 1
			if r.proposalSentence(si) {
				memo[si] = 2
			}
		}
		return memo[si] == 2
	}
	n := 0
	for i := range a.ments {
		m := &a.ments[i]
		if m.d == nil || m.sent < 0 {
			continue
		}
		si := m.sent
		s := a.sents[si]
		list := r.listItem(si, m)
		orNear := (m.start > 0 && orWords[a.toks[m.start-1].s]) || (m.end < len(a.toks) && orWords[a.toks[m.end].s])
		if s.question || list || orNear || a.has(si, "prop") || a.has(si, "pick") || proposal(si) || conditional(a, si) {
			n++
		}
	}
	if n < 2 {
		return false
	}
	for si, s := range a.sents {
		if a.has(si, "pick") || a.has(si, "prop") || s.question && askAboutTime(a, si) || proposal(si) {
			return true
		}
	}
	return false
}

// listItem: sentence si is a list item holding m: a bullet, or a line
// that is little more than the slot.
func (r *reader) listItem(si int, m *mention) bool {
	a := r.a
	t := a.toks[a.sents[si].start]
	if t.kind == tPunct && (t.s == "-" || t.s == "*" || t.s == "•") {
		return true
	}
	if t.nl == 0 || m.sent != si {
		return false
	}
	// a line of the slot and a few words: "Tue 19 May, 1-3pm",
	// "Fri 22 May, morning", "Thu 21st after 4"
	extra := 0
	for k := a.sents[si].start; k < a.sents[si].end; k++ {
		if a.toks[k].kind == tWord && !bareFillers[a.toks[k].s] && !slotWords[a.toks[k].s] && !a.inMention(k) {
			extra++
		}
	}
	return extra <= 1
}

// podWords name a part of the day.
var podWords = setOf("morning afternoon evening night lunchtime arvo morgen mittag abend matin midi soir manana tarde noche")

// slotWords qualify a slot in a list: "after 4", "morning".
var slotWords = setOf("after before morning afternoon evening lunchtime anytime any time from until till between or ish")

// inMention reports whether token k is part of a time mention.
func (a *analysis) inMention(k int) bool {
	for i := range a.ments {
		if k >= a.ments[i].start && k < a.ments[i].end {
			return true
		}
	}
	return false
}

// listedSlots counts the dated list items of the new text.
func (r *reader) listedSlots() int {
	n := 0
	for i := range r.a.ments {
		if m := &r.a.ments[i]; m.d != nil && m.sent >= 0 && r.listItem(m.sent, m) {
			n++
		}
	}
	return n
}

var bareFillers = setOf(`then so ok okay great perfect sure yes the at on for it is be will works good grand fine right and us
	me our call chat meeting coffee zoom via by over with in a an locking lock in done deal entonces alors dann
	vale parfait perfecto pues bueno`)

// bareDate: the sentence is little more than a date and time ("Tuesday at
// 10am ET.") - in a reply that fixes the meeting.
func (r *reader) bareDate(si int) *mention {
	a := r.a
	ms := a.mentionsIn(si)
	if len(ms) != 1 || ms[0].d == nil || (ms[0].d.kind == dRel && ms[0].t == nil) {
		return nil
	}
	m := ms[0]
	// a weekday alone fixes a day only when the quote offered that day
	// ("Thursday, then." to "Tuesday or Thursday would be best")
	weekdayOnly := m.t == nil && !(m.d.hasWD && m.d.day > 0)
	if weekdayOnly && !(m.d.hasWD && r.quoteMatch(m) != nil) {
		return nil
	}
	s := a.sents[si]
	extra := 0
	for k := s.start; k < s.end; k++ {
		if k >= m.start && k < m.end {
			continue
		}
		if a.toks[k].kind == tWord && !bareFillers[a.toks[k].s] {
			extra++
		}
		if a.toks[k].s == ":" && k == s.start+1 {
			return nil // a header line: "Date: ...", "Sent: ..."
		}
	}
	if extra > 1 || weekdayOnly && extra > 0 {
		return nil
	}
	return m
}

// near reports whether hit h is close to mention m (accept words must sit
// next to the time they accept: "Tuesday at 3 works").
func near(h hit, m *mention, sentLen int) bool {
	if h.end <= m.start {
		return m.start-h.end <= 4 || sentLen <= 14
	}
	return h.start-m.end <= 4
}

// confirmation looks for a sentence that fixes a meeting.
func (r *reader) confirmation() (judgement, bool) {
	a := r.a
	proposes := r.messageProposes()
	for si, s := range a.sents {
		if s.question || conditional(a, si) {
			continue
		}
		ms := a.mentionsIn(si)
		var dated []*mention
		for _, m := range ms {
			if (m.d != nil || m.t != nil) && !notAMeeting(a, m) {
				dated = append(dated, m)
			}
		}
		strong, okStrong := firstHit(a, si, "conf")
		if okStrong && thingConfirmed(a, strong) {
			okStrong = false
		}
		if a.has(si, "pick") || (!okStrong && r.proposalSentence(si)) {
			continue
		}
		if a.has(si, "decl") {
			continue // "I have to cancel the call we pencilled in for July 7"
		}
		if okStrong {
			if m := r.pick(si, afterFirst(dated, strong), !proposes); m != nil {
				return r.confirmed(m, r.a, r.ctx, "confirmation: "+quoteWhy(a.phrase(strong.start, strong.end), a.sentenceText(si)))
			}
			if j, ok := r.fromQuote(a.phrase(strong.start, strong.end)); ok {
				return j, true
			}
			continue
		}
		if h, ok := firstHit(a, si, "confn"); ok && len(dated) == 0 && si > 0 && !proposes && !thingConfirmed(a, h) {
			// "My PA has booked the table." after the sentence with the slot
			for _, m := range a.mentionsIn(si - 1) {
				if m.full() && r.upcoming(m) && !a.sents[si-1].question && !notAMeeting(a, m) {
					return r.confirmed(m, r.a, r.ctx, "confirmation: "+quoteWhy(a.phrase(h.start, h.end), ""))
				}
			}
		}
		if h, ok := firstHit(a, si, "lets"); ok && !proposes {
			for _, m := range dated {
				if m.full() && r.upcoming(m) {
					return r.confirmed(m, r.a, r.ctx, "confirmation: "+quoteWhy(a.phrase(h.start, h.end), a.sentenceText(si)))
				}
			}
		}
		if len(dated) > 0 {
			if h, ok := firstHit(a, si, "confn"); ok && !thingConfirmed(a, h) {
				if m := r.pickAfter(si, dated, h); m != nil {
					return r.confirmed(m, r.a, r.ctx, "confirmation: "+quoteWhy(a.phrase(h.start, h.end), a.sentenceText(si)))
				}
			}
			if !proposes {
				for _, h := range a.hitsIn(si, "accept") {
					if a.negated(h) {
						continue
					}
					for _, m := range dated {
						if near(h, m, s.end-s.start) && r.upcoming(m) {
							if pm := r.pick(si, dated, false); pm != nil {
								return r.confirmed(pm, r.a, r.ctx, "confirmation: "+quoteWhy(a.sentenceText(si), ""))
							}
						}
					}
				}
				for _, h := range a.hitsIn(si, "itis") {
					for _, m := range dated {
						// "Friday it is", "Saturday morning it is"
						adjacent := m.end == h.start || m.end+1 == h.start && podWords[a.toks[m.end].s]
						if adjacent && m.d != nil && r.upcoming(m) {
							if m.t == nil {
								m = r.complete(si, m) // "Friday it is" takes the quoted Friday's time
							} else if pm := r.pinWeekday(m); pm != nil {
								m = pm // "4 pm IST on Thursday it is" takes the quoted Thursday's date
							}
							return r.confirmed(m, r.a, r.ctx, "confirmation: "+quoteWhy(a.sentenceText(si), ""))
						}
					}
				}
				if r.isReply {
					if m := r.bareDate(si); m != nil {
						if r.upcoming(m) {
							return r.confirmed(r.complete(si, m), r.a, r.ctx, "confirmation: "+quoteWhy(a.sentenceText(si), ""))
						}
					}
				}
			}
		}
	}
	// A reply that names one upcoming slot (date and time) and offers no
	// alternative fixes it: "Thursday the 9th at 12:30, Tartine?".
	if r.isReply && !proposes {
		if m, si := r.singleSlot(); m != nil {
			return r.confirmed(m, r.a, r.ctx, "confirmation: one slot named "+quoteWhy(a.sentenceText(si), ""))
		}
	}
	// A short acceptance with no date of its own takes the quoted proposal.
	_, leavesChoice := a.first("pick", true)
	if _, ok := a.first("choice", true); ok {
		leavesChoice = true
	}
	if r.q != nil && !r.forward && !proposes && !leavesChoice && !r.hasDate() && r.a.words <= 60 {
		for _, h := range a.hits {
			if (h.tag != "accept" && h.tag != "confn") || weakAccept[a.toks[h.start].s] && h.end-h.start == 1 && r.leadHour() == 0 ||
				a.sents[h.sent].question || a.negated(h) {
				continue
			}
			if j, ok := r.fromQuote(a.phrase(h.start, h.end)); ok {
				return j, true
			}
			break
		}
	}
	return judgement{}, false
}

// weakAccept words alone do not accept a quoted proposal ("ok, this is
// literally you").
var weakAccept = setOf("ok okay yes yep sure great fine done grand super prima vale deal good")

// upcoming: the mention has a time or names a day other than today, and
// does not lie before the message's day.
func (r *reader) upcoming(m *mention) bool {
	if m.t != nil && (m.t.secs || m.z != nil && m.z.name == "fixed") {
		return false // "10:53:59 +0100" is a timestamp, not a meeting
	}
	if m.d == nil {
		return m.t != nil
	}
	if m.d.kind == dRel && m.d.rel == 0 && m.t == nil {
		return false
	}
	at, _, ok := r.ctx.resolve(m)
	if !ok {
		return false
	}
	ry, rm, rd := r.ctx.ref.Date()
	y, mo, d := at.In(r.ctx.ref.Location()).Date()
	return !time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Before(time.Date(ry, rm, rd, 0, 0, 0, 0, time.UTC))
}

func firstHit(a *analysis, si int, tag string) (hit, bool) {
	for _, h := range a.hitsIn(si, tag) {
		if !a.negated(h) {
			return h, true
		}
	}
	return hit{}, false
}

func quoteWhy(p, ctx string) string {
	if ctx != "" && ctx != p && len(ctx) <= 60 {
		return fmt.Sprintf("%q", ctx)
	}
	return fmt.Sprintf("%q", p)
}

// hasDate reports whether the new text names any date.
func (r *reader) hasDate() bool {
	for i := range r.a.ments {
		if r.a.ments[i].d != nil {
			return true
		}
	}
	return false
}

// pick chooses the meeting mention for a confirming sentence si: a full
// date and time in it, else a date completed by a time nearby, else (wide)
// the first full mention of the text outside questions.
func (r *reader) pick(si int, dated []*mention, wide bool) *mention {
	for _, m := range dated {
		if m.full() && r.upcoming(m) {
			// "see you Friday at 10" accepting "Thu 26th or Fri 27th at
			// 10": the quoted Friday, not the next one after the Date
			if m.d.hasWD && m.d.day == 0 && m.d.month == 0 {
				if qm := r.quoteMatch(m); qm != nil && qm.t != nil && qm.t.hour24(qm.d.pod) == m.t.hour24(m.d.pod) && r.upcoming(qm) {
					if m.z != nil {
						// the zone the reply names ("10 Uhr deutscher Zeit") wins
						q := *qm
						q.z = m.z
						return &q
					}
					return qm
				}
			}
			return m
		}
	}
	for _, m := range dated {
		if m.d != nil && r.upcoming(m) {
			// "fri is perfect! fri 27th at 3pm at the cafe": the day said
			// in full elsewhere in the message
			if full := r.sameDayFull(m); full != nil {
				return full
			}
			return r.complete(si, m)
		}
	}
	for _, m := range dated {
		if m.t != nil {
			if d := r.dateNear(si); d != nil {
				return &mention{start: m.start, end: m.end, d: d.d, t: m.t, z: m.z}
			}
			if qm := r.quoteMatch(m); qm != nil {
				return qm
			}
			// "17h my time works" answering a quote that names one day
			if qd := r.quoteOnlyDay(); qd != nil {
				return &mention{start: m.start, end: m.end, d: qd.d, t: m.t, z: m.z}
			}
			// a bare time is on the Date header's day
			return &mention{start: m.start, end: m.end, d: &datePiece{kind: dRel}, t: m.t, z: m.z}
		}
	}
	if !wide {
		return nil
	}
	var firstDate *mention
	for i := range r.a.ments {
		m := &r.a.ments[i]
		if m.sent < 0 || r.a.sents[m.sent].question || m.sent < si-2 || m.sent > si+2 || !r.upcoming(m) || notAMeeting(r.a, m) {
			continue
		}
		if m.full() {
			return m
		}
		if m.d != nil && firstDate == nil {
			firstDate = m
		}
	}
	if firstDate != nil {
		return r.complete(firstDate.sent, firstDate)
	}
	return nil
}

// complete gives a date-only mention the time found in its own or a
// neighbouring sentence, or from the quoted proposal for that day.
func (r *reader) complete(si int, m *mention) *mention {
	if m.t != nil {
		return m
	}
	if si >= 0 && si < len(r.a.sents) && anyTime(r.a, si) {
		return m // "next Wednesday, any time that day suits": the whole day
	}
	if si >= 0 && si < len(r.a.sents) && sameTime(r.a, si) && r.q != nil {
		// "Monday 22nd, same time": the time of the quoted slot
		for i := range r.q.ments {
			if o := &r.q.ments[i]; o.t != nil {
				return &mention{start: m.start, end: m.end, d: m.d, t: o.t, z: r.quoteZone(o.z)}
			}
		}
	}
	for _, k := range []int{si, si + 1, si - 1} {
		for _, o := range r.a.mentionsIn(k) {
			if o.t != nil && o.d == nil {
				return &mention{start: m.start, end: m.end, d: m.d, t: o.t, z: o.z}
			}
		}
	}
	if qm := r.quoteMatch(m); qm != nil && qm.t != nil {
		return qm
	}
	if qm := r.quoteSameDay(m); qm != nil {
		return qm
	}
	return m
}

// dateNear finds a date-only mention in or next to sentence si.
func (r *reader) dateNear(si int) *mention {
	for _, k := range []int{si, si - 1, si + 1} {
		for _, o := range r.a.mentionsIn(k) {
			if o.d != nil {
				return o
			}
		}
	}
	return nil
}

// confirmed resolves the chosen mention into a confirmation verdict.
func (r *reader) confirmed(m *mention, a *analysis, c *whenCtx, why string) (judgement, bool) {
	j := judgement{kind: domain.KindConfirmation, why: why}
	if m == nil {
		return j, true
	}
	if at, allDay, ok := c.resolve(m); ok {
		j.at, j.allDay, j.hasTime = at, allDay, true
		if allDay {
			j.label = fmt.Sprintf("meeting %q all day (%s)", at.Format("Mon Jan 2"), c.zoneLabel(m, at))
		} else {
			j.label = fmt.Sprintf("meeting %q (%s)", at.Format("Mon Jan 2 15:04"), c.zoneLabel(m, at))
		}
	}
	return j, true
}

// singleSlot returns the only upcoming full mention of the new text when
// its sentence neither asks ("could you do ...?", "would ... work?") nor
// offers alternatives, and nothing in the text declines.
func (r *reader) singleSlot() (*mention, int) {
	a := r.a
	var found *mention
	for i := range a.ments {
		m := &a.ments[i]
		if !m.full() || m.sent < 0 || !r.upcoming(m) || notAMeeting(a, m) {
			continue
		}
		if found != nil && !sameSlot(found, m) {
			return nil, 0
		}
		if found == nil {
			found = m
		}
	}
	if found == nil {
		return nil, 0
	}
	si := found.sent
	for i := range a.ments {
		m := &a.ments[i]
		if m.d != nil && ((m.start > 0 && orWords[a.toks[m.start-1].s]) || (m.end < len(a.toks) && orWords[a.toks[m.end].s])) {
			return nil, 0
		}
	}
	if a.has(si, "ask") || a.has(si, "prop") || a.has(si, "pick") || r.proposalSentence(si) ||
		a.sents[si].question && askAboutTime(a, si) || a.has(si, "upd") || a.has(si, "updw") {
		return nil, 0
	}
	if _, ok := a.first("decl", true); ok {
		return nil, 0
	}
	return found, si
}

func sameSlot(a, b *mention) bool {
	return a.d != nil && b.d != nil && *a.d == *b.d && a.t != nil && b.t != nil && a.t.hour == b.t.hour && a.t.min == b.t.min
}

var ifWords = setOf("if si wenn falls otherwise else")

// conditional: the sentence is an alternative ("If Friday's no good,
// Sunday works too").
func conditional(a *analysis, si int) bool {
	s := a.sents[si]
	k := s.start
	for k < s.end && a.toks[k].kind == tPunct {
		k++
	}
	return k < s.end && ifWords[a.toks[k].s]
}

// pickAfter is pick, preferring the first time-only mention at or after
// the confirming phrase ("my 7:30 runs long, so I'll join at 8:20").
func (r *reader) pickAfter(si int, dated []*mention, h hit) *mention {
	return r.pick(si, afterFirst(dated, h), false)
}

// anyTime: sentence si leaves the hour open ("any time that day",
// "anytime", "à n'importe quelle heure", "den ganzen Tag").
func anyTime(a *analysis, si int) bool {
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		w := a.toks[k].s
		if w == "anytime" || w == "any" && k+1 < s.end && a.toks[k+1].s == "time" ||
			w == "fixed" && k+1 < s.end && a.toks[k+1].s == "time" ||
			w == "ganzen" && k+1 < s.end && a.toks[k+1].s == "tag" || w == "importe" {
			return true
		}
	}
	return false
}

// pinWeekday gives a bare weekday with a time ("Thursday at 4") the date
// of the quoted Thursday ("Would Thursday 24 September at 4 suit?"),
// keeping its own time and zone; nil when the quote names no such day.
func (r *reader) pinWeekday(m *mention) *mention {
	if m.d == nil || !m.d.hasWD || m.d.day != 0 || m.d.month != 0 {
		return nil
	}
	qm := r.quoteMatch(m)
	if qm == nil || qm.d == nil || qm.d.day == 0 {
		return nil
	}
	z := m.z
	if z == nil {
		z = qm.z
	}
	return &mention{start: m.start, end: m.end, d: qm.d, t: m.t, z: z}
}

// sameTime: sentence si says "same time" ("même heure", "gleiche Zeit").
func sameTime(a *analysis, si int) bool {
	s := a.sents[si]
	for k := s.start; k+1 < s.end; k++ {
		w, n := a.toks[k].s, a.toks[k+1].s
		if (w == "same" || w == "meme" || w == "gleiche" || w == "gleichen" || w == "misma") && (n == "time" || n == "heure" || n == "zeit" || n == "uhrzeit" || n == "hora") {
			return true
		}
	}
	return false
}

// sameDayFull finds a mention of m's weekday with a date and a time
// elsewhere in the new text.
func (r *reader) sameDayFull(m *mention) *mention {
	if m.t != nil || !m.d.hasWD {
		return nil
	}
	for i := range r.a.ments {
		o := &r.a.ments[i]
		if o != m && o.full() && o.d.hasWD && o.d.wd == m.d.wd && o.d.day > 0 && r.upcoming(o) && !notAMeeting(r.a, o) {
			return o
		}
	}
	return nil
}

// afterFirst orders the mentions at or after h first: "I arrive on the
// 11th and keep the 12th for you" confirms the 12th.
func afterFirst(dated []*mention, h hit) []*mention {
	after := make([]*mention, 0, len(dated))
	for _, m := range dated {
		if m.start >= h.start {
			after = append(after, m)
		}
	}
	for _, m := range dated {
		if m.start < h.start {
			after = append(after, m)
		}
	}
	return after
}
