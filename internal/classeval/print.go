package classeval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// PrintOptions tune Report.Print. A nil *PrintOptions means the defaults.
type PrintOptions struct {
	// MaxMismatches caps the mismatch list; 0 means all, -1 means none.
	MaxMismatches int
	// Notes adds each mismatch's label note.
	Notes bool
}

// Print writes the report as plain-text tables: per-kind precision, recall
// and F1, macro-F1, the meeting-time scores, the confusion matrix (rows are
// labels, columns verdicts), per-language accuracy and the mismatches.
func (r *Report) Print(w io.Writer) error { return r.PrintWith(w, nil) }

// PrintWith is Print with options.
func (r *Report) PrintWith(w io.Writer, opt *PrintOptions) error {
	if opt == nil {
		opt = &PrintOptions{Notes: true}
	}
	ew := &errWriter{w: w}
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "kind\tsupport\tpredicted\tprecision\trecall\tF1\t\n")
	for _, k := range r.Kinds {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", k.Kind, k.Support, k.Predicted, k.Precision, k.Recall, k.F1)
	}
	tw.Flush()
	fmt.Fprintf(ew, "\nmessages %d, kind right %d (accuracy %.3f), classifier errors %d\n", r.Total, r.KindRight, r.Accuracy, r.Errors)
	fmt.Fprintf(ew, "macro-F1 %.3f\n", r.MacroF1)
	fmt.Fprintf(ew, "meeting_at on %d confirmations: %d right to the minute with offset (%.3f), %d same instant (%.3f); all_day right %d (%.3f)\n",
		r.Confirmations, r.MeetingRight, r.MeetingAccuracy, r.InstantRight, r.InstantAccuracy, r.AllDayRight, r.AllDayAccuracy)

	fmt.Fprintf(ew, "\nconfusion (rows: label, columns: verdict)\n")
	cols := append(append([]string{}, Kinds...), "error")
	tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\t")
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", abbrev(c))
	}
	fmt.Fprintf(tw, "\n")
	for _, want := range Kinds {
		fmt.Fprintf(tw, "%s\t", want)
		for _, got := range cols {
			fmt.Fprintf(tw, "%d\t", r.Confusion[want][got])
		}
		fmt.Fprintf(tw, "\n")
	}
	tw.Flush()

	if len(r.Langs) > 1 {
		fmt.Fprintf(ew, "\nby language:")
		for _, l := range r.Langs {
			fmt.Fprintf(ew, " %s %d/%d", l.Lang, l.Right, l.Cases)
		}
		fmt.Fprintf(ew, "\n")
	}

	mm := r.Mismatches()
	if opt.MaxMismatches >= 0 && len(mm) > 0 {
		fmt.Fprintf(ew, "\nmismatches (%d):\n", len(mm))
		for i, res := range mm {
			if opt.MaxMismatches > 0 && i == opt.MaxMismatches {
				fmt.Fprintf(ew, "  ... %d more\n", len(mm)-i)
				break
			}
			printMismatch(ew, &res, opt.Notes)
		}
	}
	return ew.err
}

func printMismatch(w io.Writer, res *Result, notes bool) {
	want := res.Kind
	if res.MeetingAt != nil {
		want += " " + fmtMeeting(res.MeetingAt, res.AllDay)
	}
	got := res.Got.Kind
	if res.Err != nil {
		got = "error: " + firstLine(res.Err.Error())
	} else if res.Got.MeetingAt != nil {
		got += " " + fmtMeeting(res.Got.MeetingAt, res.Got.AllDay)
	}
	fmt.Fprintf(w, "  %s: want %s, got %s\n", res.Path, want, got)
	if res.Err == nil && res.Got.Why != "" {
		fmt.Fprintf(w, "      why: %s\n", firstLine(res.Got.Why))
	}
	if notes && res.Note != "" {
		fmt.Fprintf(w, "      note: %s\n", res.Note)
	}
}

func fmtMeeting(t *time.Time, allDay bool) string {
	s := t.Format(time.RFC3339)
	if allDay {
		s += " (all day)"
	}
	return s
}

func abbrev(kind string) string {
	switch kind {
	case "confirmation":
		return "conf"
	case "thank_you":
		return "thanks"
	case "request":
		return "req"
	}
	return kind
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// errWriter keeps the first write error so Print can return it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, nil
}
