package classeval

import (
	"fmt"
	"runtime/debug"
	"sort"
	"time"
)

// Got is a classifier's verdict on one message, as the evaluation sees it.
type Got struct {
	Kind      string
	MeetingAt *time.Time // nil when the classifier gave no meeting time
	AllDay    bool
	Why       string // shown next to mismatches
}

// ClassifyFunc classifies the raw bytes of the message stored at path.
type ClassifyFunc func(path string, raw []byte) (Got, error)

// Result is one case with the classifier's verdict.
type Result struct {
	Case
	Got Got
	Err error // the classifier's error or recovered panic
}

// KindOK reports whether the kind is right.
func (r *Result) KindOK() bool { return r.Err == nil && r.Got.Kind == r.Kind }

// MeetingOK reports whether a labelled meeting time was found to the minute,
// offset included. It is false for cases without a labelled meeting.
func (r *Result) MeetingOK() bool {
	return r.Err == nil && r.MeetingAt != nil && r.Got.MeetingAt != nil && SameMinute(*r.MeetingAt, *r.Got.MeetingAt)
}

// InstantOK is MeetingOK with any offset: the same instant to the minute.
func (r *Result) InstantOK() bool {
	return r.Err == nil && r.MeetingAt != nil && r.Got.MeetingAt != nil && SameInstant(*r.MeetingAt, *r.Got.MeetingAt)
}

// AllDayOK reports whether all_day is right on a labelled confirmation that
// was also classified as one (a missed confirmation has no all_day to be
// right about).
func (r *Result) AllDayOK() bool {
	return r.Err == nil && r.Kind == "confirmation" && r.Got.Kind == "confirmation" && r.Got.AllDay == r.AllDay
}

// Wrong reports whether the case counts as a mismatch: wrong kind, an error,
// or (on a labelled confirmation) a wrong meeting time or all_day.
func (r *Result) Wrong() bool {
	if !r.KindOK() {
		return true
	}
	if r.Kind == "confirmation" {
		return !r.MeetingOK() || !r.AllDayOK()
	}
	return false
}

// Evaluate loads the corpus in dir, classifies every case with classify and
// scores the results.
func Evaluate(dir string, classify ClassifyFunc) (*Report, error) {
	cases, err := LoadDir(dir)
	if err != nil {
		return nil, err
	}
	return Score(Run(cases, classify)), nil
}

// Run classifies every case. A panic in classify is recovered and recorded
// as that case's error, with the stack, so one bad message cannot hide the
// rest of the score.
func Run(cases []Case, classify ClassifyFunc) []Result {
	out := make([]Result, len(cases))
	for i, c := range cases {
		out[i] = Result{Case: c}
		out[i].Got, out[i].Err = safeClassify(classify, c.Path, c.Raw)
	}
	return out
}

func safeClassify(classify ClassifyFunc, path string, raw []byte) (g Got, err error) {
	defer func() {
		if p := recover(); p != nil {
			g = Got{}
			err = fmt.Errorf("classify panicked: %v\n%s", p, debug.Stack())
		}
	}()
	return classify(path, raw)
}

// KindStats is precision, recall and F1 for one kind.
type KindStats struct {
	Kind                  string
	Support               int // labelled with this kind
	Predicted             int // classified as this kind
	TP                    int
	Precision, Recall, F1 float64
}

// LangStats is the kind accuracy on the cases of one language.
type LangStats struct {
	Lang         string
	Cases, Right int
}

// Report is the score of one run over one or more corpora.
type Report struct {
	Results []Result

	Total     int
	KindRight int
	Errors    int // classifier errors and panics
	Accuracy  float64
	Kinds     []KindStats // in Kinds order
	MacroF1   float64
	// Confusion[want][got] counts cases; got is "error" for classifier errors.
	Confusion map[string]map[string]int

	// Meeting times, over labelled confirmations.
	Confirmations   int
	MeetingRight    int // same minute and same offset (the target)
	InstantRight    int // same instant, any offset
	MeetingAccuracy float64
	InstantAccuracy float64
	AllDayRight     int
	AllDayAccuracy  float64

	Langs []LangStats
}

// Score computes a report from results; results of several corpora may be
// concatenated first to score them together.
func Score(results []Result) *Report {
	r := &Report{Results: results, Total: len(results), Confusion: map[string]map[string]int{}}
	langs := map[string]*LangStats{}
	for i := range results {
		res := &results[i]
		got := res.Got.Kind
		if res.Err != nil {
			got = "error"
			r.Errors++
		}
		if r.Confusion[res.Kind] == nil {
			r.Confusion[res.Kind] = map[string]int{}
		}
		r.Confusion[res.Kind][got]++
		ls := langs[res.Lang]
		if ls == nil {
			ls = &LangStats{Lang: res.Lang}
			langs[res.Lang] = ls
		}
		ls.Cases++
		if res.KindOK() {
			r.KindRight++
			ls.Right++
		}
		if res.Kind == "confirmation" {
			r.Confirmations++
			if res.MeetingOK() {
				r.MeetingRight++
			}
			if res.InstantOK() {
				r.InstantRight++
			}
			if res.AllDayOK() {
				r.AllDayRight++
			}
		}
	}
	r.Accuracy = ratio(r.KindRight, r.Total)
	r.MeetingAccuracy = ratio(r.MeetingRight, r.Confirmations)
	r.InstantAccuracy = ratio(r.InstantRight, r.Confirmations)
	r.AllDayAccuracy = ratio(r.AllDayRight, r.Confirmations)

	// A kind neither labelled nor predicted (a small corpus) is left out of
	// the macro average rather than counted as F1 0.
	var sumF1 float64
	present := 0
	for _, k := range Kinds {
		ks := KindStats{Kind: k}
		for i := range results {
			res := &results[i]
			want := res.Kind == k
			got := res.Err == nil && res.Got.Kind == k
			if want {
				ks.Support++
			}
			if got {
				ks.Predicted++
			}
			if want && got {
				ks.TP++
			}
		}
		ks.Precision = ratio(ks.TP, ks.Predicted)
		ks.Recall = ratio(ks.TP, ks.Support)
		if ks.Precision+ks.Recall > 0 {
			ks.F1 = 2 * ks.Precision * ks.Recall / (ks.Precision + ks.Recall)
		}
		if ks.Support > 0 || ks.Predicted > 0 {
			sumF1 += ks.F1
			present++
		}
		r.Kinds = append(r.Kinds, ks)
	}
	r.MacroF1 = sumF1 / float64(max(present, 1))

	for _, ls := range langs {
		r.Langs = append(r.Langs, *ls)
	}
	sort.Slice(r.Langs, func(i, j int) bool { return r.Langs[i].Lang < r.Langs[j].Lang })
	return r
}

// Mismatches returns the results that count as wrong, in corpus order.
func (r *Report) Mismatches() []Result {
	var out []Result
	for _, res := range r.Results {
		if res.Wrong() {
			out = append(out, res)
		}
	}
	return out
}

// ratio is n/d, or 0 when d is 0 (a kind nobody predicted has precision 0,
// which is what makes macro-F1 honest about a kind the classifier never says).
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
