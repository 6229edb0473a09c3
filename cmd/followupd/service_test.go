package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/store"
)

// TestMain lets a test start this very binary as `followupd`: with
// FOLLOWUPD_TEST_MAIN=1 it runs the command line instead of the tests, so
// service tests can send real signals to a real process.
func TestMain(m *testing.M) {
	if os.Getenv("FOLLOWUPD_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// sdListener is a fake service manager: it receives sd_notify datagrams.
type sdListener struct {
	conn *net.UnixConn
	mu   sync.Mutex
	got  []string
	ch   chan string
}

func listenNotify(t *testing.T, path string) *sdListener {
	t.Helper()
	c, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatalf("listen %s: %v", path, err)
	}
	l := &sdListener{conn: c, ch: make(chan string, 256)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := c.Read(buf)
			if err != nil {
				close(l.ch)
				return
			}
			for _, s := range strings.Split(strings.TrimSpace(string(buf[:n])), "\n") {
				l.mu.Lock()
				l.got = append(l.got, s)
				l.mu.Unlock()
				l.ch <- s
			}
		}
	}()
	t.Cleanup(func() { c.Close() })
	return l
}

// await waits for state (other states on the way are skipped).
func (l *sdListener) await(t *testing.T, state string, within time.Duration) {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case s, ok := <-l.ch:
			if !ok {
				t.Fatalf("notify socket closed while waiting for %s", state)
			}
			if s == state {
				return
			}
		case <-deadline:
			l.mu.Lock()
			defer l.mu.Unlock()
			t.Fatalf("no %s from followupd within %v; got %q", state, within, l.got)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for the child's writer and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func serviceConfig(dc *dovecottest.Server, dir, level string) string {
	return fmt.Sprintf(`me:
  name: Alex Rivera
  addresses: [alex@rivera.example]
  timezone: America/New_York
accounts:
  - name: test
    host: %s
    port: %d
    tls: none
    username: %s
    password_env: FOLLOWUPD_TEST_PASSWORD
store:
  path: %s
notify:
  console: {}
daemon:
  catch_up: 1m
  log:
    level: %s
`, dc.Host, dc.Port, dc.User, filepath.Join(dir, "state.db"), level)
}

// TestServiceLifecycle runs `followupd run` as systemd would: Type=notify
// with a watchdog, new mail over IDLE, SIGHUP with a bad and then a good
// config, and SIGTERM.
func TestServiceLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Dovecot and the daemon")
	}
	dc := dovecottest.Start(t, nil)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(serviceConfig(dc, dir, "info")), 0o600); err != nil {
		t.Fatal(err)
	}
	sd := listenNotify(t, filepath.Join(dir, "notify.sock"))

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "run", "--config", cfgPath)
	cmd.Env = append(os.Environ(),
		"FOLLOWUPD_TEST_MAIN=1",
		"FOLLOWUPD_TEST_PASSWORD="+dc.Password,
		"NOTIFY_SOCKET="+filepath.Join(dir, "notify.sock"),
		"WATCHDOG_USEC=1000000",
	)
	var stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if t.Failed() {
			t.Logf("followupd output:\n%s", stderr.String())
		}
	}()

	sd.await(t, "READY=1", 20*time.Second)
	sd.await(t, "WATCHDOG=1", 10*time.Second)

	// New mail arrives over IDLE and is stored without a restart.
	dc.Append(t, "INBOX", []byte("From: Dana Whitfield <dana@tessellate.example>\r\nTo: alex@rivera.example\r\n"+
		"Subject: Coffee?\r\nMessage-ID: <idle-1@tessellate.example>\r\nDate: Tue, 01 Sep 2026 10:00:00 -0400\r\n\r\n"+
		"Would Thursday at 3pm work for a coffee? See you at Blue Bottle.\r\n"))
	waitFor(t, 20*time.Second, "the IDLE'd message in the store", func() bool {
		st, err := store.Open(ctx, filepath.Join(dir, "state.db"))
		if err != nil {
			return false
		}
		defer st.Close()
		c, err := st.Count(ctx)
		return err == nil && c.Messages == 1
	})

	// A bad config on reload is refused; the daemon keeps running.
	if err := os.WriteFile(cfgPath, []byte("me:\n  name: x\n  timezone: Mars/Olympus\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the reload to be refused", func() bool {
		return strings.Contains(stderr.String(), "reload refused")
	})
	if !strings.Contains(stderr.String(), "config.yaml:3") {
		t.Errorf("the refused reload does not name the bad line (config.yaml:3); output:\n%s", stderr.String())
	}
	sd.await(t, "WATCHDOG=1", 10*time.Second) // still alive

	// A good config is applied.
	if err := os.WriteFile(cfgPath, []byte(serviceConfig(dc, dir, "debug")), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	sd.await(t, "RELOADING=1", 10*time.Second)
	sd.await(t, "READY=1", 20*time.Second)

	// SIGTERM: a graceful stop with exit status 0.
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sd.await(t, "STOPPING=1", 20*time.Second)
	if err := cmd.Wait(); err != nil {
		t.Errorf("followupd exited with %v after SIGTERM, want status 0", err)
	}
	if strings.Contains(stderr.String(), dc.Password) {
		t.Errorf("the password appears in the daemon's output")
	}
}

func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
