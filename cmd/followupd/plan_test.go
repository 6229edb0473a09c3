package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/message"
	"github.com/followupd/followupd/store"
)

// runCmd runs the command line in-process and returns its output and status.
func runCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return o.String(), e.String(), code
}

// seedRequest stores one unanswered request the owner sent at date.
func seedRequest(t *testing.T, dbPath, to, id string, date time.Time) {
	t.Helper()
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	hdr := fmt.Sprintf("From: Alex Rivera <alex@rivera.example>\r\nTo: %s\r\nSubject: 20 minutes?\r\nMessage-ID: <%s>\r\nDate: %s\r\n\r\n", to, id, date.Format(time.RFC1123Z))
	body := "Hi, would you have 20 minutes for a call in the coming weeks? I am moving into product management.\r\n"
	sink := daemon.NewSink(st, []string{"alex@rivera.example"}, time.UTC, slog.New(slog.DiscardHandler))
	err = sink.Apply(context.Background(), "test", "Sent", imapwatch.RoleSent, imapwatch.FolderState{UIDValidity: 1, HighestUID: 1},
		[]imapwatch.Fetched{{UID: 1, Header: []byte(hdr), Parts: []message.Part{{Type: "text/plain", Charset: "utf-8", Body: []byte(body)}}}})
	if err != nil {
		t.Fatal(err)
	}
}

func TestPlanTickDoneCommands(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	db := filepath.Join(dir, "state.db")
	text := fmt.Sprintf(`me: {name: Alex Rivera, addresses: [alex@rivera.example], timezone: America/New_York}
accounts:
  - {name: test, host: 127.0.0.1, port: 1, tls: none, username: alex, password_env: FOLLOWUPD_UNUSED}
store: {path: %s}
notify:
  console: {}
`, db)
	if err := os.WriteFile(cfg, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	seedRequest(t, db, "Marcus Bell <mbell@ledgerly.example>", "ask-1@rivera.example", time.Date(2026, 3, 3, 10, 20, 0, 0, ny))

	// plan --json: both nudges, judged as of Mar 4, in the owner's zone,
	// across the US daylight-saving switch of Mar 8 (09:00 stays 09:00).
	out, errOut, code := runCmd(t, "plan", "--config", cfg, "--json", "--at", "2026-03-04T00:00:00-05:00", "--until", "2026-03-31T00:00:00-04:00")
	if code != exitOK {
		t.Fatalf("plan: exit %d: %s", code, errOut)
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("plan --json line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 2 {
		t.Fatalf("plan listed %d reminders, want the two nudges:\n%s", len(lines), out)
	}
	wantDue := []string{"2026-03-11T09:00:00-04:00", "2026-03-18T09:00:00-04:00"}
	for i, m := range lines {
		for _, k := range []string{"id", "rule", "contact", "thread", "subject", "due", "why"} {
			if _, ok := m[k]; !ok {
				t.Errorf("plan line %d has no %q field: %v", i, k, m)
			}
		}
		if m["rule"] != "nudge" || m["contact"] != "mbell@ledgerly.example" || m["due"] != wantDue[i] {
			t.Errorf("plan line %d = rule %v contact %v due %v; want nudge mbell@ledgerly.example %s", i, m["rule"], m["contact"], m["due"], wantDue[i])
		}
	}

	// tick at the first due time fires the first nudge, once.
	out, errOut, code = runCmd(t, "tick", "--config", cfg, "--now", "2026-03-11T09:00:00-04:00")
	if code != exitOK || !strings.Contains(out, "nudge") || !strings.Contains(out, "mbell@ledgerly.example") {
		t.Fatalf("tick: exit %d, out %q, err %q; want the nudge fired", code, out, errOut)
	}
	out, _, _ = runCmd(t, "tick", "--config", cfg, "--now", "2026-03-11T09:01:00-04:00")
	if strings.Contains(out, "fired") {
		t.Errorf("a second tick fired again: %q", out)
	}

	// done (by a prefix of the second nudge's id) takes it out of the plan.
	id := lines[1]["id"].(string)
	out, errOut, code = runCmd(t, "done", "--config", cfg, id[:8])
	if code != exitOK || !strings.Contains(out, id) {
		t.Fatalf("done %s: exit %d, out %q, err %q", id[:8], code, out, errOut)
	}
	out, _, _ = runCmd(t, "plan", "--config", cfg, "--json", "--at", "2026-03-12T00:00:00-04:00", "--until", "2026-03-31T00:00:00-04:00")
	if strings.Contains(out, id) {
		t.Errorf("plan still lists the reminder marked done:\n%s", out)
	}

	// Usage errors exit 2; bad times are named.
	if _, errOut, code := runCmd(t, "plan", "--config", cfg, "--at", "yesterday"); code != exitConfig || !strings.Contains(errOut, "RFC 3339") {
		t.Errorf("plan --at yesterday: exit %d, %q; want 2 and a hint", code, errOut)
	}
	if _, _, code := runCmd(t, "snooze", "--config", cfg, id[:8], "--for", "forever"); code != exitConfig {
		t.Errorf("snooze --for forever: exit %d, want 2", code)
	}
}
