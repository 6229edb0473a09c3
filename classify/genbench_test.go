package classify_test

import (
	"bytes"
	"testing"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/message"
)

// BenchmarkClassifyGenerated classifies the sync benchmark's generated
// mail (2-60 KB of prose per message), the bound of the whole-pipeline
// sync; parse cost is outside the timer.
func BenchmarkClassifyGenerated(b *testing.B) {
	var ms []*message.Message
	for i := range 200 {
		m, err := message.Parse(bytes.NewReader(dovecottest.Generate(i, 1<<10)))
		if err != nil {
			b.Fatal(err)
		}
		ms = append(ms, m)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		classify.Classify(ms[n%len(ms)], nil)
		n++
	}
}
