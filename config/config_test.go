package config

import (
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestBadConfigs loads every testdata/bad/NAME.yaml and compares the
// problems, one per line, with NAME.want (file paths without the
// testdata/bad/ prefix). Every problem of a file must be reported in one run.
func TestBadConfigs(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) < 10 {
		t.Fatalf("fixtures: %v, %d files", err, len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".yaml") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			c, err := Load(f)
			if err == nil {
				t.Fatalf("Load(%s) = %+v, want an error", f, c)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Load(%s) error is %T, want *config.Error", f, err)
			}
			got := strings.ReplaceAll(err.Error(), "testdata/bad/", "") + "\n"
			if got != string(want) {
				t.Errorf("Load(%s) problems:\n%s\nwant:\n%s", f, got, want)
			}
			for _, p := range ce.Problems {
				if p.File != f {
					t.Errorf("problem %q has file %q, want %q", p, p.File, f)
				}
			}
		})
	}
}

func TestManyProblemsInOneRun(t *testing.T) {
	_, err := Load("testdata/bad/many.yaml")
	if n := len(Problems(err)); n < 8 {
		t.Fatalf("many.yaml gave %d problems, want every one (at least 8):\n%v", n, err)
	}
}

func TestExampleLoads(t *testing.T) {
	c, err := Load("../config.example.yaml")
	if err != nil {
		t.Fatalf("config.example.yaml:\n%v", err)
	}
	if c.Me.Location == nil || c.Me.Location.String() != "Europe/Berlin" {
		t.Errorf("me.timezone = %v, want Europe/Berlin", c.Me.Location)
	}
	if !c.Me.IsMe("Alex@Example.com ") || c.Me.IsMe("bob@example.com") {
		t.Errorf("IsMe wrong for %v", c.Me.Addresses)
	}
	if len(c.Accounts) != 1 {
		t.Fatalf("accounts = %d, want 1", len(c.Accounts))
	}
	a := c.Accounts[0]
	wantA := Account{Name: "personal", Host: "imap.example.com", Port: 993, TLS: TLSImplicit, Username: "alex@example.com",
		Auth: AuthPassword, Folders: Folders{Inbox: "INBOX"}}
	gotA := a
	gotA.Password = SecretSource{}
	if !reflect.DeepEqual(gotA, wantA) {
		t.Errorf("account = %+v, want %+v", gotA, wantA)
	}
	if a.Password.File != "imap-password" {
		t.Errorf("password_file = %q", a.Password.File)
	}
	if got, want := c.Notify.Names(), []string{"console", "inbox", "draft", "email", "desktop", "webhook"}; !reflect.DeepEqual(got, want) {
		t.Errorf("channels = %v, want %v", got, want)
	}
	if c.Notify.Default() != "email" || c.Notify.Email.Port != 587 || c.Notify.Webhook.Format != "ntfy" {
		t.Errorf("notify = %+v", c.Notify)
	}
	if c.Rules == nil || c.Rules.Kind != yaml.SequenceNode {
		t.Errorf("rules node = %v, want an (empty) sequence", c.Rules)
	}
	if c.Daemon.CatchUp != 5*time.Minute || c.Daemon.SelfMonitor.SyncStale != 30*time.Minute || c.Daemon.Log.Level != slog.LevelInfo {
		t.Errorf("daemon = %+v", c.Daemon)
	}
}

func TestDefaults(t *testing.T) {
	t.Setenv("STATE_DIRECTORY", "/var/lib/followupd")
	c, err := Parse("/etc/followupd/config.yaml", []byte(`
me: {addresses: me@example.com, timezone: America/New_York}
accounts:
  - {host: 127.0.0.1, tls: none, username: me, password_env: P}
  - {host: imap.example.org, tls: starttls, username: u2, auth: xoauth2, token_command: get-token}
notify:
  email: {host: localhost, tls: implicit}
`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Path != "/var/lib/followupd/followupd.db" {
		t.Errorf("store path = %q", c.Store.Path)
	}
	a0, a1 := c.Accounts[0], c.Accounts[1]
	if a0.Name != "me" || a0.Port != 143 || a1.Port != 143 || !a1.XOAUTH2() || a1.Password.Command != "get-token" {
		t.Errorf("accounts = %+v", c.Accounts)
	}
	e := c.Notify.Email
	if e.Port != 465 || e.From != "me@example.com" || !reflect.DeepEqual(e.To, []string{"me@example.com"}) || e.Password.IsSet() {
		t.Errorf("email = %+v", e)
	}
	if c.Notify.Inbox != nil || c.Notify.Default() != "email" {
		t.Errorf("inbox should not default in when email is set: %+v", c.Notify)
	}

	c, err = Parse("rel/config.yaml", []byte("me: {addresses: [me@example.com], timezone: UTC}\naccounts: [{host: h, username: u, password_env: P}]\nstore: {path: state.db}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Path != filepath.Join("rel", "state.db") {
		t.Errorf("relative store path = %q, want it beside the config", c.Store.Path)
	}
	if c.Notify.Inbox == nil || c.Notify.Inbox.Account != "u" || c.Notify.Default() != "inbox" {
		t.Errorf("inbox default = %+v", c.Notify.Inbox)
	}
}

func TestDefaultPaths(t *testing.T) {
	home := func() (string, error) { return "/home/a", nil }
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, tc := range []struct {
		env        map[string]string
		conf, stor string
	}{
		{map[string]string{}, "/home/a/.config/followupd/config.yaml", "/home/a/.local/state/followupd/followupd.db"},
		{map[string]string{"XDG_CONFIG_HOME": "/x/c", "XDG_STATE_HOME": "/x/s"}, "/x/c/followupd/config.yaml", "/x/s/followupd/followupd.db"},
		{map[string]string{"XDG_CONFIG_HOME": "relative"}, "/home/a/.config/followupd/config.yaml", "/home/a/.local/state/followupd/followupd.db"},
		{map[string]string{"CONFIGURATION_DIRECTORY": "/etc/followupd:/etc/other", "STATE_DIRECTORY": "/var/lib/followupd", "XDG_CONFIG_HOME": "/x/c"},
			"/etc/followupd/config.yaml", "/var/lib/followupd/followupd.db"},
	} {
		if got := defaultPath(env(tc.env), home); got != tc.conf {
			t.Errorf("defaultPath(%v) = %q, want %q", tc.env, got, tc.conf)
		}
		if got := defaultStorePath(env(tc.env), home); got != tc.stor {
			t.Errorf("defaultStorePath(%v) = %q, want %q", tc.env, got, tc.stor)
		}
	}
}

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		bad  bool
	}{
		{"30m", 30 * time.Minute, false},
		{"7d", 7 * 24 * time.Hour, false},
		{"2w", 14 * 24 * time.Hour, false},
		{"1d12h", 36 * time.Hour, false},
		{"1w2d", 9 * 24 * time.Hour, false},
		{"1h30m", 90 * time.Minute, false},
		{"d", 0, true},
		{"5 minutes", 0, true},
		{"", 0, true},
		{"3x", 0, true},
	} {
		got, err := ParseDuration(tc.in)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v, bad=%v", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

func TestNodeErrorAndJoin(t *testing.T) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte("a: 1\nrules:\n  - when: x\n"), &doc); err != nil {
		t.Fatal(err)
	}
	rule := doc.Content[0].Content[3].Content[0]
	e1 := NodeError("c.yaml", rule, "rules[0].when", `unknown event "x"; want one of sent, received`)
	e2 := &Error{Problems: []Problem{{File: "c.yaml", Line: 1, Key: "a", Msg: "bad"}}}
	got := Join(nil, e1, e2, errors.New("plain")).Error()
	want := "plain\nc.yaml:1: a: bad\nc.yaml:3: rules[0].when: unknown event \"x\"; want one of sent, received"
	if got != want {
		t.Errorf("Join = %q\nwant %q", got, want)
	}
	if Join(nil, nil) != nil {
		t.Error("Join(nil, nil) != nil")
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{
		"hots":          `; did you mean "host"?`,
		"password-file": `; did you mean "password_file"?`,
		"usrname":       `; did you mean "username"?`,
	} {
		if got := suggest(in, accountKeys); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
	if got := suggest("xyz", accountKeys); !strings.HasPrefix(got, "; known keys here: auth,") {
		t.Errorf("suggest(xyz) = %q", got)
	}
}

// FuzzParse: any input gives either a config or a *Error, never a panic.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"../config.example.yaml", "testdata/bad/many.yaml", "testdata/bad/notify.yaml"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse("f.yaml", b)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || len(ce.Problems) == 0 {
				t.Fatalf("error %T %v, want *Error with problems", err, err)
			}
			return
		}
		if c == nil || len(c.Accounts) == 0 || c.Me.Location == nil {
			t.Fatalf("config without error is incomplete: %+v", c)
		}
	})
}
