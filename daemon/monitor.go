package daemon

import (
	"time"

	"github.com/followupd/followupd/notify"
)

// Self-monitoring. Silent failure is the top complaint about reminder
// tools, so when the mailbox has not synced for a while, or the scheduler
// has stopped ticking, followupd tells its owner through the channels that
// still work: once when the trouble starts, once when it is over.

// probe is one reading of the daemon's health.
type probe struct {
	now time.Time
	// lastSync is the last successful sync of any folder of the account;
	// zero if none yet since start.
	lastSync time.Time
	syncErr  error
	// progress is the watcher's progress counter.
	progress uint64
	lastTick time.Time
}

// monitor remembers what it has told the owner, so each state change is
// announced exactly once.
type monitor struct {
	started   time.Time
	syncStale time.Duration // default 30m
	tickStale time.Duration // default 5m
	// watchStale: a watcher whose progress counter has not moved for this
	// long is stuck (its loop passes at least once per catch-up interval).
	watchStale time.Duration

	syncDown, tickDown   bool
	syncSince, tickSince time.Time
	lastProgress         uint64
	progressAt           time.Time
}

// observe returns the notices to send for this reading (at most one per
// change of state) and whether the watchdog may be pinged.
func (m *monitor) observe(p probe) (notices []notify.Health, alive bool) {
	if p.progress != m.lastProgress || m.progressAt.IsZero() {
		m.lastProgress, m.progressAt = p.progress, p.now
	}
	since := p.lastSync
	if since.IsZero() {
		since = m.started
	}
	switch stale := p.now.Sub(since) > m.syncStale; {
	case stale && !m.syncDown:
		m.syncDown, m.syncSince = true, since
		why := "no successful sync"
		if p.syncErr != nil {
			why = p.syncErr.Error()
		}
		notices = append(notices, notify.Health{What: "reach your mailbox", Since: since, Cause: why})
	case !stale && m.syncDown:
		m.syncDown = false
		notices = append(notices, notify.Health{What: "reach your mailbox", Since: m.syncSince, Recovered: true})
	}
	tickSince := p.lastTick
	if tickSince.IsZero() {
		tickSince = m.started
	}
	switch stale := p.now.Sub(tickSince) > m.tickStale; {
	case stale && !m.tickDown:
		m.tickDown, m.tickSince = true, tickSince
		notices = append(notices, notify.Health{What: "run its scheduler", Since: tickSince, Cause: "reminders are not being checked"})
	case !stale && m.tickDown:
		m.tickDown = false
		notices = append(notices, notify.Health{What: "run its scheduler", Since: m.tickSince, Recovered: true})
	}
	alive = !m.tickDown && p.now.Sub(m.progressAt) <= m.watchStale
	return notices, alive
}
