package message

import (
	"html"
	"strings"
)

// HTMLToText turns an HTML body into plain text for the classifier. It is
// a single linear pass, not a DOM: script, style and head are dropped,
// block elements end lines, entities are decoded, whitespace collapses,
// and text inside <blockquote> is prefixed with "> " per level so that a
// quoted reply reads like a plain-text one. Input beyond 2*MaxPartBytes is
// ignored.
func HTMLToText(s string) string {
	s = capString(s, 2*MaxPartBytes)
	var b strings.Builder
	b.Grow(len(s) / 2)
	h := htmlWriter{b: &b}
	noClose := false // no '>' after some point: the rest is text
	text := 0        // start of the pending text run
	flush := func(end int) {
		if end > text {
			h.text(s[text:end])
		}
	}
	for i := 0; i < len(s) && b.Len() < 2*MaxPartBytes; {
		if noClose {
			break // nothing but text is left (and nothing was written)
		}
		if s[i] != '<' {
			// Nothing is written before the next '<': jump to it.
			if k := strings.IndexByte(s[i:], '<'); k >= 0 {
				i += k
			} else {
				i = len(s)
			}
			continue
		}
		// Comment or conditional comment: skip to "-->".
		if strings.HasPrefix(s[i:], "<!--") {
			flush(i)
			j := strings.Index(s[i+4:], "-->")
			if j < 0 {
				text = len(s)
				break
			}
			i = i + 4 + j + 3
			text = i
			continue
		}
		j := strings.IndexByte(s[i+1:], '>')
		if j < 0 {
			noClose = true
			continue
		}
		tagEnd := i + 1 + j
		name, closing := tagName(s[i+1 : tagEnd])
		if name == "" {
			i++ // a lone "<" in text
			continue
		}
		flush(i)
		i = tagEnd + 1
		text = i
		switch name {
		case "script", "style", "head", "title", "xml":
			if closing {
				continue
			}
			// Skip to the matching close tag (or, for head, the body).
			end := indexFold(s[i:], "</"+name)
			if name == "head" {
				if k := indexFold(s[i:], "<body"); k >= 0 && (end < 0 || k < end) {
					end = k
				}
			}
			if end < 0 {
				if name == "head" {
					continue // no </head>: keep going, tags are dropped anyway
				}
				text = len(s)
				i = len(s)
				continue
			}
			i += end
			text = i
		case "br":
			h.newline()
		case "blockquote":
			h.lineBreak()
			if closing {
				if h.depth > 0 {
					h.depth--
				}
			} else if h.depth < 16 {
				h.depth++
			}
		case "p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
			"hr", "pre", "section", "article", "header", "footer", "dt", "dd", "center", "tbody", "form":
			h.lineBreak()
			if name == "pre" {
				h.pre = !closing
			}
			if name == "li" && !closing {
				h.text("- ")
			}
		case "td", "th":
			h.space()
		}
	}
	if b.Len() < 2*MaxPartBytes {
		flush(len(s))
	}
	return capString(h.finish(), 2*MaxPartBytes)
}

type htmlWriter struct {
	b         *strings.Builder
	depth     int
	pre       bool
	lineStart bool // nothing written on the current line yet
	pendSpace bool
	blank     int // consecutive newlines written
	started   bool
}

func (h *htmlWriter) prefix() {
	if h.lineStart || !h.started {
		for k := 0; k < min(h.depth, 4); k++ {
			h.b.WriteString("> ")
		}
		h.lineStart = false
		h.started = true
		h.pendSpace = false
	}
}

func (h *htmlWriter) newline() {
	if !h.started {
		return
	}
	if h.blank >= 2 {
		return
	}
	if h.lineStart && h.depth > 0 && h.blank == 1 {
		// An empty quoted line keeps the quote marker, like plain text does.
		for k := 0; k < min(h.depth, 4); k++ {
			h.b.WriteString(">")
		}
	}
	h.b.WriteByte('\n')
	h.blank++
	h.lineStart = true
	h.pendSpace = false
}

// lineBreak ends the current line unless nothing is on it yet.
func (h *htmlWriter) lineBreak() {
	if !h.lineStart {
		h.newline()
	}
}

func (h *htmlWriter) space() {
	if !h.lineStart {
		h.pendSpace = true
	}
}

func (h *htmlWriter) text(t string) {
	if strings.IndexByte(t, '&') >= 0 {
		t = html.UnescapeString(t)
	}
	for len(t) > 0 {
		// Split into words on HTML whitespace (and no-break spaces).
		k := wordEnd(t, 0)
		if k > 0 {
			// Words after this one that follow a single plain space come
			// out as they stand: write the whole run at once.
			for k+1 < len(t) && t[k] == ' ' && !htmlSpaceAt(t, k+1) {
				k = wordEnd(t, k+1)
			}
			if h.pendSpace && !h.lineStart {
				h.b.WriteByte(' ')
			}
			h.prefix()
			h.b.WriteString(t[:k])
			h.blank = 0
			h.pendSpace = false
			t = t[k:]
			continue
		}
		if h.pre && t[0] == '\n' {
			h.newline()
		} else if h.started {
			h.pendSpace = true
		}
		if t[0] == 0xC2 {
			t = t[2:]
		} else {
			t = t[1:]
		}
	}
}

// htmlSpaceAt reports whether t[k] starts HTML whitespace or a no-break
// space, which end a word.
func htmlSpaceAt(t string, k int) bool {
	c := t[k]
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0xC2 && k+1 < len(t) && t[k+1] == 0xA0
}

// wordEnd returns the end of the word starting at k.
func wordEnd(t string, k int) int {
	for k < len(t) && !htmlSpaceAt(t, k) {
		k++
	}
	return k
}

func (h *htmlWriter) finish() string {
	return strings.TrimSpace(h.b.String())
}

// tagName returns the lower-case element name of a tag body ("p class=x",
// "/div", "BR/") and whether it is a closing tag; "" for "<!DOCTYPE" and
// for things that are not tags. Only the names HTMLToText acts on are
// returned as such; any other element is otherTag.
func tagName(t string) (string, bool) {
	closing := false
	if strings.HasPrefix(t, "/") {
		closing = true
		t = t[1:]
	}
	n := 0
	for n < len(t) {
		c := lc(t[n])
		if (c >= 'a' && c <= 'z') || (n > 0 && ((c >= '0' && c <= '9') || c == ':' || c == '-')) {
			n++
			continue
		}
		break
	}
	if n == 0 {
		return "", false
	}
	if n < len(t) {
		c := t[n]
		if c != ' ' && c != '/' && c != '\t' && c != '\n' && c != '\r' {
			return "", false
		}
	}
	name := t[:n]
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:] // o:p, v:shape
	}
	if name == "" {
		return "", closing
	}
	var buf [12]byte
	if len(name) > len(buf) {
		return otherTag, closing
	}
	for k := 0; k < len(name); k++ {
		buf[k] = lc(name[k])
	}
	if known, ok := knownTags[string(buf[:len(name)])]; ok {
		return known, closing
	}
	return otherTag, closing
}

// otherTag stands for every element HTMLToText passes over.
const otherTag = "\x00"

var knownTags = func() map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields("script style head title xml br blockquote p div tr li ul ol table h1 h2 h3 h4 h5 h6 " +
		"hr pre section article header footer dt dd center tbody form td th") {
		m[n] = n
	}
	return m
}()

func lc(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// indexFold is strings.Index(asciiLower(s), pat) for a lower-case pat
// that starts with '<'.
func indexFold(s, pat string) int {
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '<')
		if k < 0 {
			return -1
		}
		k += from
		if len(s)-k < len(pat) {
			return -1
		}
		match := true
		for j := 1; j < len(pat); j++ {
			if lc(s[k+j]) != pat[j] {
				match = false
				break
			}
		}
		if match {
			return k
		}
		from = k + 1
	}
}
