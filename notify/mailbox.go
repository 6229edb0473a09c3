package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapconn"
)

// FolderRole names a folder by what it is for; the Mailbox finds its name.
type FolderRole string

const (
	FolderInbox  FolderRole = "inbox"
	FolderDrafts FolderRole = "drafts"
	FolderSent   FolderRole = "sent"
)

// Mailbox is what the inbox and draft channels, and the email channel's
// exactly-once lookup, need of the owner's IMAP account.
type Mailbox interface {
	// Append stores msg in the folder with the given flags and internal date.
	Append(ctx context.Context, folder FolderRole, flags []imap.Flag, date time.Time, msg []byte) error
	// Contains reports whether the folder holds a message with this
	// Message-ID (without angle brackets).
	Contains(ctx context.Context, folder FolderRole, messageID string) (bool, error)
}

// errFolderMissing is wrapped when a folder cannot be found or does not
// exist; deliveries into it fail permanently.
var errFolderMissing = errors.New("folder missing")

// IMAPMailboxOptions configures an IMAPMailbox.
type IMAPMailboxOptions struct {
	// Account is how to reach and log in to the owner's account.
	Account imapconn.Options
	// Dial, when set, replaces imapconn.Dial with Account (tests).
	Dial func(ctx context.Context) (*imapclient.Client, error)
	// Folders overrides folder names by role (from the config); roles
	// not named are found by SPECIAL-USE (RFC 6154), then usual names.
	Folders map[FolderRole]string
	// Log receives connection problems; nil discards.
	Log *slog.Logger
}

// IMAPMailbox is a Mailbox over one IMAP connection, opened on first use
// and opened again after it breaks. It is safe for concurrent use;
// commands are serialised on the one connection.
type IMAPMailbox struct {
	opt IMAPMailboxOptions

	mu      sync.Mutex
	c       *imapclient.Client
	folders map[FolderRole]string
}

// NewIMAPMailbox returns a mailbox; it does not connect.
func NewIMAPMailbox(opt *IMAPMailboxOptions) *IMAPMailbox {
	m := &IMAPMailbox{folders: map[FolderRole]string{}}
	if opt != nil {
		m.opt = *opt
	}
	if m.opt.Log == nil {
		m.opt.Log = slog.New(slog.DiscardHandler)
	}
	if m.opt.Dial == nil && m.opt.Account.Host != "" {
		acct, log := m.opt.Account, m.opt.Log
		m.opt.Dial = func(ctx context.Context) (*imapclient.Client, error) { return imapconn.Dial(ctx, acct, log) }
	}
	return m
}

// Close logs out and closes the connection, if any.
func (m *IMAPMailbox) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.c == nil {
		return nil
	}
	c := m.c
	m.c = nil
	_ = c.Logout().Wait()
	return c.Close()
}

// do runs fn on a live connection under the lock. The connection is
// closed when ctx ends (so a hung server cannot hold a send forever) and
// dropped after any error that is not a server's NO or BAD answer.
func (m *IMAPMailbox) do(ctx context.Context, fn func(c *imapclient.Client) error) error {
	if m.opt.Dial == nil {
		return errors.New("imap mailbox: no account configured")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.c != nil {
		select {
		case <-m.c.Closed():
			m.c = nil
		default:
		}
	}
	if m.c == nil {
		c, err := m.opt.Dial(ctx)
		if err != nil {
			if !imapconn.Retryable(err) {
				// A refused login or an untrusted certificate is the
				// owner's to fix: retry slowly, keep the reminder.
				return RetryAfter(fmt.Errorf("connect: %w", err), 15*time.Minute)
			}
			return fmt.Errorf("connect: %w", err)
		}
		m.c = c
	}
	c := m.c
	stop := context.AfterFunc(ctx, func() { c.Close() })
	err := fn(c)
	if !stop() { // ctx ended mid-command and closed the connection
		m.c = nil
		if err == nil {
			err = ctx.Err()
		}
		return err
	}
	var ie *imap.Error
	if err != nil && !errors.As(err, &ie) {
		c.Close()
		m.c = nil
	}
	return err
}

// folder returns the name of the folder for role, looking it up once.
func (m *IMAPMailbox) folder(c *imapclient.Client, role FolderRole) (string, error) {
	if role == FolderInbox {
		return "INBOX", nil
	}
	if n := m.opt.Folders[role]; n != "" {
		return n, nil
	}
	if n := m.folders[role]; n != "" {
		return n, nil
	}
	var opts *imap.ListOptions
	if c.Caps().Has(imap.CapSpecialUse) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	list, err := c.List("", "*", opts).Collect()
	if err != nil {
		return "", fmt.Errorf("list folders: %w", err)
	}
	name := pickFolder(list, role)
	if name == "" {
		return "", Permanent(fmt.Errorf("%w: no %s folder (set one in the config)", errFolderMissing, role))
	}
	m.folders[role] = name
	return name, nil
}

func pickFolder(list []*imap.ListData, role FolderRole) string {
	var name string
	switch role {
	case FolderDrafts:
		name, _ = imapconn.PickFolder(list, imap.MailboxAttrDrafts, imapconn.DraftsNames)
	case FolderSent:
		name, _ = imapconn.PickFolder(list, imap.MailboxAttrSent, imapconn.SentNames)
	}
	return name
}

// Append implements Mailbox.
func (m *IMAPMailbox) Append(ctx context.Context, role FolderRole, flags []imap.Flag, date time.Time, msg []byte) error {
	return m.do(ctx, func(c *imapclient.Client) error {
		name, err := m.folder(c, role)
		if err != nil {
			return err
		}
		cmd := c.Append(name, int64(len(msg)), &imap.AppendOptions{Flags: flags, Time: date})
		if _, err := cmd.Write(msg); err != nil {
			cmd.Close()
			return fmt.Errorf("append to %s: %w", name, err)
		}
		if err := cmd.Close(); err != nil {
			return fmt.Errorf("append to %s: %w", name, err)
		}
		if _, err := cmd.Wait(); err != nil {
			return classifyIMAP(fmt.Errorf("append to %s: %w", name, err))
		}
		return nil
	})
}

// Contains implements Mailbox with EXAMINE and UID SEARCH HEADER
// Message-ID (RFC 3501 6.4.4). The angle brackets are part of the search
// string: the match is a substring match, and the brackets make it exact.
func (m *IMAPMailbox) Contains(ctx context.Context, role FolderRole, messageID string) (bool, error) {
	var found bool
	err := m.do(ctx, func(c *imapclient.Client) error {
		name, err := m.folder(c, role)
		if err != nil {
			return err
		}
		if _, err := c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			return classifyIMAP(fmt.Errorf("examine %s: %w", name, err))
		}
		crit := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + messageID + ">"}}}
		data, err := c.UIDSearch(crit, nil).Wait()
		if err != nil {
			return fmt.Errorf("search %s: %w", name, err)
		}
		found = len(data.AllUIDs()) > 0
		return nil
	})
	return found, err
}

// Check finds the folders the channels use, for `followupd check`.
func (m *IMAPMailbox) Check(ctx context.Context, roles ...FolderRole) error {
	return m.do(ctx, func(c *imapclient.Client) error {
		for _, r := range roles {
			if _, err := m.folder(c, r); err != nil {
				return err
			}
		}
		return nil
	})
}

// classifyIMAP marks a missing folder as permanent (RFC 3501 6.3.11:
// TRYCREATE; RFC 5530 NONEXISTENT).
func classifyIMAP(err error) error {
	var ie *imap.Error
	if errors.As(err, &ie) && (ie.Code == imap.ResponseCodeTryCreate || ie.Code == imap.ResponseCodeNonExistent) {
		return Permanent(fmt.Errorf("%w: %w", errFolderMissing, err))
	}
	return err
}
