// Package domain holds the vocabulary every followupd package shares: the
// kinds of message, a stored message as the rule engine sees it, and a
// reminder. It has no behaviour beyond small helpers and imports nothing of
// followupd, so the pure packages (classify, rules) and the packages with
// I/O (store, notify, imapwatch) can all speak it without depending on each
// other.
package domain

import (
	"strings"
	"time"
)

// Kind is what a message does in a networking conversation. The contract is
// ../shared/spec/message-kinds.md.
type Kind string

// The six kinds, in tie-break order (a message that does two things takes
// the earlier kind).
const (
	KindConfirmation Kind = "confirmation"
	KindDecline      Kind = "decline"
	KindRequest      Kind = "request"
	KindThankYou     Kind = "thank_you"
	KindUpdate       Kind = "update"
	KindOther        Kind = "other"
)

// Kinds lists every kind in tie-break order.
var Kinds = []Kind{KindConfirmation, KindDecline, KindRequest, KindThankYou, KindUpdate, KindOther}

// Valid reports whether k is one of the six kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// Direction says who wrote a message, from the owner's point of view.
type Direction string

const (
	// Sent: the owner wrote it (found in Sent, or From is one of the owner's addresses).
	Sent Direction = "sent"
	// Received: someone else wrote it.
	Received Direction = "received"
)

// Address is a mailbox: a display name and an addr-spec.
type Address struct {
	Name string `json:"name,omitempty"`
	Addr string `json:"addr"`
}

// NormAddr lower-cases and trims an address so that it can be compared.
func NormAddr(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Verdict is the classifier's judgement of one message.
type Verdict struct {
	Kind Kind
	// MeetingAt is the meeting start for a confirmation, in the zone the
	// message implies (offset included); zero for other kinds.
	MeetingAt time.Time
	// AllDay: a date was fixed but no time of day.
	AllDay bool
	// Cancel: the message cancels a meeting (calendar METHOD:CANCEL).
	Cancel bool
	// Why is a short human explanation: the phrases and headers that decided.
	Why string
}

// Message is a stored, classified message: what the rule engine reasons
// about. Bodies are not part of it.
type Message struct {
	ID         int64 // store row id
	Account    string
	MessageID  string // without angle brackets
	InReplyTo  string
	References []string
	Date       time.Time // Date header (or INTERNALDATE), with its offset
	From       Address
	To         []Address
	Cc         []Address
	Subject    string
	Direction  Direction
	ThreadID   int64
	Verdict
}

// Participants returns every address on the message other than the ones
// isMe accepts, deduplicated, From first.
func (m *Message) Participants(isMe func(addr string) bool) []Address {
	seen := map[string]bool{}
	var out []Address
	add := func(a Address) {
		n := NormAddr(a.Addr)
		if n == "" || seen[n] || isMe(n) {
			return
		}
		seen[n] = true
		out = append(out, Address{Name: a.Name, Addr: n})
	}
	add(m.From)
	for _, a := range m.To {
		add(a)
	}
	for _, a := range m.Cc {
		add(a)
	}
	return out
}

// Reminder is one nudge to the owner, produced by the rule engine and kept
// in the store's outbox. ID is deterministic (rule, contact, thread and the
// occurrence it is for), so computing the same reminder twice yields the
// same row: that is what makes ticks idempotent and deliveries exactly-once.
type Reminder struct {
	ID        string    `json:"id"`
	Rule      string    `json:"rule"`
	Contact   Address   `json:"contact"`
	ThreadID  int64     `json:"thread"`
	Subject   string    `json:"subject"`
	Due       time.Time `json:"due"`
	Why       string    `json:"why"`
	MeetingAt time.Time `json:"meeting_at,omitempty"`
	// Late: it came due while followupd was not running.
	Late bool `json:"late,omitempty"`
	// Channels names the notifiers it goes to (from the rule).
	Channels []string `json:"channels,omitempty"`
	// Title and Body are the rendered notification; Draft is the suggested
	// text of the message the owner should send (empty if none).
	Title string `json:"title,omitempty"`
	Body  string `json:"body,omitempty"`
	Draft string `json:"draft,omitempty"`
	// ReplyTo is the Message-ID a draft should answer (threading).
	ReplyTo string `json:"reply_to,omitempty"`
	// ThreadAt is the date of the message ReplyTo names (the latest in the
	// conversation), shown in notifications as a link back to it.
	ThreadAt time.Time `json:"thread_at,omitempty"`
}
