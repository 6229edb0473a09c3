package classify_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/message"
)

// examplesDir holds the contract's labelled examples, beside the repo.
var examplesDir = filepath.Join("..", "..", "shared", "spec", "examples")

type exampleLabel struct {
	File      string  `json:"file"`
	Kind      string  `json:"kind"`
	MeetingAt *string `json:"meeting_at"`
	AllDay    bool    `json:"all_day"`
	Direction string  `json:"direction"`
}

// TestExamples runs every labelled example of the contract and reports
// each mismatch of kind, meeting time (to the minute) or all_day.
func TestExamples(t *testing.T) {
	f, err := os.Open(filepath.Join(examplesDir, "labels.jsonl"))
	if os.IsNotExist(err) {
		t.Skipf("no examples at %s", examplesDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	opt := &classify.Options{Me: []string{"lena@okafor.example"}}
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		var l exampleLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		n++
		raw, err := os.Open(filepath.Join(examplesDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		m, err := message.Parse(raw)
		raw.Close()
		if err != nil {
			t.Errorf("%s: parse: %v", l.File, err)
			bad++
			continue
		}
		v := classify.Classify(m, opt)
		got := ""
		if !v.MeetingAt.IsZero() {
			got = v.MeetingAt.Format(time.RFC3339)
		}
		want := ""
		if l.MeetingAt != nil {
			want = *l.MeetingAt
		}
		okTime := got == want
		if !okTime && got != "" && want != "" {
			w, _ := time.Parse(time.RFC3339, want)
			okTime = w.Equal(v.MeetingAt)
		}
		if string(v.Kind) != l.Kind || !okTime || v.AllDay != l.AllDay {
			bad++
			t.Errorf("%s: Classify = %s %q all_day=%v, want %s %q all_day=%v\n\twhy: %s", l.File, v.Kind, got, v.AllDay, l.Kind, want, l.AllDay, v.Why)
		}
	}
	t.Logf("%d/%d examples right", n-bad, n)
}
