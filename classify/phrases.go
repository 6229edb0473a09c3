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
	if e.matchWord(t.s) {
		return true
	}
	// French elision: "d'entretiens", "l'appel" match "entretiens", "appel"
	if i := strings.IndexByte(t.s, '\''); i > 0 && i <= 5 && i+1 < len(t.s) {
		return e.matchWord(t.s[i+1:])
	}
	return false
}

func (e *elem) matchWord(w string) bool {
	if e.class != "" {
		if e.class == "meetw" {
			if h := meetHead(w); h != "" {
				return true
			}
		}
		return classes[e.class][w]
	}
	if e.words[w] {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(w, p) {
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
	// starts is byFirst with, per first word, the quick second-word test
	// of all its phrases folded into one lookup.
	starts map[string][]*start
	// maybe[c] has bit n set when some key of starts begins with byte c
	// and is n bytes long (n >= 63 sets bit 63): a word failing it is no
	// key, and the map is not consulted.
	maybe [256]uint64
	// maybeLast[c] has bit b set when some key of starts begins with
	// byte c and ends with byte b.
	maybeLast [256][4]uint64
	// maybeSecond is maybe for the words of all the second-word tests.
	maybeSecond [256]uint64
}

// mayBe reports whether w passes the byte tests of a word set; a word
// failing them is not in the set. w is not empty.
func mayBe(lenBits *[256]uint64, last *[256][4]uint64, w string) bool {
	if lenBits[w[0]]&lenBit(len(w)) == 0 {
		return false
	}
	b := w[len(w)-1]
	return last == nil || last[w[0]][b>>6]&(1<<(b&63)) != 0
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

// start is the phrases beginning with one word. For a following word w,
// second[w] has bit k set when phrase k accepts w as its second element;
// bit k of needSecond is set when phrase k has such a test at all.
type start struct {
	ps         []*phrase
	second     map[string]uint64
	needSecond uint64
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
	lx.starts = make(map[string][]*start, len(lx.byFirst))
	for w, ps := range lx.byFirst {
		// One start holds at most 64 phrases (its bit sets are uint64s);
		// a busy first word gets several, tried in order.
		for len(ps) > 0 {
			n := min(len(ps), 64)
			lx.starts[w] = append(lx.starts[w], lx.newStart(ps[:n]))
			ps = ps[n:]
		}
		if w != "" {
			lx.maybe[w[0]] |= lenBit(len(w))
			b := w[len(w)-1]
			lx.maybeLast[w[0]][b>>6] |= 1 << (b & 63)
		}
	}
	return lx
}

func (lx *lexicon) newStart(ps []*phrase) *start {
	st := &start{ps: ps, second: map[string]uint64{}}
	for k, p := range ps {
		if p.second == nil {
			continue
		}
		st.needSecond |= 1 << k
		for w2 := range p.second {
			st.second[w2] |= 1 << k
			if w2 != "" {
				lx.maybeSecond[w2[0]] |= lenBit(len(w2))
			}
		}
	}
	return st
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
			w := toks[i].s
			if h := meetHead(w); h != "" && lx.starts[w] == nil {
				// "Informationsgespräche" may start what "gespräche" starts
				for _, st := range lx.starts[h] {
					hits = lx.scanStart(st, hits, toks, i, s.end, si)
				}
				continue
			}
			if k := strings.IndexByte(w, '\''); k > 0 && k <= 5 && k+1 < len(w) {
				// "d'entretiens" may start what "entretiens" starts
				if e := w[k+1:]; mayBe(&lx.maybe, &lx.maybeLast, e) && lx.starts[w] == nil {
					for _, st := range lx.starts[e] {
						hits = lx.scanStart(st, hits, toks, i, s.end, si)
					}
					continue
				}
			}
			if w != "" && !mayBe(&lx.maybe, &lx.maybeLast, w) {
				continue
			}
			for _, st := range lx.starts[w] {
				hits = lx.scanStart(st, hits, toks, i, s.end, si)
			}
		}
	}
	return hits
}

// scanStart tries st's phrases at token i of a sentence ending at end.
func (lx *lexicon) scanStart(st *start, hits []hit, toks []token, i, end, si int) []hit {
	var ok uint64 // the phrases whose second-word test passes
	if i+1 < end && st.needSecond != 0 {
		if w2 := toks[i+1].s; w2 == "" || mayBe(&lx.maybeSecond, nil, w2) {
			ok = st.second[w2]
		}
	}
	for k, p := range st.ps {
		if st.needSecond&(1<<k) != 0 && ok&(1<<k) == 0 {
			continue
		}
		if e := p.matchAt(toks, i, end); e > i {
			hits = append(hits, hit{tag: p.tag, start: i, end: e, sent: si})
		}
	}
	return hits
}

// meetHeads are meeting words that end German compounds
// ("Informationsgespräch", "Kennenlerntermin", "Kaffeetreffen").
var meetHeads = []string{"gesprache", "gesprach", "telefonat", "termin", "treffen"}

// meetHead returns the meeting word a German compound ends with, or "".
func meetHead(w string) string {
	if len(w) < 10 {
		return ""
	}
	for _, h := range meetHeads {
		if strings.HasSuffix(w, h) && len(w) > len(h)+3 {
			return h
		}
	}
	return ""
}
