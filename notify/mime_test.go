package notify

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/followupd/followupd/domain"
)

func TestSubjectByRule(t *testing.T) {
	base := dana()
	tests := []struct {
		name string
		edit func(r *domain.Reminder)
		want string
	}{
		{"confirm tomorrow", func(r *domain.Reminder) {}, "Confirm tomorrow 15:00 with Dana Whitfield"},
		{"confirm later this week", func(r *domain.Reminder) { r.MeetingAt = testNow.Add(72 * time.Hour) }, "Confirm Thursday 09:00 with Dana Whitfield"},
		{"confirm next month", func(r *domain.Reminder) { r.MeetingAt = time.Date(2026, 4, 14, 10, 30, 0, 0, testZone) }, "Confirm Tue 14 Apr 10:30 with Dana Whitfield"},
		{"thank today", func(r *domain.Reminder) { r.Rule, r.MeetingAt = "thank", testNow.Add(-2*time.Hour) }, "Thank Dana Whitfield for today's meeting"},
		{"thank yesterday", func(r *domain.Reminder) { r.Rule, r.MeetingAt = "thank", testNow.Add(-20*time.Hour) }, "Thank Dana Whitfield for yesterday's meeting"},
		{"nudge", func(r *domain.Reminder) { r.Rule = "nudge" }, "Nudge Dana Whitfield about “Coffee next week?”"},
		{"keep in touch", func(r *domain.Reminder) { r.Rule = "keep-in-touch" }, "Keep in touch with Dana Whitfield"},
		{"close the loop", func(r *domain.Reminder) { r.Rule = "close-loop" }, "Tell Dana Whitfield how the introduction went"},
		{"no name", func(r *domain.Reminder) { r.Rule, r.Contact.Name = "keep-in-touch", "" }, "Keep in touch with dana@example.com"},
		{"title wins", func(r *domain.Reminder) { r.Title = "Confirm coffee with Dana" }, "Confirm coffee with Dana"},
		{"zone decides the day", func(r *domain.Reminder) {
			// 23:30 UTC on Monday is already Tuesday 00:30 in CET.
			r.MeetingAt = time.Date(2026, 3, 2, 23, 30, 0, 0, time.UTC)
		}, "Confirm tomorrow 00:30 with Dana Whitfield"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := *base
			tt.edit(&r)
			if got := testFmt.Subject(&r, testNow); got != tt.want {
				t.Errorf("Subject = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOneLineHostile(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dana\r\nBcc: evil@example.net", "Dana Bcc: evil@example.net"},
		{"Dana\nWhitfield", "Dana Whitfield"},
		{"  spaced \t out  ", "spaced out"},
		{"esc\x1b[31mred\x1b[0m", "esc [31mred [0m"},
		{"=?utf-8?q?Dana=0D=0ABcc:_evil@example.net?=", "Dana Bcc: evil@example.net"},
		{"=?ISO-8859-1?Q?Zo=EB_=C5ngstr=F6m?=", "Zoë Ångström"},
		{"bidi \u202Egnp.exe", "bidi gnp.exe"},
		{"line\u2028sep", "line sep"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncateRuneSafe(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"Coffee next week to talk about the role", 20, "Coffee next week to…"},
		{"ÅÅÅÅÅÅÅÅÅÅÅÅ", 5, "ÅÅÅÅ…"},
		{"☕☕☕☕☕☕☕☕", 4, "☕☕☕…"},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.max)
		if got != tt.want || !utf8.ValidString(got) || utf8.RuneCountInString(got) > tt.max {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestComposeReminder(t *testing.T) {
	r := dana()
	raw, err := buildReminder(testFmt, r, owner, owner, MessageID(r.ID, 0, "email", ""), testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parseMsg(t, raw)
	if got, _ := p.h.Subject(); got != "Confirm tomorrow 15:00 with Dana Whitfield" {
		t.Errorf("Subject = %q", got)
	}
	if id, _ := p.h.MessageID(); id != "reminder-confirm=3Adana=40example=2Ecom=3A42=3A20260303.email@followupd.invalid" {
		t.Errorf("Message-ID = %q", id)
	}
	if refs, _ := p.h.MsgIDList("References"); !slices.Equal(refs, []string{"CAF00d@mail.example.com"}) {
		t.Errorf("References = %v, want the conversation's message", refs)
	}
	if got := p.h.Get(ReminderHeader); got == "" {
		t.Errorf("%s missing", ReminderHeader)
	}
	if got := p.h.Get("Auto-Submitted"); got != "auto-generated" {
		t.Errorf("Auto-Submitted = %q", got)
	}
	if ct, _, _ := p.h.ContentType(); ct != "multipart/alternative" {
		t.Errorf("Content-Type = %q, want multipart/alternative", ct)
	}
	if !slices.Equal(p.parts, []string{"text/plain", "text/html"}) {
		t.Errorf("parts = %v", p.parts)
	}
	for _, want := range []string{
		"Your meeting with Dana is tomorrow at 15:00.",
		"Why: Dana confirmed Tuesday 15:00 on Feb 26",
		"Conversation: “Coffee next week?” with Dana Whitfield <dana@example.com>, last message Thu 26 Feb 2026 17:30 CET",
		"Meeting: Tue 3 Mar 2026 15:00 CET",
		"    Looking forward to tomorrow at 15:00.",
		`reply with one word: "done", "snooze 3d" or "stop"`,
	} {
		if !strings.Contains(p.text, want) {
			t.Errorf("text body lacks %q:\n%s", want, p.text)
		}
	}
	if !strings.Contains(p.html, "<blockquote>Hi Dana,") {
		t.Errorf("html body lacks the draft:\n%s", p.html)
	}
}

func TestComposeHostileInput(t *testing.T) {
	r := dana()
	r.Contact.Name = "Dana\r\nBcc: evil@example.net"
	r.Subject = "Coffee\r\nX-Injected: yes"
	r.Title = ""
	r.Rule = "nudge"
	r.Why = "<script>alert(1)</script> & more"
	r.Body = ""
	r.ReplyTo = "x@y>\r\nBcc: <evil@example.net"
	r.Draft = "<b>bold</b> & co"
	raw, err := buildReminder(testFmt, r, owner, domain.Address{Name: "=?utf-8?q?Sam=0D=0ACc:_evil@example.net?=", Addr: owner.Addr}, "m@followupd.invalid", testNow)
	if err != nil {
		t.Fatal(err)
	}
	names := headerNames(string(raw))
	for _, bad := range []string{"bcc", "cc", "x-injected"} {
		if slices.Contains(names, bad) {
			t.Errorf("header %q was injected: %v\n%s", bad, names, raw)
		}
	}
	for _, one := range []string{"from", "to", "subject", "message-id", "date"} {
		if n := count(names, one); n != 1 {
			t.Errorf("header %q appears %d times, want 1", one, n)
		}
	}
	if slices.Contains(names, "references") {
		t.Errorf("a malformed ReplyTo made a References header")
	}
	p := parseMsg(t, raw)
	if got, _ := p.h.Subject(); got != "Nudge Dana Bcc: evil@example.net about “Coffee X-Injected: yes”" {
		t.Errorf("Subject = %q", got)
	}
	if strings.Contains(p.html, "<script>") || strings.Contains(p.html, "<b>bold") {
		t.Errorf("html not escaped:\n%s", p.html)
	}
	if !strings.Contains(p.html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more") || !strings.Contains(p.html, "&lt;b&gt;bold&lt;/b&gt; &amp; co") {
		t.Errorf("html lacks the escaped text:\n%s", p.html)
	}
	if !strings.Contains(p.text, "<script>alert(1)</script> & more") {
		t.Errorf("text part should keep the text as typed:\n%s", p.text)
	}
}

func TestComposeNonASCIIReencoded(t *testing.T) {
	r := dana()
	// An encoded word left undecoded upstream is decoded, then encoded
	// again as UTF-8 on the way out.
	r.Contact.Name = "=?ISO-8859-1?Q?Zo=EB_=C5ngstr=F6m?="
	r.Title = "Café ☕ with Zoë Ångström — tomorrow"
	raw, err := buildReminder(testFmt, r, owner, owner, "m@followupd.invalid", testNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range headerBlock(string(raw)) {
		for i := 0; i < len(l); i++ {
			if l[i] >= 0x80 {
				t.Fatalf("raw 8-bit byte in header line %q", l)
			}
		}
	}
	p := parseMsg(t, raw)
	if got, _ := p.h.Subject(); got != "Café ☕ with Zoë Ångström — tomorrow" {
		t.Errorf("Subject decodes to %q", got)
	}
	if !strings.Contains(p.h.Get("Subject"), "=?utf-8?") {
		t.Errorf("Subject not RFC 2047 encoded: %q", p.h.Get("Subject"))
	}
	if !strings.Contains(p.text, "with Zoë Ångström <dana@example.com>") {
		t.Errorf("text lacks the decoded name:\n%s", p.text)
	}
}

func TestComposeLongSubjectCut(t *testing.T) {
	r := dana()
	r.Title = strings.Repeat("Réunion très importante ", 20)
	raw, err := buildReminder(testFmt, r, owner, owner, "m@followupd.invalid", testNow)
	if err != nil {
		t.Fatal(err)
	}
	pm := parseMsg(t, raw)
	got, _ := pm.h.Subject()
	if n := utf8.RuneCountInString(got); n > MaxSubjectRunes || !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Errorf("Subject = %q (%d runes), want at most %d, valid, ending in …", got, n, MaxSubjectRunes)
	}
	if !strings.HasSuffix(got, "importante…") {
		t.Errorf("Subject = %q, want the cut at a word boundary", got)
	}
}

func TestComposeBadAddressPermanent(t *testing.T) {
	r := dana()
	for _, addr := range []string{"", "no-at-sign", "a@b\r\nBcc: c@d", "<a@b>", "a b@c"} {
		_, err := buildReminder(testFmt, r, owner, domain.Address{Addr: addr}, "m@followupd.invalid", testNow)
		if err == nil || !IsPermanent(err) {
			t.Errorf("to %q: err = %v, want a permanent error", addr, err)
		}
	}
}

func TestComposeDraft(t *testing.T) {
	r := dana()
	raw, err := buildDraft(testFmt, r, owner, MessageID(r.ID, 0, "draft", "example.org"), testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parseMsg(t, raw)
	from, _ := p.h.AddressList("From")
	to, _ := p.h.AddressList("To")
	if len(from) != 1 || from[0].Address != "sam@example.org" || len(to) != 1 || to[0].Address != "dana@example.com" || to[0].Name != "Dana Whitfield" {
		t.Errorf("From %v To %v, want the owner to Dana", from, to)
	}
	if s, _ := p.h.Subject(); s != "Re: Coffee next week?" {
		t.Errorf("Subject = %q, want one Re:", s)
	}
	irt, _ := p.h.MsgIDList("In-Reply-To")
	refs, _ := p.h.MsgIDList("References")
	if !slices.Equal(irt, []string{"CAF00d@mail.example.com"}) || !slices.Equal(refs, irt) {
		t.Errorf("In-Reply-To %v References %v", irt, refs)
	}
	if p.h.Get(ReminderHeader) != "" {
		t.Errorf("a draft the owner may send must not carry %s", ReminderHeader)
	}
	if ct, params, _ := p.h.ContentType(); ct != "text/plain" || params["charset"] != "utf-8" {
		t.Errorf("Content-Type = %s %v", ct, params)
	}
	if !strings.Contains(p.raw, "Looking forward to tomorrow at 15:00.") {
		t.Errorf("draft body missing:\n%s", p.raw)
	}
}

func count(l []string, s string) int {
	n := 0
	for _, v := range l {
		if v == s {
			n++
		}
	}
	return n
}

// FuzzComposeReminder: whatever strangers put in a name, subject or body,
// the message has exactly the header fields followupd writes, once each.
func FuzzComposeReminder(f *testing.F) {
	f.Add("Dana\r\nBcc: x@y", "Hi\nX: y", "body", "=?utf-8?q?a=0D=0Ab:_c?=")
	f.Add("Zoë", "Café ☕", "<b>&</b>", "")
	f.Fuzz(func(t *testing.T, name, subject, body, title string) {
		r := dana()
		r.Contact.Name, r.Subject, r.Body, r.Title = name, subject, body, title
		raw, err := buildReminder(testFmt, r, owner, owner, "m@followupd.invalid", testNow)
		if err != nil {
			t.Fatal(err)
		}
		got := headerNames(string(raw))
		slices.Sort(got)
		want := []string{"auto-submitted", "content-type", "date", "from", "message-id", "mime-version", "references", "subject", "to", "x-followupd-reminder"}
		if !slices.Equal(got, want) {
			t.Fatalf("header fields = %v, want %v\n%q", got, want, raw)
		}
		parseMsg(t, raw)
	})
}
