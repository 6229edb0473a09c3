package classify

import (
	"testing"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

func TestAutomated(t *testing.T) {
	hm := func(from string, h map[string][]string, subject string) *message.Message {
		if h == nil {
			h = map[string][]string{}
		}
		return &message.Message{From: domain.Address{Addr: from}, Header: h, Subject: subject}
	}
	tests := []struct {
		name string
		m    *message.Message
		auto bool
	}{
		{"person", hm("dana@cascadia.example", nil, "Re: coffee"), false},
		{"auto-submitted", hm("dana@x", map[string][]string{"Auto-Submitted": {"auto-replied"}}, "x"), true},
		{"auto-submitted no", hm("dana@x", map[string][]string{"Auto-Submitted": {"no"}}, "x"), false},
		{"list-id", hm("dana@x", map[string][]string{"List-Id": {"<l.x>"}}, "x"), true},
		{"precedence bulk", hm("dana@x", map[string][]string{"Precedence": {"Bulk"}}, "x"), true},
		{"no-reply", hm("no-reply@ticketloop.example", nil, "x"), true},
		{"role mailbox", hm("notifications@bookwell.example", nil, "x"), true},
		{"platform", hm("messages@calendly.com", nil, "x"), true},
		{"ooo subject", hm("dana@x", nil, "Automatic reply: coffee?"), true},
		{"calendar reply subject", hm("dana@x", nil, "Accepted: Coffee @ Thu"), true},
	}
	for _, tt := range tests {
		if got := automated(tt.m) != ""; got != tt.auto {
			t.Errorf("automated(%s) = %v, want %v", tt.name, got, tt.auto)
		}
	}
	for _, tt := range []struct {
		text string
		auto bool
	}{
		{"you're receiving this because you registered. unsubscribe: https://x", true},
		{"please do not reply to this email; this mailbox is not monitored.", true},
		{"thank you for your email. i am out of the office and will return on monday, january 5.", true},
		{"i'm out of the office next week, could we do thursday the 20th at 3?", false},
		{"thursday at 3pm works, see you then.", false},
	} {
		if got := autoBody(analyze(tt.text, false)) != ""; got != tt.auto {
			t.Errorf("autoBody(%q) = %v, want %v", tt.text, got, tt.auto)
		}
	}
}
