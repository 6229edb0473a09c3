// Package engine is followupd's scheduler: it keeps the reminders the rules
// call for stored as a projection, and on each tick moves the ones that
// came due to the outbox.
//
// How it stays cheap. When mail changes (a sync batch, a reclassification,
// a re-threading), only the contacts on the changed messages are judged
// again (rules.Set.Evaluate) and their projected reminders saved: new ones
// inserted as pending with their due time, pending ones that no longer
// apply withdrawn (status cancelled). The changes are found by the store
// (EngineChanges), so the daemon need not call Recompute, though it may. A
// tick is then an indexed query for waiting reminders with due <= now and
// a few set-based statements over them; the store keeps reminders in due
// order, so the hundreds that fire at 09:00 share pages and a morning tick
// rewrites a few hundred pages, not one per reminder.
//
// Failure model. Each step is one SQLite transaction. The contacts still
// to judge stay listed in the store until their projection is saved, so a
// crash in between only means they are judged again. Firing marks the
// reminders fired and creates their deliveries (one per channel) in one
// transaction, so a reminder is handed to the notifiers exactly once per
// firing, however often ticks repeat or crash. Reminders already fired,
// done or dropped are never changed by a recomputation. After downtime a
// reminder that came due while followupd was not running fires once,
// marked late; one that no longer makes sense (a confirm once the meeting
// is under an hour away, a nudge or thank whose next reminder is due
// already, anything more than a week overdue) is dropped with a log line.
// Times come from the injected clock or the tick's argument, never from
// time.Now in the logic, so tests replay weeks in milliseconds.
package engine

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

// Options configures an Engine. A nil *Options is not allowed: Store is
// required.
type Options struct {
	// Store holds mail, reminders and the outbox. Required.
	Store *store.Store
	// Rules are the follow-up rules; nil means rules.Defaults().
	Rules []rules.Spec
	// Zone is the owner's zone (config me.timezone); nil means time.Local.
	Zone *time.Location
	// Me lists the owner's addresses; IsMe, when set, is used instead.
	Me   []string
	IsMe func(addr string) bool
	// Channels are the notifiers of a rule that names none; nil means
	// ["console"].
	Channels []string
	// Log receives the engine's lines; nil discards them.
	Log *slog.Logger
	// Clock tells the time; nil means time.Now.
	Clock func() time.Time
	// LateAfter: a reminder fired more than this after its due time, after
	// a gap in ticks (downtime), is marked late. Zero means 2 minutes.
	LateAfter time.Duration
	// Batch is how many contacts are judged per transaction; zero means 500.
	Batch int
}

// Engine computes, stores and fires reminders. Its methods are safe for
// concurrent use; they run one at a time.
type Engine struct {
	st        *store.Store
	set       *rules.Set
	setErr    error
	zone      *time.Location
	isMe      func(string) bool
	channels  []string
	log       *slog.Logger
	clock     func() time.Time
	lateAfter time.Duration
	batch     int

	mu       sync.Mutex                // one tick, recompute, plan or action at a time
	known    map[string]domain.Address // rules.NameKey -> contact; nil until loaded
	lastTick atomic.Int64              // unix nanoseconds of the last tick, 0 before the first
}

// New prepares an engine; it does no I/O. Bad rules are reported by Run,
// Tick, Plan and Recompute.
func New(opt *Options) *Engine {
	o := *opt
	e := &Engine{st: o.Store, zone: o.Zone, channels: o.Channels, log: o.Log, clock: o.Clock,
		lateAfter: o.LateAfter, batch: o.Batch}
	specs := o.Rules
	if specs == nil {
		specs = rules.Defaults()
	}
	e.set, e.setErr = rules.Compile(specs)
	if e.setErr != nil {
		e.setErr = fmt.Errorf("engine rules: %w", e.setErr)
	}
	if e.zone == nil {
		e.zone = time.Local
	}
	e.isMe = o.IsMe
	if e.isMe == nil {
		me := map[string]bool{}
		for _, a := range o.Me {
			me[domain.NormAddr(a)] = true
		}
		e.isMe = func(a string) bool { return me[domain.NormAddr(a)] }
	}
	if len(e.channels) == 0 {
		e.channels = []string{"console"}
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	if e.clock == nil {
		e.clock = time.Now
	}
	if e.lateAfter <= 0 {
		e.lateAfter = 2 * time.Minute
	}
	if e.batch <= 0 {
		e.batch = 500
	}
	return e
}

// LastTick is when the last tick finished (the time it judged at); zero
// before the first. For self-monitoring: a stale value means the cron loop
// is stuck.
func (e *Engine) LastTick() time.Time {
	n := e.lastTick.Load()
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// Run ticks once at once (catching up after downtime), then every minute
// and at each rule's digest schedule, in the owner's zone, until ctx ends.
// A failed tick is logged and the next one tries again. It returns nil
// when ctx ends, or an error if the rules are bad.
func (e *Engine) Run(ctx context.Context) error {
	if e.setErr != nil {
		return e.setErr
	}
	tick := func() {
		if ctx.Err() != nil {
			return
		}
		if _, err := e.Tick(ctx, e.clock()); err != nil && ctx.Err() == nil {
			e.log.Error("tick", "err", err)
		}
	}
	cl := cronLogger{e.log}
	c := cron.New(cron.WithLocation(e.zone), cron.WithLogger(cl),
		cron.WithChain(cron.Recover(cl), cron.SkipIfStillRunning(cl)))
	if _, err := c.AddFunc("* * * * *", tick); err != nil {
		return fmt.Errorf("schedule ticks: %w", err)
	}
	for _, s := range e.set.Schedules() {
		if _, err := c.AddFunc(s, tick); err != nil {
			return fmt.Errorf("schedule digest %q: %w", s, err)
		}
	}
	tick()
	c.Start()
	<-ctx.Done()
	<-c.Stop().Done() // wait for a running tick to return
	return nil
}

// cronLogger sends cron's lines to slog.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "err", err)...)
}
