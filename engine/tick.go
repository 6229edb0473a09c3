package engine

import (
	"context"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

// Tick is one engine pass as of now: it judges again the contacts whose
// mail changed (or whose mail dated up to now has become visible), then
// moves every reminder due at or before now to the outbox and returns
// them. A reminder more than LateAfter overdue after a gap in ticks is
// marked late; one that expired while followupd was not running is
// dropped and logged. Ticking twice at the same time fires nothing twice.
func (e *Engine) Tick(ctx context.Context, now time.Time) ([]domain.Reminder, error) {
	if e.setErr != nil {
		return nil, e.setErr
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.catchUp(ctx, now); err != nil {
		return nil, err
	}
	prev, err := e.prevTick(ctx)
	if err != nil {
		return nil, err
	}
	var lateBefore time.Time
	if prev.IsZero() || now.Sub(prev) > e.lateAfter {
		lateBefore = now.Add(-e.lateAfter)
	}
	fired, dropped, err := e.st.FireDue(ctx, now, lateBefore)
	if err != nil {
		return nil, err
	}
	for _, r := range dropped {
		e.logDropped(r.ID, r.Rule, r.Contact.Addr, r.Due, r.Expires)
	}
	out := make([]domain.Reminder, 0, len(fired))
	for _, r := range fired {
		if r.Late {
			e.log.Info("reminder fired late", "reminder", r.ID, "rule", r.Rule, "contact", r.Contact.Addr,
				"due", r.Due.In(e.zone).Format(time.RFC3339))
		}
		out = append(out, e.local(r))
	}
	if len(fired) > 0 {
		e.log.Debug("tick fired reminders", "count", len(fired), "now", now.In(e.zone).Format(time.RFC3339))
	}
	e.lastTick.Store(now.UnixNano())
	return out, nil
}

func (e *Engine) logDropped(id, rule, contact string, due, expired time.Time) {
	e.log.Info("reminder dropped: it came due while followupd was not running and no longer makes sense",
		"reminder", id, "rule", rule, "contact", contact,
		"due", due.In(e.zone).Format(time.RFC3339), "expired", expired.In(e.zone).Format(time.RFC3339))
}

// local is a stored reminder with its times in the owner's zone.
func (e *Engine) local(r store.ReminderRow) domain.Reminder {
	d := r.Reminder
	d.Due = d.Due.In(e.zone)
	if !d.MeetingAt.IsZero() {
		d.MeetingAt = d.MeetingAt.In(e.zone)
	}
	return d
}
