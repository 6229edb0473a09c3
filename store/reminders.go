package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// Reminder statuses (the reminders.status column). A reminder waits while
// fired_at is 0 and the status is pending or snoozed; once fired it stays
// pending (its deliveries are sent while it is) until the owner acts.
const (
	ReminderPending   = "pending"
	ReminderDone      = "done"
	ReminderSnoozed   = "snoozed"
	ReminderDropped   = "dropped"   // came due too late to make sense
	ReminderCancelled = "cancelled" // withdrawn: the mail no longer calls for it
)

// ErrUnknownReminder is returned for an ID (or prefix) that matches no
// reminder; ErrAmbiguousReminder for a prefix that matches several.
var (
	ErrUnknownReminder   = errors.New("no such reminder")
	ErrAmbiguousReminder = errors.New("reminder id prefix matches several reminders")
)

// Projected is a reminder as the engine computed it.
type Projected struct {
	domain.Reminder
	About   string // the contact whose mail produced it
	Account string
	Expires time.Time // not fired by then: dropped (zero: never)
	Moot    time.Time // makes no sense after this even snoozed (zero: never)
}

// ReminderRow is a stored reminder with its state.
type ReminderRow struct {
	Projected
	Status       string
	FiredAt      time.Time // zero while waiting
	Fires        int
	SnoozedUntil time.Time
}

// SaveProjection makes the stored reminders about the contacts addrs match
// rems, as computed at now, in one transaction:
//   - a new reminder is inserted, unless it expired already (history);
//   - a waiting one gets the new due time, reason and texts; a cancelled one
//     that applies again comes back;
//   - a waiting or snoozed one that no longer applies is cancelled;
//   - fired, done and dropped ones are never touched.
//
// A new reminder that expired already but came due after downSince (the
// last tick before a gap: it came due while followupd was not running) is
// kept as dropped and returned, so the caller can say so; older ones are
// history and left out silently. recheck gives, per contact, when to judge
// it again (its earliest mail dated at or after now); the contacts leave
// engine_stale.
func (s *Store) SaveProjection(ctx context.Context, addrs []string, rems []Projected, now, downSince time.Time, recheck map[string]time.Time) (dropped []Projected, err error) {
	err = s.Tx(ctx, func(tx *sql.Tx) error {
		dropped = dropped[:0]
		if err := bigCache(ctx, tx); err != nil {
			return err
		}
		restore, err := memJournals(ctx, tx)
		if err != nil {
			return err
		}
		defer restore()
		existing := map[string]string{} // id -> status, for waiting or cancelled unfired rows
		if len(addrs) > 0 {
			args := make([]any, len(addrs))
			for i, a := range addrs {
				args[i] = a
			}
			rows, err := tx.QueryContext(ctx, `SELECT id, status, fired_at FROM reminders WHERE about IN (`+placeholders(len(addrs))+`)`, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id, st string
				var fired int64
				if err := rows.Scan(&id, &st, &fired); err != nil {
					rows.Close()
					return err
				}
				if fired != 0 {
					st = "fired"
				}
				existing[id] = st
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		ins, err := tx.PrepareContext(ctx, insertReminderSQL)
		if err != nil {
			return err
		}
		defer ins.Close()
		upd, err := tx.PrepareContext(ctx, updateReminderSQL)
		if err != nil {
			return err
		}
		defer upd.Close()
		seen := map[string]bool{}
		for i := range rems {
			r := &rems[i]
			seen[r.ID] = true
			st, ok := existing[r.ID]
			stale := !r.Expires.IsZero() && !r.Expires.After(now)
			args, err := reminderArgs(r, now)
			if err != nil {
				return err
			}
			switch {
			case !ok && !stale:
				_, err = ins.ExecContext(ctx, args...)
			case !ok && !downSince.IsZero() && r.Due.After(downSince):
				if _, err = ins.ExecContext(ctx, args...); err == nil {
					_, err = tx.ExecContext(ctx, `UPDATE reminders SET status = 'dropped' WHERE id = ?`, r.ID)
					dropped = append(dropped, *r)
				}
			case ok && (st == ReminderPending || (st == ReminderCancelled && !stale)):
				_, err = upd.ExecContext(ctx, args...)
			}
			if err != nil {
				return fmt.Errorf("reminder %s: %w", r.ID, err)
			}
		}
		for id, st := range existing {
			if seen[id] || (st != ReminderPending && st != ReminderSnoozed) {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE reminders SET status = 'cancelled', updated_at = ?
				WHERE id = ? AND fired_at = 0 AND status IN ('pending', 'snoozed')`, now.Unix(), id); err != nil {
				return fmt.Errorf("withdraw reminder %s: %w", id, err)
			}
		}
		for _, a := range addrs {
			if _, err := tx.ExecContext(ctx, `DELETE FROM engine_stale WHERE addr = ?`, a); err != nil {
				return err
			}
			if at, ok := recheck[a]; ok {
				_, err = tx.ExecContext(ctx, `INSERT INTO engine_recheck (addr, at) VALUES (?, ?)
					ON CONFLICT (addr) DO UPDATE SET at = excluded.at`, a, at.Unix())
			} else {
				_, err = tx.ExecContext(ctx, `DELETE FROM engine_recheck WHERE addr = ?`, a)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save reminders: %w", err)
	}
	return dropped, nil
}

// insertReminderSQL stores a new reminder at its place in due order
// (reminderRowid, schema_order.go).
var insertReminderSQL = `INSERT INTO reminders (rowid, id, rule, account, contact, contact_name, thread_id, subject, due, why,
	meeting_at, about, expires, moot, channels, payload, created_at, updated_at)
VALUES (` + reminderRowid("?8") + `, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)`

// updateReminderSQL refreshes a waiting (or revives a cancelled) unfired
// reminder, moving it to its new place in due order when the due time
// changed; the WHERE guards against a tick that fired it meanwhile.
var updateReminderSQL = `UPDATE reminders SET rowid = CASE WHEN due = ?8 THEN rowid ELSE ` + reminderRowid("?8") + ` END, rule = ?2, account = ?3, contact = ?4, contact_name = ?5,
	thread_id = ?6, subject = ?7, due = ?8, why = ?9, meeting_at = ?10, about = ?11, expires = ?12, moot = ?13,
	channels = ?14, payload = ?15, updated_at = ?16, status = 'pending'
WHERE id = ?1 AND fired_at = 0 AND status IN ('pending', 'cancelled')`

func reminderArgs(r *Projected, now time.Time) ([]any, error) {
	payload, err := json.Marshal(&r.Reminder)
	if err != nil {
		return nil, err
	}
	ch := r.Channels
	if ch == nil {
		ch = []string{}
	}
	channels, _ := json.Marshal(ch)
	var meet any
	if !r.MeetingAt.IsZero() {
		meet = r.MeetingAt.Unix()
	}
	var thread any
	if r.ThreadID != 0 {
		thread = r.ThreadID
	}
	return []any{r.ID, r.Rule, r.Account, r.Contact.Addr, r.Contact.Name, thread, r.Subject, r.Due.Unix(), r.Why,
		meet, r.About, unixOrZero(r.Expires), unixOrZero(r.Moot), string(channels), string(payload), now.Unix()}, nil
}

func unixOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// FireDue moves every waiting reminder due at or before now to the outbox,
// in one transaction: one deliveries row per channel (status pending,
// next_attempt now; a snoozed reminder firing again resets its rows),
// fired_at = now, status pending, late when due before lateBefore. Those
// that expired first are dropped instead. The tick time is recorded too.
func (s *Store) FireDue(ctx context.Context, now, lateBefore time.Time) (fired, dropped []ReminderRow, err error) {
	n := now.Unix()
	lb := unixOrZero(lateBefore)
	lists := channelLists{}
	err = s.Tx(ctx, func(tx *sql.Tx) error {
		if err := bigCache(ctx, tx); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT `+reminderCols+` FROM reminders INDEXED BY reminders_waiting
			WHERE fired_at = 0 AND status IN ('pending', 'snoozed') AND due <= ? ORDER BY due, id`, n)
		if err != nil {
			return err
		}
		for rows.Next() {
			r, err := scanReminder(rows, lists)
			if err != nil {
				rows.Close()
				return err
			}
			if !r.Expires.IsZero() && !r.Expires.After(now) {
				dropped = append(dropped, r)
				continue
			}
			r.Late = r.Due.Unix() < lb
			fired = append(fired, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(fired)+len(dropped) > 0 {
			restore, err := memJournals(ctx, tx)
			if err != nil {
				return err
			}
			defer restore()
		}
		if len(dropped) > 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE reminders INDEXED BY reminders_waiting SET status = 'dropped', updated_at = ?1
				WHERE fired_at = 0 AND status IN ('pending', 'snoozed') AND due <= ?1 AND expires != 0 AND expires <= ?1`, n); err != nil {
				return fmt.Errorf("drop: %w", err)
			}
		}
		if len(fired) > 0 {
			// Deliveries first: the same WHERE then still selects the set.
			if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (reminder_id, channel, status, next_attempt)
				SELECT r.id, c.value, 'pending', ?1 FROM reminders r INDEXED BY reminders_waiting, json_each(r.channels) c
				WHERE r.fired_at = 0 AND r.status IN ('pending', 'snoozed') AND r.due <= ?1
				ON CONFLICT (reminder_id, channel) DO UPDATE SET status = 'pending', attempts = 0,
					next_attempt = excluded.next_attempt, last_attempt = 0, last_error = '', message_id = '', sent_at = 0`, n); err != nil {
				return fmt.Errorf("queue deliveries: %w", err)
			}
			// Status is set only where it changes (snoozed ones): setting it
			// on every row would rewrite their reminders_due entries too.
			if _, err := tx.ExecContext(ctx, `UPDATE reminders INDEXED BY reminders_waiting SET status = 'pending'
				WHERE fired_at = 0 AND status IN ('pending', 'snoozed') AND status = 'snoozed' AND due <= ?1`, n); err != nil {
				return fmt.Errorf("fire: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE reminders INDEXED BY reminders_waiting SET fired_at = ?1, fires = fires + 1,
				late = (due < ?2), updated_at = ?1
				WHERE fired_at = 0 AND status IN ('pending', 'snoozed') AND status = 'pending' AND due <= ?1`, n, lb); err != nil {
				return fmt.Errorf("fire: %w", err)
			}
		}
		return setMeta(ctx, tx, metaLastTick, n)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("fire due reminders: %w", err)
	}
	for i := range fired {
		fired[i].Status, fired[i].FiredAt = ReminderPending, time.Unix(n, 0).UTC()
		fired[i].Fires++
	}
	for i := range dropped {
		dropped[i].Status = ReminderDropped
	}
	return fired, dropped, nil
}

// bigCache gives the writer connection a page cache that holds the hot
// parts of the reminders and deliveries tables (connection-wide, so it
// costs nothing after the first time): a morning tick touches thousands of
// rows, and re-reading their pages through syscalls would cost more than
// the work itself.
func bigCache(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "PRAGMA cache_size = -65536")
	return err
}

// memJournals keeps statement journals (the pages a multi-row statement
// changes, kept to undo it) in memory instead of a temporary file until
// the returned func runs; the writer's other work keeps the default, so a
// big sort elsewhere does not grow the heap.
func memJournals(ctx context.Context, tx *sql.Tx) (restore func(), err error) {
	if _, err := tx.ExecContext(ctx, "PRAGMA temp_store = MEMORY"); err != nil {
		return nil, err
	}
	return func() { _, _ = tx.ExecContext(ctx, "PRAGMA temp_store = DEFAULT") }, nil
}

// LastTick returns the time of the last FireDue (zero if none).
func (s *Store) LastTick(ctx context.Context) (time.Time, error) {
	v, ok, err := s.GetMeta(ctx, metaLastTick)
	if err != nil || !ok {
		return time.Time{}, err
	}
	var n int64
	fmt.Sscan(v, &n)
	return unixTime(n), nil
}

// reminderCols are the columns scanReminder reads (payload not included:
// reading it costs more than a tick can spare; see Reminders).
const reminderCols = `id, rule, account, contact, contact_name, COALESCE(thread_id, 0), subject, due, why,
	COALESCE(meeting_at, 0), late, status, snoozed_until, about, expires, moot, fired_at, fires, channels`

// channelLists decodes the channels column once per distinct value: most
// reminders share one or two lists, and a tick decodes thousands.
type channelLists map[string][]string

func (c channelLists) decode(js string) []string {
	l, ok := c[js]
	if !ok {
		_ = json.Unmarshal([]byte(js), &l)
		c[js] = l
	}
	return slices.Clone(l)
}

func scanReminder(sc scanner, lists channelLists) (ReminderRow, error) {
	var (
		r                                    ReminderRow
		due, meet, snooze, exp, moot, fireAt int64
		channels                             string
	)
	err := sc.Scan(&r.ID, &r.Rule, &r.Account, &r.Contact.Addr, &r.Contact.Name, &r.ThreadID, &r.Subject, &due, &r.Why,
		&meet, &r.Late, &r.Status, &snooze, &r.About, &exp, &moot, &fireAt, &r.Fires, &channels)
	if err != nil {
		return r, err
	}
	r.Due, r.MeetingAt, r.SnoozedUntil = unixTime(due), unixTime(meet), unixTime(snooze)
	r.Expires, r.Moot, r.FiredAt = unixTime(exp), unixTime(moot), unixTime(fireAt)
	r.Channels = lists.decode(channels)
	return r, nil
}

// ReminderFilter selects reminders; zero fields match all.
type ReminderFilter struct {
	IDs      []string
	Contacts []string // the contact (whom to write to) or the contact it is about
	Statuses []string
	// Waiting: only reminders not fired yet (status pending or snoozed).
	Waiting     bool
	From, Until time.Time // due within [From, Until]
	Limit       int
	// Payload: read the rendered title, body and draft too.
	Payload bool
}

// Reminders returns the reminders f selects, by due time then id.
func (s *Store) Reminders(ctx context.Context, f ReminderFilter) ([]ReminderRow, error) {
	q := `SELECT ` + reminderCols + `, payload FROM reminders WHERE 1=1`
	var args []any
	in := func(col string, vals []string) {
		q += ` AND ` + col + ` IN (` + placeholders(len(vals)) + `)`
		for _, v := range vals {
			args = append(args, v)
		}
	}
	if len(f.IDs) > 0 {
		in("id", f.IDs)
	}
	if len(f.Contacts) > 0 {
		q += ` AND (contact IN (` + placeholders(len(f.Contacts)) + `) OR about IN (` + placeholders(len(f.Contacts)) + `))`
		for range 2 {
			for _, c := range f.Contacts {
				args = append(args, domain.NormAddr(c))
			}
		}
	}
	if len(f.Statuses) > 0 {
		in("status", f.Statuses)
	}
	if f.Waiting {
		q += ` AND fired_at = 0 AND status IN ('pending', 'snoozed')`
	}
	if !f.From.IsZero() {
		q += ` AND due >= ?`
		args = append(args, f.From.Unix())
	}
	if !f.Until.IsZero() {
		q += ` AND due <= ?`
		args = append(args, f.Until.Unix())
	}
	q += ` ORDER BY due, id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list reminders: %w", err)
	}
	defer rows.Close()
	var out []ReminderRow
	lists := channelLists{}
	for rows.Next() {
		var payload string
		r, err := scanReminder(rowsWithTail{rows, &payload}, lists)
		if err != nil {
			return nil, fmt.Errorf("list reminders: %w", err)
		}
		if f.Payload && payload != "" {
			var p domain.Reminder
			if json.Unmarshal([]byte(payload), &p) == nil {
				r.Title, r.Body, r.Draft, r.ReplyTo = p.Title, p.Body, p.Draft, p.ReplyTo
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// rowsWithTail scans one trailing column after the ones asked for.
type rowsWithTail struct {
	rows *sql.Rows
	tail any
}

func (r rowsWithTail) Scan(dest ...any) error { return r.rows.Scan(append(dest, r.tail)...) }

// ResolveReminder turns an ID or a unique prefix of at least 4 characters
// into the full ID.
func (s *Store) ResolveReminder(ctx context.Context, idOrPrefix string) (string, error) {
	p := strings.ToLower(strings.TrimSpace(idOrPrefix))
	if len(p) < 4 {
		return "", fmt.Errorf("reminder %q: %w", idOrPrefix, ErrUnknownReminder)
	}
	ids, err := queryStrings(ctx, s.r, `SELECT id FROM reminders WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`, p, p+"\xff")
	if err != nil {
		return "", fmt.Errorf("find reminder %s: %w", idOrPrefix, err)
	}
	switch {
	case len(ids) == 0:
		return "", fmt.Errorf("reminder %s: %w", idOrPrefix, ErrUnknownReminder)
	case len(ids) > 1 && ids[0] != p:
		return "", fmt.Errorf("reminder %s: %w", idOrPrefix, ErrAmbiguousReminder)
	}
	return ids[0], nil
}

// MarkDone records that the owner dealt with a reminder: status done, and
// the action in the log, in one transaction.
func (s *Store) MarkDone(ctx context.Context, id string, at time.Time, source string) error {
	return s.act(ctx, id, at, source, "done", time.Time{},
		`UPDATE reminders SET status = 'done', updated_at = ?2 WHERE id = ?1`, id, at.Unix())
}

// SnoozeReminder moves a reminder to until: it waits again (status
// snoozed, fired_at 0) and fires at until, unless the moment after which it
// makes no sense comes first. The action is logged in the same transaction.
func (s *Store) SnoozeReminder(ctx context.Context, id string, until, at time.Time, source string) error {
	return s.act(ctx, id, at, source, "snooze", until, `UPDATE reminders SET rowid = CASE WHEN due = ?3 THEN rowid ELSE `+reminderRowid("?3")+` END,
		status = 'snoozed', due = ?3, snoozed_until = ?3,
		fired_at = 0, late = 0, expires = moot, updated_at = ?2,
		payload = CASE WHEN json_valid(payload) THEN json_set(payload, '$.due', ?4) ELSE payload END
		WHERE id = ?1`, id, at.Unix(), until.Unix(), until.Format(time.RFC3339))
}

func (s *Store) act(ctx context.Context, id string, at time.Time, source, action string, until time.Time, q string, args ...any) error {
	if source == "" {
		source = "cli"
	}
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrUnknownReminder
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO actions (at, action, target, until, source) VALUES (?, ?, ?, ?, ?)`,
			at.Unix(), action, id, unixOrZero(until), source)
		return err
	})
	if err != nil {
		return fmt.Errorf("%s reminder %s: %w", action, id, err)
	}
	return nil
}
