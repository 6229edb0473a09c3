package classeval

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeCorpus makes a corpus directory from file -> (label line) pairs; every
// file gets a one-line body naming itself so the fake classifier can key on it.
func writeCorpus(t *testing.T, labels []string, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("Subject: "+f+"\n\nbody\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, LabelsFile), []byte(strings.Join(labels, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func mustTime(t *testing.T, s string) *time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return &v
}

func TestEvaluateScores(t *testing.T) {
	labels := []string{
		`{"file": "a.eml", "kind": "confirmation", "meeting_at": "2026-03-10T10:00:00-04:00", "all_day": false, "lang": "en", "direction": "received", "note": "n"}`,
		`{"file": "b.eml", "kind": "confirmation", "meeting_at": "2026-03-10T10:00:00-04:00", "all_day": false, "lang": "en", "direction": "received", "note": "n"}`,
		`{"file": "c.eml", "kind": "confirmation", "meeting_at": "2026-07-10T00:00:00+00:00", "all_day": true, "lang": "de", "direction": "sent", "note": "n"}`,
		`{"file": "d.eml", "kind": "request", "meeting_at": null, "all_day": false, "lang": "en", "direction": "sent", "note": "n"}`,
		`{"file": "e.eml", "kind": "other", "meeting_at": null, "all_day": false, "lang": "en", "direction": "received", "note": "n"}`,
		`{"file": "f.eml", "kind": "other", "meeting_at": null, "all_day": false, "lang": "en", "direction": "received", "note": "n"}`,
	}
	dir := writeCorpus(t, labels, "a.eml", "b.eml", "c.eml", "d.eml", "e.eml", "f.eml")
	verdicts := map[string]Got{
		// right to the minute, seconds ignored
		"a.eml": {Kind: "confirmation", MeetingAt: mustTime(t, "2026-03-10T10:00:30-04:00")},
		// same instant, wrong offset: instant right, meeting wrong
		"b.eml": {Kind: "confirmation", MeetingAt: mustTime(t, "2026-03-10T09:00:00-05:00")},
		// "Z" equals "+00:00"; all_day right
		"c.eml": {Kind: "confirmation", MeetingAt: mustTime(t, "2026-07-10T00:00:00Z"), AllDay: true},
		"d.eml": {Kind: "other", Why: "no ask found"},
		"e.eml": {Kind: "other"},
	}
	rep, err := Evaluate(dir, func(path string, raw []byte) (Got, error) {
		if !bytes.Contains(raw, []byte(filepath.Base(path))) {
			t.Errorf("raw bytes of %s are not its file", path)
		}
		name := filepath.Base(path)
		if name == "f.eml" {
			panic("boom")
		}
		return verdicts[name], nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != 6 || rep.KindRight != 4 || rep.Errors != 1 {
		t.Errorf("total, right, errors = %d, %d, %d; want 6, 4, 1", rep.Total, rep.KindRight, rep.Errors)
	}
	if rep.Confirmations != 3 || rep.MeetingRight != 2 || rep.InstantRight != 3 || rep.AllDayRight != 3 {
		t.Errorf("confirmations %d meeting %d instant %d allday %d; want 3 2 3 3",
			rep.Confirmations, rep.MeetingRight, rep.InstantRight, rep.AllDayRight)
	}
	// confirmation: P 1, R 1, F1 1. request: P 0 (never predicted), R 0.
	// other: predicted 2 (d, e), TP 1 (e), support 2 -> P .5 R .5 F1 .5.
	// decline, thank_you, update: absent from both sides, left out.
	want := map[string][3]float64{
		"confirmation": {1, 1, 1},
		"request":      {0, 0, 0},
		"other":        {0.5, 0.5, 0.5},
	}
	for _, k := range rep.Kinds {
		w, ok := want[k.Kind]
		if !ok {
			continue
		}
		if !near(k.Precision, w[0]) || !near(k.Recall, w[1]) || !near(k.F1, w[2]) {
			t.Errorf("%s: P/R/F1 = %.3f/%.3f/%.3f, want %v", k.Kind, k.Precision, k.Recall, k.F1, w)
		}
	}
	if !near(rep.MacroF1, 0.5) {
		t.Errorf("macro-F1 = %.4f, want 0.5 over the three kinds present", rep.MacroF1)
	}
	if rep.Confusion["request"]["other"] != 1 || rep.Confusion["other"]["error"] != 1 {
		t.Errorf("confusion = %v", rep.Confusion)
	}

	var mm []string
	for _, m := range rep.Mismatches() {
		mm = append(mm, filepath.Base(m.Path))
	}
	if got := strings.Join(mm, ","); got != "b.eml,d.eml,f.eml" {
		t.Errorf("mismatches = %s, want b.eml,d.eml,f.eml", got)
	}

	var buf bytes.Buffer
	if err := rep.Print(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, s := range []string{"macro-F1 0.500", "b.eml: want confirmation 2026-03-10T10:00:00-04:00, got confirmation 2026-03-10T09:00:00-05:00", "why: no ask found", "classify panicked: boom", "by language: de 1/1 en 3/5"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q:\n%s", s, out)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestLoadDirRejectsBadCorpora(t *testing.T) {
	ok := `{"file": "a.eml", "kind": "other", "meeting_at": null, "all_day": false, "lang": "en", "direction": "received", "note": "n"}`
	tests := []struct {
		name   string
		labels []string
		files  []string
		want   string
	}{
		{"unlabelled file", []string{ok}, []string{"a.eml", "b.eml"}, "without a label: b.eml"},
		{"missing file", []string{ok}, nil, "read labelled message"},
		{"unknown kind", []string{strings.Replace(ok, `"other"`, `"meeting"`, 1)}, []string{"a.eml"}, `unknown kind "meeting"`},
		{"confirmation without time", []string{strings.Replace(ok, `"other"`, `"confirmation"`, 1)}, []string{"a.eml"}, "without meeting_at"},
		{"meeting on other", []string{strings.Replace(ok, `null`, `"2026-01-01T10:00:00Z"`, 1)}, []string{"a.eml"}, "other with a meeting_at"},
		{"bad time", []string{strings.Replace(strings.Replace(ok, `"other"`, `"confirmation"`, 1), `null`, `"2026-01-01 10:00"`, 1)}, []string{"a.eml"}, "meeting_at"},
		{"unknown field", []string{strings.Replace(ok, `"note"`, `"notes"`, 1)}, []string{"a.eml"}, "unknown field"},
		{"duplicate", []string{ok, ok}, []string{"a.eml"}, "duplicate label"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeCorpus(t, tc.labels, tc.files...)
			_, err := LoadDir(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("LoadDir = %v, want error containing %q", err, tc.want)
			}
		})
	}
}

func TestClassifierErrorIsWrong(t *testing.T) {
	dir := writeCorpus(t, []string{`{"file": "a.eml", "kind": "other", "meeting_at": null, "all_day": false, "lang": "en", "direction": "received", "note": "n"}`}, "a.eml")
	rep, err := Evaluate(dir, func(string, []byte) (Got, error) { return Got{Kind: "other"}, errors.New("parse: broken") })
	if err != nil {
		t.Fatal(err)
	}
	if rep.KindRight != 0 || rep.Errors != 1 || len(rep.Mismatches()) != 1 {
		t.Errorf("right %d errors %d mismatches %d; want 0 1 1", rep.KindRight, rep.Errors, len(rep.Mismatches()))
	}
}
