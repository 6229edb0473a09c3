package demo

import (
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"regexp"
	"strings"
	"text/template"
	"time"
)

// funcs are what the seed templates call to write dates and quotes.
func funcs(start time.Time, m meta, done map[string]*built) template.FuncMap {
	ny := mustZone(OwnerZone)
	at := func(n int, hhmm, zone string) time.Time {
		w, err := parseWhen(start, fmt.Sprintf("%d %s %s", n, hhmm, zone))
		if err != nil {
			panic(err)
		}
		return w
	}
	return template.FuncMap{
		// day 10 -> "Friday, September 11"
		"day": func(n int) string { return day(start, n, 12, 0, ny).Format("Monday, January 2") },
		// dayf 10 "Jan 2" -> "Sep 11"
		"dayf": func(n int, layout string) string { return day(start, n, 12, 0, ny).Format(layout) },
		// clock 57 "14:00" "Europe/London" "America/New_York" "3:04 pm"
		// -> the New York wall-clock time of 14:00 London on day 57.
		"clock": func(n int, hhmm, zone, in, layout string) string {
			return at(n, hhmm, zone).In(mustZone(in)).Format(layout)
		},
		// hoursAhead 57 "14:00" "Europe/London" -> how far zone is ahead of
		// New York at that moment, in hours.
		"hoursAhead": func(n int, hhmm, zone string) int {
			t := at(n, hhmm, zone)
			_, a := t.Zone()
			_, b := t.In(ny).Zone()
			return (a - b) / 3600
		},
		// clocksChange 55 63: New York changes its clocks between the days.
		"clocksChange": func(a, b int) bool {
			_, x := day(start, a, 12, 0, ny).Zone()
			_, y := day(start, b, 12, 0, ny).Zone()
			return x != y
		},
		// ics 44 "12:30" -> "20261015T123000" (local time for a TZID).
		"ics": func(n int, hhmm string) string {
			return at(n, hhmm, "UTC").Format("20060102T150405")
		},
		// stamp -> this message's own date as an iCalendar UTC time.
		"stamp": func() string { return m.at.UTC().Format("20060102T150405Z") },
		// uid "owen" -> a stable calendar UID.
		"uid": func(key string) string {
			x := fmt.Sprintf("%x", hash(start.Format("2006-01-02"), key, "uid"))
			return x[:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
		},
		"quote":     func(name string) (string, error) { return quote(m, done[name], false) },
		"quoteHTML": func(name string) (string, error) { return quote(m, done[name], true) },
	}
}

// quote writes the earlier message p the way m's mail program quotes it in
// a reply, with dates in the replier's zone.
func quote(m meta, p *built, asHTML bool) (string, error) {
	if p == nil {
		return "", fmt.Errorf("quote: not an earlier message")
	}
	from, err := mail.ParseAddress(p.from)
	if err != nil {
		return "", fmt.Errorf("quote: from: %w", err)
	}
	when := p.at.In(m.at.Location())
	text := strings.TrimRight(p.text, "\n")
	prefixed := func() string {
		var b strings.Builder
		for _, line := range strings.Split(text, "\n") {
			if line == "" || strings.HasPrefix(line, ">") {
				b.WriteString(">" + line + "\n")
			} else {
				b.WriteString("> " + line + "\n")
			}
		}
		return strings.TrimRight(b.String(), "\n")
	}
	switch {
	case asHTML:
		var b strings.Builder
		b.WriteString(`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">` + "\n")
		fmt.Fprintf(&b, "<p class=\"MsoNormal\"><b>From:</b> %s<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s</p>\n</div>\n",
			html.EscapeString(p.from), when.Format("Monday, January 2, 2006 3:04 PM"),
			html.EscapeString(p.to), html.EscapeString(p.subject))
		for i, para := range strings.Split(text, "\n\n") {
			if i > 0 {
				b.WriteString("<p class=\"MsoNormal\"><br></p>\n")
			}
			para = html.EscapeString(para)
			fmt.Fprintf(&b, "<p class=\"MsoNormal\">%s</p>\n", strings.ReplaceAll(para, "\n", "<br>\n"))
		}
		return strings.TrimRight(b.String(), "\n"), nil
	case m.client == "outlook":
		return fmt.Sprintf("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s",
			p.from, when.Format("Monday, January 2, 2006 3:04 PM"), p.to, p.subject, text), nil
	case m.client == "gmail":
		return fmt.Sprintf("On %s %s <%s> wrote:\n%s",
			when.Format("Mon, Jan 2, 2006 at 3:04 PM"), from.Name, from.Address, prefixed()), nil
	case m.client == "apple":
		return fmt.Sprintf("On %s, %s <%s> wrote:\n\n%s",
			when.Format("Jan 2, 2006, at 3:04 PM"), from.Name, from.Address, prefixed()), nil
	default: // fastmail
		return fmt.Sprintf("On %s, at %s, %s wrote:\n%s",
			when.Format("Mon, 2 Jan 2006"), when.Format("15:04"), from.Name, prefixed()), nil
	}
}

// readableText returns what a person reads in a message: its first
// text/plain part, or its HTML with the tags taken out, decoded.
func readableText(raw []byte) (string, error) {
	msg, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		return "", fmt.Errorf("read message: %w", err)
	}
	plain, htm, err := walk(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body, 0)
	if err != nil {
		return "", err
	}
	if plain == "" && htm != "" {
		plain = stripHTML(htm)
	}
	return strings.ReplaceAll(plain, "\r\n", "\n"), nil
}

// walk finds the first text/plain and text/html parts under one entity.
func walk(ctype, cte string, body io.Reader, depth int) (plain, htm string, err error) {
	if ctype == "" {
		ctype = "text/plain"
	}
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		return "", "", fmt.Errorf("content type %q: %w", ctype, err)
	}
	if strings.HasPrefix(mt, "multipart/") && depth < 4 {
		r := multipart.NewReader(body, params["boundary"])
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				return plain, htm, nil
			}
			if err != nil {
				return "", "", fmt.Errorf("multipart: %w", err)
			}
			pl, ht, err := walk(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p, depth+1)
			if err != nil {
				return "", "", err
			}
			if plain == "" {
				plain = pl
			}
			if htm == "" {
				htm = ht
			}
		}
	}
	switch strings.ToLower(cte) {
	case "quoted-printable":
		body = quotedprintable.NewReader(body)
	case "base64":
		body = base64.NewDecoder(base64.StdEncoding, body)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		return "", "", fmt.Errorf("read %s: %w", mt, err)
	}
	switch mt {
	case "text/plain":
		return string(b), "", nil
	case "text/html":
		return "", string(b), nil
	}
	return "", "", nil
}

var (
	reHead  = regexp.MustCompile(`(?is)<head.*?</head>|<style.*?</style>`)
	reBreak = regexp.MustCompile(`(?i)<br\s*/?>|</p>|</div>`)
	reTag   = regexp.MustCompile(`<[^>]*>`)
	reBlank = regexp.MustCompile(`\n{3,}`)
)

func stripHTML(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\n", " ")
	s = reHead.ReplaceAllString(s, "")
	s = reBreak.ReplaceAllString(s, "$0\n")
	s = reTag.ReplaceAllString(s, "")
	var lines []string
	for _, l := range strings.Split(html.UnescapeString(s), "\n") {
		lines = append(lines, strings.TrimSpace(l))
	}
	return strings.TrimSpace(reBlank.ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}
