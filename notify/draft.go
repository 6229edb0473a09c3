package notify

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/domain"
)

// DraftOptions configures the draft channel.
type DraftOptions struct {
	// Mailbox is the owner's IMAP account. Required.
	Mailbox Mailbox
	// Owner is who the draft is From.
	Owner domain.Address
	// Format gives the owner's zone for the Date header; nil means UTC.
	Format *Format
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
}

// Draft stores a ready reply to the contact in the owner's Drafts folder
// for the rules that ask the owner to write (confirm, thank, nudge,
// keep-in-touch, close-loop). The owner reviews and sends it; followupd
// never sends mail to a contact. Other rules, and reminders without draft
// text, are skipped (ErrSkip).
type Draft struct{ opt DraftOptions }

// NewDraft returns the draft channel.
func NewDraft(opt *DraftOptions) *Draft {
	c := &Draft{}
	if opt != nil {
		c.opt = *opt
	}
	if c.opt.Clock == nil {
		c.opt.Clock = time.Now
	}
	return c
}

// Name implements Channel.
func (c *Draft) Name() string { return "draft" }

func (c *Draft) needsMailbox() bool { return true }

// MessageID implements MailChannel. The draft's id is on the owner's
// domain: the owner's client may keep it when sending the draft.
func (c *Draft) MessageID(d Delivery) string {
	return MessageID(d.ReminderID, d.Fire, "draft", domainOf(c.opt.Owner.Addr))
}

// Send implements Channel.
func (c *Draft) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	if !draftRules[r.Rule] || strings.TrimSpace(r.Draft) == "" {
		return fmt.Errorf("draft: rule %q has no draft text: %w", r.Rule, ErrSkip)
	}
	if c.opt.Mailbox == nil {
		return Permanent(fmt.Errorf("draft: no mailbox configured"))
	}
	now := c.opt.Clock()
	msg, err := buildDraft(c.opt.Format, r, c.opt.Owner, c.MessageID(withID(r, d)), now)
	if err != nil {
		return fmt.Errorf("draft: %w", err)
	}
	// \Seen too: the owner's client should not count a draft as new mail.
	if err := c.opt.Mailbox.Append(ctx, FolderDrafts, []imap.Flag{imap.FlagDraft, imap.FlagSeen}, now, msg); err != nil {
		return fmt.Errorf("draft: %w", err)
	}
	return nil
}

// Delivered implements MailChannel.
func (c *Draft) Delivered(ctx context.Context, messageID string) (bool, error) {
	if c.opt.Mailbox == nil {
		return false, nil
	}
	return c.opt.Mailbox.Contains(ctx, FolderDrafts, messageID)
}

// Check implements Checker: the Drafts folder can be found.
func (c *Draft) Check(ctx context.Context) error {
	if c.opt.Mailbox == nil {
		return fmt.Errorf("draft: no mailbox configured")
	}
	if _, err := c.opt.Mailbox.Contains(ctx, FolderDrafts, "check@"+MessageIDDomain); err != nil {
		return fmt.Errorf("draft: %w", err)
	}
	return nil
}
