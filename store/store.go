// Package store keeps followupd's state in one SQLite file (modernc.org/sqlite,
// pure Go): messages and where they live on the server, threads, contacts,
// per-folder sync state, reminders (the outbox), their deliveries and the
// owner's actions.
//
// Failure model. The file runs in WAL mode with synchronous=FULL (the
// outbox's exactly-once guarantee needs a commit to survive power loss).
// Every write goes through one writer connection inside a transaction, so a
// crash leaves either the whole of a change or none of it. Readers use a separate pool and never block the writer.
// Migrations are versioned (PRAGMA user_version) and each runs in its own
// transaction; a file written by a newer followupd is refused rather than
// guessed at. Message rows are keyed by (account, Message-ID), so a rescan
// after a UIDVALIDITY change finds the rows it already has instead of
// duplicating them. Secrets are never written here.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is an open state file. It is safe for concurrent use.
type Store struct {
	w    *sql.DB // the single writer connection
	r    *sql.DB // readers
	path string

	stop      chan struct{} // ends checkpointLoop
	stopped   chan struct{}
	closeOnce sync.Once
}

// Open opens (creating if needed) the state file at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	dsn := func(extra string) string {
		q := url.Values{}
		q.Add("_pragma", "busy_timeout(10000)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Add("_pragma", "foreign_keys(1)")
		// 8 MiB of page cache per connection: enough for batched inserts,
		// small enough for the daemon's 64 MB memory budget.
		q.Add("_pragma", "cache_size(-8192)")
		q.Add("_time_format", "sqlite")
		s := "file:" + path + "?" + q.Encode()
		if extra != "" {
			s += "&" + extra
		}
		return s
	}
	// The writer never checkpoints at commit (wal_autocheckpoint 0): the
	// checkpoint loop below copies the WAL back into the database in the
	// background, off the path of a sync batch or a tick.
	w, err := sql.Open("sqlite", dsn("_txlock=immediate&_pragma=wal_autocheckpoint(0)"))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn("mode=ro"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	s := &Store{w: w, r: r, path: path, stop: make(chan struct{}), stopped: make(chan struct{})}
	if err := s.migrate(ctx); err != nil {
		close(s.stopped)
		s.closeDBs()
		return nil, err
	}
	_ = os.Chmod(path, 0o600)
	go s.checkpointLoop()
	return s, nil
}

// Path is the file the store lives in.
func (s *Store) Path() string { return s.path }

// Close stops the checkpoint loop, copies the WAL back into the database
// and closes the file. Call it last, after everything that writes.
func (s *Store) Close() error {
	s.closeOnce.Do(func() { close(s.stop) })
	<-s.stopped
	_, cerr := s.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	return errors.Join(s.closeDBs(), cerr)
}

func (s *Store) closeDBs() error {
	err1 := s.r.Close()
	err2 := s.w.Close()
	return errors.Join(err2, err1)
}

// Checkpoint policy: every checkpointEvery, or sooner once the WAL passes
// checkpointBytes, copy what readers no longer need back into the database
// (PASSIVE: it never waits for a reader).
const (
	checkpointEvery = 10 * time.Second
	checkpointBytes = 8 << 20
)

func (s *Store) checkpointLoop() {
	defer close(s.stopped)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-s.stop:
			return
		case now := <-t.C:
			fi, err := os.Stat(s.path + "-wal")
			if err != nil || fi.Size() == 0 {
				continue
			}
			if fi.Size() < checkpointBytes && now.Sub(last) < checkpointEvery {
				continue
			}
			_, _ = s.w.Exec("PRAGMA wal_checkpoint(PASSIVE)")
			last = now
		}
	}
}

// Tx runs fn in one write transaction: all of it commits or none of it.
func (s *Store) Tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and returns an error unless
// SQLite answers "ok".
func (s *Store) IntegrityCheck(ctx context.Context) error {
	var res string
	if err := s.w.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	return nil
}
