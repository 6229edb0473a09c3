package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// Delivery statuses (the deliveries.status column).
const (
	DeliveryPending = "pending"
	DeliverySent    = "sent"
	DeliveryFailed  = "failed"
)

// Delivery is one (reminder, channel) row of the outbox, with the reminder
// it delivers.
type Delivery struct {
	ReminderID string
	Channel    string
	Status     string // DeliveryPending, DeliverySent or DeliveryFailed
	// Attempts counts the attempts recorded so far, including the one a
	// claim has just recorded: Attempts > 1 after a claim means an earlier
	// attempt may have reached the channel (the process died, or the
	// channel failed after accepting).
	Attempts    int
	NextAttempt time.Time
	LastAttempt time.Time
	LastError   string
	MessageID   string // set when a mail channel delivered it
	SentAt      time.Time
	// Reminder is the reminders row, overlaid with its JSON payload.
	Reminder domain.Reminder
	// Fire is how many times the reminder has fired (reminders.fires): a
	// snoozed reminder fires again, and its deliveries start over under
	// new Message-IDs.
	Fire int
	// PayloadErr is set when the payload JSON could not be read; Reminder
	// then holds only the columns of the reminders row.
	PayloadErr string
}

const deliveryCols = `d.reminder_id, d.channel, d.status, d.attempts, d.next_attempt,
	d.last_attempt, d.last_error, d.message_id, d.sent_at,
	r.id, r.rule, r.contact, r.contact_name, COALESCE(r.thread_id, 0), r.subject,
	r.due, r.why, COALESCE(r.meeting_at, 0), r.late, r.payload, r.fires`

type scanner interface{ Scan(dest ...any) error }

func scanDelivery(sc scanner) (Delivery, error) {
	var (
		d                           Delivery
		next, last, sent, due, meet int64
		late                        bool
		payload                     string
		r                           = &d.Reminder
		contactAddr, contactName    string
	)
	err := sc.Scan(&d.ReminderID, &d.Channel, &d.Status, &d.Attempts, &next,
		&last, &d.LastError, &d.MessageID, &sent,
		&r.ID, &r.Rule, &contactAddr, &contactName, &r.ThreadID, &r.Subject,
		&due, &r.Why, &meet, &late, &payload, &d.Fire)
	if err != nil {
		return d, err
	}
	d.NextAttempt, d.LastAttempt, d.SentAt = unixTime(next), unixTime(last), unixTime(sent)
	r.Contact = domain.Address{Name: contactName, Addr: contactAddr}
	r.Due, r.MeetingAt, r.Late = unixTime(due), unixTime(meet), late
	if payload != "" && payload != "{}" {
		if err := json.Unmarshal([]byte(payload), r); err != nil {
			d.PayloadErr = err.Error()
		}
	}
	// The row's id is the key the outbox works by; a payload cannot change it.
	r.ID = d.ReminderID
	return d, nil
}

func unixTime(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

// ClaimDeliveries takes up to limit due deliveries (status pending,
// next_attempt <= now, reminder still pending), oldest first, and in the
// same transaction records the attempt: attempts+1, last_attempt = now and
// next_attempt = now + lease. The attempt is on disk before the caller sends,
// so a crash mid-send loses nothing: the row comes due again when the lease
// runs out, and Attempts tells the next run that a send may have happened.
// lease must exceed the longest send, or a second claimer could take the row
// while the first is still sending. channels, when given, restricts the
// claim to those channels.
func (s *Store) ClaimDeliveries(ctx context.Context, now time.Time, limit int, lease time.Duration, channels ...string) ([]Delivery, error) {
	if limit <= 0 {
		limit = 100
	}
	where := ` FROM deliveries d JOIN reminders r ON r.id = d.reminder_id
		WHERE d.status = 'pending' AND d.next_attempt <= ? AND r.status = 'pending'`
	args := []any{now.Unix()}
	if len(channels) > 0 {
		where += ` AND d.channel IN (` + strings.TrimSuffix(strings.Repeat("?,", len(channels)), ",") + `)`
		for _, c := range channels {
			args = append(args, c)
		}
	}
	// Look before taking the write lock: a dispatcher polls often and
	// usually finds nothing due.
	var one int
	switch err := s.r.QueryRowContext(ctx, `SELECT 1`+where+` LIMIT 1`, args...).Scan(&one); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	q := `SELECT ` + deliveryCols + where + ` ORDER BY d.next_attempt, r.due, d.reminder_id, d.channel LIMIT ?`
	args = append(args, limit)

	var out []Delivery
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			d, err := scanDelivery(rows)
			if err != nil {
				rows.Close()
				return err
			}
			out = append(out, d)
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
		next := now.Add(lease)
		for i := range out {
			d := &out[i]
			_, err := tx.ExecContext(ctx, `UPDATE deliveries
				SET attempts = attempts + 1, last_attempt = ?, next_attempt = ?
				WHERE reminder_id = ? AND channel = ? AND status = 'pending'`,
				now.Unix(), next.Unix(), d.ReminderID, d.Channel)
			if err != nil {
				return err
			}
			d.Attempts++
			d.LastAttempt, d.NextAttempt = unixTime(now.Unix()), unixTime(next.Unix())
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	return out, nil
}

// MarkSent records that the channel took the delivery. msgID is the
// Message-ID a mail channel used ("" for others).
func (s *Store) MarkSent(ctx context.Context, reminderID, channel, msgID string, at time.Time) error {
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE deliveries
			SET status = 'sent', sent_at = ?, message_id = ?, last_error = ''
			WHERE reminder_id = ? AND channel = ? AND status = 'pending'`,
			at.Unix(), msgID, reminderID, channel)
		return err
	})
	if err != nil {
		return fmt.Errorf("mark delivery %s/%s sent: %w", reminderID, channel, err)
	}
	return nil
}

// MarkFailed records a failed attempt. A permanent failure ends the
// delivery (status failed, the error kept for `threads` and `plan`); a
// temporary one leaves it pending until next.
func (s *Store) MarkFailed(ctx context.Context, reminderID, channel string, permanent bool, errText string, next time.Time) error {
	status := DeliveryPending
	if permanent {
		status = DeliveryFailed
	}
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE deliveries
			SET status = ?, last_error = ?, next_attempt = ?
			WHERE reminder_id = ? AND channel = ? AND status = 'pending'`,
			status, errText, next.Unix(), reminderID, channel)
		return err
	})
	if err != nil {
		return fmt.Errorf("mark delivery %s/%s failed: %w", reminderID, channel, err)
	}
	return nil
}

// DeliveryFilter selects deliveries for display; zero fields match all.
type DeliveryFilter struct {
	ReminderIDs []string
	Channel     string
	Status      string
	Limit       int // 0: no limit
}

// ListDeliveries returns the deliveries f selects, by reminder due time
// then channel, for `threads`, `plan` and the log.
func (s *Store) ListDeliveries(ctx context.Context, f DeliveryFilter) ([]Delivery, error) {
	q := `SELECT ` + deliveryCols + ` FROM deliveries d JOIN reminders r ON r.id = d.reminder_id WHERE 1=1`
	var args []any
	if len(f.ReminderIDs) > 0 {
		q += ` AND d.reminder_id IN (` + strings.TrimSuffix(strings.Repeat("?,", len(f.ReminderIDs)), ",") + `)`
		for _, id := range f.ReminderIDs {
			args = append(args, id)
		}
	}
	if f.Channel != "" {
		q += ` AND d.channel = ?`
		args = append(args, f.Channel)
	}
	if f.Status != "" {
		q += ` AND d.status = ?`
		args = append(args, f.Status)
	}
	q += ` ORDER BY r.due, d.reminder_id, d.channel`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list deliveries: %w", err)
	}
	defer rows.Close()
	var out []Delivery
	for rows.Next() {
		d, err := scanDelivery(rows)
		if err != nil {
			return nil, fmt.Errorf("list deliveries: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list deliveries: %w", err)
	}
	return out, nil
}

// DeliveryStatus returns one delivery; ok is false when there is no such row.
func (s *Store) DeliveryStatus(ctx context.Context, reminderID, channel string) (d Delivery, ok bool, err error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+deliveryCols+`
		FROM deliveries d JOIN reminders r ON r.id = d.reminder_id
		WHERE d.reminder_id = ? AND d.channel = ?`, reminderID, channel)
	d, err = scanDelivery(row)
	if err == sql.ErrNoRows {
		return Delivery{}, false, nil
	}
	if err != nil {
		return Delivery{}, false, fmt.Errorf("read delivery %s/%s: %w", reminderID, channel, err)
	}
	return d, true, nil
}

// NextDelivery returns when the earliest pending delivery comes due (zero
// and false when none is pending), so a dispatcher can sleep until then.
func (s *Store) NextDelivery(ctx context.Context, channels ...string) (time.Time, bool, error) {
	q := `SELECT MIN(d.next_attempt) FROM deliveries d JOIN reminders r ON r.id = d.reminder_id
		WHERE d.status = 'pending' AND r.status = 'pending'`
	var args []any
	if len(channels) > 0 {
		q += ` AND d.channel IN (` + strings.TrimSuffix(strings.Repeat("?,", len(channels)), ",") + `)`
		for _, c := range channels {
			args = append(args, c)
		}
	}
	var next sql.NullInt64
	if err := s.r.QueryRowContext(ctx, q, args...).Scan(&next); err != nil {
		return time.Time{}, false, fmt.Errorf("read next delivery: %w", err)
	}
	if !next.Valid {
		return time.Time{}, false, nil
	}
	return time.Unix(next.Int64, 0).UTC(), true, nil
}
