package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"sort"
	"time"

	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/watchtest"
	"github.com/followupd/followupd/store"
)

// sinks are the Sinks the watcher can be measured into. Each gets a fresh
// directory of its own (a store file goes there) and returns a closer. To
// measure followupd's whole pipeline, use -sink store.
var sinks = map[string]func(dir string) (imapwatch.Sink, io.Closer, error){
	"count": func(string) (imapwatch.Sink, io.Closer, error) {
		return &watchtest.CountSink{}, io.NopCloser(nil), nil
	},
	// store is followupd's own pipeline: parse, classify, and store in a
	// real SQLite file, batch by batch.
	"store": func(dir string) (imapwatch.Sink, io.Closer, error) {
		daemon.ApplyMemoryLimit() // as `followupd run` does
		st, err := store.Open(context.Background(), filepath.Join(dir, "followupd.db"))
		if err != nil {
			return nil, nil, err
		}
		return daemon.NewSink(st, []string{"alex@example.com"}, time.UTC, slog.New(slog.DiscardHandler)), st, nil
	},
	"discard": func(string) (imapwatch.Sink, io.Closer, error) {
		return &discardSink{}, io.NopCloser(nil), nil
	},
}

func sinkNames() []string {
	var out []string
	for n := range sinks {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// discardSink keeps only the folder state.
type discardSink struct{ watchtest.States }

func (s *discardSink) Apply(_ context.Context, _, folder string, _ imapwatch.Role, st imapwatch.FolderState, _ []imapwatch.Fetched) error {
	s.Save(folder, st)
	return nil
}

// presetSink answers FolderState with a preset state while the inner Sink
// has none for that folder: "the store already holds the first UIDs".
type presetSink struct {
	imapwatch.Sink
	preset map[string]imapwatch.FolderState
}

func (s presetSink) FolderState(ctx context.Context, account, folder string) (imapwatch.FolderState, error) {
	st, err := s.Sink.FolderState(ctx, account, folder)
	if err == nil && st == (imapwatch.FolderState{}) {
		if p, ok := s.preset[folder]; ok {
			return p, nil
		}
	}
	return st, err
}

// preparing returns sink as a Preparer too when inner is one (the wrappers
// below would otherwise hide the daemon sink's Prepare from the watcher).
func preparing(sink, inner imapwatch.Sink) imapwatch.Sink {
	p, ok := inner.(imapwatch.Preparer)
	if !ok {
		return sink
	}
	return struct {
		imapwatch.Sink
		imapwatch.Preparer
	}{sink, p}
}

// timedSink reports each stored Message-ID after the inner Apply returned.
type timedSink struct {
	imapwatch.Sink
	stored func(id string)
}

func (s timedSink) Apply(ctx context.Context, account, folder string, role imapwatch.Role, st imapwatch.FolderState, msgs []imapwatch.Fetched) error {
	if err := s.Sink.Apply(ctx, account, folder, role, st, msgs); err != nil {
		return err
	}
	for _, m := range msgs {
		s.stored(messageID(m.Header))
	}
	return nil
}

// messageID finds the Message-ID in a header block (a quick scan, enough
// for generated mail).
func messageID(h []byte) string {
	i := bytes.Index(bytes.ToLower(h), []byte("\nmessage-id:"))
	if i < 0 {
		return ""
	}
	v := h[i+len("\nmessage-id:"):]
	if j := bytes.IndexByte(v, '\n'); j >= 0 {
		v = v[:j]
	}
	return string(bytes.Trim(bytes.TrimSpace(v), "<>"))
}
