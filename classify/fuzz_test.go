package classify

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

var fuzzTexts = []string{
	"Thursday, October 2 at 9:30 it is.",
	"Tuesday 31 March at 14:00 Irish time, then.",
	"quedamos el jueves 18 de junio a las 10:00, hora de la Ciudad de México",
	"am 12.03.2026 um 15 Uhr", "Monday 2-3pm PT", "half past four", "the 2nd at noon", "10/2 at 4pm CT (5 my time)",
	"> On Oct 28, 2025, at 1:12 PM, Lena <l@x> wrote:\n> How about Thursday at 1pm?",
	"From: a\nSent: b\n\nold\n-- \nsig", "-----Original Message-----\n", "@@@@ at at at 12:12:12:12 +99:99",
}

// FuzzExtract: any text gives mentions or none, never a panic, and the
// work stays bounded.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzTexts {
		f.Add(s)
	}
	ref := time.Date(2026, 3, 5, 17, 22, 40, 0, time.FixedZone("", -8*3600))
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		if len(toks) > maxTokens {
			t.Fatalf("%d tokens, cap is %d", len(toks), maxTokens)
		}
		c := &whenCtx{ref: ref, loc: ref.Location(), your: loadZone("Asia/Singapore"), istIrish: len(s)%2 == 0, dayFirst: len(s)%3 == 0}
		ms := extract(toks, c.dayFirst)
		if len(ms) > maxPieces {
			t.Fatalf("%d mentions, cap is %d", len(ms), maxPieces)
		}
		for i := range ms {
			if ms[i].start < 0 || ms[i].end > len(toks) || ms[i].start >= ms[i].end {
				t.Fatalf("mention span [%d,%d) outside %d tokens", ms[i].start, ms[i].end, len(toks))
			}
			if at, _, ok := c.resolve(&ms[i]); ok && (at.Year() < 1900 || at.Year() > 2200) {
				t.Fatalf("mention %d resolves to %v", i, at)
			}
		}
		sentences(toks, s)
	})
}

// FuzzStrip: any text splits into new text and quote without a panic;
// the new text is never longer than the input.
func FuzzStrip(f *testing.F) {
	for _, s := range fuzzTexts {
		f.Add(s, "Lena Okafor")
	}
	f.Fuzz(func(t *testing.T, s, sender string) {
		st := strip(s, sender)
		if len(st.New) > len(s)+len(s)/2+1 {
			t.Fatalf("New is %d bytes from %d", len(st.New), len(s))
		}
	})
}

// FuzzClassify: any bytes parse to a message or an error, and every
// message gets one of the six kinds.
func FuzzClassify(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "spec", "examples", "*.eml"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("From: a@x\nDate: Thu, 05 Mar 2026 17:22:40 -0800\n\nTuesday at 10am ET works.\n\n> Monday?\n"))
	f.Add([]byte("Content-Type: text/calendar\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART;TZID=X:20261\nEND:VEVENT\nEND:VCALENDAR\n"))
	toronto := loadZone("America/Toronto")
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := message.Parse(bytes.NewReader(b))
		if err != nil {
			return
		}
		v := Classify(m, &Options{Me: []string{"a@x"}, Zone: toronto})
		if !v.Kind.Valid() {
			t.Fatalf("kind %q", v.Kind)
		}
		if v.Kind != domain.KindConfirmation && !v.MeetingAt.IsZero() {
			t.Fatalf("%s with a meeting time", v.Kind)
		}
		if !utf8.ValidString(v.Why) {
			t.Fatalf("Why is not UTF-8: %q", v.Why)
		}
	})
}
