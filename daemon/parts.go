package daemon

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/mail"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/notify"
)

// IMAPOptions is how to reach one configured account.
func IMAPOptions(a *config.Account) imapconn.Options {
	return imapconn.Options{
		Host:               a.Host,
		Port:               a.Port,
		TLS:                imapconn.TLSMode(a.TLS),
		InsecureSkipVerify: a.TLSSkipVerify,
		Username:           a.Username,
		Secret:             a.Secret,
		XOAUTH2:            a.XOAUTH2(),
	}
}

// watcherOptions is the watcher of one account.
func watcherOptions(a *config.Account, catchUp time.Duration, log *slog.Logger, now func() time.Time) *imapwatch.Options {
	return &imapwatch.Options{
		Account: a.Name,
		Conn:    IMAPOptions(a),
		Inbox:   a.Folders.Inbox,
		Sent:    a.Folders.Sent,
		CatchUp: catchUp,
		Log:     log.With("account", a.Name),
		Now:     now,
	}
}

// mailbox is the IMAP account the inbox and draft channels append to (and
// the email channel searches after a crash).
func mailbox(a *config.Account, log *slog.Logger) *notify.IMAPMailbox {
	opt := IMAPOptions(a)
	folders := map[notify.FolderRole]string{}
	if a.Folders.Inbox != "" {
		folders[notify.FolderInbox] = a.Folders.Inbox
	}
	if a.Folders.Sent != "" {
		folders[notify.FolderSent] = a.Folders.Sent
	}
	if a.Folders.Drafts != "" {
		folders[notify.FolderDrafts] = a.Folders.Drafts
	}
	return notify.NewIMAPMailbox(&notify.IMAPMailboxOptions{
		Dial: func(ctx context.Context) (*imapclient.Client, error) {
			return imapconn.Dial(ctx, opt, log)
		},
		Folders: folders,
		Log:     log.With("account", a.Name, "use", "notify"),
	})
}

func account(cfg *config.Config, name string) (*config.Account, error) {
	if name == "" && len(cfg.Accounts) > 0 {
		return &cfg.Accounts[0], nil
	}
	for i := range cfg.Accounts {
		if cfg.Accounts[i].Name == name {
			return &cfg.Accounts[i], nil
		}
	}
	return nil, fmt.Errorf("no account named %q", name)
}

// channelDeps are what channels need besides the config.
type channelDeps struct {
	stdout   io.Writer
	log      *slog.Logger
	clock    func() time.Time
	onAction func(reminderID, action string)
	// mailboxes overrides the IMAP mailbox per account (the demo).
	mailboxes map[string]notify.Mailbox
}

// channels builds every configured notification channel.
func channels(cfg *config.Config, deps channelDeps) ([]notify.Channel, error) {
	n := &cfg.Notify
	format := &notify.Format{Location: cfg.Me.Location}
	owner := domain.Address{Name: cfg.Me.Name, Addr: cfg.Me.Addresses[0]}
	mb := func(name string) (notify.Mailbox, error) {
		a, err := account(cfg, name)
		if err != nil {
			return nil, err
		}
		if m, ok := deps.mailboxes[a.Name]; ok {
			return m, nil
		}
		return mailbox(a, deps.log), nil
	}
	var out []notify.Channel
	if n.Console != nil {
		out = append(out, notify.NewConsole(&notify.ConsoleOptions{W: deps.stdout, Format: format, Clock: deps.clock}))
	}
	if n.Inbox != nil {
		m, err := mb(n.Inbox.Account)
		if err != nil {
			return nil, fmt.Errorf("notify.inbox: %w", err)
		}
		out = append(out, notify.NewInbox(&notify.InboxOptions{Mailbox: m, Owner: owner, Format: format, Clock: deps.clock}))
	}
	if n.Draft != nil {
		m, err := mb(n.Draft.Account)
		if err != nil {
			return nil, fmt.Errorf("notify.draft: %w", err)
		}
		out = append(out, notify.NewDraft(&notify.DraftOptions{Mailbox: m, Owner: owner, Format: format, Clock: deps.clock}))
	}
	if e := n.Email; e != nil {
		opt := &notify.EmailOptions{
			Host: e.Host, Port: e.Port, TLS: e.TLS, InsecureSkipVerify: e.TLSSkipVerify,
			Username: e.Username, Auth: e.Auth, Secret: e.Secret,
			From: parseAddr(e.From, "followupd"), To: parseAddr(first(e.To, e.From), cfg.Me.Name),
			Format: format, Clock: deps.clock,
		}
		if len(cfg.Accounts) > 0 {
			if m, err := mb(""); err == nil {
				opt.Mailbox = m
			}
		}
		out = append(out, notify.NewEmail(opt))
	}
	if d := n.Desktop; d != nil && d.Enabled {
		out = append(out, notify.NewDesktop(&notify.DesktopOptions{OnAction: deps.onAction, Format: format, Clock: deps.clock}))
	}
	if w := n.Webhook; w != nil {
		opt, err := webhookOptions(w)
		if err != nil {
			return nil, fmt.Errorf("notify.webhook: %w", err)
		}
		opt.Format, opt.Clock = format, deps.clock
		out = append(out, notify.NewWebhook(opt))
	}
	return out, nil
}

// parseAddr reads "Name <addr>" or a bare address (the config checked it).
func parseAddr(s, defName string) domain.Address {
	a, err := mail.ParseAddress(s)
	if err != nil {
		return domain.Address{Name: defName, Addr: s}
	}
	if a.Name == "" {
		a.Name = defName
	}
	return domain.Address{Name: a.Name, Addr: a.Address}
}

func first(list []string, def string) string {
	if len(list) > 0 {
		return list[0]
	}
	return def
}

// webhookOptions resolves the webhook's bearer token once, at start (and
// at each reload).
func webhookOptions(w *config.Webhook) (*notify.WebhookOptions, error) {
	h := http.Header{}
	for k, v := range w.Headers {
		h.Set(k, v)
	}
	ctx, cancel := context.WithTimeout(context.Background(), config.SecretTimeout)
	defer cancel()
	tok, err := w.Secret(ctx)
	if err != nil {
		return nil, err
	}
	if tok != "" {
		h.Set("Authorization", "Bearer "+tok)
	}
	return &notify.WebhookOptions{URL: w.URL, Style: w.Format, Header: h}, nil
}
