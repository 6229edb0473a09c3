package notify

import (
	"context"
	"fmt"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/domain"
)

// InboxOptions configures the inbox channel.
type InboxOptions struct {
	// Mailbox is the owner's IMAP account. Required.
	Mailbox Mailbox
	// Owner is the owner's address: the message is From and To it.
	Owner domain.Address
	// Format renders subjects and times; nil means UTC.
	Format *Format
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
}

// Inbox APPENDs each reminder to the owner's INBOX, flagged, so it needs
// no SMTP. The message is the one the email channel would send.
type Inbox struct{ opt InboxOptions }

// NewInbox returns the inbox channel.
func NewInbox(opt *InboxOptions) *Inbox {
	c := &Inbox{}
	if opt != nil {
		c.opt = *opt
	}
	if c.opt.Clock == nil {
		c.opt.Clock = time.Now
	}
	return c
}

// Name implements Channel.
func (c *Inbox) Name() string { return "inbox" }

func (c *Inbox) needsMailbox() bool { return true }

// MessageID implements MailChannel.
func (c *Inbox) MessageID(d Delivery) string { return MessageID(d.ReminderID, d.Fire, "inbox", "") }

// Send implements Channel.
func (c *Inbox) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	if c.opt.Mailbox == nil {
		return Permanent(fmt.Errorf("inbox: no mailbox configured"))
	}
	now := c.opt.Clock()
	msg, err := buildReminder(c.opt.Format, r, c.opt.Owner, c.opt.Owner, c.MessageID(withID(r, d)), now)
	if err != nil {
		return err
	}
	if err := c.opt.Mailbox.Append(ctx, FolderInbox, []imap.Flag{imap.FlagFlagged}, now, msg); err != nil {
		return fmt.Errorf("inbox: %w", err)
	}
	return nil
}

// Delivered implements MailChannel.
func (c *Inbox) Delivered(ctx context.Context, messageID string) (bool, error) {
	if c.opt.Mailbox == nil {
		return false, nil
	}
	return c.opt.Mailbox.Contains(ctx, FolderInbox, messageID)
}

// Check implements Checker: INBOX can be reached.
func (c *Inbox) Check(ctx context.Context) error {
	if c.opt.Mailbox == nil {
		return fmt.Errorf("inbox: no mailbox configured")
	}
	if _, err := c.opt.Mailbox.Contains(ctx, FolderInbox, "check@"+MessageIDDomain); err != nil {
		return fmt.Errorf("inbox: %w", err)
	}
	return nil
}
