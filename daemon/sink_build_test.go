package daemon

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/message"
	"github.com/followupd/followupd/store"
)

// TestBuildSkipsHTMLOnlyWhenUnread checks build's shortcut against
// message.Build over every part: the same text, calendar, header and
// verdict, and the HTML whenever the store or the classifier would read it.
func TestBuildSkipsHTMLOnlyWhenUnread(t *testing.T) {
	hdr := []byte("From: Sam <sam@example.com>\r\nTo: alex@example.com\r\nSubject: Coffee?\r\n" +
		"Date: Tue, 2 Jan 2024 10:00:00 +0000\r\nMessage-ID: <x@example.com>\r\n\r\n")
	html := func(s string) message.Part {
		return message.Part{Type: "text/html", Charset: "utf-8", Body: []byte("<html><body><p>" + s + "</p></body></html>")}
	}
	plain := func(s string) message.Part {
		return message.Part{Type: "Text/Plain", Charset: "utf-8", Body: []byte(s)}
	}
	long := strings.Repeat("Would you have time for a coffee next Tuesday at 3pm? ", 40)
	cases := map[string][]message.Part{
		"html only":          {html("Could we meet on Thursday at 10am?")},
		"empty text":         {plain(" \r\n"), html("Could we meet on Thursday at 10am?" + strings.Repeat(" More.", 60))},
		"short text":         {plain("See below."), html(long)},
		"just under the cap": {plain(strings.Repeat("x", keepHTMLBelow-1)), html(long)},
		"long text":          {plain(long), html(long)},
		"html first":         {html("Could we meet on Thursday?"), plain(long)},
		"latin1 html":        {plain(long), {Type: "text/html", Charset: "iso-8859-1", Body: []byte("caf\xe9")}},
		"text and calendar":  {plain(long), html(long), {Type: "text/calendar", Charset: "utf-8", Body: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}},
	}
	for i := range 40 {
		raw := dovecottest.Generate(i, 1)
		m, err := message.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		parts := []message.Part{plain(m.Text)}
		if m.HTML != "" {
			parts = append(parts, message.Part{Type: "text/html", Charset: "utf-8", Body: []byte(m.HTML)})
		}
		for _, c := range m.Calendar {
			parts = append(parts, message.Part{Type: "text/calendar", Charset: "utf-8", Body: []byte(c)})
		}
		cases[fmt.Sprintf("generated %d", i)] = parts
	}
	opt := &classify.Options{Me: []string{"alex@example.com"}, Zone: time.UTC}
	lean := 0
	for name, parts := range cases {
		f := &imapwatch.Fetched{Header: hdr, Parts: parts}
		got, err := build(f)
		if err != nil {
			t.Fatalf("%s: build: %v", name, err)
		}
		want, err := message.Build(hdr, parts)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != want.Text || !slices.Equal(got.Calendar, want.Calendar) || got.Subject != want.Subject || !bytes.Equal(got.RawHeader, want.RawHeader) {
			t.Errorf("%s: build differs from message.Build in text, calendar or header", name)
		}
		gt, gh := keptText(got.Text, got.HTML)
		wt, wh := keptText(want.Text, want.HTML)
		if gt != wt || gh != wh {
			t.Errorf("%s: kept text/html differ: %d/%d bytes, want %d/%d", name, len(gt), len(gh), len(wt), len(wh))
		}
		if gv, wv := classify.Classify(got, opt), classify.Classify(want, opt); gv != wv {
			t.Errorf("%s: verdict %+v, want %+v", name, gv, wv)
		}
		if got.HTML == "" && want.HTML != "" {
			lean++
		}
	}
	if lean == 0 {
		t.Error("build never left the HTML out: the shortcut is not exercised")
	}
}

// TestPreparedApplyStoresTheSame stores the same fetched mail twice, once
// prepared message by message (as the watcher does) and once not: the
// rows must be the same.
func TestPreparedApplyStoresTheSame(t *testing.T) {
	var fetched []imapwatch.Fetched
	for i := range 60 {
		raw := dovecottest.Generate(i, 1)
		h := bytes.Index(raw, []byte("\r\n\r\n"))
		m, err := message.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		f := imapwatch.Fetched{UID: uint32(i + 1), Header: raw[:h+4]}
		f.Parts = append(f.Parts, message.Part{Type: "text/plain", Charset: "utf-8", Body: []byte(m.Text)})
		if m.HTML != "" {
			f.Parts = append(f.Parts, message.Part{Type: "text/html", Charset: "utf-8", Body: []byte(m.HTML)})
		}
		fetched = append(fetched, f)
	}
	ctx := context.Background()
	stored := func(prepare bool) []store.Stored {
		st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		sink := NewSink(st, []string{"alex@example.com"}, time.UTC, slog.New(slog.DiscardHandler))
		msgs := slices.Clone(fetched)
		if prepare {
			for i := range msgs {
				if i != 7 { // Apply must judge what was not prepared
					msgs[i].Prepared = sink.(imapwatch.Preparer).Prepare("bench", "INBOX", imapwatch.RoleInbox, &msgs[i])
				}
			}
		}
		if err := sink.Apply(ctx, "bench", "INBOX", imapwatch.RoleInbox, imapwatch.FolderState{UIDValidity: 1, HighestUID: 60}, msgs); err != nil {
			t.Fatal(err)
		}
		rows, err := st.StaleVerdicts(ctx, classify.Version+1, 1000)
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	plain, prepared := stored(false), stored(true)
	if len(plain) != len(fetched) || len(prepared) != len(plain) {
		t.Fatalf("stored %d and %d rows, want %d each", len(plain), len(prepared), len(fetched))
	}
	for i := range plain {
		a, b := plain[i], prepared[i]
		if a.MessageID != b.MessageID || a.Verdict != b.Verdict || a.Text != b.Text || a.HTML != b.HTML || a.Direction != b.Direction {
			t.Errorf("row %d differs: %s %+v vs %s %+v", i, a.MessageID, a.Verdict, b.MessageID, b.Verdict)
		}
	}
}
