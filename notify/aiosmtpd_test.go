package notify

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/notify/internal/smtptest"
)

// TestEmailAgainstAiosmtpd sends through an SMTP implementation that is
// not go-smtp: Debian's python3-aiosmtpd (STARTTLS required, AUTH after
// TLS), so the client is not only tested against its own library's server.
func TestEmailAgainstAiosmtpd(t *testing.T) {
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import aiosmtpd").Run(); err != nil {
		if os.Getenv("FOLLOWUPD_REQUIRE_AIOSMTPD") == "1" {
			t.Fatalf("python3-aiosmtpd missing (FOLLOWUPD_REQUIRE_AIOSMTPD=1): %v", err)
		}
		t.Skipf("python3-aiosmtpd not installed (apt-get install python3-aiosmtpd): %v", err)
	}
	dir := t.TempDir()
	certFile, keyFile, pool, err := smtptest.CertFiles(dir, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	maildir := filepath.Join(dir, "Maildir")
	script, _ := filepath.Abs("testdata/aiosmtpd_server.py")

	var port int
	var cmd *exec.Cmd
	var serverLog bytes.Buffer
	for attempt := 0; ; attempt++ {
		port = freePort(t)
		cmd = exec.Command(py, script, "127.0.0.1", strconv.Itoa(port), certFile, keyFile, maildir, "alice", "s3cret")
		cmd.Stderr = &serverLog
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if strings.TrimSpace(line) == "READY" {
			break
		}
		cmd.Process.Kill()
		cmd.Wait()
		if attempt == 2 {
			t.Fatalf("aiosmtpd did not start (said %q)", line)
		}
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		if t.Failed() {
			t.Logf("aiosmtpd said:\n%s", serverLog.String())
		}
	})

	c := NewEmail(&EmailOptions{
		Host: "127.0.0.1", Port: port, TLS: SMTPStartTLS, RootCAs: pool,
		Username: "alice", Secret: func(context.Context) (string, error) { return "s3cret", nil },
		From: owner, Format: testFmt, Clock: clock, Timeout: 20 * time.Second,
	})
	if err := c.Check(context.Background()); err != nil {
		t.Fatalf("Check: %v", err)
	}
	r := dana()
	r.Contact.Name = "Zoë Ångström"
	if err := c.Send(context.Background(), r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(maildir, "new", "*"))
	if len(files) != 1 {
		t.Fatalf("Maildir has %d messages, want 1", len(files))
	}
	raw, _ := os.ReadFile(files[0])
	raw = []byte(strings.ReplaceAll(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n", "\r\n"))
	p := parseMsg(t, raw)
	if id, _ := p.h.MessageID(); id != c.MessageID(Delivery{ReminderID: r.ID}) {
		t.Errorf("Message-ID = %q, want %q", id, c.MessageID(Delivery{ReminderID: r.ID}))
	}
	if s, _ := p.h.Subject(); s != "Confirm tomorrow 15:00 with Zoë Ångström" {
		t.Errorf("Subject = %q", s)
	}
	if got := p.h.Get("X-MailFrom"); got != "sam@example.org" {
		t.Errorf("envelope sender (X-MailFrom) = %q", got)
	}
	if !strings.Contains(p.text, "Looking forward to tomorrow at 15:00.") {
		t.Errorf("text part lost:\n%s", p.text)
	}

	// A wrong password is refused by this server too, without the secret
	// showing up in the error.
	c.opt.Secret = func(context.Context) (string, error) { return "wrong-SECRET", nil }
	err = c.Send(context.Background(), r, Delivery{})
	if err == nil || IsPermanent(err) || strings.Contains(err.Error(), "wrong-SECRET") {
		t.Errorf("wrong password: err = %v", err)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
