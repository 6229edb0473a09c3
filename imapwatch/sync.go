package imapwatch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"syscall"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapconn"
)

// selectFolder opens a folder read-only (EXAMINE: the watcher never changes
// flags), asking for CONDSTORE data when the server has it.
func (w *Watcher) selectFolder(c *imapclient.Client, name string) (*imap.SelectData, error) {
	opt := &imap.SelectOptions{ReadOnly: true, CondStore: c.Caps().Has(imap.CapCondStore)}
	sel, err := c.Select(name, opt).Wait()
	if err != nil {
		var ierr *imap.Error
		if errors.As(err, &ierr) {
			return nil, &imapconn.Error{Kind: imapconn.KindFolder, Retryable: true,
				Msg: fmt.Sprintf("open folder %q: %s", name, ierr.Text)}
		}
		return nil, fmt.Errorf("open folder %q: %w", name, err)
	}
	return sel, nil
}

// pass hands every message above the stored highest UID to the Sink.
func (w *Watcher) pass(ctx context.Context, c *imapclient.Client, f *folder, name string, sel *imap.SelectData) error {
	log := f.log.With("mailbox", name)
	st, err := w.folderState(ctx, name)
	if err != nil {
		return err
	}
	dirty := false
	if st.UIDValidity != sel.UIDValidity {
		if st.UIDValidity != 0 {
			// RFC 3501 2.3.1.1: UIDVALIDITY changed, all UIDs are void.
			log.Warn("UIDVALIDITY changed; rescanning the folder", "old", st.UIDValidity, "new", sel.UIDValidity)
			if err := w.resetFolder(ctx, name, sel.UIDValidity); err != nil {
				return err
			}
		}
		st = FolderState{UIDValidity: sel.UIDValidity}
		dirty = true
	}
	if sel.HighestModSeq > st.HighestModSeq {
		st.HighestModSeq = sel.HighestModSeq
	}
	uids, err := searchNew(c, imap.UID(st.HighestUID))
	if err != nil {
		return err
	}
	if len(uids) == 0 {
		if dirty {
			return w.apply(ctx, name, f.role, st, nil)
		}
		return nil
	}
	log.Debug("fetching new messages", "count", len(uids), "from_uid", uids[0])
	batches := w.plan(f, uids)
	pre := w.prefetch(c, batches)
	defer pre.stop()
	prep := w.prepareFunc(name, f.role)
	app := w.startApplier(ctx, f, name)
	defer app.finish()
	var failed []imap.UID // the batch whose fetch failed
	for _, b := range batches {
		p := <-pre.out
		if b.skip {
			log.Error("skipping a message that cannot be fetched", "uid", b.uids[0], "err", b.why)
			st.HighestUID = uint32(b.uids[0])
			if !app.send(applyJob{st: st, batch: b.uids, skip: true}) {
				break
			}
			continue
		}
		err = p.err
		if err == nil {
			err = w.syncBatch(c, &st, b.uids, p.metas, app, prep)
		}
		if err != nil {
			failed = b.uids
			break
		}
	}
	if err != nil {
		// Stop the prefetch and the fetch; the chunk already handed over
		// is still applied. A failed pass ends the session, so the
		// connection can go.
		c.Close()
		pre.stop()
	}
	// An Apply error is of an earlier chunk than any fetch error (a chunk is
	// applied only once fetched, and fetching stops at the first failure).
	if j, aerr := app.finish(); aerr != nil {
		if err == nil {
			c.Close()
			pre.stop()
		}
		if j.skip {
			return aerr
		}
		err, failed = aerr, j.batch
	}
	if err == nil {
		return nil
	}
	// The applier has returned: the tracker is the pass's alone again.
	if ctx.Err() == nil && !isNetErr(err) {
		f.poison.failed(failed, err)
	}
	return fmt.Errorf("fetch uid %d-%d: %w", failed[0], failed[len(failed)-1], err)
}

// batch is a run of UIDs fetched together; skip marks a single UID the
// poison tracker gave up on, and why is its last error.
type batch struct {
	uids []imap.UID
	skip bool
	why  error
}

// plan cuts uids into batches of BatchSize, one UID each inside a range
// the poison tracker is wary of. The tracker is read here, before the
// prefetch and the applier start: the prefetch never touches it, and the
// applier (which records passed batches) has returned before the pass
// records a failure.
func (w *Watcher) plan(f *folder, uids []imap.UID) []batch {
	var out []batch
	for len(uids) > 0 {
		n := min(w.opt.BatchSize, len(uids))
		if f.poison.careful(uids[0]) {
			n = 1
		}
		b := batch{uids: uids[:n:n], skip: n == 1 && f.poison.skip(uids[0])}
		if b.skip {
			b.why = f.poison.err
		}
		out = append(out, b)
		uids = uids[n:]
	}
	return out
}

// prefetcher runs round one of the next batch while the caller does round
// two and the Sink of the current one, so the server always has work.
type prefetcher struct {
	out  chan prefetched
	done chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

type prefetched struct {
	metas []*meta
	err   error
}

func (w *Watcher) prefetch(c *imapclient.Client, batches []batch) *prefetcher {
	p := &prefetcher{out: make(chan prefetched, 1), done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for _, b := range batches {
			var r prefetched
			if !b.skip {
				r.metas, r.err = w.fetchMeta(c, b.uids)
			}
			select {
			case p.out <- r:
			case <-p.done:
				return
			}
			if r.err != nil {
				return
			}
		}
	}()
	return p
}

// stop ends the prefetch and waits for it (an in-flight FETCH finishes or
// fails with the connection).
func (p *prefetcher) stop() {
	p.once.Do(func() { close(p.done) })
	p.wg.Wait()
}

// searchNew returns the UIDs above last, ascending. "UID last+1:*" also
// matches the highest UID when it is not above last (RFC 3501 6.4.8: "*" is
// the largest UID in use), so the result is filtered.
func searchNew(c *imapclient.Client, last imap.UID) ([]imap.UID, error) {
	crit := &imap.SearchCriteria{UID: []imap.UIDSet{{{Start: last + 1, Stop: 0}}}}
	var opt *imap.SearchOptions
	if c.Caps().Has(imap.CapESearch) {
		opt = &imap.SearchOptions{ReturnAll: true}
	}
	data, err := c.UIDSearch(crit, opt).Wait()
	if err != nil {
		return nil, fmt.Errorf("search new uids: %w", err)
	}
	all := data.AllUIDs()
	out := all[:0]
	for _, u := range all {
		if u > last {
			out = append(out, u)
		}
	}
	return out, nil
}

// errApplierStopped tells the pass that the applier took no more chunks;
// its own error says why.
var errApplierStopped = errors.New("applier stopped")

// syncBatch fetches the parts of one batch (round one done) in chunks of at
// most BatchBytes announced text-part bytes, and hands each chunk, with the
// folder state that covers it, to the applier: the Sink stores chunk k
// while chunk k+1 is fetched (and, if the Sink is a Preparer, prepared
// message by message as it arrives).
func (w *Watcher) syncBatch(c *imapclient.Client, st *FolderState, batch []imap.UID, metas []*meta, app *applier, prep func(*Fetched) any) error {
	for len(metas) > 0 || batch != nil {
		n, sum := 0, 0
		for n < len(metas) && (n == 0 || sum+metas[n].partBytes <= w.opt.BatchBytes) {
			sum += metas[n].partBytes
			n++
		}
		chunk := metas[:n]
		metas = metas[n:]
		if err := w.fetchParts(c, chunk, prep); err != nil {
			return err
		}
		j := applyJob{msgs: make([]Fetched, 0, len(chunk)), chunk: chunk, batch: batch}
		for _, m := range chunk {
			j.msgs = append(j.msgs, m.Fetched)
			j.bytes += uint64(m.gotBytes)
			st.HighestModSeq = max(st.HighestModSeq, m.modSeq)
		}
		// Every UID of the batch up to here has been seen; once the batch
		// is done, UIDs expunged since the SEARCH are covered too.
		if len(metas) == 0 {
			st.HighestUID = uint32(batch[len(batch)-1])
			j.last = true
			batch = nil
		} else {
			st.HighestUID = uint32(chunk[len(chunk)-1].UID)
		}
		j.st = *st
		if !app.send(j) {
			return errApplierStopped
		}
	}
	return nil
}

func (w *Watcher) folderState(ctx context.Context, name string) (FolderState, error) {
	w.sinkMu.Lock()
	defer w.sinkMu.Unlock()
	st, err := w.sink.FolderState(ctx, w.opt.Account, name)
	if err != nil {
		return st, fmt.Errorf("read stored state of %s: %w", name, err)
	}
	return st, nil
}

func (w *Watcher) resetFolder(ctx context.Context, name string, uidValidity uint32) error {
	w.sinkMu.Lock()
	defer w.sinkMu.Unlock()
	if err := w.sink.ResetFolder(ctx, w.opt.Account, name, uidValidity); err != nil {
		return fmt.Errorf("reset stored state of %s: %w", name, err)
	}
	return nil
}

func (w *Watcher) apply(ctx context.Context, name string, role Role, st FolderState, msgs []Fetched) error {
	w.sinkMu.Lock()
	defer w.sinkMu.Unlock()
	if err := w.sink.Apply(ctx, w.opt.Account, name, role, st, msgs); err != nil {
		return fmt.Errorf("store %d messages of %s: %w", len(msgs), name, err)
	}
	w.progress.Add(1)
	return nil
}

// isNetErr reports a failure of the connection rather than of a response.
func isNetErr(err error) bool {
	var ne net.Error
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.As(err, &ne)
}
