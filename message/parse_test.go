package message

import (
	"bytes"
	"strings"
	"testing"
)

func parseString(t *testing.T, s string) *Message {
	t.Helper()
	m, err := Parse(strings.NewReader(s))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return m
}

func TestParseHeaders(t *testing.T) {
	m := parseString(t, "From: =?utf-8?Q?Ren=C3=A9e_Castillo?= <RCastillo@Example.COM>\r\n"+
		"To: a@example.com, \"B, Bee\" <b@example.com>\r\nCc: undisclosed-recipients:;\r\n"+
		"Subject: =?iso-8859-1?Q?R=E9union?= du =?utf-8?B?bWFyZGk=?=\r\n"+
		"Date: Tue, 02 Sep 2025 11:02:37 -0400 (EDT)\r\nMessage-ID: <abc@x>\r\n"+
		"In-Reply-To: <p1@x> <p2@x>\r\nReferences: <r1@x>\r\n <r2@x>\r\n\r\nbody\r\n")
	if got, want := m.From.Name, "Renée Castillo"; got != want {
		t.Errorf("From.Name = %q, want %q", got, want)
	}
	if got, want := m.From.Addr, "rcastillo@example.com"; got != want {
		t.Errorf("From.Addr = %q, want %q", got, want)
	}
	if len(m.To) != 2 || m.To[1].Name != "B, Bee" {
		t.Errorf("To = %+v, want two addresses, the second named %q", m.To, "B, Bee")
	}
	if got, want := m.Subject, "Réunion du mardi"; got != want {
		t.Errorf("Subject = %q, want %q", got, want)
	}
	if !m.HasDate || m.Date.Format("2006-01-02 15:04 -0700") != "2025-09-02 11:02 -0400" {
		t.Errorf("Date = %v (has %v), want 2025-09-02 11:02 -0400", m.Date, m.HasDate)
	}
	if m.MessageID != "abc@x" || m.InReplyTo != "p1@x" || strings.Join(m.References, " ") != "r1@x r2@x" {
		t.Errorf("ids = %q %q %q", m.MessageID, m.InReplyTo, m.References)
	}
	if m.Text != "body\r\n" {
		t.Errorf("Text = %q, want %q", m.Text, "body\r\n")
	}
	if len(m.Problems) != 0 {
		t.Errorf("Problems = %q, want none", m.Problems)
	}
}

func TestParseLenient(t *testing.T) {
	tests := []struct {
		name, in     string
		text, html   string
		problem      string // a substring of some problem, "" for none expected
		calendars    int
		wantFromAddr string
	}{
		{name: "missing ids and date", in: "From: a@x\n\nhi\n", text: "hi\n", problem: "no Message-ID", wantFromAddr: "a@x"},
		{name: "8-bit latin-1 header", in: "From: Ren\xe9 <r@x>\nSubject: caf\xe9\n\nx\n", text: "x\n", wantFromAddr: "r@x"},
		{name: "malformed header line", in: "From: a@x\nthis is not a header\nSubject: s\n\nbody\n", text: "body\n", problem: "malformed"},
		{name: "unknown charset", in: "From: a@x\nContent-Type: text/plain; charset=x-klingon\n\nqapla\xe9\n", text: "qaplaé\n", problem: "unknown charset"},
		{name: "latin-1 qp", in: "From: a@x\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nR=E9union =\nsoon=3F\n", text: "Réunion soon?\n"},
		{name: "windows-1252 8bit", in: "From: a@x\nContent-Type: text/plain; charset=windows-1252\n\nd\x92accord \x96 ok\n", text: "d’accord – ok\n"},
		{name: "broken qp kept", in: "From: a@x\nContent-Transfer-Encoding: quoted-printable\n\n100=ZZ sure\n", text: "100=ZZ sure\n"},
		{name: "base64 with junk", in: "From: a@x\nContent-Transfer-Encoding: base64\n\naGVs\nbG8g*d29y\nbGQ=\n", text: "hello world"},
		{name: "multipart without boundary", in: "From: a@x\nContent-Type: multipart/mixed\n\nplain after all\n", text: "plain after all\n", problem: "without boundary"},
		{name: "multipart boundary never seen", in: "From: a@x\nContent-Type: multipart/alternative; boundary=zzz\n\njust text\n", text: "just text\n", problem: "without parts"},
		{
			name: "alternative with html and calendar, attachment skipped",
			in: "From: a@x\nContent-Type: multipart/mixed; boundary=b1\n\n--b1\nContent-Type: multipart/alternative; boundary=b2\n\n" +
				"--b2\nContent-Type: text/plain; charset=utf-8\n\nplain\n--b2\nContent-Type: text/html\n\n<p>html</p>\n--b2--\n" +
				"--b1\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n" +
				"--b1\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nnot the body\n" +
				"--b1\nContent-Type: application/octet-stream; name=invite.ics\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n--b1--\n",
			text: "plain", html: "<p>html</p>", calendars: 2,
		},
		{name: "mbox From line", in: "From someone Tue Sep  2 11:02:37 2025\nFrom: a@x\n\nhi\n", text: "hi\n", wantFromAddr: "a@x"},
	}
	for _, tt := range tests {
		m := parseString(t, tt.in)
		if m.Text != tt.text {
			t.Errorf("%s: Text = %q, want %q", tt.name, m.Text, tt.text)
		}
		if m.HTML != tt.html {
			t.Errorf("%s: HTML = %q, want %q", tt.name, m.HTML, tt.html)
		}
		if len(m.Calendar) != tt.calendars {
			t.Errorf("%s: %d calendars, want %d", tt.name, len(m.Calendar), tt.calendars)
		}
		if tt.problem != "" && !strings.Contains(strings.Join(m.Problems, "|"), tt.problem) {
			t.Errorf("%s: Problems = %q, want one mentioning %q", tt.name, m.Problems, tt.problem)
		}
		if tt.wantFromAddr != "" && m.From.Addr != tt.wantFromAddr {
			t.Errorf("%s: From = %q, want %q", tt.name, m.From.Addr, tt.wantFromAddr)
		}
		for _, s := range append([]string{m.Text, m.HTML, m.Subject, m.From.Name}, m.Problems...) {
			if !isValidUTF8(s) {
				t.Errorf("%s: invalid UTF-8 in %q", tt.name, s)
			}
		}
	}
}

func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "\n\nbody only\n", "   \n"} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("Parse(%q) = nil error, want one", in)
		}
	}
}

func TestParseCaps(t *testing.T) {
	big := strings.Repeat("x", 3*MaxPartBytes)
	m := parseString(t, "From: a@x\n\n"+big)
	if len(m.Text) > MaxPartBytes {
		t.Errorf("Text is %d bytes, want at most %d", len(m.Text), MaxPartBytes)
	}
	// a deep multipart nest stops at maxDepth without failing
	var b bytes.Buffer
	b.WriteString("From: a@x\nContent-Type: multipart/mixed; boundary=b0\n\n")
	for i := 1; i < 40; i++ {
		b.WriteString("--b" + string(rune('0'+i%10)) + "\nContent-Type: multipart/mixed; boundary=b" + string(rune('0'+(i+1)%10)) + "\n\n")
	}
	m = parseString(t, b.String())
	if m.Text != "" {
		t.Errorf("deep nest: Text = %q", m.Text)
	}
}

func TestBuild(t *testing.T) {
	hdr := []byte("From: Ana <ana@x>\r\nSubject: hi\r\nDate: Fri, 13 Mar 2026 09:00:00 +0000\r\nMessage-ID: <b@x>\r\n\r\n")
	m, err := Build(hdr, []Part{
		{Type: "text/plain", Charset: "iso-8859-1", Encoding: "quoted-printable", Body: []byte("caf=E9")},
		{Type: "TEXT/HTML", Charset: "utf-8", Encoding: "base64", Body: []byte("PGI+aGk8L2I+")},
		{Type: "application/ics", Body: []byte("BEGIN:VCALENDAR")},
		{Type: "image/png", Body: []byte("\x89PNG")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "café" || m.HTML != "<b>hi</b>" || len(m.Calendar) != 1 || m.MessageID != "b@x" {
		t.Errorf("Build = text %q html %q cal %d id %q", m.Text, m.HTML, len(m.Calendar), m.MessageID)
	}
	if !bytes.Equal(m.RawHeader, hdr) {
		t.Errorf("RawHeader not kept")
	}
	if _, err := Build([]byte("\r\n"), nil); err == nil {
		t.Errorf("Build(empty header) = nil error")
	}
}

func TestParseDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Tue, 02 Sep 2025 11:02:37 -0400", "2025-09-02T11:02:37-04:00"},
		{"2 Sep 2025 11:02:37 +0100", "2025-09-02T11:02:37+01:00"},
		{"Tue, 2 Sep 2025 11:02 -0400", "2025-09-02T11:02:00-04:00"},
		{"Tue,  2 Sep 2025 11:02:37 -0400 (EDT)", "2025-09-02T11:02:37-04:00"},
		{"Mon Sep  6 18:13:17 2002", "2002-09-06T18:13:17Z"},
		{"not a date", ""},
	} {
		got, ok := ParseDate(tt.in)
		s := ""
		if ok {
			s = got.Format("2006-01-02T15:04:05Z07:00")
		}
		if s != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}
