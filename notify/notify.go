// Package notify delivers reminders from the store's outbox to the owner:
// by email (SMTP submission), into INBOX (IMAP APPEND), as a ready reply in
// Drafts, on the desktop (D-Bus), to a webhook (a phone via ntfy) and on a
// console.
//
// Failure model. Each (reminder, channel) pair is a row in the outbox. The
// Dispatcher claims due rows in one transaction that records the attempt
// and a lease (the next retry time) before anything is sent, then sends,
// then marks the row sent. A crash between the send and the mark leaves a
// row whose attempt count says a send may have happened; the mail channels
// (email, inbox, draft) then search the owner's mailbox for the
// deterministic Message-ID before sending again, so they deliver exactly
// once as long as the mailbox can be searched. Desktop, webhook and console
// are at-least-once: a crash in that window can repeat one notification,
// which carries a stable id (X-Followupd-Reminder) for the receiver to drop.
// Errors are classified: permanent ones (SMTP 5xx, a bad address, a missing
// folder, HTTP 4xx) end the delivery with the error kept for `threads` and
// `plan`; anything else is retried with capped, jittered backoff. Channels
// run independently: a dead channel never delays the others. followupd
// never sends mail to anyone but the owner: the draft channel only stores a
// draft for the owner to review and send.
package notify

import (
	"context"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

// Delivery is one (reminder, channel) row claimed from the outbox.
type Delivery = store.Delivery

// Channel is one way of reaching the owner.
type Channel interface {
	// Name is the channel's name in rules and in the outbox ("email", ...).
	Name() string
	// Send delivers r once. d carries the outbox row (attempt count,
	// Message-ID). The error says whether a retry can help (see Permanent).
	Send(ctx context.Context, r *domain.Reminder, d Delivery) error
}

// Checker is a Channel that can test its configuration without sending,
// for `followupd check`.
type Checker interface {
	Check(ctx context.Context) error
}

// MailChannel is a Channel whose deliveries are messages with a
// deterministic Message-ID that can be looked up afterwards: the basis of
// exactly-once delivery through crashes.
type MailChannel interface {
	Channel
	// MessageID is the Message-ID (without angle brackets) the channel
	// gives the message for this delivery (reminder and firing).
	MessageID(d Delivery) string
	// Delivered reports whether a message with that Message-ID already
	// reached its destination.
	Delivered(ctx context.Context, messageID string) (bool, error)
}

// mailboxUser is implemented by channels that need the IMAP mailbox to
// send (inbox, draft): Announce skips them, since the mailbox being down
// is what it usually reports.
type mailboxUser interface{ needsMailbox() bool }

// withID returns d naming r when the caller passed no outbox row (a
// direct Send, as in Announce or a test).
func withID(r *domain.Reminder, d Delivery) Delivery {
	if d.ReminderID == "" {
		d.ReminderID = r.ID
	}
	return d
}
