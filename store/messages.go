package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// NewMessage is one message for SaveBatch.
type NewMessage struct {
	UID uint32
	// Msg is the message with its Verdict (zero Kind = not classified yet)
	// and Direction set; ID and ThreadID are ignored. A missing Message-ID
	// is replaced by "sha256:" and the hex digest of RawHeader.
	Msg domain.Message
	// Counterparts are the participants other than the owner, From first
	// (domain.Message.Participants). Counterparts[0] is the correspondent a
	// new thread is about; contacts are updated from them.
	Counterparts []domain.Address
	// What classification reads, kept so that a better classifier can judge
	// the message again without a download.
	RawHeader         []byte
	Text, HTML        string
	Calendar          []string
	ClassifierVersion int
}

// Stored is a message as kept, with what the classifier needs.
type Stored struct {
	domain.Message
	RawHeader         []byte
	Text, HTML        string
	Calendar          []string
	ClassifierVersion int
}

// VerdictUpdate is a new verdict for a stored message.
type VerdictUpdate struct {
	ID      int64
	Verdict domain.Verdict
	Version int // the classifier version that produced it
}

// ErrUnknownMessage is returned when a message asked for is not stored.
var ErrUnknownMessage = errors.New("no such message")

// saveHook, when set by a test, runs after each message of a SaveBatch.
var saveHook func(i int)

// SaveBatch stores msgs, found at UIDs of account/folder (whose role is
// inbox, sent or drafts), and the folder's new state st, in one
// transaction: after a crash or an error either all of it is stored or
// none of it.
//
// Messages are keyed by (account, Message-ID): one seen again (in another
// folder, or after a UIDVALIDITY change) gains a location, not a second
// row; if it was stored as received and is now found sent, it becomes
// sent; a newer ClassifierVersion replaces its verdict. A new message joins
// the thread of any stored message it shares an id with (its own
// Message-ID, In-Reply-To or References, so a parent arriving after its
// reply joins the reply's thread, merging threads when it links several);
// failing that, the thread with the same normalized subject and the same
// main correspondent within 60 days; failing that, a new thread. Contacts
// get first/last sent (To/Cc of a sent message) and received (From of a
// received one).
func (s *Store) SaveBatch(ctx context.Context, account, folder, role string, st FolderState, msgs []NewMessage) error {
	if account == "" || folder == "" {
		return errors.New("save batch: empty account or folder")
	}
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		b, err := newBatch(ctx, tx, account)
		if err != nil {
			return err
		}
		defer b.close()
		if err := b.prefetch(msgs); err != nil {
			return err
		}
		for i := range msgs {
			if err := b.save(&msgs[i]); err != nil {
				return fmt.Errorf("uid %d: %w", msgs[i].UID, err)
			}
			if saveHook != nil {
				saveHook(i)
			}
		}
		if err := b.flush(folder, st.UIDValidity); err != nil {
			return err
		}
		return saveFolderState(ctx, tx, account, folder, role, st)
	})
	if err != nil {
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			// database/sql rolls back as soon as ctx ends, so the
			// statement in flight may report only "statement is closed".
			err = fmt.Errorf("%w (%v)", cerr, err)
		}
		return fmt.Errorf("save batch %s/%s: %w", account, folder, err)
	}
	return nil
}

// MessageKey is the id a message is stored under: its Message-ID without
// angle brackets, or "sha256:" and the hex digest of the raw header when it
// has none.
func MessageKey(messageID string, rawHeader []byte) string {
	id := strings.Trim(strings.TrimSpace(messageID), "<>")
	if id != "" {
		return id
	}
	sum := sha256.Sum256(rawHeader)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// unixOffset splits t into unix seconds and its offset east of UTC.
func unixOffset(t time.Time) (int64, int) {
	if t.IsZero() {
		return 0, 0
	}
	_, off := t.Zone()
	return t.Unix(), off
}

// SetVerdicts writes new verdicts (reclassification) in one transaction.
func (s *Store) SetVerdicts(ctx context.Context, updates []VerdictUpdate) error {
	zones := zoneCache{}
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, setVerdictSQL)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, u := range updates {
			kind, at, atOff, zone := verdictArgs(u.Verdict, zones)
			res, err := st.ExecContext(ctx, kind, at, atOff, zone, u.Verdict.AllDay, u.Verdict.Cancel, u.Verdict.Why, u.Version, u.ID)
			if err != nil {
				return fmt.Errorf("message %d: %w", u.ID, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return fmt.Errorf("message %d: %w", u.ID, ErrUnknownMessage)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("set verdicts: %w", err)
	}
	return nil
}

const setVerdictSQL = `UPDATE messages SET kind = ?, meeting_at = ?, meeting_offset = ?, meeting_zone = ?,
	all_day = ?, cancel = ?, why = ?, classifier_version = ? WHERE id = ?`

// StaleVerdicts returns up to limit stored messages whose verdict comes
// from a classifier older than version, oldest row first, with what the
// classifier needs. Call it again after SetVerdicts for the next ones.
func (s *Store) StaleVerdicts(ctx context.Context, version, limit int) ([]Stored, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+msgCols+`, raw_header, body_text, body_html, body_calendar, classifier_version
FROM messages WHERE classifier_version < ? ORDER BY id LIMIT ?`, version, limit)
	if err != nil {
		return nil, fmt.Errorf("read stale verdicts: %w", err)
	}
	defer rows.Close()
	zones := zoneCache{}
	var out []Stored
	for rows.Next() {
		var st Stored
		var cal string
		m, err := scanMessage(rows, zones, &st.RawHeader, &st.Text, &st.HTML, &cal, &st.ClassifierVersion)
		if err != nil {
			return nil, fmt.Errorf("read stale verdicts: %w", err)
		}
		st.Message = m
		if cal != "" {
			if err := json.Unmarshal([]byte(cal), &st.Calendar); err != nil {
				return nil, fmt.Errorf("read stale verdicts: message %d calendar: %w", m.ID, err)
			}
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read stale verdicts: %w", err)
	}
	return out, nil
}

// ThreadMessages returns a thread's messages, oldest first (bodies left out).
func (s *Store) ThreadMessages(ctx context.Context, threadID int64) ([]domain.Message, error) {
	return s.queryMessages(ctx, `SELECT `+msgCols+` FROM messages WHERE thread_id = ? ORDER BY date, id`, threadID)
}

// Message returns the stored message with that Message-ID (no angle
// brackets), or ErrUnknownMessage.
func (s *Store) Message(ctx context.Context, account, messageID string) (domain.Message, error) {
	ms, err := s.queryMessages(ctx, `SELECT `+msgCols+` FROM messages WHERE account = ? AND message_id = ?`, account, messageID)
	if err != nil {
		return domain.Message{}, err
	}
	if len(ms) == 0 {
		return domain.Message{}, fmt.Errorf("message %s: %w", messageID, ErrUnknownMessage)
	}
	return ms[0], nil
}

func (s *Store) queryMessages(ctx context.Context, query string, args ...any) ([]domain.Message, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read messages: %w", err)
	}
	defer rows.Close()
	zones := zoneCache{}
	var out []domain.Message
	for rows.Next() {
		m, err := scanMessage(rows, zones)
		if err != nil {
			return nil, fmt.Errorf("read messages: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read messages: %w", err)
	}
	return out, nil
}
