package notify

import (
	"strings"
	"testing"
	"time"
)

func TestParseReplyCommand(t *testing.T) {
	day := 24 * time.Hour
	tests := []struct {
		text string
		want Command
		ok   bool
	}{
		{"done", Command{Action: CommandDone}, true},
		{"Done, thanks!\r\n\r\nSam", Command{Action: CommandDone}, true},
		{"\n\n  DONE  \n> Confirm tomorrow 15:00 with Dana", Command{Action: CommandDone}, true},
		{"snooze 3d", Command{Action: CommandSnooze, For: 3 * day}, true},
		{"Snooze 2 weeks please", Command{Action: CommandSnooze, For: 14 * day}, true},
		{"snooze for 4 hours", Command{Action: CommandSnooze, For: 4 * time.Hour}, true},
		{"snooze a week", Command{Action: CommandSnooze, For: 7 * day}, true},
		{"snooze", Command{Action: CommandSnooze, For: day}, true},
		{"snooze please", Command{Action: CommandSnooze, For: day}, true},
		{"snooze 5000 days", Command{Action: CommandSnooze, For: MaxSnooze}, true},
		{"stop", Command{Action: CommandStop}, true},
		{"Stop.", Command{Action: CommandStop}, true},
		// Not commands.
		{"", Command{}, false},
		{"Thanks for the reminder", Command{}, false},
		{"> done\nI will write later", Command{}, false},
		{"On Mon, 2 Mar 2026 followupd wrote:\n> done", Command{}, false},
		{"-- \nSam", Command{}, false},
		{"doneness", Command{}, false},
		{"stopped by the office", Command{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseReplyCommand(tt.text)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseReplyCommand(%q) = %+v, %v; want %+v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseSnooze(t *testing.T) {
	good := map[string]time.Duration{
		"3d": 72 * time.Hour, "3 days": 72 * time.Hour, "2w": 14 * 24 * time.Hour, "12h": 12 * time.Hour,
		"90m": 90 * time.Minute, "1 month": 30 * 24 * time.Hour, "an hour": time.Hour,
	}
	for in, want := range good {
		if got, err := ParseSnooze(in); err != nil || got != want {
			t.Errorf("ParseSnooze(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "d", "3", "-3d", "0d", "3 fortnights", "three days later"} {
		if _, err := ParseSnooze(in); err == nil {
			t.Errorf("ParseSnooze(%q) succeeded, want an error", in)
		}
	}
}

func TestMessageIDRoundTrip(t *testing.T) {
	for _, id := range []string{"r1", "confirm:dana@example.com:42:20260303", "a.b=c d/é", "x=41"} {
		for _, ch := range []string{"email", "inbox"} {
			for _, fire := range []int{0, 1, 2, 17} {
				m := MessageID(id, fire, ch, "")
				got, ok := ReminderIDFromMessageID("<" + m + ">")
				if !ok || got != id {
					t.Errorf("ReminderIDFromMessageID(MessageID(%q, %d, %s)) = %q, %v", id, fire, ch, got, ok)
				}
			}
			m := MessageID(id, 0, ch, "")
			if strings.ContainsAny(m[:strings.IndexByte(m, '@')], " :@/<>\"") {
				t.Errorf("MessageID(%q) = %q is not a dot-atom", id, m)
			}
		}
	}
	// A contact answering a sent draft is not the owner answering a reminder.
	for _, m := range []string{
		MessageID("r1", 0, "draft", ""),
		MessageID("r1", 0, "email", "example.org"),
		"CAF00d@mail.example.com",
		"reminder-@followupd.invalid",
		"reminder-r1=4.email@followupd.invalid",
		"reminder-r1.f1.email@followupd.invalid",
		"reminder-r1.x2.email@followupd.invalid",
		"reminder-r1.f2.x.email@followupd.invalid",
		"",
	} {
		if id, ok := ReminderIDFromMessageID(m); ok {
			t.Errorf("ReminderIDFromMessageID(%q) = %q, want no reminder", m, id)
		}
	}
}

func FuzzParseReplyCommand(f *testing.F) {
	for _, s := range []string{"done", "snooze 3d", "snooze 2 weeks", "stop", "> done", "snooze 99999999999999999999 d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := ParseReplyCommand(s)
		if !ok {
			return
		}
		switch c.Action {
		case CommandDone, CommandStop:
			if c.For != 0 {
				t.Fatalf("%q: %+v", s, c)
			}
		case CommandSnooze:
			if c.For <= 0 || c.For > MaxSnooze {
				t.Fatalf("%q: snooze for %v", s, c.For)
			}
		default:
			t.Fatalf("%q: action %q", s, c.Action)
		}
	})
}

func FuzzMessageID(f *testing.F) {
	f.Add("confirm:dana@example.com:42", 3)
	f.Fuzz(func(t *testing.T, id string, fire int) {
		if id == "" {
			return
		}
		got, ok := ReminderIDFromMessageID(MessageID(id, fire, "email", ""))
		if !ok || got != id {
			t.Fatalf("round trip of %q = %q, %v", id, got, ok)
		}
	})
}
