package rules

import (
	"testing"

	"github.com/followupd/followupd/domain"
)

// BenchmarkEvaluateContact: one contact through the whole lifecycle (ask,
// answer, confirmation, meeting, thank-you, update), judged with the
// default rules: the per-contact cost of a recomputation.
func BenchmarkEvaluateContact(b *testing.B) {
	set := defaultSet(b)
	msgs := []domain.Message{
		sent("2026-03-02T10:00:00-05:00", req, dana),
		recv("2026-03-04T10:00:00-05:00", req, dana),
		sent("2026-03-04T12:00:00-05:00", conf, dana, meetingAt("2026-03-10T10:00:00-04:00")),
		sent("2026-03-10T15:00:00-04:00", thx, dana),
		recv("2026-03-20T15:00:00-04:00", upd, dana),
	}
	in := input(toronto, "2026-03-21T00:00:00-04:00", dana, msgs...)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(set.Evaluate(in))
	}
	if n == 0 {
		b.Fatal("no reminders")
	}
}

// BenchmarkEvaluateRequest: the commonest contact, one unanswered request.
func BenchmarkEvaluateRequest(b *testing.B) {
	set := defaultSet(b)
	in := input(toronto, "2026-03-03T00:00:00-05:00", dana, sent("2026-03-02T10:00:00-05:00", req, dana))
	b.ReportAllocs()
	for b.Loop() {
		set.Evaluate(in)
	}
}
