package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

// classifyLine is one message of `followupd classify --json`
// (../shared/spec/cli.md). Error lines carry only path and error.
type classifyLine struct {
	Path      string  `json:"path"`
	MessageID string  `json:"message_id"`
	Kind      string  `json:"kind"`
	MeetingAt *string `json:"meeting_at"`
	AllDay    bool    `json:"all_day"`
	Cancel    bool    `json:"cancel,omitempty"`
	Why       string  `json:"why"`
}

type classifyError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// cmdClassify judges .eml files, mbox files and Maildirs offline. A message
// that cannot be read is reported and skipped; the exit status is 0 unless
// no message at all could be read.
func cmdClassify(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per message")
	me := fs.String("me", "", "the owner's addresses, comma separated (their mail counts as sent)")
	tz := fs.String("tz", "", "the owner's IANA time zone, e.g. America/Toronto (default UTC)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: followupd classify [--json] [--me ADDR,...] [--tz ZONE] PATH...")
		fmt.Fprintln(e.stderr, "PATH is an .eml file, an mbox file, a Maildir or a directory of .eml files.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitConfig
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitConfig
	}
	opt := &classify.Options{}
	for _, a := range strings.Split(*me, ",") {
		if a = domain.NormAddr(a); a != "" {
			opt.Me = append(opt.Me, a)
		}
	}
	if *tz != "" {
		loc, err := time.LoadLocation(*tz)
		if err != nil {
			fmt.Fprintf(e.stderr, "followupd classify: --tz %q: not an IANA zone name (e.g. Europe/Berlin)\n", *tz)
			return exitConfig
		}
		opt.Zone = loc
	}

	var table *tabwriter.Writer
	if !*asJSON {
		table = tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(table, "PATH\tKIND\tMEETING\tWHY")
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	read, failed := 0, 0
	report := func(path string, err error) {
		failed++
		if *asJSON {
			_ = enc.Encode(classifyError{Path: path, Error: err.Error()})
		} else {
			fmt.Fprintf(table, "%s\terror\t-\t%s\n", path, oneLine(err.Error(), 100))
		}
	}
	err := message.ReadPaths(fs.Args(), func(path string, r io.Reader, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			report(path, err)
			return nil
		}
		m, err := message.Parse(r)
		if err != nil {
			report(path, err)
			return nil
		}
		read++
		v := classify.Classify(m, opt)
		line := classifyLine{Path: path, MessageID: m.MessageID, Kind: string(v.Kind), AllDay: v.AllDay, Cancel: v.Cancel, Why: v.Why}
		meeting := "-"
		if !v.MeetingAt.IsZero() {
			// "-07:00" rather than RFC3339's "Z07:00": a UTC meeting prints as
			// +00:00, like the labelled examples.
			s := v.MeetingAt.Format("2006-01-02T15:04:05-07:00")
			line.MeetingAt = &s
			meeting = s
			if v.AllDay {
				meeting = v.MeetingAt.Format("2006-01-02") + " (all day)"
			}
		}
		if *asJSON {
			return enc.Encode(line)
		}
		fmt.Fprintf(table, "%s\t%s\t%s\t%s\n", path, v.Kind, meeting, oneLine(v.Why, 100))
		return nil
	})
	if table != nil {
		table.Flush()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd classify: %v\n", err)
		return exitFail
	}
	if read == 0 {
		fmt.Fprintf(e.stderr, "followupd classify: no message could be read (%d errors)\n", failed)
		return exitFail
	}
	return exitOK
}

// oneLine flattens s and cuts it to n runes for the table.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
