package main

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/rules"
)

// The shipped example must load cleanly, and its rules section must be
// exactly the built-in defaults, so that editing it starts from the truth.
func TestConfigExampleRulesAreTheDefaults(t *testing.T) {
	cfg, err := config.Load("../../config.example.yaml")
	if err != nil {
		t.Fatalf("load config.example.yaml: %v", err)
	}
	var stderr bytes.Buffer
	specs, code := loadRules(&env{stdout: &bytes.Buffer{}, stderr: &stderr}, cfg)
	if code != exitOK {
		t.Fatalf("rules of config.example.yaml: exit %d\n%s", code, stderr.String())
	}
	if want := rules.Defaults(); !reflect.DeepEqual(specs, want) {
		t.Errorf("config.example.yaml rules differ from rules.Defaults():\n got %+v\nwant %+v", specs, want)
	}
}

// A rule naming a channel that is not configured is a located config error.
func TestRulesNamingAnUnknownChannelAreRefused(t *testing.T) {
	text := `me: {name: A, addresses: [a@example.com], timezone: UTC}
accounts:
  - {name: x, host: 127.0.0.1, tls: none, username: a, password_env: NOPE}
notify:
  console: {}
rules:
  - name: nudge
    channels: [pager]
`
	cfg, err := config.Parse("c.yaml", []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var stderr bytes.Buffer
	if _, code := loadRules(&env{stdout: &bytes.Buffer{}, stderr: &stderr}, cfg); code != exitConfig {
		t.Fatalf("loadRules exit = %d, want %d", code, exitConfig)
	}
	if got := stderr.String(); !strings.Contains(got, "c.yaml:") || !strings.Contains(got, `channel "pager" is not configured`) {
		t.Errorf("loadRules printed %q, want a located error naming the channel", got)
	}
}
