package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

func writeThreadsConfig(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "config.yaml")
	text := `me: {addresses: [me@example.com], timezone: America/New_York}
accounts: [{name: main, host: imap.example.com, username: me@example.com, password_env: FOLLOWUPD_TEST_UNUSED}]
store: {path: state.db}
`
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestThreadsCommand(t *testing.T) {
	dir := t.TempDir()
	cfg := writeThreadsConfig(t, dir)
	var out, errb bytes.Buffer
	if code := run([]string{"threads", "--config", cfg}, &out, &errb); code != exitFail || !strings.Contains(errb.String(), "no state file") {
		t.Errorf("before any sync: exit %d, stderr %q", code, errb.String())
	}

	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	isMe := func(a string) bool { return a == "me@example.com" }
	at := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	mk := func(uid uint32, id, irt string, dir domain.Direction, kind domain.Kind, d time.Time) store.NewMessage {
		m := domain.Message{MessageID: id, InReplyTo: irt, Date: d, Subject: "Coffee?", Direction: dir, Verdict: domain.Verdict{Kind: kind}}
		bob := domain.Address{Name: "Bob Jones", Addr: "bob@example.com"}
		if dir == domain.Sent {
			m.From, m.To = domain.Address{Addr: "me@example.com"}, []domain.Address{bob}
		} else {
			m.From, m.To = bob, []domain.Address{{Addr: "me@example.com"}}
		}
		return store.NewMessage{UID: uid, Msg: m, Counterparts: m.Participants(isMe), RawHeader: []byte(id)}
	}
	err = st.SaveBatch(ctx, "main", "INBOX", "inbox", store.FolderState{UIDValidity: 1, HighestUID: 2}, []store.NewMessage{
		mk(1, "a@x", "", domain.Sent, domain.KindRequest, at),
		mk(2, "b@x", "a@x", domain.Received, domain.KindConfirmation, at.Add(26*time.Hour)),
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}

	out.Reset()
	errb.Reset()
	if code := run([]string{"threads", "--config", cfg, "--json"}, &out, &errb); code != exitOK {
		t.Fatalf("threads --json: exit %d, stderr %s", code, errb.String())
	}
	var line map[string]any
	if err := json.Unmarshal(out.Bytes(), &line); err != nil {
		t.Fatalf("JSON line %q: %v", out.String(), err)
	}
	for k, want := range map[string]any{
		"account": "main", "contact": "bob@example.com", "contact_name": "Bob Jones", "subject": "Coffee?",
		"messages": 2.0, "last_kind": "confirmation", "muted": false,
		"last_sent": "2026-03-02T15:00:00Z", "last_received": "2026-03-03T17:00:00Z",
	} {
		if line[k] != want {
			t.Errorf("%s = %v, want %v", k, line[k], want)
		}
	}
	if _, ok := line["thread"].(float64); !ok {
		t.Errorf("thread = %v, want a number", line["thread"])
	}

	out.Reset()
	if code := run([]string{"threads", "--config", cfg}, &out, &errb); code != exitOK {
		t.Fatalf("threads: exit %d", code)
	}
	for _, want := range []string{"CONTACT", "Bob Jones <bob@example.com>", "Coffee?", "2026-03-02 10:00 request", "2026-03-03 12:00 confirmation", "to answer"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}

func TestThreadsBadConfig(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte("me: {timezone: Nowhere/Land}\naccounts: []\nbogus: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"threads", "--config", path}, &out, &errb)
	if code != exitConfig {
		t.Errorf("exit %d, want %d", code, exitConfig)
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if len(lines) < 4 {
		t.Errorf("want every problem printed, got:\n%s", errb.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, path+":") {
			t.Errorf("problem not located: %q", l)
		}
	}
	if code := run([]string{"threads", "--nope"}, &out, &errb); code != exitConfig {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}
