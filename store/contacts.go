package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/followupd/followupd/domain"
)

// Contact is an address the owner exchanged mail with. Times are zero when
// there was no such exchange.
type Contact struct {
	Account string
	Addr    string // normalized
	// Name is the name they give themselves in From (the latest), else the
	// one the owner wrote them as.
	Name          string
	FirstSent     time.Time // owner -> contact
	LastSent      time.Time
	FirstReceived time.Time // contact -> owner
	LastReceived  time.Time
	Muted         bool
}

// ErrUnknownContact is returned for an address the store has never seen.
var ErrUnknownContact = errors.New("no such contact")

// contactAgg gathers a batch's effect on one contact, written once.
type contactAgg struct {
	sentName, recvName  string
	firstSent, lastSent int64
	firstRecv, lastRecv int64
}

func earliest(cur, t int64) int64 {
	if cur == 0 || t < cur {
		return t
	}
	return cur
}

// noteContacts records a message's exchange: a sent message reaches each
// counterpart, a received one comes from its From.
func (b *batch) noteContacts(m *NewMessage, dir domain.Direction) {
	if m.Msg.Date.IsZero() {
		return
	}
	d := m.Msg.Date.Unix()
	agg := func(addr string) *contactAgg {
		a := b.contacts[addr]
		if a == nil {
			a = &contactAgg{}
			b.contacts[addr] = a
		}
		return a
	}
	if dir == domain.Sent {
		for _, c := range m.Counterparts {
			addr := domain.NormAddr(c.Addr)
			if addr == "" {
				continue
			}
			a := agg(addr)
			a.firstSent, a.lastSent = earliest(a.firstSent, d), max(a.lastSent, d)
			if a.sentName == "" {
				a.sentName = c.Name
			}
		}
		return
	}
	from := domain.NormAddr(m.Msg.From.Addr)
	for _, c := range m.Counterparts {
		if domain.NormAddr(c.Addr) != from || from == "" {
			continue
		}
		a := agg(from)
		if d >= a.lastRecv && m.Msg.From.Name != "" {
			a.recvName = m.Msg.From.Name
		}
		a.firstRecv, a.lastRecv = earliest(a.firstRecv, d), max(a.lastRecv, d)
		return
	}
}

// upsertContactSQL merges a batch's aggregate into a row: earliest firsts,
// latest lasts; the name from the newest received From wins, any other
// name only fills a blank.
const upsertContactSQL = `
INSERT INTO contacts (account, addr, name, first_sent, last_sent, first_received, last_received)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (account, addr) DO UPDATE SET
	name = CASE WHEN ?8 != '' AND ?7 >= contacts.last_received THEN ?8
	            WHEN contacts.name = '' THEN excluded.name ELSE contacts.name END,
	first_sent = CASE WHEN ?4 != 0 AND (contacts.first_sent = 0 OR ?4 < contacts.first_sent) THEN ?4 ELSE contacts.first_sent END,
	last_sent = max(contacts.last_sent, ?5),
	first_received = CASE WHEN ?6 != 0 AND (contacts.first_received = 0 OR ?6 < contacts.first_received) THEN ?6 ELSE contacts.first_received END,
	last_received = max(contacts.last_received, ?7)`

func (b *batch) flushContacts() error {
	addrs := make([]string, 0, len(b.contacts))
	for a := range b.contacts {
		addrs = append(addrs, a)
	}
	sort.Strings(addrs)
	for _, addr := range addrs {
		a := b.contacts[addr]
		name := a.recvName
		if name == "" {
			name = a.sentName
		}
		if _, err := b.upsContact.ExecContext(b.ctx, b.account, addr, name, a.firstSent, a.lastSent, a.firstRecv, a.lastRecv, a.recvName); err != nil {
			return fmt.Errorf("update contact %s: %w", addr, err)
		}
	}
	return nil
}

// Contact returns one contact of an account, or ErrUnknownContact.
func (s *Store) Contact(ctx context.Context, account, addr string) (Contact, error) {
	c := Contact{Account: account, Addr: domain.NormAddr(addr)}
	var fs, ls, fr, lr int64
	err := s.r.QueryRowContext(ctx, `
SELECT name, first_sent, last_sent, first_received, last_received, muted
FROM contacts WHERE account = ? AND addr = ?`, account, c.Addr).Scan(&c.Name, &fs, &ls, &fr, &lr, &c.Muted)
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("contact %s: %w", c.Addr, ErrUnknownContact)
	}
	if err != nil {
		return c, fmt.Errorf("read contact %s: %w", c.Addr, err)
	}
	c.FirstSent, c.LastSent, c.FirstReceived, c.LastReceived = utcTime(fs), utcTime(ls), utcTime(fr), utcTime(lr)
	return c, nil
}

func utcTime(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}

// SetMuted mutes or unmutes a contact in one account, or in every account
// where it is known when account is "". ErrUnknownContact when no row
// matched (a typo should not pass silently).
func (s *Store) SetMuted(ctx context.Context, account, addr string, muted bool) error {
	addr = domain.NormAddr(addr)
	var n int64
	err := s.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE contacts SET muted = ?1 WHERE addr = ?2 AND (?3 = '' OR account = ?3)`,
			muted, addr, account)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return fmt.Errorf("mute %s: %w", addr, err)
	}
	if n == 0 {
		return fmt.Errorf("mute %s: %w", addr, ErrUnknownContact)
	}
	return nil
}
