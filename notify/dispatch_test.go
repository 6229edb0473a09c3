package notify

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// addDue writes r and one delivery per channel, due at r.Due, the way the
// rule engine does when a reminder fires.
func addDue(t testing.TB, s *store.Store, r *domain.Reminder, channels ...string) {
	t.Helper()
	if err := InsertReminderForTest(context.Background(), s, r, channels...); err != nil {
		t.Fatal(err)
	}
}

func deliveryOf(t *testing.T, s *store.Store, id, ch string) store.Delivery {
	t.Helper()
	d, ok, err := s.DeliveryStatus(context.Background(), id, ch)
	if err != nil || !ok {
		t.Fatalf("delivery %s/%s: %v, %v", id, ch, ok, err)
	}
	return d
}

func reminderN(i int) *domain.Reminder {
	r := dana()
	r.ID = fmt.Sprintf("r%02d", i)
	return r
}

// fakeChannel is a Channel of function fields.
type fakeChannel struct {
	name string
	send func(ctx context.Context, r *domain.Reminder, d Delivery) error
	mu   sync.Mutex
	sent []string // reminder ids, in order
}

func (c *fakeChannel) Name() string { return c.name }
func (c *fakeChannel) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	var err error
	if c.send != nil {
		err = c.send(ctx, r, d)
	}
	if err == nil {
		c.mu.Lock()
		c.sent = append(c.sent, r.ID)
		c.mu.Unlock()
	}
	return err
}
func (c *fakeChannel) sends() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.sent...)
}

// fakeMail is a MailChannel over a fakeMailbox.
type fakeMail struct {
	fakeChannel
	mb *fakeMailbox
}

func (c *fakeMail) MessageID(d Delivery) string { return MessageID(d.ReminderID, d.Fire, c.name, "") }
func (c *fakeMail) Delivered(ctx context.Context, id string) (bool, error) {
	return c.mb.Contains(ctx, FolderInbox, id)
}

func TestDispatcherDeliversEachOnce(t *testing.T) {
	st := openStore(t)
	a, b := &fakeChannel{name: "a"}, &fakeChannel{name: "b"}
	for i := range 3 {
		addDue(t, st, reminderN(i), "a", "b", "unconfigured")
	}
	d := New(&Options{Store: st, Channels: []Channel{a, b}, Clock: clock})
	n, err := d.DeliverDue(context.Background(), testNow)
	if err != nil || n != 6 {
		t.Fatalf("DeliverDue = %d, %v; want 6", n, err)
	}
	n, err = d.DeliverDue(context.Background(), testNow.Add(time.Hour))
	if err != nil || n != 0 {
		t.Fatalf("second DeliverDue = %d, %v; want 0", n, err)
	}
	if got := strings.Join(a.sends(), ","); got != "r00,r01,r02" {
		t.Errorf("channel a sent %s", got)
	}
	if got := len(b.sends()); got != 3 {
		t.Errorf("channel b sent %d", got)
	}
	if d := deliveryOf(t, st, "r01", "a"); d.Status != store.DeliverySent || d.Attempts != 1 {
		t.Errorf("r01/a = %s after %d attempts", d.Status, d.Attempts)
	}
	if d := deliveryOf(t, st, "r01", "unconfigured"); d.Status != store.DeliveryPending || d.Attempts != 0 {
		t.Errorf("a delivery to a channel not configured was touched: %+v", d)
	}
}

func TestDispatcherBrokenChannelDoesNotHoldOthersBack(t *testing.T) {
	st := openStore(t)
	const n = 5
	allFast := make(chan struct{})
	var fastCount int
	var mu sync.Mutex
	hung := &fakeChannel{name: "hung", send: func(ctx context.Context, _ *domain.Reminder, _ Delivery) error {
		<-ctx.Done() // a server that never answers
		return ctx.Err()
	}}
	fast := &fakeChannel{name: "fast", send: func(context.Context, *domain.Reminder, Delivery) error {
		mu.Lock()
		defer mu.Unlock()
		if fastCount++; fastCount == n {
			close(allFast)
		}
		return nil
	}}
	for i := range n {
		addDue(t, st, reminderN(i), "hung", "fast")
	}
	d := New(&Options{Store: st, Channels: []Channel{hung, fast}, Clock: clock, SendTimeout: time.Hour, Batch: 2})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- d.Run(ctx) }()
	select {
	case <-allFast:
	case <-time.After(60 * time.Second):
		t.Fatal("the fast channel was held back by the hung one")
	}
	cancel()
	dctx, dcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer dcancel()
	if err := d.Drain(dctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Drain = %v, want the deadline (the hung send had to be cancelled)", err)
	}
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
	// The hung send was interrupted: its row is pending with the attempt
	// recorded, so the next run looks before sending again.
	h := deliveryOf(t, st, "r00", "hung")
	if h.Status != store.DeliveryPending || h.Attempts != 1 || !strings.Contains(h.LastError, "interrupted by shutdown") {
		t.Errorf("hung delivery after Drain = %+v", h)
	}
}

func TestDispatcherRetriesWithBackoff(t *testing.T) {
	st := openStore(t)
	fails := 2
	ch := &fakeChannel{name: "c", send: func(context.Context, *domain.Reminder, Delivery) error {
		if fails > 0 {
			fails--
			return errors.New("connection refused")
		}
		return nil
	}}
	addDue(t, st, dana(), "c")
	now := testNow
	d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: func() time.Time { return now },
		Backoff: Backoff{Min: time.Minute, Max: 10 * time.Minute}, Rand: func() float64 { return 0 }})
	pass := func(at time.Time) int {
		now = at
		n, err := d.DeliverDue(context.Background(), at)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if pass(testNow) != 0 {
		t.Fatal("delivered on a failing channel")
	}
	del := deliveryOf(t, st, dana().ID, "c")
	if del.Status != store.DeliveryPending || !del.NextAttempt.Equal(testNow.Add(time.Minute)) || del.LastError != "connection refused" {
		t.Fatalf("after the first failure: %+v", del)
	}
	if pass(testNow.Add(59*time.Second)) != 0 || len(ch.sends()) != 0 {
		t.Fatal("retried before the backoff")
	}
	if pass(testNow.Add(time.Minute)) != 0 {
		t.Fatal("second attempt should fail too")
	}
	del = deliveryOf(t, st, dana().ID, "c")
	if want := testNow.Add(3 * time.Minute); !del.NextAttempt.Equal(want) {
		t.Fatalf("after the second failure next = %v, want %v (doubled)", del.NextAttempt, want)
	}
	if pass(testNow.Add(3*time.Minute)) != 1 {
		t.Fatal("third attempt should deliver")
	}
	if del = deliveryOf(t, st, dana().ID, "c"); del.Status != store.DeliverySent || del.Attempts != 3 || del.LastError != "" {
		t.Errorf("after success: %+v", del)
	}
}

func TestBackoffCappedAndJittered(t *testing.T) {
	b := Backoff{Min: time.Second, Max: time.Minute}
	for attempt := 1; attempt < 100; attempt++ {
		hi := b.Delay(attempt, 0)
		lo := b.Delay(attempt, 0.999)
		if hi > time.Minute || lo < hi/2 || lo > hi {
			t.Fatalf("attempt %d: delays %v..%v, want within [max/2, max] and at most 1m", attempt, lo, hi)
		}
	}
	if got := b.Delay(3, 0); got != 4*time.Second {
		t.Errorf("Delay(3) = %v, want 4s", got)
	}
}

func TestDispatcherPermanentAndRetryAfter(t *testing.T) {
	st := openStore(t)
	perm := &fakeChannel{name: "perm", send: func(context.Context, *domain.Reminder, Delivery) error {
		return Permanent(errors.New("550 no such user"))
	}}
	later := &fakeChannel{name: "later", send: func(context.Context, *domain.Reminder, Delivery) error {
		return RetryAfter(errors.New("no session bus"), 10*time.Minute)
	}}
	skip := &fakeChannel{name: "skip", send: func(context.Context, *domain.Reminder, Delivery) error {
		return fmt.Errorf("draft: %w", ErrSkip)
	}}
	addDue(t, st, dana(), "perm", "later", "skip")
	d := New(&Options{Store: st, Channels: []Channel{perm, later, skip}, Clock: clock, Rand: func() float64 { return 0 }})
	if _, err := d.DeliverDue(context.Background(), testNow); err != nil {
		t.Fatal(err)
	}
	if p := deliveryOf(t, st, dana().ID, "perm"); p.Status != store.DeliveryFailed || p.LastError != "550 no such user" {
		t.Errorf("permanent failure recorded as %+v", p)
	}
	if l := deliveryOf(t, st, dana().ID, "later"); l.Status != store.DeliveryPending || !l.NextAttempt.Equal(testNow.Add(10*time.Minute)) {
		t.Errorf("RetryAfter recorded as %+v", l)
	}
	if s := deliveryOf(t, st, dana().ID, "skip"); s.Status != store.DeliverySent || s.MessageID != "" {
		t.Errorf("skip recorded as %+v", s)
	}
	// A failed delivery is never claimed again.
	if n, _ := d.DeliverDue(context.Background(), testNow.Add(24*time.Hour)); n != 0 {
		t.Errorf("DeliverDue a day later = %d", n)
	}
}

func TestDispatcherLogsAnErrorOnce(t *testing.T) {
	st := openStore(t)
	var buf bytes.Buffer
	failWith := "dial tcp: connection refused"
	ch := &fakeChannel{name: "c", send: func(context.Context, *domain.Reminder, Delivery) error {
		if failWith == "" {
			return nil
		}
		return errors.New(failWith)
	}}
	for i := range 5 {
		addDue(t, st, reminderN(i), "c")
	}
	now := testNow
	d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: func() time.Time { return now },
		Log: slog.New(slog.NewTextHandler(&buf, nil)), Backoff: Backoff{Min: time.Minute, Max: time.Minute}, Rand: func() float64 { return 0 }})
	step := func(msg string) {
		failWith = msg
		now = now.Add(time.Minute)
		if _, err := d.DeliverDue(context.Background(), now); err != nil {
			t.Fatal(err)
		}
	}
	step("dial tcp: connection refused")
	step("dial tcp: connection refused")
	step("tls: handshake failure")
	step("")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	var fails, recovered, delivered int
	for _, l := range lines {
		switch {
		case strings.Contains(l, "delivery attempt failed"):
			fails++
		case strings.Contains(l, "channel works again"):
			recovered++
		case strings.Contains(l, "reminder delivered"):
			delivered++
		}
	}
	if fails != 2 || recovered != 1 || delivered != 5 {
		t.Errorf("log has %d failure lines (want 2: one per distinct error, for 15 failed attempts), %d recoveries (want 1), %d deliveries (want 5):\n%s", fails, recovered, delivered, buf.String())
	}
}

func TestDispatcherLooksBeforeResending(t *testing.T) {
	for _, already := range []bool{true, false} {
		t.Run(fmt.Sprintf("already=%v", already), func(t *testing.T) {
			st := openStore(t)
			mb := &fakeMailbox{}
			ch := &fakeMail{fakeChannel: fakeChannel{name: "inbox"}, mb: mb}
			addDue(t, st, dana(), "inbox")
			// A previous process claimed the row and maybe sent, then died.
			if _, err := st.ClaimDeliveries(context.Background(), testNow, 10, 5*time.Minute); err != nil {
				t.Fatal(err)
			}
			if already {
				mb.put(FolderInbox, ch.MessageID(Delivery{ReminderID: dana().ID}))
			}
			d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: clock, Lease: 5 * time.Minute})
			if n, _ := d.DeliverDue(context.Background(), testNow.Add(time.Minute)); n != 0 {
				t.Fatal("claimed during the dead process's lease")
			}
			n, err := d.DeliverDue(context.Background(), testNow.Add(5*time.Minute))
			if err != nil || n != 1 {
				t.Fatalf("DeliverDue after the lease = %d, %v", n, err)
			}
			sends := len(ch.sends())
			if already && sends != 0 {
				t.Errorf("sent again although the message was there")
			}
			if !already && sends != 1 {
				t.Errorf("sent %d times, want 1 (the lookup found nothing)", sends)
			}
			if got := strings.Join(mb.searched, ","); got != "inbox" {
				t.Errorf("lookups = %q, want one in inbox", got)
			}
			del := deliveryOf(t, st, dana().ID, "inbox")
			if del.Status != store.DeliverySent || del.MessageID != ch.MessageID(Delivery{ReminderID: dana().ID}) {
				t.Errorf("delivery = %+v", del)
			}
		})
	}
}

func TestDispatcherLookupFailureDoesNotSendBlind(t *testing.T) {
	st := openStore(t)
	mb := &fakeMailbox{err: errors.New("imap: connection reset")}
	ch := &fakeMail{fakeChannel: fakeChannel{name: "inbox"}, mb: mb}
	addDue(t, st, dana(), "inbox")
	if _, err := st.ClaimDeliveries(context.Background(), testNow, 10, time.Minute); err != nil {
		t.Fatal(err)
	}
	d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: clock, Lease: time.Minute})
	if _, err := d.DeliverDue(context.Background(), testNow.Add(3*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if len(ch.sends()) != 0 {
		t.Error("sent although the lookup failed")
	}
	del := deliveryOf(t, st, dana().ID, "inbox")
	if del.Status != store.DeliveryPending || !strings.Contains(del.LastError, "look for an earlier copy") {
		t.Errorf("delivery = %+v", del)
	}
}

func TestDispatcherDrainWaitsForSendInFlight(t *testing.T) {
	st := openStore(t)
	started, release := make(chan struct{}), make(chan struct{})
	ch := &fakeChannel{name: "c", send: func(context.Context, *domain.Reminder, Delivery) error {
		close(started)
		<-release
		return nil
	}}
	addDue(t, st, dana(), "c")
	d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: clock})
	ctx, cancel := context.WithCancel(context.Background())
	runDone := make(chan error)
	go func() { runDone <- d.Run(ctx) }()
	<-started
	cancel() // phase one: stop taking work
	drained := make(chan error)
	go func() { drained <- d.Drain(context.Background()) }()
	close(release) // the send in flight completes
	if err := <-drained; err != nil {
		t.Errorf("Drain = %v", err)
	}
	<-runDone
	if del := deliveryOf(t, st, dana().ID, "c"); del.Status != store.DeliverySent {
		t.Errorf("the send in flight was not recorded: %+v", del)
	}
	if _, err := d.DeliverDue(context.Background(), testNow); !errors.Is(err, errDraining) {
		t.Errorf("DeliverDue after Drain = %v, want %v", err, errDraining)
	}
}

func TestAnnounceSkipsMailboxChannels(t *testing.T) {
	console := &fakeChannel{name: "console"}
	inbox := NewInbox(&InboxOptions{Mailbox: &fakeMailbox{}, Owner: owner})
	d := New(&Options{Store: openStore(t), Channels: []Channel{console, inbox}})
	r := &domain.Reminder{ID: "health:imap:1", Rule: "health", Title: "followupd cannot reach your mailbox since 09:14: authentication failed"}
	if err := d.Announce(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	if got := console.sends(); len(got) != 1 {
		t.Errorf("console got %v", got)
	}
	if inbox.opt.Mailbox.(*fakeMailbox).appended != 0 {
		t.Error("Announce used the mailbox it is reporting as down")
	}
}

// InsertReminderForTest writes a reminder and its pending deliveries. The
// rule engine owns this write in the daemon; tests here need their own.
func InsertReminderForTest(ctx context.Context, s *store.Store, r *domain.Reminder, channels ...string) error {
	payload, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO reminders (id, rule, contact, contact_name, thread_id, subject, due, why, created_at, payload)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.Rule, r.Contact.Addr, r.Contact.Name, r.ThreadID, r.Subject, r.Due.Unix(), r.Why, r.Due.Unix(), string(payload)); err != nil {
			return err
		}
		for _, c := range channels {
			if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (reminder_id, channel, next_attempt) VALUES (?, ?, ?)`, r.ID, c, r.Due.Unix()); err != nil {
				return err
			}
		}
		return nil
	})
}

// A snoozed reminder fires again (the rule engine resets its deliveries and
// counts the fire): the new message must not be mistaken for the first one,
// neither by the owner's client (same Message-ID = a hidden duplicate) nor
// by the lookup after a crash (which would then skip the second message).
func TestRefiredReminderIsANewMessage(t *testing.T) {
	st := openStore(t)
	mb := &fakeMailbox{}
	ch := &fakeMail{fakeChannel: fakeChannel{name: "inbox"}, mb: mb}
	ch.send = func(_ context.Context, _ *domain.Reminder, d Delivery) error {
		mb.put(FolderInbox, ch.MessageID(d))
		return nil
	}
	addDue(t, st, dana(), "inbox")
	exec := func(q string) {
		t.Helper()
		if err := st.Tx(context.Background(), func(tx *sql.Tx) error { _, err := tx.Exec(q); return err }); err != nil {
			t.Fatal(err)
		}
	}
	exec(`UPDATE reminders SET fires = 1`)
	d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: clock, Lease: time.Minute})
	if n, err := d.DeliverDue(context.Background(), testNow); n != 1 || err != nil {
		t.Fatalf("first fire: %d, %v", n, err)
	}
	// Snoozed for a day, fired again (what store.FireDue does).
	exec(`UPDATE reminders SET fires = 2`)
	exec(`UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt = 0, message_id = '', sent_at = 0`)
	// ...and the process dies after claiming it.
	if _, err := st.ClaimDeliveries(context.Background(), testNow.Add(24*time.Hour), 10, time.Minute); err != nil {
		t.Fatal(err)
	}
	if n, err := d.DeliverDue(context.Background(), testNow.Add(24*time.Hour+time.Minute)); n != 1 || err != nil {
		t.Fatalf("second fire: %d, %v", n, err)
	}
	first := MessageID(dana().ID, 1, "inbox", "")
	second := MessageID(dana().ID, 2, "inbox", "")
	if got := mb.folders[FolderInbox]; len(got) != 2 || got[0] != first || got[1] != second {
		t.Errorf("INBOX = %v, want %s then %s", got, first, second)
	}
	if del := deliveryOf(t, st, dana().ID, "inbox"); del.MessageID != second || del.Fire != 2 {
		t.Errorf("delivery = %+v", del)
	}
}

// A row that waited in its batch past the lease may belong to another
// claimer by now: it is left alone, not sent by both.
func TestDispatcherLeavesRowsWhoseLeaseRanOut(t *testing.T) {
	st := openStore(t)
	now := testNow
	ch := &fakeChannel{name: "c", send: func(context.Context, *domain.Reminder, Delivery) error {
		now = now.Add(150 * time.Second) // a slow server
		return nil
	}}
	addDue(t, st, reminderN(0), "c")
	addDue(t, st, reminderN(1), "c")
	d := New(&Options{Store: st, Channels: []Channel{ch}, Clock: func() time.Time { return now },
		Lease: 3 * time.Minute, SendTimeout: time.Minute, Batch: 2})
	if n, err := d.DeliverDue(context.Background(), testNow); n != 1 || err != nil {
		t.Fatalf("DeliverDue = %d, %v; want only the first row sent", n, err)
	}
	// The first send took 2.5 of the 3 leased minutes; the second row could
	// have finished past its lease.
	ch.send = func(context.Context, *domain.Reminder, Delivery) error { return nil }
	now = now.Add(2 * time.Minute)
	if del := deliveryOf(t, st, "r01", "c"); del.Status != store.DeliveryPending || del.Attempts != 1 {
		t.Fatalf("left row = %+v", del)
	}
	if n, err := d.DeliverDue(context.Background(), testNow.Add(3*time.Minute)); n != 1 || err != nil {
		t.Fatalf("next pass = %d, %v", n, err)
	}
	if got := strings.Join(ch.sends(), ","); got != "r00,r01" {
		t.Errorf("sends = %s", got)
	}
}

func TestHealthNotice(t *testing.T) {
	down := testFmt.HealthNotice(Health{What: "reach your mailbox", Since: testNow.Add(-46 * time.Minute), Cause: "authentication failed"}, testNow)
	if got := testFmt.Subject(down, testNow); got != "followupd cannot reach your mailbox since 08:14: authentication failed" {
		t.Errorf("down notice = %q", got)
	}
	up := testFmt.HealthNotice(Health{What: "reach your mailbox", Since: testNow.Add(-46 * time.Minute), Recovered: true}, testNow)
	if got := testFmt.Subject(up, testNow); got != "followupd can reach your mailbox again" || up.ID == down.ID {
		t.Errorf("up notice = %q (id %s, down id %s)", got, up.ID, down.ID)
	}
}
