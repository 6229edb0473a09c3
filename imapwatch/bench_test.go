package imapwatch_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/internal/watchtest"
)

// benchServer is a Dovecot holding SYNCBENCH_N (default 2000) generated
// messages in INBOX, its index warmed by one full fetch.
func benchServer(b *testing.B) (*dovecottest.Server, int) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("SYNCBENCH_N")); err == nil && v > 0 {
		n = v
	}
	s := dovecottest.Start(b, nil)
	for i := 0; i < n; i++ {
		if err := s.DeliverMaildir("INBOX", dovecottest.Generate(i, 1<<20), time.Time{}); err != nil {
			b.Fatal(err)
		}
	}
	c := s.Client(b)
	if got, _, err := dovecottest.FloorFetch(c, "INBOX", 0); err != nil || got != n {
		b.Fatalf("warm-up fetch: %d messages, %v", got, err)
	}
	return s, n
}

// BenchmarkFloorFetch is the bare go-imap client of benchmarks.md.
func BenchmarkFloorFetch(b *testing.B) {
	s, n := benchServer(b)
	c := s.Client(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got, _, err := dovecottest.FloorFetch(c, "INBOX", 0); err != nil || got != n {
			b.Fatalf("fetched %d of %d: %v", got, n, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkSyncOnce is the watcher's initial sync of the same mailbox.
func BenchmarkSyncOnce(b *testing.B) {
	s, n := benchServer(b)
	opt := &imapwatch.Options{Conn: s.ImapOptions(), Sent: "-"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sink := &watchtest.CountSink{}
		if err := imapwatch.New(opt, sink).SyncOnce(context.Background()); err != nil || sink.Messages() != int64(n) {
			b.Fatalf("synced %d of %d: %v", sink.Messages(), n, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "msgs/s")
}
