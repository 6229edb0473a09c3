package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

// simulate runs weeks of simulated time in steps, the way the engine does:
// at each step it judges the mail dated before now, and fires every
// reminder whose due time has come and that has not fired yet. Mail
// appears when its date is reached. It returns "rule contact due" lines in
// firing order.
func simulate(t *testing.T, zone *time.Location, from, until string, step time.Duration, contact string, msgs, related []domain.Message) []string {
	t.Helper()
	set := defaultSet(t)
	fired := map[string]bool{}
	var out []string
	for now := ts(from); !now.After(ts(until)); now = now.Add(step) {
		in := &Input{
			Owner: Owner{IsMe: isMe, Zone: zone}, Now: now,
			Contact: &Contact{Addr: addr(contact), Messages: msgs},
			Related: map[string]*Contact{},
		}
		for _, x := range set.Introducers(in) {
			in.Related[x] = &Contact{Addr: addr(x), Messages: related}
		}
		for _, r := range set.Evaluate(in) {
			if r.Due.After(now) || fired[r.ID] {
				continue
			}
			if !r.Expires.After(now) {
				t.Errorf("%s: %s due %s expired before a step reached it", now, r.Rule, r.Due)
			}
			fired[r.ID] = true
			out = append(out, fmt.Sprintf("%s %s %s", r.Rule, r.Contact.Addr, r.Due.Format(time.RFC3339)))
		}
	}
	return out
}

func TestScenarioWholeLifecycle(t *testing.T) {
	intro := recv("2026-02-27T09:00:00-05:00", oth, rohan, subject("Intro: Me <> Dana"))
	intro.To = []domain.Address{addr(me), addr(dana)}
	msgs := []domain.Message{
		intro,
		sent("2026-03-02T10:00:00-05:00", req, dana),                                          // ask
		sent("2026-03-10T11:00:00-04:00", req, dana),                                          // the owner's bump after the nudge
		recv("2026-03-11T14:00:00-04:00", req, dana),                                          // she proposes times
		sent("2026-03-11T16:00:00-04:00", conf, dana, meetingAt("2026-03-19T15:00:00-04:00")), // fixed
		sent("2026-03-20T12:00:00-04:00", thx, dana),                                          // thanked after one reminder and its repeat
	}
	got := simulate(t, toronto, "2026-03-01T00:00:00-05:00", "2026-05-02T00:00:00-04:00", 15*time.Minute, dana, msgs, nil)
	want := []string{
		"nudge dana@example.com 2026-03-10T09:00:00-04:00",
		"confirm dana@example.com 2026-03-18T09:00:00-04:00",
		"thank dana@example.com 2026-03-19T18:00:00-04:00",
		"thank dana@example.com 2026-03-20T09:00:00-04:00",
		"close-loop rohan@example.com 2026-03-21T09:00:00-04:00",
		"keep-in-touch dana@example.com 2026-05-01T09:00:00-04:00",
	}
	if !slices.Equal(got, want) {
		t.Errorf("fired:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestScenarioDeclineStopsNudges(t *testing.T) {
	msgs := []domain.Message{
		sent("2026-10-20T10:00:00+02:00", req, dana),
		recv("2026-10-29T10:00:00+01:00", decl, dana),
	}
	got := simulate(t, berlin, "2026-10-20T00:00:00+02:00", "2026-11-30T00:00:00+01:00", time.Hour, dana, msgs, nil)
	want := []string{"nudge dana@example.com 2026-10-28T09:00:00+01:00"}
	if !slices.Equal(got, want) {
		t.Errorf("fired:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestScenarioMovedMeetingAcrossDST(t *testing.T) {
	// Fixed for Fri Oct 30, moved on Oct 28 to Mon Nov 2 (after the US
	// switch); the owner answers the confirm on Nov 1, thanks on Nov 3.
	msgs := []domain.Message{
		sent("2026-10-19T10:00:00-04:00", req, dana),
		recv("2026-10-20T10:00:00-04:00", conf, dana, meetingAt("2026-10-30T10:00:00-04:00")),
		recv("2026-10-28T10:00:00-04:00", conf, dana, meetingAt("2026-11-02T09:30:00-05:00")),
		sent("2026-11-01T10:00:00-05:00", conf, dana, meetingAt("2026-11-02T09:30:00-05:00")),
		sent("2026-11-03T08:30:00-05:00", thx, dana),
	}
	got := simulate(t, toronto, "2026-10-19T00:00:00-04:00", "2026-11-10T00:00:00-05:00", 30*time.Minute, dana, msgs, nil)
	want := []string{
		"confirm dana@example.com 2026-11-01T09:00:00-05:00",
		"thank dana@example.com 2026-11-02T12:30:00-05:00",
	}
	if !slices.Equal(got, want) {
		t.Errorf("fired:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestScenarioConnector(t *testing.T) {
	// Dana asks the owner; the owner accepts; confirm yes, thank no.
	msgs := []domain.Message{
		recv("2026-06-01T10:00:00-04:00", req, dana),
		sent("2026-06-01T12:00:00-04:00", conf, dana, meetingAt("2026-06-05T11:00:00-04:00")),
	}
	got := simulate(t, toronto, "2026-06-01T00:00:00-04:00", "2026-06-20T00:00:00-04:00", time.Hour, dana, msgs, nil)
	want := []string{"confirm dana@example.com 2026-06-04T09:00:00-04:00"}
	if !slices.Equal(got, want) {
		t.Errorf("fired:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
