package rules

import (
	"time"

	"github.com/followupd/followupd/domain"
)

// Owner is whose mailbox it is.
type Owner struct {
	// IsMe reports whether a normalized address is one of the owner's.
	IsMe func(addr string) bool
	// Zone is the owner's IANA zone (config me.timezone); nil means UTC.
	Zone *time.Location
}

// Contact is one person and the mail that involves them.
type Contact struct {
	Addr  domain.Address // normalized address and best known name
	Muted bool
	// Messages involve the contact: from them, to them (To or Cc), or
	// written by someone else with them in To or Cc. Any order; messages
	// dated at or after Input.Now are ignored.
	Messages []domain.Message
	// Texts holds the new text (quotes removed or not) of the request
	// messages, by domain.Message.ID, used to spot a named referrer. May be
	// nil.
	Texts map[int64]string
}

// Actions are what the owner did to reminders.
type Actions struct {
	Done    map[string]bool      // reminder IDs marked done
	Snoozed map[string]time.Time // reminder ID -> snoozed until
}

// Input is everything one contact's evaluation depends on.
type Input struct {
	Owner Owner
	// Now is the moment the mailbox is judged at: only messages dated
	// before it count.
	Now     time.Time
	Contact *Contact
	// Related holds other contacts the evaluation looks at, by normalized
	// address: the introducers Introducers names. A missing one counts as
	// having no mail.
	Related map[string]*Contact
	// Known resolves a full name (lower case, words separated by one space)
	// to a contact the owner has exchanged mail with; nil knows nobody.
	Known   func(name string) (domain.Address, bool)
	Actions Actions
}

// Reminder is one computed reminder with what the caller needs to store
// and expire it.
type Reminder struct {
	domain.Reminder
	// About is the contact whose mail produced it (the introduced person
	// for close-loop, else the contact itself).
	About string
	// Account is the account of the message the reminder is anchored on.
	Account string
	// Number is the occurrence in its series (1 for the first nudge...).
	Number int
	// Expires: a reminder that has not fired by then is stale (its next
	// occurrence is due, or it is too late to matter) and is dropped.
	Expires time.Time
	// Moot: after this it makes no sense at all, even snoozed (a confirm
	// once the meeting is near); zero when there is no such moment.
	Moot time.Time
}
