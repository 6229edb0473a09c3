package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/store"
)

// TestKillRestartDeliversExactlyOnce is the unit's promise: kill -9 the
// daemon at random moments while it has a backlog of due reminders, restart
// it each time, and every reminder still reaches INBOX and Drafts exactly
// once.
func TestKillRestartDeliversExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("kills and restarts the daemon many times")
	}
	const contacts, kills = 15, 12
	dc := dovecottest.Start(t, nil)
	dir := t.TempDir()
	// Requests sent eight days ago and never answered: a nudge is due for
	// each contact as soon as the daemon starts (late, once).
	asked := time.Now().AddDate(0, 0, -8)
	for i := range contacts {
		dc.Append(t, "Sent", []byte(fmt.Sprintf("From: Alex Rivera <alex@rivera.example>\r\nTo: Contact %d <c%d@example.org>\r\n"+
			"Subject: 20 minutes of your time?\r\nMessage-ID: <ask-%d@rivera.example>\r\nDate: %s\r\n\r\n"+
			"Hi, would you have 20 minutes for a call in the coming weeks? I am moving into product.\r\n",
			i, i, i, asked.Format(time.RFC1123Z))))
	}
	cfgPath := filepath.Join(dir, "config.yaml")
	cfg := strings.Replace(serviceConfig(dc, dir, "info"), "notify:\n  console: {}\n",
		"notify:\n  console: {}\n  inbox: {account: test}\n  draft: {account: test}\n", 1)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	start := func() (*exec.Cmd, *syncBuffer) {
		cmd := exec.Command(os.Args[0], "run", "--config", cfgPath)
		cmd.Env = append(os.Environ(), "FOLLOWUPD_TEST_MAIN=1", "FOLLOWUPD_TEST_PASSWORD="+dc.Password)
		out := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, out
	}
	for k := range kills {
		cmd, _ := start()
		time.Sleep(time.Duration(50+rng.IntN(700)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		_ = cmd.Wait()
	}
	// A last run to completion.
	cmd, out := start()
	ctx := context.Background()
	want := contacts * 2 // a nudge each, in INBOX and as a draft
	defer func() {
		if t.Failed() {
			st, err := store.Open(ctx, filepath.Join(dir, "state.db"))
			if err != nil {
				return
			}
			defer st.Close()
			ds, _ := st.ListDeliveries(ctx, store.DeliveryFilter{})
			for _, d := range ds {
				t.Logf("delivery %s %s %s attempts=%d next=%v err=%s", d.ReminderID, d.Channel, d.Status, d.Attempts, d.NextAttempt, d.LastError)
			}
			rs, _ := st.Reminders(ctx, store.ReminderFilter{})
			for _, r := range rs {
				t.Logf("reminder %s %s %s status=%s fired=%v due=%v", r.ID, r.Rule, r.Contact.Addr, r.Status, r.FiredAt, r.Due)
			}
			t.Logf("last run output:\n%s", out.String())
		}
	}()
	waitFor(t, 90*time.Second, "every delivery to be marked sent", func() bool {
		st, err := store.Open(ctx, filepath.Join(dir, "state.db"))
		if err != nil {
			return false
		}
		defer st.Close()
		ds, err := st.ListDeliveries(ctx, store.DeliveryFilter{})
		if err != nil {
			return false
		}
		sent := 0
		for _, d := range ds {
			if d.Status == store.DeliverySent && (d.Channel == "inbox" || d.Channel == "draft") {
				sent++
			}
		}
		return sent == want
	})
	waitFor(t, 30*time.Second, "the last run to be up", func() bool { return strings.Contains(out.String(), "followupd running") })
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("last run: %v\n%s", err, out.String())
	}

	// Reminders in INBOX carry X-Followupd-Reminder; Drafts holds only drafts.
	count := func(folder string) map[string]int {
		seen := map[string]int{}
		for _, m := range dc.FetchAll(t, folder) {
			msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatalf("%s uid %d: %v", folder, m.UID, err)
			}
			if folder == "INBOX" && msg.Header.Get(notify.ReminderHeader) == "" {
				continue
			}
			seen[msg.Header.Get("Message-ID")]++
		}
		return seen
	}
	for folder, seen := range map[string]map[string]int{"INBOX": count("INBOX"), "Drafts": count("Drafts")} {
		if len(seen) != contacts {
			t.Errorf("%s holds %d distinct reminders, want %d", folder, len(seen), contacts)
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("%s holds %d copies of %s, want 1", folder, n, id)
			}
		}
	}
	st, err := store.Open(ctx, filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Errorf("after %d kills: %v", kills, err)
	}
}
