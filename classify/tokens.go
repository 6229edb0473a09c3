package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	tWord = iota
	tNum
	tPunct
)

// token is one word, number or punctuation mark of the text being judged.
// Words are lower-cased with accents folded ("escribió" -> "escribio") so
// that phrase tables can be written in plain ASCII.
type token struct {
	s          string // normalized text
	start, end int    // byte offsets in the source text
	num        int    // value of a tNum (up to 4 digits, else -1)
	kind       uint8
	nl         uint8 // newlines before the token (capped at 2)
	digits     uint8 // number of digits of a tNum
	sp         bool  // whitespace before the token
	caps       bool  // a word written in capitals ("ET", "CEST")
}

// maxTokens bounds the work on one text.
const maxTokens = 6000

// tokenize splits text into tokens. URLs, e-mail addresses and long digit
// groups are dropped: they carry no phrase and their numbers are not times.
func tokenize(text string) []token {
	return tokenizeInto(nil, text)
}

// tokenizeInto is tokenize appending to buf[:0] when it is large enough.
func tokenizeInto(buf []token, text string) []token {
	toks := buf[:0]
	if n := min(len(text)/4+8, maxTokens); cap(toks) < n {
		toks = make([]token, 0, n)
	}
	nl, sp := uint8(0), false
	i := 0
	var word strings.Builder
	// lower collects the lower-cased forms of capitalised ASCII words, so
	// that they share a few allocations rather than one each. (A Builder
	// never changes bytes it has written, so earlier strings stay valid.)
	var lower strings.Builder
	for i < len(text) && len(toks) < maxTokens {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if nl < 2 {
				nl++
			}
			sp = true
			i += size
		case r == ' ' || r == '\t' || r == '\r' || r == 0xA0 || r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r):
			sp = true
			i += size
		case unicode.IsLetter(r):
			w, j, keep := wordAt(text, i, &word, &lower)
			if keep {
				toks = append(toks, token{s: w, start: i, end: j, kind: tWord, nl: nl, sp: sp, caps: allCaps(text[i:j])})
				nl, sp = 0, false
			}
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			n := -1
			if j-i <= 4 {
				n = 0
				for k := i; k < j; k++ {
					n = n*10 + int(text[k]-'0')
				}
			}
			toks = append(toks, token{s: text[i:j], start: i, end: j, kind: tNum, nl: nl, sp: sp, num: n, digits: uint8(min(j-i, 255))})
			nl, sp = 0, false
			i = j
		default:
			s := text[i : i+size]
			if r == utf8.RuneError && size == 1 {
				s = string(r)
			}
			switch r {
			case '’', '‘', '`', '´':
				s = "'"
			case '“', '”', '„', '«', '»':
				s = `"`
			case '–', '—', '‒', '−':
				s = "-"
			case '¡':
				s = "!"
			}
			toks = append(toks, token{s: s, start: i, end: i + size, kind: tPunct, nl: nl, sp: sp})
			nl, sp = 0, false
			i += size
		}
	}
	return toks
}

// wordAt reads the word starting at i: its normal form, its end, and
// whether to keep it (URLs and e-mail addresses are skipped whole).
func wordAt(text string, i int, word, lower *strings.Builder) (string, int, bool) {
	// ASCII fast path: a lower-case word is its own normal form.
	j := i
	lowerCase := true
	for j < len(text) && isASCIILetter(text[j]) {
		if text[j] < 'a' {
			lowerCase = false
		}
		j++
	}
	if j > i && !(j < len(text) && (text[j] >= utf8.RuneSelf || text[j] == '\'' || text[j] == '@' ||
		(text[j] == ':' || text[j] == '.') && j-i <= 5 && isURLWord(text[i:j]))) {
		if lowerCase {
			return text[i:j], j, true
		}
		if lower.Cap()-lower.Len() < j-i {
			lower.Reset() // earlier words keep the old buffer
			lower.Grow(max(256, j-i))
		}
		from := lower.Len()
		for k := i; k < j; k++ {
			lower.WriteByte(lc(text[k]))
		}
		return lower.String()[from:], j, true
	}
	j = i
	word.Reset()
	for j < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r2) || unicode.Is(unicode.Mn, r2) {
			foldRune(word, r2)
			j += s2
			continue
		}
		// An apostrophe inside a word: don't, l'heure, aujourd'hui.
		if (r2 == '\'' || r2 == '’') && j+s2 < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+s2:])
			if unicode.IsLetter(r3) {
				word.WriteByte('\'')
				j += s2
				continue
			}
		}
		break
	}
	w := word.String()
	if urlWords[w] && j < len(text) && (text[j] == ':' || text[j] == '.') {
		return "", skipNonSpace(text, j), false
	}
	if j < len(text) && text[j] == '@' {
		return "", skipNonSpace(text, j), false // an e-mail address
	}
	return w, j, true
}

func skipNonSpace(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '>' || c == ')' || c == '"' {
			break
		}
		j++
	}
	return j
}

// foldRune writes r lower-cased with diacritics removed.
func foldRune(b *strings.Builder, r rune) {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 32
		}
		b.WriteByte(byte(r))
		return
	}
	if unicode.Is(unicode.Mn, r) {
		return // combining mark
	}
	r = unicode.ToLower(r)
	if f, ok := foldTable[r]; ok {
		b.WriteString(f)
		return
	}
	b.WriteRune(r)
}

var foldTable = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i"}
	groups := map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "e": "èéêëēĕėęě", "i": "ìíîïĩīĭįı",
		"n": "ñńņňŉ", "o": "òóôõöōŏő", "u": "ùúûüũūŭůűų", "y": "ýÿŷ",
		"s": "śŝşš", "z": "źżž", "g": "ĝğġģ", "r": "ŕŗř", "t": "ţťŧ", "d": "ď", "l": "ĺļľŀ",
	}
	for to, from := range groups {
		for _, r := range from {
			m[r] = to
		}
	}
	return m
}()

// is reports whether token i exists and has normalized text s.
func is(toks []token, i int, s string) bool {
	return i >= 0 && i < len(toks) && toks[i].s == s
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		for _, f := range strings.Fields(w) {
			m[f] = true
		}
	}
	return m
}

// sentence is a span of tokens [start, end).
type sentence struct {
	start, end int
	question   bool
}

// sentences splits toks at sentence ends: . ! ? ; (not inside numbers),
// blank lines, list items, and line breaks after short lines.
func sentences(toks []token, text string) []sentence {
	var out []sentence
	start := 0
	lineStart := 0 // byte offset of the current line in text
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > start && t.nl > 0 {
			brk := t.nl >= 2
			if !brk {
				// a list item or a short previous line ends the sentence
				if t.kind == tPunct && (t.s == "-" || t.s == "*" || t.s == "•") {
					brk = true
				} else if prev := toks[i-1]; prev.end-lineStart < 50 || prev.s == ":" {
					brk = true
				}
			}
			if brk {
				out = append(out, sentence{start: start, end: i})
				start = i
			}
		}
		if t.nl > 0 {
			lineStart = t.start
		}
		if t.kind != tPunct {
			continue
		}
		switch t.s {
		case ".":
			// 8.30, 12.03.2026, a.m.: not an end
			if i+1 < len(toks) && !toks[i+1].sp && (toks[i+1].kind != tPunct || toks[i+1].s == "," || toks[i+1].s == ")") {
				continue
			}
			if i > 0 && toks[i-1].kind == tWord && len(toks[i-1].s) == 1 {
				continue // initials, a.m.
			}
			if i > 0 && i+1 < len(toks) && toks[i-1].kind == tNum && months[toks[i+1].s] > 0 {
				continue // a German ordinal date: "Freitag, 8. Mai"
			}
		case "!", "?", ";":
		default:
			continue
		}
		// swallow runs like "?!" or "..."
		j := i + 1
		for j < len(toks) && toks[j].kind == tPunct && !toks[j].sp && (toks[j].s == "." || toks[j].s == "!" || toks[j].s == "?" || toks[j].s == `"` || toks[j].s == ")") {
			j++
		}
		out = append(out, sentence{start: start, end: j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = append(out, sentence{start: start, end: len(toks)})
	}
	for k := range out {
		for i := out[k].start; i < out[k].end; i++ {
			if toks[i].kind == tPunct && (toks[i].s == "?" || toks[i].s == "¿") {
				out[k].question = true
				break
			}
		}
	}
	_ = text
	return out
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

var urlWords = map[string]bool{"http": true, "https": true, "www": true}

// isURLWord is urlWords[strings.ToLower(w)] for an ASCII word.
func isURLWord(w string) bool {
	return foldEq(w, "http") || foldEq(w, "https") || foldEq(w, "www")
}

// allCaps: every byte an ASCII capital (zone abbreviations are matched
// only so, or the French "et" would be Eastern time).
func allCaps(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// abbrev returns the zone abbreviation a capitalised token spells.
func (t *token) abbrev() string {
	if !t.caps {
		return ""
	}
	return strings.ToUpper(t.s)
}
