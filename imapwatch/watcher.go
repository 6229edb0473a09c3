package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapconn"
)

// Watcher syncs one account into a Sink. New does no I/O; Run and SyncOnce
// do.
type Watcher struct {
	opt  Options
	sink Sink

	sinkMu sync.Mutex // the Sink is called by one folder at a time

	progress, messages, bytes atomic.Uint64

	folders []*folder // fixed at New
}

// New returns a watcher for one account. A nil opt means defaults (which
// cannot connect anywhere: set at least Conn).
func New(opt *Options, sink Sink) *Watcher {
	var o Options
	if opt != nil {
		o = *opt
	}
	o = o.withDefaults()
	o.Log = o.Log.With("account", o.Account)
	w := &Watcher{opt: o, sink: sink}
	w.folders = append(w.folders, newFolder(w, RoleInbox, o.Inbox))
	if o.Sent != "-" {
		w.folders = append(w.folders, newFolder(w, RoleSent, o.Sent))
	}
	return w
}

// Run watches every folder until ctx ends, each on its own connection with
// its own reconnect loop, and returns ctx's error. Failures are retried,
// never returned; Status reports them.
func (w *Watcher) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, f := range w.folders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.run(ctx)
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// SyncOnce makes one pass over every folder on one connection: new
// messages since the stored state go to the Sink. It does not retry; the
// error says what failed (folders after a failed one are still tried when
// the connection is alive).
func (w *Watcher) SyncOnce(ctx context.Context) error {
	c, err := imapconn.Dial(ctx, w.opt.Conn, w.opt.Log)
	if err != nil {
		return err
	}
	defer c.Close()
	var errs []error
	for _, f := range w.folders {
		err := imapconn.WithContext(ctx, c, func() error {
			name, err := f.resolve(ctx, c)
			if err != nil {
				return err
			}
			sel, err := w.selectFolder(c, name)
			if err != nil {
				return err
			}
			return w.pass(ctx, c, f, name, sel)
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("sync %s: %w", f.role, err))
			if ctx.Err() != nil || isConnClosed(c) {
				break
			}
		} else {
			f.succeeded()
		}
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	w.progress.Add(1)
	return nil
}

func isConnClosed(c *imapclient.Client) bool {
	select {
	case <-c.Closed():
		return true
	default:
		return false
	}
}

// Progress returns a counter that advances with every completed pass and
// applied batch: a watchdog that sees it still for much longer than
// CatchUp knows the watcher is stuck.
func (w *Watcher) Progress() uint64 { return w.progress.Load() }

// Status reports the watcher's health.
func (w *Watcher) Status() Status {
	st := Status{
		Connected: true,
		Progress:  w.progress.Load(),
		Messages:  w.messages.Load(),
		Bytes:     w.bytes.Load(),
	}
	for _, f := range w.folders {
		fs := f.status()
		st.Folders = append(st.Folders, fs)
		st.Connected = st.Connected && fs.Connected
		if fs.LastSuccess.After(st.LastSuccess) {
			st.LastSuccess = fs.LastSuccess
		}
		if fs.LastErr != nil {
			st.LastErr = fs.LastErr
		}
	}
	return st
}
