package rules

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

// introduced builds Dana's mail: Rohan's intro to both (or none), the
// owner's request, her confirmation, the meeting on 2026-03-10 10:00 and
// the owner's thank-you at 15:00.
func introMail(withIntro bool, reqSubject string) []domain.Message {
	var ms []domain.Message
	if withIntro {
		intro := recv("2026-03-01T09:00:00-05:00", oth, rohan, cc(dana), subject("Intro: Me <> Dana"))
		intro.To = []domain.Address{addr(dana), addr(me)}
		intro.Cc = nil
		ms = append(ms, intro)
	}
	return append(ms,
		sent("2026-03-02T10:00:00-05:00", req, dana, subject(reqSubject)),
		recv("2026-03-03T11:00:00-05:00", conf, dana, meetingAt("2026-03-10T10:00:00-04:00")),
		sent("2026-03-10T15:00:00-04:00", thx, dana),
	)
}

func TestCloseLoopTable(t *testing.T) {
	known := func(name string) (domain.Address, bool) {
		for a, n := range names {
			if NameKey(n) == name && a != me {
				return addr(a), true
			}
		}
		return domain.Address{}, false
	}
	rohanMail := func(ms ...domain.Message) map[string]*Contact {
		return map[string]*Contact{rohan: {Addr: addr(rohan), Messages: ms}}
	}
	for _, c := range []struct {
		name    string
		zone    *time.Location
		msgs    []domain.Message
		related map[string]*Contact
		known   bool
		now     string
		want    []string // "contact due"
	}{
		{name: "intro mail with both in To: the morning after the thank-you, to the introducer",
			zone: toronto, msgs: introMail(true, "Coffee?"), now: "2026-03-10T16:00:00-04:00",
			want: []string{"rohan@example.com 2026-03-11T09:00:00-04:00"}},
		{name: "cancelled by any message to the introducer after the meeting",
			zone: toronto, msgs: introMail(true, "Coffee?"), now: "2026-03-10T18:00:00-04:00",
			related: rohanMail(sent("2026-03-10T17:00:00-04:00", upd, rohan))},
		{name: "a message to the introducer before the meeting does not cancel it",
			zone: toronto, msgs: introMail(true, "Coffee?"), now: "2026-03-10T18:00:00-04:00",
			related: rohanMail(sent("2026-03-02T09:00:00-05:00", thx, rohan)),
			want:    []string{"rohan@example.com 2026-03-11T09:00:00-04:00"}},
		{name: "muted introducer: none",
			zone: toronto, msgs: introMail(true, "Coffee?"), now: "2026-03-10T18:00:00-04:00",
			related: map[string]*Contact{rohan: {Addr: addr(rohan), Muted: true}}},
		{name: "named referrer who is a known contact",
			zone: toronto, msgs: introMail(false, "Rohan Mehta suggested I get in touch"), known: true, now: "2026-03-10T18:00:00-04:00",
			want: []string{"rohan@example.com 2026-03-11T09:00:00-04:00"}},
		{name: "named referrer unknown: none",
			zone: toronto, msgs: introMail(false, "Rohan Mehta suggested I get in touch"), now: "2026-03-10T18:00:00-04:00"},
		{name: "no introducer: none",
			zone: toronto, msgs: introMail(false, "Coffee?"), known: true, now: "2026-03-10T18:00:00-04:00"},
		{name: "no thank-you yet: none",
			zone: toronto, msgs: introMail(true, "Coffee?")[:3], now: "2026-03-10T18:00:00-04:00"},
		{name: "EU spring switch: thanked Sat 2026-03-28, reminded Sun 09:00 CEST",
			zone: berlin, now: "2026-03-28T22:00:00+01:00",
			msgs: func() []domain.Message {
				intro := recv("2026-03-01T09:00:00+01:00", oth, rohan)
				intro.To = []domain.Address{addr(dana), addr(me)}
				return []domain.Message{intro,
					sent("2026-03-02T10:00:00+01:00", req, dana),
					recv("2026-03-03T11:00:00+01:00", conf, dana, meetingAt("2026-03-28T10:00:00+01:00")),
					sent("2026-03-28T20:00:00+01:00", thx, dana)}
			}(),
			want: []string{"rohan@example.com 2026-03-29T09:00:00+02:00"}},
	} {
		in := input(c.zone, c.now, dana, c.msgs...)
		in.Related = c.related
		if c.known {
			in.Known = known
		}
		set := defaultSet(t)
		var got []string
		for _, r := range set.Evaluate(in) {
			if r.Rule == "close-loop" {
				got = append(got, r.Contact.Addr+" "+r.Due.Format(time.RFC3339))
				if r.About != dana {
					t.Errorf("%s: close-loop About = %q, want %q", c.name, r.About, dana)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\nEvaluate(close-loop) = %v\n                 want %v", c.name, got, c.want)
		}
		wantIntro := len(c.want) > 0 || c.related != nil
		if ids := set.Introducers(in); wantIntro && !slices.Equal(ids, []string{rohan}) {
			t.Errorf("%s: Introducers = %v, want [%s]", c.name, ids, rohan)
		}
	}
}

func TestReferrerInRequestText(t *testing.T) {
	ms := introMail(false, "Hello from a fellow tester")
	in := input(toronto, "2026-03-10T18:00:00-04:00", dana, ms...)
	in.Known = func(name string) (domain.Address, bool) {
		if name == "priya raman" {
			return addr(priya), true
		}
		return domain.Address{}, false
	}
	in.Contact.Texts = map[int64]string{ms[0].ID: "Dear Dana,\n\nPriya Raman, who worked with you, suggested I write to you.\n\nOn Mon, Rohan Mehta wrote:\n> Rohan Mehta recommended"}
	got := defaultSet(t).Introducers(in)
	if !slices.Equal(got, []string{priya}) {
		t.Errorf("Introducers = %v, want [%s]", got, priya)
	}
}

func TestMutedDoneSnoozed(t *testing.T) {
	set := defaultSet(t)
	in := input(toronto, "2026-02-03T00:00:00-05:00", dana, sent("2026-02-02T10:15:00-05:00", req, dana))
	all := set.Evaluate(in)
	if len(all) != 2 {
		t.Fatalf("Evaluate = %s, want two nudges", dues(all))
	}
	in.Actions = Actions{Done: map[string]bool{all[0].ID: true}, Snoozed: map[string]time.Time{all[1].ID: ts("2026-03-01T12:00:00-05:00")}}
	got := set.Evaluate(in)
	if len(got) != 1 || got[0].ID != all[1].ID || got[0].Due.Format(time.RFC3339) != "2026-03-01T12:00:00-05:00" {
		t.Errorf("Evaluate with done+snooze = %s, want only the second nudge at 2026-03-01T12:00:00-05:00", dues(got))
	}
	in.Contact.Muted = true
	if got := set.Evaluate(in); len(got) != 0 {
		t.Errorf("Evaluate(muted) = %s, want none", dues(got))
	}
}

func TestWhyTitleDraftAndIDs(t *testing.T) {
	set := defaultSet(t)
	in := input(toronto, "2026-03-03T00:00:00-05:00", dana, sent("2026-03-02T10:00:00-05:00", req, dana))
	got := set.Evaluate(in)
	if len(got) != 2 {
		t.Fatalf("Evaluate = %s, want two nudges", dues(got))
	}
	if want := "you asked Dana Whitfield for a meeting on Mar 2 (“Coffee?”); no answer from Dana in 7 days"; got[0].Why != want {
		t.Errorf("Why = %q, want %q", got[0].Why, want)
	}
	if want := "(second nudge)"; !strings.HasSuffix(got[1].Why, want) {
		t.Errorf("second Why = %q, want suffix %q", got[1].Why, want)
	}
	if got[0].Title != "No answer from Dana Whitfield: nudge?" || !strings.HasPrefix(got[0].Draft, "Hi Dana,\n\n") || !strings.Contains(got[0].Draft, `"Coffee?"`) {
		t.Errorf("Title, Draft = %q, %q", got[0].Title, got[0].Draft)
	}
	if got[0].ReplyTo != in.Contact.Messages[0].MessageID || got[0].ThreadID != 1 || got[0].Account != "acct" {
		t.Errorf("ReplyTo, ThreadID, Account = %q, %d, %q", got[0].ReplyTo, got[0].ThreadID, got[0].Account)
	}
	if len(got[0].ID) != 16 || got[0].ID == got[1].ID {
		t.Errorf("IDs = %q, %q: want 16 hex digits, distinct", got[0].ID, got[1].ID)
	}
	// Same input, same IDs; a later now that adds nothing changes nothing.
	in.Now = ts("2026-03-09T00:00:00-04:00")
	again := set.Evaluate(in)
	if again[0].ID != got[0].ID || again[1].ID != got[1].ID || again[0].Expires != got[1].Due {
		t.Errorf("re-evaluation IDs/expiry = %s %s %v, want %s %s %v", again[0].ID, again[1].ID, again[0].Expires, got[0].ID, got[1].ID, got[1].Due)
	}
}

func TestDigestSchedule(t *testing.T) {
	specs := Defaults()
	specs[0].Schedule = "0 8 * * MON-FRI"
	set, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	// Request Fri 2026-03-06 10:00 -> nudge Sat Mar 14 09:00 -> digest Mon 08:00.
	in := input(toronto, "2026-03-07T00:00:00-05:00", dana, sent("2026-03-06T10:00:00-05:00", req, dana))
	got := set.Evaluate(in)
	if len(got) != 2 || got[0].Due.Format(time.RFC3339) != "2026-03-16T08:00:00-04:00" || got[1].Due.Format(time.RFC3339) != "2026-03-23T08:00:00-04:00" {
		t.Errorf("Evaluate with digest = %s, want 2026-03-16T08:00 and 2026-03-23T08:00", dues(got))
	}
}

func TestVariantSecondConfirm(t *testing.T) {
	specs, errs := Decode(parseYAML(t, "- name: confirm-early\n  on: confirmed\n  before: 2d\n"))
	if errs != nil {
		t.Fatal(errs)
	}
	set, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	in := input(toronto, "2026-03-04T00:00:00-05:00", dana, sent("2026-03-02T10:00:00-05:00", req, dana),
		recv("2026-03-03T11:00:00-05:00", conf, dana, meetingAt("2026-03-10T10:00:00-04:00")))
	var got []string
	for _, r := range set.Evaluate(in) {
		if strings.HasPrefix(r.Rule, "confirm") {
			got = append(got, r.Rule+" "+r.Due.Format(time.RFC3339))
		}
	}
	want := []string{"confirm-early 2026-03-08T09:00:00-04:00", "confirm 2026-03-09T09:00:00-04:00"}
	if !slices.Equal(got, want) {
		t.Errorf("Evaluate confirms = %v, want %v", got, want)
	}
}

func TestPersonOf(t *testing.T) {
	for _, c := range []struct{ in, name, first string }{
		{"Dana Whitfield", "Dana Whitfield", "Dana"},
		{"Whitfield, Dana", "Dana Whitfield", "Dana"},
		{"", "x@example.com", ""},
		{`"Wei Ling Tan"`, "Wei Ling Tan", "Wei"},
	} {
		p := PersonOf(domain.Address{Name: c.in, Addr: "X@example.com"})
		if p.Name != c.name || p.FirstName != c.first {
			t.Errorf("PersonOf(%q) = %q, %q; want %q, %q", c.in, p.Name, p.FirstName, c.name, c.first)
		}
	}
}

func TestState(t *testing.T) {
	ask := sent("2026-03-02T10:00:00-05:00", req, dana)
	fixed := recv("2026-03-03T11:00:00-05:00", conf, dana, meetingAt("2026-03-10T10:00:00-04:00"))
	thanks := sent("2026-03-10T15:00:00-04:00", thx, dana)
	for _, c := range []struct {
		now  string
		msgs []domain.Message
		want string
	}{
		{"2026-03-01T00:00:00-05:00", []domain.Message{ask}, ""},
		{"2026-03-03T00:00:00-05:00", []domain.Message{ask}, "requested"},
		{"2026-03-04T00:00:00-05:00", []domain.Message{ask, recv("2026-03-03T10:00:00-05:00", upd, dana)}, "answered"},
		{"2026-03-04T00:00:00-05:00", []domain.Message{ask, recv("2026-03-03T10:00:00-05:00", decl, dana)}, "declined"},
		{"2026-03-04T00:00:00-05:00", []domain.Message{ask, fixed}, "confirmed"},
		{"2026-03-10T11:00:00-04:00", []domain.Message{ask, fixed}, "met"},
		{"2026-03-11T00:00:00-04:00", []domain.Message{ask, fixed, thanks}, "thanked"},
		{"2026-04-11T00:00:00-04:00", []domain.Message{ask, fixed, thanks}, "keeping-in-touch"},
	} {
		if got := State(input(toronto, c.now, dana, c.msgs...)); got != c.want {
			t.Errorf("State(at %s, %d messages) = %q, want %q", c.now, len(c.msgs), got, c.want)
		}
	}
}

func TestReplyToIsLatestInThread(t *testing.T) {
	ask := sent("2026-03-02T10:00:00-05:00", req, dana)
	bump := sent("2026-03-05T10:00:00-05:00", req, dana)
	other := sent("2026-03-06T10:00:00-05:00", oth, dana, thread(2))
	got := defaultSet(t).Evaluate(input(toronto, "2026-03-07T00:00:00-05:00", dana, ask, bump, other))
	if len(got) == 0 {
		t.Fatal("Evaluate = no reminders, want nudges")
	}
	if got[0].ReplyTo != bump.MessageID || !got[0].ThreadAt.Equal(bump.Date) {
		t.Fatalf("ReplyTo, ThreadAt = %q, %v; want the bump %q, %v", got[0].ReplyTo, got[0].ThreadAt, bump.MessageID, bump.Date)
	}
}
