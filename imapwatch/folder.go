package imapwatch

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapconn"
)

// folder is one watched folder with its own connection and reconnect loop.
type folder struct {
	w    *Watcher
	role Role
	conf string // configured name; "" = discover
	log  *slog.Logger
	wake chan struct{} // an EXISTS arrived (buffer 1: wake-ups coalesce)

	mu     sync.Mutex
	st     FolderStatus
	poison poisonTracker
}

func newFolder(w *Watcher, role Role, name string) *folder {
	return &folder{
		w: w, role: role, conf: name,
		log:  w.opt.Log.With("role", string(role)),
		wake: make(chan struct{}, 1),
		st:   FolderStatus{Role: role, Folder: name},
	}
}

// run reconnects until ctx ends.
func (f *folder) run(ctx context.Context) {
	attempt := 0
	lastMsg := ""
	for ctx.Err() == nil {
		synced, err := f.session(ctx)
		if ctx.Err() != nil {
			return
		}
		if synced {
			attempt = 0
		}
		f.failed(err)
		delay := backoff(attempt, f.w.opt.BackoffMin, f.w.opt.BackoffMax, f.w.opt.Jitter())
		if !imapconn.Retryable(err) {
			// A rejected login or a TLS mismatch will not fix itself soon.
			delay = f.w.opt.BackoffMax
		}
		attempt++
		if msg := err.Error(); msg != lastMsg {
			f.log.Warn("imap folder watch failed; will retry", "err", err, "retry_in", delay.Round(time.Millisecond))
			lastMsg = msg
		} else {
			f.log.Debug("imap folder watch failed again", "err", err, "retry_in", delay.Round(time.Millisecond))
		}
		if sleep(ctx, delay) != nil {
			return
		}
	}
}

// session connects, syncs and idles until something fails. synced reports
// whether at least one pass completed (the backoff then starts over).
func (f *folder) session(ctx context.Context) (synced bool, err error) {
	h := &imapclient.UnilateralDataHandler{
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				select {
				case f.wake <- struct{}{}:
				default:
				}
			}
		},
	}
	c, err := imapconn.DialHandler(ctx, f.w.opt.Conn, f.log, h)
	if err != nil {
		return false, err
	}
	defer c.Close()
	// go-imap takes no context: closing the connection interrupts it.
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	f.setConnected(true)
	defer f.setConnected(false)

	name, err := f.resolve(ctx, c)
	if err != nil {
		return false, err
	}
	sel, err := f.w.selectFolder(c, name)
	if err != nil {
		return false, err
	}
	for {
		select { // EXISTS seen before this pass are covered by it
		case <-f.wake:
		default:
		}
		if err := f.w.pass(ctx, c, f, name, sel); err != nil {
			return synced, err
		}
		synced = true
		f.succeeded()
		f.w.progress.Add(1)
		woken, err := f.idle(ctx, c, name)
		if err != nil {
			return synced, err
		}
		if !woken {
			// The catch-up pass selects again: a server need not tell a
			// session that its mailbox was deleted and recreated
			// (Dovecot does not), but SELECT shows the new UIDVALIDITY.
			if sel, err = f.w.selectFolder(c, name); err != nil {
				return synced, err
			}
		}
	}
}

// idle waits in IDLE for new mail (woken), the catch-up period, or the end.
func (f *folder) idle(ctx context.Context, c *imapclient.Client, name string) (woken bool, err error) {
	if !c.Caps().Has(imap.CapIdle) {
		return false, sleep(ctx, f.w.opt.CatchUp)
	}
	cmd, err := c.Idle()
	if err != nil {
		return false, err
	}
	f.setIdling(true)
	defer f.setIdling(false)
	if f.w.opt.OnIdle != nil {
		f.w.opt.OnIdle(name)
	}
	t := time.NewTimer(f.w.opt.CatchUp)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-f.wake:
		woken = true
	case <-t.C:
	case <-c.Closed():
	}
	if err := cmd.Close(); err != nil {
		return woken, err
	}
	if err := cmd.Wait(); err != nil {
		return woken, err
	}
	if isConnClosed(c) {
		return woken, errors.New("connection closed by the server")
	}
	return woken, ctx.Err()
}

// resolve returns the folder's name, discovering Sent on first use.
func (f *folder) resolve(ctx context.Context, c *imapclient.Client) (string, error) {
	f.mu.Lock()
	name := f.st.Folder
	f.mu.Unlock()
	if name != "" {
		return name, nil
	}
	name, err := imapconn.FindFolder(ctx, c, imap.MailboxAttrSent, imapconn.SentNames)
	if err != nil {
		return "", err
	}
	f.mu.Lock()
	f.st.Folder = name
	f.mu.Unlock()
	f.log.Info("found sent folder", "mailbox", name)
	return name, nil
}

func (f *folder) setConnected(v bool) {
	f.mu.Lock()
	f.st.Connected = v
	f.mu.Unlock()
}

func (f *folder) setIdling(v bool) {
	f.mu.Lock()
	f.st.Idling = v
	f.mu.Unlock()
}

func (f *folder) succeeded() {
	f.mu.Lock()
	f.st.LastSuccess = f.w.opt.Now()
	f.st.LastErr = nil
	f.st.Failures = 0
	f.mu.Unlock()
}

func (f *folder) failed(err error) {
	f.mu.Lock()
	f.st.LastErr = err
	f.st.Failures++
	f.mu.Unlock()
}

func (f *folder) status() FolderStatus {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.st
}

// backoff is the delay before attempt n (0-based): min doubled n times,
// capped at max, with "equal jitter" (half fixed, half random) so that
// many clients restarting together spread out.
func backoff(n int, min, max time.Duration, jitter float64) time.Duration {
	d := min
	for i := 0; i < n && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	return d/2 + time.Duration(jitter*float64(d/2))
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
