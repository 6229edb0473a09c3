package message

import (
	"bytes"
	"encoding/base64"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
)

// decodeTransfer undoes a Content-Transfer-Encoding leniently: bad base64
// characters are skipped, a broken quoted-printable escape is kept as
// written, an unknown encoding leaves the bytes as they are.
func decodeTransfer(enc string, b []byte) []byte {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "base64":
		return decodeBase64(b)
	case "quoted-printable":
		return decodeQP(b)
	}
	return b
}

func decodeBase64(b []byte) []byte {
	clean := make([]byte, 0, len(b))
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
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
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

func decodeQP(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			if c == ' ' || c == '\t' {
				// RFC 2045 6.7 (3): trailing whitespace on a line is dropped.
				j := i
				for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
					j++
				}
				if j == len(b) || b[j] == '\n' || b[j] == '\r' {
					i = j - 1
					continue
				}
			}
			out = append(out, c)
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
			i = j
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
				i += 2
				continue
			}
		}
		out = append(out, c)
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
