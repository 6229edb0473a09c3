package daemon

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/rules"
)

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// When the mailbox cannot be reached for longer than sync_stale, the owner
// is told once through the channels that still work (here the console),
// and again when it recovers.
func TestSelfMonitorReportsDeadMailbox(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the daemon against Dovecot")
	}
	dc := dovecottest.Start(t, nil)
	dir := t.TempDir()
	t.Setenv("FOLLOWUPD_TEST_PASSWORD", dc.Password)
	text := fmt.Sprintf(`me: {name: Alex Rivera, addresses: [%s], timezone: America/New_York}
accounts:
  - {name: test, host: %s, port: %d, tls: none, username: %s, password_env: FOLLOWUPD_TEST_PASSWORD}
store: {path: %s}
notify:
  console: {}
daemon:
  catch_up: 1m
  self_monitor: {sync_stale: 2s}
`, owner, dc.Host, dc.Port, dc.User, filepath.Join(dir, "state.db"))
	cfg, err := config.Parse(filepath.Join(dir, "config.yaml"), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	d, err := Open(context.Background(), &Options{Config: cfg, Rules: rules.Defaults(), Stdout: &out, MonitorEvery: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx, nil) }()
	defer func() { cancel(); <-done }()

	waitUntil(t, 20*time.Second, "a first successful sync", func() bool { return !d.probe().lastSync.IsZero() })
	dc.Kill()
	waitUntil(t, 30*time.Second, "the dead-mailbox notice", func() bool {
		return strings.Contains(out.String(), "cannot reach your mailbox since")
	})
	time.Sleep(500 * time.Millisecond)
	if n := strings.Count(out.String(), "── followupd cannot reach your mailbox"); n != 1 {
		t.Errorf("the dead-mailbox notice was printed %d times, want once:\n%s", n, out.String())
	}
	dc.Restart(t)
	waitUntil(t, 60*time.Second, "the recovery notice", func() bool {
		return strings.Contains(out.String(), "can reach your mailbox again")
	})
	if os.Getenv("FOLLOWUPD_TEST_PASSWORD") != "" && strings.Contains(out.String(), dc.Password) {
		t.Errorf("the password appears in a notice")
	}
}

func waitUntil(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", within, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
