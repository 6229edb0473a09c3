package engine

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

const (
	req  = domain.KindRequest
	conf = domain.KindConfirmation
	thx  = domain.KindThankYou
	upd  = domain.KindUpdate
	oth  = domain.KindOther
	decl = domain.KindDecline
)

func check(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s fired:\n%s\nwant:\n%s", what, join(got), join(want))
	}
}

// TestLifecycleThroughTheStore drives weeks of ticks over mail stored the
// way a sync stores it, and checks every reminder and due time.
func TestLifecycleThroughTheStore(t *testing.T) {
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	w.mail("2026-02-27T09:00:00-05:00", oth, rohan, me, also(dana)) // Rohan introduces us
	w.mail("2026-03-02T10:00:00-05:00", req, me, dana)
	check(t, "Mar 2", w.tick("2026-03-02T12:00:00-05:00"))
	check(t, "Mar 10 08:59", w.tick("2026-03-10T08:59:00-04:00"))
	check(t, "Mar 10 09:00", w.tick("2026-03-10T09:00:00-04:00"), "nudge dana@example.com 2026-03-10T09:00:00-04:00")
	check(t, "Mar 10 09:01 (again)", w.tick("2026-03-10T09:01:00-04:00"))

	w.mail("2026-03-10T11:00:00-04:00", req, me, dana) // the owner's bump
	w.mail("2026-03-11T14:00:00-04:00", req, dana, me) // she proposes times
	w.mail("2026-03-11T16:00:00-04:00", conf, me, dana, meeting("2026-03-19T15:00:00-04:00"))
	check(t, "Mar 11", w.tick("2026-03-11T16:01:00-04:00"))
	if got := w.statuses(dana); got["nudge fired"] != 1 || got["nudge cancelled"] != 1 {
		t.Errorf("after her answer: %v, want the fired nudge kept and the second withdrawn", got)
	}
	check(t, "Mar 17", w.tick("2026-03-17T09:00:00-04:00"))
	check(t, "Mar 18", w.tick("2026-03-18T09:00:00-04:00"), "confirm dana@example.com 2026-03-18T09:00:00-04:00")
	check(t, "Mar 19", w.tick("2026-03-19T18:00:00-04:00"), "thank dana@example.com 2026-03-19T18:00:00-04:00")
	check(t, "Mar 20", w.tick("2026-03-20T09:00:00-04:00"), "thank dana@example.com 2026-03-20T09:00:00-04:00")
	w.mail("2026-03-20T12:00:00-04:00", thx, me, dana)
	check(t, "Mar 20 noon", w.tick("2026-03-20T12:01:00-04:00"))
	check(t, "Mar 21", w.tick("2026-03-21T09:00:00-04:00"), "close-loop rohan@example.com 2026-03-21T09:00:00-04:00")
	check(t, "May 1", w.tick("2026-05-01T09:00:00-04:00"), "keep-in-touch dana@example.com 2026-05-01T09:00:00-04:00")

	ds, err := w.st.ListDeliveries(context.Background(), store.DeliveryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 12 { // 6 reminders x (email, desktop)
		t.Errorf("deliveries = %d, want 12", len(ds))
	}
	for _, d := range ds {
		if d.Status != store.DeliveryPending || d.Reminder.Why == "" || d.Reminder.Title == "" || d.PayloadErr != "" {
			t.Errorf("delivery %s/%s = %+v, want pending with why and title", d.ReminderID, d.Channel, d)
		}
	}
	if w.e.LastTick().IsZero() {
		t.Error("LastTick is zero after ticks")
	}
}

func TestDowntimeFiresLateOnceAndDropsStale(t *testing.T) {
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	w.mail("2026-03-02T10:00:00-05:00", req, me, dana)
	w.mail("2026-03-02T10:00:00-05:00", req, me, rohan)
	w.mail("2026-03-03T10:00:00-05:00", conf, rohan, me, meeting("2026-03-13T10:00:00-04:00"))
	check(t, "Mar 3", w.tick("2026-03-03T12:00:00-05:00"))
	// Closed until Mar 14 10:00: nudge 1 (Mar 10) fires late; rohan's
	// confirm (Mar 12) and first thank (Mar 13 13:00, superseded by the
	// repeat at Mar 14 09:00) are dropped; the repeat fires late.
	check(t, "Mar 14", w.tick("2026-03-14T10:00:00-04:00"),
		"nudge dana@example.com 2026-03-10T09:00:00-04:00 late",
		"thank rohan@example.com 2026-03-14T09:00:00-04:00 late")
	for _, want := range []string{"rule=confirm contact=rohan@example.com", "rule=thank contact=rohan@example.com due=2026-03-13T13:00:00-04:00"} {
		if !strings.Contains(w.log.String(), want) || !strings.Contains(w.log.String(), "reminder dropped") {
			t.Errorf("log lacks a dropped line with %q:\n%s", want, w.log.String())
		}
	}
	check(t, "Mar 14 again", w.tick("2026-03-14T10:01:00-04:00"))
	// Closed again until Mar 25: nudge 2 (Mar 17) expired on Mar 24.
	check(t, "Mar 25", w.tick("2026-03-25T10:00:00-04:00"))
	if got := w.statuses(dana); got["nudge dropped"] != 1 || got["nudge fired"] != 1 {
		t.Errorf("dana's reminders = %v, want one fired, one dropped", got)
	}
}

func TestDoneSnoozeMute(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	w.mail("2026-03-02T10:00:00-05:00", req, me, dana)
	w.mail("2026-03-02T10:00:00-05:00", req, me, rohan)
	w.tick("2026-03-02T12:00:00-05:00")
	fired, err := w.e.Tick(ctx, w.set("2026-03-10T09:00:00-04:00"))
	if err != nil || len(fired) != 2 {
		t.Fatalf("Tick = %v, %v; want two nudges", lines(fired), err)
	}
	if fired[0].Contact.Addr != dana {
		fired[0], fired[1] = fired[1], fired[0]
	}
	id, err := w.e.Done(ctx, fired[0].ID[:6])
	if err != nil || id != fired[0].ID {
		t.Fatalf("Done(prefix) = %q, %v; want %q", id, err, fired[0].ID)
	}
	// Snooze the waiting second nudge of the same contact to tomorrow noon.
	rs, _ := w.e.Reminders(ctx, store.ReminderFilter{Contacts: []string{fired[0].Contact.Addr}, Waiting: true})
	if len(rs) != 1 {
		t.Fatalf("waiting = %d, want the second nudge", len(rs))
	}
	w.set("2026-03-11T10:00:00-04:00")
	sid, until, err := w.e.Snooze(ctx, rs[0].ID, 2*time.Hour)
	if err != nil || sid != rs[0].ID || until.Format(time.RFC3339) != "2026-03-11T12:00:00-04:00" {
		t.Fatalf("Snooze = %q, %v, %v", sid, until, err)
	}
	// A recomputation (new mail from someone else) keeps the snooze.
	w.mail("2026-03-11T10:30:00-04:00", upd, "x@example.com", me)
	check(t, "Mar 11 11:59", w.tick("2026-03-11T11:59:00-04:00"))
	check(t, "Mar 11 12:00", w.tick("2026-03-11T12:00:00-04:00"), "nudge "+fired[0].Contact.Addr+" 2026-03-11T12:00:00-04:00")

	if err := w.e.Mute(ctx, "Rohan@Example.com"); err != nil {
		t.Fatal(err)
	}
	if got := w.statuses(rohan); got["nudge cancelled"] != 1 {
		t.Errorf("after mute rohan = %v, want his waiting nudge withdrawn", got)
	}
	check(t, "Mar 17 (muted)", w.tick("2026-03-17T09:00:00-04:00"))
	if err := w.e.Mute(ctx, "nobody@example.com"); !errors.Is(err, store.ErrUnknownContact) {
		t.Errorf("Mute(unknown) = %v, want ErrUnknownContact", err)
	}
	acts, _ := w.st.Actions(ctx, "")
	var kinds []string
	for _, a := range acts {
		kinds = append(kinds, a.Action)
	}
	if !slices.Equal(kinds, []string{"done", "snooze", "mute"}) {
		t.Errorf("actions = %v, want done, snooze, mute", kinds)
	}
}

func TestPlanJudgesAsOfAt(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, "2026-04-01T00:00:00-04:00")
	w.mail("2026-03-02T10:00:00-05:00", req, me, dana)
	w.mail("2026-03-12T10:00:00-04:00", upd, dana, me)
	plan := func(at, until string) []string {
		t.Helper()
		rs, err := w.e.Plan(ctx, ts(at), ts(until))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.ID == "" || r.Why == "" || r.Subject != "Coffee?" || r.ThreadID == 0 || r.Due.Location() != toronto {
				t.Errorf("plan entry %+v lacks id, why, subject, thread or zone", r)
			}
		}
		return lines(rs)
	}
	check(t, "plan at Mar 5", plan("2026-03-05T00:00:00-05:00", "2026-04-05T00:00:00-04:00"),
		"nudge dana@example.com 2026-03-10T09:00:00-04:00", "nudge dana@example.com 2026-03-17T09:00:00-04:00")
	check(t, "plan at Mar 10 09:00 (inclusive)", plan("2026-03-10T09:00:00-04:00", "2026-03-10T09:00:00-04:00"),
		"nudge dana@example.com 2026-03-10T09:00:00-04:00")
	check(t, "plan at Mar 11 (first is history)", plan("2026-03-11T00:00:00-04:00", "2026-04-05T00:00:00-04:00"),
		"nudge dana@example.com 2026-03-17T09:00:00-04:00")
	check(t, "plan at Mar 13 (she answered)", plan("2026-03-13T00:00:00-04:00", "2026-04-05T00:00:00-04:00"))
	if ds, _ := w.st.ListDeliveries(ctx, store.DeliveryFilter{}); len(ds) != 0 {
		t.Errorf("Plan queued %d deliveries, want none", len(ds))
	}
}

func TestReplayBackInTime(t *testing.T) {
	// The state was judged at Apr 1 (her answer counted); a replay then
	// ticks at Mar 10, when her answer was not yet written.
	w := newWorld(t, "2026-04-01T00:00:00-04:00")
	w.mail("2026-03-02T10:00:00-05:00", req, me, dana)
	w.mail("2026-03-12T10:00:00-04:00", upd, dana, me)
	if err := w.e.Recompute(context.Background(), []string{dana}); err != nil {
		t.Fatal(err)
	}
	if got := w.statuses(dana); len(got) != 0 {
		t.Fatalf("judged at Apr 1: %v, want nothing", got)
	}
	check(t, "Mar 10", w.tick("2026-03-10T09:00:00-04:00"), "nudge dana@example.com 2026-03-10T09:00:00-04:00")
	// Her answer becomes visible on Mar 12 and withdraws the second nudge.
	check(t, "Mar 17", w.tick("2026-03-17T09:00:00-04:00"))
}

func TestReclassificationAndIntroducerMail(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	w.mail("2026-02-27T09:00:00-05:00", oth, rohan, me, also(dana))
	w.mail("2026-03-02T10:00:00-05:00", req, me, dana)
	ooo := w.mail("2026-03-02T10:01:00-05:00", oth, dana, me) // out of office
	w.tick("2026-03-02T12:00:00-05:00")
	if got := w.statuses(dana); got["nudge pending"] != 2 {
		t.Fatalf("after an out-of-office: %v, want two waiting nudges", got)
	}
	// A better classifier says it was a real answer after all.
	stored, err := w.st.Message(ctx, "acct", ooo.MessageID)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.st.SetVerdicts(ctx, []store.VerdictUpdate{{ID: stored.ID, Verdict: domain.Verdict{Kind: upd}, Version: 2}}); err != nil {
		t.Fatal(err)
	}
	w.tick("2026-03-02T12:01:00-05:00")
	if got := w.statuses(dana); got["nudge cancelled"] != 2 {
		t.Fatalf("after reclassifying: %v, want both nudges withdrawn", got)
	}
	// Meeting, thank-you; then the owner writes to Rohan: close-loop withdrawn.
	w.mail("2026-03-03T11:00:00-05:00", conf, dana, me, meeting("2026-03-10T10:00:00-04:00"))
	w.mail("2026-03-10T15:00:00-04:00", thx, me, dana)
	w.tick("2026-03-10T15:01:00-04:00")
	if got := w.statuses(rohan); got["close-loop pending"] != 1 {
		t.Fatalf("after the thank-you: rohan %v, want a waiting close-loop", got)
	}
	w.mail("2026-03-10T17:00:00-04:00", upd, me, rohan)
	check(t, "Mar 11", w.tick("2026-03-11T09:00:00-04:00"))
	if got := w.statuses(rohan); got["close-loop cancelled"] != 1 {
		t.Fatalf("after writing to Rohan: %v, want the close-loop withdrawn", got)
	}
}

func TestRunTicksUntilCancelled(t *testing.T) {
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.e.Run(ctx) }()
	for w.e.LastTick().IsZero() {
		select {
		case err := <-done:
			t.Fatalf("Run returned early: %v", err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	if got := w.e.LastTick(); !got.Equal(w.clock()) {
		t.Errorf("LastTick = %v, want the clock's %v", got, w.clock())
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil after cancel", err)
	}
}

func TestBadRulesReported(t *testing.T) {
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	e := New(&Options{Store: w.st, Rules: []rulesSpec{{Name: "x", On: "lunch"}}})
	if _, err := e.Tick(context.Background(), w.clock()); err == nil {
		t.Error("Tick with bad rules = nil error")
	}
	if err := e.Run(context.Background()); err == nil {
		t.Error("Run with bad rules = nil error")
	}
}

func TestMailFoundAfterDowntimeDropsWhatExpired(t *testing.T) {
	w := newWorld(t, "2026-03-01T00:00:00-05:00")
	w.mail("2026-03-02T10:00:00-05:00", req, me, rohan)
	check(t, "Mar 2", w.tick("2026-03-02T12:00:00-05:00"))
	// Down until Mar 14; the sync then brings his Mar 3 confirmation.
	w.mail("2026-03-03T10:00:00-05:00", conf, rohan, me, meeting("2026-03-13T10:00:00-04:00"))
	check(t, "Mar 14", w.tick("2026-03-14T10:00:00-04:00"), "thank rohan@example.com 2026-03-14T09:00:00-04:00 late")
	if !strings.Contains(w.log.String(), "reminder dropped") || !strings.Contains(w.log.String(), "rule=confirm contact=rohan@example.com") {
		t.Errorf("log lacks the dropped confirm:\n%s", w.log.String())
	}
	if got := w.statuses(rohan); got["confirm dropped"] != 1 || got["thank dropped"] != 1 || got["thank fired"] != 1 {
		t.Errorf("rohan's reminders = %v, want confirm and first thank dropped, the repeat fired", got)
	}
}
