package notify

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/followupd/followupd/store"
)

// Outbox is what the Dispatcher needs of the store (*store.Store has it).
type Outbox interface {
	ClaimDeliveries(ctx context.Context, now time.Time, limit int, lease time.Duration, channels ...string) ([]store.Delivery, error)
	MarkSent(ctx context.Context, reminderID, channel, msgID string, at time.Time) error
	MarkFailed(ctx context.Context, reminderID, channel string, permanent bool, errText string, next time.Time) error
}

// Options configures a Dispatcher. A nil *Options is not usable: Store is
// required.
type Options struct {
	// Store is the outbox. Required.
	Store Outbox
	// Channels are the configured channels, by Name; deliveries for other
	// names stay pending.
	Channels []Channel
	// Log receives one line per delivery and per change of a channel's
	// health; nil discards.
	Log *slog.Logger
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
	// Backoff spaces the retries of temporary failures.
	Backoff Backoff
	// Lease is how long a claimed delivery is reserved for its sender: it
	// comes due again after a crash once the lease ends. It must exceed
	// SendTimeout; 0 means 5 minutes.
	Lease time.Duration
	// SendTimeout bounds one send (lookup included); 0 means 2 minutes.
	SendTimeout time.Duration
	// Batch is the number of deliveries one claim takes; 0 means 20.
	Batch int
	// Poll is how often Run looks for due deliveries without a Kick;
	// 0 means 5 seconds.
	Poll time.Duration
	// Rand returns numbers in [0, 1) for the jitter; nil means math/rand.
	Rand func() float64
}

// DefaultLease is how long a claimed delivery is reserved for its sender
// unless Options.Lease says otherwise.
const DefaultLease = 5 * time.Minute

// Dispatcher delivers due reminders from the outbox through the channels.
// Each channel has its own worker in Run, so a slow or dead channel never
// holds the others back.
type Dispatcher struct {
	opt   Options
	log   *slog.Logger
	chans []Channel
	kicks []chan struct{} // one per channel, buffered 1

	// Sends run under sendCtx, not the caller's context: cancelling Run's
	// context stops the claiming, while a send in flight gets until
	// Drain's deadline.
	sendCtx     context.Context
	cancelSends context.CancelFunc
	gate        gate
	quit        chan struct{} // closed by Drain
	quitOnce    sync.Once
	closeOnce   sync.Once

	mu      sync.Mutex
	lastErr map[string]string // per channel: the last error logged
}

// New returns a Dispatcher; it neither connects nor reads the store.
func New(opt *Options) *Dispatcher {
	d := &Dispatcher{quit: make(chan struct{}), lastErr: map[string]string{}}
	if opt != nil {
		d.opt = *opt
	}
	o := &d.opt
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.SendTimeout <= 0 {
		o.SendTimeout = 2 * time.Minute
	}
	if o.Lease <= 0 {
		o.Lease = DefaultLease
	}
	if o.Lease <= o.SendTimeout {
		o.Lease = o.SendTimeout + 30*time.Second
	}
	if o.Batch <= 0 {
		o.Batch = 20
	}
	if o.Poll <= 0 {
		o.Poll = 5 * time.Second
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
	o.Backoff = o.Backoff.withDefaults()
	d.log = o.Log
	d.chans = o.Channels
	for range d.chans {
		d.kicks = append(d.kicks, make(chan struct{}, 1))
	}
	d.sendCtx, d.cancelSends = context.WithCancel(context.Background())
	return d
}

// Kick wakes the workers to look for due deliveries now (the rule engine
// calls it after writing reminders). It never blocks.
func (d *Dispatcher) Kick() {
	for _, k := range d.kicks {
		select {
		case k <- struct{}{}:
		default:
		}
	}
}

var errDraining = errors.New("dispatcher is shutting down")

// Run delivers until ctx ends or Drain is called: one worker per channel
// claims that channel's due deliveries, sends them one by one, and waits
// for a Kick or the poll interval. It returns once the workers have
// finished the send they were in.
func (d *Dispatcher) Run(ctx context.Context) error {
	if d.opt.Store == nil {
		return errors.New("run dispatcher: no store")
	}
	var wg sync.WaitGroup
	for i, ch := range d.chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d.worker(ctx, ch, d.kicks[i])
		}()
	}
	wg.Wait()
	return nil
}

func (d *Dispatcher) worker(ctx context.Context, ch Channel, kick <-chan struct{}) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-d.quit:
			return
		case <-kick:
		case <-t.C:
		}
		if _, err := d.channelPass(ctx, ch, d.opt.Clock(), d.sendCtx); err != nil && !errors.Is(err, errDraining) && ctx.Err() == nil {
			d.noteErr(ch.Name(), "outbox", err, nil)
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(d.opt.Poll)
	}
}

// DeliverDue makes one pass over every channel as of now (all channels at
// once) and returns how many deliveries were completed. It is
// `followupd tick`'s delivery step. now decides what is due; Options.Clock
// stamps the sends and the retry times, so a replay of another time
// should give a Clock that returns it.
func (d *Dispatcher) DeliverDue(ctx context.Context, now time.Time) (int, error) {
	if d.opt.Store == nil {
		return 0, errors.New("deliver: no store")
	}
	sendCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(d.sendCtx, cancel)
	defer stop()
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		n    int
		errs []error
	)
	for _, ch := range d.chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k, err := d.channelPass(ctx, ch, now, sendCtx)
			mu.Lock()
			defer mu.Unlock()
			n += k
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", ch.Name(), err))
			}
		}()
	}
	wg.Wait()
	return n, errors.Join(errs...)
}

// channelPass claims and delivers ch's due deliveries until none is left
// (or the dispatcher is stopping). It returns how many it completed.
func (d *Dispatcher) channelPass(ctx context.Context, ch Channel, now time.Time, sendCtx context.Context) (int, error) {
	n := 0
	for {
		if err := d.enter(); err != nil {
			return n, err
		}
		leaseEnd := d.opt.Clock().Add(d.opt.Lease)
		batch, err := d.opt.Store.ClaimDeliveries(ctx, now, d.opt.Batch, d.opt.Lease, ch.Name())
		if err != nil {
			d.gate.leave()
			return n, err
		}
		for _, del := range batch {
			ok, err := d.deliver(sendCtx, ch, del, leaseEnd)
			if ok {
				n++
			}
			if err != nil { // the store failed: stop this pass
				d.gate.leave()
				return n, err
			}
		}
		d.gate.leave()
		if len(batch) < d.opt.Batch {
			return n, nil
		}
		now = d.opt.Clock()
	}
}

// noteErr logs a channel's error once, and again only when it changes,
// so a dead server costs one line, not one per reminder per retry; attrs
// name the delivery that saw it first.
func (d *Dispatcher) noteErr(channel, stage string, err error, attrs []any) {
	msg := err.Error()
	d.mu.Lock()
	same := d.lastErr[channel] == msg
	d.lastErr[channel] = msg
	d.mu.Unlock()
	if same {
		return
	}
	level := slog.LevelWarn
	if IsPermanent(err) {
		level = slog.LevelError
	}
	d.log.Log(context.Background(), level, "delivery "+stage+" failed", append([]any{"channel", channel, "err", msg}, attrs...)...)
}

// noteOK logs once that a channel works again after errors.
func (d *Dispatcher) noteOK(channel string) {
	d.mu.Lock()
	had := d.lastErr[channel]
	delete(d.lastErr, channel)
	d.mu.Unlock()
	if had != "" {
		d.log.Info("channel works again", "channel", channel, "previous_err", had)
	}
}
