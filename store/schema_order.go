package store

import "strings"

// schemaReminderOrder (v4) stores the reminders in due-time order. A
// reminder's rowid is its due time (unix seconds) shifted left by 24 bits
// plus a sequence number within that second (reminderRowid), so the
// reminders that fire together (every nudge of a morning is due at 09:00)
// sit on neighbouring pages: firing them rewrites a few hundred pages
// instead of one page per reminder, which is what a tick costs. The text
// id stays the key everything else uses (deliveries, the CLI); the rowid is
// never exposed. Rows written without a rowid (by older code, or tests)
// get SQLite's usual max+1 and merely sit out of order.
const schemaReminderOrder = `
UPDATE reminders SET rowid = (due << 24) | (rowid & 16777215);
`

// reminderRowid is an SQL expression for the rowid of a reminder due at
// the unix second bound to parameter p (like "?8"): the next free slot in
// that second's range, or NULL (SQLite picks one) if the range is full.
func reminderRowid(p string) string {
	return strings.NewReplacer("DUE", p).Replace(`(SELECT CASE
		WHEN m < (DUE << 24) THEN DUE << 24
		WHEN m + 1 < ((DUE + 1) << 24) THEN m + 1
	END FROM (SELECT COALESCE((SELECT rowid FROM reminders WHERE rowid < ((DUE + 1) << 24)
		ORDER BY rowid DESC LIMIT 1), 0) AS m))`)
}
