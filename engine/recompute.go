package engine

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/rules"
	"github.com/followupd/followupd/store"
)

// Recompute judges the given contacts again, as of the clock, together
// with whatever mail changed since the last pass, and saves their
// projected reminders. The daemon may call it after a sync batch with the
// batch's participants; the next tick would find the changes anyway.
func (e *Engine) Recompute(ctx context.Context, contacts []string) error {
	if e.setErr != nil {
		return e.setErr
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(contacts) > 0 {
		if err := e.st.MarkStale(ctx, contacts); err != nil {
			return err
		}
	}
	return e.catchUp(ctx, e.clock())
}

// catchUp saves the projection of every contact the store lists as stale,
// judged at now. Callers hold e.mu.
func (e *Engine) catchUp(ctx context.Context, now time.Time) error {
	idle, err := e.st.EngineIdle(ctx, now)
	if err != nil || idle {
		return err
	}
	stale, err := e.st.EngineChanges(ctx, now)
	if err != nil {
		return err
	}
	// A changed introducer changes the close-loop reminders about the
	// people they introduced.
	about, err := e.st.AboutContacts(ctx, stale)
	if err != nil {
		return err
	}
	for _, a := range about {
		if !slices.Contains(stale, a) {
			stale = append(stale, a)
		}
	}
	since, err := e.prevTick(ctx)
	if err != nil {
		return err
	}
	for len(stale) > 0 {
		n := min(e.batch, len(stale))
		if err := e.project(ctx, now, since, stale[:n]); err != nil {
			return err
		}
		stale = stale[n:]
	}
	return nil
}

// prevTick is the last tick, from memory or, after a restart, the store.
func (e *Engine) prevTick(ctx context.Context) (time.Time, error) {
	if t := e.LastTick(); !t.IsZero() {
		return t, nil
	}
	return e.st.LastTick(ctx)
}

// project judges addrs at now and saves the result. since is the last
// tick: a reminder found only now that expired after it came due while
// followupd was not running, and is dropped with a log line.
func (e *Engine) project(ctx context.Context, now, since time.Time, addrs []string) error {
	ins, err := e.inputs(ctx, now, addrs, rules.Actions{})
	if err != nil {
		return err
	}
	var rems []store.Projected
	recheck := map[string]time.Time{}
	for _, in := range ins {
		addr := domain.NormAddr(in.Contact.Addr.Addr)
		if t := firstFrom(now, in); !t.IsZero() {
			recheck[addr] = t
		}
		for _, r := range e.set.Evaluate(in) {
			if len(r.Channels) == 0 {
				r.Channels = e.channels
			}
			rems = append(rems, store.Projected{Reminder: r.Reminder, About: r.About, Account: r.Account,
				Expires: r.Expires, Moot: r.Moot})
		}
	}
	dropped, err := e.st.SaveProjection(ctx, addrs, rems, now, since, recheck)
	if err != nil {
		return fmt.Errorf("project %d contacts: %w", len(addrs), err)
	}
	for _, r := range dropped {
		e.logDropped(r.ID, r.Rule, r.Contact.Addr, r.Due, r.Expires)
	}
	return nil
}

// firstFrom is the date of the earliest mail at or after now that in
// depends on (zero if none): when it is reached, the contact must be
// judged again.
func firstFrom(now time.Time, in *rules.Input) time.Time {
	var first time.Time
	scan := func(ms []domain.Message) {
		for i := range ms {
			if d := ms[i].Date; !d.Before(now) && (first.IsZero() || d.Before(first)) {
				first = d
			}
		}
	}
	scan(in.Contact.Messages)
	for _, r := range in.Related {
		scan(r.Messages)
	}
	if !first.IsZero() && first.Equal(now) {
		// Date < now is what counts: a message dated exactly now counts
		// from the next second on.
		first = first.Add(time.Second)
	}
	return first.Truncate(time.Second)
}

// inputs loads what the rules need to judge addrs at now: each contact's
// mail, and the mail of the introducers they name. The owner's own
// addresses and addresses without mail get no input.
func (e *Engine) inputs(ctx context.Context, now time.Time, addrs []string, acts rules.Actions) ([]*rules.Input, error) {
	if err := e.loadKnown(ctx); err != nil {
		return nil, err
	}
	// The owner's own addresses are on every message: never load them.
	others := make([]string, 0, len(addrs))
	for _, a := range addrs {
		if !e.isMe(a) {
			others = append(others, a)
		}
	}
	facts, err := e.st.ContactFacts(ctx, others)
	if err != nil {
		return nil, err
	}
	owner := rules.Owner{IsMe: e.isMe, Zone: e.zone}
	var ins []*rules.Input
	var need []string
	for _, a := range others {
		f := facts[a]
		if f == nil {
			continue
		}
		e.learn(f)
		in := &rules.Input{Owner: owner, Now: now, Contact: contactOf(f), Known: e.lookup, Actions: acts}
		ins = append(ins, in)
		for _, x := range e.set.Introducers(in) {
			if facts[x] == nil && !e.isMe(x) && !slices.Contains(need, x) {
				need = append(need, x)
			}
		}
	}
	if len(need) > 0 {
		more, err := e.st.ContactFacts(ctx, need)
		if err != nil {
			return nil, err
		}
		for k, v := range more {
			facts[k] = v
		}
	}
	for _, in := range ins {
		for _, x := range e.set.Introducers(in) {
			if f := facts[x]; f != nil {
				in.Related = map[string]*rules.Contact{x: contactOf(f)}
			}
		}
	}
	return ins, nil
}

func contactOf(f *store.ContactFacts) *rules.Contact {
	return &rules.Contact{Addr: domain.Address{Name: f.Name, Addr: f.Addr}, Muted: f.Muted,
		Messages: f.Messages, Texts: f.Texts}
}

// loadKnown reads the directory of named contacts once.
func (e *Engine) loadKnown(ctx context.Context) error {
	if e.known != nil {
		return nil
	}
	all, err := e.st.KnownContacts(ctx)
	if err != nil {
		return err
	}
	e.known = make(map[string]domain.Address, len(all))
	for _, a := range all {
		if k := rules.NameKey(a.Name); k != "" && !e.isMe(a.Addr) {
			e.known[k] = a
		}
	}
	return nil
}

// learn keeps the directory current with a contact just read: a named
// contact the owner has written to or heard from.
func (e *Engine) learn(f *store.ContactFacts) {
	k := rules.NameKey(f.Name)
	if k == "" || e.isMe(f.Addr) {
		return
	}
	if _, ok := e.known[k]; ok {
		return
	}
	for i := range f.Messages {
		m := &f.Messages[i]
		if m.From.Addr == f.Addr || m.Direction == domain.Sent {
			e.known[k] = domain.Address{Name: f.Name, Addr: f.Addr}
			return
		}
	}
}

func (e *Engine) lookup(name string) (domain.Address, bool) {
	a, ok := e.known[name]
	return a, ok
}
