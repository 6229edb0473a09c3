package main

import (
	"context"
	"fmt"
)

func cmdSync(ctx context.Context, e *env, args []string) int {
	f := newFlags(e, "sync", "usage: followupd sync [--config F]\n\nOne sync pass of every account and folder; new mail is classified and stored. Nothing is delivered. Exit 0 when every folder synced.")
	if code, ok := f.parse(args, 0); !ok {
		return code
	}
	d, _, code := openDaemon(ctx, e, f.config, &f.log, nil)
	if d == nil {
		return code
	}
	defer d.Close()
	if err := d.Reclassify(ctx); err != nil {
		fmt.Fprintf(e.stderr, "followupd sync: %v\n", err)
		return exitFail
	}
	if err := d.SyncOnce(ctx); err != nil {
		fmt.Fprintf(e.stderr, "followupd sync: %v\n", err)
		return exitFail
	}
	c, err := d.Store().Count(ctx)
	if err == nil {
		fmt.Fprintf(e.stdout, "synced: %d messages in %d threads, %d contacts\n", c.Messages, c.Threads, c.Contacts)
	}
	return exitOK
}
