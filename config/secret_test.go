package config

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const secret = "s3cr3t-Hunter2-do-not-print"

func loadOne(t *testing.T, dir, account string) *Config {
	t.Helper()
	text := "me: {addresses: [me@example.com], timezone: UTC}\naccounts:\n  - " + account + "\n"
	c, err := Parse(filepath.Join(dir, "config.yaml"), []byte(text))
	if err != nil {
		t.Fatalf("Parse:\n%v", err)
	}
	return c
}

func noSecret(t *testing.T, what, s string) {
	t.Helper()
	if strings.Contains(s, secret) || strings.Contains(s, "Hunter2") {
		t.Errorf("%s contains the secret: %s", what, s)
	}
}

func TestSecretFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pw"), []byte(secret+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	c := loadOne(t, dir, "{host: h, username: u, password_file: pw}")
	got, err := c.Accounts[0].Secret(ctx)
	if err != nil || got != secret {
		t.Fatalf("relative file beside config: %q, %v", got, err)
	}

	// systemd LoadCredential: $CREDENTIALS_DIRECTORY wins for relative paths.
	creds := t.TempDir()
	if err := os.WriteFile(filepath.Join(creds, "pw"), []byte("from-credentials\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CREDENTIALS_DIRECTORY", creds)
	if got, err := c.Accounts[0].Secret(ctx); err != nil || got != "from-credentials" {
		t.Errorf("with $CREDENTIALS_DIRECTORY: %q, %v", got, err)
	}

	// A wrong path: the error names the paths tried, never the secret that
	// sits in a neighbouring file.
	c = loadOne(t, dir, "{host: h, username: u, password_file: pw-typo}")
	_, err = c.Accounts[0].Secret(ctx)
	if err == nil {
		t.Fatal("missing password file: no error")
	}
	noSecret(t, "error", err.Error())
	for _, want := range []string{`account "u" password`, filepath.Join(creds, "pw-typo"), filepath.Join(dir, "pw-typo"), "no such file"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}

	// A directory instead of a file.
	c = loadOne(t, dir, "{host: h, username: u, password_file: "+dir+"}")
	if _, err := c.Accounts[0].Secret(ctx); err == nil {
		t.Error("directory as password file: no error")
	}
}

func TestSecretCommand(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	c := loadOne(t, dir, `{host: h, username: u, password_command: "printf '  `+secret+`\n'"}`)
	got, err := c.Accounts[0].Secret(ctx)
	if err != nil || got != secret {
		t.Fatalf("command: %q, %v", got, err)
	}
	printed := fmt.Sprintf("%+v %v %#v", c, *c, c.Accounts)
	noSecret(t, "printed config (password_command inlines the secret)", printed)

	// Fails after printing the secret on stdout and echoing it on stderr.
	c = loadOne(t, dir, `{host: h, username: u, password_command: "echo `+secret+`; echo 'vault: sealed, got `+secret+`' >&2; exit 3"}`)
	_, err = c.Accounts[0].Secret(ctx)
	if err == nil {
		t.Fatal("failing command: no error")
	}
	noSecret(t, "error", err.Error())
	if !strings.Contains(err.Error(), "exit status 3") || !strings.Contains(err.Error(), "vault: sealed") {
		t.Errorf("error %q should carry the exit status and stderr", err)
	}

	c = loadOne(t, dir, `{host: h, username: u, password_command: "true"}`)
	if _, err := c.Accounts[0].Secret(ctx); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty output: %v", err)
	}

	c = loadOne(t, dir, `{host: h, username: u, password_command: "sleep 30"}`)
	tctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if _, err := c.Accounts[0].Secret(tctx); err == nil {
		t.Error("command outliving its context: no error")
	}
}

func TestSecretEnv(t *testing.T) {
	t.Setenv("FOLLOWUPD_TEST_PW", secret)
	c := loadOne(t, t.TempDir(), "{host: h, username: u, password_env: FOLLOWUPD_TEST_PW}")
	got, err := c.Accounts[0].Secret(context.Background())
	if err != nil || got != secret {
		t.Fatalf("env: %q, %v", got, err)
	}
	noSecret(t, "%+v of the config", fmt.Sprintf("%+v", c))
	noSecret(t, "%#v of the config", fmt.Sprintf("%#v", c))
	noSecret(t, "%+v of the accounts", fmt.Sprintf("%+v", c.Accounts))

	c = loadOne(t, t.TempDir(), "{host: h, username: u, password_env: FOLLOWUPD_TEST_UNSET}")
	_, err = c.Accounts[0].Secret(context.Background())
	if err == nil || !strings.Contains(err.Error(), "FOLLOWUPD_TEST_UNSET is not set") {
		t.Errorf("unset env: %v", err)
	}
}

func TestWebhookAndEmailSecrets(t *testing.T) {
	t.Setenv("FOLLOWUPD_TEST_TOKEN", secret)
	text := `
me: {addresses: [me@example.com], timezone: UTC}
accounts: [{host: h, username: u, password_env: P}]
notify:
  email: {host: smtp.example.com, username: u, password_env: FOLLOWUPD_TEST_TOKEN}
  webhook: {url: "https://ntfy.example.com/t", token_env: FOLLOWUPD_TEST_TOKEN}
`
	c, err := Parse("c.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if got, err := c.Notify.Email.Secret(ctx); err != nil || got != secret {
		t.Errorf("email secret: %q, %v", got, err)
	}
	if got, err := c.Notify.Webhook.Secret(ctx); err != nil || got != secret {
		t.Errorf("webhook token: %q, %v", got, err)
	}
	noSecret(t, "%+v of notify", fmt.Sprintf("%+v %+v %+v", c.Notify, *c.Notify.Email, *c.Notify.Webhook))
}
