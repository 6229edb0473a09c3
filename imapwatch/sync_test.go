package imapwatch_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
)

// logBuf is a concurrency-safe log capture.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func testOptions(s *dovecottest.Server, log *logBuf) *imapwatch.Options {
	var w interface{ Write([]byte) (int, error) } = log
	if log == nil {
		w = &logBuf{}
	}
	return &imapwatch.Options{
		Account:    "test",
		Conn:       s.ImapOptions(),
		Log:        slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug})),
		BackoffMin: 20 * time.Millisecond,
		BackoffMax: 200 * time.Millisecond,
	}
}

func deliverGen(t testing.TB, s *dovecottest.Server, folder string, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		if err := s.DeliverMaildir(folder, dovecottest.Generate(i, 200<<10), time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
}

func genKeys(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, dovecottest.GenID(i))
	}
	slices.Sort(out)
	return out
}

func checkClean(t *testing.T, sink *memSink) {
	t.Helper()
	if v := sink.violations(); len(v) > 0 {
		t.Errorf("sink contract violations:\n%s", strings.Join(v, "\n"))
	}
}

func TestInitialAndIncrementalSync(t *testing.T) {
	s := dovecottest.Start(t, nil)
	deliverGen(t, s, "INBOX", 0, 120)
	deliverGen(t, s, "Sent", 1000, 1030)
	sink := newMemSink()
	opt := testOptions(s, nil)
	opt.BatchSize = 50 // several batches
	w := imapwatch.New(opt, sink)
	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := sink.keys("INBOX"), genKeys(0, 120); !slices.Equal(got, want) {
		t.Fatalf("INBOX holds %d messages, want %d", len(got), len(want))
	}
	if got, want := sink.keys("Sent"), genKeys(1000, 1030); !slices.Equal(got, want) {
		t.Fatalf("Sent holds %d messages, want %d", len(got), len(want))
	}
	if sink.roles["Sent"] != imapwatch.RoleSent || sink.roles["INBOX"] != imapwatch.RoleInbox {
		t.Errorf("roles = %v", sink.roles)
	}
	st := sink.state("INBOX")
	if st.HighestUID != 120 || st.UIDValidity == 0 || st.HighestModSeq == 0 {
		t.Errorf("INBOX state = %+v, want highest UID 120, UIDVALIDITY and MODSEQ set", st)
	}

	deliverGen(t, s, "INBOX", 120, 125)
	deliverGen(t, s, "Sent", 1030, 1031)
	applies := sink.applies
	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := sink.count("INBOX"); got != 125 {
		t.Errorf("INBOX holds %d after the incremental sync, want 125", got)
	}
	if got := sink.count("Sent"); got != 31 {
		t.Errorf("Sent holds %d after the incremental sync, want 31", got)
	}
	if sink.applies-applies != 2 {
		t.Errorf("incremental sync made %d Apply calls, want 2 (one per folder)", sink.applies-applies)
	}
	// Nothing new: no Apply at all.
	applies = sink.applies
	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if sink.applies != applies {
		t.Errorf("a sync with nothing new made %d Apply calls", sink.applies-applies)
	}
	checkClean(t, sink)
	if st := w.Status(); st.LastErr != nil || st.LastSuccess.IsZero() || st.Messages != 156 {
		t.Errorf("Status = %+v, want no error, a success time and 156 messages", st)
	}
}

func TestPartsFetched(t *testing.T) {
	s := dovecottest.Start(t, nil)
	var ids = map[dovecottest.Shape]int{}
	for i := 0; len(ids) < 4; i++ {
		if _, ok := ids[dovecottest.GenShape(i)]; !ok {
			ids[dovecottest.GenShape(i)] = i
			deliverGen(t, s, "INBOX", i, i+1)
		}
	}
	sink := newMemSink()
	w := imapwatch.New(testOptions(s, nil), sink)
	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := map[dovecottest.Shape][]string{
		dovecottest.ShapePlain:       {"text/plain"},
		dovecottest.ShapeAlternative: {"text/plain", "text/html"},
		dovecottest.ShapeAttachment:  {"text/plain", "text/html"},
		dovecottest.ShapeInvite:      {"text/plain", "text/calendar", "text/calendar"},
	}
	for shape, i := range ids {
		m, ok := sink.get(dovecottest.GenID(i))
		if !ok {
			t.Errorf("shape %d: message %d not stored", shape, i)
			continue
		}
		var types []string
		for _, p := range m.Parts {
			types = append(types, p.Type)
			if p.Type != "text/calendar" && p.Charset != "utf-8" {
				t.Errorf("shape %d: part %s charset %q, want utf-8", shape, p.Type, p.Charset)
			}
			if len(p.Body) == 0 || len(p.Body) > 64<<10 {
				t.Errorf("shape %d: part %s has %d bytes", shape, p.Type, len(p.Body))
			}
		}
		if !slices.Equal(types, want[shape]) {
			t.Errorf("shape %d: parts %v, want %v", shape, types, want[shape])
		}
		if !bytes.Contains(m.Header, []byte("Message-ID: <"+dovecottest.GenID(i)+">")) || bytes.Contains(m.Header, []byte("\r\n\r\n--")) {
			t.Errorf("shape %d: header block wrong: %q", shape, m.Header)
		}
		if m.Size == 0 || m.InternalDate.IsZero() {
			t.Errorf("shape %d: size %d date %v", shape, m.Size, m.InternalDate)
		}
	}
	inv, _ := sink.get(dovecottest.GenID(ids[dovecottest.ShapeInvite]))
	if len(inv.Parts) == 3 && (!bytes.Contains(inv.Parts[1].Body, []byte("BEGIN:VCALENDAR")) || inv.Parts[2].Encoding != "base64") {
		t.Errorf("invite parts = %q / %q (%s)", inv.Parts[1].Body, inv.Parts[2].Body, inv.Parts[2].Encoding)
	}
	att, _ := sink.get(dovecottest.GenID(ids[dovecottest.ShapeAttachment]))
	if att.Size < 100<<10 {
		t.Errorf("attachment message size %d, want > 100 KB", att.Size)
	}
	if st := w.Status(); st.Bytes > uint64(att.Size) {
		t.Errorf("fetched %d bytes in all, more than the attachment message alone (%d)", st.Bytes, att.Size)
	}
	_ = fmt.Sprint
}
