// Command followupd watches a mailbox over IMAP, understands networking
// threads and reminds its owner to confirm, thank, update and close the loop.
// See README.md; `followupd help` lists the commands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// Exit statuses shared by every command (../shared/spec/cli.md).
const (
	exitOK     = 0
	exitFail   = 1 // a runtime failure (connection, I/O)
	exitConfig = 2 // bad configuration or usage
)

// env is what a command gets from main: its output streams and the signals.
type env struct {
	stdout, stderr io.Writer
	// reload receives SIGHUP; only long-running commands read it.
	reload <-chan os.Signal
	// stopSignals restores the default SIGINT/SIGTERM behaviour, so that a
	// second signal during a graceful shutdown ends the process at once.
	stopSignals func()
}

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) int
}

// commands is the whole command line; each lives in cmd_NAME.go.
var commands = map[string]command{
	"run":      {"the daemon: sync, watch, tick and deliver (foreground)", cmdRun},
	"sync":     {"one sync pass of every account and folder, classify, exit", cmdSync},
	"check":    {"check config, login, folders, capabilities and channels", cmdCheck},
	"classify": {"classify .eml, mbox or Maildir files offline", cmdClassify},
	"threads":  {"list tracked threads and contacts with their state", cmdThreads},
	"plan":     {"list reminders due in a window, without sending", cmdPlan},
	"tick":     {"one engine pass as of a time: deliver what is due, exit", cmdTick},
	"done":     {"mark a reminder done", cmdDone},
	"snooze":   {"postpone a reminder: snooze ID --for 3d", cmdSnooze},
	"mute":     {"stop all reminders about a contact", cmdMute},
	"demo":     {"run the whole pipeline on an embedded mailbox with a fast clock", cmdDemo},
	"version":  {"print the version", cmdVersion},
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return exitConfig
		}
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "followupd: unknown command %q\n", args[0])
		usage(stderr)
		return exitConfig
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	return c.run(ctx, &env{stdout: stdout, stderr: stderr, reload: hup, stopSignals: stop}, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: followupd COMMAND [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\n`followupd COMMAND -h` shows a command's flags.")
}
