package notify

import (
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"

	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // charsets for encoded words
)

// Names and subjects come from strangers. Everything that reaches a header
// line, a notification summary or a title passes through oneLine first:
// encoded words are decoded (so "=?utf-8?q?a=0D=0ABcc:...?=" cannot smuggle
// a line break past us), then every control character and line or
// paragraph separator becomes a space. Headers are re-encoded by
// go-message (RFC 2047) on the way out.

var wordDecoder = mime.WordDecoder{CharsetReader: gomessage.CharsetReader}

// oneLine returns s decoded from RFC 2047 encoded words, valid UTF-8, with
// no control characters and single spaces.
func oneLine(s string) string {
	if strings.Contains(s, "=?") {
		if dec, err := wordDecoder.DecodeHeader(s); err == nil {
			s = dec
		}
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || isInvisibleFormat(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isInvisibleFormat catches bidi overrides and similar format characters
// that can make a summary read differently from what it says.
func isInvisibleFormat(r rune) bool {
	switch {
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069', r == '\u200E', r == '\u200F':
		return true
	}
	return false
}

// multiLine cleans a body text: valid UTF-8, CRLF and CR turned into LF,
// control characters other than LF and TAB dropped.
func multiLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) || isInvisibleFormat(r) {
			return -1
		}
		if r == '\u2028' || r == '\u2029' {
			return '\n'
		}
		return r
	}, s)
}

// truncate cuts s to at most max runes, at a word boundary when one is
// near, and marks the cut with an ellipsis. It never splits a rune.
func truncate(s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)
	cut := runes[:max-1]
	// Prefer a word boundary within the last fifth, unless the cut
	// already falls on one.
	for i := len(cut) - 1; runes[max-1] != ' ' && i > len(cut)*4/5; i-- {
		if cut[i] == ' ' {
			cut = cut[:i]
			break
		}
	}
	return strings.TrimRight(string(cut), " ,;:-") + "…"
}

// markupEscape escapes the characters the desktop notification markup
// (a small subset of HTML) and HTML mail give meaning to.
func markupEscape(s string) string {
	return markupReplacer.Replace(s)
}

var markupReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
