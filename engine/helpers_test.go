package engine

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

const (
	me    = "me@example.com"
	dana  = "dana@example.com"
	rohan = "rohan@example.com"
)

var toronto = func() *time.Location {
	z, err := time.LoadLocation("America/Toronto")
	if err != nil {
		panic(err)
	}
	return z
}()

var names = map[string]string{me: "Me Myself", dana: "Dana Whitfield", rohan: "Rohan Mehta"}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// world is a store, an engine on it with a settable clock, and its log.
type world struct {
	t   testing.TB
	st  *store.Store
	e   *Engine
	mu  sync.Mutex
	now time.Time
	log *bytes.Buffer
	uid uint32
}

func newWorld(t testing.TB, start string) *world {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := &world{t: t, st: st, now: ts(start), log: &bytes.Buffer{}}
	w.e = New(&Options{
		Store: st, Zone: toronto, Me: []string{me}, Channels: []string{"email", "desktop"},
		Log:   slog.New(slog.NewTextHandler(syncWriter{w}, nil)),
		Clock: w.clock,
	})
	return w
}

type syncWriter struct{ w *world }

func (s syncWriter) Write(p []byte) (int, error) {
	s.w.mu.Lock()
	defer s.w.mu.Unlock()
	return s.w.log.Write(p)
}

func (w *world) clock() time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.now
}

func (w *world) set(s string) time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.now = ts(s)
	return w.now
}

type mopt func(*domain.Message)

func meeting(at string) mopt { return func(m *domain.Message) { m.MeetingAt = ts(at) } }
func also(a string) mopt {
	return func(m *domain.Message) { m.To = append(m.To, domain.Address{Name: names[a], Addr: a}) }
}

// mail stores one classified message through SaveBatch, as a sync would.
func (w *world) mail(date string, kind domain.Kind, from, to string, opts ...mopt) domain.Message {
	w.t.Helper()
	w.uid++
	id := fmt.Sprintf("m%d@example.com", w.uid)
	m := domain.Message{
		MessageID: id, Date: ts(date), Subject: "Coffee?",
		From: domain.Address{Name: names[from], Addr: from}, To: []domain.Address{{Name: names[to], Addr: to}},
		Direction: domain.Received, Verdict: domain.Verdict{Kind: kind},
	}
	folder, role := "INBOX", "inbox"
	if from == me {
		m.Direction, folder, role = domain.Sent, "Sent", "sent"
	}
	for _, o := range opts {
		o(&m)
	}
	nm := store.NewMessage{UID: w.uid, Msg: m, Counterparts: m.Participants(func(a string) bool { return a == me }),
		RawHeader: []byte("Message-ID: <" + id + ">\r\n\r\n"), Text: "text", ClassifierVersion: 1}
	err := w.st.SaveBatch(context.Background(), "acct", folder, role,
		store.FolderState{UIDValidity: 1, HighestUID: w.uid}, []store.NewMessage{nm})
	if err != nil {
		w.t.Fatal(err)
	}
	return m
}

// tick runs a tick at s and returns "rule contact due late" lines.
func (w *world) tick(s string) []string {
	w.t.Helper()
	fired, err := w.e.Tick(context.Background(), w.set(s))
	if err != nil {
		w.t.Fatal(err)
	}
	return lines(fired)
}

func lines(rs []domain.Reminder) []string {
	var out []string
	for _, r := range rs {
		l := fmt.Sprintf("%s %s %s", r.Rule, r.Contact.Addr, r.Due.Format(time.RFC3339))
		if r.Late {
			l += " late"
		}
		out = append(out, l)
	}
	return out
}

func (w *world) statuses(contact string) map[string]int {
	w.t.Helper()
	rs, err := w.st.Reminders(context.Background(), store.ReminderFilter{Contacts: []string{contact}})
	if err != nil {
		w.t.Fatal(err)
	}
	out := map[string]int{}
	for _, r := range rs {
		st := r.Status
		if st == store.ReminderPending && !r.FiredAt.IsZero() {
			st = "fired"
		}
		out[r.Rule+" "+st]++
	}
	return out
}

func join(ss []string) string { return strings.Join(ss, "\n") }

type rulesSpec = rules.Spec
