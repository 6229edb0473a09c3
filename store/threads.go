package store

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// schemaThreadRefs maps the Message-IDs that messages refer to (In-Reply-To,
// References) but that are not stored messages themselves to their thread:
// a message joins the thread of any id it names (a stored message's thread
// is its row's thread_id), and a parent that arrives after its replies
// finds their thread by its own id here.
const schemaThreadRefs = `
CREATE TABLE thread_refs (
	account TEXT NOT NULL,
	msgid   TEXT NOT NULL,
	thread  INTEGER NOT NULL,
	PRIMARY KEY (account, msgid)
) WITHOUT ROWID;
CREATE INDEX thread_refs_thread ON thread_refs(thread);
INSERT OR IGNORE INTO thread_refs (account, msgid, thread)
	SELECT account, in_reply_to, thread_id FROM messages WHERE thread_id IS NOT NULL AND in_reply_to != '';
`

// SubjectWindow is how close in time a message must be to a thread to join
// it by subject and correspondent alone (when its headers name no stored
// message).
const SubjectWindow = 60 * 24 * time.Hour

// maxRefs bounds how many References a message is threaded by (the last
// ones: the closest ancestors).
const maxRefs = 30

// subjectPrefix matches reply and forward markers in the languages mail
// clients commonly use: Re, Fwd, Fw (English), AW, WG, Antw (German), TR
// (French), SV, VS (Nordic), RIF, R (Italian), ODP (Polish), RES (Portuguese),
// with an optional count (Re[2]:, Re(2):) and list tags such as [EXTERNAL].
var subjectPrefix = regexp.MustCompile(`(?i)^\s*(?:(?:re|fwd?|aw|wg|antw(?:ort)?|tr|sv|vs|rif|r|odp|res|ynt)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]|\[[^\]]*\])\s*`)

// NormalizeSubject strips reply and forward markers, folds case and
// collapses white space, so that "RE: Fwd:  Coffee?" and "coffee?" match.
func NormalizeSubject(s string) string {
	for {
		loc := subjectPrefix.FindStringIndex(s)
		if loc == nil || loc[1] == 0 {
			break
		}
		s = s[loc[1]:]
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// threadKeys lists the ids a message is threaded by: its own, its
// In-Reply-To, then its References, closest ancestor first.
func threadKeys(key string, m *domain.Message) []string {
	out := []string{key}
	add := func(id string) {
		id = strings.Trim(id, "<> ")
		if id == "" {
			return
		}
		for _, v := range out {
			if v == id {
				return
			}
		}
		out = append(out, id)
	}
	add(m.InReplyTo)
	refs := m.References
	if len(refs) > maxRefs {
		refs = refs[len(refs)-maxRefs:]
	}
	for i := len(refs) - 1; i >= 0; i-- {
		add(refs[i])
	}
	return out
}

func mainContact(m *NewMessage) string {
	if len(m.Counterparts) == 0 {
		return ""
	}
	return domain.NormAddr(m.Counterparts[0].Addr)
}

// thread finds or creates the thread of a new message (see SaveBatch)
// and links the message's ids to it.
func (b *batch) thread(key string, m *NewMessage) (int64, error) {
	keys := threadKeys(key, &m.Msg)
	var found []int64
	for _, k := range keys {
		if t, ok := b.refs[k]; ok && !containsID(found, t) {
			found = append(found, t)
		}
	}
	var (
		t       int64
		created bool
		err     error
	)
	if len(found) > 0 {
		t = found[0]
		for _, f := range found[1:] {
			t = min(t, f)
		}
		for _, f := range found {
			if f != t {
				if err := b.mergeThreads(t, f); err != nil {
					return 0, err
				}
			}
		}
	} else if t, err = b.threadBySubject(m); err != nil {
		return 0, err
	} else if t == 0 {
		at, _ := unixOffset(m.Msg.Date)
		res, err := b.insThread.ExecContext(b.ctx, b.account, NormalizeSubject(m.Msg.Subject), m.Msg.Subject, mainContact(m), at, at)
		if err != nil {
			return 0, fmt.Errorf("insert thread: %w", err)
		}
		if t, err = res.LastInsertId(); err != nil {
			return 0, fmt.Errorf("insert thread: %w", err)
		}
		created = true
	}
	for i, k := range keys {
		if _, ok := b.refs[k]; !ok {
			b.refs[k] = t
			if i > 0 { // keys[0], the message itself, is found through its row
				b.newRefs = append(b.newRefs, k)
			}
		}
	}
	if !created {
		b.widen(t, m)
	}
	return t, nil
}

// threadBySubject is the fallback for mail whose headers name no stored
// message: the latest thread with the same normalized subject and main
// correspondent whose span (including what this batch added) comes within
// SubjectWindow of the message. 0 if none.
func (b *batch) threadBySubject(m *NewMessage) (int64, error) {
	subj, contact := NormalizeSubject(m.Msg.Subject), mainContact(m)
	if subj == "" || contact == "" || m.Msg.Date.IsZero() {
		return 0, nil
	}
	rows, err := b.findSubject.QueryContext(b.ctx, b.account, contact, subj)
	if err != nil {
		return 0, fmt.Errorf("look up thread by subject: %w", err)
	}
	defer rows.Close()
	d, w := m.Msg.Date.Unix(), int64(SubjectWindow/time.Second)
	for rows.Next() {
		var t, first, last int64
		if err := rows.Scan(&t, &first, &last); err != nil {
			return 0, fmt.Errorf("look up thread by subject: %w", err)
		}
		if sp := b.spans[t]; sp != nil {
			first, last = min(first, sp.first), max(last, sp.last)
		}
		if last >= d-w && first <= d+w {
			return t, nil
		}
	}
	return 0, rows.Err()
}

func containsID(list []int64, id int64) bool {
	for _, v := range list {
		if v == id {
			return true
		}
	}
	return false
}

// threadSpan is how a batch widens a thread's time span; the earliest
// message also gives the thread its subject and correspondent.
type threadSpan struct {
	first, last            int64
	subject, norm, contact string
}

func (b *batch) widen(t int64, m *NewMessage) {
	if m.Msg.Date.IsZero() {
		return
	}
	d := m.Msg.Date.Unix()
	sp := b.spans[t]
	if sp == nil {
		sp = &threadSpan{first: d + 1, last: d}
		b.spans[t] = sp
	}
	if d < sp.first {
		sp.first, sp.subject, sp.norm, sp.contact = d, m.Msg.Subject, NormalizeSubject(m.Msg.Subject), mainContact(m)
	}
	sp.last = max(sp.last, d)
}

const touchThreadSQL = `UPDATE threads SET
	subject      = CASE WHEN ?1 < first_at THEN ?2 ELSE subject END,
	subject_norm = CASE WHEN ?1 < first_at THEN ?3 ELSE subject_norm END,
	contact      = CASE WHEN ?1 < first_at AND ?4 != '' THEN ?4 ELSE contact END,
	first_at     = min(first_at, ?1),
	last_at      = max(last_at, ?5)
WHERE id = ?6`

func (b *batch) flushSpan(t int64) error {
	sp := b.spans[t]
	if sp == nil {
		return nil
	}
	delete(b.spans, t)
	if _, err := b.touchThread.ExecContext(b.ctx, sp.first, sp.subject, sp.norm, sp.contact, sp.last, t); err != nil {
		return fmt.Errorf("update thread %d: %w", t, err)
	}
	return nil
}

// mergeThreads moves everything of thread drop into keep: a message linked
// two threads that turn out to be one conversation. Reminders follow.
func (b *batch) mergeThreads(keep, drop int64) error {
	ctx := b.ctx
	if err := b.flushSpan(drop); err != nil {
		return err
	}
	var sp threadSpan
	err := b.tx.QueryRowContext(ctx, `SELECT first_at, last_at, subject, subject_norm, contact FROM threads WHERE id = ?`, drop).
		Scan(&sp.first, &sp.last, &sp.subject, &sp.norm, &sp.contact)
	if err != nil {
		return fmt.Errorf("merge thread %d into %d: %w", drop, keep, err)
	}
	for _, q := range []string{
		`UPDATE messages SET thread_id = ?1 WHERE thread_id = ?2`,
		`UPDATE thread_refs SET thread = ?1 WHERE thread = ?2`,
		`UPDATE reminders SET thread_id = ?1 WHERE thread_id = ?2`,
		`DELETE FROM threads WHERE id = ?2`,
	} {
		if _, err := b.tx.ExecContext(ctx, q, keep, drop); err != nil {
			return fmt.Errorf("merge thread %d into %d: %w", drop, keep, err)
		}
	}
	if _, err := b.touchThread.ExecContext(ctx, sp.first, sp.subject, sp.norm, sp.contact, sp.last, keep); err != nil {
		return fmt.Errorf("merge thread %d into %d: %w", drop, keep, err)
	}
	for id, t := range b.refs {
		if t == drop {
			b.refs[id] = keep
		}
	}
	return nil
}
