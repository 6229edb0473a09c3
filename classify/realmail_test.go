package classify_test

import (
	"bytes"
	"fmt"
	"os"
	"runtime/debug"
	"testing"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/internal/testcorpus"
	"github.com/followupd/followupd/message"
)

// maxRealFalsePositive is the bound: at most 0.5% of real-world mail
// (mailing lists, newsletters, spam) may be classified as anything but other.
const maxRealFalsePositive = 0.005

// TestRealMail runs parse and classify over the public SpamAssassin corpus
// (scripts/fetch-spamassassin.sh installs it). None of it is networking mail
// addressed to the owner, so every verdict but other is a false positive.
// It skips when the corpus is absent unless FOLLOWUPD_REQUIRE_CORPUS=1.
func TestRealMail(t *testing.T) {
	msgs, ok, err := testcorpus.SpamAssassin()
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		if os.Getenv(testcorpus.EnvRequire) == "1" {
			t.Fatalf("SpamAssassin corpus not found (set %s or run scripts/fetch-spamassassin.sh)", testcorpus.EnvDir)
		}
		t.Skipf("SpamAssassin corpus not found; run scripts/fetch-spamassassin.sh or set %s", testcorpus.EnvDir)
	}

	var parseErrs, panics int
	type offender struct {
		name, subject string
		v             domain.Verdict
	}
	var offenders []offender
	byKind := map[domain.Kind]int{}
	for _, msg := range msgs {
		m, v, err := classifyGuarded(msg.Raw)
		if err != nil {
			if isPanic(err) {
				panics++
				t.Errorf("%s: %v", msg.Name, err)
			} else {
				parseErrs++
			}
			continue
		}
		if v.Kind != domain.KindOther {
			byKind[v.Kind]++
			offenders = append(offenders, offender{msg.Name, m.Subject, v})
		}
	}

	rate := float64(len(offenders)) / float64(len(msgs))
	t.Logf("%d messages, %d unparsable (counted as other), %d panics, %d not other (%.2f%%): %v",
		len(msgs), parseErrs, panics, len(offenders), 100*rate, byKind)
	for i, o := range offenders {
		if i == 20 {
			t.Logf("... and %d more", len(offenders)-i)
			break
		}
		meeting := ""
		if !o.v.MeetingAt.IsZero() {
			meeting = " " + o.v.MeetingAt.Format("2006-01-02T15:04Z07:00")
		}
		t.Logf("%s [%s%s] %q: %s", o.name, o.v.Kind, meeting, o.subject, o.v.Why)
	}
	if rate > maxRealFalsePositive {
		t.Errorf("%.2f%% of real-world mail is not other, want at most %.1f%%", 100*rate, 100*maxRealFalsePositive)
	}
}

type panicError struct{ msg string }

func (p panicError) Error() string { return p.msg }

func isPanic(err error) bool { _, ok := err.(panicError); return ok }

// classifyGuarded parses and classifies one raw message, turning a panic
// into an error so that one crash is reported with its file name and the
// run goes on.
func classifyGuarded(raw []byte) (m *message.Message, v domain.Verdict, err error) {
	defer func() {
		if p := recover(); p != nil {
			m, v, err = nil, domain.Verdict{}, panicError{fmt.Sprintf("panic: %v\n%s", p, debug.Stack())}
		}
	}()
	m, err = message.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, domain.Verdict{}, err
	}
	return m, classify.Classify(m, &classify.Options{}), nil
}
