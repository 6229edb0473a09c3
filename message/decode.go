package message

import (
	"bytes"
	"encoding/base64"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
)

// scratch holds reusable buffers for one message's parts: the result of
// a decode is only read (and copied into a string) before the next part.
type scratch struct {
	raw, clean, out []byte
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// decodeTransferTo undoes a Content-Transfer-Encoding leniently (bad base64
// characters are skipped, a broken quoted-printable escape is kept as
// written, an unknown encoding leaves the bytes as they are), writing into
// sc's buffers when sc is not nil; the result is valid until sc is used
// again.
func decodeTransferTo(sc *scratch, enc string, b []byte) []byte {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "base64":
		if sc == nil {
			return decodeBase64(nil, nil, b)
		}
		sc.clean, sc.out = grow(sc.clean, len(b)), grow(sc.out, len(b))
		return decodeBase64(sc.clean, sc.out, b)
	case "quoted-printable":
		if sc == nil {
			return decodeQP(nil, b)
		}
		sc.out = grow(sc.out, len(b))
		return decodeQP(sc.out, b)
	}
	return b
}

// grow returns b emptied, with room for n bytes.
func grow(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, 0, n)
	}
	return b[:0]
}

// decodeBase64 decodes b using clean and out (either may be nil) as
// buffers.
func decodeBase64(clean, out, b []byte) []byte {
	if cap(clean) < len(b) {
		clean = make([]byte, 0, len(b))
	}
	clean = clean[:0]
	for _, c := range b {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '=':
			// Padding ends the data; anything after it is ignored.
			goto done
		}
	}
done:
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	if n := base64.RawStdEncoding.DecodedLen(len(clean)); cap(out) < n {
		out = make([]byte, n)
	} else {
		out = out[:n]
	}
	n, _ := base64.RawStdEncoding.Decode(out, clean)
	return out[:n]
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// decodeQP decodes b, appending to out[:0] (out may be nil).
func decodeQP(out, b []byte) []byte {
	if cap(out) < len(b) {
		out = make([]byte, 0, len(b))
	}
	out = out[:0]
	i := 0
	for i < len(b) {
		if b[i] != '=' {
			// A run of plain bytes, copied at once. RFC 2045 6.7 (3):
			// whitespace that ends a line is dropped.
			j, next := i, -1
			for j < len(b) && b[j] != '=' {
				if c := b[j]; c == ' ' || c == '\t' {
					k := j
					for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
						k++
					}
					if k == len(b) || b[k] == '\n' || b[k] == '\r' {
						next = k
						break
					}
					j = k
					continue
				}
				j++
			}
			out = append(out, b[i:j]...)
			if next >= 0 {
				j = next
			}
			i = j
			continue
		}
		// Soft line break: "=" then optional whitespace, then CRLF or LF.
		j := i + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++
		}
		if j < len(b) && b[j] == '\r' {
			j++
		}
		if j < len(b) && b[j] == '\n' {
			i = j + 1
			continue
		}
		if j == len(b) {
			break
		}
		if i+2 < len(b) {
			h, ok1 := unhex(b[i+1])
			l, ok2 := unhex(b[i+2])
			if ok1 && ok2 {
				out = append(out, h<<4|l)
				i += 3
				continue
			}
		}
		out = append(out, '=')
		i++
	}
	return out
}

// decodeCharset converts b to UTF-8. An unknown or failing charset falls
// back to the bytes themselves, made valid UTF-8.
func decodeCharset(cs string, b []byte) (string, string) {
	cs = strings.ToLower(strings.Trim(strings.TrimSpace(cs), `"'`))
	switch cs {
	case "", "utf-8", "utf8", "us-ascii", "ascii", "unicode-1-1-utf-8":
		return toUTF8(string(b)), ""
	case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
		if utf8.Valid(b) && !hasC1(b) {
			return string(b), ""
		}
		return latin1(b), ""
	}
	r, err := charset.Reader(cs, bytes.NewReader(b))
	if err != nil {
		return toUTF8(string(b)), "unknown charset " + capString(toUTF8(cs), 40)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return toUTF8(string(b)), "charset " + capString(toUTF8(cs), 40) + ": " + trimErr(err)
	}
	return toUTF8(string(out)), ""
}

func hasC1(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// latin1 reads b as Windows-1252 (a superset of ISO-8859-1 in practice:
// mail labelled Latin-1 often carries Windows punctuation).
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		if c < 0x80 {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(cp1252[c])
		}
	}
	return sb.String()
}
