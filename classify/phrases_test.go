package classify

import (
	"fmt"
	"testing"
)

// A first word may start any number of phrases: the bit sets hold 64, so
// the 65th and later go to further groups that must still be tried.
func TestLexiconManyPhrasesOneFirstWord(t *testing.T) {
	tagged := map[string][]string{}
	for i := range 150 {
		tag := fmt.Sprintf("t%03d", i)
		tagged[tag] = []string{"i " + word(i)}
	}
	lx := newLexicon(tagged)
	for _, i := range []int{0, 63, 64, 127, 128, 149} {
		text := "well i " + word(i) + " today"
		toks := tokenize(text)
		hits := lx.scan(toks, sentences(toks, text))
		want := fmt.Sprintf("t%03d", i)
		if len(hits) != 1 || hits[0].tag != want {
			t.Errorf("%q: hits %+v, want one %s", text, hits, want)
		}
	}
}

// word gives a distinct letters-only word for i.
func word(i int) string { return "w" + string(rune('a'+i/26)) + string(rune('a'+i%26)) }
