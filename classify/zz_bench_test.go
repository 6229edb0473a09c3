package classify_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/followupd/followupd/message"
)

func BenchmarkDevSplit(b *testing.B) {
	corpus := benchCorpus(b)
	var bare, parse time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for _, raw := range corpus {
			bareWalk(raw)
		}
		t1 := time.Now()
		for _, raw := range corpus {
			message.Parse(bytes.NewReader(raw))
		}
		bare += t1.Sub(t0)
		parse += time.Since(t1)
	}
	b.ReportMetric(parse.Seconds()/bare.Seconds(), "parse/bare")
	b.ReportMetric(float64(b.N*len(corpus))/parse.Seconds(), "parse-msg/s")
}
