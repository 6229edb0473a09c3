package message

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"sync"

	"github.com/emersion/go-message/textproto"
)

// Limits on the MIME walk, so that a hostile message costs bounded work.
const (
	MaxMessageBytes = 32 << 20 // Parse reads no more than this of one message
	maxParts        = 64       // body parts visited per message
	maxDepth        = 8        // multipart nesting
	maxRawPart      = 3 * MaxPartBytes
)

// Parse reads one whole RFC 5322 message (an .eml file, one mbox entry
// with or without its "From " line). It returns an error only when no
// header could be read at all; everything else that is wrong is recorded
// in Problems.
func Parse(r io.Reader) (*Message, error) {
	br := readerPool.Get().(*bufio.Reader)
	br.Reset(io.LimitReader(r, MaxMessageBytes))
	defer func() {
		br.Reset(nil)
		readerPool.Put(br)
	}()
	raw, truncated, err := readHeaderBlock(br)
	if err != nil && len(raw) == 0 {
		return nil, fmt.Errorf("read header: %w", err)
	}
	fields, problems := splitHeader(raw)
	if len(fields) == 0 {
		return nil, errors.New("read header: no header fields")
	}
	m := &Message{RawHeader: raw, Problems: problems}
	if truncated {
		m.Problems = append(m.Problems, fmt.Sprintf("header: longer than %d bytes, cut", MaxHeaderBytes))
	}
	m.fillHeader(fields)
	ct := rawFirst(fields, "Content-Type")
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	w := walker{m: m, sc: sc}
	w.entity(ct, rawFirst(fields, "Content-Transfer-Encoding"), rawFirst(fields, "Content-Disposition"), br, 0)
	return m, nil
}

var readerPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}

// readHeaderBlock reads up to and including the blank line that ends the
// header, keeping at most MaxHeaderBytes; an mbox "From " line is dropped.
func readHeaderBlock(br *bufio.Reader) (raw []byte, truncated bool, err error) {
	hb := headerBufs.Get().(*[]byte)
	defer headerBufs.Put(hb)
	raw, truncated, err = readHeaderInto((*hb)[:0], br)
	*hb = raw[:0]
	return bytes.Clone(raw), truncated, err // one allocation of the right size
}

// headerBufs recycles the buffer a header block is gathered in.
var headerBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// readHeaderInto is readHeaderBlock appending to raw.
func readHeaderInto(raw []byte, br *bufio.Reader) ([]byte, bool, error) {
	truncated := false
	first := true
	for {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// An overlong line: keep what fits, drop the rest of it.
			for err == bufio.ErrBufferFull {
				if len(raw)+len(line) <= MaxHeaderBytes {
					raw = append(raw, line...)
				} else {
					truncated = true
				}
				line, err = br.ReadSlice('\n')
			}
		}
		if first {
			first = false
			if bytes.HasPrefix(line, []byte("From ")) {
				continue
			}
			for len(bytes.TrimSpace(line)) == 0 && err == nil {
				line, err = br.ReadSlice('\n') // leading blank lines
			}
		}
		if onlyCRLF(line) {
			return raw, truncated, nil
		}
		if len(raw)+len(line) <= MaxHeaderBytes {
			raw = append(raw, line...)
		} else {
			truncated = true
		}
		if err != nil {
			if err == io.EOF {
				return raw, truncated, nil
			}
			return raw, truncated, err
		}
	}
}

// onlyCRLF is len(bytes.TrimRight(line, "\r\n")) == 0.
func onlyCRLF(line []byte) bool {
	for _, c := range line {
		if c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

type walker struct {
	m     *Message
	parts int
	sc    *scratch // buffers for the parts' bytes, reused part after part
}

// entity handles one MIME entity whose header values are given raw and
// whose body (still transfer-encoded) is r.
func (w *walker) entity(ctype, cte, disp string, r io.Reader, depth int) {
	w.parts++
	if w.parts > maxParts {
		if w.parts == maxParts+1 {
			w.m.Problems = append(w.m.Problems, fmt.Sprintf("mime: more than %d parts, rest skipped", maxParts))
		}
		return
	}
	mt, params := parseContentType(ctype)
	if strings.HasPrefix(mt, "multipart/") {
		if depth >= maxDepth {
			w.m.Problems = append(w.m.Problems, "mime: nesting too deep")
			return
		}
		b := params["boundary"]
		if b == "" {
			w.m.Problems = append(w.m.Problems, "mime: multipart without boundary, read as text")
			w.text("text/plain", params["charset"], cte, r)
			return
		}
		// Keep the start of the body: when no boundary is ever found it
		// is most likely one text part under a wrong header.
		cr := &captureReader{r: r, max: maxRawPart}
		mr := textproto.NewMultipartReader(cr, b)
		for i := 0; ; i++ {
			p, err := mr.NextPart()
			if err == io.EOF && i > 0 {
				break
			}
			if err != nil {
				if i == 0 {
					w.m.Problems = append(w.m.Problems, "mime: multipart without parts, read as text")
					w.text("text/plain", "", cte, bytes.NewReader(cr.buf))
					return
				}
				w.m.Problems = append(w.m.Problems, "mime: broken multipart: "+trimErr(err))
				break
			}
			cr.stop() // a boundary was found: no need to keep the start
			w.entity(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"),
				p.Header.Get("Content-Disposition"), p, depth+1)
			if w.parts > maxParts {
				break
			}
		}
		return
	}
	attachment := false
	if d, _ := parseContentType(disp); d == "attachment" {
		attachment = true
	}
	switch {
	case mt == "text/calendar" || mt == "application/ics" ||
		(isICSName(params["name"]) || isICSName(dispFilename(disp))):
		w.text("text/calendar", params["charset"], cte, r)
	case attachment:
		// Not read: the walk skips it at the next boundary.
	case mt == "text/plain" || mt == "" || mt == "text":
		w.text("text/plain", params["charset"], cte, r)
	case mt == "text/html":
		w.text("text/html", params["charset"], cte, r)
	}
}

// text reads, decodes and stores one body part, capped.
func (w *walker) text(typ, cs, cte string, r io.Reader) {
	raw, err := readAllInto(w.sc.raw[:0], io.LimitReader(r, maxRawPart+1))
	w.sc.raw = raw
	if err != nil {
		w.m.Problems = append(w.m.Problems, typ+": read: "+trimErr(err))
	}
	if len(raw) > maxRawPart {
		raw = raw[:maxRawPart]
		w.m.Problems = append(w.m.Problems, typ+": part cut at size cap")
	}
	w.m.addWith(Part{Type: typ, Charset: cs, Encoding: cte, Body: raw}, w.sc)
}

// readAllInto is io.ReadAll appending to b.
func readAllInto(b []byte, r io.Reader) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
	}
}

// add decodes p and appends it to the matching field of m.
func (m *Message) add(p Part) { m.addWith(p, nil) }

// addWith is add decoding in sc's buffers (nil: fresh ones). The decoded
// bytes are copied into m, never kept.
func (m *Message) addWith(p Part, sc *scratch) {
	body := decodeTransferTo(sc, p.Encoding, p.Body)
	s, prob := decodeCharset(p.Charset, body)
	if prob != "" {
		m.Problems = append(m.Problems, p.Type+": "+prob)
	}
	limit := MaxPartBytes
	if p.Type == "text/calendar" {
		limit = MaxCalBytes
	}
	s = capString(s, limit)
	switch p.Type {
	case "text/calendar", "application/ics":
		m.Calendar = append(m.Calendar, s)
	case "text/html":
		m.HTML = joinPart(m.HTML, s)
	default:
		m.Text = joinPart(m.Text, s)
	}
}

func joinPart(have, s string) string {
	if have == "" {
		return s
	}
	return capString(have+"\n"+s, 2*MaxPartBytes)
}

// capString cuts s to at most n bytes at a rune boundary.
func capString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// parseContentType is mime.ParseMediaType with a lenient fallback: the
// media type before the first ';' and any boundary/charset/name params
// that can be picked out.
func parseContentType(v string) (string, map[string]string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", map[string]string{}
	}
	if mt, params, err := mime.ParseMediaType(v); err == nil {
		return mt, params
	}
	params := map[string]string{}
	parts := strings.Split(v, ";")
	mt := strings.ToLower(strings.TrimSpace(parts[0]))
	for _, p := range parts[1:] {
		k, val, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		val = strings.Trim(strings.TrimSpace(val), `"'`)
		if _, seen := params[k]; !seen && k != "" {
			params[k] = val
		}
	}
	return mt, params
}

func dispFilename(disp string) string {
	_, p := parseContentType(disp)
	return p["filename"]
}

func isICSName(n string) bool {
	n = strings.ToLower(n)
	return strings.HasSuffix(n, ".ics") || strings.HasSuffix(n, ".vcs")
}

func trimErr(err error) string {
	s := err.Error()
	if len(s) > 120 {
		s = s[:120]
	}
	return toUTF8(s)
}

// captureReader passes reads through and keeps the first max bytes.
type captureReader struct {
	r   io.Reader
	buf []byte
	max int
}

func (c *captureReader) stop() { c.buf, c.max = nil, 0 }

func (c *captureReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if room := c.max - len(c.buf); room > 0 && n > 0 {
		c.buf = append(c.buf, p[:min(n, room)]...)
	}
	return n, err
}
