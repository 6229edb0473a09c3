package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// Meta keys the engine keeps.
const (
	metaIndexed  = "engine.indexed"   // highest messages.id in message_addrs
	metaJudgedAt = "engine.judged_at" // unix seconds the projections were judged at
	metaLastTick = "engine.last_tick" // unix seconds of the last tick
)

// ContactFacts is what the rule engine judges one contact by.
type ContactFacts struct {
	Addr  string // normalized
	Name  string // best known name ("" if none)
	Muted bool
	// Messages involve the contact (From, To or Cc), oldest first.
	Messages []domain.Message
	// Texts holds body_text of the request messages, by message row id.
	Texts map[int64]string
}

// EngineChanges brings the engine's index up to date as of now and returns
// every contact whose reminders must be computed again: contacts on
// messages stored or changed since the last call, contacts with mail dated
// in [judged, now) when the clock has gone back (a replay), and contacts
// whose re-check time has come. The list stays in the store (engine_stale)
// until SaveProjection saves the contact, so a crash loses none of it.
func (s *Store) EngineChanges(ctx context.Context, now time.Time) ([]string, error) {
	var out []string
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		hw, err := metaInt(ctx, tx, metaIndexed)
		if err != nil {
			return err
		}
		if hw, err = indexMessages(ctx, tx, hw); err != nil {
			return err
		}
		if err := reindexDirty(ctx, tx); err != nil {
			return err
		}
		n := now.Unix()
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO engine_stale (addr)
			SELECT addr FROM engine_recheck WHERE at <= ?`, n); err != nil {
			return fmt.Errorf("re-check: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM engine_recheck WHERE at <= ?`, n); err != nil {
			return fmt.Errorf("re-check: %w", err)
		}
		judged, err := metaInt(ctx, tx, metaJudgedAt)
		if err != nil {
			return err
		}
		if judged > n {
			// The clock went back: mail dated in [now, judged) counted
			// then and must not now.
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO engine_stale (addr)
				SELECT DISTINCT a.addr FROM messages m JOIN message_addrs a ON a.message = m.id
				WHERE m.date >= ? AND m.date < ?`, n, judged); err != nil {
				return fmt.Errorf("replay: %w", err)
			}
		}
		if err := setMeta(ctx, tx, metaIndexed, hw); err != nil {
			return err
		}
		if err := setMeta(ctx, tx, metaJudgedAt, n); err != nil {
			return err
		}
		out, err = queryStrings(ctx, tx, `SELECT addr FROM engine_stale ORDER BY addr`)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("engine changes: %w", err)
	}
	return out, nil
}

// EngineIdle reports, without taking the write lock, whether
// EngineChanges at now would find nothing to do.
func (s *Store) EngineIdle(ctx context.Context, now time.Time) (bool, error) {
	var busy int
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT COALESCE(MAX(id), 0) FROM messages) > COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?1), 0)
		OR EXISTS (SELECT 1 FROM engine_dirty)
		OR EXISTS (SELECT 1 FROM engine_stale)
		OR EXISTS (SELECT 1 FROM engine_recheck WHERE at <= ?3)
		OR COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?2), 0) > ?3`,
		metaIndexed, metaJudgedAt, now.Unix()).Scan(&busy)
	if err != nil {
		return false, fmt.Errorf("check engine changes: %w", err)
	}
	return busy == 0, nil
}

// MarkStale asks for the given contacts to be computed again.
func (s *Store) MarkStale(ctx context.Context, addrs []string) error {
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		for _, a := range addrs {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO engine_stale (addr) VALUES (?)`, domain.NormAddr(a)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark contacts stale: %w", err)
	}
	return nil
}

// indexMessages adds the addresses of messages above hw to message_addrs
// and marks them stale; it returns the new high-water mark.
func indexMessages(ctx context.Context, tx *sql.Tx, hw int64) (int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, from_addr, to_json, cc_json FROM messages WHERE id > ? ORDER BY id`, hw)
	if err != nil {
		return hw, fmt.Errorf("index messages: %w", err)
	}
	type row struct {
		id           int64
		from, to, cc string
	}
	var rs []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.from, &r.to, &r.cc); err != nil {
			rows.Close()
			return hw, fmt.Errorf("index messages: %w", err)
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return hw, fmt.Errorf("index messages: %w", err)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO message_addrs (addr, message) VALUES (?, ?)`)
	if err != nil {
		return hw, err
	}
	defer ins.Close()
	stale, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO engine_stale (addr) VALUES (?)`)
	if err != nil {
		return hw, err
	}
	defer stale.Close()
	for _, r := range rs {
		for _, a := range msgAddrs(r.from, r.to, r.cc) {
			if _, err := ins.ExecContext(ctx, a, r.id); err != nil {
				return hw, fmt.Errorf("index message %d: %w", r.id, err)
			}
			if _, err := stale.ExecContext(ctx, a); err != nil {
				return hw, fmt.Errorf("index message %d: %w", r.id, err)
			}
		}
		hw = max(hw, r.id)
	}
	return hw, nil
}

// reindexDirty re-reads the addresses of changed messages; both the old
// and the new ones become stale.
func reindexDirty(ctx context.Context, tx *sql.Tx) error {
	ids, err := queryStrings(ctx, tx, `SELECT message FROM engine_dirty`)
	if err != nil || len(ids) == 0 {
		return err
	}
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO engine_stale (addr)
			SELECT addr FROM message_addrs WHERE message = ?`, id); err != nil {
			return fmt.Errorf("reindex message %s: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM message_addrs WHERE message = ?`, id); err != nil {
			return fmt.Errorf("reindex message %s: %w", id, err)
		}
		var from, to, cc string
		err := tx.QueryRowContext(ctx, `SELECT from_addr, to_json, cc_json FROM messages WHERE id = ?`, id).Scan(&from, &to, &cc)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return fmt.Errorf("reindex message %s: %w", id, err)
		}
		for _, a := range msgAddrs(from, to, cc) {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO message_addrs (addr, message) VALUES (?, ?)`, a, id); err != nil {
				return fmt.Errorf("reindex message %s: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO engine_stale (addr) VALUES (?)`, a); err != nil {
				return fmt.Errorf("reindex message %s: %w", id, err)
			}
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM engine_dirty`)
	return err
}

// msgAddrs lists a message's distinct normalized addresses.
func msgAddrs(from, to, cc string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(a string) {
		a = domain.NormAddr(a)
		if a != "" && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	add(from)
	for _, j := range []string{to, cc} {
		var as []domain.Address
		if json.Unmarshal([]byte(j), &as) == nil {
			for _, a := range as {
				add(a.Addr)
			}
		}
	}
	return out
}

// ContactFacts returns the facts of each address in addrs (normalized)
// that has mail; addresses without mail are left out.
func (s *Store) ContactFacts(ctx context.Context, addrs []string) (map[string]*ContactFacts, error) {
	out := map[string]*ContactFacts{}
	if len(addrs) == 0 {
		return out, nil
	}
	args := make([]any, len(addrs))
	for i, a := range addrs {
		args[i] = domain.NormAddr(a)
	}
	in := placeholders(len(addrs))
	rows, err := s.r.QueryContext(ctx, `SELECT a.addr, `+prefixCols("m.", msgCols)+`,
		CASE WHEN m.kind = 'request' THEN m.body_text ELSE '' END
		FROM message_addrs a JOIN messages m ON m.id = a.message
		WHERE a.addr IN (`+in+`) ORDER BY a.addr, m.date, m.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read contact facts: %w", err)
	}
	zones := zoneCache{}
	for rows.Next() {
		var addr, text string
		m, err := scanMessage(rowsWithPrefix{rows, &addr}, zones, &text)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("read contact facts: %w", err)
		}
		f := out[addr]
		if f == nil {
			f = &ContactFacts{Addr: addr}
			out[addr] = f
		}
		f.Messages = append(f.Messages, m)
		if text != "" {
			if f.Texts == nil {
				f.Texts = map[int64]string{}
			}
			f.Texts[m.ID] = text
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read contact facts: %w", err)
	}
	rows, err = s.r.QueryContext(ctx, `SELECT addr, MAX(name), MAX(muted) FROM contacts
		WHERE addr IN (`+in+`) GROUP BY addr`, args...)
	if err != nil {
		return nil, fmt.Errorf("read contact facts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var addr, name string
		var muted bool
		if err := rows.Scan(&addr, &name, &muted); err != nil {
			return nil, fmt.Errorf("read contact facts: %w", err)
		}
		if f := out[addr]; f != nil {
			f.Name, f.Muted = name, muted
		}
	}
	return out, rows.Err()
}

// rowsWithPrefix scans a leading address column before msgCols.
type rowsWithPrefix struct {
	rows *sql.Rows
	addr *string
}

func (r rowsWithPrefix) Scan(dest ...any) error {
	return r.rows.Scan(append([]any{r.addr}, dest...)...)
}

func prefixCols(p, cols string) string {
	parts := strings.Split(cols, ",")
	for i, c := range parts {
		parts[i] = p + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// KnownContacts returns every named contact the owner has exchanged mail
// with, for spotting a referrer named in a request.
func (s *Store) KnownContacts(ctx context.Context) ([]domain.Address, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT addr, MAX(name) FROM contacts
		WHERE name != '' AND (first_sent != 0 OR first_received != 0) GROUP BY addr`)
	if err != nil {
		return nil, fmt.Errorf("read known contacts: %w", err)
	}
	defer rows.Close()
	var out []domain.Address
	for rows.Next() {
		var a domain.Address
		if err := rows.Scan(&a.Addr, &a.Name); err != nil {
			return nil, fmt.Errorf("read known contacts: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// MailAddrs returns every address that appears on indexed mail, sorted.
func (s *Store) MailAddrs(ctx context.Context) ([]string, error) {
	out, err := queryStrings(ctx, s.r, `SELECT DISTINCT addr FROM message_addrs ORDER BY addr`)
	if err != nil {
		return nil, fmt.Errorf("read mail addresses: %w", err)
	}
	return out, nil
}

// AboutContacts returns the contacts whose reminders go to one of addrs
// although they are about someone else (close-loop reminders to an
// introducer): when the introducer's mail changes, they must be judged
// again.
func (s *Store) AboutContacts(ctx context.Context, addrs []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for len(addrs) > 0 {
		n := min(len(addrs), 500)
		args := make([]any, n)
		for i, a := range addrs[:n] {
			args[i] = a
		}
		addrs = addrs[n:]
		got, err := queryStrings(ctx, s.r, `SELECT DISTINCT about FROM reminders
			WHERE contact IN (`+placeholders(n)+`) AND about != contact AND about != ''`, args...)
		if err != nil {
			return nil, fmt.Errorf("read introduced contacts: %w", err)
		}
		for _, a := range got {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out, nil
}

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func queryStrings(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func metaInt(ctx context.Context, tx *sql.Tx, key string) (int64, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read meta %s: %w", key, err)
	}
	n, _ := strconv.ParseInt(v, 10, 64)
	return n, nil
}

func setMeta(ctx context.Context, tx *sql.Tx, key string, v int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, strconv.FormatInt(v, 10))
	if err != nil {
		return fmt.Errorf("write meta %s: %w", key, err)
	}
	return nil
}
