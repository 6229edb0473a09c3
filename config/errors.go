package config

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Problem is one thing wrong with a config file, located.
type Problem struct {
	File string
	Line int    // 0 when the problem has no line (a missing file)
	Key  string // dotted key path, e.g. accounts[0].port; "" for the whole file
	Msg  string // what is wrong, what would be right
}

// String renders the problem as FILE:LINE: key: msg.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	}
	if p.Key != "" {
		b.WriteString(p.Key)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Error is every problem found in one config file. Load returns it (as
// error) when the file is unusable; Error() is one problem per line, in
// file order.
type Error struct {
	Problems []Problem
}

func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// NodeError turns a problem found at node n (a key or a value) into a
// located *Error that prints like every other config problem. The rule
// engine uses it for the rules section, which it decodes itself.
func NodeError(file string, n *yaml.Node, key, msg string) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return &Error{Problems: []Problem{{File: file, Line: line, Key: key, Msg: msg}}}
}

// Join merges errors into one *Error, sorted by file and line, so that
// problems found by different decoders (this package, the rules) are
// reported in one run. Errors that are not *Error become problems without a
// location. Join returns nil when every err is nil.
func Join(errs ...error) error {
	var out Error
	for _, err := range errs {
		if err == nil {
			continue
		}
		var ce *Error
		if errors.As(err, &ce) {
			out.Problems = append(out.Problems, ce.Problems...)
			continue
		}
		out.Problems = append(out.Problems, Problem{Msg: err.Error()})
	}
	if len(out.Problems) == 0 {
		return nil
	}
	sort.SliceStable(out.Problems, func(i, j int) bool {
		a, b := out.Problems[i], out.Problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return &out
}

// Problems lists the problems in err: those of a *Error, or err itself as
// one unlocated problem.
func Problems(err error) []Problem {
	if err == nil {
		return nil
	}
	var ce *Error
	if errors.As(err, &ce) {
		return ce.Problems
	}
	return []Problem{{Msg: err.Error()}}
}
