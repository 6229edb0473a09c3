package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
)

// runMbsync copies INBOX to a fresh Maildir with mbsync and reports its
// time and peak RSS.
func runMbsync(s *dovecottest.Server, dir string) (result, error) {
	work, err := os.MkdirTemp(dir, "mbsync")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(work)
	near := filepath.Join(work, "near")
	if err := os.MkdirAll(near, 0o700); err != nil {
		return result{}, err
	}
	conf := fmt.Sprintf(`FSync no

IMAPAccount bench
Host 127.0.0.1
Port %d
User %s
Pass %s
SSLType None
AuthMechs LOGIN

IMAPStore far
Account bench

MaildirStore near
Path %s/
Inbox %s/INBOX

Channel bench
Far :far:
Near :near:
Patterns INBOX
Create Near
Sync Pull
SyncState *
`, s.Port, s.User, s.Password, near, near)
	cf := filepath.Join(work, "mbsyncrc")
	if err := os.WriteFile(cf, []byte(conf), 0o600); err != nil {
		return result{}, err
	}
	cmd := exec.Command("mbsync", "-c", cf, "-q", "-a")
	cmd.Stderr = os.Stderr
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, fmt.Errorf("mbsync: %w", err)
	}
	// Peak RSS by polling VmHWM (a high-water mark, so the last poll is
	// close to the final value); getrusage would include ours (see runChild).
	var hwm atomic.Int64
	stop := make(chan struct{})
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		pid := strconv.Itoa(cmd.Process.Pid)
		for {
			if v := vmHWM(pid); v > hwm.Load() {
				hwm.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	err = cmd.Wait()
	close(stop)
	<-polled
	if err != nil {
		return result{}, fmt.Errorf("mbsync: %w", err)
	}
	r := result{Seconds: time.Since(t0).Seconds(), RSSKB: hwm.Load()}
	for _, sub := range []string{"cur", "new"} {
		ents, _ := os.ReadDir(filepath.Join(near, "INBOX", sub))
		r.Msgs += len(ents)
	}
	return r, nil
}

// idleWaiter reports when OnIdle was called for every watched folder.
type idleWaiter struct {
	mu   sync.Mutex
	seen map[string]bool
	want int
	done chan struct{}
}

func newIdleWaiter(want int) *idleWaiter {
	return &idleWaiter{seen: map[string]bool{}, want: want, done: make(chan struct{})}
}

func (iw *idleWaiter) hook(folder string) {
	iw.mu.Lock()
	defer iw.mu.Unlock()
	if !iw.seen[folder] {
		iw.seen[folder] = true
		if len(iw.seen) == iw.want {
			close(iw.done)
		}
	}
}

// benchRestart: the store already holds every message; time from Run to
// both INBOX and Sent idling.
func benchRestart(s *dovecottest.Server, cfg config, uv uint32, maxUID imap.UID) error {
	c, err := s.Dial()
	if err != nil {
		return err
	}
	st, err := c.Status("Sent", &imap.StatusOptions{UIDValidity: true, UIDNext: true}).Wait()
	c.Close()
	if err != nil {
		return err
	}
	var ds []time.Duration
	for i := 0; i < 5; i++ {
		inner, closer, err := sinks[cfg.sink](cfg.dir)
		if err != nil {
			return err
		}
		sink := preparing(presetSink{Sink: inner, preset: map[string]imapwatch.FolderState{
			"INBOX": {UIDValidity: uv, HighestUID: uint32(maxUID)},
			"Sent":  {UIDValidity: st.UIDValidity, HighestUID: uint32(st.UIDNext) - 1},
		}}, inner)
		iw := newIdleWaiter(2)
		w := imapwatch.New(&imapwatch.Options{Account: "bench", Conn: s.ImapOptions(), OnIdle: iw.hook}, sink)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		t0 := time.Now()
		go func() { done <- w.Run(ctx) }()
		select {
		case <-iw.done:
			ds = append(ds, time.Since(t0))
		case <-time.After(30 * time.Second):
			cancel()
			return fmt.Errorf("restart: not watching after 30 s: %v", w.Status().LastErr)
		}
		cancel()
		<-done
		closer.Close()
		if n := w.Status().Messages; n != 0 {
			return fmt.Errorf("restart with nothing new fetched %d messages", n)
		}
	}
	fmt.Printf("Restart with nothing new, %d messages, Run until INBOX and Sent both IDLE (%s sink): median %s, min %s, max %s (5 runs)\n\n",
		cfg.n, cfg.sink, ms(percentile(ds, 0.5)), ms(percentile(ds, 0)), ms(percentile(ds, 1)))
	return nil
}

// benchIdle: APPEND -> stored, next to APPEND -> EXISTS at a bare client
// idling on the same folder, one message at a time.
func benchIdle(s *dovecottest.Server, cfg config) error {
	const folder = "IdleBench"
	c, err := s.Dial()
	if err != nil {
		return err
	}
	defer c.Close()
	c.Delete(folder).Wait() // left over by an interrupted run
	if err := c.Create(folder, nil).Wait(); err != nil {
		return fmt.Errorf("create %s: %w", folder, err)
	}
	defer func() { c.Delete(folder).Wait() }()

	exists := make(chan time.Time, cfg.idleN+10)
	bare, err := imapclient.DialInsecure(s.Addr(), &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				exists <- time.Now()
			}
		},
	}})
	if err != nil {
		return err
	}
	defer bare.Close()
	if err := bare.Login(s.User, s.Password).Wait(); err != nil {
		return err
	}
	if _, err := bare.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return fmt.Errorf("select %s: %w", folder, err)
	}
	idle, err := bare.Idle()
	if err != nil {
		return err
	}
	defer func() { idle.Close(); idle.Wait() }()

	inner, closer, err := sinks[cfg.sink](cfg.dir)
	if err != nil {
		return err
	}
	defer closer.Close()
	stored := make(chan string, cfg.idleN+10)
	storedAt := map[string]time.Time{}
	sink := preparing(timedSink{Sink: inner, stored: func(id string) { stored <- id }}, inner)
	iw := newIdleWaiter(1)
	w := imapwatch.New(&imapwatch.Options{Account: "bench", Conn: s.ImapOptions(), Inbox: folder, Sent: "-", OnIdle: iw.hook}, sink)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() { cancel(); <-done }()
	select {
	case <-iw.done:
	case <-time.After(30 * time.Second):
		return fmt.Errorf("idle: watcher not idling: %v", w.Status().LastErr)
	}

	var bareL, oursL, added []time.Duration
	for i := 0; i < cfg.idleN; i++ {
		id := fmt.Sprintf("idle-%d-%d@followupd.test", time.Now().UnixNano(), i)
		raw := []byte("From: Bob <bob@example.com>\r\nTo: alice@followupd.test\r\nSubject: ping\r\nMessage-ID: <" + id +
			">\r\nDate: Mon, 2 Jun 2025 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nping\r\n")
		t0 := time.Now()
		cmd := c.Append(folder, int64(len(raw)), nil)
		cmd.Write(raw)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			return err
		}
		var te time.Time
		select {
		case te = <-exists:
		case <-time.After(10 * time.Second):
			return fmt.Errorf("idle: no EXISTS at the bare client for message %d", i)
		}
		deadline := time.After(10 * time.Second)
		for storedAt[id].IsZero() {
			select {
			case got := <-stored:
				storedAt[got] = time.Now()
			case <-deadline:
				return fmt.Errorf("idle: message %d not stored: %v", i, w.Status().LastErr)
			}
		}
		bareL = append(bareL, te.Sub(t0))
		oursL = append(oursL, storedAt[id].Sub(t0))
		added = append(added, storedAt[id].Sub(te))
	}
	fmt.Printf("IDLE latency over %d messages (APPEND sent -> ...), Dovecot waits a fixed 500 ms before notifying:\n\n", cfg.idleN)
	fmt.Println("| | p50 | p95 | max |")
	fmt.Println("|---|---:|---:|---:|")
	fmt.Printf("| bare go-imap client: EXISTS received | %s | %s | %s |\n", ms(percentile(bareL, .5)), ms(percentile(bareL, .95)), ms(percentile(bareL, 1)))
	fmt.Printf("| followupd: Sink.Apply returned (%s sink) | %s | %s | %s |\n", cfg.sink, ms(percentile(oursL, .5)), ms(percentile(oursL, .95)), ms(percentile(oursL, 1)))
	fmt.Printf("| followupd's own added latency (stored - EXISTS, per message) | %s | %s | %s |\n\n", ms(percentile(added, .5)), ms(percentile(added, .95)), ms(percentile(added, 1)))
	return nil
}
