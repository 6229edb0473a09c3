package engine

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

// Plan lists every reminder due in [at, until], judging the mailbox as it
// is at `at` (only mail dated before it counts) and projecting forward as
// if no more mail arrives and the owner does nothing
// (../shared/spec/reminders.md "What plan shows"). Reminders marked done
// are left out and snoozed ones appear at their new time; muted contacts
// have none. Nothing is sent and no reminder changes; the engine's index
// of new mail is brought up to date first. Sorted by due time, then ID;
// times in the owner's zone.
func (e *Engine) Plan(ctx context.Context, at, until time.Time) ([]domain.Reminder, error) {
	if e.setErr != nil {
		return nil, e.setErr
	}
	if until.Before(at) {
		return nil, fmt.Errorf("plan: until %s is before at %s", until.Format(time.RFC3339), at.Format(time.RFC3339))
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.catchUp(ctx, e.clock()); err != nil {
		return nil, err
	}
	acts, err := e.actions(ctx)
	if err != nil {
		return nil, err
	}
	addrs, err := e.st.MailAddrs(ctx)
	if err != nil {
		return nil, err
	}
	var out []domain.Reminder
	for len(addrs) > 0 {
		n := min(e.batch, len(addrs))
		ins, err := e.inputs(ctx, at, addrs[:n], acts)
		if err != nil {
			return nil, err
		}
		for _, in := range ins {
			for _, r := range e.set.Evaluate(in) {
				if r.Due.Before(at) || r.Due.After(until) {
					continue
				}
				if len(r.Channels) == 0 {
					r.Channels = e.channels
				}
				out = append(out, r.Reminder)
			}
		}
		addrs = addrs[n:]
	}
	slices.SortFunc(out, func(a, b domain.Reminder) int {
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// actions reads the owner's done and snooze actions from the log.
func (e *Engine) actions(ctx context.Context) (rules.Actions, error) {
	log, err := e.st.Actions(ctx, "")
	if err != nil {
		return rules.Actions{}, err
	}
	acts := rules.Actions{Done: map[string]bool{}, Snoozed: map[string]time.Time{}}
	for _, a := range log {
		switch a.Action {
		case "done":
			acts.Done[a.Target] = true
		case "snooze":
			acts.Snoozed[a.Target] = a.Until
		}
	}
	return acts, nil
}

// Reminders lists stored reminders (the outbox and what waits), for
// `threads` and status views.
func (e *Engine) Reminders(ctx context.Context, f store.ReminderFilter) ([]store.ReminderRow, error) {
	rs, err := e.st.Reminders(ctx, f)
	for i := range rs {
		rs[i].Due = rs[i].Due.In(e.zone)
	}
	return rs, err
}
