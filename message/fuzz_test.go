package message

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse: any bytes give a message or an error, never a panic; what is
// kept is valid UTF-8 and within the caps.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "spec", "examples", "*.eml"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("From: a@x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=x\nContent-Transfer-Encoding: base64\n\n!!!\n--b--\n"))
	f.Add([]byte("Subject: =?utf-8?B?////?=\n\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, s := range []string{m.Text, m.HTML, m.Subject, m.From.Name, m.MessageID} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
		}
		if len(m.Text) > 2*MaxPartBytes || len(m.HTML) > 2*MaxPartBytes || len(m.RawHeader) > MaxHeaderBytes {
			t.Fatalf("caps exceeded: text %d html %d header %d", len(m.Text), len(m.HTML), len(m.RawHeader))
		}
		HTMLToText(m.HTML)
	})
}

// FuzzHTMLToText: any input converts in one bounded pass.
func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"<p>a</p><blockquote>b<blockquote>c", "<script>", "<!--", "&amp;&#x1F600;&bogus;", "<<<>>>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLToText(s)
		if len(out) > 4*MaxPartBytes+len(s) {
			t.Fatalf("output %d bytes from %d", len(out), len(s))
		}
	})
}
