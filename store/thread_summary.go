package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/followupd/followupd/domain"
)

// LastMessage is the latest message of a thread (in one direction, or
// either); At is zero when there is none.
type LastMessage struct {
	At        time.Time // the Date, at its own offset
	Kind      domain.Kind
	Direction domain.Direction
	MessageID string
}

// ThreadSummary is one thread as `followupd threads` shows it.
type ThreadSummary struct {
	ID      int64
	Account string
	Subject string // of the first message
	// Contact is the main correspondent (address normalized, name from
	// the contacts table); Muted is theirs.
	Contact      domain.Address
	Muted        bool
	Messages     int
	FirstAt      time.Time
	LastSent     LastMessage
	LastReceived LastMessage
	Last         LastMessage
}

// Threads lists threads (of account, or all when ""), the most recently
// active first, read in one snapshot.
func (s *Store) Threads(ctx context.Context, account string) ([]ThreadSummary, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("list threads: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `
SELECT t.id, t.account, t.subject, t.contact, COALESCE(c.name, ''), COALESCE(c.muted, 0), t.first_at
FROM threads t LEFT JOIN contacts c ON c.account = t.account AND c.addr = t.contact
WHERE ?1 = '' OR t.account = ?1
ORDER BY t.last_at DESC, t.id DESC`, account)
	if err != nil {
		return nil, fmt.Errorf("list threads: %w", err)
	}
	var out []ThreadSummary
	index := map[int64]int{}
	for rows.Next() {
		var ts ThreadSummary
		var first int64
		if err := rows.Scan(&ts.ID, &ts.Account, &ts.Subject, &ts.Contact.Addr, &ts.Contact.Name, &ts.Muted, &first); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list threads: %w", err)
		}
		if first != 0 {
			ts.FirstAt = time.Unix(first, 0).UTC()
		}
		index[ts.ID] = len(out)
		out = append(out, ts)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list threads: %w", err)
	}
	// One pass over the messages, oldest first: the last row seen wins.
	rows, err = tx.QueryContext(ctx, `
SELECT thread_id, message_id, direction, date, date_offset, COALESCE(kind, '')
FROM messages WHERE thread_id IS NOT NULL AND (?1 = '' OR account = ?1)
ORDER BY date, id`, account)
	if err != nil {
		return nil, fmt.Errorf("list threads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			thread, date int64
			off          int
			lm           LastMessage
		)
		if err := rows.Scan(&thread, &lm.MessageID, &lm.Direction, &date, &off, &lm.Kind); err != nil {
			return nil, fmt.Errorf("list threads: %w", err)
		}
		i, ok := index[thread]
		if !ok {
			continue
		}
		if date != 0 {
			lm.At = time.Unix(date, 0).In(fixedZone(off))
		}
		ts := &out[i]
		ts.Messages++
		ts.Last = lm
		if lm.Direction == domain.Sent {
			ts.LastSent = lm
		} else {
			ts.LastReceived = lm
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list threads: %w", err)
	}
	kept := out[:0]
	for _, ts := range out {
		if ts.Messages > 0 {
			kept = append(kept, ts)
		}
	}
	return kept, nil
}
