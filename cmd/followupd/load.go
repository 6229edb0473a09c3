package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/rules"
)

// loadAll loads the config and decodes its rules (the defaults when the
// file has none). Every problem of both is printed, located, in one run;
// the exit status is then exitConfig.
func loadAll(e *env, path string) (*config.Config, []rules.Spec, int) {
	cfg, code := loadConfig(e, path)
	if cfg == nil {
		return nil, nil, code
	}
	specs, code := loadRules(e, cfg)
	if specs == nil {
		return nil, nil, code
	}
	return cfg, specs, exitOK
}

// loadRules decodes the rules section and checks the channels it names.
func loadRules(e *env, cfg *config.Config) ([]rules.Spec, int) {
	if cfg.Rules == nil {
		return rules.Defaults(), exitOK
	}
	specs, lerrs := rules.Decode(cfg.Rules)
	var errs []error
	for _, le := range lerrs {
		errs = append(errs, &config.Error{Problems: []config.Problem{{File: cfg.File, Line: le.Line, Key: le.Key, Msg: le.Msg}}})
	}
	for _, s := range specs {
		for _, ch := range s.Channels {
			if !cfg.Notify.Has(ch) {
				errs = append(errs, config.NodeError(cfg.File, cfg.Rules, "rules."+s.Name+".channels",
					fmt.Sprintf("channel %q is not configured under notify (configured: %v)", ch, cfg.Notify.Names())))
			}
		}
	}
	if len(errs) > 0 {
		for _, p := range config.Problems(config.Join(errs...)) {
			fmt.Fprintln(e.stderr, p.String())
		}
		return nil, exitConfig
	}
	return specs, exitOK
}

// logFlags are the logging flags every long-running command takes.
type logFlags struct {
	json  bool
	level string
}

func (l *logFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&l.json, "log-json", false, "log as JSON lines instead of text")
	fs.StringVar(&l.level, "log-level", "", "log level: debug, info, warn or error (default: the config's, else info)")
}

// newLogger logs to w. Under journald (JOURNAL_STREAM set) the time is
// left out: the journal adds its own.
func (l *logFlags) newLogger(w io.Writer, cfg *config.Config) *slog.Logger {
	level := slog.LevelInfo
	asJSON := l.json
	if cfg != nil {
		level = cfg.Daemon.Log.Level
		asJSON = asJSON || cfg.Daemon.Log.Format == "json"
	}
	if l.level != "" {
		_ = level.UnmarshalText([]byte(l.level))
	}
	opts := &slog.HandlerOptions{Level: level}
	if os.Getenv("JOURNAL_STREAM") != "" {
		opts.ReplaceAttr = func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}
	}
	if asJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openDaemon loads everything and opens the store: what every command that
// reads or changes state starts with.
func openDaemon(ctx context.Context, e *env, path string, lf *logFlags, clock func() time.Time) (*daemon.Daemon, *config.Config, int) {
	cfg, specs, code := loadAll(e, path)
	if cfg == nil {
		return nil, nil, code
	}
	d, err := daemon.Open(ctx, &daemon.Options{
		Config: cfg, Rules: specs, Log: lf.newLogger(e.stderr, cfg), Stdout: e.stdout, Clock: clock,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd: %v\n", err)
		return nil, nil, exitFail
	}
	return d, cfg, exitOK
}

// parseTime reads an RFC 3339 time flag; "" gives def.
func parseTime(s string, def time.Time) (time.Time, error) {
	if s == "" {
		return def, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time such as 2026-03-10T09:00:00-05:00", s)
	}
	return t, nil
}
