// Package watchtest holds the in-memory Sink parts that the watcher's
// tests and the sync benchmarks share. Nothing here is durable: a process
// that ends loses every folder state.
package watchtest

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/followupd/followupd/imapwatch"
)

// States keeps each folder's imapwatch.FolderState in memory: the part of
// an imapwatch.Sink that remembers where a sync stands. Embed it and
// write Apply, calling Save. The zero value is ready to use.
type States struct {
	mu     sync.Mutex
	states map[string]imapwatch.FolderState
}

// FolderState implements imapwatch.Sink.
func (s *States) FolderState(_ context.Context, _, folder string) (imapwatch.FolderState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.states[folder], nil
}

// ResetFolder implements imapwatch.Sink.
func (s *States) ResetFolder(_ context.Context, _, folder string, uidValidity uint32) error {
	s.Save(folder, imapwatch.FolderState{UIDValidity: uidValidity})
	return nil
}

// Save records folder's state.
func (s *States) Save(folder string, st imapwatch.FolderState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.states == nil {
		s.states = map[string]imapwatch.FolderState{}
	}
	s.states[folder] = st
}

// CountSink keeps the folder states and counts the messages and bytes
// (header and fetched parts) it is given, storing nothing else.
type CountSink struct {
	States
	msgs, bytes atomic.Int64
}

// Apply implements imapwatch.Sink.
func (s *CountSink) Apply(_ context.Context, _, folder string, _ imapwatch.Role, st imapwatch.FolderState, msgs []imapwatch.Fetched) error {
	s.Save(folder, st)
	s.msgs.Add(int64(len(msgs)))
	for _, m := range msgs {
		n := len(m.Header)
		for _, p := range m.Parts {
			n += len(p.Body)
		}
		s.bytes.Add(int64(n))
	}
	return nil
}

// Messages returns how many messages Apply has been given.
func (s *CountSink) Messages() int64 { return s.msgs.Load() }

// Bytes returns the header and part bytes Apply has been given.
func (s *CountSink) Bytes() int64 { return s.bytes.Load() }
