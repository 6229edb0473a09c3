package notify

import (
	"fmt"
	"strconv"
	"strings"
)

// MessageIDDomain is the right-hand side of the Message-IDs of the
// messages followupd writes to the owner. RFC 2606 reserves .invalid, so it
// can never collide with a real host's ids.
const MessageIDDomain = "followupd.invalid"

// MessageID is the deterministic Message-ID (without angle brackets) of
// the message a mail channel writes for a reminder's fire-th firing:
// reminder-ID.CHANNEL@domain for the first, reminder-ID.fN.CHANNEL@domain
// when a snoozed reminder fires again (a new message, not a copy of the
// first, which clients would hide as a duplicate). Any byte of the id
// outside [A-Za-z0-9_-] is written as =XX so the result is always an RFC
// 5322 dot-atom and maps back to exactly one id. An empty domain means
// MessageIDDomain.
func MessageID(reminderID string, fire int, channel, domain string) string {
	if domain == "" {
		domain = MessageIDDomain
	}
	mid := ""
	if fire > 1 {
		mid = ".f" + strconv.Itoa(fire)
	}
	return "reminder-" + escapeID(reminderID) + mid + "." + escapeID(channel) + "@" + domain
}

// ReminderIDFromMessageID maps the Message-ID of a reminder message that
// the owner answers (an In-Reply-To or References entry) back to the
// reminder's id. Only messages the owner receives (the email and inbox
// channels) count: a contact's answer to a sent draft is not a command.
func ReminderIDFromMessageID(msgid string) (string, bool) {
	msgid = strings.TrimSpace(msgid)
	msgid = strings.TrimSuffix(strings.TrimPrefix(msgid, "<"), ">")
	left, dom, ok := strings.Cut(msgid, "@")
	if !ok || !strings.EqualFold(dom, MessageIDDomain) {
		return "", false
	}
	rest, ok := strings.CutPrefix(left, "reminder-")
	if !ok {
		return "", false
	}
	parts := strings.Split(rest, ".")
	switch len(parts) {
	case 2:
	case 3:
		if n, err := strconv.Atoi(strings.TrimPrefix(parts[1], "f")); err != nil || n < 2 || !strings.HasPrefix(parts[1], "f") {
			return "", false
		}
	default:
		return "", false
	}
	switch parts[len(parts)-1] {
	case "email", "inbox":
	default:
		return "", false
	}
	id, err := unescapeID(parts[0])
	if err != nil || id == "" {
		return "", false
	}
	return id, true
}

func escapeID(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "=%02X", c)
	}
	return b.String()
}

func unescapeID(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '=' {
			b.WriteByte(c)
			continue
		}
		if i+3 > len(s) {
			return "", fmt.Errorf("truncated escape in %q", s)
		}
		hi, ok1 := unhex(s[i+1])
		lo, ok2 := unhex(s[i+2])
		if !ok1 || !ok2 {
			return "", fmt.Errorf("bad escape in %q", s)
		}
		b.WriteByte(hi<<4 | lo)
		i += 2
	}
	return b.String(), nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
