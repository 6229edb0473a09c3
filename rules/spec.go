package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Trigger is the state or event a rule fires on; each is one of the
// built-in behaviours.
type Trigger string

const (
	// OnRequested: the owner asked the contact (or answered their ask by
	// proposing times) and the contact has not answered. Anchor: the request.
	OnRequested Trigger = "requested"
	// OnConfirmed: a meeting time is fixed. Anchor: the meeting's day
	// (`before`) or the fixing message when it came later.
	OnConfirmed Trigger = "confirmed"
	// OnMet: the meeting has happened and the owner asked for it (not the
	// connector). Anchor: the meeting start.
	OnMet Trigger = "met"
	// OnThanked: the owner sent a thank-you after a meeting. Anchor: the last
	// real exchange with the contact since then.
	OnThanked Trigger = "thanked"
	// OnIntroduced: the contact was introduced by someone and the owner
	// thanked the contact after meeting; the reminder goes to the introducer.
	// Anchor: the owner's thank-you.
	OnIntroduced Trigger = "introduced"
)

// Triggers lists every trigger in the order of the default rules.
var Triggers = []Trigger{OnRequested, OnConfirmed, OnMet, OnThanked, OnIntroduced}

// Event is something in the mail that withdraws a reminder (cancel_on).
// Events count only after the rule's start point: the request
// (requested), the fixing message (confirmed), the meeting start (met,
// introduced) or the exchange the cadence counts from (thanked).
type Event string

const (
	// EventReply: a message from the contact (any kind but automated mail).
	EventReply Event = "reply"
	// EventDecline: a decline either way.
	EventDecline Event = "decline"
	// EventSent: the owner sends the reminder's contact any message.
	EventSent Event = "sent"
	// EventThankYou: the owner sends the reminder's contact a thank-you.
	EventThankYou Event = "thank_you"
	// EventMoved: the meeting is fixed again at another time.
	EventMoved Event = "moved"
	// EventCancelled: the meeting is cancelled (calendar CANCEL, a decline).
	EventCancelled Event = "cancelled"
	// EventExchange: any real message either way (restarts the cadence).
	EventExchange Event = "exchange"
)

// events says which cancel events make sense for each trigger.
var events = map[Trigger][]Event{
	OnRequested:  {EventReply, EventDecline},
	OnConfirmed:  {EventSent, EventThankYou, EventReply, EventDecline, EventMoved, EventCancelled},
	OnMet:        {EventSent, EventThankYou, EventReply},
	OnThanked:    {EventExchange},
	OnIntroduced: {EventSent},
}

// Align says how `at` places an occurrence.
type Align string

const (
	// AlignDay: on the calendar day reached, at `at` (even if that is earlier
	// in the day than the anchor was).
	AlignDay Align = "day"
	// AlignNext: the first `at` on or after the moment reached.
	AlignNext Align = "next"
)

// Spec is one rule as the owner writes it in the config.
type Spec struct {
	Name    string
	Enabled bool
	On      Trigger
	// After is added to the anchor (calendar arithmetic in the owner's zone).
	After Duration
	// Before is subtracted from the meeting (confirmed only).
	Before Duration
	// At is the time of day of the first occurrence; unset = exact.
	At    Clock
	Align Align
	// Every is the gap between occurrences, counted from the previous one.
	Every Duration
	// RepeatAt is the time of day of the repeats (day-aligned); unset = At.
	RepeatAt Clock
	// Max is the number of occurrences; 0 means no limit (until StopAfter).
	Max int
	// StopAfter ends the occurrences after this much silence from the
	// contact (thanked).
	StopAfter Duration
	// MinLead: a confirm fixed too late for its normal time fires at once,
	// but only while the meeting is more than MinLead away.
	MinLead    Duration
	CancelOn   []Event
	QuietHours Window
	// Channels names notifiers; empty means the daemon's default channels.
	Channels []string
	// Schedule is an optional cron spec (owner's zone): reminders of this
	// rule wait for its next activation, so they come together as a digest.
	Schedule string
	// Title, Body and Draft are Go text/template sources over Data.
	Title, Body, Draft string
}

// Duration is a calendar-aware length: months and days move the date in the
// owner's zone (keeping the wall clock), Clock is added after.
type Duration struct {
	Months, Days int
	Clock        time.Duration
}

// IsZero reports whether d is empty.
func (d Duration) IsZero() bool { return d == Duration{} }

// AddTo returns t plus d, days and months counted on the calendar of zone.
func (d Duration) AddTo(t time.Time, zone *time.Location) time.Time {
	if d.Months != 0 || d.Days != 0 {
		t = t.In(zone).AddDate(0, d.Months, d.Days)
	}
	return t.Add(d.Clock)
}

// SubFrom returns t minus d, on the calendar of zone.
func (d Duration) SubFrom(t time.Time, zone *time.Location) time.Time {
	return Duration{Months: -d.Months, Days: -d.Days, Clock: -d.Clock}.AddTo(t, zone)
}

// Approx is d as a fixed length (a month counted as 30 days), for uses where
// the calendar does not matter, such as snoozing.
func (d Duration) Approx() time.Duration {
	return time.Duration(d.Months*30+d.Days)*24*time.Hour + d.Clock
}

func (d Duration) String() string {
	if d.IsZero() {
		return "0"
	}
	var b strings.Builder
	if d.Months%12 == 0 && d.Months != 0 {
		fmt.Fprintf(&b, "%dy", d.Months/12)
	} else if d.Months != 0 {
		fmt.Fprintf(&b, "%dmo", d.Months)
	}
	if d.Days%7 == 0 && d.Days != 0 {
		fmt.Fprintf(&b, "%dw", d.Days/7)
	} else if d.Days != 0 {
		fmt.Fprintf(&b, "%dd", d.Days)
	}
	if d.Clock != 0 {
		s := d.Clock.String()
		s = strings.TrimSuffix(s, "0s")
		s = strings.TrimSuffix(s, "0m")
		b.WriteString(s)
	}
	return b.String()
}

const durationHint = "use a number and a unit, combined if needed: 30m, 3h, 7d, 6w, 12mo, 1y, 1d12h"

// ParseDuration reads "7d", "6w", "3h", "90m", "12mo", "1y" and
// combinations such as "1d12h".
func ParseDuration(s string) (Duration, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return Duration{}, fmt.Errorf("empty duration: %s", durationHint)
	}
	if in == "0" {
		return Duration{}, nil
	}
	var d Duration
	rest := in
	for rest != "" {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 {
			return Duration{}, fmt.Errorf("bad duration %q: %s", in, durationHint)
		}
		n, err := strconv.Atoi(rest[:i])
		if err != nil || n > 100000 {
			return Duration{}, fmt.Errorf("bad duration %q: number too large", in)
		}
		rest = rest[i:]
		j := 0
		for j < len(rest) && (rest[j] < '0' || rest[j] > '9') {
			j++
		}
		switch unit := rest[:j]; unit {
		case "y":
			d.Months += 12 * n
		case "mo":
			d.Months += n
		case "w":
			d.Days += 7 * n
		case "d":
			d.Days += n
		case "h":
			d.Clock += time.Duration(n) * time.Hour
		case "m":
			d.Clock += time.Duration(n) * time.Minute
		case "s":
			d.Clock += time.Duration(n) * time.Second
		default:
			return Duration{}, fmt.Errorf("bad duration %q: unknown unit %q; %s", in, unit, durationHint)
		}
		rest = rest[j:]
	}
	return d, nil
}

// Clock is a time of day, "09:00". The zero value is unset.
type Clock struct {
	Set          bool
	Hour, Minute int
}

// At returns the given calendar day (in zone) at c.
func (c Clock) At(y int, m time.Month, d int, zone *time.Location) time.Time {
	return time.Date(y, m, d, c.Hour, c.Minute, 0, 0, zone)
}

func (c Clock) String() string {
	if !c.Set {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
}

// ParseClock reads "09:00" or "9:30".
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 || len(m) != 2 {
		return Clock{}, fmt.Errorf("bad time of day %q: use 24-hour HH:MM such as \"09:00\"", s)
	}
	return Clock{Set: true, Hour: hh, Minute: mm}, nil
}

// Window is a daily span of local time, such as quiet hours "21:00-08:00";
// it may wrap past midnight. The zero value is empty.
type Window struct{ From, To Clock }

// IsZero reports whether w is empty.
func (w Window) IsZero() bool { return !w.From.Set }

func (w Window) String() string {
	if w.IsZero() {
		return ""
	}
	return w.From.String() + "-" + w.To.String()
}

// ParseWindow reads "21:00-08:00".
func ParseWindow(s string) (Window, error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return Window{}, fmt.Errorf("bad window %q: use HH:MM-HH:MM such as \"21:00-08:00\"", s)
	}
	from, err := ParseClock(a)
	if err != nil {
		return Window{}, err
	}
	to, err := ParseClock(b)
	if err != nil {
		return Window{}, err
	}
	if from == to {
		return Window{}, fmt.Errorf("bad window %q: start and end are the same", s)
	}
	return Window{From: from, To: to}, nil
}

// Leave returns t if it is outside w, else the end of w (the first moment
// after it), in zone.
func (w Window) Leave(t time.Time, zone *time.Location) time.Time {
	if w.IsZero() {
		return t
	}
	l := t.In(zone)
	min := l.Hour()*60 + l.Minute()
	from, to := w.From.Hour*60+w.From.Minute, w.To.Hour*60+w.To.Minute
	y, mo, d := l.Date()
	if from < to { // same-day window
		if min >= from && min < to {
			return w.To.At(y, mo, d, zone)
		}
		return t
	}
	switch { // wraps midnight
	case min >= from:
		return w.To.At(y, mo, d+1, zone)
	case min < to:
		return w.To.At(y, mo, d, zone)
	}
	return t
}
