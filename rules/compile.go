package rules

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"text/template"
	"time"

	"github.com/robfig/cron/v3"
)

// Set is a list of rules ready to evaluate: templates parsed, schedules
// parsed. Build it once with Compile; it is read-only and safe to share.
type Set struct {
	rules []*compiled
}

type compiled struct {
	Spec
	title, body, draft *template.Template
	sched              cron.Schedule
}

// cronParser reads the standard five-field specs and descriptors (@daily).
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// Compile checks and prepares specs. Disabled rules are kept out of the
// set. The error lists every problem.
func Compile(specs []Spec) (*Set, error) {
	set := &Set{}
	var errs []error
	for _, s := range specs {
		for _, e := range check(&s) {
			errs = append(errs, fmt.Errorf("rule %s: %s: %s", s.Name, e.key, e.msg))
		}
		if !s.Enabled {
			continue
		}
		c, err := compile(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		set.rules = append(set.rules, c)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return set, nil
}

// Specs returns the enabled rules of the set.
func (s *Set) Specs() []Spec {
	var out []Spec
	for _, c := range s.rules {
		out = append(out, c.Spec)
	}
	return out
}

// Schedules returns the distinct digest schedules of the set's rules.
func (s *Set) Schedules() []string {
	var out []string
	for _, c := range s.rules {
		if c.Schedule != "" && !slices.Contains(out, c.Schedule) {
			out = append(out, c.Schedule)
		}
	}
	return out
}

func compile(s Spec) (*compiled, error) {
	c := &compiled{Spec: s}
	var err error
	parse := func(name, src string) *template.Template {
		if err != nil {
			return nil
		}
		var t *template.Template
		t, err = template.New(name).Option("missingkey=error").Parse(src)
		return t
	}
	c.title = parse("title", s.Title)
	c.body = parse("body", s.Body)
	c.draft = parse("draft", s.Draft)
	if err != nil {
		return nil, fmt.Errorf("rule %s: %w", s.Name, err)
	}
	if s.Schedule != "" {
		if c.sched, err = cronParser.Parse(s.Schedule); err != nil {
			return nil, fmt.Errorf("rule %s: schedule: %w", s.Name, err)
		}
	}
	return c, nil
}

type problem struct{ key, msg string }

// check validates one spec; the key names the field at fault.
func check(s *Spec) []problem {
	var ps []problem
	add := func(k, f string, a ...any) { ps = append(ps, problem{k, fmt.Sprintf(f, a...)}) }
	if !slices.Contains(Triggers, s.On) {
		add("on", "unknown %q; use one of %s", s.On, joinTriggers())
		return ps
	}
	allowed := events[s.On]
	for _, e := range s.CancelOn {
		if !slices.Contains(allowed, e) {
			add("cancel_on", "%q does not apply to on: %s; use %v", e, s.On, allowed)
		}
	}
	if s.Align != AlignDay && s.Align != AlignNext {
		add("align", "unknown %q; use day or next", s.Align)
	}
	if !s.Before.IsZero() && s.On != OnConfirmed {
		add("before", "only rules on: confirmed count back from the meeting; use after")
	}
	if s.On == OnConfirmed && s.Before.IsZero() && s.After.IsZero() && !s.At.Set {
		add("before", "missing: say how long before the meeting (for example 1d with at: \"09:00\")")
	}
	if !s.StopAfter.IsZero() && s.On != OnThanked {
		add("stop_after", "only applies to on: thanked")
	}
	if !s.MinLead.IsZero() && s.On != OnConfirmed {
		add("min_lead", "only applies to on: confirmed")
	}
	if s.Max != 1 && s.Every.IsZero() {
		add("every", "missing: with max other than 1, say how far apart the reminders are (for example 7d)")
	}
	if s.Every.Approx() < 0 || s.After.Approx() < 0 || s.Before.Approx() < 0 {
		add("after", "durations must not be negative")
	}
	if !s.Every.IsZero() && s.Every.Approx() < time.Hour {
		add("every", "must be at least 1h")
	}
	if s.Max == 0 && s.StopAfter.IsZero() {
		add("max", "0 (no limit) needs stop_after; give a number of reminders")
	}
	if s.Max > 100 {
		add("max", "at most 100")
	}
	for _, ch := range s.Channels {
		if ch == "" {
			add("channels", "empty channel name")
		}
	}
	if s.Schedule != "" {
		if _, err := cronParser.Parse(s.Schedule); err != nil {
			add("schedule", "bad cron spec %q: %v; use five fields such as \"0 8 * * MON-FRI\"", s.Schedule, err)
		}
	}
	for _, t := range []struct{ key, src string }{{"title", s.Title}, {"body", s.Body}, {"draft", s.Draft}} {
		tp, err := template.New(t.key).Option("missingkey=error").Parse(t.src)
		if err == nil {
			err = tp.Execute(io.Discard, sampleData())
		}
		if err != nil {
			add(t.key, "bad template: %v", err)
		}
	}
	return ps
}

// sampleData is what templates are tried on when rules are checked.
func sampleData() *Data {
	at := time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)
	p := Person{Name: "Dana Whitfield", FirstName: "Dana", Addr: "dana@example.com"}
	return &Data{Rule: "sample", Contact: p, About: p, Subject: "Coffee?", Meeting: "Tue Mar 10 at 10:00",
		MeetingAt: at, Due: at, Number: 1, Why: "sample"}
}
