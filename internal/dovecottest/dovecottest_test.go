package dovecottest_test

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/internal/dovecottest"
)

func msg(id, subject string) []byte {
	return []byte("From: Bob <bob@example.com>\r\nTo: alice@example.org\r\nSubject: " + subject +
		"\r\nMessage-ID: <" + id + "@example.com>\r\nDate: Mon, 2 Jun 2025 10:00:00 +0000\r\n\r\nHello.\r\n")
}

func TestStartLoginAndCapabilities(t *testing.T) {
	s := dovecottest.Start(t, nil)
	if s.Port == s.TLSPort || s.Port == 0 {
		t.Fatalf("ports = %d, %d, want two distinct", s.Port, s.TLSPort)
	}
	c := s.Client(t)
	caps := c.Caps()
	for _, want := range []imap.Cap{imap.CapIdle, imap.CapCondStore, imap.CapSpecialUse, imap.CapMove, imap.CapUIDPlus} {
		if !caps.Has(want) {
			t.Errorf("capability %s missing; have %v", want, caps)
		}
	}
	list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range list {
		for _, a := range m.Attrs {
			got[string(a)] = m.Mailbox
		}
		got[m.Mailbox] = m.Mailbox
	}
	if got[`\Sent`] != "Sent" || got[`\Drafts`] != "Drafts" || got["INBOX"] != "INBOX" {
		t.Errorf("LIST = %v, want INBOX, Sent as \\Sent, Drafts as \\Drafts", got)
	}
}

func TestWrongPasswordRefused(t *testing.T) {
	s := dovecottest.Start(t, &dovecottest.Options{User: "carol", Password: "right"})
	c, err := imapclient.DialInsecure(s.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("carol", "wrong").Wait(); err == nil {
		t.Fatal("login with a wrong password succeeded")
	}
	if err := c.Login("carol", "right").Wait(); err != nil {
		t.Fatalf("login with the right password: %v", err)
	}
}

func TestImplicitTLSAndStartTLS(t *testing.T) {
	s := dovecottest.Start(t, nil)
	c, err := s.DialTLS()
	if err != nil {
		t.Fatalf("implicit TLS with the harness CA: %v", err)
	}
	c.Close()

	c, err = imapclient.DialStartTLS(s.Addr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: s.CACert()}})
	if err != nil {
		t.Fatalf("STARTTLS with the harness CA: %v", err)
	}
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		t.Fatalf("login after STARTTLS: %v", err)
	}
	c.Close()

	// Without the harness CA the certificate must be refused.
	if _, err := imapclient.DialTLS(s.TLSAddr(), nil); err == nil {
		t.Fatal("implicit TLS verified a self-signed certificate without its CA")
	}
}

func TestDeliverMaildirAndAppend(t *testing.T) {
	s := dovecottest.Start(t, nil)
	date := time.Date(2024, 3, 4, 5, 6, 7, 0, time.UTC)
	for i := 0; i < 3; i++ {
		if err := s.DeliverMaildir("", msg(fmt.Sprint("in", i), "inbox"), date); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DeliverMaildir("Sent", msg("sent0", "sent"), date); err != nil {
		t.Fatal(err)
	}
	if err := s.DeliverMaildir("Archive/2024", msg("arch0", "nested"), date); err != nil {
		t.Fatal(err)
	}
	uid := s.Append(t, "INBOX", msg("in3", "appended"))
	if uid != 4 {
		t.Errorf("Append UID = %d, want 4 (after three delivered)", uid)
	}
	in := s.FetchAll(t, "INBOX")
	if len(in) != 4 {
		t.Fatalf("INBOX has %d messages, want 4", len(in))
	}
	if !in[0].InternalDate.Equal(date) {
		t.Errorf("INTERNALDATE = %v, want %v (file mtime)", in[0].InternalDate, date)
	}
	if !bytes.Equal(in[0].Raw, msg("in0", "inbox")) && !bytes.Contains(in[0].Raw, []byte("Message-ID: <in")) {
		t.Errorf("first message = %q", in[0].Raw)
	}
	if n := len(s.FetchAll(t, "Sent")); n != 1 {
		t.Errorf("Sent has %d messages, want 1", n)
	}
	if n := len(s.FetchAll(t, "Archive/2024")); n != 1 {
		t.Errorf("Archive/2024 has %d messages, want 1", n)
	}
}

func TestKillRestartKeepsMailAndPort(t *testing.T) {
	s := dovecottest.Start(t, nil)
	s.Append(t, "INBOX", msg("a", "before"))
	c, err := s.Dial()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	port := s.Port
	s.Kill()
	if s.Running() {
		t.Fatal("Running after Kill")
	}
	// The imap process serving c must be dead too: the connection drops.
	if err := c.Noop().Wait(); err == nil {
		t.Fatal("a connected client still works after Kill")
	}
	if _, err := net.DialTimeout("tcp", s.Addr(), time.Second); err == nil {
		t.Fatal("port still accepts after Kill")
	}
	s.Restart(t)
	if s.Port != port {
		t.Fatalf("port changed from %d to %d", port, s.Port)
	}
	if n := len(s.FetchAll(t, "INBOX")); n != 1 {
		t.Fatalf("INBOX has %d messages after restart, want 1", n)
	}
}

func TestRecreateMailboxNewUIDValidity(t *testing.T) {
	s := dovecottest.Start(t, nil)
	for _, folder := range []string{"INBOX", "Sent"} {
		s.Append(t, folder, msg(folder+"1", "one"))
		s.Append(t, folder, msg(folder+"2", "two"))
		before := s.UIDValidity(t, folder)
		after := s.RecreateMailbox(t, folder)
		if after == before {
			t.Errorf("%s: UIDVALIDITY unchanged (%d) after RecreateMailbox", folder, after)
		}
		got := s.FetchAll(t, folder)
		if len(got) != 2 || !bytes.Contains(got[0].Raw, []byte(folder+"1@")) {
			t.Errorf("%s after recreate: %d messages, want the same 2", folder, len(got))
		}
	}
	c := s.Client(t)
	list, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range list {
		if strings.HasPrefix(m.Mailbox, "dovecottest-") {
			t.Errorf("temporary mailbox %s left behind", m.Mailbox)
		}
		if m.Mailbox == "Sent" && !hasAttr(m.Attrs, imap.MailboxAttrSent) {
			t.Errorf("recreated Sent lost \\Sent: %v", m.Attrs)
		}
	}
	s.DeleteMailbox(t, "Sent")
}

func hasAttr(as []imap.MailboxAttr, a imap.MailboxAttr) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

func TestIdleSeesMaildirDelivery(t *testing.T) {
	s := dovecottest.Start(t, nil)
	got := make(chan uint32, 10)
	c, err := imapclient.DialInsecure(s.Addr(), &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					got <- *d.NumMessages
				}
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeliverMaildir("INBOX", msg("idle", "idle"), time.Time{}); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-got:
		if n != 1 {
			t.Errorf("EXISTS %d, want 1", n)
		}
	case <-time.After(20 * time.Second): // a hang guard, not a speed assertion
		t.Fatal("no EXISTS while idling after a Maildir delivery")
	}
	if err := idle.Close(); err != nil {
		t.Fatal(err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatal(err)
	}
}

func TestLogFileWritten(t *testing.T) {
	s := dovecottest.Start(t, nil)
	s.Client(t)
	b, err := os.ReadFile(s.LogPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte("starting up")) {
		t.Errorf("log %s lacks the start line:\n%s", s.LogPath, b)
	}
	_ = io.Discard
}

func TestGenerateMix(t *testing.T) {
	counts := map[dovecottest.Shape]int{}
	total := 0
	for i := 0; i < 2000; i++ {
		raw := dovecottest.Generate(i, 200<<10)
		if !bytes.Contains(raw, []byte("<"+dovecottest.GenID(i)+">")) {
			t.Fatalf("message %d lacks its Message-ID", i)
		}
		if !bytes.Equal(raw, dovecottest.Generate(i, 200<<10)) {
			t.Fatalf("message %d is not deterministic", i)
		}
		counts[dovecottest.GenShape(i)]++
		total += len(raw)
	}
	if counts[dovecottest.ShapeAttachment] < 50 || counts[dovecottest.ShapeAttachment] > 150 ||
		counts[dovecottest.ShapeInvite] < 15 || counts[dovecottest.ShapeAlternative] < 1000 {
		t.Errorf("shape mix %v, want about 5%% attachments, 2%% invites, 60%% alternative", counts)
	}
	if avg := total / 2000; avg < 20<<10 || avg > 200<<10 {
		t.Errorf("average size %d bytes, want tens of KB", avg)
	}
}

func TestClosedPortRefuses(t *testing.T) {
	p := dovecottest.ClosedPort(t)
	if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", p), time.Second); err == nil {
		c.Close()
		t.Fatal("ClosedPort accepted a connection")
	}
	if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err == nil {
		l.Close()
		t.Fatal("another listener could take the ClosedPort")
	}
}
