package rules

import (
	"fmt"
	"slices"
	"time"

	"github.com/followupd/followupd/domain"
)

func day(t time.Time, zone *time.Location) string { return t.In(zone).Format("Jan 2") }

func ordinal(n int) string {
	switch n {
	case 1:
		return "first"
	case 2:
		return "second"
	case 3:
		return "third"
	}
	return fmt.Sprintf("%dth", n)
}

// requested: nudges for each of the owner's unanswered requests. Besides
// cancel_on, a meeting fixed after the request ends the chase (the owner
// and the contact agreed, whoever wrote it).
func (e *eval) requested(r *compiled) {
	for _, c := range e.h.chases {
		req := c.req
		cancel := firstEvent(r.CancelOn, req.Date, e.h.msgs, nil)
		for _, mt := range e.h.meetings {
			if mt.fixed.Date.After(req.Date) {
				cancel = earliest(cancel, mt.fixed.Date)
				break
			}
		}
		dues := e.series(r, r.first(req.Date, e.zone), time.Time{})
		p := PersonOf(e.who)
		first := c.first
		e.emit(r, occurrence{
			contact: e.who, anchor: req.MessageID, msg: req.Message, cancelAt: cancel,
			why: func(n int, due time.Time) string {
				verb := "you asked %s for a meeting on %s"
				if !first {
					verb = "you proposed a meeting to %s on %s"
				}
				s := fmt.Sprintf(verb+" (“%s”); no answer from %s in %d days",
					p.Name, day(req.Date, e.zone), req.Subject, firstOr(p), int(due.Sub(req.Date).Hours()/24))
				if n > 1 {
					s += fmt.Sprintf(" (%s nudge)", ordinal(n))
				}
				return s
			},
		}, dues)
	}
}

func firstOr(p Person) string {
	if p.FirstName != "" {
		return p.FirstName
	}
	return p.Name
}

// confirmed: one confirm per meeting time, before the meeting; at once when
// the meeting was fixed after that time but is still more than min_lead
// away; none otherwise.
func (e *eval) confirmed(r *compiled) {
	for _, mt := range e.h.meetings {
		start := mt.start(e.zone)
		latest := r.MinLead.SubFrom(start, e.zone)
		due := r.Before.SubFrom(start, e.zone)
		if r.At.Set {
			due = align(due, r.At, r.Align, e.zone)
		}
		due = r.QuietHours.Leave(due, e.zone)
		fixed := mt.fixed.Date
		atOnce := fixed.After(due)
		if atOnce {
			due = fixed
		}
		if !due.Before(latest) {
			continue
		}
		p := PersonOf(e.who)
		meet := meetingText(mt.at, mt.allDay, e.zone)
		connector := e.h.connector
		e.emit(r, occurrence{
			contact: e.who, anchor: meetingAnchor(mt), msg: mt.fixed.Message, meeting: mt,
			cancelAt: firstEvent(r.CancelOn, fixed, e.h.msgs, mt), moot: latest,
			why: func(n int, _ time.Time) string {
				s := fmt.Sprintf("your meeting with %s is on %s (“%s”), fixed on %s", p.Name, meet, mt.fixed.Subject, day(fixed, e.zone))
				if atOnce {
					s += " at " + fixed.In(e.zone).Format("15:04") + ", too late for the usual reminder"
				}
				if connector {
					s += fmt.Sprintf("; %s asked you for it", firstOr(p))
				}
				return s + "; confirm it"
			},
		}, e.series(r, due, latest))
	}
}

func meetingAnchor(mt *meeting) string {
	return fmt.Sprintf("%d|%s", mt.at.Unix(), mt.fixed.MessageID)
}

// met: thank the contact after each meeting that stood, unless the contact
// asked for it (the owner was the connector).
func (e *eval) met(r *compiled) {
	if e.h.connector {
		return
	}
	for _, mt := range e.h.meetings {
		if !mt.stands() {
			continue
		}
		p := PersonOf(e.who)
		meet := meetingText(mt.at, mt.allDay, e.zone)
		e.emit(r, occurrence{
			contact: e.who, anchor: meetingAnchor(mt), msg: mt.fixed.Message, meeting: mt,
			cancelAt: firstEvent(r.CancelOn, mt.start(e.zone), e.h.msgs, mt),
			why: func(n int, _ time.Time) string {
				s := fmt.Sprintf("you met %s on %s (“%s”); no thank-you sent yet", p.Name, meet, mt.fixed.Subject)
				if n > 1 {
					s += fmt.Sprintf(" (%s reminder)", ordinal(n))
				}
				return s
			},
		}, e.series(r, r.first(mt.over(e.zone), e.zone), time.Time{}))
	}
}

// thanked: keep in touch after the owner's thank-you, counted from the last
// real exchange (when exchange cancels), until stop_after of silence from
// the contact.
func (e *eval) thanked(r *compiled) {
	t := e.h.thanks
	if t == nil {
		return
	}
	anchor := t
	exch, from := e.h.lastReal(t.Date)
	if slices.Contains(r.CancelOn, EventExchange) && exch != nil {
		anchor = exch
	}
	var stop time.Time
	if !r.StopAfter.IsZero() {
		silent := t.Date
		if from != nil {
			silent = from.Date
		}
		stop = r.StopAfter.AddTo(silent, e.zone)
	}
	p := PersonOf(e.who)
	e.emit(r, occurrence{
		contact: e.who, anchor: anchor.MessageID, msg: anchor.Message,
		why: func(n int, due time.Time) string {
			return fmt.Sprintf("you met %s and thanked %s on %s; nothing exchanged since %s (%d weeks)",
				p.Name, firstOr(p), day(t.Date, e.zone), day(anchor.Date, e.zone), calendarDays(anchor.Date, due, e.zone)/7)
		},
	}, e.series(r, r.first(anchor.Date, e.zone), stop))
}

// introduced: after the owner thanked an introduced contact, remind them to
// tell the introducer how it went.
func (e *eval) introduced(r *compiled) {
	in, t := e.intro, e.h.thanks
	if in == nil || t == nil {
		return
	}
	x := domain.NormAddr(in.who.Addr)
	rel := e.in.Related[x]
	var xmsgs []msg
	if rel != nil {
		if rel.Muted {
			return
		}
		if in.who.Name == "" {
			in.who.Name = rel.Addr.Name
		}
		xmsgs = read(x, rel.Messages, e.in.Now, isMeOf(e.in.Owner), e.zone).msgs
	}
	p, q := PersonOf(in.who), PersonOf(e.who)
	msg := *in.msg
	if in.named {
		msg.MessageID = "" // the introducer never saw the request: no reply to it
	}
	e.emit(r, occurrence{
		contact: in.who, about: e.who, anchor: e.who.Addr + "|" + t.MessageID, msg: &msg,
		cancelAt: firstEvent(r.CancelOn, e.h.met.start(e.zone), xmsgs, nil),
		why: func(int, time.Time) string {
			how := fmt.Sprintf("%s introduced you to %s", p.Name, q.Name)
			if in.named {
				how = fmt.Sprintf("%s suggested you contact %s", p.Name, q.Name)
			}
			return fmt.Sprintf("%s (“%s”); you thanked %s on %s: tell %s how it went",
				how, in.msg.Subject, firstOr(q), day(t.Date, e.zone), firstOr(p))
		},
	}, e.series(r, r.first(t.Date, e.zone), time.Time{}))
}
