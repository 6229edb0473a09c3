package imapwatch_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
)

// bigAttachment is a message with a small text part and a size-byte
// attachment, written without holding a second copy.
func bigAttachment(size int) []byte {
	var b bytes.Buffer
	b.WriteString("From: Big <big@example.com>\r\nTo: alice@followupd.test\r\nSubject: the slides\r\n" +
		"Message-ID: <big@example.com>\r\nDate: Mon, 2 Jun 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" +
		"Slides attached, see you Tuesday.\r\n--b\r\nContent-Type: application/octet-stream; name=\"slides.bin\"\r\n" +
		"Content-Disposition: attachment; filename=\"slides.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0xA5, 0x5A, 0xC3}, 19)) + "\r\n" // 76 chars
	for n := 0; n < size; n += 57 {
		b.WriteString(line)
	}
	b.WriteString("--b--\r\n")
	return b.Bytes()
}

var badMessages = map[string]string{
	"broken-mime": "From: a@example.com\r\nMessage-ID: <broken@example.com>\r\nContent-Type: multipart/mixed; boundary=\"never\"\r\n\r\n" +
		"--wrong\r\nContent-Type: text/plain\r\n\r\nno closing boundary anywhere\r\n",
	"unknown-charset": "From: a@example.com\r\nMessage-ID: <charset@example.com>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n" +
		"Qapla' \xff\xfe\r\n",
	"no-id-no-date": "From: a@example.com\r\nSubject: who am I\r\n\r\nno Message-ID, no Date\r\n",
	"8bit-header":   "From: Ren\xe9 <rene@example.com>\r\nSubject: caf\xe9 \xc3\xa0 9h\r\nMessage-ID: <eightbit@example.com>\r\n\r\nhi\r\n",
	"header-only":   "From: a@example.com\r\nMessage-ID: <headeronly@example.com>\r\nSubject: nothing else",
	"bad-base64": "From: a@example.com\r\nMessage-ID: <b64@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n!!!! not base64 at all ????\r\n",
	"no-subtype": "From: a@example.com\r\nMessage-ID: <nosub@example.com>\r\nContent-Type: text\r\n\r\nplain enough\r\n",
	"forwarded": "From: a@example.com\r\nMessage-ID: <fwd@example.com>\r\nContent-Type: multipart/mixed; boundary=\"f\"\r\n\r\n" +
		"--f\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--f\r\nContent-Type: message/rfc822\r\n\r\n" +
		"From: b@example.com\r\nSubject: inner\r\n\r\ninner text\r\n--f--\r\n",
	"huge-header": "From: a@example.com\r\nMessage-ID: <hugeheader@example.com>\r\n" +
		strings.Repeat("X-Junk: "+strings.Repeat("j", 990)+"\r\n", 300) + "\r\nbody\r\n",
}

func TestBadMessagesDoNotStopTheSync(t *testing.T) {
	s := dovecottest.Start(t, nil)
	for _, raw := range badMessages {
		if err := s.DeliverMaildir("INBOX", []byte(raw), time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	const big = 50 << 20
	if err := s.DeliverMaildir("INBOX", bigAttachment(big), time.Time{}); err != nil {
		t.Fatal(err)
	}
	deliverGen(t, s, "INBOX", 0, 3) // good mail after the bad
	sink := newMemSink()
	w := imapwatch.New(testOptions(s, nil), sink)
	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := sink.count("INBOX"), len(badMessages)+1+3; got != want {
		t.Fatalf("stored %d messages, want %d (every bad one passed through)", got, want)
	}
	for i := 0; i < 3; i++ {
		if _, ok := sink.get(dovecottest.GenID(i)); !ok {
			t.Errorf("good message %d after the bad ones is missing", i)
		}
	}
	m, _ := sink.get("big@example.com")
	if m.Size < big || len(m.Parts) != 1 || !bytes.Contains(m.Parts[0].Body, []byte("Slides attached")) {
		t.Errorf("big message: size %d, parts %d, want its size and only its text part", m.Size, len(m.Parts))
	}
	// The attachment bytes were never fetched.
	if st := w.Status(); st.Bytes > 1<<20 {
		t.Errorf("fetched %d bytes in all; the 50 MB attachment must not be downloaded", st.Bytes)
	}
	if m, _ := sink.get("charset@example.com"); len(m.Parts) != 1 || m.Parts[0].Charset != "x-klingon" {
		t.Errorf("unknown charset part = %+v, want passed through with its charset", m.Parts)
	}
	if m, _ := sink.get("hugeheader@example.com"); len(m.Header) == 0 || len(m.Header) > 256<<10 {
		t.Errorf("huge header: %d bytes kept, want capped at 256 KiB", len(m.Header))
	}
	if m, _ := sink.get("fwd@example.com"); len(m.Parts) != 1 {
		t.Errorf("forwarded message: %d parts, want only the outer text (message/rfc822 is an attachment)", len(m.Parts))
	}
	checkClean(t, sink)
}

// TestConnectFailuresBackOff runs the watcher against failures that will
// not go away, and checks one clear error, a bounded number of attempts
// (no tight loop) and no secret in the log.
func TestConnectFailuresBackOff(t *testing.T) {
	s := dovecottest.Start(t, nil)
	const secret = "Wr0ng-Pa55-Never-Logged"
	closedPort := dovecottest.ClosedPort(t)
	tests := []struct {
		name    string
		conn    func(o *imapconn.Options)
		kind    imapconn.Kind
		inError string
	}{
		{"wrong password", func(o *imapconn.Options) {
			o.Secret = func(context.Context) (string, error) { return secret, nil }
		}, imapconn.KindAuth, "rejected the username or password"},
		{"wrong port", func(o *imapconn.Options) { o.Port = closedPort }, imapconn.KindConnect, "connection refused"},
		{"tls to a plain port", func(o *imapconn.Options) {
			*o = s.ImapOptionsTLS(imapconn.TLSImplicit)
			o.Port = s.Port
		}, imapconn.KindTLS, "plain-text port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := &logBuf{}
			opt := testOptions(s, logs)
			tt.conn(&opt.Conn)
			opt.BackoffMin, opt.BackoffMax = 10*time.Millisecond, 100*time.Millisecond
			w := imapwatch.New(opt, newMemSink())
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			w.Run(ctx)
			st := w.Status()
			if imapconn.KindOf(st.LastErr) != tt.kind || !strings.Contains(fmt.Sprint(st.LastErr), tt.inError) {
				t.Errorf("LastErr = %v (kind %s), want kind %s saying %q", st.LastErr, imapconn.KindOf(st.LastErr), tt.kind, tt.inError)
			}
			for _, f := range st.Folders {
				// 1.5 s with waits of at least 5 ms growing to 50-100 ms
				// allows about 20; a tight loop would make thousands.
				if f.Failures < 1 || f.Failures > 40 {
					t.Errorf("%s: %d attempts in 1.5 s, want a few (backoff)", f.Role, f.Failures)
				}
			}
			out := logs.String()
			if strings.Contains(out, secret) {
				t.Errorf("the password leaked into the log")
			}
			if n := strings.Count(out, "level=WARN"); n != len(st.Folders) {
				t.Errorf("%d warnings logged, want one per folder for a repeated error:\n%s", n, out)
			}
		})
	}

	opt := testOptions(s, nil)
	opt.Conn.Secret = func(context.Context) (string, error) { return secret, nil }
	err := imapwatch.New(opt, newMemSink()).SyncOnce(context.Background())
	if imapconn.KindOf(err) != imapconn.KindAuth || strings.Contains(fmt.Sprint(err), secret) {
		t.Errorf("SyncOnce with a wrong password = %v, want a secret-free auth error", err)
	}
}
