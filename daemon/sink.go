package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/message"
	"github.com/followupd/followupd/store"
)

// reminderHeader marks mail that followupd itself wrote (reminder emails,
// inbox reminders, drafts). Such mail is never treated as conversation.
const reminderHeader = "X-Followupd-Reminder"

// mailSink is the watcher's imapwatch.Sink: it parses what was fetched,
// classifies it and stores it in one transaction per batch. The engine finds
// the contacts whose mail changed by itself at its next tick. A message that cannot be parsed is logged
// and skipped; the folder's UID state still advances past it so a broken
// message never blocks the sync.
type mailSink struct {
	store    *store.Store
	classify classify.Options
	isMe     func(addr string) bool
	log      *slog.Logger
	// replied is called for the owner's replies to a reminder (In-Reply-To
	// names a reminder's Message-ID): "done", "snooze 3d", "stop".
	replied func(ctx context.Context, m *domain.Message, text string)
}

var _ imapwatch.Sink = (*mailSink)(nil)

func (s *mailSink) FolderState(ctx context.Context, account, folder string) (imapwatch.FolderState, error) {
	st, err := s.store.FolderState(ctx, account, folder)
	if err != nil {
		return imapwatch.FolderState{}, err
	}
	return imapwatch.FolderState(st), nil
}

func (s *mailSink) ResetFolder(ctx context.Context, account, folder string, uidValidity uint32) error {
	s.log.Warn("uidvalidity changed: rescanning folder", "account", account, "mailbox", folder, "uidvalidity", uidValidity)
	return s.store.ResetFolder(ctx, account, folder, uidValidity)
}

func (s *mailSink) Apply(ctx context.Context, account, folder string, role imapwatch.Role, st imapwatch.FolderState, msgs []imapwatch.Fetched) error {
	judged := s.judge(account, role, msgs)
	batch := make([]store.NewMessage, 0, len(msgs))
	var replies []int
	for i := range msgs {
		j := &judged[i]
		switch {
		case j.err != nil:
			s.log.Warn("skip unreadable message", "account", account, "mailbox", folder, "uid", msgs[i].UID, "err", j.err)
			continue
		case j.ours:
			continue // our own reminder or draft
		}
		if j.problems != "" {
			s.log.Debug("message read with problems", "account", account, "mailbox", folder, "uid", msgs[i].UID, "problems", j.problems)
		}
		if j.msg.Msg.Direction == domain.Sent && j.msg.Msg.InReplyTo != "" && s.replied != nil {
			replies = append(replies, len(batch))
		}
		batch = append(batch, j.msg)
	}
	if err := s.store.SaveBatch(ctx, account, folder, string(role), store.FolderState(st), batch); err != nil {
		return fmt.Errorf("store %d messages from %s: %w", len(batch), folder, err)
	}
	for _, i := range replies {
		s.replied(ctx, &batch[i].Msg, batch[i].Text)
	}
	return nil
}

// judged is one fetched message parsed and classified.
type judged struct {
	msg      store.NewMessage
	err      error
	ours     bool
	problems string
}

var _ imapwatch.Preparer = (*mailSink)(nil)

// Prepare parses and classifies one message as soon as the watcher has
// fetched it (while it fetches the next and Apply stores the chunk before).
func (s *mailSink) Prepare(account, _ string, role imapwatch.Role, f *imapwatch.Fetched) any {
	j := new(judged)
	s.judgeOne(account, role, f, j)
	return j
}

// judge returns the batch parsed and classified: what Prepare did already,
// the rest on every core (classification is pure and the batch's order is
// kept); storing stays one transaction.
func (s *mailSink) judge(account string, role imapwatch.Role, msgs []imapwatch.Fetched) []judged {
	out := make([]judged, len(msgs))
	var todo []int
	for i := range msgs {
		if j, ok := msgs[i].Prepared.(*judged); ok && j != nil {
			out[i] = *j
		} else {
			todo = append(todo, i)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < len(todo); k = int(next.Add(1) - 1) {
				i := todo[k]
				s.judgeOne(account, role, &msgs[i], &out[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// judgeOne parses and classifies one fetched message into j.
func (s *mailSink) judgeOne(account string, role imapwatch.Role, f *imapwatch.Fetched, j *judged) {
	m, err := build(f)
	switch {
	case err != nil:
		j.err = err
	case len(m.Header[reminderHeader]) > 0:
		j.ours = true
	default:
		j.problems = strings.Join(m.Problems, "; ")
		j.msg = s.newMessage(account, role, f, m)
	}
}

// build parses a fetched message. The HTML parts are decoded only when the
// plain text is short: the classifier reads the HTML only when the plain
// text is (nearly) empty, and the store keeps it only below keepHTMLBelow,
// so for most mail (multipart/alternative with a real text part) decoding
// it is wasted work. The result is then what message.Build gives for all
// the parts, less the HTML (and its charset problems, which are only
// logged).
func build(f *imapwatch.Fetched) (*message.Message, error) {
	html := false
	for _, p := range f.Parts {
		html = html || strings.EqualFold(p.Type, "text/html")
	}
	if !html || len(f.Parts) > maxLeanParts {
		return message.Build(f.Header, f.Parts)
	}
	lean := make([]message.Part, 0, len(f.Parts))
	for _, p := range f.Parts {
		if !strings.EqualFold(p.Type, "text/html") {
			lean = append(lean, p)
		}
	}
	m, err := message.Build(f.Header, lean)
	if err != nil || len(strings.TrimSpace(m.Text)) < keepHTMLBelow {
		return message.Build(f.Header, f.Parts)
	}
	return m, nil
}

// maxLeanParts keeps build's shortcut to messages whose parts all fit
// under message.Build's own part cap (the watcher fetches at most 8), so
// leaving the HTML out never lets a later part in.
const maxLeanParts = 8

// newMessage turns a parsed and classified message into the store's row.
func (s *mailSink) newMessage(account string, role imapwatch.Role, f *imapwatch.Fetched, m *message.Message) store.NewMessage {
	v := classify.Classify(m, &s.classify)
	dm := domainMessage(account, m, f.InternalDate, v)
	if role == imapwatch.RoleSent || s.isMe(m.From.Addr) {
		dm.Direction = domain.Sent
	}
	text, html := keptText(m.Text, m.HTML)
	return store.NewMessage{
		UID:               f.UID,
		Msg:               dm,
		Counterparts:      dm.Participants(s.isMe),
		RawHeader:         m.RawHeader,
		Text:              text,
		HTML:              html,
		Calendar:          m.Calendar,
		ClassifierVersion: classify.Version,
	}
}

// What the store keeps of a message's text, for judging it again later.
// The classifier reads at most the first 32 KiB of the text, and the HTML
// only when the plain text is (nearly) empty; keeping more would double
// the bytes written per message for nothing.
const (
	keepTextBytes = 32 << 10
	keepHTMLBelow = 1 << 10 // keep the HTML when the plain text is shorter than this
)

func keptText(text, html string) (string, string) {
	if len(strings.TrimSpace(text)) >= keepHTMLBelow {
		html = ""
	}
	return keep(text), keep(html)
}

// keep caps s at keepTextBytes, copying a cut text so that the whole
// decoded part is not kept alive until the batch is stored (the watcher
// prepares a chunk while the one before is stored).
func keep(s string) string {
	if len(s) <= keepTextBytes {
		return s
	}
	return strings.Clone(capUTF8(s, keepTextBytes))
}

// capUTF8 cuts s to at most n bytes without splitting a character.
func capUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// NewSink is the sink the daemon uses, on its own: parse, classify and
// store, with no reply commands. Benchmarks measure the whole pipeline
// through it.
func NewSink(st *store.Store, me []string, zone *time.Location, log *slog.Logger) imapwatch.Sink {
	isMe := func(addr string) bool {
		for _, m := range me {
			if domain.NormAddr(addr) == m {
				return true
			}
		}
		return false
	}
	return &mailSink{store: st, classify: classify.Options{Me: me, Zone: zone}, isMe: isMe, log: log}
}
