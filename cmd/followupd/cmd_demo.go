package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/followupd/followupd/demo"
)

func cmdDemo(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	quick := fs.Bool("quick", false, "no pauses: run the two months as fast as possible")
	perDay := fs.Duration("speed", 150*time.Millisecond, "wall-clock time per simulated day")
	keep := fs.String("keep", "", "keep the config and store in this directory, for `threads` and `plan`")
	startFlag := fs.String("start", "", "first simulated moment, RFC 3339 (default "+demo.DefaultStart().Format(time.RFC3339)+")")
	desktop := fs.Bool("desktop", os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "", "also show desktop notifications (default: when a session bus is there)")
	var lf logFlags
	lf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: followupd demo [--quick] [--speed 150ms] [--keep DIR]\n\nRun the whole pipeline (IMAP watcher, classifier, store, rule engine, notifiers) against an embedded IMAP server seeded with two months of a person's networking mail, with the clock fast-forwarded. No config or account needed.")
		fs.PrintDefaults()
	}
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return exitConfig
	}
	start, err := parseTime(*startFlag, demo.DefaultStart())
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd demo: --start: %v\n", err)
		return exitConfig
	}
	if *quick {
		*perDay = 0
	}
	if *keep != "" {
		if err := os.MkdirAll(*keep, 0o700); err != nil {
			fmt.Fprintf(e.stderr, "followupd demo: %v\n", err)
			return exitFail
		}
	}
	if lf.level == "" {
		lf.level = "warn"
	}
	_, err = demo.Run(ctx, &demo.Options{Out: e.stdout, Log: lf.newLogger(e.stderr, nil), Start: start, PerDay: *perDay, Dir: *keep, Desktop: *desktop})
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd demo: %v\n", err)
		return exitFail
	}
	return exitOK
}
