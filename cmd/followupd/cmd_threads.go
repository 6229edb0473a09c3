package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"text/tabwriter"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

// cmdThreads lists every tracked thread: its contact, subject, the last
// message each way with its kind, and where the conversation stands.
func cmdThreads(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("threads", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "config file (default: "+defaultConfigHelp+")")
	asJSON := fs.Bool("json", false, "print JSON lines instead of a table")
	account := fs.String("account", "", "only this account")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: followupd threads [--config F] [--json] [--account NAME]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitConfig
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "followupd threads: unexpected argument %q\n", fs.Arg(0))
		return exitConfig
	}
	cfg, code := loadConfig(e, *cfgPath)
	if cfg == nil {
		return code
	}
	if _, err := os.Stat(cfg.Store.Path); errors.Is(err, iofs.ErrNotExist) {
		fmt.Fprintf(e.stderr, "followupd threads: no state file at %s yet; run `followupd sync` or `followupd run` first\n", cfg.Store.Path)
		return exitFail
	}
	st, err := store.Open(ctx, cfg.Store.Path)
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd threads: %v\n", err)
		return exitFail
	}
	defer st.Close()
	ts, err := st.Threads(ctx, *account)
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd threads: %v\n", err)
		return exitFail
	}
	if *asJSON {
		err = printThreadsJSON(e.stdout, ts)
	} else {
		err = printThreadsTable(e.stdout, ts, cfg.Me.Location)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd threads: %v\n", err)
		return exitFail
	}
	return exitOK
}

// threadLine is one JSON line of `threads --json` (cli.md: names are stable).
type threadLine struct {
	Thread           int64       `json:"thread"`
	Account          string      `json:"account"`
	Contact          string      `json:"contact"`
	ContactName      string      `json:"contact_name"`
	Subject          string      `json:"subject"`
	Messages         int         `json:"messages"`
	LastSent         *time.Time  `json:"last_sent"`
	LastReceived     *time.Time  `json:"last_received"`
	LastKind         domain.Kind `json:"last_kind"`
	Muted            bool        `json:"muted"`
	LastSentKind     domain.Kind `json:"last_sent_kind"`
	LastReceivedKind domain.Kind `json:"last_received_kind"`
	LastDirection    string      `json:"last_direction"`
	State            string      `json:"state"`
}

// threadTime is t, or nil (JSON null) when zero.
func threadTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// threadState says where a conversation stands, in a few words.
func threadState(t *store.ThreadSummary) string {
	switch {
	case t.Muted:
		return "muted"
	case t.Last.Direction == domain.Sent:
		return "awaiting reply"
	default:
		return "to answer"
	}
}

func printThreadsJSON(w io.Writer, ts []store.ThreadSummary) error {
	enc := json.NewEncoder(w)
	for i := range ts {
		t := &ts[i]
		err := enc.Encode(threadLine{
			Thread: t.ID, Account: t.Account, Contact: t.Contact.Addr, ContactName: t.Contact.Name,
			Subject: t.Subject, Messages: t.Messages, LastSent: threadTime(t.LastSent.At), LastReceived: threadTime(t.LastReceived.At),
			LastKind: t.Last.Kind, Muted: t.Muted, LastSentKind: t.LastSent.Kind, LastReceivedKind: t.LastReceived.Kind,
			LastDirection: string(t.Last.Direction), State: threadState(t),
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func printThreadsTable(w io.Writer, ts []store.ThreadSummary, loc *time.Location) error {
	if len(ts) == 0 {
		_, err := fmt.Fprintln(w, "no threads yet")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "THREAD\tCONTACT\tSUBJECT\tMSGS\tLAST SENT\tLAST RECEIVED\tSTATE")
	for i := range ts {
		t := &ts[i]
		contact := t.Contact.Addr
		if t.Contact.Name != "" {
			contact = t.Contact.Name + " <" + t.Contact.Addr + ">"
		}
		if contact == "" {
			contact = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\t%s\n", t.ID, clipCell(contact, 40), clipCell(t.Subject, 40), t.Messages,
			lastCell(t.LastSent, loc), lastCell(t.LastReceived, loc), threadState(t))
	}
	return tw.Flush()
}

// lastCell is "2026-03-02 10:00 request", in the owner's zone.
func lastCell(m store.LastMessage, loc *time.Location) string {
	if m.At.IsZero() {
		return "-"
	}
	s := m.At.In(loc).Format("2006-01-02 15:04")
	if m.Kind != "" {
		s += " " + string(m.Kind)
	}
	return s
}

// clipCell shortens s to n runes with an ellipsis.
func clipCell(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
