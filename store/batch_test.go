package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

// corpus makes n realistic messages: a third start conversations, the rest
// answer a recent one (In-Reply-To plus a References chain), among 2,000
// correspondents, with a 1.5 KB header, 3 KB of text and, withHTML, 6 KB
// of HTML.
func corpus(n int, seed uint64, withHTML bool) []NewMessage {
	r := rand.New(rand.NewPCG(seed, 1))
	text := strings.Repeat("Thanks for getting back to me, Thursday works well. ", 60)
	html := "<html><body><p>" + strings.Repeat("Looking forward to it &mdash; see you there. ", 130) + "</p></body></html>"
	pad := strings.Repeat("X-Filler: "+strings.Repeat("a", 60)+"\r\n", 18)
	out := make([]NewMessage, 0, n)
	type conv struct {
		refs    []string
		subject string
		other   string
	}
	var convs []conv
	start := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("%d.%d@bench.example", seed, i)
		date := start.Add(time.Duration(i) * 7 * time.Minute)
		dir := domain.Received
		if r.IntN(2) == 0 {
			dir = domain.Sent
		}
		var c conv
		var irt string
		if len(convs) == 0 || r.IntN(3) == 0 {
			c = conv{subject: fmt.Sprintf("Coffee about topic %d?", i), other: fmt.Sprintf("person%d@example.org", r.IntN(2000))}
		} else {
			k := len(convs) - 1 - r.IntN(min(len(convs), 200))
			c = convs[k]
			irt = c.refs[len(c.refs)-1]
			c.subject = "Re: " + c.subject
		}
		m := msg(uint32(i+1), id, c.other, c.subject, date, dir, irt, c.refs...)
		m.RawHeader = append(m.RawHeader[:len(m.RawHeader)-2], pad+"\r\n"...)
		m.Text, m.ClassifierVersion = text, 1
		if withHTML {
			m.HTML = html
		}
		m.Msg.Verdict = domain.Verdict{Kind: domain.KindOther, Why: "bench"}
		out = append(out, m)
		refs := append(append([]string(nil), c.refs...), id)
		if len(refs) > 6 {
			refs = refs[len(refs)-6:]
		}
		convs = append(convs, conv{refs: refs, subject: strings.TrimPrefix(c.subject, "Re: "), other: c.other})
	}
	return out
}

// BenchmarkSaveBatch stores messages in batches of 500 into a real SQLite
// file (WAL, synchronous=FULL) and reports messages per second: header and
// text part, then with an HTML part as well.
func BenchmarkSaveBatch(b *testing.B) {
	for _, withHTML := range []bool{false, true} {
		name := "header+text"
		if withHTML {
			name = "header+text+html"
		}
		b.Run(name, func(b *testing.B) { benchSave(b, withHTML) })
	}
}

// cpuTime is the process's user+system CPU time: on a shared machine it
// varies less than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRate reports messages per wall second and CPU microseconds per
// message.
func reportRate(b *testing.B, start time.Time, cpu0 time.Duration) {
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msgs/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/msg")
}

// BenchmarkSaveBatchFloor is the floor SaveBatch is measured against in
// the same run: the same rows INSERTed into messages alone, batches of 500
// in one transaction each, with no threading, locations or contacts.
func BenchmarkSaveBatchFloor(b *testing.B) {
	for _, withHTML := range []bool{false, true} {
		name := "header+text"
		if withHTML {
			name = "header+text+html"
		}
		b.Run(name, func(b *testing.B) { benchFloor(b, withHTML) })
	}
}

func benchFloor(b *testing.B, withHTML bool) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "floor.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	msgs := corpus(b.N, 42, withHTML)
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for lo := 0; lo < len(msgs); lo += 500 {
		hi := min(lo+500, len(msgs))
		err := s.Tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -16384"); err != nil {
				return err
			}
			st, err := tx.PrepareContext(ctx, `INSERT INTO messages (account, message_id, in_reply_to, refs, date,
	date_offset, from_addr, from_name, to_json, cc_json, subject, direction, raw_header, body_text, body_html, kind, why,
	classifier_version) VALUES (?, ?, ?, ?, ?, 0, ?, ?, '[]', '[]', ?, ?, ?, ?, ?, 'other', 'bench', 1)`)
			if err != nil {
				return err
			}
			defer st.Close()
			for _, m := range msgs[lo:hi] {
				_, err := st.ExecContext(ctx, "acct", m.Msg.MessageID, m.Msg.InReplyTo, joinRefs(m.Msg.References),
					m.Msg.Date.Unix(), m.Msg.From.Addr, m.Msg.From.Name, m.Msg.Subject, string(m.Msg.Direction),
					m.RawHeader, m.Text, m.HTML)
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, start, cpu0)
}

func benchSave(b *testing.B, withHTML bool) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const batchSize = 500
	msgs := corpus(b.N, 42, withHTML)
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for lo := 0; lo < len(msgs); lo += batchSize {
		hi := min(lo+batchSize, len(msgs))
		st := FolderState{UIDValidity: 1, HighestUID: uint32(hi)}
		if err := s.SaveBatch(ctx, "acct", "INBOX", "inbox", st, msgs[lo:hi]); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, start, cpu0)
}

// TestCorpusThreads checks the benchmark's corpus is stored as it threads:
// every reply in its conversation, nothing lost or doubled.
func TestCorpusThreads(t *testing.T) {
	s := openMsgStore(t)
	ms := corpus(1500, 7, false)
	for lo := 0; lo < len(ms); lo += 500 {
		save(t, s, "INBOX", 1, ms[lo:lo+500]...)
	}
	c := count(t, s)
	if c.Messages != 1500 || c.Locations != 1500 {
		t.Errorf("counts = %+v", c)
	}
	// Each reply shares its In-Reply-To's thread.
	var bad int
	if err := s.r.QueryRow(`SELECT count(*) FROM messages m JOIN messages p ON p.account = m.account AND p.message_id = m.in_reply_to
WHERE m.thread_id != p.thread_id`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d replies outside their parent's thread (%v)", bad, err)
	}
	if c.Threads > 550 || c.Threads < 450 {
		t.Errorf("threads = %d, want about a third of 1500", c.Threads)
	}
}
