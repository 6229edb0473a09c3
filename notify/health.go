package notify

import (
	"fmt"
	"strconv"
	"time"

	"github.com/followupd/followupd/domain"
)

// Health describes followupd's own trouble, for the notice the daemon
// sends with Announce when a part has failed for a while, and once more
// when it recovers.
type Health struct {
	// What followupd cannot do, as a verb phrase: "reach your mailbox",
	// "run its scheduler".
	What string
	// Since is when it last worked (or first failed).
	Since time.Time
	// Cause is the error in plain words ("authentication failed").
	Cause string
	// Recovered: it works again.
	Recovered bool
}

// HealthNotice turns h into a reminder for Announce: "followupd cannot
// reach your mailbox since 09:14: authentication failed", or "followupd
// can reach your mailbox again". Its id is stable per outage, so a
// receiver can drop a repeat.
func (f *Format) HealthNotice(h Health, now time.Time) *domain.Reminder {
	since := f.When(h.Since, now)
	if f.Day(h.Since, now) == "today" {
		since = h.Since.In(f.loc()).Format("15:04")
	}
	state := "down"
	r := &domain.Reminder{Rule: "health", Due: now, Contact: domain.Address{Name: "followupd"}}
	if h.Recovered {
		state = "up"
		r.Title = fmt.Sprintf("followupd can %s again", h.What)
		r.Body = fmt.Sprintf("It could not from %s until %s.", since, f.When(now, now))
	} else {
		r.Title = fmt.Sprintf("followupd cannot %s since %s", h.What, since)
		if h.Cause != "" {
			r.Title += ": " + oneLine(h.Cause)
		}
		r.Body = "Reminders may be late until this is fixed. `followupd check` says more."
	}
	r.Why = r.Title
	r.ID = "health:" + escapeID(h.What) + ":" + strconv.FormatInt(h.Since.Unix(), 10) + ":" + state
	return r
}
