package demo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"path"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// meta is what a template's X-Seed-* lines say.
type meta struct {
	name, thread string
	folder       string
	at           time.Time
	kind         string
	meeting      time.Time
	cancel       bool
	reply        string // name of the message this one answers
	client       string // fastmail, gmail, outlook, apple, system
	qp           bool   // encode the (single-part) body quoted-printable
	src          string // the template without the X-Seed-* lines
}

// built is a rendered message, kept for the replies that quote it.
type built struct {
	meta
	msgID, refs string // refs: the References a reply starts from
	from, to    string // header values as written
	subject     string // decoded
	text        string // the readable text, for quoting
}

// render reads every template, orders them by their date and renders them.
func render(start time.Time) ([]SeedMessage, error) {
	names, err := fs.Glob(seedFS, "seed/*.eml.tmpl")
	if err != nil {
		return nil, fmt.Errorf("list templates: %w", err)
	}
	var metas []meta
	for _, n := range names {
		src, err := fs.ReadFile(seedFS, n)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", n, err)
		}
		m, err := parseMeta(start, strings.TrimSuffix(path.Base(n), ".eml.tmpl"), string(src))
		if err != nil {
			return nil, err
		}
		metas = append(metas, m)
	}
	done := map[string]*built{}
	var out []SeedMessage
	// Templates are rendered in date order, so the message a reply quotes is
	// always built before the reply.
	for len(metas) > 0 {
		first := 0
		for i := range metas {
			if metas[i].at.Before(metas[first].at) {
				first = i
			}
		}
		m := metas[first]
		metas = append(metas[:first], metas[first+1:]...)
		b, raw, err := build(start, m, done)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.name, err)
		}
		done[m.name] = b
		out = append(out, SeedMessage{
			At: m.at, Folder: m.folder, Raw: raw, Thread: m.thread, Name: m.name,
			WantKind: m.kind, WantMeeting: m.meeting, WantCancel: m.cancel,
		})
	}
	sortByAt(out)
	return out, nil
}

// parseMeta reads and removes the X-Seed-* lines at the top of a template.
func parseMeta(start time.Time, name, src string) (meta, error) {
	m := meta{name: name, thread: name[:strings.LastIndexByte(name, '-')]}
	var rest []string
	lines := strings.Split(src, "\n")
	for i, line := range lines {
		if line == "" { // end of the header block
			rest = append(rest, lines[i:]...)
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || !strings.HasPrefix(k, "X-Seed-") {
			rest = append(rest, line)
			continue
		}
		v = strings.TrimSpace(v)
		var err error
		switch k {
		case "X-Seed-Folder":
			m.folder = v
		case "X-Seed-At":
			m.at, err = parseWhen(start, v)
			// Seconds make the Date headers look like real mail; they come
			// from the name so that a given start always gives the same mail.
			m.at = m.at.Add(time.Duration(hash(name, "sec")[0]%60) * time.Second)
		case "X-Seed-Kind":
			m.kind = v
		case "X-Seed-Meeting":
			m.meeting, err = parseWhen(start, v)
		case "X-Seed-Cancel":
			m.cancel = v == "yes"
		case "X-Seed-Reply":
			m.reply = v
		case "X-Seed-Client":
			m.client = v
		case "X-Seed-Encoding":
			m.qp = v == "quoted-printable"
		default:
			err = fmt.Errorf("unknown line %s", k)
		}
		if err != nil {
			return m, fmt.Errorf("%s: %s: %w", name, k, err)
		}
	}
	if m.folder != FolderInbox && m.folder != FolderSent {
		return m, fmt.Errorf("%s: X-Seed-Folder %q: want %s or %s", name, m.folder, FolderInbox, FolderSent)
	}
	if m.at.IsZero() || m.kind == "" || m.client == "" {
		return m, fmt.Errorf("%s: X-Seed-At, X-Seed-Kind and X-Seed-Client are required", name)
	}
	m.src = strings.Join(rest, "\n")
	return m, nil
}

// parseWhen reads "DAY HH:MM ZONE": the calendar date start+DAY days (in
// OwnerZone) at HH:MM wall-clock time in ZONE.
func parseWhen(start time.Time, v string) (time.Time, error) {
	f := strings.Fields(v)
	if len(f) != 3 {
		return time.Time{}, fmt.Errorf("%q: want DAY HH:MM ZONE", v)
	}
	n, err := strconv.Atoi(f[0])
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: day: %w", v, err)
	}
	hm, err := time.Parse("15:04", f[1])
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: time: %w", v, err)
	}
	loc, err := time.LoadLocation(f[2])
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: zone: %w", v, err)
	}
	return day(start, n, hm.Hour(), hm.Minute(), loc), nil
}

// build renders one template into a complete message.
func build(start time.Time, m meta, done map[string]*built) (*built, []byte, error) {
	b := &built{meta: m}
	var parent *built
	if m.reply != "" {
		parent = done[m.reply]
		if parent == nil {
			return nil, nil, fmt.Errorf("replies to %s, which is not an earlier message", m.reply)
		}
	}
	t, err := template.New(m.name).Option("missingkey=error").Funcs(funcs(start, m, done)).Parse(m.src)
	if err != nil {
		return nil, nil, fmt.Errorf("parse template: %w", err)
	}
	var out bytes.Buffer
	if err := t.Execute(&out, nil); err != nil {
		return nil, nil, fmt.Errorf("render: %w", err)
	}
	head, body, ok := strings.Cut(out.String(), "\n\n")
	if !ok {
		return nil, nil, fmt.Errorf("no blank line after the header")
	}
	from, _ := mail.ParseAddress(headerValue(head, "From"))
	if from == nil {
		return nil, nil, fmt.Errorf("no readable From")
	}
	b.msgID = messageID(start, m, from.Address)
	b.from, b.to = headerValue(head, "From"), headerValue(head, "To")
	b.subject = headerValue(head, "Subject")
	if b.subject == "" {
		return nil, nil, fmt.Errorf("no Subject")
	}
	b.refs = "<" + b.msgID + ">"

	var h strings.Builder
	fmt.Fprintf(&h, "Date: %s\n", m.at.Format(time.RFC1123Z))
	for _, line := range strings.Split(head, "\n") {
		if strings.HasPrefix(line, "Subject:") {
			fmt.Fprintf(&h, "Subject: %s\n", encodeHeader(b.subject))
			fmt.Fprintf(&h, "Message-ID: <%s>\n", b.msgID)
			if parent != nil {
				fmt.Fprintf(&h, "In-Reply-To: <%s>\n", parent.msgID)
				fmt.Fprintf(&h, "References: %s\n", parent.refs)
				b.refs = parent.refs + "\n <" + b.msgID + ">"
			}
			continue
		}
		h.WriteString(line + "\n")
	}
	if headerValue(head, "MIME-Version") == "" {
		h.WriteString("MIME-Version: 1.0\n")
	}
	switch {
	case headerValue(head, "Content-Type") != "":
		if m.qp {
			return nil, nil, fmt.Errorf("X-Seed-Encoding is for single-part messages without a Content-Type")
		}
	case m.qp:
		h.WriteString("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")
		var enc bytes.Buffer
		w := quotedprintable.NewWriter(&enc)
		if _, err := w.Write([]byte(body)); err != nil {
			return nil, nil, fmt.Errorf("encode body: %w", err)
		}
		if err := w.Close(); err != nil {
			return nil, nil, fmt.Errorf("encode body: %w", err)
		}
		body = enc.String()
	default:
		cte := "7bit"
		if !isASCII(body) {
			cte = "8bit"
		}
		fmt.Fprintf(&h, "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: %s\n", cte)
	}
	raw := crlf(h.String() + "\n" + body)
	b.text, err = readableText(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("read back: %w", err)
	}
	return b, raw, nil
}

// headerValue returns the unfolded value of the first field called key in
// a rendered header block ("" if absent).
func headerValue(head, key string) string {
	lines := strings.Split(head, "\n")
	for i, line := range lines {
		k, v, ok := strings.Cut(line, ":")
		if !ok || !strings.EqualFold(k, key) {
			continue
		}
		for _, cont := range lines[i+1:] {
			if cont == "" || (cont[0] != ' ' && cont[0] != '\t') {
				break
			}
			v += " " + strings.TrimSpace(cont)
		}
		return strings.TrimSpace(v)
	}
	return ""
}

// encodeHeader writes a non-ASCII value as RFC 2047 encoded words, one
// folded line each.
func encodeHeader(v string) string {
	if isASCII(v) {
		return v
	}
	return strings.ReplaceAll(mime.QEncoding.Encode("utf-8", v), "?= =?", "?=\n =?")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// crlf turns the template's line ends into the CRLF that RFC 5322 and
// IMAP APPEND expect.
func crlf(s string) []byte {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return []byte(strings.ReplaceAll(s, "\n", "\r\n"))
}

// hash is the seed's deterministic randomness.
func hash(parts ...string) []byte {
	s := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return s[:]
}

// messageID makes a Message-ID in the style of the sender's mail program.
func messageID(start time.Time, m meta, fromAddr string) string {
	h := hash(start.Format("2006-01-02"), m.name, "msgid")
	x := strings.ToUpper(hex.EncodeToString(h))
	domain := fromAddr[strings.LastIndexByte(fromAddr, '@')+1:]
	switch m.client {
	case "gmail":
		const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
		id := []byte("CA")
		for _, c := range h[:30] {
			id = append(id, abc[int(c)%len(abc)])
		}
		return string(id) + "@mail.gmail.example"
	case "outlook":
		box := fmt.Sprintf("BN%dPR%02dMB%04d", 6+int(h[1])%3, 10+int(h[2])%10, int(h[3])*37%10000)
		return box + x[:20] + "@" + box + ".namprd" + strconv.Itoa(10+int(h[4])%10) + ".prod.outlook.example"
	case "apple":
		return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32] + "@" + domain
	case "system":
		return m.at.UTC().Format("20060102150405") + "." + strings.ToLower(x[:16]) + "@mailer." + domain
	default: // fastmail
		l := strings.ToLower(x)
		return l[0:8] + "-" + l[8:12] + "-4" + l[13:16] + "-a" + l[17:20] + "-" + l[20:32] + "@" + domain
	}
}
