package classify

import (
	"fmt"
	"sort"
	"strings"
)

// A phrase is a small token pattern, written as space-separated elements:
//
//	word        that word (normalized: lower case, no accents)
//	a|b|c       any one of the alternatives; "word*" matches a prefix
//	[a|b]       optional element
//	..          a gap of up to 3 tokens
//	...         a gap of up to 6 tokens
//	@class      any word of a named class (see classes)
//	#           any number
//	, ? : ! -   that punctuation
//
// Phrases never cross a sentence end. Matching is bounded: patterns are
// short, gaps are capped, and only phrases whose first word occurs at a
// position are tried there.
type phrase struct {
	src  string
	tag  string
	elts []elem
	// second is the plain word set of the second element, when it is one:
	// a quick test before the full match.
	second map[string]bool
}

type elem struct {
	words    map[string]bool
	prefixes []string
	class    string
	num      bool
	gap      int // > 0: a gap of up to gap tokens
	optional bool
}

// classes are named word sets used in phrases as @name.
var classes = map[string]map[string]bool{}

func defClass(name string, words ...string) { classes[name] = setOf(words...) }

func (e *elem) match(t *token) bool {
	if e.num {
		return t.kind == tNum
	}
	if e.class != "" {
		return classes[e.class][t.s]
	}
	if e.words[t.s] {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(t.s, p) {
			return true
		}
	}
	return false
}

func compilePhrase(tag, src string) *phrase {
	p := &phrase{src: src, tag: tag}
	for _, f := range strings.Fields(src) {
		var e elem
		if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
			e.optional = true
			f = f[1 : len(f)-1]
		}
		switch {
		case f == "..":
			e.gap = 3
		case f == "...":
			e.gap = 6
		case f == "#":
			e.num = true
		case strings.HasPrefix(f, "@"):
			e.class = f[1:]
			if classes[e.class] == nil {
				panic(fmt.Sprintf("phrase %q: unknown class %s", src, f))
			}
		default:
			e.words = map[string]bool{}
			for _, a := range strings.Split(f, "|") {
				if strings.HasSuffix(a, "*") && len(a) > 1 {
					e.prefixes = append(e.prefixes, a[:len(a)-1])
				} else {
					e.words[a] = true
				}
			}
		}
		p.elts = append(p.elts, e)
	}
	if len(p.elts) > 1 {
		if e := p.elts[1]; e.gap == 0 && !e.optional && !e.num && e.class == "" && len(e.prefixes) == 0 {
			p.second = e.words
		}
	}
	if len(p.elts) == 0 || p.elts[0].gap > 0 || p.elts[0].optional || p.elts[0].num || len(p.elts[0].prefixes) > 0 {
		panic(fmt.Sprintf("phrase %q: must start with a word or class", src))
	}
	return p
}

// matchAt tries p at token i, not going past end; it returns the end of
// the match or -1.
func (p *phrase) matchAt(toks []token, i, end int) int {
	return matchElems(p.elts, toks, i, end, 0)
}

func matchElems(elts []elem, toks []token, i, end, depth int) int {
	if len(elts) == 0 {
		return i
	}
	if depth > 24 {
		return -1
	}
	e := &elts[0]
	if e.gap > 0 {
		for g := 0; g <= e.gap && i+g <= end; g++ {
			if r := matchElems(elts[1:], toks, i+g, end, depth+1); r >= 0 {
				return r
			}
		}
		return -1
	}
	if i < end && e.match(&toks[i]) {
		if r := matchElems(elts[1:], toks, i+1, end, depth+1); r >= 0 {
			return r
		}
	}
	if e.optional {
		return matchElems(elts[1:], toks, i, end, depth+1)
	}
	return -1
}

// lexicon is a set of phrases indexed by the words their first element
// accepts.
type lexicon struct {
	byFirst map[string][]*phrase
}

func newLexicon(tagged map[string][]string) *lexicon {
	lx := &lexicon{byFirst: map[string][]*phrase{}}
	tags := make([]string, 0, len(tagged))
	for tag := range tagged {
		tags = append(tags, tag)
	}
	sort.Strings(tags) // deterministic hit order
	for _, tag := range tags {
		for _, src := range tagged[tag] {
			p := compilePhrase(tag, src)
			first := p.elts[0].words
			if p.elts[0].class != "" {
				first = classes[p.elts[0].class]
			}
			for w := range first {
				lx.byFirst[w] = append(lx.byFirst[w], p)
			}
		}
	}
	return lx
}

// hit is one phrase found in the text.
type hit struct {
	tag        string
	start, end int // token span
	sent       int // sentence index
}

// scan finds every phrase occurrence in each sentence. At each position
// only the longest match per tag is kept.
func (lx *lexicon) scan(toks []token, sents []sentence) []hit {
	var hits []hit
	for si, s := range sents {
		for i := s.start; i < s.end; i++ {
			if toks[i].kind != tWord {
				continue
			}
			for _, p := range lx.byFirst[toks[i].s] {
				if p.second != nil && (i+1 >= s.end || !p.second[toks[i+1].s]) {
					continue
				}
				if e := p.matchAt(toks, i, s.end); e > i {
					hits = append(hits, hit{tag: p.tag, start: i, end: e, sent: si})
				}
			}
		}
	}
	return hits
}
