package notify

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-message/mail"

	"github.com/followupd/followupd/domain"
)

var (
	testZone = time.FixedZone("CET", 3600)
	testNow  = time.Date(2026, 3, 2, 9, 0, 0, 0, testZone) // a Monday
	testFmt  = &Format{Location: testZone}
	owner    = domain.Address{Name: "Sam Owner", Addr: "sam@example.org"}
)

func clock() time.Time { return testNow }

// dana is a confirm reminder as the rule engine writes it.
func dana() *domain.Reminder {
	return &domain.Reminder{
		ID:        "confirm:dana@example.com:42:20260303",
		Rule:      "confirm",
		Contact:   domain.Address{Name: "Dana Whitfield", Addr: "dana@example.com"},
		ThreadID:  42,
		Subject:   "Re: Coffee next week?",
		Due:       testNow,
		Why:       "Dana confirmed Tuesday 15:00 on Feb 26",
		MeetingAt: time.Date(2026, 3, 3, 15, 0, 0, 0, testZone),
		Body:      "Your meeting with Dana is tomorrow at 15:00.",
		Draft:     "Hi Dana,\n\nLooking forward to tomorrow at 15:00.\n\nSam",
		ReplyTo:   "CAF00d@mail.example.com",
		ThreadAt:  time.Date(2026, 2, 26, 17, 30, 0, 0, testZone),
	}
}

// parsed is a message read back with go-message.
type parsed struct {
	h     mail.Header
	raw   string
	text  string
	html  string
	parts []string // content types
}

func parseMsg(t *testing.T, raw []byte) parsed {
	t.Helper()
	mr, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse message: %v\n%s", err, raw)
	}
	p := parsed{h: mr.Header, raw: string(raw)}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read part: %v", err)
		}
		b, _ := io.ReadAll(part.Body)
		ct, _, _ := part.Header.(*mail.InlineHeader).ContentType()
		p.parts = append(p.parts, ct)
		switch ct {
		case "text/plain":
			p.text += string(b)
		case "text/html":
			p.html += string(b)
		}
	}
	return p
}

// headerBlock returns the raw header lines of a message (unfolded).
func headerBlock(raw string) []string {
	end := strings.Index(raw, "\r\n\r\n")
	if end < 0 {
		end = len(raw)
	}
	var lines []string
	for _, l := range strings.Split(raw[:end], "\r\n") {
		if len(lines) > 0 && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
			lines[len(lines)-1] += l
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// headerNames lists the field names of the top-level header.
func headerNames(raw string) []string {
	var names []string
	for _, l := range headerBlock(raw) {
		if i := strings.IndexByte(l, ':'); i > 0 {
			names = append(names, strings.ToLower(l[:i]))
		}
	}
	return names
}

// fakeMailbox is a Mailbox in memory.
type fakeMailbox struct {
	folders  map[FolderRole][]string // Message-IDs
	searched []string
	appended int
	err      error
}

func (m *fakeMailbox) put(f FolderRole, id string) {
	if m.folders == nil {
		m.folders = map[FolderRole][]string{}
	}
	m.folders[f] = append(m.folders[f], id)
}

func (m *fakeMailbox) Append(ctx context.Context, f FolderRole, _ []imap.Flag, _ time.Time, msg []byte) error {
	if m.err != nil {
		return m.err
	}
	m.appended++
	m.put(f, readMessageID(msg))
	return nil
}

func (m *fakeMailbox) Contains(ctx context.Context, f FolderRole, id string) (bool, error) {
	m.searched = append(m.searched, string(f))
	if m.err != nil {
		return false, m.err
	}
	for _, v := range m.folders[f] {
		if v == id {
			return true, nil
		}
	}
	return false, nil
}

// readMessageID returns a raw message's Message-ID, or "".
func readMessageID(raw []byte) string {
	mr, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	defer mr.Close()
	id, _ := mr.Header.MessageID()
	return id
}
