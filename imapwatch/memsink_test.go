package imapwatch_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/textproto"
	"sort"
	"strings"
	"sync"

	"github.com/followupd/followupd/imapwatch"
)

// memSink is an in-memory Sink that behaves as the store must: Apply is
// atomic, messages are deduplicated by Message-ID (by a header hash when
// there is none), ResetFolder forgets a folder's UIDs but keeps messages.
// It also records what a correct watcher must never do.
type memSink struct {
	mu       sync.Mutex
	states   map[string]imapwatch.FolderState // folder -> state
	uids     map[string]map[uint32]string     // folder -> uid -> message key
	msgs     map[string]imapwatch.Fetched     // message key -> first copy
	folderOf map[string]map[string]bool       // message key -> folders
	roles    map[string]imapwatch.Role        // folder -> role
	resets   map[string]int                   // folder -> ResetFolder calls
	errs     []string                         // contract violations
	applies  int
	onApply  func(folder string, msgs []imapwatch.Fetched)       // called after storing, unlocked
	failNext func(folder string, msgs []imapwatch.Fetched) error // fault injection for Apply
}

func newMemSink() *memSink {
	return &memSink{
		states: map[string]imapwatch.FolderState{}, uids: map[string]map[uint32]string{},
		msgs: map[string]imapwatch.Fetched{}, folderOf: map[string]map[string]bool{},
		roles: map[string]imapwatch.Role{}, resets: map[string]int{},
	}
}

func (s *memSink) FolderState(_ context.Context, account, folder string) (imapwatch.FolderState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.states[folder], nil
}

func (s *memSink) ResetFolder(_ context.Context, account, folder string, uidValidity uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resets[folder]++
	delete(s.uids, folder)
	s.states[folder] = imapwatch.FolderState{UIDValidity: uidValidity}
	return nil
}

func (s *memSink) Apply(_ context.Context, account, folder string, role imapwatch.Role, st imapwatch.FolderState, msgs []imapwatch.Fetched) error {
	if s.failNext != nil {
		if err := s.failNext(folder, msgs); err != nil {
			return err
		}
	}
	s.mu.Lock()
	old := s.states[folder]
	if old.UIDValidity != 0 && old.UIDValidity != st.UIDValidity {
		s.errs = append(s.errs, fmt.Sprintf("%s: Apply with UIDVALIDITY %d over %d without ResetFolder", folder, st.UIDValidity, old.UIDValidity))
	}
	if st.HighestUID < old.HighestUID {
		s.errs = append(s.errs, fmt.Sprintf("%s: highest UID went back from %d to %d", folder, old.HighestUID, st.HighestUID))
	}
	if s.uids[folder] == nil {
		s.uids[folder] = map[uint32]string{}
	}
	for _, m := range msgs {
		if m.UID <= old.HighestUID || m.UID > st.HighestUID {
			s.errs = append(s.errs, fmt.Sprintf("%s: uid %d outside (%d, %d]", folder, m.UID, old.HighestUID, st.HighestUID))
		}
		if _, dup := s.uids[folder][m.UID]; dup {
			s.errs = append(s.errs, fmt.Sprintf("%s: uid %d delivered twice", folder, m.UID))
		}
		key := msgKey(m.Header)
		s.uids[folder][m.UID] = key
		if _, ok := s.msgs[key]; !ok {
			s.msgs[key] = m
		}
		if s.folderOf[key] == nil {
			s.folderOf[key] = map[string]bool{}
		}
		s.folderOf[key][folder] = true
	}
	s.states[folder] = st
	s.roles[folder] = role
	s.applies++
	hook := s.onApply
	s.mu.Unlock()
	if hook != nil {
		hook(folder, msgs)
	}
	return nil
}

// msgKey is the Message-ID, or a hash of the header when there is none.
func msgKey(header []byte) string {
	h, _ := textproto.NewReader(bufio.NewReader(bytes.NewReader(append(bytes.Clone(header), "\r\n\r\n"...)))).ReadMIMEHeader()
	if id := strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>"); id != "" {
		return id
	}
	sum := sha256.Sum256(header)
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// keys returns the message keys now located in folder, sorted.
func (s *memSink) keys(folder string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, k := range s.uids[folder] {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s *memSink) count(folder string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.uids[folder])
}

func (s *memSink) get(key string) (imapwatch.Fetched, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.msgs[key]
	return m, ok
}

func (s *memSink) violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.errs...)
}

func (s *memSink) state(folder string) imapwatch.FolderState {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.states[folder]
}
