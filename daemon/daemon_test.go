package daemon

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/message"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

const owner = "alex@rivera.example"

// openTest opens a daemon on a fresh state file; nothing connects.
func openTest(t *testing.T, now *time.Time) *Daemon {
	t.Helper()
	dir := t.TempDir()
	text := fmt.Sprintf(`me: {name: Alex Rivera, addresses: [%s], timezone: America/New_York}
accounts:
  - {name: test, host: 127.0.0.1, port: 1, tls: none, username: alex, password_env: FOLLOWUPD_UNUSED}
store: {path: %s}
notify:
  console: {}
`, owner, filepath.Join(dir, "state.db"))
	cfg, err := config.Parse(filepath.Join(dir, "config.yaml"), []byte(text))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	d, err := Open(context.Background(), &Options{Config: cfg, Rules: rules.Defaults(), Clock: func() time.Time { return *now }})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func raw(from, to, subject, id, inReplyTo, date, body string) []byte {
	h := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s>\r\nDate: %s\r\n", from, to, subject, id, date)
	if inReplyTo != "" {
		h += fmt.Sprintf("In-Reply-To: <%s>\r\nReferences: <%s>\r\n", inReplyTo, inReplyTo)
	}
	return []byte(h + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)
}

// fetched splits a raw message the way the watcher hands it over.
func fetched(uid uint32, b []byte) imapwatch.Fetched {
	i := len(b)
	for j := 0; j+3 < len(b); j++ {
		if string(b[j:j+4]) == "\r\n\r\n" {
			i = j + 4
			break
		}
	}
	return imapwatch.Fetched{UID: uid, Header: b[:i], Parts: []message.Part{{Type: "text/plain", Charset: "utf-8", Body: b[i:]}}}
}

// Stored mail judged by an older classifier is judged again at start, from
// what the store kept, without touching the server (the account in this
// config does not even exist).
func TestReclassifyWithoutDownload(t *testing.T) {
	now := time.Date(2026, 9, 1, 12, 0, 0, 0, time.UTC)
	d := openTest(t, &now)
	ctx := context.Background()
	b := raw("Dana Whitfield <dana@tessellate.example>", owner, "Re: coffee", "c1@tessellate.example", "", "Tue, 01 Sep 2026 10:00:00 -0400",
		"Thursday at 3pm works for me, see you at Blue Bottle!\r\n")
	f := fetched(1, b)
	m, err := message.Build(f.Header, f.Parts)
	if err != nil {
		t.Fatal(err)
	}
	old := store.NewMessage{
		UID: 1, Msg: domainMessage("test", m, time.Time{}, domain.Verdict{Kind: domain.KindOther, Why: "an old classifier"}),
		Counterparts: []domain.Address{{Addr: "dana@tessellate.example"}},
		RawHeader:    m.RawHeader, Text: m.Text, ClassifierVersion: classify.Version - 1,
	}
	if err := d.Store().SaveBatch(ctx, "test", "INBOX", "inbox", store.FolderState{UIDValidity: 7, HighestUID: 1}, []store.NewMessage{old}); err != nil {
		t.Fatal(err)
	}
	if err := d.Reclassify(ctx); err != nil {
		t.Fatalf("Reclassify: %v", err)
	}
	got, err := d.Store().Message(ctx, "test", "c1@tessellate.example")
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 9, 3, 15, 0, 0, 0, time.FixedZone("", -4*3600))
	if got.Kind != domain.KindConfirmation || !got.MeetingAt.Equal(want) {
		t.Errorf("after Reclassify: kind %s, meeting %v; want confirmation at %v", got.Kind, got.MeetingAt, want)
	}
	stale, err := d.Store().StaleVerdicts(ctx, classify.Version, 10)
	if err != nil || len(stale) != 0 {
		t.Errorf("StaleVerdicts after Reclassify = %d rows, %v; want none", len(stale), err)
	}
}

// Replying "done" to a reminder email marks that reminder done; "snooze 2d"
// postpones it.
func TestReplyCommands(t *testing.T) {
	now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	d := openTest(t, &now)
	ctx := context.Background()
	sink := d.sink
	// The owner asks two people for a meeting; nobody answers.
	ask := func(uid uint32, who, id string) imapwatch.Fetched {
		return fetched(uid, raw("Alex Rivera <"+owner+">", who, "20 minutes?", id, "", "Tue, 01 Sep 2026 09:00:00 -0400",
			"Hi, would you have 20 minutes for a call in the coming weeks? I am moving into product management.\r\n"))
	}
	err := sink.Apply(ctx, "test", "Sent", imapwatch.RoleSent, imapwatch.FolderState{UIDValidity: 1, HighestUID: 2},
		[]imapwatch.Fetched{ask(1, "marcus@ledgerly.example", "a1@rivera.example"), ask(2, "kwame@corvid.example", "a2@rivera.example")})
	if err != nil {
		t.Fatal(err)
	}
	now = time.Date(2026, 9, 9, 13, 5, 0, 0, time.UTC) // 09:05 in New York, a week later
	fired, err := d.engine.Tick(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(fired) != 2 {
		t.Fatalf("Tick fired %d reminders, want the two nudges", len(fired))
	}
	byContact := map[string]string{}
	for _, r := range fired {
		byContact[r.Contact.Addr] = r.ID
	}
	reply := func(uid uint32, id, body string) imapwatch.Fetched {
		msgid := notify.MessageID(id, 1, "email", "")
		return fetched(uid, raw("Alex Rivera <"+owner+">", "followupd <"+owner+">", "Re: nudge", fmt.Sprintf("r%d@rivera.example", uid), msgid,
			"Wed, 09 Sep 2026 09:30:00 -0400", body+"\r\n\r\n> No answer from Marcus Bell: nudge?\r\n"))
	}
	err = sink.Apply(ctx, "test", "Sent", imapwatch.RoleSent, imapwatch.FolderState{UIDValidity: 1, HighestUID: 4}, []imapwatch.Fetched{
		reply(3, byContact["marcus@ledgerly.example"], "done"),
		reply(4, byContact["kwame@corvid.example"], "snooze 2d"),
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := d.engine.Reminders(ctx, store.ReminderFilter{IDs: []string{byContact["marcus@ledgerly.example"], byContact["kwame@corvid.example"]}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		switch r.Contact.Addr {
		case "marcus@ledgerly.example":
			if r.Status != "done" {
				t.Errorf("after replying done: status %q, want done", r.Status)
			}
		case "kwame@corvid.example":
			if r.Status != "snoozed" || r.Due.Sub(now) < 47*time.Hour {
				t.Errorf("after replying snooze 2d: status %q due %v, want snoozed about two days after %v", r.Status, r.Due, now)
			}
		}
	}
	if len(rows) != 2 {
		t.Errorf("Reminders returned %d rows, want 2", len(rows))
	}
}

// Two daemons on one state file would deliver twice on the channels that
// cannot look a delivery up: the second one is refused.
func TestOneDaemonPerStateFile(t *testing.T) {
	now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	d := openTest(t, &now)
	unlock, err := lockStore(d.Store().Path())
	if err != nil {
		t.Fatalf("first lock: %v", err)
	}
	defer unlock()
	second, err := Open(context.Background(), &d.opt)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	err = second.Run(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "another followupd is running") {
		t.Errorf("second Run = %v, want the lock refused", err)
	}
}
