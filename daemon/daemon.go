// Package daemon wires followupd's parts into the long-running service and
// the one-shot commands: the IMAP watchers feed the store through the
// classifier, the rule engine turns stored facts into reminders on a cron
// clock, and the dispatcher delivers them.
//
// Failure model. Every goroutine belongs to Run and ends with its context.
// A watcher that fails reconnects by itself with backoff; the daemon keeps
// the scheduler and the dispatcher going meanwhile, and tells the owner
// through the channels that still work when the mailbox has been
// unreachable for longer than the configured limit (and again when it
// recovers). The systemd watchdog is pinged only while the watchers and the
// scheduler make progress, so a stuck part gets the process restarted.
// SIGHUP reloads the configuration: a bad new file is reported and the old
// one keeps running; a good one restarts the parts with it while the store
// stays open. Shutdown is in two phases: stop taking work (watchers,
// scheduler), give in-flight deliveries a deadline, close the store last.
// Reminders and deliveries are rows, so whatever a crash interrupts is
// picked up, exactly once, at the next start.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/engine"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

// Options configures a Daemon. Config and Rules are required.
type Options struct {
	Config *config.Config
	Rules  []rules.Spec
	// Log receives every log line; nil discards.
	Log *slog.Logger
	// Stdout is where the console channel prints.
	Stdout io.Writer
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
	// SdNotify sends a state to the service manager ("READY=1", ...); nil
	// means no service manager.
	SdNotify func(state string)
	// Watchdog is the interval at which the watchdog must be pinged; 0 means
	// no watchdog.
	Watchdog time.Duration
	// Mailboxes replaces the IMAP mailbox the notifiers use, per account
	// name (the demo).
	Mailboxes map[string]notify.Mailbox
	// ShutdownGrace bounds how long in-flight deliveries may take at
	// shutdown or reload; 0 means 10 s.
	ShutdownGrace time.Duration
	// MonitorEvery is how often health is checked; 0 means every minute
	// (or half the watchdog interval when that is shorter).
	MonitorEvery time.Duration
}

// Daemon is followupd with its store open.
type Daemon struct {
	opt   Options
	log   *slog.Logger
	clock func() time.Time
	store *store.Store

	cfg      *config.Config
	specs    []rules.Spec
	sink     *mailSink
	engine   *engine.Engine
	dispatch *notify.Dispatcher
	watchers []*imapwatch.Watcher
}

// Open opens the store named by the config and builds every part; nothing
// connects until Run, SyncOnce or Tick.
func Open(ctx context.Context, opt *Options) (*Daemon, error) {
	d := &Daemon{opt: *opt, log: opt.Log, clock: opt.Clock}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	if d.clock == nil {
		d.clock = time.Now
	}
	if d.opt.Stdout == nil {
		d.opt.Stdout = io.Discard
	}
	if d.opt.ShutdownGrace == 0 {
		d.opt.ShutdownGrace = 10 * time.Second
	}
	st, err := store.Open(ctx, opt.Config.Store.Path)
	if err != nil {
		return nil, err
	}
	d.store = st
	if err := d.build(opt.Config, opt.Rules); err != nil {
		st.Close()
		return nil, err
	}
	return d, nil
}

// Store is the daemon's open store.
func (d *Daemon) Store() *store.Store { return d.store }

// Engine is the rule engine.
func (d *Daemon) Engine() *engine.Engine { return d.engine }

// Close closes the store. Call it after Run has returned.
func (d *Daemon) Close() error { return d.store.Close() }

// build makes the parts for one configuration.
func (d *Daemon) build(cfg *config.Config, specs []rules.Spec) error {
	me := &cfg.Me
	if _, err := rules.Compile(specs); err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	eng := engine.New(&engine.Options{
		Store: d.store, Rules: specs, Zone: me.Location, IsMe: me.IsMe,
		Channels: cfg.Notify.Names(), Log: d.log.With("part", "engine"), Clock: d.clock,
	})
	chans, err := channels(cfg, channelDeps{
		stdout: d.opt.Stdout, log: d.log, clock: d.clock,
		onAction: d.desktopAction, mailboxes: d.opt.Mailboxes,
	})
	if err != nil {
		return err
	}
	disp := notify.New(&notify.Options{Store: d.store, Channels: chans, Log: d.log.With("part", "notify"), Clock: d.clock})
	sink := &mailSink{
		store:    d.store,
		classify: classify.Options{Me: me.Addresses, Zone: me.Location},
		isMe:     me.IsMe,
		log:      d.log.With("part", "sink"),
		replied:  d.replyCommand,
	}
	var watchers []*imapwatch.Watcher
	for i := range cfg.Accounts {
		watchers = append(watchers, imapwatch.New(watcherOptions(&cfg.Accounts[i], cfg.Daemon.CatchUp, d.log, d.clock), sink))
	}
	d.cfg, d.specs, d.engine, d.dispatch, d.sink, d.watchers = cfg, specs, eng, disp, sink, watchers
	return nil
}

// Reclassify re-judges stored mail from an older classifier and recomputes
// the reminders of the contacts whose verdicts changed.
func (d *Daemon) Reclassify(ctx context.Context) error {
	n, contacts, err := reclassify(ctx, d.store, &d.sink.classify, d.cfg.Me.IsMe)
	if n > 0 {
		d.log.Info("re-classified stored mail", "messages", n, "contacts_changed", len(contacts), "classifier", classify.Version)
	}
	if err != nil {
		return err
	}
	if len(contacts) > 0 {
		return d.engine.Recompute(ctx, contacts)
	}
	return nil
}

// SyncOnce runs one sync pass of every account and folder; it delivers
// nothing. New mail is judged by the current classifier; mail stored by an
// older one waits for Reclassify.
func (d *Daemon) SyncOnce(ctx context.Context) error {
	var errs []error
	for i, w := range d.watchers {
		if err := w.SyncOnce(ctx); err != nil {
			errs = append(errs, fmt.Errorf("account %s: %w", d.cfg.Accounts[i].Name, err))
		}
	}
	return errors.Join(errs...)
}

// Tick is one engine pass as of now followed by one delivery pass
// (`followupd tick`). It returns the reminders that fired.
func (d *Daemon) Tick(ctx context.Context, now time.Time) ([]domain.Reminder, error) {
	fired, err := d.engine.Tick(ctx, now)
	if err != nil {
		return nil, err
	}
	if _, err := d.dispatch.DeliverDue(ctx, now); err != nil {
		return fired, err
	}
	return fired, nil
}

// Plan lists the reminders due in [at, until] without sending anything.
func (d *Daemon) Plan(ctx context.Context, at, until time.Time) ([]domain.Reminder, error) {
	return d.engine.Plan(ctx, at, until)
}

// Check tests every configured notification channel without sending.
func (d *Daemon) CheckChannels(ctx context.Context) []notify.ChannelCheck {
	return d.dispatch.Check(ctx)
}
