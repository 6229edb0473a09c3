package main

import (
	"context"
	"flag"
	"fmt"
)

func cmdSync(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("sync", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("config", "", "config file (default "+defaultConfigHint()+")")
	var lf logFlags
	lf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: followupd sync [--config F]\n\nOne sync pass of every account and folder; new mail is classified and stored. Nothing is delivered. Exit 0 when every folder synced.")
		fs.PrintDefaults()
	}
	if fs.Parse(args) != nil || fs.NArg() > 0 {
		return exitConfig
	}
	d, _, code := openDaemon(ctx, e, *path, &lf, nil)
	if d == nil {
		return code
	}
	defer d.Close()
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
