package demo

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

// starts: the default, one whose ten weeks cross the spring switches (US
// 8 March, EU 29 March 2026), and one with no switch at all.
func starts(t *testing.T) []time.Time {
	ny := mustZone(OwnerZone)
	return []time.Time{
		DefaultStart(),
		time.Date(2026, time.February, 23, 8, 0, 0, 0, ny),
		time.Date(2027, time.June, 7, 7, 30, 0, 0, ny),
	}
}

func TestSeedMessagesAreWellFormed(t *testing.T) {
	for _, start := range starts(t) {
		t.Run(start.Format("2006-01-02"), func(t *testing.T) {
			msgs := Seed(start)
			if len(msgs) < 30 {
				t.Fatalf("Seed: %d messages, want at least 30", len(msgs))
			}
			byID := map[string]SeedMessage{}
			for i, m := range msgs {
				if i > 0 && m.At.Before(msgs[i-1].At) {
					t.Errorf("%s: At %v before the previous message's %v: not sorted", m.Name, m.At, msgs[i-1].At)
				}
				if m.At.Before(start) || !m.At.Before(End(start)) {
					t.Errorf("%s: At %v outside [%v, %v)", m.Name, m.At, start, End(start))
				}
				checkRaw(t, m)
				msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
				if err != nil {
					t.Fatalf("%s: net/mail: %v", m.Name, err)
				}
				h := msg.Header
				date, err := mail.ParseDate(h.Get("Date"))
				if err != nil {
					t.Fatalf("%s: Date %q: %v", m.Name, h.Get("Date"), err)
				}
				_, off := m.At.Zone()
				if _, doff := date.Zone(); !date.Equal(m.At) || doff != off {
					t.Errorf("%s: Date header %v, want %v (offset %d)", m.Name, date, m.At, off)
				}
				id := strings.Trim(h.Get("Message-ID"), "<>")
				if id == "" || !strings.Contains(id, "@") {
					t.Errorf("%s: Message-ID %q", m.Name, h.Get("Message-ID"))
				}
				if prev, dup := byID[id]; dup {
					t.Errorf("%s: Message-ID %s already used by %s", m.Name, id, prev.Name)
				}
				byID[id] = m
				from, err := mail.ParseAddress(h.Get("From"))
				if err != nil {
					t.Fatalf("%s: From: %v", m.Name, err)
				}
				if sent := m.Folder == FolderSent; sent != (from.Address == Owner) {
					t.Errorf("%s: folder %s but From %s", m.Name, m.Folder, from.Address)
				}
				if _, err := h.AddressList("To"); err != nil {
					t.Errorf("%s: To: %v", m.Name, err)
				}
				if subj, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject")); err != nil || subj == "" {
					t.Errorf("%s: Subject %q: %v", m.Name, h.Get("Subject"), err)
				}
				checkThreading(t, m, h, byID)
				checkWant(t, m)
			}
		})
	}
}

// checkRaw: CRLF line ends only, no line over RFC 5322's 998 octets, and
// 8-bit bytes only in parts that declare them.
func checkRaw(t *testing.T, m SeedMessage) {
	t.Helper()
	for i, line := range bytes.Split(m.Raw, []byte("\r\n")) {
		if bytes.IndexByte(line, '\n') >= 0 || bytes.IndexByte(line, '\r') >= 0 {
			t.Errorf("%s: line %d: bare CR or LF", m.Name, i+1)
		}
		if len(line) > 998 {
			t.Errorf("%s: line %d: %d octets", m.Name, i+1, len(line))
		}
	}
	msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
	if err != nil {
		t.Fatalf("%s: %v", m.Name, err)
	}
	var check func(ctype, cte string, body io.Reader)
	check = func(ctype, cte string, body io.Reader) {
		mt, params, err := mime.ParseMediaType(ctype)
		if err != nil {
			t.Errorf("%s: Content-Type %q: %v", m.Name, ctype, err)
			return
		}
		if strings.HasPrefix(mt, "multipart/") {
			r := multipart.NewReader(body, params["boundary"])
			for {
				p, err := r.NextRawPart()
				if err == io.EOF {
					return
				}
				if err != nil {
					t.Errorf("%s: multipart: %v", m.Name, err)
					return
				}
				check(p.Header.Get("Content-Type"), p.Header.Get("Content-Transfer-Encoding"), p)
			}
		}
		b, _ := io.ReadAll(body)
		if !isASCII(string(b)) && strings.ToLower(cte) != "8bit" {
			t.Errorf("%s: %s part has 8-bit bytes but Content-Transfer-Encoding %q", m.Name, mt, cte)
		}
	}
	check(msg.Header.Get("Content-Type"), msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
}

// checkThreading: In-Reply-To names an earlier message of the same thread,
// and References is that message's References plus its Message-ID.
func checkThreading(t *testing.T, m SeedMessage, h mail.Header, byID map[string]SeedMessage) {
	t.Helper()
	irt := strings.Trim(h.Get("In-Reply-To"), "<>")
	if irt == "" {
		if h.Get("References") != "" {
			t.Errorf("%s: References without In-Reply-To", m.Name)
		}
		return
	}
	parent, ok := byID[irt]
	switch {
	case !ok:
		t.Errorf("%s: In-Reply-To %s is no earlier seed message", m.Name, irt)
		return
	case parent.Thread != m.Thread:
		t.Errorf("%s: replies to %s of thread %s", m.Name, parent.Name, parent.Thread)
	case !parent.At.Before(m.At):
		t.Errorf("%s: replies to %s, which is not earlier", m.Name, parent.Name)
	}
	refs := strings.Fields(h.Get("References"))
	if len(refs) == 0 || strings.Trim(refs[len(refs)-1], "<>") != irt {
		t.Errorf("%s: References %v does not end with In-Reply-To %s", m.Name, refs, irt)
	}
	pmsg, _ := mail.ReadMessage(bytes.NewReader(parent.Raw))
	want := append(strings.Fields(pmsg.Header.Get("References")), pmsg.Header.Get("Message-ID"))
	if strings.Join(refs, " ") != strings.Join(want, " ") {
		t.Errorf("%s: References %v, want %v", m.Name, refs, want)
	}
}

func checkWant(t *testing.T, m SeedMessage) {
	t.Helper()
	if !domain.Kind(m.WantKind).Valid() {
		t.Errorf("%s: WantKind %q is not a kind", m.Name, m.WantKind)
	}
	if conf := m.WantKind == string(domain.KindConfirmation); conf == m.WantMeeting.IsZero() {
		t.Errorf("%s: kind %s with meeting %v", m.Name, m.WantKind, m.WantMeeting)
	}
	if !m.WantMeeting.IsZero() && !m.WantMeeting.After(m.At.Add(24*time.Hour)) {
		t.Errorf("%s: meeting %v less than a day after the message (%v)", m.Name, m.WantMeeting, m.At)
	}
	if m.WantCancel && m.WantKind != string(domain.KindDecline) {
		t.Errorf("%s: a cancel should be a decline, not %s", m.Name, m.WantKind)
	}
}

func TestSeedIsDeterministic(t *testing.T) {
	a, b := Seed(DefaultStart()), Seed(DefaultStart())
	if len(a) != len(b) {
		t.Fatalf("Seed twice: %d then %d messages", len(a), len(b))
	}
	for i := range a {
		if !bytes.Equal(a[i].Raw, b[i].Raw) || !a[i].At.Equal(b[i].At) {
			t.Errorf("%s: differs between two calls", a[i].Name)
		}
	}
}

// TestSeedCoversTheLifecycle checks the mailbox has what the demo promises:
// every kind, a dozen threads, the MIME shapes, three senders' zones and a
// meeting fixed before the US switch for a day after it.
func TestSeedCoversTheLifecycle(t *testing.T) {
	msgs := Seed(DefaultStart())
	kinds, threads, zones := map[string]int{}, map[string]bool{}, map[int]bool{}
	var htmlOnly, qp, request, cancel, acrossDST int
	ny := mustZone(OwnerZone)
	for _, m := range msgs {
		kinds[m.WantKind]++
		threads[m.Thread] = true
		_, off := m.At.Zone()
		zones[off/3600] = true
		if !m.WantMeeting.IsZero() {
			_, a := m.At.In(ny).Zone()
			_, b := m.WantMeeting.In(ny).Zone()
			if a != b {
				acrossDST++
			}
		}
		p, err := message.Parse(bytes.NewReader(m.Raw))
		if err != nil {
			t.Fatalf("%s: message.Parse: %v", m.Name, err)
		}
		if len(p.Problems) > 0 {
			t.Errorf("%s: message.Parse problems: %v", m.Name, p.Problems)
		}
		if p.MessageID == "" || !p.Date.Equal(m.At) {
			t.Errorf("%s: message.Parse: id %q date %v", m.Name, p.MessageID, p.Date)
		}
		if strings.TrimSpace(p.Text) == "" && p.HTML != "" {
			htmlOnly++
		}
		raw := string(m.Raw)
		if strings.Contains(raw, "Content-Transfer-Encoding: quoted-printable") {
			qp++
		}
		for _, c := range p.Calendar {
			request += strings.Count(c, "METHOD:REQUEST")
			cancel += strings.Count(c, "METHOD:CANCEL")
		}
		if m.WantCancel != strings.Contains(strings.Join(p.Calendar, ""), "METHOD:CANCEL") {
			t.Errorf("%s: WantCancel %v, calendar %q", m.Name, m.WantCancel, p.Calendar)
		}
	}
	for _, k := range domain.Kinds {
		if kinds[string(k)] == 0 {
			t.Errorf("no %s message", k)
		}
	}
	if n := len(threads); n < 12 || n > 14 {
		t.Errorf("%d threads, want 12 to 14", n)
	}
	for _, off := range []int{-4, -7, 1} { // New York, San Francisco, London (summer time)
		if !zones[off] {
			t.Errorf("no message dated at UTC%+d", off)
		}
	}
	if htmlOnly != 1 || qp < 1 || request < 1 || cancel < 1 || acrossDST < 1 {
		t.Errorf("html-only %d (want 1), quoted-printable %d, REQUEST %d, CANCEL %d, meetings across DST %d (want each >= 1)",
			htmlOnly, qp, request, cancel, acrossDST)
	}
}
