package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

// Engine-side helpers (distinct names from the message tests').

func openEngineStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var engineUID uint32

// engineMail stores one classified message from `from` to `to` (and cc).
func engineMail(t testing.TB, s *Store, date time.Time, kind domain.Kind, from string, to []string, cc ...string) int64 {
	t.Helper()
	engineUID++
	id := fmt.Sprintf("e%d@example.com", engineUID)
	m := domain.Message{MessageID: id, Date: date, Subject: "Coffee?", From: domain.Address{Addr: from},
		Verdict: domain.Verdict{Kind: kind}, Direction: domain.Received}
	if from == owner {
		m.Direction = domain.Sent
	}
	for _, a := range to {
		m.To = append(m.To, domain.Address{Addr: a})
	}
	for _, a := range cc {
		m.Cc = append(m.Cc, domain.Address{Addr: a})
	}
	nm := NewMessage{UID: engineUID, Msg: m, Counterparts: m.Participants(func(a string) bool { return a == owner }),
		RawHeader: []byte("Message-ID: <" + id + ">\r\n\r\n"), Text: "text of " + id, ClassifierVersion: 1}
	if err := s.SaveBatch(context.Background(), "acct", "INBOX", "inbox", FolderState{UIDValidity: 1, HighestUID: engineUID}, []NewMessage{nm}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Message(context.Background(), "acct", id)
	if err != nil {
		t.Fatal(err)
	}
	return got.ID
}

func mustChanges(t *testing.T, s *Store, now time.Time) []string {
	t.Helper()
	got, err := s.EngineChanges(context.Background(), now)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func clearStale(t *testing.T, s *Store, now time.Time, addrs ...string) {
	t.Helper()
	if _, err := s.SaveProjection(context.Background(), addrs, nil, now, time.Time{}, nil); err != nil {
		t.Fatal(err)
	}
}

func TestEngineChangesFindsWhatChanged(t *testing.T) {
	ctx := context.Background()
	s := openEngineStore(t)
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	if idle, err := s.EngineIdle(ctx, now); err != nil || !idle {
		t.Fatalf("EngineIdle(empty) = %v, %v; want true", idle, err)
	}
	id := engineMail(t, s, now.Add(-48*time.Hour), domain.KindRequest, owner, []string{"dana@example.com"}, "rohan@example.com")
	if idle, _ := s.EngineIdle(ctx, now); idle {
		t.Fatal("EngineIdle after a new message = true, want false")
	}
	want := []string{"dana@example.com", "me@example.com", "rohan@example.com"}
	if got := mustChanges(t, s, now); !slices.Equal(got, want) {
		t.Fatalf("EngineChanges = %v, want %v", got, want)
	}
	// Still listed until saved: a crash before SaveProjection loses nothing.
	if got := mustChanges(t, s, now); !slices.Equal(got, want) {
		t.Fatalf("EngineChanges again = %v, want %v", got, want)
	}
	clearStale(t, s, now, want...)
	if got := mustChanges(t, s, now); len(got) != 0 {
		t.Fatalf("EngineChanges after saving = %v, want none", got)
	}
	if idle, _ := s.EngineIdle(ctx, now); !idle {
		t.Fatal("EngineIdle after saving = false, want true")
	}

	// Reclassification marks the message's contacts stale.
	if err := s.SetVerdicts(ctx, []VerdictUpdate{{ID: id, Verdict: domain.Verdict{Kind: domain.KindOther}, Version: 2}}); err != nil {
		t.Fatal(err)
	}
	if got := mustChanges(t, s, now); !slices.Equal(got, want) {
		t.Fatalf("EngineChanges after reclassifying = %v, want %v", got, want)
	}
	clearStale(t, s, now, want...)

	facts, err := s.ContactFacts(ctx, []string{"dana@example.com", "nobody@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 1 || len(facts["dana@example.com"].Messages) != 1 || facts["dana@example.com"].Messages[0].Kind != domain.KindOther {
		t.Fatalf("ContactFacts = %+v, want dana with one message of kind other", facts)
	}

	// A recheck time comes due; the clock going back re-judges mail dated
	// in between.
	later := now.Add(24 * time.Hour)
	if _, err := s.SaveProjection(ctx, []string{"dana@example.com"}, nil, now, time.Time{}, map[string]time.Time{"dana@example.com": later}); err != nil {
		t.Fatal(err)
	}
	if got := mustChanges(t, s, later.Add(-time.Second)); len(got) != 0 {
		t.Fatalf("EngineChanges before the recheck = %v, want none", got)
	}
	if got := mustChanges(t, s, later); !slices.Equal(got, []string{"dana@example.com"}) {
		t.Fatalf("EngineChanges at the recheck = %v, want dana", got)
	}
	clearStale(t, s, later, "dana@example.com")
	back := now.Add(-72 * time.Hour) // before the message's date
	if got := mustChanges(t, s, back); !slices.Equal(got, want) {
		t.Fatalf("EngineChanges after the clock went back = %v, want %v", got, want)
	}
}

func TestContactFactsTextsAndMuted(t *testing.T) {
	ctx := context.Background()
	s := openEngineStore(t)
	d := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	req := engineMail(t, s, d, domain.KindRequest, owner, []string{"dana@example.com"})
	engineMail(t, s, d.Add(time.Hour), domain.KindUpdate, "dana@example.com", []string{owner})
	mustChanges(t, s, d.Add(48*time.Hour))
	if err := s.SetMuted(ctx, "", "dana@example.com", true); err != nil {
		t.Fatal(err)
	}
	facts, err := s.ContactFacts(ctx, []string{"dana@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	f := facts["dana@example.com"]
	if f == nil || !f.Muted || len(f.Messages) != 2 || len(f.Texts) != 1 || f.Texts[req] == "" {
		t.Fatalf("ContactFacts = %+v, want muted, 2 messages, the request's text only", f)
	}
	if f.Messages[0].Direction != domain.Sent || f.Messages[1].From.Addr != "dana@example.com" {
		t.Fatalf("messages out of order or wrong: %+v", f.Messages)
	}
	known, err := s.KnownContacts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_ = known // names come from the message headers; these test messages carry none
	addrs, err := s.MailAddrs(ctx)
	if err != nil || !slices.Equal(addrs, []string{"dana@example.com", "me@example.com"}) {
		t.Fatalf("MailAddrs = %v, %v", addrs, err)
	}
}
