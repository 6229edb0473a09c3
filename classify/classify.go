// Package classify decides what a message does in a networking
// conversation (domain.Kind) and, for a confirmation, when the meeting is.
// The contract is ../shared/spec/message-kinds.md.
//
// Classify is pure: no I/O, no clock. Relative dates resolve against the
// message's own Date header, so judging the same message twice gives the
// same verdict. It never fails and never panics on any input: text is
// capped (see the max* constants), the phrase matcher and the time
// extractor do bounded work per token, and a message it cannot read is
// judged other. Version changes whenever behaviour does, so stored
// verdicts from an older classifier can be recomputed.
//
// The stages, each in its own file: automated-mail detection (auto.go),
// quote and signature stripping (strip.go), the calendar part
// (calendar.go), phrase families (lexicon.go, phrases.go), the time
// extractor (when*.go, zones.go) and the kind rules (kind.go, kinds.go,
// refusals.go, asks.go, notmeeting.go).
package classify

import (
	"strings"
	"sync"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

// Version of the classifier's behaviour. Bump it with every change that
// can change a verdict: the daemon re-judges stored mail when it changes.
const Version = 3

// Options tell the classifier about the mailbox owner.
type Options struct {
	// Me lists the owner's addresses, lower case. Mail from one of them
	// is the owner's own ("sent").
	Me []string
	// Zone is the owner's time zone; nil means UTC. It resolves "your
	// time" in mail the owner received and zone-less times in mail the
	// owner wrote.
	Zone *time.Location
}

// maxJudgeBytes caps the new text the kind rules read: a note between
// people is short, and what lies beyond this decides nothing. It bounds
// the work per message (the stripper also stops once the new text is
// past it). 6 KiB leaves every verdict of the development corpora as it
// was at 8 KiB; at 4-5 KiB an "unsubscribe" footer deep in a long
// newsletter (SpamAssassin hard-ham) is no longer seen.
const maxJudgeBytes = 6 << 10

// Classify judges one message.
func Classify(m *message.Message, opt *Options) domain.Verdict {
	if opt == nil {
		opt = &Options{}
	}
	sent := isMe(m.From.Addr, opt.Me)
	if why := automated(m); why != "" && !(sent && strings.HasPrefix(why, "sender ")) {
		return domain.Verdict{Kind: domain.KindOther, Why: "other: automated: " + why}
	}
	body, st, newText := newTextOf(m)
	tb := tokBufs.Get().(*[]token)
	defer tokBufs.Put(tb)
	toks := tokenizeInto(*tb, newText)
	*tb = toks
	ctx := newContext(m, opt, sent, guessLang(toks), newText, body)
	r := &reader{ctx: ctx, body: body, subject: m.Subject}
	r.a = scanTokens(newText, toks)
	if len(m.Calendar) > 0 {
		r.a.extractMentions(ctx.dayFirst)
		// An invite from a person fixes the meeting whatever its text says
		// (calendar services add "you are receiving this" footers).
		r.meetKnown, r.meet = true, true
		if v, ok := r.calendar(m.Calendar); ok {
			return v
		}
		r.meetKnown = false
	}
	if why := autoBody(r.a); why != "" {
		return domain.Verdict{Kind: domain.KindOther, Why: "other: automated: " + why}
	}
	if n, first := spamScore(r.a, m.Subject); n >= 2 {
		return domain.Verdict{Kind: domain.KindOther, Why: "other: reads like bulk mail (" + first + ")"}
	}
	if r.a.ments == nil {
		r.a.extractMentions(ctx.dayFirst)
	}
	r.forward = st.Forward
	r.isReply = isReplyMsg(m, st)
	if st.Quote != "" {
		q := st.Quote
		if len(q) > maxJudgeBytes {
			q = q[:maxJudgeBytes]
		}
		r.q = analyze(q, ctx.dayFirst)
		r.qctx = quoteContext(ctx, st.QuoteHeader)
	}
	if !replySubject(m.Subject) && m.Subject != "" {
		r.subj = analyze(capStr(m.Subject, 300), ctx.dayFirst)
	}
	for _, rule := range []func() (judgement, bool){r.confirmation, r.decline, r.request, r.thanks, r.update} {
		if j, ok := rule(); ok {
			return verdict(j)
		}
	}
	if st.Forward {
		return domain.Verdict{Kind: domain.KindOther, Why: "other: a forward with no ask of its own"}
	}
	if j, ok := r.silentRefusal(); ok {
		return verdict(j)
	}
	return domain.Verdict{Kind: domain.KindOther, Why: "other: no meeting ask, confirmation, decline, thanks or news in the new text"}
}

// newTextOf picks the body to read (the plain text, or the HTML's text
// when the plain part is empty or a stub) and strips quotes and
// signatures from it.
func newTextOf(m *message.Message) (body string, st stripped, newText string) {
	body = m.Text
	if strings.TrimSpace(body) == "" || (len(strings.TrimSpace(body)) < 40 && len(m.HTML) > 200) {
		body = message.HTMLToText(capStr(m.HTML, maxStripBytes))
	}
	st = strip(body, m.From.Name)
	return body, st, capStr(st.New, maxJudgeBytes)
}

func isReplyMsg(m *message.Message, st stripped) bool {
	return m.InReplyTo != "" || len(m.References) > 0 || replySubject(m.Subject) || st.Quote != ""
}

// tokBufs recycles the token slice of the new text, the largest
// allocation of a classification: nothing refers to it once Classify has
// returned (the verdict holds strings only).
var tokBufs = sync.Pool{New: func() any { return new([]token) }}

func verdict(j judgement) domain.Verdict {
	v := domain.Verdict{Kind: j.kind, Why: j.why}
	if j.kind == domain.KindConfirmation && j.hasTime {
		v.MeetingAt, v.AllDay = j.at, j.allDay
		v.Why += "; " + j.label
	}
	return v
}

// calendar judges a message with a text/calendar part: an invite fixes
// the meeting at its DTSTART whatever the text says; a cancellation is a
// decline unless the text fixes a new time.
func (r *reader) calendar(parts []string) (domain.Verdict, bool) {
	ev := readCalendar(parts, r.ctx.loc)
	switch {
	case ev.method == "REPLY":
		return domain.Verdict{Kind: domain.KindOther, Why: "other: calendar reply (METHOD:REPLY)"}, true
	case ev.cancel:
		if j, ok := r.confirmation(); ok {
			v := verdict(j)
			v.Cancel = true
			return v, true
		}
		return domain.Verdict{Kind: domain.KindDecline, Cancel: true, Why: "decline: calendar METHOD:CANCEL"}, true
	case ev.method == "COUNTER":
		return domain.Verdict{Kind: domain.KindRequest, Why: "request: calendar METHOD:COUNTER"}, true
	case ev.ok:
		v := domain.Verdict{Kind: domain.KindConfirmation, MeetingAt: ev.start, AllDay: ev.allDay}
		m := ev.method
		if m == "" {
			m = "none"
		}
		v.Why = "confirmation: calendar METHOD:" + m + "; meeting " + ev.start.Format("Mon Jan 2 15:04 -07:00") + " (" + ev.why + ")"
		return v, true
	}
	return domain.Verdict{}, false
}

func isMe(addr string, me []string) bool {
	addr = domain.NormAddr(addr)
	for _, a := range me {
		if addr != "" && domain.NormAddr(a) == addr {
			return true
		}
	}
	return false
}

var replyPrefixes = []string{"re:", "re :", "aw:", "aw :", "antw:", "sv:", "vs:", "rv:", "r:", "ref:", "réf.", "fwd:",
	"fw:", "tr:", "wg:", "rif:", "enc:", "re[", "fwd :"}

func replySubject(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, p := range replyPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

func capStr(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
