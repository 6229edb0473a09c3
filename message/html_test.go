package message

import (
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>Hi&nbsp;Lena,</p><p>See you &amp; Dana at 3.</p>", "Hi Lena,\nSee you & Dana at 3."},
		{"<html><head><title>T</title><style>p{x:1}</style></head><body>a<br>b<script>alert(1)</script>c</body></html>", "a\nbc"},
		{"<div>new</div><div>On Mon, X wrote:</div><blockquote><div>old 1</div><div>old 2</div><blockquote>older</blockquote></blockquote>",
			"new\nOn Mon, X wrote:\n> old 1\n> old 2\n> > older"},
		{"<ul><li>Tue 3pm</li><li>Wed 4pm</li></ul>", "- Tue 3pm\n- Wed 4pm"},
		{"a <!-- [if mso]> hidden <![endif]--> b", "a b"},
		{"x < y and 3 > 2", "x < y and 3 > 2"},
		{"<p>unclosed <b", "unclosed <b"},
		{"<style>never closed", ""},
		{"<td>a</td><td>b</td>", "a b"},
	}
	for _, tt := range tests {
		if got := HTMLToText(tt.in); got != tt.want {
			t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLToTextBounded(t *testing.T) {
	// Many unmatched '<' must not make the pass quadratic or overlong.
	in := strings.Repeat("<", 200000)
	if got := HTMLToText(in); len(got) > 2*MaxPartBytes {
		t.Errorf("output %d bytes, want at most %d", len(got), 2*MaxPartBytes)
	}
}
