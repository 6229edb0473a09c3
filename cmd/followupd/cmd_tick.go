package main

import (
	"context"
	"fmt"
	"time"
)

func cmdTick(ctx context.Context, e *env, args []string) int {
	f := newFlags(e, "tick", "usage: followupd tick [--now TIME] [--config F]\n\nOne engine pass as of TIME: judge the stored mail at TIME, fire the reminders due by then and deliver them, then exit. Replaying time with a series of ticks is how tests and users check the rules.")
	nowFlag := f.String("now", "", "the moment to judge and deliver at, RFC 3339 (default: now)")
	if code, ok := f.parse(args, 0); !ok {
		return code
	}
	now, err := parseTime(*nowFlag, time.Now())
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd tick: --now: %v\n", err)
		return exitConfig
	}
	d, cfg, code := openDaemon(ctx, e, f.config, &f.log, func() time.Time { return now })
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
