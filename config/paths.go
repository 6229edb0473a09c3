package config

import (
	"os"
	"path/filepath"
	"strings"
)

// DefaultPath is where the config file is looked for when --config is not
// given: $CONFIGURATION_DIRECTORY/config.yaml under systemd
// (ConfigurationDirectory=), else $XDG_CONFIG_HOME/followupd/config.yaml,
// else ~/.config/followupd/config.yaml.
func DefaultPath() string { return defaultPath(os.Getenv, os.UserHomeDir) }

// DefaultStorePath is the state file when store.path is not set:
// $STATE_DIRECTORY/followupd.db under systemd (StateDirectory=), else
// $XDG_STATE_HOME/followupd/followupd.db, else
// ~/.local/state/followupd/followupd.db.
func DefaultStorePath() string { return defaultStorePath(os.Getenv, os.UserHomeDir) }

func defaultPath(getenv func(string) string, home func() (string, error)) string {
	if d := firstDir(getenv("CONFIGURATION_DIRECTORY")); d != "" {
		return filepath.Join(d, "config.yaml")
	}
	return filepath.Join(xdg(getenv, home, "XDG_CONFIG_HOME", ".config"), "followupd", "config.yaml")
}

func defaultStorePath(getenv func(string) string, home func() (string, error)) string {
	if d := firstDir(getenv("STATE_DIRECTORY")); d != "" {
		return filepath.Join(d, "followupd.db")
	}
	return filepath.Join(xdg(getenv, home, "XDG_STATE_HOME", filepath.Join(".local", "state")), "followupd", "followupd.db")
}

// firstDir takes the first of systemd's colon-separated directory list.
func firstDir(v string) string {
	d, _, _ := strings.Cut(v, ":")
	return d
}

// xdg returns $VAR when it is an absolute path (the XDG spec says relative
// values are to be ignored), else ~/fallback.
func xdg(getenv func(string) string, home func() (string, error), v, fallback string) string {
	if d := getenv(v); filepath.IsAbs(d) {
		return d
	}
	h, err := home()
	if err != nil || h == "" {
		h = "."
	}
	return filepath.Join(h, fallback)
}
