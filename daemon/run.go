package daemon

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/rules"
)

// Reload is a new configuration to switch to; Done receives nil once it
// runs, or the reason it was refused (the old one keeps running).
type Reload struct {
	Config *config.Config
	Rules  []rules.Spec
	Done   chan<- error
}

// Run is the daemon: watchers, scheduler, dispatcher and self-monitoring,
// until ctx ends. A Reload restarts the parts with the new configuration;
// the store stays open.
func (d *Daemon) Run(ctx context.Context, reloads <-chan Reload) error {
	unlock, err := lockStore(d.store.Path())
	if err != nil {
		return err
	}
	defer unlock()
	// Sends that a killed predecessor had claimed are retried now (with
	// the lookup that keeps them exactly-once), not when their lease ends.
	if n, err := d.store.ReleaseClaims(ctx, d.clock(), notify.DefaultLease); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting
		}
		return err
	} else if n > 0 {
		d.log.Info("resuming deliveries interrupted by the last stop", "deliveries", n)
	}
	if err := d.Reclassify(ctx); err != nil && ctx.Err() == nil {
		d.log.Error("re-classify stored mail", "err", err)
	}
	d.notifyState("READY=1")
	for {
		next, err := d.runParts(ctx, reloads)
		if next == nil {
			d.notifyState("STOPPING=1")
			return err
		}
		d.notifyState("RELOADING=1")
		if next.Config.Store.Path != d.cfg.Store.Path {
			d.log.Warn("store.path changes only at restart; keeping the open store", "path", d.cfg.Store.Path)
		}
		berr := d.build(next.Config, next.Rules)
		if berr != nil {
			d.log.Error("reload refused: keeping the old configuration", "err", berr)
		} else {
			d.log.Info("configuration reloaded", "file", next.Config.File)
		}
		if next.Done != nil {
			next.Done <- berr
		}
		d.notifyState("READY=1")
	}
}

// runParts runs one generation of parts until ctx ends (nil) or a reload
// arrives (the reload). Shutdown is in two phases: the watchers, the
// scheduler and the monitor stop taking work first; then in-flight
// deliveries get ShutdownGrace to finish.
func (d *Daemon) runParts(ctx context.Context, reloads <-chan Reload) (*Reload, error) {
	work, stopWork := context.WithCancel(ctx)
	defer stopWork()
	var wg sync.WaitGroup
	goRun := func(name string, f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(work); err != nil && !errors.Is(err, context.Canceled) {
				d.log.Error("part stopped", "part", name, "err", err)
			}
		}()
	}
	for _, w := range d.watchers {
		goRun("watcher", w.Run)
	}
	goRun("engine", d.engine.Run)
	goRun("monitor", d.monitor)

	// The dispatcher has its own context: it must outlive the first phase.
	deliver, stopDeliver := context.WithCancel(context.WithoutCancel(ctx))
	defer stopDeliver()
	dispDone := make(chan struct{})
	go func() {
		defer close(dispDone)
		if err := d.dispatch.Run(deliver); err != nil && !errors.Is(err, context.Canceled) {
			d.log.Error("part stopped", "part", "notify", "err", err)
		}
	}()

	var next *Reload
	select {
	case <-ctx.Done():
	case r := <-reloads:
		next = &r
	}
	// Phase one: stop taking work.
	stopWork()
	wg.Wait()
	// Phase two: give deliveries in flight a deadline.
	grace, cancel := context.WithTimeout(context.WithoutCancel(ctx), d.opt.ShutdownGrace)
	defer cancel()
	if err := d.dispatch.Drain(grace); err != nil {
		d.log.Warn("deliveries cut short at shutdown; they resume at the next start", "err", err)
	}
	stopDeliver()
	<-dispDone
	return next, nil
}

// monitor watches the parts' health: it pings the systemd watchdog while
// they make progress and tells the owner when the mailbox or the scheduler
// has been failing for too long.
func (d *Daemon) monitor(ctx context.Context) error {
	every := time.Minute
	if d.opt.MonitorEvery > 0 {
		every = d.opt.MonitorEvery
	}
	if d.opt.Watchdog > 0 && d.opt.Watchdog/2 < every {
		every = d.opt.Watchdog / 2
	}
	stale := d.cfg.Daemon.SelfMonitor.SyncStale
	if stale <= 0 {
		stale = 30 * time.Minute
	}
	catchUp := d.cfg.Daemon.CatchUp
	if catchUp <= 0 {
		catchUp = config.DefaultCatchUp
	}
	m := &monitor{started: d.clock(), syncStale: stale, tickStale: 5 * time.Minute, watchStale: 2*catchUp + time.Minute}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		notices, alive := m.observe(d.probe())
		format := &notify.Format{Location: d.cfg.Me.Location}
		for _, h := range notices {
			r := format.HealthNotice(h, d.clock())
			d.log.Warn(r.Title)
			if err := d.dispatch.Announce(ctx, r); err != nil {
				d.log.Warn("health notice not delivered everywhere", "err", err)
			}
		}
		if alive && d.opt.Watchdog > 0 {
			d.notifyState("WATCHDOG=1")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// probe reads the health of the current parts.
func (d *Daemon) probe() probe {
	p := probe{now: d.clock(), lastTick: d.engine.LastTick()}
	for _, w := range d.watchers {
		s := w.Status()
		p.progress += s.Progress
		if s.LastSuccess.After(p.lastSync) {
			p.lastSync = s.LastSuccess
		}
		if s.LastErr != nil {
			p.syncErr = s.LastErr
		}
	}
	if len(d.watchers) == 0 {
		p.lastSync = p.now
	}
	return p
}

func (d *Daemon) notifyState(s string) {
	if d.opt.SdNotify != nil {
		d.opt.SdNotify(s)
	}
}
