package dovecottest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// FolderDir returns the Maildir++ directory of a folder: the Maildir root
// for "" or "INBOX", else ".Name" with "/" turned into ".".
func (s *Server) FolderDir(folder string) string {
	if folder == "" || strings.EqualFold(folder, "INBOX") {
		return s.MailDir
	}
	return filepath.Join(s.MailDir, "."+strings.ReplaceAll(folder, "/", "."))
}

// DeliverMaildir writes raw straight into the folder's Maildir new/
// directory, the way a local delivery agent does, with date as its
// INTERNALDATE (the file's mtime). It is the fast way to load many messages:
// no IMAP round trip. The folder is created if needed. Dovecot notices the
// file at its next sync of the folder (an idling client is told within
// about a second). Safe for concurrent use.
func (s *Server) DeliverMaildir(folder string, raw []byte, date time.Time) error {
	dir := s.FolderDir(folder)
	if err := s.ensureMaildir(dir); err != nil {
		return err
	}
	now := time.Now()
	name := fmt.Sprintf("%d.M%dP%dQ%d.dovecottest,S=%d", now.Unix(), now.Nanosecond()/1000,
		os.Getpid(), s.seq.Add(1), len(raw))
	tmp := filepath.Join(dir, "tmp", name)
	if err := os.WriteFile(tmp, raw, 0o644); err != nil {
		return fmt.Errorf("deliver to %s: %w", folder, err)
	}
	if date.IsZero() {
		date = now
	}
	if err := os.Chtimes(tmp, date, date); err != nil {
		return fmt.Errorf("deliver to %s: %w", folder, err)
	}
	if err := s.own.chown(tmp); err != nil {
		return fmt.Errorf("deliver to %s: %w", folder, err)
	}
	// Rename is atomic: Dovecot never sees half a message in new/.
	if err := os.Rename(tmp, filepath.Join(dir, "new", name)); err != nil {
		return fmt.Errorf("deliver to %s: %w", folder, err)
	}
	return nil
}

func (s *Server) ensureMaildir(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "new")); err == nil {
		return nil
	}
	for _, sub := range []string{"", "tmp", "new", "cur"} {
		p := filepath.Join(dir, sub)
		if err := os.MkdirAll(p, 0o700); err != nil {
			return err
		}
		if err := s.own.chown(p); err != nil {
			return err
		}
	}
	return nil
}

// forgetUIDs removes a Maildir folder's UID list and indexes and moves its
// messages back to new/, so that Dovecot (when next started) assigns a new
// UIDVALIDITY and UIDs from 1. Only while the server is stopped.
func (s *Server) forgetUIDs(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "dovecot-uidlist") || strings.HasPrefix(e.Name(), "dovecot.index") {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	cur, err := os.ReadDir(filepath.Join(dir, "cur"))
	if err != nil {
		return err
	}
	for _, e := range cur {
		base, _, _ := strings.Cut(e.Name(), ":")
		if err := os.Rename(filepath.Join(dir, "cur", e.Name()), filepath.Join(dir, "new", base)); err != nil {
			return err
		}
	}
	return nil
}
