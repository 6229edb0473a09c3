package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/imapconn"
)

func cmdCheck(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "check", "usage: followupd check [--config F]\n\nLoad the config, log in to every account, name the folders that will be watched and the server's capabilities, and test every notification channel (SMTP login, Drafts folder, D-Bus). Exit 2 on a bad config, 1 when something cannot be reached.")
	timeout := fs.Duration("timeout", 30*time.Second, "time allowed for each connection")
	if code, ok := fs.parse(args, 0); !ok {
		return code
	}
	cfg, specs, code := loadAll(e, fs.config)
	if cfg == nil {
		return code
	}
	fmt.Fprintf(e.stdout, "config %s: ok (%d accounts, %d rules, channels: %s)\n", cfg.File, len(cfg.Accounts), len(specs), strings.Join(cfg.Notify.Names(), ", "))
	log := fs.log.newLogger(e.stderr, cfg)
	failed := false
	for i := range cfg.Accounts {
		a := &cfg.Accounts[i]
		cctx, cancel := context.WithTimeout(ctx, *timeout)
		opt := daemon.IMAPOptions(a)
		rep, err := imapconn.Probe(cctx, opt, log)
		cancel()
		fmt.Fprintf(e.stdout, "account %s (%s@%s:%d, tls %s):\n", a.Name, a.Username, a.Host, a.Port, a.TLS)
		if err != nil {
			failed = true
			fmt.Fprintf(e.stdout, "  FAIL  %v\n", err)
			continue
		}
		fmt.Fprintf(e.stdout, "  ok    logged in\n")
		folder := func(role, configured, found string) {
			switch {
			case configured != "":
				fmt.Fprintf(e.stdout, "  ok    %-6s %q (configured)\n", role, configured)
			case found != "":
				fmt.Fprintf(e.stdout, "  ok    %-6s %q\n", role, found)
			default:
				fmt.Fprintf(e.stdout, "  WARN  %-6s not found: set accounts[%d].folders.%s\n", role, i, strings.ToLower(role))
			}
		}
		folder("inbox", a.Folders.Inbox, rep.Inbox)
		folder("sent", a.Folders.Sent, rep.Sent)
		folder("drafts", a.Folders.Drafts, rep.Drafts)
		caps := []struct {
			name string
			ok   bool
		}{{"IDLE", rep.IDLE}, {"CONDSTORE", rep.CONDSTORE}, {"NOTIFY", rep.NOTIFY}, {"SPECIAL-USE", rep.SpecialUse}, {"MOVE", rep.MOVE}, {"UIDPLUS", rep.UIDPLUS}}
		var have, lack []string
		for _, c := range caps {
			if c.ok {
				have = append(have, c.name)
			} else {
				lack = append(lack, c.name)
			}
		}
		fmt.Fprintf(e.stdout, "  ok    capabilities: %s", strings.Join(have, " "))
		if len(lack) > 0 {
			fmt.Fprintf(e.stdout, " (missing: %s)", strings.Join(lack, " "))
		}
		fmt.Fprintln(e.stdout)
		for _, p := range rep.Problems {
			fmt.Fprintf(e.stdout, "  WARN  %s\n", p)
		}
	}
	d, err := daemon.Open(ctx, &daemon.Options{Config: cfg, Rules: specs, Log: log, Stdout: e.stdout})
	if err != nil {
		fmt.Fprintf(e.stdout, "store %s:\n  FAIL  %v\n", cfg.Store.Path, err)
		return exitFail
	}
	defer d.Close()
	fmt.Fprintf(e.stdout, "store %s: ok\n", cfg.Store.Path)
	fmt.Fprintln(e.stdout, "channels:")
	cctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	for _, c := range d.CheckChannels(cctx) {
		if c.Err != nil {
			failed = true
			fmt.Fprintf(e.stdout, "  FAIL  %-8s %v\n", c.Channel, c.Err)
		} else {
			fmt.Fprintf(e.stdout, "  ok    %s\n", c.Channel)
		}
	}
	if failed {
		return exitFail
	}
	return exitOK
}
