package classify

import "unicode/utf8"

// Allocation-free case folding for the hot paths. The helpers give what
// strings.ToLower followed by the plain comparison would, for ASCII text
// only: callers check isASCII and fall back to strings.ToLower otherwise
// (lower-casing other text can change byte lengths and offsets).

// isASCII reports whether s has no byte >= 0x80.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lc lower-cases one ASCII byte.
func lc(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldEq reports whether s, ASCII-lower-cased, equals the lower-case w.
func foldEq(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lc(s[i]) != w[i] {
			return false
		}
	}
	return true
}

// asciiLower appends the lower-case form of s to buf[:0]; ok is false
// (and the result unusable) when s is not all ASCII.
func asciiLower(buf []byte, s string) ([]byte, bool) {
	buf = buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return buf, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// foldSet finds any of a set of lower-case strings inside an ASCII text,
// ignoring ASCII case, in one pass: at each byte only the strings that
// begin with it are tried.
type foldSet struct {
	byFirst [256][]string
	// starts[c] is set when some string begins with byte c in either
	// case: most bytes of a text are passed over on this test alone.
	starts [256]bool
}

func newFoldSet(words []string) *foldSet {
	var f foldSet
	for _, w := range words {
		if len(w) < 2 {
			panic("newFoldSet: " + w + " is shorter than two bytes")
		}
		f.byFirst[w[0]] = append(f.byFirst[w[0]], w)
		f.starts[w[0]] = true
		if c := w[0]; 'a' <= c && c <= 'z' {
			f.starts[c-'a'+'A'] = true
		}
	}
	return &f
}

// in reports whether ASCII s contains one of the set, any case; it is
// strings.Contains(strings.ToLower(s), w) for some w.
func (f *foldSet) in(s string) bool {
	for k := 0; k < len(s); k++ {
		if !f.starts[s[k]] {
			continue
		}
		for _, w := range f.byFirst[lc(s[k])] {
			// (every word is two bytes or more: newFoldSet checks)
			if len(s)-k >= len(w) && lc(s[k+1]) == w[1] && foldEq(s[k:k+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// foldHasAnyPrefix is hasAnyPrefix(strings.ToLower(s), ps) for ASCII s.
func foldHasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && foldEq(s[:len(p)], p) {
			return true
		}
	}
	return false
}
