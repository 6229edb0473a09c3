// Package rules decides which follow-up reminders a contact's mail calls
// for, when each is due and why. It is pure: no I/O, no SQL, no clock
// reads. The caller passes the owner, the moment the mailbox is judged at
// (only messages dated before it count), the rules and one contact's
// messages; Evaluate returns every reminder that applies, projected forward
// as if no more mail arrives and the owner does nothing, including ones
// whose due time has already passed (the caller decides what is history).
//
// A rule is data (Spec): one of five built-in behaviours, chosen by `on`
// (requested, confirmed, met, thanked, introduced), parameterised by its
// timing, what cancels it, quiet hours, channels, a digest schedule and
// templates. Decode reads rules from YAML and reports every problem with its
// line at once; Defaults are the five rules of the rule-engine issue, read
// the way ../shared/spec/reminders.md says.
//
// Guarantees. The same input always yields the same reminders with the same
// IDs: an ID is a hash of the rule, the contact, the thread and the
// occurrence's anchor (the message or meeting it is about and its number),
// so recomputing after a crash or a restart finds the rows it already wrote
// instead of duplicating them. Times are in the owner's zone; "days" are
// calendar days there, so 09:00 stays 09:00 across daylight-saving switches.
// Nothing here fails at run time: templates are parsed and tried on sample
// data when the rules are decoded or compiled.
package rules
