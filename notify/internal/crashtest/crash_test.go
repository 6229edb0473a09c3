package crashtest

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/internal/dovecottest"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/notify/internal/smtptest"
	"github.com/followupd/followupd/store"
)

const (
	kills     = 50
	reminders = 200 // each on email, inbox and draft
	owner     = "sam@example.org"
)

// TestKillNineFiftyTimes starts the delivery process on a backlog of due
// reminders (email to an SMTP server that files each message in the
// owner's Dovecot INBOX, as a real mail system would; inbox and draft
// straight into Dovecot), kills it with SIGKILL at a random moment, 50
// times, restarting it each time, then lets it finish. Every reminder must
// be delivered exactly once on every channel, and the database must pass
// PRAGMA integrity_check.
func TestKillNineFiftyTimes(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test: about half a minute; skipped with -short")
	}
	began := time.Now()
	dir := t.TempDir()
	helper := buildHelper(t, dir)

	imapSrv := dovecottest.Start(t, nil)
	smtpSrv := smtptest.Start(t, &smtptest.Options{User: imapSrv.User, Password: imapSrv.Password,
		Deliver: func(msg []byte) error {
			_, err := imapSrv.AppendErr("INBOX", msg, nil)
			return err
		}})
	caFile := filepath.Join(dir, "smtp-ca.pem")
	if err := os.WriteFile(caFile, smtpSrv.CertPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "state.db")
	ids := seed(t, dbPath)

	seedA, seedB := uint64(time.Now().UnixNano()), uint64(os.Getpid())
	if s := os.Getenv("CRASHTEST_SEED"); s != "" {
		seedA, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (CRASHTEST_SEED=%d repeats the kill times)", seedA, seedA)
	rng := rand.New(rand.NewPCG(seedA, seedB))

	logPath := filepath.Join(dir, "helper.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	args := []string{"-db", dbPath, "-smtp", fmt.Sprintf("%s:%d", smtpSrv.Host, smtpSrv.Port), "-smtp-ca", caFile,
		"-imap", imapSrv.Addr(), "-user", imapSrv.User, "-owner", owner}
	newCmd := func(extra ...string) *exec.Cmd {
		cmd := exec.Command(helper, append(args, extra...)...)
		cmd.Env = append(os.Environ(), "CRASHTEST_PASSWORD="+imapSrv.Password)
		cmd.Stderr = logFile
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		return cmd
	}

	for i := 0; i < kills; i++ {
		cmd := newCmd()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Mostly early (start-up, the first claims and sends), sometimes
		// well into a run.
		time.Sleep(time.Duration(20+rng.IntN(280)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
		cmd.Wait()
	}
	killedAt := sentSoFar(t, dbPath)

	final := newCmd("-exit-when-done")
	var out bytes.Buffer
	final.Stdout = &out
	if err := final.Start(); err != nil {
		t.Fatal(err)
	}
	waitErr := make(chan error, 1)
	go func() { waitErr <- final.Wait() }()
	select {
	case err := <-waitErr:
		if err != nil || !strings.Contains(out.String(), "DONE") {
			t.Fatalf("final run: %v (%s)", err, out.String())
		}
	case <-time.After(5 * time.Minute):
		final.Process.Kill()
		t.Fatal("final run did not finish")
	}

	// The database.
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(context.Background()); err != nil {
		t.Errorf("PRAGMA integrity_check: %v", err)
	}
	all, err := st.ListDeliveries(context.Background(), store.DeliveryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	retried := 0
	for _, d := range all {
		if d.Status != store.DeliverySent {
			t.Errorf("%s/%s ended %s: %s", d.ReminderID, d.Channel, d.Status, d.LastError)
		}
		if d.Attempts > 1 {
			retried++
		}
	}

	// The servers, counted by Message-ID.
	smtpIDs := map[string]int{}
	for _, m := range smtpSrv.Messages() {
		smtpIDs[messageID(m.Data)]++
	}
	inboxIDs, draftIDs := map[string]int{}, map[string]int{}
	for _, m := range imapSrv.FetchAll(t, "INBOX") {
		inboxIDs[messageID(m.Raw)]++
	}
	for _, m := range imapSrv.FetchAll(t, "Drafts") {
		draftIDs[messageID(m.Raw)]++
	}
	dups, missing := 0, 0
	check := func(where string, got map[string]int, id string) {
		switch n := got[id]; {
		case n == 0:
			missing++
			t.Errorf("%s: %s missing", where, id)
		case n > 1:
			dups += n - 1
			t.Errorf("%s: %s found %d times", where, id, n)
		}
	}
	for _, id := range ids {
		d := notify.Delivery{ReminderID: id, Fire: 1}
		email := notify.MessageID(id, d.Fire, "email", "")
		check("SMTP", smtpIDs, email)
		check("INBOX (email)", inboxIDs, email)
		check("INBOX (inbox)", inboxIDs, notify.MessageID(id, d.Fire, "inbox", ""))
		check("Drafts", draftIDs, notify.MessageID(id, d.Fire, "draft", "example.org"))
	}
	if n := len(smtpSrv.Messages()); n != len(ids) {
		t.Errorf("SMTP server received %d messages, want %d", n, len(ids))
	}
	lookups := countLog(t, logPath, "reminder was already delivered before a restart; not sent again")
	t.Logf("crash test: %d reminders x 3 channels = %d deliveries; %d SIGKILLs (%d deliveries done when the last one hit); "+
		"%d deliveries needed more than one attempt, %d of them found already delivered by the Message-ID lookup; "+
		"duplicates %d, missing %d; integrity_check ok; %.1fs",
		len(ids), len(all), kills, killedAt, retried, lookups, dups, missing, time.Since(began).Seconds())
}

func buildHelper(t *testing.T, dir string) string {
	t.Helper()
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		if goBin, err = exec.LookPath("go"); err != nil {
			t.Skip("no go command to build the helper")
		}
	}
	bin := filepath.Join(dir, "helper")
	cmd := exec.Command(goBin, "build", "-o", bin, "./helper")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build helper: %v\n%s", err, out)
	}
	return bin
}

// seed writes the backlog: every reminder fired (due now) with a delivery
// on each channel.
func seed(t *testing.T, dbPath string) []string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	var ids []string
	err = st.Tx(ctx, func(tx *sql.Tx) error {
		for i := 0; i < reminders; i++ {
			r := domain.Reminder{
				ID: fmt.Sprintf("confirm:contact%03d@example.com:%d:20260303", i, i), Rule: "confirm",
				Contact: domain.Address{Name: fmt.Sprintf("Contact %d", i), Addr: fmt.Sprintf("contact%03d@example.com", i)},
				Subject: "Coffee next week?", Due: now.Add(-time.Hour), Why: "meeting tomorrow",
				MeetingAt: now.Add(24 * time.Hour), Draft: "Hi,\n\nLooking forward to tomorrow.\n\nSam",
				ReplyTo: fmt.Sprintf("m%d@mail.example.com", i),
			}
			payload, _ := json.Marshal(r)
			if _, err := tx.Exec(`INSERT INTO reminders (id, rule, contact, contact_name, subject, due, why, created_at, payload, fires, fired_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`, r.ID, r.Rule, r.Contact.Addr, r.Contact.Name, r.Subject,
				r.Due.Unix(), r.Why, r.Due.Unix(), string(payload), now.Unix()); err != nil {
				return err
			}
			for _, ch := range []string{"email", "inbox", "draft"} {
				if _, err := tx.Exec(`INSERT INTO deliveries (reminder_id, channel, next_attempt) VALUES (?, ?, ?)`, r.ID, ch, now.Unix()); err != nil {
					return err
				}
			}
			ids = append(ids, r.ID)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func sentSoFar(t *testing.T, dbPath string) int {
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := st.ListDeliveries(context.Background(), store.DeliveryFilter{Status: store.DeliverySent})
	if err != nil {
		t.Fatal(err)
	}
	return len(l)
}

func messageID(raw []byte) string {
	mr, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	defer mr.Close()
	id, _ := mr.Header.MessageID()
	return id
}

func countLog(t *testing.T, path, msg string) int {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var line struct{ Msg string }
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == msg {
			n++
		}
	}
	return n
}
