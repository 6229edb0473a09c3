package config

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// SecretTimeout bounds a password or token command.
const SecretTimeout = 30 * time.Second

// SecretSource says where a password or token comes from: a file, a
// command or an environment variable (exactly one is set). The config
// holds only this recipe, never the secret: the secret is read at each use
// (so a token command can refresh) and is never put in an error, and
// printing a SecretSource shows no command text (a user may have inlined a
// secret there).
type SecretSource struct {
	// File is read whole; trailing CR/LF is dropped. A relative path is
	// looked up first in $CREDENTIALS_DIRECTORY (systemd LoadCredential=),
	// then beside the config file.
	File string
	// Command is run with sh -c; its trimmed standard output is the secret.
	Command string
	// Env names an environment variable holding the secret.
	Env string

	what string // e.g. `account "work" password`, for errors
	dir  string // the config file's directory
}

// IsSet reports whether a source was configured.
func (s SecretSource) IsSet() bool { return s.File != "" || s.Command != "" || s.Env != "" }

// String describes the source without its command text.
func (s SecretSource) String() string {
	switch {
	case s.File != "":
		return "file:" + s.File
	case s.Command != "":
		return "command"
	case s.Env != "":
		return "env:" + s.Env
	}
	return "none"
}

// GoString keeps %#v as discreet as %v.
func (s SecretSource) GoString() string { return "config.SecretSource(" + s.String() + ")" }

// Get returns the secret. Errors name the source and what went wrong (for
// a command: its exit status and standard error with any part of the
// secret removed) but never contain the secret.
func (s SecretSource) Get(ctx context.Context) (string, error) {
	what := s.what
	if what == "" {
		what = "secret"
	}
	var (
		v   string
		err error
	)
	switch {
	case s.File != "":
		v, err = s.readFile()
	case s.Command != "":
		v, err = s.run(ctx)
	case s.Env != "":
		var ok bool
		v, ok = os.LookupEnv(s.Env)
		if !ok {
			err = fmt.Errorf("environment variable %s is not set", s.Env)
		}
	default:
		err = errors.New("no source configured")
	}
	if err == nil && v == "" {
		err = fmt.Errorf("%s gave an empty value", s.String())
	}
	if err != nil {
		return "", fmt.Errorf("read %s: %w", what, err)
	}
	return v, nil
}

func (s SecretSource) readFile() (string, error) {
	var tried []string
	for _, path := range s.candidates() {
		b, err := os.ReadFile(path)
		if err == nil {
			return strings.TrimRight(string(b), "\r\n"), nil
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // keep the message short; the path is named below
		}
		tried = append(tried, fmt.Sprintf("%s (%v)", path, err))
	}
	return "", fmt.Errorf("read file %s", strings.Join(tried, ", nor "))
}

// candidates lists where File may be, in order.
func (s SecretSource) candidates() []string {
	path := expandHome(s.File)
	if filepath.IsAbs(path) {
		return []string{path}
	}
	var out []string
	if cd := os.Getenv("CREDENTIALS_DIRECTORY"); cd != "" {
		out = append(out, filepath.Join(cd, path))
	}
	return append(out, filepath.Join(s.dir, path))
}

func (s SecretSource) run(ctx context.Context) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, SecretTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", s.Command)
	cmd.Dir = s.dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	// Kill the whole process group on timeout, so that no child of sh is
	// left running (or holding the pipes open).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	out := strings.TrimSpace(stdout.String())
	if err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (after %s)", ctx.Err(), SecretTimeout)
		}
		msg := scrub(strings.TrimSpace(stderr.String()), out)
		if len(msg) > 300 {
			msg = msg[:300] + "..."
		}
		if msg != "" {
			return "", fmt.Errorf("run command: %v: %s", err, msg)
		}
		return "", fmt.Errorf("run command: %v", err)
	}
	return out, nil
}

// scrub removes from msg every line of secret, so that a command that
// echoes its output to stderr as well cannot leak it into an error.
func scrub(msg, secret string) string {
	for _, line := range strings.Split(secret, "\n") {
		line = strings.TrimSpace(line)
		if len(line) >= 3 {
			msg = strings.ReplaceAll(msg, line, "[redacted]")
		}
	}
	return msg
}

func expandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[1:])
		}
	}
	return p
}
