package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Action is one thing the owner did (done, snooze, mute, unmute), kept as
// a log.
type Action struct {
	ID     int64 // set by the store
	At     time.Time
	Action string    // done | snooze | mute | unmute
	Target string    // a reminder id or a contact address
	Until  time.Time // snooze: until when; zero otherwise
	Source string    // cli | mail | desktop; "" means cli
}

// RecordAction appends an action to the log.
func (s *Store) RecordAction(ctx context.Context, a Action) error {
	if a.Source == "" {
		a.Source = "cli"
	}
	var until int64
	if !a.Until.IsZero() {
		until = a.Until.Unix()
	}
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO actions (at, action, target, until, source) VALUES (?, ?, ?, ?, ?)`,
			a.At.Unix(), a.Action, a.Target, until, a.Source)
		return err
	})
	if err != nil {
		return fmt.Errorf("record action %s %s: %w", a.Action, a.Target, err)
	}
	return nil
}

// Actions returns the log, oldest first, optionally only for one target
// ("" = all).
func (s *Store) Actions(ctx context.Context, target string) ([]Action, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, at, action, target, until, source FROM actions
WHERE ?1 = '' OR target = ?1 ORDER BY at, id`, target)
	if err != nil {
		return nil, fmt.Errorf("read actions: %w", err)
	}
	defer rows.Close()
	var out []Action
	for rows.Next() {
		var a Action
		var at, until int64
		if err := rows.Scan(&a.ID, &at, &a.Action, &a.Target, &until, &a.Source); err != nil {
			return nil, fmt.Errorf("read actions: %w", err)
		}
		a.At, a.Until = time.Unix(at, 0).UTC(), utcTime(until)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read actions: %w", err)
	}
	return out, nil
}
