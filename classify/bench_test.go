package classify_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // the bare walk decodes charsets too

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/internal/testcorpus"
	"github.com/followupd/followupd/message"
)

// benchCorpus is real-world mail: the SpamAssassin corpus when installed
// (scripts/fetch-spamassassin.sh), else the contract's examples.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	msgs, ok, err := testcorpus.SpamAssassin()
	if err != nil {
		b.Fatal(err)
	}
	var out [][]byte
	if ok {
		for _, m := range msgs {
			out = append(out, m.Raw)
		}
		return out
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "spec", "examples", "*.eml"))
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, raw)
	}
	if len(out) == 0 {
		b.Skip("no corpus: run scripts/fetch-spamassassin.sh")
	}
	b.Logf("SpamAssassin corpus not found; using %d examples", len(out))
	return out
}

var sink []byte

// bareWalk is the floor of benchmarks.md: go-message reads the message,
// walks every part and reads the text parts through their charsets. Like
// message.Parse it first drops an mbox "From " line: most of the corpus
// starts with one, and go-message rejects it as a malformed header, which
// would make the floor a no-op for those messages.
func bareWalk(raw []byte) {
	if bytes.HasPrefix(raw, []byte("From ")) {
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[i+1:]
		}
	}
	e, err := gomessage.Read(bytes.NewReader(raw))
	if e == nil {
		_ = err
		return
	}
	_ = e.Walk(func(_ []int, part *gomessage.Entity, err error) error {
		if err != nil && part == nil {
			return nil
		}
		mt, _, _ := part.Header.ContentType()
		if mt == "" || strings.HasPrefix(mt, "text/") {
			sink, _ = io.ReadAll(part.Body) // the text is read, as a parser must
		}
		return nil
	})
}

func fullPath(raw []byte, opt *classify.Options) {
	m, err := message.Parse(bytes.NewReader(raw))
	if err != nil {
		return
	}
	classify.Classify(m, opt)
}

func reportRate(b *testing.B, n int) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "msg/s")
}

// BenchmarkParse: the bare go-message full walk, one message per op.
func BenchmarkParse(b *testing.B) {
	corpus := benchCorpus(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bareWalk(corpus[i%len(corpus)])
	}
	reportRate(b, b.N)
}

// BenchmarkClassify: followupd end to end (parse, strip, classify,
// extract), one message per op.
func BenchmarkClassify(b *testing.B) {
	corpus := benchCorpus(b)
	opt := &classify.Options{Me: []string{"me@example.com"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fullPath(corpus[i%len(corpus)], opt)
	}
	reportRate(b, b.N)
}

// BenchmarkClassifyVsParse runs both over the whole corpus in each op and
// reports their ratio from the same run (the target is at most 2): of wall
// time ("ratio") and of the process's CPU time ("cpu-ratio", steadier when
// other processes share the machine).
func BenchmarkClassifyVsParse(b *testing.B) {
	corpus := benchCorpus(b)
	opt := &classify.Options{Me: []string{"me@example.com"}}
	var parse, full, parseCPU, fullCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0, c0 := time.Now(), cpuTime()
		for _, raw := range corpus {
			bareWalk(raw)
		}
		t1, c1 := time.Now(), cpuTime()
		for _, raw := range corpus {
			fullPath(raw, opt)
		}
		parse += t1.Sub(t0)
		full += time.Since(t1)
		parseCPU += c1 - c0
		fullCPU += cpuTime() - c1
	}
	n := float64(b.N * len(corpus))
	b.ReportMetric(n/parse.Seconds(), "parse-msg/s")
	b.ReportMetric(n/full.Seconds(), "classify-msg/s")
	b.ReportMetric(full.Seconds()/parse.Seconds(), "ratio")
	if parseCPU > 0 {
		b.ReportMetric(fullCPU.Seconds()/parseCPU.Seconds(), "cpu-ratio")
	}
}
