package imapconn_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/internal/dovecottest"
)

func TestDialEachTLSMode(t *testing.T) {
	s := dovecottest.Start(t, nil)
	for _, mode := range []imapconn.TLSMode{imapconn.TLSNone, imapconn.TLSImplicit, imapconn.TLSStartTLS} {
		t.Run(string(mode), func(t *testing.T) {
			opt := s.ImapOptions()
			if mode != imapconn.TLSNone {
				opt = s.ImapOptionsTLS(mode)
			}
			c, err := imapconn.Dial(context.Background(), opt, nil)
			if err != nil {
				t.Fatalf("Dial(%s) = %v", mode, err)
			}
			defer c.Close()
			// The server answers SELECT only to a logged-in client. (The
			// client's State() is no proof: go-imap beta.8 wakes the
			// caller of AUTHENTICATE before it records the new state.)
			if _, err := c.Select("INBOX", nil).Wait(); err != nil {
				t.Errorf("select INBOX: %v", err)
			}
		})
	}
}

// dialErr dials and returns the *imapconn.Error, failing if there is none.
func dialErr(t *testing.T, opt imapconn.Options, log *slog.Logger) *imapconn.Error {
	t.Helper()
	c, err := imapconn.Dial(context.Background(), opt, log)
	if err == nil {
		c.Close()
		t.Fatal("Dial succeeded, want an error")
	}
	var e *imapconn.Error
	if !errors.As(err, &e) {
		t.Fatalf("Dial error %T %v, want *imapconn.Error", err, err)
	}
	return e
}

func TestWrongPasswordIsPermanentAndSecretFree(t *testing.T) {
	s := dovecottest.Start(t, nil)
	const secret = "Sup3r-Secret-Wrong-Pw"
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	for _, mode := range []imapconn.TLSMode{imapconn.TLSNone, imapconn.TLSImplicit} {
		opt := s.ImapOptionsTLS(mode)
		if mode == imapconn.TLSNone {
			opt = s.ImapOptions()
		}
		opt.Secret = func(context.Context) (string, error) { return secret, nil }
		e := dialErr(t, opt, log)
		log.Error("login", "err", e) // as a caller would
		if e.Kind != imapconn.KindAuth || e.Retryable {
			t.Errorf("%s: kind %s retryable %v, want auth, not retryable", mode, e.Kind, e.Retryable)
		}
		if !strings.Contains(e.Error(), "rejected the username or password for "+s.User) {
			t.Errorf("%s: error %q does not say the password was rejected", mode, e)
		}
		if strings.Contains(e.Error(), secret) || strings.Contains(fmt.Sprintf("%+v %#v", e, e), secret) {
			t.Errorf("%s: the secret leaked into the error: %q", mode, e)
		}
	}
	if strings.Contains(logBuf.String(), secret) {
		t.Errorf("the secret leaked into the log:\n%s", logBuf.String())
	}
	if !strings.Contains(logBuf.String(), "rejected") {
		t.Errorf("log capture did not see the error at all:\n%s", logBuf.String())
	}
}

func TestWrongPortRefused(t *testing.T) {
	s := dovecottest.Start(t, nil)
	opt := s.ImapOptions()
	opt.Port = dovecottest.ClosedPort(t)
	e := dialErr(t, opt, nil)
	if e.Kind != imapconn.KindConnect || !e.Retryable || !strings.Contains(e.Msg, "connection refused") {
		t.Errorf("got %v (kind %s, retry %v), want a retryable connection-refused error", e, e.Kind, e.Retryable)
	}
}

func TestTLSToPlainPort(t *testing.T) {
	s := dovecottest.Start(t, nil)
	opt := s.ImapOptionsTLS(imapconn.TLSImplicit)
	opt.Port = s.Port
	e := dialErr(t, opt, nil)
	if e.Kind != imapconn.KindTLS || !strings.Contains(e.Msg, "plain-text port") {
		t.Errorf("got %q (kind %s), want a TLS mismatch naming a plain-text port", e, e.Kind)
	}
}

func TestPlainToTLSPort(t *testing.T) {
	s := dovecottest.Start(t, nil)
	for _, mode := range []imapconn.TLSMode{imapconn.TLSNone, imapconn.TLSStartTLS} {
		opt := s.ImapOptionsTLS(mode)
		opt.Port = s.TLSPort
		opt.DialTimeout = 700 * time.Millisecond
		e := dialErr(t, opt, nil)
		if !strings.Contains(e.Msg, "may expect implicit TLS") {
			t.Errorf("%s: got %q, want a hint about implicit TLS", mode, e)
		}
	}
}

func TestUntrustedCertificate(t *testing.T) {
	s := dovecottest.Start(t, nil)
	opt := s.ImapOptionsTLS(imapconn.TLSImplicit)
	opt.RootCAs = nil // system roots do not know the test CA
	e := dialErr(t, opt, nil)
	if e.Kind != imapconn.KindTLS || e.Retryable || !strings.Contains(e.Msg, "not signed by a trusted authority") {
		t.Errorf("got %q (kind %s, retry %v), want an untrusted-certificate error", e, e.Kind, e.Retryable)
	}
	opt.InsecureSkipVerify = true
	c, err := imapconn.Dial(context.Background(), opt, nil)
	if err != nil {
		t.Fatalf("with verification off: %v", err)
	}
	c.Close()
	opt = s.ImapOptionsTLS(imapconn.TLSStartTLS)
	opt.Host = "localhost" // in the certificate too
	c, err = imapconn.Dial(context.Background(), opt, nil)
	if err != nil {
		t.Fatalf("STARTTLS to localhost: %v", err)
	}
	c.Close()
}

func TestTLSNoneOnlyOnLoopback(t *testing.T) {
	opt := imapconn.Options{Host: "imap.example.com", Port: 143, TLS: imapconn.TLSNone, Username: "u",
		Secret: func(context.Context) (string, error) { t.Error("secret read before the TLS check"); return "x", nil }}
	e := dialErr(t, opt, nil)
	if e.Kind != imapconn.KindConfig || !strings.Contains(e.Msg, "loopback") {
		t.Errorf("got %q, want a refusal naming loopback", e)
	}
	for host, want := range map[string]bool{
		"localhost": true, "127.0.0.1": true, "127.8.9.10": true, "::1": true, "[::1]": true,
		"LOCALHOST": true, "10.0.0.1": false, "imap.example.com": false, "localhost.example.com": false, "": false,
	} {
		if got := imapconn.IsLoopback(host); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestDialHonoursContext(t *testing.T) {
	s := dovecottest.Start(t, nil)
	opt := s.ImapOptionsTLS(imapconn.TLSNone)
	opt.Port = s.TLSPort // would hang waiting for a greeting
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, err := imapconn.Dial(ctx, opt, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Dial after cancel = %v, want context.Canceled", err)
	}
}

// fakeXOAUTH2 serves one scripted XOAUTH2 exchange and reports what the
// client sent.
func fakeXOAUTH2(t *testing.T, accept bool) (int, <-chan string) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	got := make(chan string, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		r := bufio.NewReader(c)
		fmt.Fprint(c, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=PLAIN] fake ready\r\n")
		line, _ := r.ReadString('\n')
		got <- line
		tag, _, _ := strings.Cut(line, " ")
		if accept {
			fmt.Fprintf(c, "%s OK [CAPABILITY IMAP4rev1 IDLE] logged in\r\n", tag)
		} else {
			fmt.Fprint(c, "+ eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIn0=\r\n")
			r.ReadString('\n')
			fmt.Fprintf(c, "%s NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n", tag)
		}
		r.ReadString('\n')
	}()
	return l.Addr().(*net.TCPAddr).Port, got
}

func TestXOAUTH2(t *testing.T) {
	const token = "ya29.TOKEN-never-logged"
	for _, accept := range []bool{true, false} {
		port, got := fakeXOAUTH2(t, accept)
		opt := imapconn.Options{Host: "127.0.0.1", Port: port, TLS: imapconn.TLSNone, Username: "me@gmail.com",
			XOAUTH2: true, Secret: func(context.Context) (string, error) { return token, nil }, DialTimeout: 5 * time.Second}
		c, err := imapconn.Dial(context.Background(), opt, nil)
		line := <-got
		want := "AUTHENTICATE XOAUTH2 " + base64.StdEncoding.EncodeToString([]byte("user=me@gmail.com\x01auth=Bearer "+token+"\x01\x01"))
		if !strings.Contains(line, want) {
			t.Errorf("client sent %q, want %q", line, want)
		}
		if accept {
			if err != nil {
				t.Fatalf("accepted token: %v", err)
			}
			c.Close()
			continue
		}
		if imapconn.KindOf(err) != imapconn.KindAuth || !strings.Contains(err.Error(), "OAuth2 token") {
			t.Errorf("rejected token: got %v, want an auth error about the OAuth2 token", err)
		}
		if err != nil && strings.Contains(err.Error(), token) {
			t.Errorf("token leaked into %q", err)
		}
	}
}
