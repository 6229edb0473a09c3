// Command classeval scores the classifier against labelled corpora: per-kind
// precision, recall and F1, macro-F1, the meeting-time accuracy (to the
// minute, offset included) and the mismatches.
//
//	go run ./cmd/classeval [-n N] [-notes=false] [DIR...]
//
// With no DIR it scores classify/testdata/corpus, corpus2 to corpus12,
// studied, and ../shared/spec/examples, each on its own and then together. Exit status: 0 when every corpus was
// read, 1 when one could not be, 2 on bad usage. The scores themselves never
// change the exit status: the targets are enforced by classify's tests.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/internal/classeval"
	"github.com/followupd/followupd/message"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

var defaultDirs = []string{"classify/testdata/corpus", "classify/testdata/corpus2", "classify/testdata/corpus3", "classify/testdata/corpus4", "classify/testdata/corpus5", "classify/testdata/corpus6", "classify/testdata/corpus7", "classify/testdata/corpus8", "classify/testdata/corpus9", "classify/testdata/corpus10", "classify/testdata/corpus11", "classify/testdata/corpus12", "classify/testdata/studied", "../shared/spec/examples"}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("classeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	maxMM := fs.Int("n", 0, "show at most `N` mismatches per report (0: all, -1: none)")
	notes := fs.Bool("notes", true, "show each mismatch's label note")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: classeval [-n N] [-notes=false] [DIR...]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dirs := fs.Args()
	if len(dirs) == 0 {
		dirs = defaultDirs
	}
	opt := &classeval.PrintOptions{MaxMismatches: *maxMM, Notes: *notes}

	var all []classeval.Result
	status := 0
	for _, dir := range dirs {
		cases, err := classeval.LoadDir(dir)
		if err != nil {
			fmt.Fprintf(stderr, "classeval: %v\n", err)
			status = 1
			continue
		}
		res := classeval.Run(cases, classifyRaw)
		all = append(all, res...)
		fmt.Fprintf(stdout, "== %s\n", dir)
		if err := classeval.Score(res).PrintWith(stdout, opt); err != nil {
			fmt.Fprintf(stderr, "classeval: write report: %v\n", err)
			return 1
		}
		fmt.Fprintln(stdout)
	}
	if len(dirs) > 1 && len(all) > 0 {
		fmt.Fprintf(stdout, "== all corpora together\n")
		if err := classeval.Score(all).PrintWith(stdout, &classeval.PrintOptions{MaxMismatches: -1}); err != nil {
			fmt.Fprintf(stderr, "classeval: write report: %v\n", err)
			return 1
		}
	}
	return status
}

// classifyRaw is the whole path a message takes in followupd: parse, then
// classify with default options.
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
