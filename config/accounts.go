package config

import (
	"context"
	"fmt"
	"net"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// TLS modes (the same words as imapconn.TLSMode).
const (
	TLSImplicit = "implicit"
	TLSStartTLS = "starttls"
	TLSNone     = "none"
)

// Auth mechanisms of an account.
const (
	AuthPassword = "password"
	AuthXOAUTH2  = "xoauth2"
)

// Account is one IMAP mailbox to watch.
type Account struct {
	// Name is the account's key in the store and in logs; it defaults to
	// the username. Renaming an account makes followupd sync it afresh.
	Name string
	Host string
	Port int    // default 993 (implicit TLS) or 143
	TLS  string // TLSImplicit (default), TLSStartTLS or TLSNone (loopback hosts only)
	// TLSSkipVerify turns certificate verification off for this account.
	TLSSkipVerify bool
	Username      string
	Auth          string // AuthPassword (default) or AuthXOAUTH2
	// Password is the password or, with XOAUTH2, the access token
	// (token_command, or a file/env var some other tool keeps fresh).
	Password SecretSource
	Folders  Folders
}

// Folders names the folders to watch; "" means discover (SPECIAL-USE,
// then the usual names).
type Folders struct {
	Inbox  string // default INBOX
	Sent   string
	Drafts string
}

// Secret returns the account's password or access token, read now. The
// error never contains the secret.
func (a *Account) Secret(ctx context.Context) (string, error) { return a.Password.Get(ctx) }

// XOAUTH2 reports whether the account logs in with an OAuth2 token.
func (a *Account) XOAUTH2() bool { return a.Auth == AuthXOAUTH2 }

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// secretKey maps a config key to the SecretSource field it fills.
type secretKey struct {
	key  string
	kind byte // 'f' file, 'c' command, 'e' env
}

var passwordKeys = []secretKey{{"password_file", 'f'}, {"password_command", 'c'}, {"password_env", 'e'}, {"token_command", 'c'}}

// secret decodes the secret keys present in f. It returns the source (the
// first key set wins) and the keys that were set, for the caller's
// "exactly one" check.
func (d *decoder) secret(f map[string]*yaml.Node, path string, keys []secretKey, what, dir string) (SecretSource, []string) {
	s := SecretSource{what: what, dir: dir}
	var present []secretKey
	for _, k := range keys {
		if _, ok := f[k.key]; ok {
			present = append(present, k)
		}
	}
	// File order, so that "conflicts with" points at the later line.
	sort.SliceStable(present, func(i, j int) bool {
		return resolve(f[present[i].key]).Line < resolve(f[present[j].key]).Line
	})
	var set []string
	for _, k := range present {
		v := f[k.key]
		set = append(set, k.key)
		p := join(path, k.key)
		val, ok := d.str(v, p, "a "+strings.ReplaceAll(k.key, "_", " "))
		if !ok || len(set) > 1 {
			continue
		}
		switch k.kind {
		case 'f':
			s.File = val
		case 'c':
			s.Command = val
		case 'e':
			if !envName.MatchString(val) {
				d.problem(resolve(v), p, "%q is not an environment variable name; want e.g. FOLLOWUPD_PASSWORD", val)
			}
			s.Env = val
		}
	}
	return s, set
}

// isLoopback reports whether host is localhost or a loopback address.
func isLoopback(host string) bool {
	h := strings.ToLower(strings.Trim(host, "[]"))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// host checks a server name: no scheme, no port.
func (d *decoder) host(v *yaml.Node, path string) (string, bool) {
	h, ok := d.str(v, path, "a server host name such as imap.example.com")
	if !ok {
		return "", false
	}
	if strings.Contains(h, "://") || strings.ContainsAny(h, " /") {
		d.problem(resolve(v), path, "%q is not a host name; want just the name, e.g. imap.example.com", h)
		return "", false
	}
	if hh, port, err := net.SplitHostPort(h); err == nil {
		d.problem(resolve(v), path, "%q includes a port; write host: %s and port: %s", h, hh, port)
		return "", false
	}
	return h, true
}

var accountKeys = []string{"name", "host", "port", "tls", "tls_skip_verify", "username",
	"password_file", "password_command", "password_env", "auth", "token_command", "folders"}

func (d *decoder) accounts(n, root *yaml.Node, dir string) []Account {
	n = resolve(n)
	if n == nil || isNull(n) {
		d.problem(root, "accounts", "missing; want a list of IMAP accounts (host, username, password_file ...)")
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.problem(n, "accounts", "want a list of accounts (each item starts with \"- \"), got %s", describe(n))
		return nil
	}
	if len(n.Content) == 0 {
		d.problem(n, "accounts", "is empty; want at least one IMAP account")
	}
	var out []Account
	names := map[string]int{}
	for i, item := range n.Content {
		path := fmt.Sprintf("accounts[%d]", i)
		a := d.account(resolve(item), path, dir)
		if a.Name != "" {
			if j, dup := names[a.Name]; dup {
				d.problem(resolve(item), path+".name", "%q is also the name of accounts[%d]; give each account its own name", a.Name, j)
			}
			names[a.Name] = i
		}
		out = append(out, a)
	}
	return out
}

func (d *decoder) account(n *yaml.Node, path, dir string) Account {
	a := Account{TLS: TLSImplicit, Auth: AuthPassword, Folders: Folders{Inbox: "INBOX"}}
	if isNull(n) {
		d.problem(n, path, "is empty; want an account with at least host, username and a password source")
		return a
	}
	f := d.fields(n, path, accountKeys...)
	if n.Kind != yaml.MappingNode {
		return a
	}
	if v, ok := f["host"]; ok {
		a.Host, _ = d.host(v, path+".host")
	} else {
		d.problem(n, path+".host", "missing; want the IMAP server's host name, e.g. imap.example.com")
	}
	if v, ok := f["tls"]; ok {
		a.TLS, _ = d.enum(v, path+".tls", TLSImplicit, TLSStartTLS, TLSNone)
		if a.TLS == TLSNone && a.Host != "" && !isLoopback(a.Host) {
			d.problem(resolve(v), path+".tls", "none is refused for %s: the password would cross the network in clear; use implicit or starttls (none is for localhost only)", a.Host)
		}
	}
	a.Port = 993
	if a.TLS != TLSImplicit {
		a.Port = 143
	}
	if v, ok := f["port"]; ok {
		if p, ok := d.integer(v, path+".port", 1, 65535); ok {
			a.Port = p
		}
	}
	if v, ok := f["tls_skip_verify"]; ok {
		a.TLSSkipVerify, _ = d.boolean(v, path+".tls_skip_verify")
	}
	if v, ok := f["username"]; ok {
		a.Username, _ = d.str(v, path+".username", "the login name, often your address")
	} else {
		d.problem(n, path+".username", "missing; want the login name, often your email address")
	}
	if v, ok := f["name"]; ok {
		a.Name, _ = d.str(v, path+".name", "a short name for the account, e.g. work")
	} else {
		a.Name = a.Username
	}
	if v, ok := f["auth"]; ok {
		a.Auth, _ = d.enum(v, path+".auth", AuthPassword, AuthXOAUTH2)
	}
	what := fmt.Sprintf("account %q password", a.Name)
	if a.Auth == AuthXOAUTH2 {
		what = fmt.Sprintf("account %q token", a.Name)
	}
	a.Password = d.checkSecret(n, f, path, passwordKeys, what, dir, a.Auth == AuthXOAUTH2)
	if v, ok := f["folders"]; ok {
		ff := d.fields(v, path+".folders", "inbox", "sent", "drafts")
		for _, x := range []struct {
			key string
			dst *string
		}{{"inbox", &a.Folders.Inbox}, {"sent", &a.Folders.Sent}, {"drafts", &a.Folders.Drafts}} {
			if v, ok := ff[x.key]; ok {
				if s, ok := d.str(v, path+".folders."+x.key, "a folder name such as \"Sent Items\""); ok {
					*x.dst = s
				}
			}
		}
	}
	return a
}

// checkSecret decodes a password/token source and checks that exactly one
// is set and that token_command comes with xoauth2.
func (d *decoder) checkSecret(n *yaml.Node, f map[string]*yaml.Node, path string, keys []secretKey, what, dir string, xoauth2 bool) SecretSource {
	s, set := d.secret(f, path, keys, what, dir)
	switch {
	case len(set) == 0:
		if xoauth2 {
			d.problem(n, path+".token_command", "missing; with auth: xoauth2 set token_command (a command printing a fresh access token)")
		} else {
			d.problem(n, path+".password_file", "no password given; set one of password_file, password_command or password_env")
		}
	case len(set) > 1:
		d.problem(resolve(f[set[1]]), join(path, set[1]), "conflicts with %s; set exactly one of %s", set[0], strings.Join(set, ", "))
	}
	if v, ok := f["token_command"]; ok && !xoauth2 {
		d.problem(resolve(v), path+".token_command", "is for auth: xoauth2; add auth: xoauth2 or use password_command")
	}
	return s
}
