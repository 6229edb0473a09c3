package config

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Notify lists the notification channels; a nil field is a channel that is
// not configured. Channel names (as rules refer to them) are the field
// names in lower case.
type Notify struct {
	Console *Console
	Inbox   *Inbox
	Draft   *Draft
	Email   *Email
	Desktop *Desktop
	Webhook *Webhook
}

// Console prints reminders to standard output (the journal under systemd).
type Console struct{}

// Inbox APPENDs the reminder as a message into an account's INBOX. It is
// configured by default (with the first account) when email is not.
type Inbox struct {
	Account string // an account name; default the first account
}

// Draft saves the suggested reply into an account's Drafts folder.
type Draft struct {
	Account string
}

// Email sends reminders over SMTP.
type Email struct {
	Host          string
	Port          int    // default 587 (starttls) or 465 (implicit)
	TLS           string // TLSStartTLS (default), TLSImplicit, TLSNone (loopback only)
	TLSSkipVerify bool
	// Username is empty for an unauthenticated relay (then no password).
	Username string
	Auth     string // plain (default), login or xoauth2
	Password SecretSource
	From     string   // default me.addresses[0]
	To       []string // default [me.addresses[0]]
}

// Secret returns the SMTP password or token; "" when no username is set.
func (e *Email) Secret(ctx context.Context) (string, error) {
	if !e.Password.IsSet() {
		return "", nil
	}
	return e.Password.Get(ctx)
}

// Desktop shows a desktop notification over D-Bus.
type Desktop struct {
	Enabled bool   // default true
	Urgency string // low, normal (default) or critical
}

// Webhook POSTs each reminder to a URL.
type Webhook struct {
	URL     string
	Format  string // json (default) or ntfy
	Headers map[string]string
	// Token, when set, is sent as "Authorization: Bearer TOKEN".
	Token SecretSource
}

// Secret returns the bearer token; "" when none is configured.
func (w *Webhook) Secret(ctx context.Context) (string, error) {
	if !w.Token.IsSet() {
		return "", nil
	}
	return w.Token.Get(ctx)
}

// Names lists the configured (and enabled) channels.
func (n *Notify) Names() []string {
	var out []string
	add := func(ok bool, name string) {
		if ok {
			out = append(out, name)
		}
	}
	add(n.Console != nil, "console")
	add(n.Inbox != nil, "inbox")
	add(n.Draft != nil, "draft")
	add(n.Email != nil, "email")
	add(n.Desktop != nil && n.Desktop.Enabled, "desktop")
	add(n.Webhook != nil, "webhook")
	return out
}

// Has reports whether channel name is configured.
func (n *Notify) Has(name string) bool { return contains(n.Names(), name) }

// Default is the channel a rule uses when it names none: email when it is
// configured, else inbox.
func (n *Notify) Default() string {
	if n.Email != nil {
		return "email"
	}
	return "inbox"
}

var channelKeys = []string{"console", "inbox", "draft", "email", "desktop", "webhook"}

func (d *decoder) notify(n *yaml.Node, accounts []Account, me Me, dir string) Notify {
	var out Notify
	f := d.fields(n, "notify", channelKeys...)
	if _, ok := f["console"]; ok {
		d.fields(f["console"], "notify.console")
		out.Console = &Console{}
	}
	if v, ok := f["inbox"]; ok {
		out.Inbox = &Inbox{Account: d.channelAccount(v, "notify.inbox", accounts)}
	}
	if v, ok := f["draft"]; ok {
		out.Draft = &Draft{Account: d.channelAccount(v, "notify.draft", accounts)}
	}
	if v, ok := f["email"]; ok {
		out.Email = d.email(resolve(v), me, dir)
	}
	if v, ok := f["desktop"]; ok {
		out.Desktop = &Desktop{Enabled: true, Urgency: "normal"}
		df := d.fields(v, "notify.desktop", "enabled", "urgency")
		if v, ok := df["enabled"]; ok {
			out.Desktop.Enabled, _ = d.boolean(v, "notify.desktop.enabled")
		}
		if v, ok := df["urgency"]; ok {
			out.Desktop.Urgency, _ = d.enum(v, "notify.desktop.urgency", "low", "normal", "critical")
		}
	}
	if v, ok := f["webhook"]; ok {
		out.Webhook = d.webhook(resolve(v), dir)
	}
	if out.Inbox == nil && out.Email == nil && len(accounts) > 0 {
		out.Inbox = &Inbox{Account: accounts[0].Name}
	}
	return out
}

func (d *decoder) channelAccount(n *yaml.Node, path string, accounts []Account) string {
	f := d.fields(n, path, "account")
	v, ok := f["account"]
	if !ok {
		if len(accounts) > 0 {
			return accounts[0].Name
		}
		return ""
	}
	name, ok := d.str(v, path+".account", "an account name")
	if !ok {
		return ""
	}
	var names []string
	for _, a := range accounts {
		if a.Name == name {
			return name
		}
		names = append(names, a.Name)
	}
	d.problem(resolve(v), path+".account", "no account is named %q; want one of: %s", name, strings.Join(names, ", "))
	return ""
}

var emailKeys = []string{"host", "port", "tls", "tls_skip_verify", "username", "auth",
	"password_file", "password_command", "password_env", "token_command", "from", "to"}

func (d *decoder) email(n *yaml.Node, me Me, dir string) *Email {
	const path = "notify.email"
	e := &Email{TLS: TLSStartTLS}
	if isNull(n) {
		d.problem(n, path, "is empty; want at least host (and username with a password for an authenticated server)")
		return e
	}
	f := d.fields(n, path, emailKeys...)
	if n.Kind != yaml.MappingNode {
		return e
	}
	if v, ok := f["host"]; ok {
		e.Host, _ = d.host(v, path+".host")
	} else {
		d.problem(n, path+".host", "missing; want the SMTP server's host name, e.g. smtp.example.com")
	}
	if v, ok := f["tls"]; ok {
		e.TLS, _ = d.enum(v, path+".tls", TLSStartTLS, TLSImplicit, TLSNone)
		if e.TLS == TLSNone && e.Host != "" && !isLoopback(e.Host) {
			d.problem(resolve(v), path+".tls", "none is refused for %s; use starttls or implicit (none is for localhost only)", e.Host)
		}
	}
	switch e.TLS {
	case TLSImplicit:
		e.Port = 465
	case TLSNone:
		e.Port = 25
	default:
		e.Port = 587
	}
	if v, ok := f["port"]; ok {
		if p, ok := d.integer(v, path+".port", 1, 65535); ok {
			e.Port = p
		}
	}
	if v, ok := f["tls_skip_verify"]; ok {
		e.TLSSkipVerify, _ = d.boolean(v, path+".tls_skip_verify")
	}
	if v, ok := f["username"]; ok {
		e.Username, _ = d.str(v, path+".username", "the SMTP login name")
	}
	if v, ok := f["auth"]; ok {
		e.Auth, _ = d.enum(v, path+".auth", "plain", "login", AuthXOAUTH2)
	}
	if e.Username != "" {
		if e.Auth == "" {
			e.Auth = "plain"
		}
		e.Password = d.checkSecret(n, f, path, passwordKeys, "email password", dir, e.Auth == AuthXOAUTH2)
	} else if _, ok := f["username"]; !ok {
		for _, k := range []string{"auth", "password_file", "password_command", "password_env", "token_command"} {
			if v, ok := f[k]; ok {
				d.problem(resolve(v), path+"."+k, "needs a username; add username or remove %s for an unauthenticated relay", k)
				break
			}
		}
	}
	if len(me.Addresses) > 0 {
		e.From, e.To = me.Addresses[0], []string{me.Addresses[0]}
	}
	if v, ok := f["from"]; ok {
		if s, ok := d.str(v, path+".from", "the sender address"); ok {
			if !addrRE.MatchString(stripName(s)) {
				d.problem(resolve(v), path+".from", "%q is not an email address; want followupd@example.com", s)
			}
			e.From = s
		}
	}
	if v, ok := f["to"]; ok {
		e.To = nil
		for _, a := range d.strList(v, path+".to", "email addresses") {
			if !addrRE.MatchString(stripName(a.S)) {
				d.problem(a.N, a.Path, "%q is not an email address; want you@example.com", a.S)
				continue
			}
			e.To = append(e.To, a.S)
		}
	}
	return e
}

// stripName takes the addr-spec out of "Name <addr>".
func stripName(s string) string {
	if i, j := strings.LastIndexByte(s, '<'), strings.LastIndexByte(s, '>'); i >= 0 && j > i {
		return s[i+1 : j]
	}
	return strings.TrimSpace(s)
}

var headerName = regexp.MustCompile(`^[!#$%&'*+.^_` + "`" + `|~0-9A-Za-z-]+$`)

var tokenKeys = []secretKey{{"token_file", 'f'}, {"token_command", 'c'}, {"token_env", 'e'}}

func (d *decoder) webhook(n *yaml.Node, dir string) *Webhook {
	const path = "notify.webhook"
	w := &Webhook{Format: "json"}
	f := d.fields(n, path, "url", "format", "headers", "token_file", "token_command", "token_env")
	if v, ok := f["url"]; ok {
		if s, ok := d.str(v, path+".url", "an http or https URL"); ok {
			u, err := url.Parse(s)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				d.problem(resolve(v), path+".url", "%q is not an http(s) URL; want e.g. https://ntfy.sh/my-topic", s)
			} else {
				w.URL = s
			}
		}
	} else {
		d.problem(n, path+".url", "missing; want the URL to POST reminders to")
	}
	if v, ok := f["format"]; ok {
		w.Format, _ = d.enum(v, path+".format", "json", "ntfy")
	}
	if v, ok := f["headers"]; ok {
		hn := resolve(v)
		if hn.Kind != yaml.MappingNode {
			d.problem(hn, path+".headers", "want a mapping of header name to value, got %s", describe(hn))
		} else {
			w.Headers = map[string]string{}
			for i := 0; i+1 < len(hn.Content); i += 2 {
				k, val := hn.Content[i], hn.Content[i+1]
				p := fmt.Sprintf("%s.headers.%s", path, k.Value)
				if !headerName.MatchString(k.Value) {
					d.problem(k, p, "%q is not an HTTP header name", k.Value)
					continue
				}
				if s, ok := d.str(val, p, "the header value"); ok {
					w.Headers[k.Value] = s
				}
			}
		}
	}
	var set []string
	w.Token, set = d.secret(f, path, tokenKeys, "webhook token", dir)
	if len(set) > 1 {
		d.problem(resolve(f[set[1]]), path+"."+set[1], "conflicts with %s; set at most one of %s", set[0], strings.Join(set, ", "))
	}
	if u, err := url.Parse(w.URL); err == nil && len(set) > 0 && u.Scheme == "http" && !isLoopback(u.Hostname()) {
		d.problem(resolve(f["url"]), path+".url", "a token would cross the network in clear over http; use https")
	}
	return w
}
