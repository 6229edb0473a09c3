package store

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/followupd/followupd/domain"
)

func threadOf(t *testing.T, s *Store, id string) int64 {
	t.Helper()
	m, err := s.Message(context.Background(), "acct", id)
	if err != nil {
		t.Fatal(err)
	}
	return m.ThreadID
}

func TestThreadByHeaders(t *testing.T) {
	s := openMsgStore(t)
	save(t, s, "Sent", 1, msg(1, "a@x", "bob@example.com", "Coffee?", day(0), domain.Sent, ""))
	// The reply changed the subject: headers win over subjects.
	save(t, s, "INBOX", 1, msg(1, "b@x", "bob@example.com", "Sure, Thursday", day(1), domain.Received, "a@x", "a@x"))
	// References only (In-Reply-To dropped).
	save(t, s, "Sent", 1, msg(2, "c@x", "bob@example.com", "Re: Sure", day(2), domain.Sent, "", "a@x", "b@x"))
	// Unrelated mail from the same person.
	save(t, s, "INBOX", 1, msg(2, "d@x", "bob@example.com", "Job ad", day(2), domain.Received, ""))
	ta := threadOf(t, s, "a@x")
	for _, id := range []string{"b@x", "c@x"} {
		if got := threadOf(t, s, id); got != ta {
			t.Errorf("thread of %s = %d, want %d (a@x's)", id, got, ta)
		}
	}
	if threadOf(t, s, "d@x") == ta {
		t.Error("unrelated d@x joined the coffee thread")
	}
	ts, err := s.Threads(context.Background(), "")
	if err != nil || len(ts) != 2 {
		t.Fatalf("Threads = %d, %v; want 2", len(ts), err)
	}
}

// Sent is often synced after INBOX: the replies arrive before the message
// they answer, and may name it only in References.
func TestLateParent(t *testing.T) {
	s := openMsgStore(t)
	save(t, s, "INBOX", 1,
		msg(1, "c@x", "bob@example.com", "Re: Re: Intro", day(2), domain.Received, "b@x", "a@x", "b@x"),
		msg(2, "b2@x", "bob@example.com", "Re: Intro", day(1), domain.Received, "a@x", "a@x"))
	save(t, s, "Sent", 1,
		msg(1, "a@x", "bob@example.com", "Intro", day(0), domain.Sent, ""),
		msg(2, "b@x", "bob@example.com", "Re: Intro", day(1), domain.Sent, "a@x", "a@x"))
	ta := threadOf(t, s, "a@x")
	for _, id := range []string{"b@x", "b2@x", "c@x"} {
		if got := threadOf(t, s, id); got != ta {
			t.Errorf("thread of %s = %d, want %d", id, got, ta)
		}
	}
	ts, err := s.Threads(context.Background(), "acct")
	if err != nil || len(ts) != 1 {
		t.Fatalf("Threads = %+v, %v; want exactly one", ts, err)
	}
	th := ts[0]
	if th.Messages != 4 || th.Subject != "Intro" || th.Contact.Addr != "bob@example.com" || !th.FirstAt.Equal(day(0)) {
		t.Errorf("summary = %+v", th)
	}
	if th.Last.MessageID != "c@x" || th.LastSent.MessageID != "b@x" || th.LastReceived.MessageID != "c@x" {
		t.Errorf("last messages = %+v / %+v / %+v", th.Last, th.LastSent, th.LastReceived)
	}

	// No subject or correspondent in common: only the ids link them. The
	// parent (an introduction from Carol) arrives after Dana's reply.
	save(t, s, "INBOX", 1, msg(3, "dana@x", "dana@example.com", "Great to meet you", day(5), domain.Received, "intro@x", "intro@x"))
	save(t, s, "INBOX", 1, msg(4, "intro@x", "carol@example.com", "Meet Dana", day(4), domain.Received, ""))
	if a, b := threadOf(t, s, "intro@x"), threadOf(t, s, "dana@x"); a != b {
		t.Errorf("late introduction in thread %d, its reply in %d", a, b)
	}
	ts, _ = s.Threads(context.Background(), "acct")
	for _, th := range ts {
		if th.Last.MessageID == "dana@x" && (th.Subject != "Meet Dana" || th.Contact.Addr != "carol@example.com") {
			t.Errorf("thread after its first message arrived late: subject %q, contact %q; want the introduction's", th.Subject, th.Contact.Addr)
		}
	}
}

// Two threads that turn out to be one conversation are merged, and
// reminders about the dropped one follow.
func TestThreadMerge(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	save(t, s, "INBOX", 1,
		msg(1, "x@x", "bob@example.com", "Part one", day(0), domain.Received, ""),
		msg(2, "y@x", "carol@example.com", "Part two", day(1), domain.Received, ""))
	tx, ty := threadOf(t, s, "x@x"), threadOf(t, s, "y@x")
	if tx == ty {
		t.Fatal("x and y share a thread before the merge")
	}
	if _, err := s.w.Exec(`INSERT INTO reminders (id, rule, contact, thread_id, due, created_at) VALUES ('r1', 'nudge', 'carol@example.com', ?, 0, 0)`, ty); err != nil {
		t.Fatal(err)
	}
	save(t, s, "INBOX", 1, msg(3, "z@x", "bob@example.com", "Both", day(2), domain.Received, "y@x", "x@x", "y@x"))
	keep := min(tx, ty)
	for _, id := range []string{"x@x", "y@x", "z@x"} {
		if got := threadOf(t, s, id); got != keep {
			t.Errorf("thread of %s = %d, want %d", id, got, keep)
		}
	}
	if c := count(t, s); c.Threads != 1 {
		t.Errorf("threads after merge = %d, want 1", c.Threads)
	}
	var rt int64
	if err := s.r.QueryRowContext(ctx, `SELECT thread_id FROM reminders WHERE id = 'r1'`).Scan(&rt); err != nil || rt != keep {
		t.Errorf("reminder thread = %d, %v; want %d", rt, err, keep)
	}
}

func TestThreadBySubjectFallback(t *testing.T) {
	s := openMsgStore(t)
	save(t, s, "Sent", 1, msg(1, "a@x", "bob@example.com", "Coffee next week?", day(0), domain.Sent, ""))
	// A client that drops In-Reply-To and References.
	save(t, s, "INBOX", 1,
		msg(1, "b@x", "Bob@Example.com", "AW: WG:  coffee NEXT week?", day(3), domain.Received, ""),
		msg(2, "c@x", "carol@example.com", "Re: Coffee next week?", day(3), domain.Received, ""),
		msg(3, "d@x", "bob@example.com", "Re: Coffee next week?", day(100), domain.Received, ""),
		msg(4, "e@x", "bob@example.com", "Re:", day(4), domain.Received, ""),
		msg(5, "f@x", "bob@example.com", "Re:", day(5), domain.Received, ""))
	ta := threadOf(t, s, "a@x")
	if threadOf(t, s, "b@x") != ta {
		t.Error("same subject and correspondent within 60 days: not threaded")
	}
	if threadOf(t, s, "c@x") == ta {
		t.Error("another correspondent joined by subject alone")
	}
	if threadOf(t, s, "d@x") == ta {
		t.Error("97 days later joined by subject alone")
	}
	if threadOf(t, s, "e@x") == threadOf(t, s, "f@x") {
		t.Error("empty subjects glued together")
	}
	// A subject-threaded message's id now threads its own replies.
	save(t, s, "Sent", 1, msg(2, "g@x", "bob@example.com", "Thursday", day(4), domain.Sent, "b@x"))
	if threadOf(t, s, "g@x") != ta {
		t.Error("reply to a subject-threaded message left the thread")
	}
}

func TestNormalizeSubject(t *testing.T) {
	for in, want := range map[string]string{
		"Re: Coffee?":                    "coffee?",
		"RE: Fwd:  Coffee?":              "coffee?",
		"AW: WG: Kaffee":                 "kaffee",
		"Antw: TR: SV: VS: Café":         "café",
		"Re[2]: Re(3): hello":            "hello",
		"[EXTERNAL] Re: Intro to Dana":   "intro to dana",
		"Fw: Fwd: re:   Many   spaces  ": "many spaces",
		"Regarding the job":              "regarding the job",
		"Re:":                            "",
		"RIF: R: ODP: RES: Ciao":         "ciao",
	} {
		if got := NormalizeSubject(in); got != want {
			t.Errorf("NormalizeSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

// Readers see consistent snapshots while one writer saves batches; run
// with -race.
func TestConcurrentReadersWhileWriting(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	const batches, per = 10, 40
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last := 0
			for {
				select {
				case <-done:
					return
				default:
				}
				ts, err := s.Threads(ctx, "")
				if err != nil {
					errs <- err
					return
				}
				n := 0
				for _, th := range ts {
					n += th.Messages
				}
				if n < last || n%per != 0 {
					errs <- fmt.Errorf("readers saw %d messages after %d: not a whole batch", n, last)
					return
				}
				last = n
				if _, err := s.FolderState(ctx, "acct", "INBOX"); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for b := 0; b < batches; b++ {
		var ms []NewMessage
		for i := 0; i < per; i++ {
			n := b*per + i
			ms = append(ms, msg(uint32(n+1), fmt.Sprintf("m%d@x", n), fmt.Sprintf("p%d@example.com", n%7), "Topic", day(n%30), domain.Received, ""))
		}
		save(t, s, "INBOX", 1, ms...)
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if c := count(t, s); c.Messages != batches*per {
		t.Errorf("messages = %d", c.Messages)
	}
}
