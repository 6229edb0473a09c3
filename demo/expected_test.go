package demo

import (
	"bytes"
	"net/mail"
	"testing"
	"time"
)

// TestExpectedRemindersCoverEveryRule: all five default rules fire, in due
// order, inside the timeline, at the hours the rules allow.
func TestExpectedRemindersCoverEveryRule(t *testing.T) {
	for _, start := range starts(t) {
		rs := ExpectedReminders(start)
		if len(rs) != 12 {
			t.Errorf("%v: %d reminders, want 12", start, len(rs))
		}
		rules := map[string]int{}
		for i, r := range rs {
			rules[r.Rule]++
			if i > 0 && r.Due.Before(rs[i-1].Due) {
				t.Errorf("%v: %s %s due %v before the previous one", start, r.Rule, r.Contact, r.Due)
			}
			if r.Due.Before(start) || !r.Due.Before(End(start)) {
				t.Errorf("%v: %s %s due %v outside the timeline", start, r.Rule, r.Contact, r.Due)
			}
			if r.Due.Location().String() != OwnerZone {
				t.Errorf("%s %s: due %v not in %s", r.Rule, r.Contact, r.Due, OwnerZone)
			}
		}
		want := map[string]int{"nudge": 3, "confirm": 4, "thank": 3, "keep-in-touch": 1, "close-loop": 1}
		for rule, n := range want {
			if rules[rule] != n {
				t.Errorf("%v: %d %s reminders, want %d", start, rules[rule], rule, n)
			}
		}
	}
}

// TestExpectedRemindersMatchTheSeed works each due time out a second way,
// from the seed messages of the reminder's thread rather than from the day
// numbers written in ExpectedReminders, so that editing a template's date
// without the oracle (or the other way round) fails here.
func TestExpectedRemindersMatchTheSeed(t *testing.T) {
	for _, start := range starts(t) {
		msgs := Seed(start)
		ny := mustZone(OwnerZone)
		nineOn := func(t time.Time, days int) time.Time {
			y, m, d := t.In(ny).Date()
			return time.Date(y, m, d+days, 9, 0, 0, 0, ny)
		}
		for _, r := range ExpectedReminders(start) {
			var thread []SeedMessage
			for _, m := range msgs {
				if m.Thread == r.Thread && m.At.Before(r.Due) {
					thread = append(thread, m)
				}
			}
			var meeting time.Time // the latest fixed meeting
			var firstRequest, lastThanks, last time.Time
			for _, m := range thread {
				if sender(t, m) != r.Contact && !involves(t, m, r.Contact) {
					continue
				}
				switch {
				case !m.WantMeeting.IsZero():
					meeting = m.WantMeeting
				case m.WantKind == "request" && m.Folder == FolderSent && firstRequest.IsZero():
					firstRequest = m.At
				case m.WantKind == "thank_you" && m.Folder == FolderSent:
					lastThanks = m.At
				}
				if m.WantKind != "other" {
					last = m.At
				}
			}
			var want []time.Time
			switch r.Rule {
			case "nudge":
				n := firstRequest.In(ny).AddDate(0, 0, 7)
				first := nineOn(n, 0)
				if first.Before(n) {
					first = nineOn(n, 1)
				}
				want = []time.Time{first, nineOn(first, 7)}
			case "confirm":
				want = []time.Time{nineOn(meeting, -1)}
			case "thank":
				first := meeting.Add(3 * time.Hour).In(ny)
				if h := first.Hour(); h >= 21 || h < 8 {
					y, m, d := first.Date()
					if h >= 21 {
						d++
					}
					first = time.Date(y, m, d, 8, 0, 0, 0, ny)
				}
				want = []time.Time{first, nineOn(first, 1)}
			case "keep-in-touch":
				want = []time.Time{nineOn(last, 42)}
			case "close-loop":
				// The contact is the introducer; the thank-you went to the
				// introduced person, in the same thread.
				for _, m := range thread {
					if m.WantKind == "thank_you" && m.Folder == FolderSent {
						lastThanks = m.At
					}
				}
				want = []time.Time{nineOn(lastThanks, 1)}
			}
			ok := false
			for _, w := range want {
				ok = ok || w.Equal(r.Due)
			}
			if !ok {
				t.Errorf("%s: %s %s due %v; from the seed it would be one of %v", start.Format("2006-01-02"), r.Rule, r.Contact, r.Due, want)
			}
		}
	}
}

func sender(t *testing.T, m SeedMessage) string {
	msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
	if err != nil {
		t.Fatalf("%s: %v", m.Name, err)
	}
	a, err := mail.ParseAddress(msg.Header.Get("From"))
	if err != nil {
		t.Fatalf("%s: From: %v", m.Name, err)
	}
	return a.Address
}

func involves(t *testing.T, m SeedMessage, addr string) bool {
	msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
	if err != nil {
		t.Fatalf("%s: %v", m.Name, err)
	}
	for _, k := range []string{"To", "Cc"} {
		as, _ := msg.Header.AddressList(k)
		for _, a := range as {
			if a.Address == addr {
				return true
			}
		}
	}
	return false
}
