package dovecottest

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapconn"
)

// ImapOptions returns connection options for the plain port: TLS none
// (allowed on loopback) and the user's password as Secret.
func (s *Server) ImapOptions() imapconn.Options {
	pw := s.Password
	return imapconn.Options{
		Host:     s.Host,
		Port:     s.Port,
		TLS:      imapconn.TLSNone,
		Username: s.User,
		Secret:   func(context.Context) (string, error) { return pw, nil },
	}
}

// ImapOptionsTLS returns connection options for implicit TLS (TLSPort) or
// STARTTLS (Port), trusting the server's self-signed certificate.
func (s *Server) ImapOptionsTLS(mode imapconn.TLSMode) imapconn.Options {
	o := s.ImapOptions()
	o.TLS = mode
	o.RootCAs = s.CACert()
	if mode == imapconn.TLSImplicit {
		o.Port = s.TLSPort
	}
	return o
}

// Dial returns a client logged in over the plain port, for helpers and
// benchmarks. The caller closes it.
func (s *Server) Dial() (*imapclient.Client, error) {
	c, err := imapclient.DialInsecure(s.Addr(), &imapclient.Options{Dialer: &net.Dialer{Timeout: 10 * time.Second}})
	if err != nil {
		return nil, err
	}
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("login: %w", err)
	}
	return c, nil
}

// DialTLS is Dial over implicit TLS, verifying the server's certificate.
func (s *Server) DialTLS() (*imapclient.Client, error) {
	c, err := imapclient.DialTLS(s.TLSAddr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: s.CACert()}})
	if err != nil {
		return nil, err
	}
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("login: %w", err)
	}
	return c, nil
}

// Client returns a logged-in client that is closed at the end of the test.
func (s *Server) Client(t testing.TB) *imapclient.Client {
	t.Helper()
	c, err := s.Dial()
	if err != nil {
		t.Fatalf("dovecottest: dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// Append stores raw in folder over IMAP and returns its UID.
func (s *Server) Append(t testing.TB, folder string, raw []byte) imap.UID {
	t.Helper()
	uid, err := s.AppendErr(folder, raw, nil)
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	return uid
}

// AppendErr is Append for use outside tests, with optional flags and date.
func (s *Server) AppendErr(folder string, raw []byte, opt *imap.AppendOptions) (imap.UID, error) {
	c, err := s.Dial()
	if err != nil {
		return 0, err
	}
	defer c.Close()
	return appendOne(c, folder, raw, opt)
}

func appendOne(c *imapclient.Client, folder string, raw []byte, opt *imap.AppendOptions) (imap.UID, error) {
	cmd := c.Append(folder, int64(len(raw)), opt)
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return 0, fmt.Errorf("append to %s: %w", folder, err)
	}
	if err := cmd.Close(); err != nil {
		return 0, fmt.Errorf("append to %s: %w", folder, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		return 0, fmt.Errorf("append to %s: %w", folder, err)
	}
	return data.UID, nil
}

// CreateMailbox creates a folder over IMAP.
func (s *Server) CreateMailbox(t testing.TB, name string) {
	t.Helper()
	c := s.Client(t)
	if err := c.Create(name, nil).Wait(); err != nil {
		t.Fatalf("dovecottest: create %s: %v", name, err)
	}
}

// DeleteMailbox deletes a folder (not INBOX) over IMAP, with its messages.
func (s *Server) DeleteMailbox(t testing.TB, name string) {
	t.Helper()
	c := s.Client(t)
	if err := c.Delete(name).Wait(); err != nil {
		t.Fatalf("dovecottest: delete %s: %v", name, err)
	}
}

// UIDValidity returns the folder's UIDVALIDITY (STATUS).
func (s *Server) UIDValidity(t testing.TB, name string) uint32 {
	t.Helper()
	c := s.Client(t)
	st, err := c.Status(name, &imap.StatusOptions{UIDValidity: true}).Wait()
	if err != nil {
		t.Fatalf("dovecottest: status %s: %v", name, err)
	}
	return st.UIDValidity
}

// Message is one stored message as FetchAll returns it.
type Message struct {
	UID          imap.UID
	Flags        []imap.Flag
	InternalDate time.Time
	Raw          []byte
}

// FetchAll returns every message of a folder in UID order, whole.
func (s *Server) FetchAll(t testing.TB, folder string) []Message {
	t.Helper()
	c := s.Client(t)
	msgs, err := fetchAll(c, folder)
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	return msgs
}

func fetchAll(c *imapclient.Client, folder string) ([]Message, error) {
	if _, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return nil, fmt.Errorf("select %s: %w", folder, err)
	}
	defer func() { c.Unselect().Wait() }()
	sec := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(imap.UIDSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{
		UID: true, Flags: true, InternalDate: true, BodySection: []*imap.FetchItemBodySection{sec},
	}).Collect()
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", folder, err)
	}
	out := make([]Message, 0, len(bufs))
	for _, b := range bufs {
		out = append(out, Message{UID: b.UID, Flags: b.Flags, InternalDate: b.InternalDate, Raw: b.FindBodySection(sec)})
	}
	return out, nil
}

// RecreateMailbox deletes a folder and creates it again with the same
// messages (flags and dates kept), so that it gets a new UIDVALIDITY and new
// UIDs, as when a user or server rebuilds a mailbox. It returns the new
// UIDVALIDITY.
//
// INBOX cannot be deleted or renamed over IMAP on Maildir: for INBOX the
// server is killed, its UID list and indexes are removed (the messages stay,
// unflagged) and it is restarted, so connected clients are disconnected.
func (s *Server) RecreateMailbox(t testing.TB, name string) uint32 {
	t.Helper()
	if strings.EqualFold(name, "INBOX") {
		s.Kill()
		if err := s.forgetUIDs(s.FolderDir(name)); err != nil {
			t.Fatalf("dovecottest: recreate INBOX: %v", err)
		}
		s.Restart(t)
		return s.UIDValidity(t, name)
	}
	c := s.Client(t)
	msgs, err := fetchAll(c, name)
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	if err := c.Delete(name).Wait(); err != nil {
		t.Fatalf("dovecottest: delete %s: %v", name, err)
	}
	if err := c.Create(name, nil).Wait(); err != nil {
		t.Fatalf("dovecottest: create %s: %v", name, err)
	}
	for _, m := range msgs {
		var flags []imap.Flag
		for _, f := range m.Flags {
			if f != "\\Recent" {
				flags = append(flags, f)
			}
		}
		if _, err := appendOne(c, name, m.Raw, &imap.AppendOptions{Flags: flags, Time: m.InternalDate}); err != nil {
			t.Fatalf("dovecottest: %v", err)
		}
	}
	st, err := c.Status(name, &imap.StatusOptions{UIDValidity: true}).Wait()
	if err != nil {
		t.Fatalf("dovecottest: status %s: %v", name, err)
	}
	return st.UIDValidity
}
