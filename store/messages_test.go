package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

const owner = "me@example.com"

func isOwner(a string) bool { return domain.NormAddr(a) == owner }

func openMsgStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// msg builds a NewMessage between the owner and other: sent when dir is
// domain.Sent (From owner, To other), else received (From other, To owner).
func msg(uid uint32, id, other, subject string, date time.Time, dir domain.Direction, irt string, refs ...string) NewMessage {
	m := domain.Message{MessageID: id, InReplyTo: irt, References: refs, Date: date, Subject: subject, Direction: dir}
	o := domain.Address{Name: strings.Split(other, "@")[0], Addr: other}
	if dir == domain.Sent {
		m.From, m.To = domain.Address{Name: "Me", Addr: owner}, []domain.Address{o}
	} else {
		m.From, m.To = o, []domain.Address{{Addr: owner}}
	}
	hdr := fmt.Sprintf("Message-ID: <%s>\r\nSubject: %s\r\nDate: %s\r\n\r\n", id, subject, date.Format(time.RFC1123Z))
	return NewMessage{UID: uid, Msg: m, Counterparts: m.Participants(isOwner), RawHeader: []byte(hdr), Text: "body of " + id}
}

func save(t testing.TB, s *Store, folder string, uidv uint32, msgs ...NewMessage) {
	t.Helper()
	var hi uint32
	for _, m := range msgs {
		hi = max(hi, m.UID)
	}
	role := "inbox"
	if folder == "Sent" {
		role = "sent"
	}
	if err := s.SaveBatch(context.Background(), "acct", folder, role, FolderState{UIDValidity: uidv, HighestUID: hi}, msgs); err != nil {
		t.Fatal(err)
	}
}

func count(t testing.TB, s *Store) Counts {
	t.Helper()
	c, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.FixedZone("", -5*3600))

func day(n int) time.Time { return t0.Add(time.Duration(n) * 24 * time.Hour) }

func TestMigrateFromEmptyAndReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "state.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(migrations) {
		t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, len(migrations))
	}
	save(t, s, "INBOX", 7, msg(1, "a@x", "bob@example.com", "Coffee?", day(0), domain.Received, ""))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v != len(migrations) {
		t.Errorf("after reopen SchemaVersion = %d", v)
	}
	if c := count(t, s); c.Messages != 1 || c.Threads != 1 || c.Locations != 1 {
		t.Errorf("after reopen counts = %+v", c)
	}
	if st, _ := s.FolderState(ctx, "acct", "INBOX"); st != (FolderState{UIDValidity: 7, HighestUID: 1}) {
		t.Errorf("after reopen folder state = %+v", st)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// A file written at schema v1 (before thread_refs) gets its ids backfilled,
// so a reply arriving after the upgrade still finds its parent's thread.
func TestMigrateV1Backfill(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{schemaV1, "PRAGMA user_version = 1",
		`INSERT INTO threads (id, account, subject_norm, subject, contact, first_at, last_at) VALUES (5, 'acct', 'coffee?', 'Coffee?', 'bob@example.com', 1, 1)`,
		`INSERT INTO messages (account, message_id, date, direction, thread_id, raw_header) VALUES ('acct', 'old@x', 1, 'sent', 5, x'00')`,
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
	save(t, s, "INBOX", 1, msg(1, "reply@x", "bob@example.com", "Totally different", day(1), domain.Received, "old@x"))
	m, err := s.Message(ctx, "acct", "reply@x")
	if err != nil || m.ThreadID != 5 {
		t.Errorf("reply after migration: thread %d, %v; want 5", m.ThreadID, err)
	}
}

func TestDedupAcrossFoldersAndUIDValidity(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	a := msg(10, "a@x", "bob@example.com", "Coffee?", day(0), domain.Received, "")
	b := msg(11, "b@x", "bob@example.com", "Coffee?", day(1), domain.Received, "a@x")
	save(t, s, "INBOX", 100, a, b)
	a2 := a
	a2.UID = 3
	save(t, s, "Archive", 9, a2)
	if c := count(t, s); c.Messages != 2 || c.Locations != 3 || c.Threads != 1 {
		t.Fatalf("after a second folder: %+v, want 2 messages, 3 locations, 1 thread", c)
	}

	// RFC 3501 UIDVALIDITY change: the folder's UIDs go, the messages stay.
	if err := s.ResetFolder(ctx, "acct", "INBOX", 200); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.FolderState(ctx, "acct", "INBOX"); st != (FolderState{UIDValidity: 200}) {
		t.Errorf("after reset: %+v", st)
	}
	if c := count(t, s); c.Messages != 2 || c.Locations != 1 {
		t.Fatalf("after reset: %+v, want 2 messages, 1 location", c)
	}
	a.UID, b.UID = 1, 2
	save(t, s, "INBOX", 200, a, b)
	if c := count(t, s); c.Messages != 2 || c.Locations != 3 || c.Threads != 1 {
		t.Fatalf("after rescan: %+v, want 2 messages, 3 locations, 1 thread", c)
	}
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM locations WHERE folder = 'INBOX' AND uidvalidity = 200`).Scan(&n); err != nil || n != 2 {
		t.Errorf("INBOX locations at uidvalidity 200: %d, %v", n, err)
	}

	// No Message-ID: keyed by the header's digest, still deduplicated.
	c := msg(4, "", "carol@example.com", "Hello", day(2), domain.Received, "")
	save(t, s, "INBOX", 200, c)
	c.UID = 5
	save(t, s, "Archive", 9, c)
	m, err := s.Message(ctx, "acct", MessageKey("", c.RawHeader))
	if err != nil || !strings.HasPrefix(m.MessageID, "sha256:") || len(m.MessageID) != 7+64 {
		t.Errorf("message without Message-ID: %+v, %v", m.MessageID, err)
	}
	if got := count(t, s).Messages; got != 3 {
		t.Errorf("messages = %d, want 3", got)
	}
}

func TestRoundTripFields(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	m := msg(1, "<r@x>", "Bob@Example.com", "Intro", day(0), domain.Received, "<p@x>", "<g@x>", "p@x")
	m.Msg.Cc = []domain.Address{{Name: "Carol", Addr: "Carol@Example.com"}}
	save(t, s, "INBOX", 1, m)
	got, err := s.Message(ctx, "acct", "r@x")
	if err != nil {
		t.Fatal(err)
	}
	if got.InReplyTo != "p@x" || strings.Join(got.References, ",") != "g@x,p@x" || got.From.Addr != "bob@example.com" ||
		got.Cc[0].Addr != "carol@example.com" || got.Cc[0].Name != "Carol" || got.Direction != domain.Received || got.Kind != "" {
		t.Errorf("round trip: %+v", got)
	}
	if !got.Date.Equal(day(0)) {
		t.Errorf("date = %v, want %v", got.Date, day(0))
	}
	if _, off := got.Date.Zone(); off != -5*3600 {
		t.Errorf("date offset = %d, want -18000", off)
	}
	if _, err := s.Message(ctx, "acct", "nope@x"); !errors.Is(err, ErrUnknownMessage) {
		t.Errorf("unknown message: %v", err)
	}
}

func TestSentSightingUpgradesDirection(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	// The owner's own message, first seen in INBOX through a list or a Bcc.
	m := msg(1, "own@x", "bob@example.com", "Hi", day(0), domain.Received, "")
	save(t, s, "INBOX", 1, m)
	m.Msg.Direction, m.Msg.From, m.Msg.To = domain.Sent, domain.Address{Addr: owner}, []domain.Address{{Addr: "bob@example.com"}}
	m.Counterparts = m.Msg.Participants(isOwner)
	save(t, s, "Sent", 1, m)
	got, _ := s.Message(ctx, "acct", "own@x")
	if got.Direction != domain.Sent {
		t.Errorf("direction = %s, want sent", got.Direction)
	}
	if c, err := s.Contact(ctx, "acct", "bob@example.com"); err != nil || c.LastSent.IsZero() {
		t.Errorf("contact after sent sighting: %+v, %v", c, err)
	}
}

func TestSaveBatchIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	save(t, s, "INBOX", 1, msg(1, "first@x", "bob@example.com", "A", day(0), domain.Received, ""))
	before := count(t, s)
	stBefore, _ := s.FolderState(ctx, "acct", "INBOX")

	var batch []NewMessage
	for i := 0; i < 10; i++ {
		batch = append(batch, msg(uint32(10+i), fmt.Sprintf("m%d@x", i), "carol@example.com", "B", day(i), domain.Received, "first@x"))
	}
	check := func(what string) {
		t.Helper()
		if c := count(t, s); c != before {
			t.Errorf("%s: counts %+v, want unchanged %+v", what, c, before)
		}
		if st, _ := s.FolderState(ctx, "acct", "INBOX"); st != stBefore {
			t.Errorf("%s: folder state %+v, want unchanged %+v", what, st, stBefore)
		}
		if c, err := s.Contact(ctx, "acct", "carol@example.com"); !errors.Is(err, ErrUnknownContact) {
			t.Errorf("%s: contact written: %+v", what, c)
		}
	}
	st := FolderState{UIDValidity: 1, HighestUID: 19}

	// A row SQLite refuses (the direction CHECK) half-way through.
	bad := append([]NewMessage(nil), batch...)
	bad[6].Msg.Direction = "sideways"
	if err := s.SaveBatch(ctx, "acct", "INBOX", "inbox", st, bad); err == nil {
		t.Fatal("invalid row: no error")
	}
	check("invalid row")

	// The context cancelled half-way through.
	cctx, cancel := context.WithCancel(ctx)
	saveHook = func(i int) {
		if i == 4 {
			cancel()
		}
	}
	err := s.SaveBatch(cctx, "acct", "INBOX", "inbox", st, batch)
	saveHook = nil
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err = %v, want context.Canceled", err)
	}
	check("cancelled")

	// The writer is still usable, and the same batch now goes in whole.
	if err := s.SaveBatch(ctx, "acct", "INBOX", "inbox", st, batch); err != nil {
		t.Fatal(err)
	}
	if c := count(t, s); c.Messages != 11 {
		t.Errorf("after retry: %+v", c)
	}
	if got, _ := s.FolderState(ctx, "acct", "INBOX"); got != st {
		t.Errorf("after retry: folder state %+v", got)
	}
}

func TestStaleVerdictsRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	summer := time.Date(2026, 7, 9, 15, 0, 0, 0, ny)
	winter := time.Date(2026, 1, 8, 9, 30, 0, 0, ny)

	m := msg(1, "c@x", "bob@example.com", "Thursday 3pm", day(0), domain.Received, "")
	m.Msg.Verdict = domain.Verdict{Kind: domain.KindConfirmation, MeetingAt: summer, Why: "accepts a slot"}
	m.HTML, m.Calendar, m.ClassifierVersion = "<p>hi</p>", []string{"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "second"}, 1
	save(t, s, "INBOX", 1, m, msg(2, "o@x", "bob@example.com", "other", day(1), domain.Received, ""))

	stale, err := s.StaleVerdicts(ctx, 2, 10)
	if err != nil || len(stale) != 2 {
		t.Fatalf("StaleVerdicts = %d, %v; want 2", len(stale), err)
	}
	got := stale[0]
	if !bytes.Equal(got.RawHeader, m.RawHeader) || got.Text != m.Text || got.HTML != m.HTML || len(got.Calendar) != 2 ||
		got.Calendar[0] != m.Calendar[0] || got.ClassifierVersion != 1 || got.Kind != domain.KindConfirmation || got.Why != "accepts a slot" {
		t.Errorf("stale[0] = %+v", got)
	}
	wantZone(t, "summer NY", got.MeetingAt, summer, "America/New_York", -4*3600)
	if stale[1].Kind != "" || !stale[1].MeetingAt.IsZero() {
		t.Errorf("unclassified message read back with %+v", stale[1].Verdict)
	}

	cet := time.FixedZone("CET", 3600) // a fixed zone named like an IANA zone, wrong in July
	err = s.SetVerdicts(ctx, []VerdictUpdate{
		{ID: stale[0].ID, Version: 2, Verdict: domain.Verdict{Kind: domain.KindConfirmation, MeetingAt: winter}},
		{ID: stale[1].ID, Version: 2, Verdict: domain.Verdict{Kind: domain.KindConfirmation, AllDay: true,
			MeetingAt: time.Date(2026, 7, 9, 0, 0, 0, 0, cet)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rest, _ := s.StaleVerdicts(ctx, 2, 10); len(rest) != 0 {
		t.Errorf("after SetVerdicts %d still stale", len(rest))
	}
	var ms []domain.Message
	for _, id := range []string{"c@x", "o@x"} {
		m, err := s.Message(ctx, "acct", id)
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	if tm, err := s.ThreadMessages(ctx, ms[0].ThreadID); err != nil || len(tm) != 1 || tm[0].ID != ms[0].ID {
		t.Errorf("ThreadMessages = %+v, %v", tm, err)
	}
	wantZone(t, "winter NY", ms[0].MeetingAt, winter, "America/New_York", -5*3600)
	wantZone(t, "fixed CET", ms[1].MeetingAt, time.Date(2026, 7, 9, 0, 0, 0, 0, cet), "", 3600)
	if !ms[1].AllDay {
		t.Error("all_day lost")
	}
	if err := s.SetVerdicts(ctx, []VerdictUpdate{{ID: 999, Version: 3}}); !errors.Is(err, ErrUnknownMessage) {
		t.Errorf("unknown id: %v", err)
	}

	// A newer classifier's verdict on a second sighting replaces the old one.
	m.ClassifierVersion, m.Msg.Verdict = 3, domain.Verdict{Kind: domain.KindDecline}
	m.UID = 9
	save(t, s, "Archive", 1, m)
	if got, _ := s.Message(ctx, "acct", "c@x"); got.Kind != domain.KindDecline || !got.MeetingAt.IsZero() {
		t.Errorf("verdict after newer sighting: %+v", got.Verdict)
	}
}

func wantZone(t *testing.T, what string, got, want time.Time, zone string, off int) {
	t.Helper()
	_, gotOff := got.Zone()
	name := got.Location().String()
	if zone == "" && name != "" && name != "UTC" {
		t.Errorf("%s: zone %q, want a fixed offset", what, name)
	}
	if zone != "" && name != zone {
		t.Errorf("%s: zone %q, want %q", what, name, zone)
	}
	if !got.Equal(want) || gotOff != off {
		t.Errorf("%s: %v (offset %d), want %v (offset %d)", what, got, gotOff, want, off)
	}
}
