package notify

import (
	"context"
	"io"
	"sync"
)

// enter registers work in flight unless the dispatcher is stopping.
func (d *Dispatcher) enter() error {
	if !d.gate.enter() {
		return errDraining
	}
	return nil
}

// gate counts the passes in flight and, once closed, admits no more.
type gate struct {
	mu     sync.Mutex
	n      int
	closed bool
	idle   chan struct{} // closed when closed and n == 0
}

func (g *gate) enter() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return false
	}
	g.n++
	return true
}

func (g *gate) leave() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.n--
	if g.closed && g.n == 0 {
		close(g.idle)
	}
}

// close admits no more work and returns a channel closed once the work in
// flight is done.
func (g *gate) close() <-chan struct{} {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		g.closed = true
		g.idle = make(chan struct{})
		if g.n == 0 {
			close(g.idle)
		}
	}
	return g.idle
}

// Drain shuts the dispatcher down in two phases: it stops claiming, then
// waits for the sends in flight; when ctx ends first, it cancels them
// (their rows stay claimed and are retried, with the lookup, after the
// lease). Finally it closes the channels that hold connections. It
// returns ctx's error if it had to cancel.
func (d *Dispatcher) Drain(ctx context.Context) error {
	d.quitOnce.Do(func() { close(d.quit) })
	done := d.gate.close()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = ctx.Err()
		d.cancelSends()
		<-done
	}
	d.cancelSends()
	d.closeOnce.Do(func() {
		for _, ch := range d.chans {
			if c, ok := ch.(io.Closer); ok {
				if cerr := c.Close(); cerr != nil {
					d.log.Debug("close channel", "channel", ch.Name(), "err", cerr)
				}
			}
		}
	})
	return err
}
