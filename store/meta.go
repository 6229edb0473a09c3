package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// GetMeta returns a daemon fact (last tick, last good sync, ...); ok is
// false when the key was never set.
func (s *Store) GetMeta(ctx context.Context, key string) (value string, ok bool, err error) {
	err = s.r.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("read meta %s: %w", key, err)
	}
	return value, true, nil
}

// SetMeta sets a daemon fact.
func (s *Store) SetMeta(ctx context.Context, key, value string) error {
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
	if err != nil {
		return fmt.Errorf("write meta %s: %w", key, err)
	}
	return nil
}

// Counts is how much the store holds.
type Counts struct {
	Messages, Threads, Contacts, Locations int
}

// Count counts the store's rows (for check, the demo's summary and tests).
func (s *Store) Count(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.r.QueryRowContext(ctx, `SELECT
	(SELECT count(*) FROM messages), (SELECT count(*) FROM threads),
	(SELECT count(*) FROM contacts), (SELECT count(*) FROM locations)`).
		Scan(&c.Messages, &c.Threads, &c.Contacts, &c.Locations)
	if err != nil {
		return c, fmt.Errorf("count rows: %w", err)
	}
	return c, nil
}
