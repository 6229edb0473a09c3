package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/followupd/followupd/domain"
)

// batch is one SaveBatch transaction. For speed it reads what it needs
// once (the batch's messages and thread ids already stored), keeps its
// own view of them up to date in memory as it inserts, and writes the
// per-thread, per-contact and per-location rows in one go at the end: a
// message then costs one INSERT of its own.
type batch struct {
	ctx     context.Context
	tx      *sql.Tx
	account string
	zones   zoneCache

	insMsg, setVerdict, findSubject, insThread, touchThread, upsContact *sql.Stmt
	stmts                                                               []*sql.Stmt

	nextID   int64                  // messages.id for the next insert
	msgs     map[string]storedMsg   // by key: stored before or in this batch
	refs     map[string]int64       // thread of each id named: stored messages and thread_refs
	newRefs  []string               // referred-to ids to add to thread_refs
	spans    map[int64]*threadSpan  // threads this batch widened
	locs     [][2]int64             // (uid, message id) of this batch
	contacts map[string]*contactAgg // by address
}

type storedMsg struct {
	id  int64
	dir string
	ver int
}

func newBatch(ctx context.Context, tx *sql.Tx, account string) (*batch, error) {
	b := &batch{ctx: ctx, tx: tx, account: account, zones: zoneCache{},
		msgs: map[string]storedMsg{}, refs: map[string]int64{}, spans: map[int64]*threadSpan{},
		contacts: map[string]*contactAgg{}}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&b.insMsg, `INSERT INTO messages (id, account, message_id, in_reply_to, refs, date, date_offset,
	from_addr, from_name, to_json, cc_json, subject, direction, thread_id, raw_header, body_text, body_html,
	body_calendar, kind, meeting_at, meeting_offset, meeting_zone, all_day, cancel, why, classifier_version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&b.setVerdict, setVerdictSQL},
		{&b.findSubject, `SELECT id, first_at, last_at FROM threads WHERE account = ? AND contact = ? AND subject_norm = ?
	ORDER BY last_at DESC LIMIT 8`},
		{&b.insThread, `INSERT INTO threads (account, subject_norm, subject, contact, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?)`},
		{&b.touchThread, touchThreadSQL},
		{&b.upsContact, upsertContactSQL},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			b.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = st
		b.stmts = append(b.stmts, st)
	}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) + 1 FROM messages`).Scan(&b.nextID); err != nil {
		b.close()
		return nil, fmt.Errorf("read next message id: %w", err)
	}
	return b, nil
}

// close releases the statements; their errors cannot lose data (the
// transaction's outcome is decided by Commit or Rollback).
func (b *batch) close() {
	for _, st := range b.stmts {
		_ = st.Close()
	}
}

// prefetch reads, in two queries, which of the messages the batch names
// (its own and those it refers to) are stored and in which thread, and the
// threads of the referred-to ids that are not stored messages.
func (b *batch) prefetch(msgs []NewMessage) error {
	if len(msgs) == 0 {
		return nil
	}
	var ids []string
	seen := map[string]bool{}
	for i := range msgs {
		for _, id := range threadKeys(MessageKey(msgs[i].Msg.MessageID, msgs[i].RawHeader), &msgs[i].Msg) {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	ij, _ := json.Marshal(ids)
	rows, err := b.tx.QueryContext(b.ctx, `SELECT message_id, id, direction, classifier_version, thread_id FROM messages
WHERE account = ?1 AND message_id IN (SELECT value FROM json_each(?2))`, b.account, string(ij))
	if err != nil {
		return fmt.Errorf("look up messages: %w", err)
	}
	for rows.Next() {
		var k string
		var m storedMsg
		var t sql.NullInt64
		if err := rows.Scan(&k, &m.id, &m.dir, &m.ver, &t); err != nil {
			rows.Close()
			return fmt.Errorf("look up messages: %w", err)
		}
		b.msgs[k] = m
		if t.Valid {
			b.refs[k] = t.Int64
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("look up messages: %w", err)
	}
	rest := ids[:0]
	for _, id := range ids {
		if _, ok := b.refs[id]; !ok {
			rest = append(rest, id)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	rj, _ := json.Marshal(rest)
	rows, err = b.tx.QueryContext(b.ctx, `SELECT msgid, thread FROM thread_refs
WHERE account = ?1 AND msgid IN (SELECT value FROM json_each(?2))`, b.account, string(rj))
	if err != nil {
		return fmt.Errorf("look up threads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var t int64
		if err := rows.Scan(&id, &t); err != nil {
			return fmt.Errorf("look up threads: %w", err)
		}
		b.refs[id] = t
	}
	return rows.Err()
}

func (b *batch) save(m *NewMessage) error {
	key := MessageKey(m.Msg.MessageID, m.RawHeader)
	if old, ok := b.msgs[key]; ok {
		return b.seenAgain(key, old, m)
	}
	msg := &m.Msg
	if msg.Direction != domain.Sent && msg.Direction != domain.Received {
		return fmt.Errorf("message %s: direction %q is neither sent nor received", key, msg.Direction)
	}
	threadID, err := b.thread(key, m)
	if err != nil {
		return err
	}
	to, _ := json.Marshal(normAddrs(msg.To))
	cc, _ := json.Marshal(normAddrs(msg.Cc))
	cal := ""
	if len(m.Calendar) > 0 {
		j, _ := json.Marshal(m.Calendar)
		cal = string(j)
	}
	date, off := unixOffset(msg.Date)
	kind, at, atOff, zone := verdictArgs(msg.Verdict, b.zones)
	id := b.nextID
	_, err = b.insMsg.ExecContext(b.ctx, id, b.account, key, strings.Trim(msg.InReplyTo, "<> "), joinRefs(msg.References),
		date, off, domain.NormAddr(msg.From.Addr), msg.From.Name, string(to), string(cc), msg.Subject,
		string(msg.Direction), threadID, m.RawHeader, m.Text, m.HTML, cal,
		kind, at, atOff, zone, msg.AllDay, msg.Cancel, msg.Why, m.ClassifierVersion)
	if err != nil {
		return fmt.Errorf("insert message %s: %w", key, err)
	}
	b.nextID++
	b.msgs[key] = storedMsg{id: id, dir: string(msg.Direction), ver: m.ClassifierVersion}
	b.locs = append(b.locs, [2]int64{int64(m.UID), id})
	b.noteContacts(m, msg.Direction)
	return nil
}

// seenAgain handles a message already stored: a new location, and the
// upgrades a second sighting may bring.
func (b *batch) seenAgain(key string, old storedMsg, m *NewMessage) error {
	b.locs = append(b.locs, [2]int64{int64(m.UID), old.id})
	if m.Msg.Direction == domain.Sent && old.dir == string(domain.Received) {
		// Found in Sent (or From the owner): the owner wrote it after all.
		if _, err := b.tx.ExecContext(b.ctx, `UPDATE messages SET direction = 'sent' WHERE id = ?`, old.id); err != nil {
			return fmt.Errorf("update direction: %w", err)
		}
		old.dir = string(domain.Sent)
		b.noteContacts(m, domain.Sent)
	}
	if m.ClassifierVersion > old.ver {
		kind, at, atOff, zone := verdictArgs(m.Msg.Verdict, b.zones)
		if _, err := b.setVerdict.ExecContext(b.ctx, kind, at, atOff, zone, m.Msg.AllDay, m.Msg.Cancel, m.Msg.Why, m.ClassifierVersion, old.id); err != nil {
			return fmt.Errorf("update verdict: %w", err)
		}
		old.ver = m.ClassifierVersion
	}
	b.msgs[key] = old
	return nil
}

// flush writes what the batch gathered: locations, new thread ids, thread
// spans and contacts.
func (b *batch) flush(folder string, uidValidity uint32) error {
	if len(b.locs) > 0 {
		j, _ := json.Marshal(b.locs)
		_, err := b.tx.ExecContext(b.ctx, `INSERT OR REPLACE INTO locations (account, folder, uidvalidity, uid, message)
SELECT ?1, ?2, ?3, value ->> 0, value ->> 1 FROM json_each(?4)`, b.account, folder, int64(uidValidity), string(j))
		if err != nil {
			return fmt.Errorf("insert locations: %w", err)
		}
	}
	if len(b.newRefs) > 0 {
		pairs := make([][2]any, 0, len(b.newRefs))
		for _, id := range b.newRefs {
			pairs = append(pairs, [2]any{id, b.refs[id]})
		}
		j, _ := json.Marshal(pairs)
		_, err := b.tx.ExecContext(b.ctx, `INSERT OR IGNORE INTO thread_refs (account, msgid, thread)
SELECT ?1, value ->> 0, value ->> 1 FROM json_each(?2)`, b.account, string(j))
		if err != nil {
			return fmt.Errorf("link threads: %w", err)
		}
	}
	threads := make([]int64, 0, len(b.spans))
	for t := range b.spans {
		threads = append(threads, t)
	}
	sort.Slice(threads, func(i, j int) bool { return threads[i] < threads[j] })
	for _, t := range threads {
		if err := b.flushSpan(t); err != nil {
			return err
		}
	}
	return b.flushContacts()
}

func normAddrs(as []domain.Address) []domain.Address {
	out := make([]domain.Address, 0, len(as))
	for _, a := range as {
		out = append(out, domain.Address{Name: a.Name, Addr: domain.NormAddr(a.Addr)})
	}
	return out
}

func joinRefs(refs []string) string {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		if r = strings.Trim(r, "<> "); r != "" {
			out = append(out, r)
		}
	}
	return strings.Join(out, " ")
}
