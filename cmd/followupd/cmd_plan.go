package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"
)

// planLine is one reminder of `followupd plan --json` (../shared/spec/cli.md:
// fields are stable; add, never rename).
type planLine struct {
	ID          string  `json:"id"`
	Rule        string  `json:"rule"`
	Contact     string  `json:"contact"`
	ContactName string  `json:"contact_name,omitempty"`
	Thread      int64   `json:"thread"`
	Subject     string  `json:"subject"`
	Due         string  `json:"due"`
	Why         string  `json:"why"`
	MeetingAt   *string `json:"meeting_at,omitempty"`
}

func cmdPlan(ctx context.Context, e *env, args []string) int {
	fs := newFlags(e, "plan", "usage: followupd plan [--at TIME] [--until TIME] [--json] [--config F]\n\nList every reminder due in [at, until] without sending anything, as if no more mail arrives and you do nothing. Only mail dated before --at counts.")
	atFlag := fs.String("at", "", "judge the mailbox as it is at this moment, RFC 3339 (default: now)")
	untilFlag := fs.String("until", "", "list reminders due up to this moment, RFC 3339 (default: --at plus 30 days)")
	asJSON := fs.Bool("json", false, "one JSON object per line")
	if code, ok := fs.parse(args, 0); !ok {
		return code
	}
	at, err := parseTime(*atFlag, time.Now())
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd plan: --at: %v\n", err)
		return exitConfig
	}
	until, err := parseTime(*untilFlag, at.AddDate(0, 0, 30))
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd plan: --until: %v\n", err)
		return exitConfig
	}
	if until.Before(at) {
		fmt.Fprintln(e.stderr, "followupd plan: --until is before --at")
		return exitConfig
	}
	d, cfg, code := openDaemon(ctx, e, fs.config, &fs.log, func() time.Time { return at })
	if d == nil {
		return code
	}
	defer d.Close()
	rems, err := d.Plan(ctx, at, until)
	if err != nil {
		fmt.Fprintf(e.stderr, "followupd plan: %v\n", err)
		return exitFail
	}
	zone := cfg.Me.Location
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		for _, r := range rems {
			l := planLine{ID: r.ID, Rule: r.Rule, Contact: r.Contact.Addr, ContactName: r.Contact.Name,
				Thread: r.ThreadID, Subject: r.Subject, Due: r.Due.In(zone).Format(time.RFC3339), Why: r.Why}
			if !r.MeetingAt.IsZero() {
				m := r.MeetingAt.In(zone).Format(time.RFC3339)
				l.MeetingAt = &m
			}
			if err := enc.Encode(l); err != nil {
				return exitFail
			}
		}
		return exitOK
	}
	if len(rems) == 0 {
		fmt.Fprintf(e.stdout, "no reminders due between %s and %s\n", at.In(zone).Format("Mon Jan 2 15:04"), until.In(zone).Format("Mon Jan 2 15:04 MST"))
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DUE\tRULE\tCONTACT\tID\tWHY")
	for _, r := range rems {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Due.In(zone).Format("Mon Jan 2 15:04"), r.Rule, r.Contact.Addr, shortID(r.ID), r.Why)
	}
	tw.Flush()
	return exitOK
}
