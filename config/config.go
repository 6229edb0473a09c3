// Package config reads followupd's YAML configuration file.
//
// Failure model: Load is all-or-nothing and never stops at the first
// problem. It walks the YAML node tree and reports every unknown key,
// wrong type, bad value and missing field in one run, each located as
// FILE:LINE: key.path: what is wrong, what would be right (a *Error). A
// Config that Load returns is complete: defaults are filled in and every
// value has been checked, so the packages it feeds need not check again.
// Secrets are not read by Load: the Config holds only where they come from
// (SecretSource), they are read at each use, and they never appear in the
// Config's printed form or in an error. The rules section is kept as a raw
// YAML node for the rule engine, which reports its own problems through
// NodeError so that they print the same way.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/followupd/followupd/domain"
)

// Config is a loaded, checked configuration.
type Config struct {
	// File is the path Load read, as given; problems are reported against it.
	File     string
	Me       Me
	Accounts []Account
	Store    Store
	Notify   Notify
	// Rules is the value of the rules key (nil when absent), for the rule
	// engine to decode; report problems in it with NodeError(File, ...).
	Rules  *yaml.Node
	Daemon Daemon
}

// Me is the owner of the mailbox.
type Me struct {
	Name string
	// Addresses are every address that counts as the owner, normalized
	// (domain.NormAddr).
	Addresses []string
	// Timezone is the IANA name; Location is it loaded.
	Timezone string
	Location *time.Location
}

// IsMe reports whether addr is one of the owner's addresses.
func (m *Me) IsMe(addr string) bool {
	n := domain.NormAddr(addr)
	for _, a := range m.Addresses {
		if a == n {
			return true
		}
	}
	return false
}

// Store says where the state file lives.
type Store struct {
	Path string // absolute, or relative to the working directory if the config file path was
}

// Daemon holds the long-running process's settings.
type Daemon struct {
	// CatchUp is the period of the safety-net sync pass besides IDLE.
	CatchUp     time.Duration
	SelfMonitor SelfMonitor
	Log         Log
}

// SelfMonitor says when followupd tells the owner that it is not working.
type SelfMonitor struct {
	// SyncStale: warn when no sync has succeeded for this long.
	SyncStale time.Duration
}

// Log configures log/slog.
type Log struct {
	Format string // text | json
	Level  slog.Level
}

// Defaults.
const (
	DefaultCatchUp   = 5 * time.Minute
	DefaultSyncStale = 30 * time.Minute
)

var topKeys = []string{"me", "accounts", "store", "notify", "rules", "daemon"}

// Load reads and checks the config file at path. On any problem it returns
// a *Error listing all of them (a missing or unreadable file is one
// problem).
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		msg := fmt.Sprintf("cannot read the config file: %v", err)
		if errors.Is(err, os.ErrNotExist) {
			msg += "; create it from config.example.yaml or pass --config"
		}
		return nil, &Error{Problems: []Problem{{File: path, Msg: msg}}}
	}
	return Parse(path, b)
}

// Parse checks config text as if read from file (used for problems and to
// resolve relative paths).
func Parse(file string, text []byte) (*Config, error) {
	d := &decoder{file: file}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(text))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		d.probs = append(d.probs, yamlProblem(file, err))
		return nil, &Error{Problems: d.probs}
	}
	var root *yaml.Node
	if len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	var more yaml.Node
	if err := dec.Decode(&more); err == nil {
		d.problem(&more, "", "a second YAML document (---); keep one document per file")
	}
	c := &Config{File: file}
	dir := filepath.Dir(file)
	f := d.fields(root, "", topKeys...)
	c.Me = d.me(f["me"], root)
	c.Accounts = d.accounts(f["accounts"], root, dir)
	c.Store = d.store(f["store"], dir)
	c.Notify = d.notify(f["notify"], c.Accounts, c.Me, dir)
	if r := f["rules"]; r != nil {
		c.Rules = resolve(r)
	}
	c.Daemon = d.daemon(f["daemon"])
	if len(d.probs) > 0 {
		sort.SliceStable(d.probs, func(i, j int) bool { return d.probs[i].Line < d.probs[j].Line })
		return nil, &Error{Problems: d.probs}
	}
	return c, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

func yamlProblem(file string, err error) Problem {
	msg := err.Error()
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return Problem{File: file, Line: line, Msg: "not valid YAML: " + msg}
}

var addrRE = regexp.MustCompile(`^[^@\s<>]+@[^@\s<>]+$`)

func (d *decoder) me(n, root *yaml.Node) Me {
	var m Me
	if n == nil {
		d.problem(root, "me", "missing; say who you are: name, addresses and timezone")
		return m
	}
	f := d.fields(n, "me", "name", "addresses", "timezone")
	if v, ok := f["name"]; ok {
		m.Name, _ = d.str(v, "me.name", "your name as a string")
	}
	if v, ok := f["addresses"]; ok {
		for _, a := range d.strList(v, "me.addresses", "email addresses") {
			if !addrRE.MatchString(a.S) {
				d.problem(a.N, a.Path, "%q is not an email address; want name@example.com", a.S)
				continue
			}
			m.Addresses = append(m.Addresses, domain.NormAddr(a.S))
		}
		if len(m.Addresses) == 0 && !isNull(v) && resolve(v).Kind == yaml.SequenceNode && len(resolve(v).Content) == 0 {
			d.problem(v, "me.addresses", "is empty; list every address that counts as you")
		}
	} else {
		d.problem(n, "me.addresses", "missing; list every address that counts as you, e.g. [you@example.com]")
	}
	if v, ok := f["timezone"]; ok {
		if s, ok := d.str(v, "me.timezone", "an IANA time zone such as Europe/Berlin"); ok {
			loc, err := time.LoadLocation(s)
			if err != nil || s == "Local" {
				d.problem(resolve(v), "me.timezone", "unknown time zone %q; want an IANA name such as Europe/Berlin or America/New_York", s)
			} else {
				m.Timezone, m.Location = s, loc
			}
		}
	} else {
		d.problem(n, "me.timezone", "missing; want your IANA time zone, e.g. Europe/Berlin (reminders fire at 09:00 there)")
	}
	return m
}

func (d *decoder) store(n *yaml.Node, dir string) Store {
	s := Store{Path: DefaultStorePath()}
	f := d.fields(n, "store", "path")
	if v, ok := f["path"]; ok {
		if p, ok := d.str(v, "store.path", "a file path for the SQLite state file"); ok {
			s.Path = absPath(dir, p)
		}
	}
	return s
}

// absPath resolves p (with ~/) against dir when relative.
func absPath(dir, p string) string {
	p = expandHome(p)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

func (d *decoder) daemon(n *yaml.Node) Daemon {
	out := Daemon{CatchUp: DefaultCatchUp, SelfMonitor: SelfMonitor{SyncStale: DefaultSyncStale},
		Log: Log{Format: "text", Level: slog.LevelInfo}}
	f := d.fields(n, "daemon", "catch_up", "self_monitor", "log")
	if v, ok := f["catch_up"]; ok {
		if x, ok := d.duration(v, "daemon.catch_up"); ok {
			out.CatchUp = x
		}
	}
	if v, ok := f["self_monitor"]; ok {
		sf := d.fields(v, "daemon.self_monitor", "sync_stale")
		if v, ok := sf["sync_stale"]; ok {
			if x, ok := d.duration(v, "daemon.self_monitor.sync_stale"); ok {
				out.SelfMonitor.SyncStale = x
			}
		}
	}
	if v, ok := f["log"]; ok {
		lf := d.fields(v, "daemon.log", "format", "level")
		if v, ok := lf["format"]; ok {
			if x, ok := d.enum(v, "daemon.log.format", "text", "json"); ok {
				out.Log.Format = x
			}
		}
		if v, ok := lf["level"]; ok {
			if x, ok := d.enum(v, "daemon.log.level", "debug", "info", "warn", "error"); ok {
				_ = out.Log.Level.UnmarshalText([]byte(x))
			}
		}
	}
	return out
}
