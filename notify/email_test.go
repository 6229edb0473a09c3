package notify

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/followupd/followupd/notify/internal/smtptest"
)

func emailFor(s *smtptest.Server, mode string) *Email {
	return NewEmail(&EmailOptions{
		Host: s.Host, Port: s.Port, TLS: mode, RootCAs: s.RootCAs,
		Username: "alice", Secret: func(context.Context) (string, error) { return "secret", nil },
		From: owner, Format: testFmt, Clock: clock, Timeout: 10 * time.Second,
	})
}

func TestEmailStartTLSPlain(t *testing.T) {
	s := smtptest.Start(t, nil)
	c := emailFor(s, SMTPStartTLS)
	r := dana()
	if err := c.Send(context.Background(), r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	msgs := s.Messages()
	if len(msgs) != 1 {
		t.Fatalf("server got %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if m.Auth != "PLAIN" || m.From != "sam@example.org" || len(m.To) != 1 || m.To[0] != "sam@example.org" {
		t.Errorf("envelope = %+v, want PLAIN from and to the owner", m)
	}
	p := parseMsg(t, m.Data)
	if id, _ := p.h.MessageID(); id != c.MessageID(Delivery{ReminderID: r.ID}) {
		t.Errorf("Message-ID = %q, want %q", id, c.MessageID(Delivery{ReminderID: r.ID}))
	}
	if s, _ := p.h.Subject(); s != "Confirm tomorrow 15:00 with Dana Whitfield" {
		t.Errorf("Subject = %q", s)
	}
}

func TestEmailImplicitTLSAndMechanisms(t *testing.T) {
	s := smtptest.Start(t, &smtptest.Options{TLS: smtptest.Implicit})
	for _, mech := range []string{"login", "xoauth2", "plain"} {
		c := emailFor(s, SMTPImplicit)
		c.opt.Auth = mech
		if err := c.Send(context.Background(), dana(), Delivery{}); err != nil {
			t.Fatalf("%s: %v", mech, err)
		}
	}
	var got []string
	for _, m := range s.Messages() {
		got = append(got, m.Auth)
	}
	if strings.Join(got, ",") != "LOGIN,XOAUTH2,PLAIN" {
		t.Errorf("mechanisms used = %v", got)
	}
}

func TestEmailCertificateVerified(t *testing.T) {
	s := smtptest.Start(t, nil)
	c := emailFor(s, SMTPStartTLS)
	c.opt.RootCAs = nil // system roots do not know the test certificate
	err := c.Send(context.Background(), dana(), Delivery{})
	if err == nil {
		t.Fatal("sent over an unverified certificate")
	}
	if IsPermanent(err) || retryAfter(err) < 10*time.Minute {
		t.Errorf("err = %v: want a temporary error with a long wait (the owner must fix the config)", err)
	}
	if n := len(s.Messages()); n != 0 {
		t.Errorf("server got %d messages", n)
	}
}

func TestEmailErrorsClassified(t *testing.T) {
	tests := []struct {
		stage     string
		code      int
		permanent bool
	}{
		{"rcpt", 550, true},
		{"mail", 553, true},
		{"data", 554, true},
		{"rcpt", 451, false},
		{"data", 452, false},
	}
	for _, tt := range tests {
		s := smtptest.Start(t, &smtptest.Options{Fail: func(stage string) error {
			if stage == tt.stage {
				return &smtp.SMTPError{Code: tt.code, Message: "no"}
			}
			return nil
		}})
		err := emailFor(s, SMTPStartTLS).Send(context.Background(), dana(), Delivery{})
		if err == nil || IsPermanent(err) != tt.permanent {
			t.Errorf("%d at %s: err = %v, permanent %v; want permanent %v", tt.code, tt.stage, err, IsPermanent(err), tt.permanent)
		}
	}
}

func TestEmailSecretNeverInErrorOrLog(t *testing.T) {
	s := smtptest.Start(t, nil)
	const pw = "hunter2-SECRET-token"
	c := emailFor(s, SMTPStartTLS)
	c.opt.Secret = func(context.Context) (string, error) { return pw, nil }
	for _, mech := range []string{"plain", "login", "xoauth2"} {
		c.opt.Auth = mech
		err := c.Send(context.Background(), dana(), Delivery{})
		if err == nil {
			t.Fatalf("%s: a wrong password was accepted", mech)
		}
		if strings.Contains(err.Error(), pw) {
			t.Errorf("%s: error holds the secret: %v", mech, err)
		}
		if IsPermanent(err) || retryAfter(err) == 0 {
			t.Errorf("%s: err = %v, want temporary with a long wait", mech, err)
		}
	}
	// Through the dispatcher, into the log and the outbox.
	var logBuf bytes.Buffer
	st := openStore(t)
	addDue(t, st, dana(), "email")
	d := New(&Options{Store: st, Channels: []Channel{c}, Log: slog.New(slog.NewTextHandler(&logBuf, nil)), Clock: clock})
	if _, err := d.DeliverDue(context.Background(), testNow); err != nil {
		t.Fatal(err)
	}
	del := deliveryOf(t, st, dana().ID, "email")
	if strings.Contains(logBuf.String(), pw) || strings.Contains(del.LastError, pw) {
		t.Errorf("secret leaked: log %q, last_error %q", logBuf.String(), del.LastError)
	}
	if del.LastError == "" || !strings.Contains(logBuf.String(), "smtp login") {
		t.Errorf("the failure is not recorded: log %q, last_error %q", logBuf.String(), del.LastError)
	}
}

func TestEmailRefusesPlaintextToRemoteHost(t *testing.T) {
	c := NewEmail(&EmailOptions{Host: "mail.example.net", TLS: SMTPNone, From: owner})
	err := c.Send(context.Background(), dana(), Delivery{})
	if err == nil || !IsPermanent(err) {
		t.Errorf("err = %v, want a permanent refusal", err)
	}
}

func TestEmailDeliveredLooksInInboxThenSent(t *testing.T) {
	mb := &fakeMailbox{}
	c := NewEmail(&EmailOptions{Host: "x", From: owner, Mailbox: mb})
	id := c.MessageID(Delivery{ReminderID: "r1"})
	if ok, err := c.Delivered(context.Background(), id); ok || err != nil {
		t.Fatalf("Delivered on empty mailbox = %v, %v", ok, err)
	}
	mb.put(FolderSent, id)
	if ok, err := c.Delivered(context.Background(), id); !ok || err != nil {
		t.Errorf("Delivered with the copy in Sent = %v, %v; want true", ok, err)
	}
	if got := strings.Join(mb.searched, ","); got != "inbox,sent,inbox,sent" {
		t.Errorf("folders searched = %s", got)
	}
	mb.err = errors.New("connection reset")
	if _, err := c.Delivered(context.Background(), "other@x"); err == nil {
		t.Errorf("a failed lookup must be an error, not 'not delivered'")
	}
}
