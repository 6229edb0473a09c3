package imapwatch

import (
	"runtime"
	"sync"
)

// Preparer is a Sink that can do the part of its work that needs nothing
// but the message (parsing, classifying) as soon as the message is
// fetched: while the watcher fetches the rest of a chunk, and while the
// Sink stores the chunk before. The result goes to Apply in
// Fetched.Prepared.
//
// Prepare is called once for every message Apply will get, from several
// goroutines at once and in no particular order. It must not store
// anything or depend on other messages: Apply, still called chunk by chunk
// in UID order and atomic, does that. A message may also reach Apply
// unprepared (Prepared nil), and Apply must then do the work itself.
// Apply gets a prepared message without its Parts: the watcher drops them
// once the chunk is fetched, so memory holds a chunk's prepared results
// rather than its raw parts while the chunk waits to be stored.
type Preparer interface {
	Prepare(account, folder string, role Role, m *Fetched) any
}

// preparer runs Preparer.Prepare for one chunk on every core, fed by the
// goroutines reading round two. Memory stays that of the chunk: a message
// is prepared in place, once its parts are in.
type preparer struct {
	fn   func(*Fetched) any
	todo chan *meta
	wg   sync.WaitGroup
}

// startPrepare returns nil when the Sink does no preparing.
func (w *Watcher) startPrepare(fn func(*Fetched) any) *preparer {
	if fn == nil {
		return nil
	}
	p := &preparer{fn: fn, todo: make(chan *meta, runtime.GOMAXPROCS(0))}
	for range runtime.GOMAXPROCS(0) {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for m := range p.todo {
				m.Prepared = p.fn(&m.Fetched)
			}
		}()
	}
	return p
}

// add queues a message whose parts are all in; it waits while every
// worker is busy (which holds up the reading of the next responses: the
// chunk is bounded, so is the wait).
func (p *preparer) add(m *meta) {
	if p != nil {
		p.todo <- m
	}
}

// wait ends the workers once every queued message is prepared. Call it
// exactly once, after the last add, on every path.
func (p *preparer) wait() {
	if p != nil {
		close(p.todo)
		p.wg.Wait()
	}
}

// prepareFunc binds the Sink's Prepare to one folder; nil when the Sink
// is no Preparer.
func (w *Watcher) prepareFunc(name string, role Role) func(*Fetched) any {
	sp, ok := w.sink.(Preparer)
	if !ok {
		return nil
	}
	return func(m *Fetched) any { return sp.Prepare(w.opt.Account, name, role, m) }
}
