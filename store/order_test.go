package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"
)

// rowidOf is a reminder's rowid, which places it in the table.
func rowidOf(t *testing.T, s *Store, id string) int64 {
	t.Helper()
	var n int64
	if err := s.r.QueryRow(`SELECT rowid FROM reminders WHERE id = ?`, id).Scan(&n); err != nil {
		t.Fatalf("rowid of %s: %v", id, err)
	}
	return n
}

// Reminders are stored in due order, so the ones that fire together share
// pages; the order follows the due time through recomputation and snoozes,
// and reminders written without a rowid still work.
func TestRemindersStoredInDueOrder(t *testing.T) {
	ctx := context.Background()
	s := openEngineStore(t)
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	nine := time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)
	dana := []string{"dana@example.com"}
	// Inserted out of due order; two due the same second.
	rems := []Projected{projected("zz-late", nine.Add(48*time.Hour), "email"), projected("mm-nine", nine, "email"),
		projected("aa-nine", nine, "email"), projected("qq-early", nine.Add(-time.Hour), "email")}
	if _, err := s.SaveProjection(ctx, dana, rems, now, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
	early, m9, a9, late := rowidOf(t, s, "qq-early"), rowidOf(t, s, "mm-nine"), rowidOf(t, s, "aa-nine"), rowidOf(t, s, "zz-late")
	if !(early < m9 && m9 < a9 && a9 < late) || m9>>24 != nine.Unix() || a9 != m9+1 {
		t.Fatalf("rowids early %d, 9:00 %d and %d, late %d: want due order, the two at 9:00 adjacent in %d<<24", early, m9, a9, late, nine.Unix())
	}
	// A recomputation moves the late one before the others.
	rems[0].Due = nine.Add(-2 * time.Hour)
	if _, err := s.SaveProjection(ctx, dana, rems, now, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
	if got := rowidOf(t, s, "zz-late"); got >= early || got>>24 != rems[0].Due.Unix() {
		t.Fatalf("rowid after due moved to 07:00 = %d, want before %d", got, early)
	}
	if got := rowidOf(t, s, "aa-nine"); got != a9 {
		t.Fatalf("rowid of an unchanged reminder moved from %d to %d", a9, got)
	}
	// A reminder written without a rowid (older code) fires with the others.
	if _, err := s.w.Exec(`INSERT INTO reminders (id, rule, contact, due, created_at, channels) VALUES ('plain', 'nudge', 'dana@example.com', ?, 1, '["email"]')`, nine.Unix()); err != nil {
		t.Fatal(err)
	}
	f, _, err := s.FireDue(ctx, nine, time.Time{})
	if err != nil || len(f) != 5 {
		t.Fatalf("FireDue at 9:00 = %d reminders, %v; want 5", len(f), err)
	}
	// A snooze moves it to its new time.
	until := nine.Add(72 * time.Hour)
	if err := s.SnoozeReminder(ctx, "aa-nine", until, nine, "cli"); err != nil {
		t.Fatal(err)
	}
	if got := rowidOf(t, s, "aa-nine"); got>>24 != until.Unix() {
		t.Fatalf("rowid after snooze = %d (due %d), want in %d<<24", got, got>>24, until.Unix())
	}
	if r := statusOf(t, s, "aa-nine"); r.Status != ReminderSnoozed || !r.Due.Equal(until) {
		t.Fatalf("snoozed = %+v", r)
	}
	if ds := deliveries(t, s, "aa-nine"); len(ds) != 1 {
		t.Fatalf("deliveries of the snoozed reminder = %+v, want its one kept", ds)
	}
	// The tick's in-memory statement journals end with it.
	var ts int
	if err := s.w.QueryRow(`PRAGMA temp_store`).Scan(&ts); err != nil || ts != 0 {
		t.Fatalf("temp_store after a tick = %d, %v; want 0 (default)", ts, err)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

// A file at schema v3 gets its reminders put in due order, deliveries kept.
func TestMigrateReminderOrder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{schemaV1, schemaThreadRefs, schemaEngine, "PRAGMA user_version = 3",
		`INSERT INTO reminders (id, rule, contact, due, created_at) VALUES ('b', 'nudge', 'x@example.com', 2000, 1)`,
		`INSERT INTO reminders (id, rule, contact, due, created_at) VALUES ('a', 'nudge', 'x@example.com', 1000, 1)`,
		`INSERT INTO deliveries (reminder_id, channel) VALUES ('b', 'email')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if a, b := rowidOf(t, s, "a"), rowidOf(t, s, "b"); a>>24 != 1000 || b>>24 != 2000 {
		t.Fatalf("rowids after migration a %d, b %d; want due<<24", a, b)
	}
	if ds := deliveries(t, s, "b"); len(ds) != 1 || ds[0].Reminder.ID != "b" {
		t.Fatalf("deliveries after migration = %+v", ds)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}
