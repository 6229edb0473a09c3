package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

func projected(id string, due time.Time, channels ...string) Projected {
	return Projected{
		Reminder: domain.Reminder{ID: id, Rule: "nudge", Contact: domain.Address{Name: "Dana", Addr: "dana@example.com"},
			Subject: "Coffee?", Due: due, Why: "because " + id, Channels: channels, Title: "title " + id},
		About: "dana@example.com", Account: "acct",
	}
}

func statusOf(t *testing.T, s *Store, id string) ReminderRow {
	t.Helper()
	rs, err := s.Reminders(context.Background(), ReminderFilter{IDs: []string{id}, Payload: true})
	if err != nil || len(rs) != 1 {
		t.Fatalf("Reminders(%s) = %v, %v; want one", id, rs, err)
	}
	return rs[0]
}

func deliveries(t *testing.T, s *Store, id string) []Delivery {
	t.Helper()
	ds, err := s.ListDeliveries(context.Background(), DeliveryFilter{ReminderIDs: []string{id}})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestProjectionFireAndActions(t *testing.T) {
	ctx := context.Background()
	s := openEngineStore(t)
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	due1, due2 := now.Add(7*24*time.Hour), now.Add(14*24*time.Hour)
	dana := []string{"dana@example.com"}
	a, b := projected("aaaa1111", due1, "email", "desktop"), projected("bbbb2222", due2, "email")
	a.Expires = due2
	old := projected("cccc3333", now.Add(-48*time.Hour), "email")
	old.Expires = now.Add(-time.Hour) // history: never stored
	if _, err := s.SaveProjection(ctx, dana, []Projected{a, b, old}, now, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
	if rs, _ := s.Reminders(ctx, ReminderFilter{Waiting: true}); len(rs) != 2 {
		t.Fatalf("waiting after SaveProjection = %d, want 2 (the expired one is history)", len(rs))
	}
	if r := statusOf(t, s, "aaaa1111"); r.Title != "title aaaa1111" || r.Expires.Unix() != due2.Unix() || len(r.Channels) != 2 {
		t.Fatalf("stored = %+v", r)
	}

	// Nothing due yet; then a's time: deliveries for both channels, once.
	if f, d, err := s.FireDue(ctx, due1.Add(-time.Second), time.Time{}); err != nil || len(f)+len(d) != 0 {
		t.Fatalf("FireDue before due = %v, %v, %v", f, d, err)
	}
	f, d, err := s.FireDue(ctx, due1, due1.Add(-time.Minute))
	if err != nil || len(f) != 1 || f[0].ID != "aaaa1111" || f[0].Late || len(d) != 0 {
		t.Fatalf("FireDue at due = %+v, %v, %v; want a, on time", f, d, err)
	}
	if ds := deliveries(t, s, "aaaa1111"); len(ds) != 2 || ds[0].Status != DeliveryPending || !ds[0].NextAttempt.Equal(due1) {
		t.Fatalf("deliveries = %+v, want 2 pending at due", ds)
	}
	if f, _, _ := s.FireDue(ctx, due1, time.Time{}); len(f) != 0 {
		t.Fatalf("second FireDue at the same time fired %v again", f)
	}
	if lt, _ := s.LastTick(ctx); !lt.Equal(due1) {
		t.Fatalf("LastTick = %v, want %v", lt, due1)
	}

	// Recomputing without a and b: a has fired and stays; b is withdrawn.
	if _, err := s.SaveProjection(ctx, dana, nil, due1, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
	if r := statusOf(t, s, "aaaa1111"); r.Status != ReminderPending || r.FiredAt.IsZero() {
		t.Fatalf("fired reminder after withdrawal = %+v, want untouched", r)
	}
	if r := statusOf(t, s, "bbbb2222"); r.Status != ReminderCancelled {
		t.Fatalf("waiting reminder after withdrawal = %s, want cancelled", r.Status)
	}
	// It applies again (a reclassified message): it comes back, due later.
	b.Due = due2.Add(time.Hour)
	if _, err := s.SaveProjection(ctx, dana, []Projected{a, b}, due1, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
	if r := statusOf(t, s, "bbbb2222"); r.Status != ReminderPending || !r.Due.Equal(b.Due) {
		t.Fatalf("revived = %+v, want pending at %v", r, b.Due)
	}

	// Snooze the fired one: it waits again and fires again, deliveries reset.
	id, err := s.ResolveReminder(ctx, "aaaa")
	if err != nil || id != "aaaa1111" {
		t.Fatalf("ResolveReminder(aaaa) = %q, %v", id, err)
	}
	if err := s.MarkSent(ctx, id, "email", "<x@y>", due1); err != nil {
		t.Fatal(err)
	}
	until := due1.Add(3 * 24 * time.Hour)
	if err := s.SnoozeReminder(ctx, id, until, due1, "cli"); err != nil {
		t.Fatal(err)
	}
	if r := statusOf(t, s, id); r.Status != ReminderSnoozed || !r.Due.Equal(until) || !r.FiredAt.IsZero() || !r.Expires.IsZero() {
		t.Fatalf("snoozed = %+v", r)
	}
	f, _, _ = s.FireDue(ctx, until.Add(time.Hour), until.Add(time.Minute))
	if len(f) != 1 || f[0].ID != id || f[0].Fires != 2 || !f[0].Late {
		t.Fatalf("FireDue after snooze = %+v, want a again, second firing, late", f)
	}
	if ds := deliveries(t, s, id); ds[0].Status != DeliveryPending || ds[0].Attempts != 0 || ds[0].MessageID != "" {
		t.Fatalf("deliveries after re-firing = %+v, want reset to pending", ds)
	}
	if err := s.MarkDone(ctx, id, until, "cli"); err != nil {
		t.Fatal(err)
	}
	if r := statusOf(t, s, id); r.Status != ReminderDone {
		t.Fatalf("after MarkDone status = %s", r.Status)
	}
	if acts, _ := s.Actions(ctx, id); len(acts) != 2 || acts[0].Action != "snooze" || acts[1].Action != "done" {
		t.Fatalf("actions = %+v, want snooze then done", acts)
	}
	if _, err := s.ResolveReminder(ctx, "zzzz"); !errors.Is(err, ErrUnknownReminder) {
		t.Fatalf("ResolveReminder(zzzz) = %v, want ErrUnknownReminder", err)
	}
}

func TestFireDueDropsExpired(t *testing.T) {
	ctx := context.Background()
	s := openEngineStore(t)
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	confirm := projected("dddd4444", now.Add(time.Hour), "email")
	confirm.Rule, confirm.Expires, confirm.Moot = "confirm", now.Add(5*time.Hour), now.Add(5*time.Hour)
	if _, err := s.SaveProjection(ctx, []string{"dana@example.com"}, []Projected{confirm}, now, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
	f, d, err := s.FireDue(ctx, now.Add(6*time.Hour), now)
	if err != nil || len(f) != 0 || len(d) != 1 || d[0].ID != "dddd4444" {
		t.Fatalf("FireDue after expiry = %v, %v, %v; want it dropped", f, d, err)
	}
	if r := statusOf(t, s, "dddd4444"); r.Status != ReminderDropped {
		t.Fatalf("status = %s, want dropped", r.Status)
	}
	if ds := deliveries(t, s, "dddd4444"); len(ds) != 0 {
		t.Fatalf("a dropped reminder got deliveries: %+v", ds)
	}

	// Computed only now, expired, but due after the last tick before a gap:
	// kept as dropped and reported; one due before that gap is history.
	late, hist := projected("eeee5555", now.Add(2*time.Hour), "email"), projected("ffff6666", now.Add(-time.Hour), "email")
	late.Expires, hist.Expires = now.Add(3*time.Hour), now.Add(3*time.Hour)
	got, err := s.SaveProjection(ctx, []string{"dana@example.com"}, []Projected{late, hist}, now.Add(10*time.Hour), now, nil)
	if err != nil || len(got) != 1 || got[0].ID != "eeee5555" {
		t.Fatalf("SaveProjection(expired) dropped = %v, %v; want eeee5555", got, err)
	}
	if r := statusOf(t, s, "eeee5555"); r.Status != ReminderDropped {
		t.Fatalf("status = %s, want dropped", r.Status)
	}
	if rs, _ := s.Reminders(ctx, ReminderFilter{IDs: []string{"ffff6666"}}); len(rs) != 0 {
		t.Fatalf("history reminder stored: %+v", rs)
	}
}
