package imapconn

import (
	"context"
	"log/slog"
	"sort"

	"github.com/emersion/go-imap/v2"
)

// Report is what `followupd check` shows about one account.
type Report struct {
	// The capabilities followupd uses or could use.
	IDLE, CONDSTORE, NOTIFY, SpecialUse, MOVE, UIDPLUS bool
	// Capabilities lists every capability after login, sorted.
	Capabilities []string
	// The folders found; "" when not found (see Problems).
	Inbox, Sent, Drafts string
	// Problems are plain-words findings that do not stop a login, such as
	// no Sent folder or no IDLE.
	Problems []string
}

// Probe connects and logs in as Dial does, then reports capabilities and
// the INBOX, Sent and Drafts folders. A connection or login failure is the
// error (an *Error in plain words); what is merely missing is listed in
// Report.Problems.
func Probe(ctx context.Context, opt Options, log *slog.Logger) (*Report, error) {
	c, err := Dial(ctx, opt, log)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	caps := c.Caps()
	r := &Report{
		IDLE:       caps.Has(imap.CapIdle),
		CONDSTORE:  caps.Has(imap.CapCondStore),
		NOTIFY:     caps.Has(imap.Cap("NOTIFY")),
		SpecialUse: caps.Has(imap.CapSpecialUse),
		MOVE:       caps.Has(imap.CapMove),
		UIDPLUS:    caps.Has(imap.CapUIDPlus),
	}
	for c := range caps {
		r.Capabilities = append(r.Capabilities, string(c))
	}
	sort.Strings(r.Capabilities)
	list, err := ListFolders(ctx, c)
	if err != nil {
		return nil, err
	}
	if name, ok := PickFolder(list, "", []string{"INBOX"}); ok {
		r.Inbox = name
	} else {
		r.Problems = append(r.Problems, "no INBOX folder")
	}
	if name, ok := PickFolder(list, imap.MailboxAttrSent, SentNames); ok {
		r.Sent = name
	} else {
		r.Problems = append(r.Problems, `no Sent folder: none is marked \Sent or named like "Sent"; set the sent folder in the config`)
	}
	if name, ok := PickFolder(list, imap.MailboxAttrDrafts, DraftsNames); ok {
		r.Drafts = name
	} else {
		r.Problems = append(r.Problems, `no Drafts folder: the draft channel cannot be used`)
	}
	if !r.IDLE {
		r.Problems = append(r.Problems, "server has no IDLE: new mail is seen only at each catch-up pass")
	}
	WithContext(ctx, c, func() error { return c.Logout().Wait() })
	return r, nil
}
