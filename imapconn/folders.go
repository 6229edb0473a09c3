package imapconn

import (
	"context"
	"fmt"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// The usual names of the Sent and Drafts folders, tried in order when no
// folder carries the RFC 6154 special-use attribute.
var (
	SentNames   = []string{"[Gmail]/Sent Mail", "Sent Items", "Sent Messages", "Sent"}
	DraftsNames = []string{"Drafts", "[Gmail]/Drafts", "Draft"}
)

// FindFolder returns the folder with the RFC 6154 special-use attribute use
// (\Sent, \Drafts, ...), else the first of fallbacks that exists, compared
// without case and also under a personal-namespace prefix such as "INBOX."
// (Courier, Cyrus). A folder that cannot be selected is never returned. It
// fails with KindFolder when nothing matches. If ctx ends, c is closed.
func FindFolder(ctx context.Context, c *imapclient.Client, use imap.MailboxAttr, fallbacks []string) (string, error) {
	list, err := ListFolders(ctx, c)
	if err != nil {
		return "", err
	}
	if name, ok := PickFolder(list, use, fallbacks); ok {
		return name, nil
	}
	return "", newErr(KindFolder, false, fmt.Sprintf("no folder is marked %s and none is named %s", use, strings.Join(quoteAll(fallbacks), ", ")), nil)
}

// ListFolders lists every folder, with special-use attributes when the
// server offers them. If ctx ends, c is closed.
func ListFolders(ctx context.Context, c *imapclient.Client) ([]*imap.ListData, error) {
	var opt *imap.ListOptions
	if c.Caps().Has(imap.CapSpecialUse) {
		opt = &imap.ListOptions{ReturnSpecialUse: true}
	}
	var list []*imap.ListData
	err := WithContext(ctx, c, func() error {
		var err error
		list, err = c.List("", "*", opt).Collect()
		return err
	})
	if err != nil {
		return nil, newErr(KindProtocol, true, "list folders", err)
	}
	return list, nil
}

// PickFolder is FindFolder's choice over a LIST result.
func PickFolder(list []*imap.ListData, use imap.MailboxAttr, fallbacks []string) (string, bool) {
	selectable := func(l *imap.ListData) bool {
		for _, a := range l.Attrs {
			if a == imap.MailboxAttrNoSelect || a == imap.MailboxAttrNonExistent {
				return false
			}
		}
		return true
	}
	for _, l := range list {
		if !selectable(l) {
			continue
		}
		for _, a := range l.Attrs {
			if strings.EqualFold(string(a), string(use)) {
				return l.Mailbox, true
			}
		}
	}
	for _, want := range fallbacks {
		for _, l := range list {
			if !selectable(l) {
				continue
			}
			if strings.EqualFold(l.Mailbox, want) {
				return l.Mailbox, true
			}
			if l.Delim != 0 {
				prefix := "INBOX" + string(l.Delim)
				if len(l.Mailbox) > len(prefix) && strings.EqualFold(l.Mailbox[:len(prefix)], prefix) &&
					strings.EqualFold(l.Mailbox[len(prefix):], want) {
					return l.Mailbox, true
				}
			}
		}
	}
	return "", false
}

// WithContext runs f, closing c if ctx ends first: go-imap commands take no
// context, and a closed connection is the only way to interrupt them. It
// returns ctx's error when that happened.
func WithContext(ctx context.Context, c *imapclient.Client, f func() error) error {
	stop := context.AfterFunc(ctx, func() { c.Close() })
	err := f()
	if !stop() && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}
