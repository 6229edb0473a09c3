// Package classeval measures a message classifier against a labelled corpus:
// a directory of .eml files and a labels.jsonl file naming, for each file,
// the kind and (for confirmations) the meeting time the contract in
// ../shared/spec/message-kinds.md gives it.
//
// It knows nothing of the classifier: the caller passes a function from raw
// bytes to a verdict, so the evaluation compiles and runs whatever state the
// classifier is in. Failure model: a corpus that cannot be read completely
// (a missing file, a label line that does not parse, an unknown kind, an .eml
// without a label) is an error and no report is made, because a partial score
// would look better or worse than it is. A classifier that returns an error
// or panics on one message does not stop the run: that message scores as
// wrong and its error is listed with the mismatches.
package classeval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// LabelsFile is the name of the labels file inside a corpus directory.
const LabelsFile = "labels.jsonl"

// Kinds are the six kinds of the contract, in tie-break order.
var Kinds = []string{"confirmation", "decline", "request", "thank_you", "update", "other"}

// Label is one line of labels.jsonl.
type Label struct {
	File      string     `json:"file"`
	Kind      string     `json:"kind"`
	MeetingAt *time.Time `json:"-"`
	AllDay    bool       `json:"all_day"`
	Lang      string     `json:"lang"`
	Direction string     `json:"direction"`
	Note      string     `json:"note"`

	// meeting is the label's meeting_at as written (RFC 3339 or null).
	meeting *string
}

// Case is one labelled message of a corpus.
type Case struct {
	Dir  string // corpus directory
	Path string // path of the .eml file
	Raw  []byte
	Label
}

// LoadDir reads a corpus directory: labels.jsonl and every file it names.
// Every .eml file in dir must have a label and every label a file.
func LoadDir(dir string) ([]Case, error) {
	f, err := os.Open(filepath.Join(dir, LabelsFile))
	if err != nil {
		return nil, fmt.Errorf("open labels: %w", err)
	}
	defer f.Close()

	var cases []Case
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		l, err := parseLabel(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", filepath.Join(dir, LabelsFile), line, err)
		}
		if seen[l.File] {
			return nil, fmt.Errorf("%s:%d: duplicate label for %s", filepath.Join(dir, LabelsFile), line, l.File)
		}
		seen[l.File] = true
		p := filepath.Join(dir, l.File)
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read labelled message: %w", err)
		}
		cases = append(cases, Case{Dir: dir, Path: p, Raw: raw, Label: l})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}

	emls, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		return nil, fmt.Errorf("list messages: %w", err)
	}
	var unlabelled []string
	for _, p := range emls {
		if !seen[filepath.Base(p)] {
			unlabelled = append(unlabelled, filepath.Base(p))
		}
	}
	if len(unlabelled) > 0 {
		sort.Strings(unlabelled)
		return nil, fmt.Errorf("corpus %s: %d messages without a label: %s", dir, len(unlabelled), strings.Join(unlabelled, ", "))
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("corpus %s: no labelled messages", dir)
	}
	return cases, nil
}

// parseLabel decodes and checks one labels.jsonl line.
func parseLabel(text []byte) (Label, error) {
	var raw struct {
		Label
		Meeting *string `json:"meeting_at"`
	}
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return Label{}, fmt.Errorf("decode label: %w", err)
	}
	l := raw.Label
	l.meeting = raw.Meeting
	if l.File == "" || filepath.Base(l.File) != l.File {
		return Label{}, fmt.Errorf("label file %q: want a bare file name", l.File)
	}
	if !validKind(l.Kind) {
		return Label{}, fmt.Errorf("label %s: unknown kind %q", l.File, l.Kind)
	}
	if raw.Meeting != nil {
		t, err := time.Parse(time.RFC3339, *raw.Meeting)
		if err != nil {
			return Label{}, fmt.Errorf("label %s: meeting_at: %w", l.File, err)
		}
		l.MeetingAt = &t
	}
	if l.Kind == "confirmation" && l.MeetingAt == nil {
		return Label{}, fmt.Errorf("label %s: confirmation without meeting_at", l.File)
	}
	if l.Kind != "confirmation" && (l.MeetingAt != nil || l.AllDay) {
		return Label{}, fmt.Errorf("label %s: %s with a meeting_at or all_day", l.File, l.Kind)
	}
	return l, nil
}

func validKind(k string) bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// minuteLayout is RFC 3339 to the minute: the form two meeting times are
// compared in, so "Z" and "+00:00", or a stray second, do not count as a
// difference while an offset does.
const minuteLayout = "2006-01-02T15:04Z07:00"

// SameMinute reports whether a and b name the same wall-clock minute with the
// same UTC offset (what the contract asks for).
func SameMinute(a, b time.Time) bool {
	return a.Format(minuteLayout) == b.Format(minuteLayout)
}

// SameInstant reports whether a and b are the same instant to the minute,
// whatever offset each is written in.
func SameInstant(a, b time.Time) bool {
	return a.Truncate(time.Minute).Equal(b.Truncate(time.Minute))
}
