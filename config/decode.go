package config

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// decoder walks yaml.Nodes and collects every problem instead of stopping
// at the first, so that one run reports them all.
type decoder struct {
	file  string
	probs []Problem
}

func (d *decoder) problem(n *yaml.Node, key, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.probs = append(d.probs, Problem{File: d.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = resolve(n)
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// describe names what a node holds, for "got ..." in messages.
func describe(n *yaml.Node) string {
	n = resolve(n)
	switch {
	case isNull(n):
		return "nothing"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Tag == "!!int" || n.Tag == "!!float":
		return "the number " + n.Value
	case n.Tag == "!!bool":
		return "the boolean " + n.Value
	default:
		return strconv.Quote(n.Value)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fields checks that n is a mapping whose keys are all in known and
// returns the value node of each key present. Unknown and repeated keys are
// reported (with a suggestion when a known key is close). A null node is an
// empty mapping.
func (d *decoder) fields(n *yaml.Node, path string, known ...string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	n = resolve(n)
	if isNull(n) {
		return out
	}
	if n.Kind != yaml.MappingNode {
		d.problem(n, path, "want a mapping of %s, got %s", strings.Join(known, ", "), describe(n))
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := k.Value
		if !contains(known, name) {
			d.problem(k, join(path, name), "unknown key%s", suggest(name, known))
			continue
		}
		if _, dup := out[name]; dup {
			d.problem(k, join(path, name), "set twice; keep one")
			continue
		}
		out[name] = v
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// suggest returns "; did you mean "x"?" for the closest known key, or the
// list of known keys when none is close.
func suggest(name string, known []string) string {
	best, bestD := "", 1<<30
	norm := strings.ToLower(strings.ReplaceAll(name, "-", "_"))
	for _, k := range known {
		dist := editDistance(norm, k)
		if dist < bestD {
			best, bestD = k, dist
		}
	}
	limit := 2
	if len(name) <= 4 {
		limit = 1
	}
	if best != "" && bestD <= limit {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	sorted := append([]string(nil), known...)
	sort.Strings(sorted)
	return "; known keys here: " + strings.Join(sorted, ", ")
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and adjacent transpositions.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// scalar returns n as a scalar, reporting anything else.
func (d *decoder) scalar(n *yaml.Node, path, want string) (*yaml.Node, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || isNull(n) {
		d.problem(n, path, "want %s, got %s", want, describe(n))
		return nil, false
	}
	return n, true
}

// str decodes a non-empty string. Numbers are accepted as their text.
func (d *decoder) str(n *yaml.Node, path, want string) (string, bool) {
	s, ok := d.scalar(n, path, want)
	if !ok {
		return "", false
	}
	if strings.TrimSpace(s.Value) == "" {
		d.problem(s, path, "is empty; want %s", want)
		return "", false
	}
	return s.Value, true
}

func (d *decoder) boolean(n *yaml.Node, path string) (bool, bool) {
	s, ok := d.scalar(n, path, "true or false")
	if !ok {
		return false, false
	}
	if s.Tag != "!!bool" {
		d.problem(s, path, "want true or false, got %s", describe(s))
		return false, false
	}
	return s.Value == "true" || s.Value == "True" || s.Value == "TRUE", true
}

func (d *decoder) integer(n *yaml.Node, path string, lo, hi int) (int, bool) {
	want := fmt.Sprintf("a whole number from %d to %d", lo, hi)
	s, ok := d.scalar(n, path, want)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(s.Value, 0, 64)
	if s.Tag != "!!int" || err != nil {
		d.problem(s, path, "want %s, got %s", want, describe(s))
		return 0, false
	}
	if v < int64(lo) || v > int64(hi) {
		d.problem(s, path, "%d is out of range; want %s", v, want)
		return 0, false
	}
	return int(v), true
}

func (d *decoder) enum(n *yaml.Node, path string, allowed ...string) (string, bool) {
	want := "one of " + strings.Join(allowed, ", ")
	s, ok := d.scalar(n, path, want)
	if !ok {
		return "", false
	}
	if !contains(allowed, s.Value) {
		d.problem(s, path, "%s is not allowed; want %s", describe(s), want)
		return "", false
	}
	return s.Value, true
}

func (d *decoder) duration(n *yaml.Node, path string) (time.Duration, bool) {
	const want = `a duration such as "30m", "2h" or "7d"`
	s, ok := d.scalar(n, path, want)
	if !ok {
		return 0, false
	}
	v, err := ParseDuration(s.Value)
	if err != nil {
		d.problem(s, path, "%s is not a duration; want %s", describe(s), want)
		return 0, false
	}
	if v <= 0 {
		d.problem(s, path, "%s must be positive; want %s", describe(s), want)
		return 0, false
	}
	return v, true
}

type strItem struct {
	S    string
	N    *yaml.Node
	Path string
}

// strList decodes a list of non-empty strings; a single string is a list
// of one. Items that are not strings are reported and left out.
func (d *decoder) strList(n *yaml.Node, path, want string) []strItem {
	n = resolve(n)
	if n != nil && n.Kind == yaml.ScalarNode && !isNull(n) {
		if s, ok := d.str(n, path, want); ok {
			return []strItem{{s, n, path}}
		}
		return nil
	}
	if n == nil || n.Kind != yaml.SequenceNode {
		d.problem(n, path, "want a list of %s, got %s", want, describe(n))
		return nil
	}
	var out []strItem
	for i, item := range n.Content {
		p := fmt.Sprintf("%s[%d]", path, i)
		if s, ok := d.str(item, p, want); ok {
			out = append(out, strItem{s, resolve(item), p})
		}
	}
	return out
}

// ParseDuration reads a Go duration ("90m", "1h30m") extended with days
// ("7d") and weeks ("2w"), which may lead a Go duration ("1d12h").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	orig := s
	var total time.Duration
	for _, u := range []struct {
		suffix byte
		d      time.Duration
	}{{'w', 7 * 24 * time.Hour}, {'d', 24 * time.Hour}} {
		i := strings.IndexByte(s, u.suffix)
		if i < 0 {
			continue
		}
		n, err := strconv.ParseUint(s[:i], 10, 32)
		if err != nil || i == 0 {
			return 0, fmt.Errorf("parse duration %q: bad number of %c", orig, u.suffix)
		}
		total += time.Duration(n) * u.d
		s = s[i+1:]
	}
	if s == "" {
		if total == 0 && orig != "0d" && orig != "0w" {
			return 0, fmt.Errorf("parse duration %q: empty", orig)
		}
		return total, nil
	}
	rest, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("parse duration %q: %w", orig, err)
	}
	return total + rest, nil
}
