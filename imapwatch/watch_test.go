package imapwatch_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
)

// hangGuard bounds every wait in these tests. It is a guard against a hung
// test, not a speed assertion: speed is measured by the benchmarks.
const hangGuard = 60 * time.Second

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// idleTracker counts OnIdle calls per folder.
type idleTracker struct {
	mu sync.Mutex
	n  map[string]int
}

func (it *idleTracker) hook(folder string) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.n == nil {
		it.n = map[string]int{}
	}
	it.n[folder]++
}

func (it *idleTracker) count(folder string) int {
	it.mu.Lock()
	defer it.mu.Unlock()
	return it.n[folder]
}

// run starts w.Run and returns a stop function (also run at cleanup) that
// checks Run returned the context's error.
func run(t *testing.T, w *imapwatch.Watcher) func() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("Run returned %v, want context.Canceled", err)
				}
			case <-time.After(hangGuard):
				t.Errorf("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func TestIdleDeliversNewMailInInboxAndSent(t *testing.T) {
	s := dovecottest.Start(t, nil)
	deliverGen(t, s, "INBOX", 0, 5)
	sink := newMemSink()
	var idle idleTracker
	opt := testOptions(s, nil)
	opt.OnIdle = idle.hook
	opt.CatchUp = time.Hour // only IDLE can bring the new mail
	w := imapwatch.New(opt, sink)
	stop := run(t, w)
	waitFor(t, "both folders idling", func() bool { return idle.count("INBOX") > 0 && idle.count("Sent") > 0 })
	if sink.count("INBOX") != 5 {
		t.Fatalf("initial sync stored %d, want 5", sink.count("INBOX"))
	}
	s.Append(t, "INBOX", dovecottest.Generate(100, 0))
	waitFor(t, "the appended INBOX message", func() bool { return sink.count("INBOX") == 6 })
	s.Append(t, "Sent", dovecottest.Generate(101, 0))
	waitFor(t, "the appended Sent message", func() bool { return sink.count("Sent") == 1 })
	if err := s.DeliverMaildir("INBOX", dovecottest.Generate(102, 0), time.Time{}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the Maildir-delivered message", func() bool { return sink.count("INBOX") == 7 })
	st := w.Status()
	if !st.Connected || st.LastErr != nil || st.Progress == 0 {
		t.Errorf("Status = %+v, want connected, no error, progress", st)
	}
	stop()
	if w.Status().Connected {
		t.Errorf("still Connected after Run returned")
	}
	checkClean(t, sink)
}

func TestKillDuringInitialSync(t *testing.T) {
	s := dovecottest.Start(t, nil)
	const n = 1500
	deliverGen(t, s, "INBOX", 0, n)
	deliverGen(t, s, "Sent", 5000, 5100)
	sink := newMemSink()
	var once sync.Once
	restarted := make(chan struct{})
	sink.onApply = func(folder string, msgs []imapwatch.Fetched) {
		if folder == "INBOX" && len(msgs) > 0 {
			// Mid-sync: kill Dovecot, and bring it back a little later.
			once.Do(func() {
				s.Kill()
				go func() {
					time.Sleep(300 * time.Millisecond)
					s.Restart(t)
					close(restarted)
				}()
			})
		}
	}
	var idle idleTracker
	opt := testOptions(s, nil)
	opt.BatchSize = 100
	opt.OnIdle = idle.hook
	w := imapwatch.New(opt, sink)
	run(t, w)
	waitFor(t, "the restart", func() bool {
		select {
		case <-restarted:
			return true
		default:
			return false
		}
	})
	waitFor(t, "the sync to finish after the restart", func() bool { return sink.count("INBOX") == n && sink.count("Sent") == 100 })
	if got, want := sink.keys("INBOX"), genKeys(0, n); !slices.Equal(got, want) {
		t.Errorf("INBOX: %d keys, want exactly the %d of a clean sync", len(got), len(want))
	}
	if got, want := sink.keys("Sent"), genKeys(5000, 5100); !slices.Equal(got, want) {
		t.Errorf("Sent: %d keys, want exactly the %d of a clean sync", len(got), len(want))
	}
	checkClean(t, sink)
	waitFor(t, "watching again", func() bool { return w.Status().Connected })
}

func TestKillDuringIdle(t *testing.T) {
	s := dovecottest.Start(t, nil)
	deliverGen(t, s, "INBOX", 0, 10)
	sink := newMemSink()
	var idle idleTracker
	logs := &logBuf{}
	opt := testOptions(s, logs)
	opt.OnIdle = idle.hook
	opt.CatchUp = time.Hour
	w := imapwatch.New(opt, sink)
	run(t, w)
	waitFor(t, "idling", func() bool { return idle.count("INBOX") == 1 && idle.count("Sent") == 1 })
	s.Kill()
	waitFor(t, "the watcher to notice", func() bool { return !w.Status().Connected })
	// Mail that arrives while the server is down is found by the catch-up
	// from the stored UID, not by IDLE.
	deliverGen(t, s, "INBOX", 10, 20)
	deliverGen(t, s, "Sent", 900, 903)
	s.Restart(t)
	waitFor(t, "the catch-up after the restart", func() bool { return sink.count("INBOX") == 20 && sink.count("Sent") == 3 })
	waitFor(t, "idling again", func() bool { return idle.count("INBOX") >= 2 && idle.count("Sent") >= 2 })
	s.Append(t, "INBOX", dovecottest.Generate(20, 0))
	waitFor(t, "IDLE after the restart", func() bool { return sink.count("INBOX") == 21 })
	if got, want := sink.keys("INBOX"), genKeys(0, 21); !slices.Equal(got, want) {
		t.Errorf("INBOX: %v, want %v", got, want)
	}
	checkClean(t, sink)
	if st := w.Status(); st.LastErr != nil {
		t.Errorf("LastErr = %v after recovery, want nil", st.LastErr)
	}
	if c := strings.Count(logs.String(), "level=WARN"); c == 0 {
		t.Errorf("no warning logged for the lost connection:\n%s", logs.String())
	}
}

func TestUIDValidityChange(t *testing.T) {
	s := dovecottest.Start(t, nil)
	deliverGen(t, s, "INBOX", 0, 40)
	deliverGen(t, s, "Sent", 100, 130)
	sink := newMemSink()
	w := imapwatch.New(testOptions(s, nil), sink)
	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	oldInbox, oldSent := sink.state("INBOX"), sink.state("Sent")

	// Sent is rebuilt while the watcher runs; INBOX while it does not.
	var idle idleTracker
	opt := testOptions(s, nil)
	opt.OnIdle = idle.hook
	opt.CatchUp = 500 * time.Millisecond
	w = imapwatch.New(opt, sink)
	stop := run(t, w)
	waitFor(t, "idling", func() bool { return idle.count("Sent") > 0 })
	newSent := s.RecreateMailbox(t, "Sent")
	waitFor(t, "Sent rescanned", func() bool { return sink.state("Sent").UIDValidity == newSent && sink.count("Sent") == 30 })
	stop()
	newInbox := s.RecreateMailbox(t, "INBOX")
	if err := imapwatch.New(testOptions(s, nil), sink).SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := sink.state("INBOX"); st.UIDValidity != newInbox || st.UIDValidity == oldInbox.UIDValidity || st.HighestUID != 40 {
		t.Errorf("INBOX state %+v, want UIDVALIDITY %d (was %d), highest UID 40", st, newInbox, oldInbox.UIDValidity)
	}
	if newSent == oldSent.UIDValidity {
		t.Fatalf("Sent UIDVALIDITY did not change")
	}
	if sink.resets["INBOX"] != 1 || sink.resets["Sent"] != 1 {
		t.Errorf("ResetFolder calls = %v, want one per folder", sink.resets)
	}
	if got, want := sink.keys("INBOX"), genKeys(0, 40); !slices.Equal(got, want) {
		t.Errorf("INBOX after rescan: %d keys, want %d", len(got), len(want))
	}
	if got, want := sink.keys("Sent"), genKeys(100, 130); !slices.Equal(got, want) {
		t.Errorf("Sent after rescan: %d keys, want %d", len(got), len(want))
	}
	if n := len(sink.msgs); n != 70 {
		t.Errorf("sink holds %d distinct messages, want 70 (no duplicates, none lost)", n)
	}
	checkClean(t, sink)
}
