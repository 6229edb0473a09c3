package notify

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/notify/internal/smtptest"
	"github.com/followupd/followupd/store"
)

func dovecotMailbox(t *testing.T, srv *dovecottest.Server, folders map[FolderRole]string) *IMAPMailbox {
	t.Helper()
	mb := NewIMAPMailbox(&IMAPMailboxOptions{Account: srv.ImapOptions(), Folders: folders})
	t.Cleanup(func() { mb.Close() })
	return mb
}

// idsIn returns the Message-IDs in a Dovecot folder, and each one's flags.
func idsIn(t *testing.T, srv *dovecottest.Server, folder string) ([]string, map[string][]imap.Flag) {
	t.Helper()
	var ids []string
	flags := map[string][]imap.Flag{}
	for _, m := range srv.FetchAll(t, folder) {
		id := readMessageID(m.Raw)
		ids = append(ids, id)
		flags[id] = m.Flags
	}
	return ids, flags
}

func TestInboxAndDraftChannelsOnDovecot(t *testing.T) {
	srv := dovecottest.Start(t, nil)
	mb := dovecotMailbox(t, srv, nil)
	inbox := NewInbox(&InboxOptions{Mailbox: mb, Owner: owner, Format: testFmt, Clock: clock})
	draft := NewDraft(&DraftOptions{Mailbox: mb, Owner: owner, Format: testFmt, Clock: clock})
	ctx := context.Background()
	for _, c := range []Checker{inbox, draft} {
		if err := c.Check(ctx); err != nil {
			t.Fatalf("Check: %v", err)
		}
	}
	r := dana()
	if err := inbox.Send(ctx, r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	if err := draft.Send(ctx, r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	ids, flags := idsIn(t, srv, "INBOX")
	if !slices.Equal(ids, []string{inbox.MessageID(Delivery{ReminderID: r.ID})}) || !slices.Contains(flags[ids[0]], imap.FlagFlagged) {
		t.Errorf("INBOX = %v %v, want the reminder, flagged", ids, flags)
	}
	// Dovecot marks Drafts with SPECIAL-USE \Drafts; the channel found it.
	dids, dflags := idsIn(t, srv, "Drafts")
	if !slices.Equal(dids, []string{draft.MessageID(Delivery{ReminderID: r.ID})}) || !slices.Contains(dflags[dids[0]], imap.FlagDraft) {
		t.Errorf("Drafts = %v %v, want the draft with \\Draft", dids, dflags)
	}
	if draft.MessageID(Delivery{ReminderID: r.ID}) != "reminder-confirm=3Adana=40example=2Ecom=3A42=3A20260303.draft@example.org" {
		t.Errorf("draft Message-ID = %q, want it on the owner's domain", draft.MessageID(Delivery{ReminderID: r.ID}))
	}
	for _, c := range []MailChannel{inbox, draft} {
		ok, err := c.Delivered(ctx, c.MessageID(Delivery{ReminderID: r.ID}))
		if err != nil || !ok {
			t.Errorf("%s Delivered = %v, %v; want true", c.Name(), ok, err)
		}
		ok, err = c.Delivered(ctx, c.MessageID(Delivery{ReminderID: "another"}))
		if err != nil || ok {
			t.Errorf("%s Delivered(another) = %v, %v; want false", c.Name(), ok, err)
		}
	}
	// A rule that asks the owner to write nothing gets no draft.
	r2 := dana()
	r2.ID, r2.Rule = "health:1", "health"
	if err := draft.Send(ctx, r2, Delivery{}); err == nil || IsPermanent(err) {
		t.Errorf("draft for rule health: err = %v, want ErrSkip", err)
	}
}

func TestDraftFolderMissingIsPermanent(t *testing.T) {
	srv := dovecottest.Start(t, nil)
	mb := dovecotMailbox(t, srv, map[FolderRole]string{FolderDrafts: "No Such Folder"})
	draft := NewDraft(&DraftOptions{Mailbox: mb, Owner: owner, Clock: clock})
	err := draft.Send(context.Background(), dana(), Delivery{})
	if err == nil || !IsPermanent(err) {
		t.Errorf("APPEND to a missing folder: err = %v, want permanent", err)
	}
}

func TestIMAPLoginRefusedRetriesSlowly(t *testing.T) {
	srv := dovecottest.Start(t, nil)
	acct := srv.ImapOptions()
	acct.Secret = func(context.Context) (string, error) { return "wrong-SECRET-pw", nil }
	mb := NewIMAPMailbox(&IMAPMailboxOptions{Account: acct})
	defer mb.Close()
	inbox := NewInbox(&InboxOptions{Mailbox: mb, Owner: owner, Clock: clock})
	err := inbox.Send(context.Background(), dana(), Delivery{})
	if err == nil || IsPermanent(err) || retryAfter(err) < 10*time.Minute {
		t.Errorf("refused login: err = %v, want temporary with a long wait", err)
	}
	if err != nil && strings.Contains(err.Error(), "wrong-SECRET-pw") {
		t.Errorf("error holds the password: %v", err)
	}
}

// TestNoSecondCopyAfterCrash is the crash case on real servers: a process
// claimed every mail delivery (attempt recorded), sent, and died before
// marking them sent. The next run must find each message by Message-ID and
// send none again; a delivery whose send never happened is sent once.
func TestNoSecondCopyAfterCrash(t *testing.T) {
	srv := dovecottest.Start(t, nil)
	mb := dovecotMailbox(t, srv, nil)
	// The SMTP server files what it accepts in the owner's INBOX, as a
	// real mail system does with mail to oneself.
	smtpSrv := smtptest.Start(t, &smtptest.Options{Deliver: func(msg []byte) error {
		_, err := srv.AppendErr("INBOX", msg, nil)
		return err
	}})
	email := emailFor(smtpSrv, SMTPStartTLS)
	email.opt.Mailbox = mb
	inbox := NewInbox(&InboxOptions{Mailbox: mb, Owner: owner, Format: testFmt, Clock: clock})
	draft := NewDraft(&DraftOptions{Mailbox: mb, Owner: owner, Format: testFmt, Clock: clock})
	chans := []Channel{email, inbox, draft}

	st := openStore(t)
	sent, unsent := dana(), dana()
	unsent.ID = "confirm:dana@example.com:43:20260303"
	addDue(t, st, sent, "email", "inbox", "draft")
	addDue(t, st, unsent, "email", "inbox", "draft")
	ctx := context.Background()
	claimed, err := st.ClaimDeliveries(ctx, testNow, 10, 5*time.Minute)
	if err != nil || len(claimed) != 6 {
		t.Fatalf("claim = %d, %v", len(claimed), err)
	}
	for _, d := range claimed {
		if d.ReminderID != sent.ID {
			continue // the process died before sending these
		}
		for _, c := range chans {
			if c.Name() == d.Channel {
				if err := c.Send(ctx, &d.Reminder, d); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	// The restarted process.
	disp := New(&Options{Store: st, Channels: chans, Clock: clock, Lease: 5 * time.Minute})
	n, err := disp.DeliverDue(ctx, testNow.Add(5*time.Minute))
	if err != nil || n != 6 {
		t.Fatalf("DeliverDue after restart = %d, %v; want 6", n, err)
	}
	if got := len(smtpSrv.Messages()); got != 2 {
		t.Errorf("SMTP server got %d messages, want 2 (one per reminder)", got)
	}
	inboxIDs, _ := idsIn(t, srv, "INBOX")
	draftIDs, _ := idsIn(t, srv, "Drafts")
	for _, r := range []string{sent.ID, unsent.ID} {
		for _, want := range []struct {
			ids []string
			id  string
		}{{inboxIDs, email.MessageID(Delivery{ReminderID: r})}, {inboxIDs, inbox.MessageID(Delivery{ReminderID: r})}, {draftIDs, draft.MessageID(Delivery{ReminderID: r})}} {
			if c := count(want.ids, want.id); c != 1 {
				t.Errorf("%s found %d times, want exactly once", want.id, c)
			}
		}
	}
	for _, d := range claimed {
		if got := deliveryOf(t, st, d.ReminderID, d.Channel); got.Status != store.DeliverySent || got.Attempts != 2 {
			t.Errorf("%s/%s = %s after %d attempts", d.ReminderID, d.Channel, got.Status, got.Attempts)
		}
	}
}
