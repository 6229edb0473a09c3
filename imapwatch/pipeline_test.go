package imapwatch_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
)

// failOn makes Apply fail for any chunk holding uid, times times (-1:
// always), with an error that is not the network's.
func failOn(uid uint32, times int) (func(string, []imapwatch.Fetched) error, func() int) {
	var mu sync.Mutex
	n := 0
	fail := func(_ string, msgs []imapwatch.Fetched) error {
		for _, m := range msgs {
			if m.UID != uid {
				continue
			}
			mu.Lock()
			defer mu.Unlock()
			if times >= 0 && n >= times {
				return nil
			}
			n++
			return errors.New("sink rejects this message")
		}
		return nil
	}
	return fail, func() int { mu.Lock(); defer mu.Unlock(); return n }
}

// checkPrefix checks that the folder holds exactly UIDs 1..HighestUID
// except skipped ones: what was applied is a prefix, in order.
func checkPrefix(t *testing.T, sink *memSink, folder string, skipped ...uint32) {
	t.Helper()
	st := sink.state(folder)
	sink.mu.Lock()
	defer sink.mu.Unlock()
	for uid := uint32(1); uid <= st.HighestUID; uid++ {
		_, ok := sink.uids[folder][uid]
		want := !containsUID(skipped, uid)
		if ok != want {
			t.Errorf("%s: uid %d stored %v, want %v (state %+v)", folder, uid, ok, want, st)
		}
	}
	for uid := range sink.uids[folder] {
		if uid > st.HighestUID {
			t.Errorf("%s: uid %d stored above the saved highest UID %d", folder, uid, st.HighestUID)
		}
	}
}

func containsUID(list []uint32, u uint32) bool {
	for _, x := range list {
		if x == u {
			return true
		}
	}
	return false
}

// TestApplyFailureStopsThePass fails the Sink in the middle of a batch
// while later chunks are being fetched: the pass must stop with the error,
// keep exactly the chunks applied before the failure (with the state that
// covers them), and the next pass must finish without gap or duplicate.
func TestApplyFailureStopsThePass(t *testing.T) {
	s := dovecottest.Start(t, nil)
	const n = 300
	deliverGen(t, s, "INBOX", 0, n)
	sink := newMemSink()
	fail, failures := failOn(150, 1)
	sink.failNext = fail
	opt := testOptions(s, nil)
	opt.Sent = "-"
	opt.BatchSize = 100
	opt.BatchBytes = 64 << 10 // a few messages per chunk: many hand-overs
	w := imapwatch.New(opt, sink)
	err := w.SyncOnce(context.Background())
	if err == nil || !strings.Contains(err.Error(), "sink rejects this message") || !strings.Contains(err.Error(), "uid 101-200") {
		t.Fatalf("SyncOnce = %v, want the Sink's error for batch 101-200", err)
	}
	if st := sink.state("INBOX"); st.HighestUID >= 150 || st.HighestUID < 100 {
		t.Errorf("after the failure the state is at uid %d, want within [100, 150)", st.HighestUID)
	}
	checkPrefix(t, sink, "INBOX")
	checkClean(t, sink)

	if err := w.SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if failures() != 1 {
		t.Errorf("Apply failed %d times, want 1", failures())
	}
	if st := sink.state("INBOX"); st.HighestUID != n || sink.count("INBOX") != n {
		t.Errorf("after the retry: state at %d, %d stored, want %d and %d", st.HighestUID, sink.count("INBOX"), n, n)
	}
	if got, want := sink.keys("INBOX"), genKeys(0, n); !slices.Equal(got, want) {
		t.Errorf("INBOX holds %d keys, want the %d of a clean sync", len(got), len(want))
	}
	checkPrefix(t, sink, "INBOX")
	checkClean(t, sink)
}

// TestApplyPoisonSkipped: a message the Sink always rejects is found by
// the poison tracker (two batch failures, then one UID at a time, then two
// failures alone) and skipped; every other message is stored once, in
// order, one message per chunk so the pipeline hands over every message.
func TestApplyPoisonSkipped(t *testing.T) {
	s := dovecottest.Start(t, nil)
	const n, bad = 300, 150
	deliverGen(t, s, "INBOX", 0, n)
	sink := newMemSink()
	fail, failures := failOn(bad, -1)
	sink.failNext = fail
	logs := &logBuf{}
	opt := testOptions(s, logs)
	opt.Sent = "-"
	opt.BatchSize = 100
	opt.BatchBytes = 1
	w := imapwatch.New(opt, sink)
	var errs []error
	for range 10 {
		err := w.SyncOnce(context.Background())
		if err == nil {
			break
		}
		errs = append(errs, err)
		checkPrefix(t, sink, "INBOX")
	}
	if len(errs) != 4 || failures() != 4 {
		t.Fatalf("%d failed passes, %d failed Applies (%v), want 4 and 4: two for the batch, two for the UID alone", len(errs), failures(), errs)
	}
	for i, e := range errs[2:] {
		if !strings.Contains(e.Error(), "uid 150-150") {
			t.Errorf("failure %d = %v, want uid 150 alone", i+3, e)
		}
	}
	if st := sink.state("INBOX"); st.HighestUID != n || sink.count("INBOX") != n-1 {
		t.Errorf("state at %d with %d stored, want %d with %d", st.HighestUID, sink.count("INBOX"), n, n-1)
	}
	checkPrefix(t, sink, "INBOX", bad)
	if !strings.Contains(logs.String(), "skipping a message that cannot be fetched") || !strings.Contains(logs.String(), "uid=150") {
		t.Errorf("no log line names the skipped uid 150:\n%s", logs.String())
	}
	checkClean(t, sink)
}

// prepSink is a memSink that is also a Preparer: Prepare notes what it saw
// of each message, and Apply checks that every message it gets was
// prepared and comes without its parts.
type prepSink struct {
	*memSink
	mu       sync.Mutex
	prepared map[uint32]int      // uid -> Prepare calls
	notes    map[uint32]prepNote // uid -> what the last Prepare saw
	errs     []string
}

type prepNote struct {
	parts int
	bytes int
}

func noteOf(m *imapwatch.Fetched) prepNote {
	n := prepNote{parts: len(m.Parts), bytes: len(m.Header)}
	for _, p := range m.Parts {
		n.bytes += len(p.Body)
	}
	return n
}

func newPrepSink() *prepSink {
	return &prepSink{memSink: newMemSink(), prepared: map[uint32]int{}, notes: map[uint32]prepNote{}}
}

func (s *prepSink) Prepare(_, _ string, _ imapwatch.Role, m *imapwatch.Fetched) any {
	n := noteOf(m)
	s.mu.Lock()
	s.prepared[m.UID]++
	s.notes[m.UID] = n
	s.mu.Unlock()
	return n
}

func (s *prepSink) Apply(ctx context.Context, account, folder string, role imapwatch.Role, st imapwatch.FolderState, msgs []imapwatch.Fetched) error {
	s.mu.Lock()
	for i := range msgs {
		if got, want := msgs[i].Prepared, s.notes[msgs[i].UID]; got != want {
			s.errs = append(s.errs, fmt.Sprintf("%s uid %d: Prepared %+v, want %+v", folder, msgs[i].UID, got, want))
		}
		if msgs[i].Parts != nil {
			s.errs = append(s.errs, fmt.Sprintf("%s uid %d: prepared message still has its parts", folder, msgs[i].UID))
		}
	}
	s.mu.Unlock()
	return s.memSink.Apply(ctx, account, folder, role, st, msgs)
}

// TestPrepareSeesEveryCompleteMessage syncs odd and ordinary mail into a
// Preparer: each message is prepared exactly once, from the same parts a
// plain Sink gets, and reaches Apply prepared, in order and with no gap.
func TestPrepareSeesEveryCompleteMessage(t *testing.T) {
	s := dovecottest.Start(t, nil)
	for _, raw := range badMessages {
		if err := s.DeliverMaildir("INBOX", []byte(raw), time.Time{}); err != nil {
			t.Fatal(err)
		}
	}
	deliverGen(t, s, "INBOX", 0, 200)
	opt := testOptions(s, nil)
	opt.Sent = "-"
	opt.BatchSize = 50
	opt.BatchBytes = 128 << 10
	plain := newMemSink()
	if err := imapwatch.New(opt, plain).SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	sink := newPrepSink()
	if err := imapwatch.New(opt, sink).SyncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	n := len(badMessages) + 200
	if sink.count("INBOX") != n || plain.count("INBOX") != n {
		t.Fatalf("stored %d and %d messages, want %d", sink.count("INBOX"), plain.count("INBOX"), n)
	}
	sink.mu.Lock()
	defer sink.mu.Unlock()
	for _, e := range sink.errs {
		t.Error(e)
	}
	if len(sink.prepared) != n {
		t.Errorf("prepared %d messages, want %d", len(sink.prepared), n)
	}
	for uid, c := range sink.prepared {
		if c != 1 {
			t.Errorf("uid %d prepared %d times, want once", uid, c)
		}
	}
	plain.mu.Lock()
	for uid, key := range plain.uids["INBOX"] {
		m := plain.msgs[key]
		if got, want := sink.notes[uid], noteOf(&m); got != want {
			t.Errorf("uid %d: prepared from %+v, want the whole message %+v", uid, got, want)
		}
	}
	plain.mu.Unlock()
	checkPrefix(t, sink.memSink, "INBOX")
	checkClean(t, sink.memSink)
}

// TestPrepareKillDuringInitialSync kills Dovecot while messages are being
// prepared: the pass ends (no worker left behind, -race), and the sync
// completes after the restart with every message once.
func TestPrepareKillDuringInitialSync(t *testing.T) {
	s := dovecottest.Start(t, nil)
	const n = 1000
	deliverGen(t, s, "INBOX", 0, n)
	sink := newPrepSink()
	var once sync.Once
	restarted := make(chan struct{})
	sink.onApply = func(folder string, msgs []imapwatch.Fetched) {
		if len(msgs) > 0 {
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
	opt := testOptions(s, nil)
	opt.Sent = "-"
	opt.BatchSize = 100
	opt.BatchBytes = 256 << 10
	w := imapwatch.New(opt, sink)
	stop := run(t, w)
	waitFor(t, "the restart", func() bool {
		select {
		case <-restarted:
			return true
		default:
			return false
		}
	})
	waitFor(t, "the sync to finish after the restart", func() bool { return sink.count("INBOX") == n })
	stop()
	if got, want := sink.keys("INBOX"), genKeys(0, n); !slices.Equal(got, want) {
		t.Errorf("INBOX: %d keys, want exactly the %d of a clean sync", len(got), len(want))
	}
	sink.mu.Lock()
	for _, e := range sink.errs {
		t.Error(e)
	}
	sink.mu.Unlock()
	checkPrefix(t, sink.memSink, "INBOX")
	checkClean(t, sink.memSink)
}
