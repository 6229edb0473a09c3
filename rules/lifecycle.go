package rules

import (
	"slices"
	"time"

	"github.com/followupd/followupd/domain"
)

// msg is a message with its role towards the contact being judged.
type msg struct {
	*domain.Message
	from bool // the contact wrote it to the owner
	to   bool // the owner wrote it to the contact (To or Cc)
}

func (m msg) real() bool { return isReal(m.Kind) }

// isReal: a message a person wrote for this conversation (not automated
// mail, not yet unclassified).
func isReal(k domain.Kind) bool { return k != domain.KindOther && k.Valid() }

// meeting is one fixed meeting time and its fate.
type meeting struct {
	at     time.Time
	allDay bool
	fixed  msg
	// ended is when it was moved or cancelled before it started (zero:
	// it stands); how says which.
	ended time.Time
	how   Event
}

// happened: the meeting was not moved or cancelled before it started (it
// may still be in the future when projecting).
func (m *meeting) stands() bool { return m.ended.IsZero() }

// start is the meeting start; a whole-day meeting starts at midnight of
// its own date in zone.
func (m *meeting) start(zone *time.Location) time.Time {
	if m.allDay {
		y, mo, d := m.at.Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, zone)
	}
	return m.at
}

// over is when a meeting is assumed over enough to thank for: its start, or
// the end of its day for a whole-day meeting.
func (m *meeting) over(zone *time.Location) time.Time {
	if m.allDay {
		s := m.start(zone)
		return time.Date(s.Year(), s.Month(), s.Day()+1, 0, 0, 0, 0, zone)
	}
	return m.at
}

func (m *meeting) same(x *domain.Message) bool {
	return m.allDay == x.AllDay && m.at.Equal(x.MeetingAt)
}

// chase is one request of the owner's waiting for an answer.
type chase struct {
	req   msg
	first bool // the first ask between the owner and the contact
}

// history is what a contact's mail says, in date order.
type history struct {
	addr      string
	msgs      []msg
	connector bool // the contact asked first
	chases    []chase
	meetings  []*meeting
	// thanks is the owner's first thank-you sent after a standing meeting
	// had started, and met the meeting it follows.
	thanks *msg
	met    *meeting
	// intro is a message in which someone else introduced the owner and
	// the contact (both in To/Cc), if any.
	intro *msg
}

// read builds the history of addr from msgs dated before now.
func read(addr string, msgs []domain.Message, now time.Time, isMe func(string) bool, zone *time.Location) *history {
	h := &history{addr: addr}
	for i := range msgs {
		m := &msgs[i]
		if !m.Date.Before(now) {
			continue
		}
		x := msg{Message: m}
		switch m.Direction {
		case domain.Received:
			x.from = domain.NormAddr(m.From.Addr) == addr
		case domain.Sent:
			x.to = hasAddr(m.To, addr) || hasAddr(m.Cc, addr)
		}
		h.msgs = append(h.msgs, x)
	}
	slices.SortStableFunc(h.msgs, func(a, b msg) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return int(a.ID - b.ID)
	})
	asked := false
	var open *chase
	var cur *meeting
	for _, m := range h.msgs {
		if !m.from && !m.to {
			if h.intro == nil && m.Direction == domain.Received && isIntro(m.Message, addr, isMe) {
				mm := m
				h.intro = &mm
			}
			continue
		}
		k := m.Kind
		if !asked && (k == domain.KindRequest || k == domain.KindConfirmation) {
			asked, h.connector = true, m.from
		}
		if m.to && k == domain.KindRequest && open == nil {
			h.chases = append(h.chases, chase{req: m, first: len(h.chases) == 0 && !h.connector})
			open = &h.chases[len(h.chases)-1]
		}
		if (m.from && m.real()) || k == domain.KindDecline {
			open = nil
		}
		switch {
		case m.Cancel:
			if cur != nil {
				cur.ended, cur.how, cur = m.Date, EventCancelled, nil
			}
		case k == domain.KindConfirmation && !m.MeetingAt.IsZero():
			if cur != nil && cur.same(m.Message) {
				break
			}
			if cur != nil && m.Date.Before(cur.start(zone)) {
				cur.ended, cur.how = m.Date, EventMoved
			}
			cur = &meeting{at: m.MeetingAt, allDay: m.AllDay, fixed: m}
			h.meetings = append(h.meetings, cur)
		case k == domain.KindDecline && cur != nil && m.Date.Before(cur.start(zone)):
			cur.ended, cur.how, cur = m.Date, EventCancelled, nil
		}
		if h.thanks == nil && m.to && k == domain.KindThankYou {
			for i := len(h.meetings) - 1; i >= 0; i-- {
				if mt := h.meetings[i]; mt.stands() && mt.start(zone).Before(m.Date) {
					mm := m
					h.thanks, h.met = &mm, mt
					break
				}
			}
		}
	}
	return h
}

// isIntro: someone else wrote to both the owner and the contact.
func isIntro(m *domain.Message, addr string, isMe func(string) bool) bool {
	if !hasAddr(m.To, addr) && !hasAddr(m.Cc, addr) {
		return false
	}
	for _, a := range append(slices.Clone(m.To), m.Cc...) {
		if isMe(domain.NormAddr(a.Addr)) {
			return true
		}
	}
	return false
}

func hasAddr(as []domain.Address, addr string) bool {
	for _, a := range as {
		if domain.NormAddr(a.Addr) == addr {
			return true
		}
	}
	return false
}

// firstEvent returns the first moment strictly after since at which one of
// evs happened between the owner and target in msgs (zero if none). mt,
// when given, supplies the moved and cancelled events.
func firstEvent(evs []Event, since time.Time, msgs []msg, mt *meeting) time.Time {
	var at time.Time
	for _, e := range evs {
		if (e == EventMoved || e == EventCancelled) && mt != nil && mt.how == e && mt.ended.After(since) {
			at = earliest(at, mt.ended)
		}
	}
	for _, m := range msgs {
		if !m.Date.After(since) || (!at.IsZero() && !m.Date.Before(at)) {
			continue
		}
		for _, e := range evs {
			if matches(e, m) {
				at = m.Date
				break
			}
		}
	}
	return at
}

func matches(e Event, m msg) bool {
	switch e {
	case EventReply:
		return m.from && m.real()
	case EventDecline:
		return (m.from || m.to) && m.Kind == domain.KindDecline
	case EventSent:
		return m.to
	case EventThankYou:
		return m.to && m.Kind == domain.KindThankYou
	case EventExchange:
		return (m.from || m.to) && m.real()
	}
	return false
}

func earliest(a, b time.Time) time.Time {
	if a.IsZero() || b.Before(a) {
		return b
	}
	return a
}

// lastReal returns the last real message between the owner and the
// contact at or after since, and the last real one from the contact.
func (h *history) lastReal(since time.Time) (exch, from *msg) {
	for i := len(h.msgs) - 1; i >= 0; i-- {
		m := &h.msgs[i]
		if !m.real() || (!m.from && !m.to) {
			continue
		}
		if exch == nil && !m.Date.Before(since) {
			exch = m
		}
		if from == nil && m.from {
			from = m
		}
		if exch != nil && from != nil {
			break
		}
	}
	return exch, from
}

// State names where the contact's conversation stands as of in.Now:
// requested, answered, confirmed, met, thanked, keeping-in-touch, declined,
// cancelled, or "" when nothing networking-related happened.
func State(in *Input) string {
	zone := zoneOf(in.Owner)
	h := read(in.Contact.addr(), in.Contact.Messages, in.Now, isMeOf(in.Owner), zone)
	state := ""
	for _, m := range h.msgs {
		if !m.from && !m.to {
			continue
		}
		switch m.Kind {
		case domain.KindRequest:
			if m.to {
				state = "requested"
			} else {
				state = "answered"
			}
		case domain.KindDecline:
			state = "declined"
		case domain.KindConfirmation:
			state = "confirmed"
		}
		if m.Cancel {
			state = "cancelled"
		}
		if h.thanks != nil && m.Message == h.thanks.Message {
			state = "thanked"
		}
		if state == "requested" && m.from && m.real() {
			state = "answered"
		}
	}
	if state == "confirmed" && len(h.meetings) > 0 {
		if mt := h.meetings[len(h.meetings)-1]; mt.stands() && !mt.over(zone).After(in.Now) {
			state = "met"
		}
	}
	if state == "thanked" && h.thanks != nil && in.Now.Sub(h.thanks.Date) > 7*24*time.Hour {
		state = "keeping-in-touch"
	}
	return state
}
