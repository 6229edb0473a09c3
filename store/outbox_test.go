package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

func openOutboxStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// addReminder writes a reminder and one pending delivery per channel, as
// the rule engine does when a reminder fires.
func addReminder(t *testing.T, s *Store, r domain.Reminder, next time.Time, channels ...string) {
	t.Helper()
	payload, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO reminders (id, rule, contact, contact_name, subject, due, why, created_at, payload)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.Rule, r.Contact.Addr, r.Contact.Name, r.Subject, r.Due.Unix(), r.Why, r.Due.Unix(), string(payload)); err != nil {
			return err
		}
		for _, c := range channels {
			if _, err := tx.Exec(`INSERT INTO deliveries (reminder_id, channel, next_attempt) VALUES (?, ?, ?)`,
				r.ID, c, next.Unix()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestClaimRecordsAttemptBeforeSend(t *testing.T) {
	ctx := context.Background()
	s := openOutboxStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r := domain.Reminder{ID: "r1", Rule: "confirm", Contact: domain.Address{Name: "Dana Whitfield", Addr: "dana@example.com"},
		Subject: "Coffee", Due: now, Why: "meeting tomorrow", Title: "Confirm tomorrow 15:00 with Dana Whitfield", Draft: "Hi Dana"}
	addReminder(t, s, r, now, "email", "desktop")
	addReminder(t, s, domain.Reminder{ID: "later", Rule: "nudge", Contact: domain.Address{Addr: "x@example.com"}, Due: now.Add(time.Hour)},
		now.Add(time.Hour), "email")

	got, err := s.ClaimDeliveries(ctx, now, 10, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("ClaimDeliveries = %d rows, want 2 (the later reminder is not due)", len(got))
	}
	for _, d := range got {
		if d.Attempts != 1 || !d.LastAttempt.Equal(now) || !d.NextAttempt.Equal(now.Add(5*time.Minute)) {
			t.Errorf("claimed %s/%s: attempts %d last %v next %v, want 1, %v, %v", d.ReminderID, d.Channel, d.Attempts, d.LastAttempt, d.NextAttempt, now, now.Add(5*time.Minute))
		}
		if d.Reminder.Title != r.Title || d.Reminder.Draft != "Hi Dana" || d.Reminder.Contact.Name != "Dana Whitfield" {
			t.Errorf("claimed reminder = %+v, want the payload back", d.Reminder)
		}
	}
	// The attempt is on disk: a second claim at the same moment (another
	// process, or the same one after a crash) gets nothing until the lease ends.
	again, err := s.ClaimDeliveries(ctx, now, 10, 5*time.Minute)
	if err != nil || len(again) != 0 {
		t.Fatalf("second claim = %d rows, %v; want none while leased", len(again), err)
	}
	after, err := s.ClaimDeliveries(ctx, now.Add(5*time.Minute), 10, 5*time.Minute, "email")
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != 1 || after[0].Channel != "email" || after[0].ReminderID != "r1" || after[0].Attempts != 2 {
		t.Fatalf("claim after lease (email only) = %+v, want r1/email with attempts 2", after)
	}
}

func TestMarkSentAndFailed(t *testing.T) {
	ctx := context.Background()
	s := openOutboxStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	addReminder(t, s, domain.Reminder{ID: "r1", Rule: "thank", Contact: domain.Address{Addr: "a@example.com"}, Due: now}, now, "email", "webhook", "desktop")
	if _, err := s.ClaimDeliveries(ctx, now, 10, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSent(ctx, "r1", "email", "reminder-r1.email@followupd.invalid", now.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFailed(ctx, "r1", "webhook", true, "post webhook: status 404", now); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFailed(ctx, "r1", "desktop", false, "no session bus", now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	list, err := s.ListDeliveries(ctx, DeliveryFilter{ReminderIDs: []string{"r1"}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"email": DeliverySent, "webhook": DeliveryFailed, "desktop": DeliveryPending}
	for _, d := range list {
		if d.Status != want[d.Channel] {
			t.Errorf("%s status = %s, want %s", d.Channel, d.Status, want[d.Channel])
		}
	}
	d, ok, err := s.DeliveryStatus(ctx, "r1", "email")
	if err != nil || !ok || d.MessageID != "reminder-r1.email@followupd.invalid" || !d.SentAt.Equal(now.Add(time.Second)) {
		t.Errorf("DeliveryStatus(email) = %+v, %v, %v", d, ok, err)
	}
	d, _, _ = s.DeliveryStatus(ctx, "r1", "webhook")
	if d.LastError != "post webhook: status 404" {
		t.Errorf("webhook last_error = %q, want the error kept", d.LastError)
	}
	// A sent row is final: a late failure report cannot reopen it.
	if err := s.MarkFailed(ctx, "r1", "email", false, "late", now); err != nil {
		t.Fatal(err)
	}
	if d, _, _ := s.DeliveryStatus(ctx, "r1", "email"); d.Status != DeliverySent {
		t.Errorf("email status after late MarkFailed = %s, want sent", d.Status)
	}
	next, ok, err := s.NextDelivery(ctx)
	if err != nil || !ok || !next.Equal(now.Add(time.Hour)) {
		t.Errorf("NextDelivery = %v, %v, %v; want %v", next, ok, err, now.Add(time.Hour))
	}
	// Only a pending reminder is delivered: one the user already marked
	// done is not claimed.
	if err := s.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE reminders SET status = 'done' WHERE id = 'r1'`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimDeliveries(ctx, now.Add(2*time.Hour), 10, time.Minute); len(got) != 0 {
		t.Errorf("claim of a done reminder = %d rows, want 0", len(got))
	}
}

func TestClaimBadPayloadKeepsColumns(t *testing.T) {
	ctx := context.Background()
	s := openOutboxStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	addReminder(t, s, domain.Reminder{ID: "r1", Rule: "nudge", Contact: domain.Address{Addr: "a@example.com"}, Subject: "Intro", Due: now}, now, "console")
	if err := s.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE reminders SET payload = '{not json' WHERE id = 'r1'`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	got, err := s.ClaimDeliveries(ctx, now, 10, time.Minute)
	if err != nil || len(got) != 1 {
		t.Fatalf("claim = %v, %v", got, err)
	}
	if got[0].PayloadErr == "" || got[0].Reminder.Subject != "Intro" || got[0].Reminder.Rule != "nudge" {
		t.Errorf("claim with bad payload = %+v, want columns kept and PayloadErr set", got[0])
	}
}
