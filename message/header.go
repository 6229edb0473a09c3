package message

import (
	"bytes"
	"mime"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"

	"github.com/followupd/followupd/domain"
)

// field is one header field as it appeared: canonical key, value with
// folding removed (not yet decoded).
type field struct {
	key, value string
}

// splitHeader splits a raw header block into fields. It is lenient where
// go-message's reader is strict: a line that is neither "Key: value" nor a
// continuation is skipped and reported, instead of ending the header.
func splitHeader(raw []byte) (fields []field, problems []string) {
	// The values are gathered in one buffer and become one string that
	// the fields slice, instead of one allocation each.
	var all strings.Builder
	all.Grow(len(raw))
	nl := bytes.Count(raw, []byte("\n")) + 1 // at least the number of fields
	fields = make([]field, 0, nl)
	ends := make([]int, 0, nl)
	var cur []byte
	var curKey string
	flush := func() {
		if curKey != "" {
			fields = append(fields, field{key: curKey})
			all.Write(bytes.TrimSpace(cur))
			ends = append(ends, all.Len())
		}
		curKey, cur = "", cur[:0]
	}
	skipped := 0
	for len(raw) > 0 {
		var line []byte
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			line, raw = raw, nil
		}
		for len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		if len(line) == 0 {
			break // end of header block
		}
		if line[0] == ' ' || line[0] == '\t' {
			if curKey != "" {
				cur = append(cur, ' ')
				cur = append(cur, bytes.TrimSpace(line)...)
			}
			continue
		}
		flush()
		i := bytes.IndexByte(line, ':')
		key := line[:max(i, 0)]
		for len(key) > 0 && (key[len(key)-1] == ' ' || key[len(key)-1] == '\t') {
			key = key[:len(key)-1] // bytes.TrimRight(key, " \t")
		}
		if i <= 0 || !validKey(key) {
			skipped++
			continue
		}
		curKey = canonicalKey(key)
		cur = append(cur[:0], bytes.TrimSpace(line[i+1:])...)
	}
	flush()
	values := all.String()
	from := 0
	for k := range fields {
		fields[k].value = values[from:ends[k]]
		from = ends[k]
	}
	if skipped > 0 {
		problems = append(problems, "header: skipped malformed lines")
	}
	return fields, problems
}

// canonicalKey is textproto.CanonicalMIMEHeaderKey(string(k)), without
// allocating for the header names mail usually carries.
func canonicalKey(k []byte) string {
	if c, ok := commonKeys[string(k)]; ok {
		return c
	}
	return textproto.CanonicalMIMEHeaderKey(string(k))
}

// commonKeys maps frequent header names, as written, to their canonical
// form (computed by textproto, so the two always agree).
var commonKeys = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{"Received", "From", "To", "Cc", "Bcc", "Subject", "Date", "Message-Id", "Message-ID",
		"In-Reply-To", "References", "Reply-To", "Sender", "Return-Path", "Delivered-To", "Mime-Version", "MIME-Version",
		"Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "X-Mailer", "List-Id", "List-Unsubscribe",
		"List-Subscribe", "List-Help", "List-Post", "List-Archive", "Precedence", "Errors-To", "X-Beenthere",
		"X-Mailman-Version", "X-Priority", "X-Msmail-Priority", "X-MSMail-Priority", "X-Mimeole", "X-MimeOLE",
		"X-Spam-Status", "X-Spam-Level", "X-Spam-Checker-Version", "X-Spam-Flag", "X-Loop", "Auto-Submitted",
		"Thread-Topic", "Thread-Index", "Importance", "Organization", "User-Agent", "X-Original-To", "Envelope-To",
		"X-Original-Date", "X-Originating-IP", "X-Authentication-Warning", "Content-Length", "Lines", "Status",
		"X-Status", "X-Keywords", "X-UID", "X-Virus-Scanned", "Dkim-Signature", "DKIM-Signature", "X-Google-Dkim-Signature",
		"Arc-Seal", "Arc-Message-Signature", "Arc-Authentication-Results", "Authentication-Results",
		"Received-Spf", "Received-SPF", "X-Received", "X-Gm-Message-State", "X-Google-Smtp-Source",
		"Content-Language", "Accept-Language", "X-Ms-Has-Attach", "X-Ms-Tnef-Correlator", "X-Mailing-List",
		"Mailing-List", "X-List", "List-Owner", "X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond",
		"Feedback-Id", "X-Campaign", "X-Mailgun-Sid", "X-Sg-Eid", "Return-Receipt-To", "Disposition-Notification-To"} {
		m[k] = textproto.CanonicalMIMEHeaderKey(k)
		m[strings.ToLower(k)] = textproto.CanonicalMIMEHeaderKey(strings.ToLower(k))
	}
	return m
}()

func validKey(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for _, c := range k {
		if c < 33 || c > 126 || c == ':' {
			return false
		}
	}
	return true
}

var wordDecoder = &mime.WordDecoder{CharsetReader: charset.Reader}

// decodeWords decodes RFC 2047 encoded words and makes the result valid
// UTF-8 (8-bit header bytes in a legacy charset are read as Windows-1252).
func decodeWords(v string) string {
	v = toUTF8(v)
	if !strings.Contains(v, "=?") {
		return v
	}
	if d, err := wordDecoder.DecodeHeader(v); err == nil {
		return toUTF8(d)
	}
	return v
}

// fillHeader sets the Message fields that come from the header.
func (m *Message) fillHeader(fields []field) {
	m.Header = make(map[string][]string, len(fields))
	// One backing array: a key seen once gets a one-element slice of it
	// (cap 1, so an append elsewhere copies rather than overwrites).
	backing := make([]string, len(fields))
	for i, f := range fields {
		v := decodeWords(f.value)
		if have, ok := m.Header[f.key]; ok {
			m.Header[f.key] = append(have, v)
			continue
		}
		backing[i] = v
		m.Header[f.key] = backing[i : i+1 : i+1]
	}
	first := func(k string) string {
		if v := m.Header[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	m.Subject = strings.TrimSpace(first("Subject"))
	m.MessageID = firstID(first("Message-Id"))
	if m.MessageID == "" {
		m.Problems = append(m.Problems, "header: no Message-ID")
	}
	m.InReplyTo = firstID(first("In-Reply-To"))
	m.References = allIDs(strings.Join(m.Header["References"], " "))
	if d := first("Date"); d != "" {
		if t, ok := ParseDate(d); ok {
			m.Date, m.HasDate = t, true
		} else {
			m.Problems = append(m.Problems, "header: unreadable Date")
		}
	} else {
		m.Problems = append(m.Problems, "header: no Date")
	}
	if a := parseAddrs(rawFirst(fields, "From")); len(a) > 0 {
		m.From = a[0]
	}
	m.To = parseAddrs(rawAll(fields, "To"))
	m.Cc = parseAddrs(rawAll(fields, "Cc"))
	m.ReplyTo = parseAddrs(rawAll(fields, "Reply-To"))
}

func rawFirst(fields []field, k string) string {
	for _, f := range fields {
		if f.key == k {
			return f.value
		}
	}
	return ""
}

func rawAll(fields []field, k string) string {
	var parts []string
	for _, f := range fields {
		if f.key == k {
			parts = append(parts, f.value)
		}
	}
	return strings.Join(parts, ", ")
}

// firstID returns the first <msg-id> in v without angle brackets, or the
// trimmed value when it has none.
func firstID(v string) string {
	ids := allIDs(v)
	if len(ids) > 0 {
		return ids[0]
	}
	v = strings.TrimSpace(v)
	if strings.ContainsAny(v, " \t<>") {
		return ""
	}
	return v
}

func allIDs(v string) []string {
	var out []string
	for len(v) > 0 && len(out) < 100 {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" {
			out = append(out, id)
		}
		v = v[i+j+1:]
	}
	return out
}

var addrParser = &mail.AddressParser{WordDecoder: wordDecoder}

// parseAddrs reads an address list, falling back to picking out anything
// that looks like an addr-spec when the list is not RFC 5322.
func parseAddrs(v string) []domain.Address {
	v = strings.TrimSpace(toUTF8(v))
	if v == "" {
		return nil
	}
	if len(v) > 8<<10 {
		v = v[:8<<10]
	}
	if list, err := addrParser.ParseList(v); err == nil {
		out := make([]domain.Address, 0, len(list))
		for _, a := range list {
			out = append(out, domain.Address{Name: a.Name, Addr: domain.NormAddr(a.Address)})
		}
		return out
	}
	var out []domain.Address
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if a, err := addrParser.Parse(part); err == nil {
			out = append(out, domain.Address{Name: a.Name, Addr: domain.NormAddr(a.Address)})
			continue
		}
		name, addr := part, ""
		if i := strings.LastIndexByte(part, '<'); i >= 0 {
			name = strings.Trim(strings.TrimSpace(part[:i]), `"`)
			addr = strings.TrimRight(part[i+1:], "> ")
		} else if strings.Contains(part, "@") {
			name, addr = "", part
		}
		if strings.Contains(addr, "@") {
			out = append(out, domain.Address{Name: decodeWords(name), Addr: domain.NormAddr(addr)})
		}
	}
	return out
}

// extraDateLayouts are Date header forms seen in the wild that net/mail
// does not accept.
var extraDateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"Mon, Jan 2 2006 15:04:05 -0700",
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
}

// ParseDate reads a Date header leniently: RFC 5322 first, then common
// deviations (a trailing comment, two-digit years, missing seconds).
func ParseDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 200 {
		return time.Time{}, false
	}
	if t, ok := parseDateCommon(v); ok {
		return t, true
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t, true
	}
	// Drop a trailing "(PDT)"-style comment and doubled spaces.
	if i := strings.IndexByte(v, '('); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	v = strings.Join(strings.Fields(v), " ")
	if t, err := mail.ParseDate(v); err == nil {
		return t, true
	}
	for _, l := range extraDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// commonDateLayout is the first layout net/mail tries that can match a
// date with a day name ("Mon, 2 Jan 2006 15:04:05 -0700").
const commonDateLayout = "Mon, 2 Jan 2006 15:04:05 -0700"

// parseDateCommon gives mail.ParseDate's answer for the usual Date form
// without its trial of 48 layouts. net/mail cuts the date after the first
// numeric zone ('+' or '-' and four more bytes) and tries its layouts in
// order; all those before commonDateLayout lack the day name, so they
// cannot match a date that starts with one. What follows the zone is a
// comment at most: if it is broken, ParseDate's own retry without it
// reads the same date. ok is false when the fast path does not apply.
func parseDateCommon(v string) (time.Time, bool) {
	if len(v) < 8 || v[3] != ',' || strings.ContainsAny(v, "\r\n") {
		return time.Time{}, false
	}
	ind := strings.IndexAny(v, "+-")
	if ind < 0 || len(v) < ind+5 {
		return time.Time{}, false
	}
	t, err := time.Parse(commonDateLayout, v[:ind+5])
	return t, err == nil
}

// toUTF8 returns s unchanged when it is valid UTF-8, else reads it as
// Windows-1252, the usual culprit for undeclared 8-bit text.
func toUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(cp1252[s[0]])
		} else {
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
	return b.String()
}

// cp1252 maps every byte to the rune Windows-1252 gives it (Latin-1 with
// typographic punctuation in 0x80-0x9F).
var cp1252 = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	hi := []rune{'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
		0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ'}
	copy(t[0x80:], hi)
	return t
}()
