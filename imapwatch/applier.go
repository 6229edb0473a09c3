package imapwatch

import (
	"context"
	"sync"

	"github.com/emersion/go-imap/v2"
)

// applyJob is one chunk on its way to the Sink, with the folder state that
// covers exactly it.
type applyJob struct {
	st    FolderState
	msgs  []Fetched
	bytes uint64
	chunk []*meta    // cleared once applied: later chunks must not keep its parts alive
	batch []imap.UID // the batch the chunk belongs to, for the poison tracker
	last  bool       // the batch's last chunk: the whole batch is then done
	skip  bool       // a UID the poison tracker gave up on (no messages)
}

// applier runs the Sink for one pass on its own goroutine, so the Sink
// works on chunk k while the pass fetches chunk k+1. Jobs are applied in
// the order they are sent (UID order); the channel is unbuffered, so at
// most one chunk is being applied while one more is fetched. After the
// first failed Apply it takes nothing more: send reports false and the
// pass stops.
type applier struct {
	jobs chan applyJob
	done chan struct{} // closed when the goroutine has returned
	once sync.Once

	// Set by the goroutine before done is closed; read after.
	err    error
	failed applyJob
}

// startApplier starts the applier of one pass of folder f. The pass owns it
// and must call finish before it returns.
func (w *Watcher) startApplier(ctx context.Context, f *folder, name string) *applier {
	a := &applier{jobs: make(chan applyJob), done: make(chan struct{})}
	go func() {
		defer close(a.done)
		for j := range a.jobs {
			if err := w.apply(ctx, name, f.role, j.st, j.msgs); err != nil {
				a.err, a.failed = err, j
				return
			}
			w.messages.Add(uint64(len(j.msgs)))
			w.bytes.Add(j.bytes)
			clear(j.chunk)
			if j.last {
				// The pass reads the tracker again only after finish,
				// which waits for this goroutine.
				f.poison.passed(j.batch[len(j.batch)-1])
			}
		}
	}()
	return a
}

// send hands a chunk to the applier, waiting while it applies the one
// before. It returns false if the applier stopped on an error.
func (a *applier) send(j applyJob) bool {
	select {
	case a.jobs <- j:
		return true
	case <-a.done:
		return false
	}
}

// finish takes no more jobs, waits until every job sent is applied (or one
// failed) and returns the Apply error, if any, with the job that failed.
func (a *applier) finish() (applyJob, error) {
	a.once.Do(func() { close(a.jobs) })
	<-a.done
	return a.failed, a.err
}
