package engine

import (
	"context"
	"fmt"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

// Done marks a reminder done (id or a unique prefix of at least 4
// characters): it will not fire, or fire again, and its pending
// deliveries stop. Logged in the actions table. It returns the full ID.
func (e *Engine) Done(ctx context.Context, id string) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	full, err := e.st.ResolveReminder(ctx, id)
	if err != nil {
		return "", err
	}
	return full, e.st.MarkDone(ctx, full, e.clock(), "cli")
}

// Snooze postpones a reminder by d from now: it fires again then (unless
// by then it makes no sense, such as a confirm for a meeting about to
// start). Logged in the actions table. It returns the full ID and the new
// due time in the owner's zone.
func (e *Engine) Snooze(ctx context.Context, id string, d time.Duration) (string, time.Time, error) {
	if d <= 0 {
		return "", time.Time{}, fmt.Errorf("snooze %s: duration must be positive", id)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	full, err := e.st.ResolveReminder(ctx, id)
	if err != nil {
		return "", time.Time{}, err
	}
	now := e.clock()
	until := now.Add(d).Truncate(time.Second)
	if err := e.st.SnoozeReminder(ctx, full, until, now, "cli"); err != nil {
		return "", time.Time{}, err
	}
	return full, until.In(e.zone), nil
}

// Mute stops every reminder about a contact (an address): the waiting ones
// are withdrawn now and no new ones come. It fails with
// store.ErrUnknownContact for an address the store has never seen.
func (e *Engine) Mute(ctx context.Context, contact string) error {
	return e.setMuted(ctx, contact, true)
}

// Unmute lets reminders about a contact come again.
func (e *Engine) Unmute(ctx context.Context, contact string) error {
	return e.setMuted(ctx, contact, false)
}

func (e *Engine) setMuted(ctx context.Context, contact string, muted bool) error {
	if e.setErr != nil {
		return e.setErr
	}
	addr := domain.NormAddr(contact)
	e.mu.Lock()
	defer e.mu.Unlock()
	if err := e.st.SetMuted(ctx, "", addr, muted); err != nil {
		return err
	}
	action := "mute"
	if !muted {
		action = "unmute"
	}
	now := e.clock()
	if err := e.st.RecordAction(ctx, store.Action{At: now, Action: action, Target: addr}); err != nil {
		return err
	}
	about, err := e.st.AboutContacts(ctx, []string{addr})
	if err != nil {
		return err
	}
	if err := e.st.MarkStale(ctx, append(about, addr)); err != nil {
		return err
	}
	return e.catchUp(ctx, now)
}
