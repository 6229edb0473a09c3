package main

import (
	"context"
	"flag"
	"fmt"
	"time"
)

func cmdTick(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("tick", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("config", "", "config file (default "+defaultConfigHint()+")")
	nowFlag := fs.String("now", "", "the moment to judge and deliver at, RFC 3339 (default: now)")
	var lf logFlags
	lf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: followupd tick [--now TIME] [--config F]\n\nOne engine pass as of TIME: judge the stored mail at TIME, fire the reminders due by then and deliver them, then exit. Replaying time with a series of ticks is how tests and users check the rules.")
		fs.PrintDefaults()
	}
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return exitConfig
	}
	now, err := parseTime(*nowFlag, time.Now())
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd tick: --now: %v\n", err)
		return exitConfig
	}
	d, cfg, code := openDaemon(ctx, e, *path, &lf, func() time.Time { return now })
	if d == nil {
		return code
	}
	defer d.Close()
	fired, err := d.Tick(ctx, now)
	for _, r := range fired {
		late := ""
		if r.Late {
			late = " (late)"
		}
		fmt.Fprintf(e.stdout, "fired %s %-13s %-30s due %s%s\n", shortID(r.ID), r.Rule, r.Contact.Addr, r.Due.In(cfg.Me.Location).Format(time.RFC3339), late)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd tick: %v\n", err)
		return exitFail
	}
	return exitOK
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}
