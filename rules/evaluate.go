package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// lateWindow is how long a one-off reminder (or the last of a series) stays
// worth firing after its due time when nothing else supersedes it.
const lateWindow = 7 * 24 * time.Hour

// maxSeries caps a series without max (keep-in-touch until stop_after).
const maxSeries = 200

func zoneOf(o Owner) *time.Location {
	if o.Zone == nil {
		return time.UTC
	}
	return o.Zone
}

func isMeOf(o Owner) func(string) bool {
	if o.IsMe == nil {
		return func(string) bool { return false }
	}
	return o.IsMe
}

func (c *Contact) addr() string { return domain.NormAddr(c.Addr.Addr) }

// eval is one contact's evaluation in progress.
type eval struct {
	in    *Input
	zone  *time.Location
	h     *history
	who   domain.Address // the contact, with the best name known
	out   []Reminder
	intro *introduction
}

// Evaluate returns every reminder the rules produce for in.Contact, sorted
// by due time then ID, with titles, bodies and drafts rendered (except for
// reminders already expired at in.Now: history, left unrendered). Reminders
// the owner marked done are left out and snoozed ones carry their new due
// time. A muted contact gets none.
func (s *Set) Evaluate(in *Input) []Reminder {
	if in.Contact == nil || in.Contact.Muted {
		return nil
	}
	e := &eval{in: in, zone: zoneOf(in.Owner)}
	e.h = read(in.Contact.addr(), in.Contact.Messages, in.Now, isMeOf(in.Owner), e.zone)
	e.who = bestName(in.Contact.Addr, e.h)
	e.intro = e.findIntroducer()
	for _, r := range s.rules {
		switch r.On {
		case OnRequested:
			e.requested(r)
		case OnConfirmed:
			e.confirmed(r)
		case OnMet:
			e.met(r)
		case OnThanked:
			e.thanked(r)
		case OnIntroduced:
			e.introduced(r)
		}
	}
	out := e.out[:0]
	for _, r := range e.out {
		if in.Actions.Done[r.ID] {
			continue
		}
		if t, ok := in.Actions.Snoozed[r.ID]; ok {
			r.Due = t.In(e.zone)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Reminder) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// bestName fills in the contact's display name from their mail when the
// caller knows none.
func bestName(a domain.Address, h *history) domain.Address {
	a.Addr = domain.NormAddr(a.Addr)
	for i := len(h.msgs) - 1; i >= 0 && a.Name == ""; i-- {
		m := h.msgs[i]
		if m.from {
			a.Name = m.From.Name
			continue
		}
		for _, x := range append(slices.Clone(m.To), m.Cc...) {
			if domain.NormAddr(x.Addr) == a.Addr && x.Name != "" {
				a.Name = x.Name
				break
			}
		}
	}
	return a
}

// series computes up to r.Max occurrences from first, stopping at stop
// (when not zero); each gets the next one's due as its expiry.
func (e *eval) series(r *compiled, first time.Time, stop time.Time) []time.Time {
	n := r.Max
	if n == 0 || n > maxSeries {
		n = maxSeries
	}
	var out []time.Time
	for t := first; len(out) < n; t = r.next(t, e.zone) {
		if !stop.IsZero() && t.After(stop) {
			break
		}
		out = append(out, t)
		if r.Every.IsZero() {
			break
		}
	}
	return out
}

// occurrence fills and appends one reminder.
type occurrence struct {
	contact  domain.Address
	anchor   string // what the series hangs on (a Message-ID, a meeting)
	msg      *domain.Message
	meeting  *meeting
	about    domain.Address
	why      func(n int, due time.Time) string
	moot     time.Time
	cancelAt time.Time // the first cancelling event, zero if none
}

// emit appends the occurrences dues[i] of o for rule r. Occurrences are
// left out altogether when a cancelling event happened.
func (e *eval) emit(r *compiled, o occurrence, dues []time.Time) {
	if !o.cancelAt.IsZero() {
		return
	}
	if o.about.Addr == "" {
		o.about = o.contact
	}
	for i, due := range dues {
		if r.sched != nil {
			due = r.sched.Next(due.In(e.zone).Add(-time.Second))
		}
		exp := due.Add(lateWindow)
		if i+1 < len(dues) {
			exp = dues[i+1]
		} else if !r.Every.IsZero() {
			exp = r.Every.AddTo(due, e.zone)
		}
		if !o.moot.IsZero() && o.moot.Before(exp) {
			exp = o.moot
		}
		n := i + 1
		rm := Reminder{
			About:   o.about.Addr,
			Account: o.msg.Account,
			Number:  n,
			Expires: exp,
			Moot:    o.moot,
		}
		rm.Reminder = domain.Reminder{
			ID:       ID(r.Name, o.contact.Addr, o.msg.ThreadID, o.anchor, n),
			Rule:     r.Name,
			Contact:  o.contact,
			ThreadID: o.msg.ThreadID,
			Subject:  o.msg.Subject,
			Due:      due.In(e.zone),
			Why:      o.why(n, due),
			Channels: slices.Clone(r.Channels),
			ReplyTo:  o.msg.MessageID,
		}
		if o.meeting != nil {
			rm.MeetingAt = o.meeting.at
		}
		if rm.ReplyTo != "" {
			rm.ReplyTo, rm.ThreadAt = e.latest(o)
		}
		d := &Data{
			Rule: r.Name, Contact: PersonOf(o.contact), About: PersonOf(o.about),
			Subject: o.msg.Subject, Due: rm.Due, Number: n, Why: rm.Why,
		}
		if o.meeting != nil {
			d.Meeting = meetingText(o.meeting.at, o.meeting.allDay, e.zone)
			d.MeetingAt = o.meeting.at.In(e.zone)
		}
		if exp.After(e.in.Now) {
			var err error
			rm.Title, rm.Body, rm.Draft, err = r.render(d)
			if err != nil {
				// Templates were tried on sample data when compiled; if one
				// still fails, the reminder goes out with its reason.
				rm.Body = rm.Why
			}
		} // else: history, never shown or sent; rendering it would only cost
		e.out = append(e.out, rm)
	}
}

// latest names the last message of the occurrence's conversation (its
// thread, between the owner and the contact), which a draft answers.
func (e *eval) latest(o occurrence) (string, time.Time) {
	id, at := o.msg.MessageID, o.msg.Date
	if o.contact.Addr != e.h.addr || o.msg.ThreadID == 0 {
		return id, at
	}
	for i := len(e.h.msgs) - 1; i >= 0; i-- {
		if m := e.h.msgs[i]; (m.from || m.to) && m.ThreadID == o.msg.ThreadID {
			if m.Date.After(at) {
				return m.MessageID, m.Date
			}
			break
		}
	}
	return id, at
}

// ID is the deterministic reminder ID: the first 16 hex digits of the
// SHA-256 of rule, contact, thread, anchor and occurrence number.
func ID(rule, contact string, thread int64, anchor string, n int) string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%d|%s|%d", rule, contact, thread, anchor, n)))
	return hex.EncodeToString(sum[:8])
}

// first places a series' first occurrence from its anchor.
func (r *compiled) first(anchor time.Time, zone *time.Location) time.Time {
	t := r.After.AddTo(anchor, zone)
	if r.At.Set {
		t = align(t, r.At, r.Align, zone)
	}
	return r.QuietHours.Leave(t, zone)
}

// next places the occurrence after prev.
func (r *compiled) next(prev time.Time, zone *time.Location) time.Time {
	t := r.Every.AddTo(prev, zone)
	at := r.RepeatAt
	if !at.Set {
		at = r.At
	}
	if at.Set {
		t = align(t, at, AlignDay, zone)
	}
	return r.QuietHours.Leave(t, zone)
}

// align puts t at the time of day at: on t's day (AlignDay), or at the
// first such moment at or after t (AlignNext).
func align(t time.Time, at Clock, mode Align, zone *time.Location) time.Time {
	y, m, d := t.In(zone).Date()
	c := at.At(y, m, d, zone)
	if mode == AlignNext && c.Before(t) {
		c = at.At(y, m, d+1, zone)
	}
	return c
}

// calendarDays counts the calendar days from a to b in zone.
func calendarDays(a, b time.Time, zone *time.Location) int {
	ay, am, ad := a.In(zone).Date()
	by, bm, bd := b.In(zone).Date()
	da := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	db := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}
