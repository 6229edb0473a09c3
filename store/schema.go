package store

// Times are INTEGER unix seconds (UTC). Where the original offset matters
// (a Date header, a meeting time) it is kept beside, in seconds east of UTC,
// and for meetings the IANA zone name when one is known.
const schemaV1 = `
CREATE TABLE folders (
	account        TEXT NOT NULL,
	folder         TEXT NOT NULL,
	role           TEXT NOT NULL,            -- inbox | sent
	uidvalidity    INTEGER NOT NULL DEFAULT 0,
	highest_uid    INTEGER NOT NULL DEFAULT 0, -- every UID <= this is stored
	highest_modseq INTEGER NOT NULL DEFAULT 0,
	last_sync_at   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (account, folder)
);

CREATE TABLE threads (
	id            INTEGER PRIMARY KEY,
	account       TEXT NOT NULL,
	subject_norm  TEXT NOT NULL,             -- normalized subject (Re:/Fwd: stripped, folded)
	subject       TEXT NOT NULL,             -- subject of the first message
	contact       TEXT NOT NULL DEFAULT '',  -- main correspondent (normalized address)
	first_at      INTEGER NOT NULL,
	last_at       INTEGER NOT NULL
);
CREATE INDEX threads_contact ON threads(account, contact, subject_norm, last_at);

CREATE TABLE messages (
	id                 INTEGER PRIMARY KEY,
	account            TEXT NOT NULL,
	message_id         TEXT NOT NULL,        -- no angle brackets; "sha256:..." when the header is missing
	in_reply_to        TEXT NOT NULL DEFAULT '',
	refs               TEXT NOT NULL DEFAULT '', -- space separated
	date               INTEGER NOT NULL,
	date_offset        INTEGER NOT NULL DEFAULT 0,
	from_addr          TEXT NOT NULL DEFAULT '',
	from_name          TEXT NOT NULL DEFAULT '',
	to_json            TEXT NOT NULL DEFAULT '[]',
	cc_json            TEXT NOT NULL DEFAULT '[]',
	subject            TEXT NOT NULL DEFAULT '',
	direction          TEXT NOT NULL CHECK (direction IN ('sent','received')),
	thread_id          INTEGER REFERENCES threads(id),
	-- what the classifier needs to run again without a download
	raw_header         BLOB NOT NULL,
	body_text          TEXT NOT NULL DEFAULT '',
	body_html          TEXT NOT NULL DEFAULT '',
	body_calendar      TEXT NOT NULL DEFAULT '',
	-- the classifier's verdict (NULL kind = not yet classified)
	kind               TEXT,
	meeting_at         INTEGER,
	meeting_offset     INTEGER,
	meeting_zone       TEXT NOT NULL DEFAULT '',
	all_day            INTEGER NOT NULL DEFAULT 0,
	cancel             INTEGER NOT NULL DEFAULT 0,
	why                TEXT NOT NULL DEFAULT '',
	classifier_version INTEGER NOT NULL DEFAULT 0,
	UNIQUE (account, message_id)
);
CREATE INDEX messages_thread ON messages(thread_id, date);
CREATE INDEX messages_from ON messages(account, from_addr, date);
CREATE INDEX messages_classifier ON messages(classifier_version);

-- Where a message lives on the server. A UIDVALIDITY change deletes the
-- folder's rows here, never the messages.
CREATE TABLE locations (
	account     TEXT NOT NULL,
	folder      TEXT NOT NULL,
	uidvalidity INTEGER NOT NULL,
	uid         INTEGER NOT NULL,
	message     INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
	PRIMARY KEY (account, folder, uidvalidity, uid)
);
CREATE INDEX locations_message ON locations(message);

-- Each address the owner exchanged mail with.
CREATE TABLE contacts (
	account        TEXT NOT NULL,
	addr           TEXT NOT NULL,           -- normalized
	name           TEXT NOT NULL DEFAULT '',
	first_sent     INTEGER NOT NULL DEFAULT 0, -- owner -> contact
	last_sent      INTEGER NOT NULL DEFAULT 0,
	first_received INTEGER NOT NULL DEFAULT 0, -- contact -> owner
	last_received  INTEGER NOT NULL DEFAULT 0,
	muted          INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (account, addr)
);

-- Reminders are the outbox. id is deterministic (rule, contact, thread,
-- occurrence), so INSERT OR IGNORE of a computed reminder is idempotent.
CREATE TABLE reminders (
	id            TEXT PRIMARY KEY,
	rule          TEXT NOT NULL,
	account       TEXT NOT NULL DEFAULT '',
	contact       TEXT NOT NULL,
	contact_name  TEXT NOT NULL DEFAULT '',
	thread_id     INTEGER,
	subject       TEXT NOT NULL DEFAULT '',
	due           INTEGER NOT NULL,
	why           TEXT NOT NULL DEFAULT '',
	meeting_at    INTEGER,
	late          INTEGER NOT NULL DEFAULT 0,
	status        TEXT NOT NULL DEFAULT 'pending'
	              CHECK (status IN ('pending','done','snoozed','dropped','cancelled')),
	snoozed_until INTEGER NOT NULL DEFAULT 0,
	created_at    INTEGER NOT NULL,
	payload       TEXT NOT NULL DEFAULT '{}' -- JSON of domain.Reminder (title, body, draft, reply_to, channels)
);
CREATE INDEX reminders_due ON reminders(status, due);
CREATE INDEX reminders_contact ON reminders(contact);

-- One row per (reminder, channel). The attempt is recorded before the send.
CREATE TABLE deliveries (
	reminder_id  TEXT NOT NULL REFERENCES reminders(id),
	channel      TEXT NOT NULL,
	status       TEXT NOT NULL DEFAULT 'pending'
	             CHECK (status IN ('pending','sent','failed')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	next_attempt INTEGER NOT NULL DEFAULT 0,
	last_attempt INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT '',
	message_id   TEXT NOT NULL DEFAULT '',  -- deterministic Message-ID for mail channels
	sent_at      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (reminder_id, channel)
);
CREATE INDEX deliveries_next ON deliveries(status, next_attempt);

-- The owner's actions (done, snooze, mute, unmute), kept as a log.
CREATE TABLE actions (
	id        INTEGER PRIMARY KEY,
	at        INTEGER NOT NULL,
	action    TEXT NOT NULL,
	target    TEXT NOT NULL,   -- reminder id or contact address
	until     INTEGER NOT NULL DEFAULT 0,
	source    TEXT NOT NULL DEFAULT 'cli' -- cli | mail | desktop
);

-- Small key/value facts about the daemon (last tick, last good sync, ...).
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`
