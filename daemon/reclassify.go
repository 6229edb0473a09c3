package daemon

import (
	"context"
	"fmt"

	"github.com/followupd/followupd/classify"
	"github.com/followupd/followupd/message"
	"github.com/followupd/followupd/store"
)

// reclassify re-judges every stored message whose verdict came from an
// older classifier, from what the store kept (header and decoded text
// parts), without downloading anything. It returns the contacts whose mail
// changed kind or meeting time, for the engine to recompute. Batches commit
// on their own, so an interrupted pass resumes where it stopped.
func reclassify(ctx context.Context, st *store.Store, opt *classify.Options, isMe func(string) bool) (n int, contacts []string, err error) {
	seen := map[string]bool{}
	for {
		batch, err := st.StaleVerdicts(ctx, classify.Version, 500)
		if err != nil {
			return n, contacts, fmt.Errorf("reclassify: %w", err)
		}
		if len(batch) == 0 {
			return n, contacts, nil
		}
		updates := make([]store.VerdictUpdate, 0, len(batch))
		for i := range batch {
			s := &batch[i]
			m, err := message.Build(s.RawHeader, storedParts(s))
			if err != nil {
				// Keep the old verdict but mark it judged, so the pass ends.
				updates = append(updates, store.VerdictUpdate{ID: s.ID, Verdict: s.Verdict, Version: classify.Version})
				continue
			}
			v := classify.Classify(m, opt)
			if v.Kind != s.Kind || !v.MeetingAt.Equal(s.MeetingAt) || v.Cancel != s.Cancel || v.AllDay != s.AllDay {
				for _, c := range s.Participants(isMe) {
					if !seen[c.Addr] {
						seen[c.Addr] = true
						contacts = append(contacts, c.Addr)
					}
				}
			}
			updates = append(updates, store.VerdictUpdate{ID: s.ID, Verdict: v, Version: classify.Version})
		}
		if err := st.SetVerdicts(ctx, updates); err != nil {
			return n, contacts, fmt.Errorf("reclassify: %w", err)
		}
		n += len(updates)
	}
}

// storedParts gives back the text the store kept, already UTF-8.
func storedParts(s *store.Stored) []message.Part {
	var parts []message.Part
	if s.Text != "" {
		parts = append(parts, message.Part{Type: "text/plain", Charset: "utf-8", Body: []byte(s.Text)})
	}
	if s.HTML != "" {
		parts = append(parts, message.Part{Type: "text/html", Charset: "utf-8", Body: []byte(s.HTML)})
	}
	for _, c := range s.Calendar {
		parts = append(parts, message.Part{Type: "text/calendar", Charset: "utf-8", Body: []byte(c)})
	}
	return parts
}
