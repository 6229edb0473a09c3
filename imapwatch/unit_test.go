package imapwatch

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

func TestBackoff(t *testing.T) {
	min, max := time.Second, 5*time.Minute
	tests := []struct {
		n      int
		jitter float64
		want   time.Duration
	}{
		{0, 0, 500 * time.Millisecond}, {0, 0.999, 999500 * time.Microsecond},
		{1, 0, time.Second}, {3, 0.5, 6 * time.Second},
		{9, 0, 150 * time.Second}, {10, 0, 150 * time.Second}, {1000, 1, 5 * time.Minute},
	}
	for _, tt := range tests {
		if got := backoff(tt.n, min, max, tt.jitter); got != tt.want {
			t.Errorf("backoff(%d, jitter %v) = %v, want %v", tt.n, tt.jitter, got, tt.want)
		}
	}
}

func TestPoisonTracker(t *testing.T) {
	var p poisonTracker
	batch := []imap.UID{101, 102, 103, 104}
	bad := errors.New("imapclient: bad response")
	p.failed(batch, bad)
	if p.careful(101) {
		t.Fatal("careful after one failure; a single failure may be a fluke")
	}
	p.failed(batch, bad)
	if !p.careful(101) || !p.careful(104) || p.careful(105) {
		t.Fatal("after two failures the batch range must be fetched one UID at a time")
	}
	p.passed(101) // 101 alone is fine
	if !p.careful(102) {
		t.Fatal("careful mode must last until the whole failing range is passed")
	}
	p.failed([]imap.UID{103}, bad)
	if p.skip(103) {
		t.Fatal("skipped after one single failure")
	}
	p.failed([]imap.UID{103}, bad)
	if !p.skip(103) || p.skip(104) {
		t.Fatal("a UID failing twice alone must be skipped, and only it")
	}
	p.passed(104)
	if p.careful(104) || p.skip(103) {
		t.Fatal("tracker not reset once the range is passed")
	}
}

func single(typ, sub string, params map[string]string, disp string, dparams map[string]string) *imap.BodyStructureSinglePart {
	p := &imap.BodyStructureSinglePart{Type: typ, Subtype: sub, Params: params, Encoding: "QUOTED-PRINTABLE", Size: 1000}
	if disp != "" {
		p.Extended = &imap.BodyStructureSinglePartExt{Disposition: &imap.BodyStructureDisposition{Value: disp, Params: dparams}}
	}
	return p
}

func TestSelectParts(t *testing.T) {
	utf8 := map[string]string{"charset": "UTF-8"}
	alt := &imap.BodyStructureMultiPart{Subtype: "alternative", Children: []imap.BodyStructure{
		single("text", "plain", utf8, "", nil), single("text", "html", utf8, "", nil)}}
	tests := []struct {
		name string
		bs   imap.BodyStructure
		want []string // "path type"
	}{
		{"single text", single("TEXT", "PLAIN", utf8, "", nil), []string{"[1] text/plain"}},
		{"alternative", alt, []string{"[1] text/plain", "[2] text/html"}},
		{"mixed with attachments", &imap.BodyStructureMultiPart{Subtype: "mixed", Children: []imap.BodyStructure{
			alt,
			single("application", "pdf", map[string]string{"name": "a.pdf"}, "attachment", map[string]string{"filename": "a.pdf"}),
			single("text", "plain", nil, "attachment", map[string]string{"filename": "log.txt"}),
			single("text", "csv", nil, "", nil),
			single("application", "octet-stream", nil, "attachment", map[string]string{"filename": "Invite.ICS"}),
		}}, []string{"[1 1] text/plain", "[1 2] text/html", "[5] text/calendar"}},
		{"inline named text kept", single("text", "plain", map[string]string{"name": "body.txt"}, "inline", nil), []string{"[1] text/plain"}},
		{"calendar", &imap.BodyStructureMultiPart{Subtype: "mixed", Children: []imap.BodyStructure{
			single("text", "calendar", map[string]string{"method": "REQUEST"}, "", nil),
			single("application", "ics", nil, "attachment", map[string]string{"filename": "x.ics"}),
		}}, []string{"[1] text/calendar", "[2] text/calendar"}},
		{"image only", single("image", "png", nil, "", nil), nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range selectParts(tt.bs) {
			got = append(got, formatPart(p))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: selectParts = %v, want %v", tt.name, got, tt.want)
		}
	}
	p := selectParts(single("text", "plain", utf8, "", nil))[0]
	if p.charset != "utf-8" || p.encoding != "quoted-printable" || p.size != 1000 {
		t.Errorf("part = %+v, want charset utf-8, encoding quoted-printable, size 1000", p)
	}
	var many []imap.BodyStructure
	for i := 0; i < 20; i++ {
		many = append(many, single("text", "plain", nil, "", nil))
	}
	if n := len(selectParts(&imap.BodyStructureMultiPart{Subtype: "mixed", Children: many})); n != maxParts {
		t.Errorf("20 text parts: selected %d, want the cap %d", n, maxParts)
	}
}

func formatPart(p partRef) string {
	s := "["
	for i, n := range p.path {
		if i > 0 {
			s += " "
		}
		s += string(rune('0' + n))
	}
	return s + "] " + p.typ
}
