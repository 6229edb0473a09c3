package demo

import (
	"bytes"
	"context"
	"testing"

	"github.com/followupd/followupd/internal/dovecottest"
)

// TestScenarioDovecot drives a real Dovecot mailbox through the ten seeded
// weeks (messages appended with their dates as the clock moves) and checks
// every reminder and due time against the hand-computed oracle: request,
// nudges, decline, confirmation and the confirm reminder, the owner's own
// confirmation cancelling one, a moved meeting, thank and its repeat, the
// thank-you cancelling one, keep-in-touch, close-loop, and a meeting across
// the US daylight-saving switch.
func TestScenarioDovecot(t *testing.T) {
	if testing.Short() {
		t.Skip("ten simulated weeks against Dovecot")
	}
	dc := dovecottest.Start(t, nil)
	var out bytes.Buffer
	start := DefaultStart()
	res, err := Run(context.Background(), &Options{
		Out: &out, Start: start, Dir: t.TempDir(),
		Server: &Server{Host: dc.Host, Port: dc.Port, User: dc.User, Password: dc.Password},
	})
	if err != nil {
		t.Fatalf("Run: %v\n%s\ndovecot log:\n%s", err, out.String(), dc.LogTail(30))
	}
	checkAgainstOracle(t, res, start)
	drafts := dc.FetchAll(t, FolderDrafts)
	if len(drafts) != res.Drafts || len(drafts) == 0 {
		t.Errorf("Drafts holds %d messages, the run counted %d; want the same, more than 0", len(drafts), res.Drafts)
	}
}
