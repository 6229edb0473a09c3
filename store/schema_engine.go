package store

// schemaEngine is what the rule engine keeps beside the messages so that a
// tick does not re-read the mailbox:
//
//   - message_addrs: every address on each message (From, To, Cc), so the
//     mail involving a contact is one indexed lookup. The engine fills it
//     from messages it has not indexed yet (meta engine.indexed), so
//     SaveBatch pays nothing for it.
//   - engine_dirty: messages changed after they were stored (reclassified,
//     rethreaded, found in Sent), set by a trigger.
//   - engine_stale: contacts whose reminders must be computed again; a row
//     goes only when their new projection is saved, so a crash between the
//     two loses nothing.
//   - engine_recheck: contacts with mail dated after the moment they were
//     judged at, to judge again once that date is reached.
//   - reminders gain: about (the contact whose mail produced it), expires and
//     moot (when a reminder not yet fired is dropped), fired_at and fires
//     (when and how often it went to the outbox: a snoozed reminder fires
//     again), channels (JSON list) and updated_at. A reminder is waiting
//     while fired_at = 0 and status is pending or snoozed; once fired it
//     stays status pending (deliveries are claimed while it is) until the
//     owner marks it done.
const schemaEngine = `
CREATE TABLE message_addrs (
	addr    TEXT NOT NULL,
	message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
	PRIMARY KEY (addr, message)
) WITHOUT ROWID;
CREATE INDEX message_addrs_message ON message_addrs(message);
CREATE INDEX messages_date ON messages(date);

CREATE TABLE engine_dirty (message INTEGER PRIMARY KEY);
CREATE TRIGGER messages_engine_dirty
AFTER UPDATE OF kind, meeting_at, all_day, cancel, direction, thread_id, date, from_addr, to_json, cc_json ON messages
BEGIN
	INSERT OR IGNORE INTO engine_dirty (message) VALUES (NEW.id);
END;

CREATE TABLE engine_stale (addr TEXT PRIMARY KEY) WITHOUT ROWID;

CREATE TABLE engine_recheck (
	addr TEXT PRIMARY KEY,
	at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX engine_recheck_at ON engine_recheck(at);

ALTER TABLE reminders ADD COLUMN about TEXT NOT NULL DEFAULT '';
ALTER TABLE reminders ADD COLUMN expires INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN moot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN fired_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN fires INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN channels TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reminders ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX contacts_addr ON contacts(addr);
CREATE INDEX reminders_waiting ON reminders(due) WHERE fired_at = 0 AND status IN ('pending', 'snoozed');
CREATE INDEX reminders_about ON reminders(about);
`
