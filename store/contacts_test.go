package store

import (
	"context"
	"errors"
	"testing"

	"github.com/followupd/followupd/domain"
)

func TestContactsFirstLast(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	// Batches arrive out of date order (Sent synced after INBOX).
	r1 := msg(1, "r1@x", "bob@example.com", "Hi", day(5), domain.Received, "")
	r1.Msg.From.Name = "Robert Smith"
	r1.Msg.Cc = []domain.Address{{Name: "Carol", Addr: "carol@example.com"}}
	r1.Counterparts = r1.Msg.Participants(isOwner)
	save(t, s, "INBOX", 1, r1)
	s1 := msg(1, "s1@x", "bob@example.com", "Hi", day(3), domain.Sent, "")
	s1.Msg.To[0].Name = "Bobby"
	s1.Counterparts = s1.Msg.Participants(isOwner)
	s2 := msg(2, "s2@x", "bob@example.com", "Hi", day(9), domain.Sent, "")
	s2.Msg.To[0].Name = "B."
	s2.Counterparts = s2.Msg.Participants(isOwner)
	save(t, s, "Sent", 1, s2, s1)
	r0 := msg(2, "r0@x", "bob@example.com", "Hi", day(1), domain.Received, "")
	r0.Msg.From.Name = "Old Name"
	r0.Counterparts = r0.Msg.Participants(isOwner)
	save(t, s, "INBOX", 1, r0)

	c, err := s.Contact(ctx, "acct", "BOB@example.com")
	if err != nil {
		t.Fatal(err)
	}
	if !c.FirstSent.Equal(day(3)) || !c.LastSent.Equal(day(9)) || !c.FirstReceived.Equal(day(1)) || !c.LastReceived.Equal(day(5)) {
		t.Errorf("bob = sent %v..%v received %v..%v; want %v..%v, %v..%v",
			c.FirstSent, c.LastSent, c.FirstReceived, c.LastReceived, day(3), day(9), day(1), day(5))
	}
	if c.Name != "Robert Smith" {
		t.Errorf("name = %q, want the newest From name %q", c.Name, "Robert Smith")
	}
	// Carol was only Cc'd on a received message: known, but nothing received from her.
	carol, err := s.Contact(ctx, "acct", "carol@example.com")
	if !errors.Is(err, ErrUnknownContact) {
		t.Errorf("carol (only Cc'd) = %+v, %v; want unknown", carol, err)
	}
	if _, err := s.Contact(ctx, "other", "bob@example.com"); !errors.Is(err, ErrUnknownContact) {
		t.Errorf("bob in another account: %v", err)
	}
}

func TestSetMuted(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	save(t, s, "INBOX", 1, msg(1, "a@x", "bob@example.com", "Hi", day(0), domain.Received, ""))
	if err := s.SaveBatch(ctx, "acct2", "INBOX", "inbox", FolderState{UIDValidity: 1, HighestUID: 1},
		[]NewMessage{msg(1, "b@x", "bob@example.com", "Hi", day(0), domain.Received, "")}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetMuted(ctx, "", "Bob@example.com", true); err != nil {
		t.Fatal(err)
	}
	for _, acct := range []string{"acct", "acct2"} {
		if c, _ := s.Contact(ctx, acct, "bob@example.com"); !c.Muted {
			t.Errorf("%s: bob not muted", acct)
		}
	}
	if err := s.SetMuted(ctx, "acct2", "bob@example.com", false); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Contact(ctx, "acct2", "bob@example.com"); c.Muted {
		t.Error("acct2: bob still muted")
	}
	ts, _ := s.Threads(ctx, "acct")
	if len(ts) != 1 || !ts[0].Muted || ts[0].Contact.Name != "bob" {
		t.Errorf("thread summary = %+v, want muted bob", ts)
	}
	if err := s.SetMuted(ctx, "", "nobody@example.com", true); !errors.Is(err, ErrUnknownContact) {
		t.Errorf("muting an unknown address: %v", err)
	}
}
