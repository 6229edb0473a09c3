package daemon

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/message"
	"github.com/followupd/followupd/store"
)

// BenchmarkSinkApply measures the sink alone (parse, classify, store) on the
// sync benchmark's generated mail, in batches of 500 as the watcher hands
// them over.
func BenchmarkSinkApply(b *testing.B) {
	const batch = 500
	var fetched []imapwatch.Fetched
	for i := range 5000 {
		// The parts the watcher would fetch: text/plain, text/html and
		// text/calendar, each capped, never the attachments.
		raw := dovecottest.Generate(i, 0)
		h := bytes.Index(raw, []byte("\r\n\r\n"))
		m, err := message.Parse(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		f := imapwatch.Fetched{UID: uint32(i + 1), Header: raw[:h+4]}
		add := func(typ, body string) {
			if body != "" {
				f.Parts = append(f.Parts, message.Part{Type: typ, Charset: "utf-8", Body: []byte(body)})
			}
		}
		add("text/plain", m.Text)
		add("text/html", m.HTML)
		for _, c := range m.Calendar {
			add("text/calendar", c)
		}
		fetched = append(fetched, f)
	}
	st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "s.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	sink := NewSink(st, []string{"alex@example.com"}, time.UTC, slog.New(slog.DiscardHandler))
	ctx := context.Background()
	b.ResetTimer()
	uid := uint32(0)
	for i := 0; i < b.N; i++ {
		for j := 0; j < len(fetched); j += batch {
			msgs := append([]imapwatch.Fetched(nil), fetched[j:j+batch]...)
			for k := range msgs {
				uid++
				msgs[k].UID = uid
				// A new Message-ID each pass, so every pass stores new rows.
				msgs[k].Header = bytes.Replace(msgs[k].Header, []byte("Message-ID: <"), []byte("Message-ID: <"+string(rune('a'+i%26))+"."), 1)
			}
			if err := sink.Apply(ctx, "bench", "INBOX", imapwatch.RoleInbox, imapwatch.FolderState{UIDValidity: 1, HighestUID: uid}, msgs); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(fetched))/b.Elapsed().Seconds(), "msgs/s")
}
