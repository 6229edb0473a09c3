package notify

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/followupd/followupd/domain"
)

// storeTimeout bounds the outbox writes after a send. They run even when
// the send's context was cancelled: what happened must be recorded.
const storeTimeout = 30 * time.Second

// deliver sends one claimed delivery and records the outcome. done is true
// when the delivery is complete (sent, skipped, or found already
// delivered). err is only a failure to record: the caller stops its pass.
// leaseEnd is when the claim's lease runs out, by the Dispatcher's clock.
func (d *Dispatcher) deliver(sendCtx context.Context, ch Channel, del Delivery, leaseEnd time.Time) (done bool, err error) {
	name := ch.Name()
	attrs := []any{"reminder", del.ReminderID, "attempt", del.Attempts}
	if del.PayloadErr != "" {
		d.log.Warn("reminder payload unreadable; delivering what its columns hold", "channel", name, "reminder", del.ReminderID, "err", del.PayloadErr)
	}
	// The lease runs from the claim; a row that waited behind slow sends
	// in its batch may not have a whole send left in it, and another
	// claimer could take it mid-send. Leave it: it comes back, with the
	// lookup, on a later claim.
	if d.opt.Clock().Add(d.opt.SendTimeout).After(leaseEnd) {
		d.log.Debug("lease ran out before the send; left for a later claim", append([]any{"channel", name}, attrs...)...)
		return false, nil
	}
	ctx, cancel := context.WithTimeout(sendCtx, d.opt.SendTimeout)
	defer cancel()
	storeCtx, cancelStore := context.WithTimeout(context.WithoutCancel(sendCtx), storeTimeout)
	defer cancelStore()

	var msgID string
	mc, isMail := ch.(MailChannel)
	if isMail {
		msgID = mc.MessageID(del)
	}
	// An earlier attempt may have reached the server before the process
	// died or the answer was lost: look before sending again.
	if isMail && del.Attempts > 1 {
		found, err := mc.Delivered(ctx, msgID)
		if err != nil {
			// Sending blind could deliver twice; wait for the lookup.
			return false, d.failed(storeCtx, ch, del, fmt.Errorf("look for an earlier copy: %w", err), attrs)
		}
		if found {
			if err := d.opt.Store.MarkSent(storeCtx, del.ReminderID, name, msgID, d.opt.Clock()); err != nil {
				return false, err
			}
			d.noteOK(name)
			d.log.Info("reminder was already delivered before a restart; not sent again", append([]any{"channel", name, "message_id", msgID}, attrs...)...)
			return true, nil
		}
	}
	r := del.Reminder
	sendErr := ch.Send(ctx, &r, del)
	switch {
	case sendErr == nil:
		if err := d.opt.Store.MarkSent(storeCtx, del.ReminderID, name, msgID, d.opt.Clock()); err != nil {
			return false, err
		}
		d.noteOK(name)
		d.log.Info("reminder delivered", append([]any{"channel", name, "rule", r.Rule}, attrs...)...)
		return true, nil
	case errors.Is(sendErr, ErrSkip):
		if err := d.opt.Store.MarkSent(storeCtx, del.ReminderID, name, "", d.opt.Clock()); err != nil {
			return false, err
		}
		d.log.Debug("nothing to deliver", append([]any{"channel", name, "why", sendErr.Error()}, attrs...)...)
		return true, nil
	}
	if ctx.Err() != nil && sendCtx.Err() != nil && !IsPermanent(sendErr) {
		sendErr = fmt.Errorf("interrupted by shutdown: %w", sendErr)
	}
	return false, d.failed(storeCtx, ch, del, sendErr, attrs)
}

// failed records a failed attempt: permanent errors end the delivery,
// others come back after the backoff (or the wait the error asks for).
func (d *Dispatcher) failed(storeCtx context.Context, ch Channel, del Delivery, sendErr error, attrs []any) error {
	now := d.opt.Clock()
	perm := IsPermanent(sendErr)
	next := d.opt.Backoff.nextAttempt(now, del.Attempts, sendErr, d.opt.Rand())
	if perm {
		next = now
	}
	d.noteErr(ch.Name(), "attempt", sendErr, append(attrs, "permanent", perm, "next", next.Format(time.RFC3339)))
	return d.opt.Store.MarkFailed(storeCtx, del.ReminderID, ch.Name(), perm, sendErr.Error(), next)
}

// Announce sends r straight to every channel that does not need the IMAP
// mailbox (not inbox, not draft), outside the outbox: for the daemon's
// health notices ("followupd cannot reach your mailbox since 09:14"),
// which must get through exactly when the mailbox does not. It is
// best-effort and at-most-once; the errors of the channels that failed are
// joined.
func (d *Dispatcher) Announce(ctx context.Context, r *domain.Reminder) error {
	var errs []error
	for _, ch := range d.chans {
		if mu, ok := ch.(mailboxUser); ok && mu.needsMailbox() {
			continue
		}
		sctx, cancel := context.WithTimeout(ctx, d.opt.SendTimeout)
		err := ch.Send(sctx, r, Delivery{ReminderID: r.ID, Channel: ch.Name(), Attempts: 1, Reminder: *r})
		cancel()
		if err != nil && !errors.Is(err, ErrSkip) {
			errs = append(errs, fmt.Errorf("%s: %w", ch.Name(), err))
		}
	}
	return errors.Join(errs...)
}

// ChannelCheck is the result of checking one channel.
type ChannelCheck struct {
	Channel string
	Err     error // nil: fine
}

// Check tests every channel that can be tested without sending, for
// `followupd check`.
func (d *Dispatcher) Check(ctx context.Context) []ChannelCheck {
	var out []ChannelCheck
	for _, ch := range d.chans {
		c, ok := ch.(Checker)
		if !ok {
			out = append(out, ChannelCheck{Channel: ch.Name()})
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, d.opt.SendTimeout)
		out = append(out, ChannelCheck{Channel: ch.Name(), Err: c.Check(cctx)})
		cancel()
	}
	return out
}
