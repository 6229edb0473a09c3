package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/store"
)

// The owner's actions on reminders and contacts. Each is recorded in the
// store's actions table; the running daemon sees it at its next tick.

func cmdDone(ctx context.Context, e *env, args []string) int {
	return reminderAction(ctx, e, "done", args, func(ctx context.Context, d actor, id string, _ time.Duration) (string, error) {
		full, err := d.Done(ctx, id)
		return "done: " + full, err
	})
}

func cmdSnooze(ctx context.Context, e *env, args []string) int {
	return reminderAction(ctx, e, "snooze", args, func(ctx context.Context, d actor, id string, dur time.Duration) (string, error) {
		full, due, err := d.Snooze(ctx, id, dur)
		return fmt.Sprintf("snoozed %s until %s", full, due.Format("Mon Jan 2 15:04 MST")), err
	})
}

// actor is the part of the engine the actions use.
type actor interface {
	Done(ctx context.Context, id string) (string, error)
	Snooze(ctx context.Context, id string, d time.Duration) (string, time.Time, error)
}

func reminderAction(ctx context.Context, e *env, name string, args []string, act func(context.Context, actor, string, time.Duration) (string, error)) int {
	usage := "usage: followupd done ID\n\nMark a reminder done: it will not fire (again). ID or a unique prefix, as `plan` and `threads` show it."
	if name == "snooze" {
		usage = "usage: followupd snooze ID --for 3d\n\nPostpone a reminder (ID or a unique prefix, as `plan` and `threads` show it)."
	}
	fs := newFlags(e, name, usage)
	var forFlag string
	if name == "snooze" {
		fs.StringVar(&forFlag, "for", "1d", "how long: 3h, 2d, 1w")
	}
	if code, ok := fs.parse(args, 1); !ok {
		return code
	}
	var dur time.Duration
	if name == "snooze" {
		var err error
		if dur, err = notify.ParseSnooze(forFlag); err != nil {
			fmt.Fprintf(e.stderr, "followupd snooze: --for: %v\n", err)
			return exitConfig
		}
	}
	d, _, code := openDaemon(ctx, e, fs.config, &fs.log, nil)
	if d == nil {
		return code
	}
	defer d.Close()
	msg, err := act(ctx, d.Engine(), fs.Arg(0), dur)
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd %s: %v\n", name, err)
		return exitFail
	}
	fmt.Fprintln(e.stdout, msg)
	return exitOK
}

func cmdMute(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "mute", "usage: followupd mute [--undo] CONTACT\n\nStop every reminder about a contact (an email address).")
	undo := fs.Bool("undo", false, "unmute: let reminders about the contact come again")
	if code, ok := fs.parse(args, 1); !ok {
		return code
	}
	d, _, code := openDaemon(ctx, e, fs.config, &fs.log, nil)
	if d == nil {
		return code
	}
	defer d.Close()
	contact := fs.Arg(0)
	var err error
	if *undo {
		err = d.Engine().Unmute(ctx, contact)
	} else {
		err = d.Engine().Mute(ctx, contact)
	}
	if errors.Is(err, store.ErrUnknownContact) {
		fmt.Fprintf(e.stderr, "followupd mute: %s: no mail with this address is stored (see `followupd threads`)\n", contact)
		return exitFail
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd mute: %v\n", err)
		return exitFail
	}
	if *undo {
		fmt.Fprintf(e.stdout, "unmuted %s\n", contact)
	} else {
		fmt.Fprintf(e.stdout, "muted %s: no reminders about this contact until `followupd mute --undo %s`\n", contact, contact)
	}
	return exitOK
}
