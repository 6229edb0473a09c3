package notify

import (
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// MaxSubjectRunes is where subjects and notification summaries are cut.
const MaxSubjectRunes = 100

// Format holds what rendering a reminder for a person needs beyond the
// reminder: the owner's zone, for "tomorrow 15:00".
type Format struct {
	// Location is the owner's time zone; nil means UTC.
	Location *time.Location
}

func (f *Format) loc() *time.Location {
	if f == nil || f.Location == nil {
		return time.UTC
	}
	return f.Location
}

// ContactName is how a reminder names its contact: the display name, else
// the address, cleaned for one line.
func ContactName(r *domain.Reminder) string {
	if n := oneLine(r.Contact.Name); n != "" {
		return n
	}
	if a := oneLine(r.Contact.Addr); a != "" {
		return a
	}
	return "your contact"
}

// Subject is the one line a person reads at a glance: the reminder's
// rendered Title when the rule gave one, else a sentence built from the
// rule ("Confirm tomorrow 15:00 with Dana Whitfield"). now decides words
// like "today" and "tomorrow". The result is a single clean line of at most
// MaxSubjectRunes runes.
func (f *Format) Subject(r *domain.Reminder, now time.Time) string {
	s := oneLine(r.Title)
	if s == "" {
		s = f.ruleSubject(r, now)
	}
	return truncate(s, MaxSubjectRunes)
}

func (f *Format) ruleSubject(r *domain.Reminder, now time.Time) string {
	name := ContactName(r)
	subj := oneLine(r.Subject)
	switch r.Rule {
	case "confirm":
		if r.MeetingAt.IsZero() {
			return "Confirm the meeting with " + name
		}
		return "Confirm " + f.When(r.MeetingAt, now) + " with " + name
	case "thank":
		if r.MeetingAt.IsZero() {
			return "Thank " + name + " for the meeting"
		}
		return "Thank " + name + " for " + possessive(f.Day(r.MeetingAt, now)) + " meeting"
	case "nudge":
		if subj == "" {
			return "Nudge " + name
		}
		return "Nudge " + name + " about “" + stripReply(subj) + "”"
	case "keep-in-touch":
		return "Keep in touch with " + name
	case "close-loop":
		return "Tell " + name + " how the introduction went"
	case "health":
		return "followupd needs attention"
	}
	if subj != "" {
		return "Follow up with " + name + ": " + stripReply(subj)
	}
	return "Follow up with " + name
}

// Day names t's calendar day relative to now in the owner's zone: "today",
// "tomorrow", "yesterday", a weekday within the coming week, else a date.
func (f *Format) Day(t, now time.Time) string {
	loc := f.loc()
	t, now = t.In(loc), now.In(loc)
	ty, tm, td := t.Date()
	ny, nm, nd := now.Date()
	days := int(time.Date(ty, tm, td, 12, 0, 0, 0, time.UTC).Sub(time.Date(ny, nm, nd, 12, 0, 0, 0, time.UTC)).Hours() / 24)
	switch {
	case days == 0:
		return "today"
	case days == 1:
		return "tomorrow"
	case days == -1:
		return "yesterday"
	case days > 1 && days < 7:
		return t.Format("Monday")
	case ty == ny:
		return t.Format("Mon 2 Jan")
	}
	return t.Format("Mon 2 Jan 2006")
}

// When is Day plus the time of day: "tomorrow 15:00".
func (f *Format) When(t, now time.Time) string {
	return f.Day(t, now) + " " + t.In(f.loc()).Format("15:04")
}

// Stamp is a full date and time in the owner's zone, for bodies.
func (f *Format) Stamp(t time.Time) string {
	return t.In(f.loc()).Format("Mon 2 Jan 2006 15:04 MST")
}

func possessive(day string) string {
	switch day {
	case "today", "tomorrow", "yesterday":
		return day + "'s"
	}
	if strings.HasSuffix(day, "day") { // a weekday
		return day + "'s"
	}
	return "the " + day
}

// stripReply drops "Re:"/"Fwd:" prefixes, for quoting a thread's subject.
func stripReply(s string) string {
	for {
		t := strings.TrimSpace(s)
		l := strings.ToLower(t)
		switch {
		case strings.HasPrefix(l, "re:"):
			s = t[3:]
		case strings.HasPrefix(l, "fw:"):
			s = t[3:]
		case strings.HasPrefix(l, "fwd:"):
			s = t[4:]
		case strings.HasPrefix(l, "aw:"), strings.HasPrefix(l, "sv:"):
			s = t[3:]
		default:
			return t
		}
	}
}

// replySubject is "Re: " plus the thread's subject, without stacking Re:.
func replySubject(threadSubject string) string {
	s := stripReply(oneLine(threadSubject))
	if s == "" {
		return "Re: our conversation"
	}
	return truncate("Re: "+s, 200)
}
