package notify

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/domain"
)

// ConsoleOptions configures the console channel.
type ConsoleOptions struct {
	// W receives the reminders (stdout in the demo and foreground runs).
	W io.Writer
	// Format renders subjects and times; nil means UTC.
	Format *Format
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
}

// Console prints one readable block per reminder. Control characters
// (terminal escapes included) never reach the writer.
type Console struct {
	opt ConsoleOptions
	mu  sync.Mutex
}

// NewConsole returns the console channel.
func NewConsole(opt *ConsoleOptions) *Console {
	c := &Console{}
	if opt != nil {
		c.opt = *opt
	}
	if c.opt.W == nil {
		c.opt.W = io.Discard
	}
	if c.opt.Clock == nil {
		c.opt.Clock = time.Now
	}
	return c
}

// Name implements Channel.
func (c *Console) Name() string { return "console" }

// Send implements Channel.
func (c *Console) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	v := c.opt.Format.render(r, c.opt.Clock())
	var b strings.Builder
	late := ""
	if r.Late {
		late = " (late)"
	}
	fmt.Fprintf(&b, "── %s%s\n", v.Subject, late)
	if v.Lead != "" {
		for _, l := range strings.Split(v.Lead, "\n") {
			fmt.Fprintf(&b, "   %s\n", l)
		}
	}
	if v.Why != "" {
		fmt.Fprintf(&b, "   why: %s\n", v.Why)
	}
	fmt.Fprintf(&b, "   conversation: %s\n", v.Conversation)
	if v.Meeting != "" {
		fmt.Fprintf(&b, "   meeting: %s\n", v.Meeting)
	}
	if v.Due != "" {
		fmt.Fprintf(&b, "   due: %s\n", v.Due)
	}
	if len(v.Draft) > 0 {
		b.WriteString("   draft:\n")
		for _, l := range v.Draft {
			fmt.Fprintf(&b, "     | %s\n", l)
		}
	}
	fmt.Fprintf(&b, "   id: %s\n\n", v.ID)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.opt.W, b.String()); err != nil {
		return fmt.Errorf("console: %w", err)
	}
	return nil
}
