package classify

import "strings"

// analysis is one text, tokenized, split into sentences, with its phrase
// hits and time mentions.
type analysis struct {
	text  string
	toks  []token
	sents []sentence
	hits  []hit
	ments []mention
	words int
	// sentHits[si] is the start of sentence si's hits in hits (the scan
	// finds them sentence by sentence); sentHits[len(sents)] is len(hits).
	sentHits []int
}

// inSent returns sentence si's hits.
func (a *analysis) inSent(si int) []hit {
	if si < 0 || si+1 >= len(a.sentHits) {
		return nil
	}
	return a.hits[a.sentHits[si]:a.sentHits[si+1]]
}

func analyze(text string, dayFirst bool) *analysis {
	return analyzeTokens(text, tokenize(text), dayFirst)
}

// analyzeTokens is analyze for text already tokenized.
func analyzeTokens(text string, toks []token, dayFirst bool) *analysis {
	a := scanTokens(text, toks)
	a.extractMentions(dayFirst)
	return a
}

// scanTokens splits sentences and finds phrases, leaving the time
// mentions for later: bulk mail is recognised from its phrases alone.
func scanTokens(text string, toks []token) *analysis {
	a := &analysis{text: text, toks: toks}
	a.sents = sentences(a.toks, text)
	a.hits = phrases().scan(a.toks, a.sents)
	a.sentHits = make([]int, len(a.sents)+1)
	k := 0
	for si := range a.sents {
		for k < len(a.hits) && a.hits[k].sent < si {
			k++
		}
		a.sentHits[si] = k
	}
	a.sentHits[len(a.sents)] = len(a.hits)
	for _, t := range a.toks {
		if t.kind == tWord {
			a.words++
		}
	}
	return a
}

// extractMentions finds the time mentions and their sentences.
func (a *analysis) extractMentions(dayFirst bool) {
	a.ments = extract(a.toks, dayFirst)
	for i := range a.ments {
		a.ments[i].sent = a.sentOf(a.ments[i].start)
	}
	// "Thursday! 2:30pm Melbourne time.": a sentence that is only a day,
	// followed by one that opens with a bare time, gives that time its day.
	for i := 1; i < len(a.ments); i++ {
		d, t := &a.ments[i-1], &a.ments[i]
		if d.d == nil || d.t != nil || t.d != nil || t.t == nil || d.sent < 0 || t.sent != d.sent+1 {
			continue
		}
		ds, ts := a.sents[d.sent], a.sents[t.sent]
		if a.wordsOutside(ds, d) == 0 && t.start == ts.start {
			dp := *d.d
			t.d = &dp
		}
	}
}

// wordsOutside counts the words of sentence s outside mention m.
func (a *analysis) wordsOutside(s sentence, m *mention) int {
	n := 0
	for k := s.start; k < s.end; k++ {
		if (k < m.start || k >= m.end) && a.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// sentOf returns the index of the sentence holding token i.
func (a *analysis) sentOf(i int) int {
	lo, hi := 0, len(a.sents)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		s := a.sents[mid]
		switch {
		case i < s.start:
			hi = mid - 1
		case i >= s.end:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// hitsIn returns the hits with tag in sentence si.
func (a *analysis) hitsIn(si int, tag string) []hit {
	var out []hit
	for _, h := range a.inSent(si) {
		if h.tag == tag {
			out = append(out, h)
		}
	}
	return out
}

func (a *analysis) has(si int, tag string) bool {
	for _, h := range a.inSent(si) {
		if h.tag == tag && !a.negated(h) {
			return true
		}
	}
	return false
}

// first returns the first un-negated hit with tag outside question
// sentences (unless questions is set).
func (a *analysis) first(tag string, questions bool) (hit, bool) {
	for _, h := range a.hits {
		if h.tag == tag && (questions || !a.sents[h.sent].question) && !a.negated(h) {
			return h, true
		}
	}
	return hit{}, false
}

// negated reports a negation in the three tokens before a hit.
func (a *analysis) negated(h hit) bool {
	s := a.sents[h.sent]
	for k := h.start - 1; k >= s.start && k >= h.start-3; k-- {
		t := a.toks[k].s
		if strings.HasSuffix(t, "n't") || t == "not" || t == "no" || t == "never" || t == "nicht" || t == "pas" ||
			t == "longer" || t == "cannot" || t == "kein" || t == "ni" || t == "nunca" {
			return true
		}
	}
	return false
}

// phrase returns the source text of a token span, for Why.
func (a *analysis) phrase(start, end int) string {
	if start >= end || end > len(a.toks) {
		return ""
	}
	s := a.text[a.toks[start].start:a.toks[end-1].end]
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:60] + "..."
	}
	return strings.ToLower(s)
}

// sentenceText returns sentence si, shortened, for Why.
func (a *analysis) sentenceText(si int) string {
	s := a.sents[si]
	return a.phrase(s.start, s.end)
}

// mentionsIn returns the mentions of sentence si.
func (a *analysis) mentionsIn(si int) []*mention {
	var out []*mention
	for i := range a.ments {
		if a.ments[i].sent == si {
			out = append(out, &a.ments[i])
		}
	}
	return out
}
