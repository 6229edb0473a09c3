package imapconn_test

import (
	"context"
	"testing"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/internal/dovecottest"
)

func ld(name string, delim rune, attrs ...imap.MailboxAttr) *imap.ListData {
	return &imap.ListData{Mailbox: name, Delim: delim, Attrs: attrs}
}

func TestPickFolder(t *testing.T) {
	gmail := []*imap.ListData{
		ld("INBOX", '/'), ld("[Gmail]", '/', imap.MailboxAttrNoSelect),
		ld("[Gmail]/Sent Mail", '/'), ld("[Gmail]/Drafts", '/'), ld("Sent", '/'),
	}
	tests := []struct {
		name string
		list []*imap.ListData
		use  imap.MailboxAttr
		fb   []string
		want string
	}{
		{"special-use wins over names", []*imap.ListData{ld("Sent", '/'), ld("Gesendet", '/', imap.MailboxAttrSent)},
			imap.MailboxAttrSent, imapconn.SentNames, "Gesendet"},
		{"gmail without special-use, fallback order", gmail, imap.MailboxAttrSent, imapconn.SentNames, "[Gmail]/Sent Mail"},
		{"gmail drafts", gmail, imap.MailboxAttrDrafts, imapconn.DraftsNames, "[Gmail]/Drafts"},
		{"outlook", []*imap.ListData{ld("INBOX", '/'), ld("Sent Items", '/')}, imap.MailboxAttrSent, imapconn.SentNames, "Sent Items"},
		{"case-insensitive", []*imap.ListData{ld("sent messages", '/')}, imap.MailboxAttrSent, imapconn.SentNames, "sent messages"},
		{"courier INBOX. prefix", []*imap.ListData{ld("INBOX", '.'), ld("INBOX.Sent", '.')}, imap.MailboxAttrSent, imapconn.SentNames, "INBOX.Sent"},
		{"noselect skipped", []*imap.ListData{ld("Sent", '/', imap.MailboxAttrNoSelect, imap.MailboxAttrSent)}, imap.MailboxAttrSent, imapconn.SentNames, ""},
		{"nothing", []*imap.ListData{ld("INBOX", '/')}, imap.MailboxAttrSent, imapconn.SentNames, ""},
	}
	for _, tt := range tests {
		got, ok := imapconn.PickFolder(tt.list, tt.use, tt.fb)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: PickFolder = %q, %v, want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestFindFolderAndProbeOnDovecot(t *testing.T) {
	s := dovecottest.Start(t, nil)
	ctx := context.Background()
	c, err := imapconn.Dial(ctx, s.ImapOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for use, want := range map[imap.MailboxAttr]string{imap.MailboxAttrSent: "Sent", imap.MailboxAttrDrafts: "Drafts"} {
		got, err := imapconn.FindFolder(ctx, c, use, nil)
		if err != nil || got != want {
			t.Errorf("FindFolder(%s) = %q, %v, want %q", use, got, err, want)
		}
	}
	if _, err := imapconn.FindFolder(ctx, c, imap.MailboxAttrJunk, []string{"Spam"}); imapconn.KindOf(err) != imapconn.KindFolder {
		t.Errorf("FindFolder(\\Junk) err = %v, want KindFolder", err)
	}

	r, err := imapconn.Probe(ctx, s.ImapOptionsTLS(imapconn.TLSImplicit), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !r.IDLE || !r.CONDSTORE || !r.NOTIFY || !r.SpecialUse || !r.MOVE || !r.UIDPLUS {
		t.Errorf("Probe capabilities = %+v, want all of Dovecot's", r)
	}
	if r.Inbox != "INBOX" || r.Sent != "Sent" || r.Drafts != "Drafts" || len(r.Problems) != 0 {
		t.Errorf("Probe folders = %q %q %q, problems %q", r.Inbox, r.Sent, r.Drafts, r.Problems)
	}

	opt := s.ImapOptions()
	opt.Secret = func(context.Context) (string, error) { return "nope", nil }
	if _, err := imapconn.Probe(ctx, opt, nil); imapconn.KindOf(err) != imapconn.KindAuth {
		t.Errorf("Probe with a wrong password = %v, want KindAuth", err)
	}
}
