package classify

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followupd/followupd/message"
)

// The same message sent HTML-only (as Outlook and many phones do) must get
// the same verdict as its plain-text version: the HTML path (HTMLToText,
// then the quote stripper) may not change what a message is.
func TestHTMLOnlyGivesSameVerdict(t *testing.T) {
	n := 0
	for _, dir := range []string{"testdata/corpus", "testdata/corpus2", "testdata/corpus3", "testdata/corpus4", "testdata/corpus5", "testdata/corpus6", "testdata/corpus7", "testdata/corpus8", "testdata/corpus9", "testdata/corpus10", "testdata/corpus11", "testdata/corpus12"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			m, err := message.Parse(strings.NewReader(string(raw)))
			if err != nil || strings.TrimSpace(m.Text) == "" || len(m.Calendar) > 0 {
				continue
			}
			n++
			want := Classify(m, nil)
			h := *m
			h.HTML, h.Text = plainToHTML(m.Text), ""
			got := Classify(&h, nil)
			wantAt, gotAt := want.MeetingAt.String(), got.MeetingAt.String()
			if got.Kind != want.Kind || gotAt != wantAt {
				t.Errorf("%s: plain %s %s (%s), HTML-only %s %s (%s)", p, want.Kind, wantAt, want.Why, got.Kind, gotAt, got.Why)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("compared %d messages, want the ten corpora (1000+)", n)
	}
}

// plainToHTML renders text as a mail client's HTML part: a div per line,
// "> " quoting as nested blockquotes.
func plainToHTML(text string) string {
	var b strings.Builder
	b.WriteString("<html><body>")
	depth := 0
	for _, line := range strings.Split(text, "\n") {
		d := 0
		for strings.HasPrefix(line, ">") {
			line = strings.TrimPrefix(strings.TrimPrefix(line, ">"), " ")
			d++
		}
		for ; depth < d; depth++ {
			b.WriteString(`<blockquote type="cite">`)
		}
		for ; depth > d; depth-- {
			b.WriteString("</blockquote>")
		}
		if strings.TrimSpace(line) == "" {
			b.WriteString("<div><br></div>")
			continue
		}
		b.WriteString("<div>" + html.EscapeString(line) + "</div>")
	}
	for ; depth > 0; depth-- {
		b.WriteString("</blockquote>")
	}
	b.WriteString("</body></html>")
	return b.String()
}
