package demo

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestDemoMatchesOracle runs the real pipeline over the seeded timeline and
// compares every fired reminder with the hand-computed oracle.
func TestDemoMatchesOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over ten simulated weeks")
	}
	var out bytes.Buffer
	start := DefaultStart()
	res, err := Run(context.Background(), &Options{Out: &out, Start: start})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	checkAgainstOracle(t, res, start)
	for _, rule := range []string{"nudge", "confirm", "thank", "keep-in-touch", "close-loop"} {
		if !strings.Contains(out.String(), "["+rule+"]") {
			t.Errorf("demo output shows no %s reminder", rule)
		}
	}
	if res.Drafts == 0 {
		t.Errorf("demo saved no drafts")
	}
	if t.Failed() {
		t.Logf("demo output:\n%s", out.String())
	}
}

// checkAgainstOracle compares the fired reminders with ExpectedReminders:
// the same (due, rule, contact) triples, none missing, none extra.
func checkAgainstOracle(t *testing.T, res *Result, start time.Time) {
	t.Helper()
	got := map[string]bool{}
	var gotList []string
	for _, r := range res.Fired {
		k := fmt.Sprintf("%s %s %s", r.Due.UTC().Format(time.RFC3339), r.Rule, r.Contact.Addr)
		got[k] = true
		gotList = append(gotList, k)
	}
	want := map[string]bool{}
	var wantList []string
	for _, r := range ExpectedReminders(start) {
		k := fmt.Sprintf("%s %s %s", r.Due.UTC().Format(time.RFC3339), r.Rule, r.Contact)
		want[k] = true
		wantList = append(wantList, k)
	}
	sort.Strings(gotList)
	sort.Strings(wantList)
	var missing, extra []string
	for _, k := range wantList {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for _, k := range gotList {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	if len(missing)+len(extra) > 0 {
		t.Errorf("fired reminders differ from the oracle:\nmissing:\n  %s\nextra:\n  %s", strings.Join(missing, "\n  "), strings.Join(extra, "\n  "))
	}
	for _, r := range res.Fired {
		if r.Late {
			t.Errorf("reminder %s %s fired late in a run without downtime", r.Rule, r.Contact.Addr)
		}
	}
}
