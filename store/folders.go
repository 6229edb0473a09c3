package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// FolderState is what the watcher needs to resume a folder without a full
// rescan: RFC 3501 UIDVALIDITY, the highest UID stored (every UID at or
// below it is stored) and, with CONDSTORE, HIGHESTMODSEQ.
type FolderState struct {
	UIDValidity   uint32
	HighestUID    uint32
	HighestModSeq uint64
}

// FolderState returns the stored state of a folder; zero if never synced.
func (s *Store) FolderState(ctx context.Context, account, folder string) (FolderState, error) {
	var st FolderState
	var v, uid, mod int64
	err := s.r.QueryRowContext(ctx,
		`SELECT uidvalidity, highest_uid, highest_modseq FROM folders WHERE account = ? AND folder = ?`,
		account, folder).Scan(&v, &uid, &mod)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("read folder state %s/%s: %w", account, folder, err)
	}
	return FolderState{UIDValidity: uint32(v), HighestUID: uint32(uid), HighestModSeq: uint64(mod)}, nil
}

// ResetFolder forgets a folder's UIDs after a UIDVALIDITY change (RFC 3501
// 2.3.1.1: every UID of the old validity is void): its locations rows go
// and its state restarts at uidValidity with nothing stored. The messages
// stay; a rescan finds them again by Message-ID instead of duplicating them.
func (s *Store) ResetFolder(ctx context.Context, account, folder string, uidValidity uint32) error {
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM locations WHERE account = ? AND folder = ?`, account, folder); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `
INSERT INTO folders (account, folder, role, uidvalidity, highest_uid, highest_modseq)
VALUES (?, ?, '', ?, 0, 0)
ON CONFLICT (account, folder) DO UPDATE SET
	uidvalidity = excluded.uidvalidity, highest_uid = 0, highest_modseq = 0`,
			account, folder, int64(uidValidity))
		return err
	})
	if err != nil {
		return fmt.Errorf("reset folder %s/%s: %w", account, folder, err)
	}
	return nil
}

// Folder is a watched folder's stored row.
type Folder struct {
	Account, Folder, Role string
	FolderState
	LastSync time.Time // when a batch was last saved for it; zero if never
}

// Folders lists every folder ever synced, by account and name.
func (s *Store) Folders(ctx context.Context) ([]Folder, error) {
	rows, err := s.r.QueryContext(ctx, `
SELECT account, folder, role, uidvalidity, highest_uid, highest_modseq, last_sync_at
FROM folders ORDER BY account, folder`)
	if err != nil {
		return nil, fmt.Errorf("list folders: %w", err)
	}
	defer rows.Close()
	var out []Folder
	for rows.Next() {
		var f Folder
		var v, uid, mod, last int64
		if err := rows.Scan(&f.Account, &f.Folder, &f.Role, &v, &uid, &mod, &last); err != nil {
			return nil, fmt.Errorf("list folders: %w", err)
		}
		f.FolderState = FolderState{UIDValidity: uint32(v), HighestUID: uint32(uid), HighestModSeq: uint64(mod)}
		if last != 0 {
			f.LastSync = time.Unix(last, 0).UTC()
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list folders: %w", err)
	}
	return out, nil
}

// saveFolderState writes a folder's new state inside a SaveBatch
// transaction. The sync time is the wall clock: it records when the store
// heard from the server, not a time any rule reasons about.
func saveFolderState(ctx context.Context, tx *sql.Tx, account, folder, role string, st FolderState) error {
	_, err := tx.ExecContext(ctx, `
INSERT INTO folders (account, folder, role, uidvalidity, highest_uid, highest_modseq, last_sync_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account, folder) DO UPDATE SET
	role = excluded.role, uidvalidity = excluded.uidvalidity, highest_uid = excluded.highest_uid,
	highest_modseq = excluded.highest_modseq, last_sync_at = excluded.last_sync_at`,
		account, folder, role, int64(st.UIDValidity), int64(st.HighestUID), int64(st.HighestModSeq), time.Now().Unix())
	if err != nil {
		return fmt.Errorf("save folder state: %w", err)
	}
	return nil
}
