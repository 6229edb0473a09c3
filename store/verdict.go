package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// zoneCache remembers time.LoadLocation results (which read tzdata each
// time) for one call; nil entries are names that are not IANA zones.
type zoneCache map[string]*time.Location

func (z zoneCache) load(name string) *time.Location {
	if loc, ok := z[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = nil
	}
	z[name] = loc
	return loc
}

// zoneName is the IANA name to store beside a meeting time: the name of
// t's location when that is a real zone giving t's offset at t. Local, UTC
// and fixed offsets (including a fixed zone that merely carries a name such
// as "CET" from a parsed header) store "" and read back as a fixed offset.
func (z zoneCache) zoneName(t time.Time) string {
	name := t.Location().String()
	if name == "" || name == "Local" || name == "UTC" {
		return ""
	}
	loc := z.load(name)
	if loc == nil {
		return ""
	}
	_, off := t.Zone()
	if _, off2 := t.In(loc).Zone(); off2 != off {
		return ""
	}
	return name
}

// meetingTime rebuilds a stored meeting time in its zone when it has one
// that still gives the stored offset, else at the stored fixed offset.
func (z zoneCache) meetingTime(at int64, off int, zone string) time.Time {
	t := time.Unix(at, 0)
	if zone != "" {
		if loc := z.load(zone); loc != nil {
			if _, o := t.In(loc).Zone(); o == off {
				return t.In(loc)
			}
		}
	}
	return t.In(fixedZone(off))
}

func fixedZone(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

// verdictArgs are the SQL values of a verdict's kind and meeting columns.
func verdictArgs(v domain.Verdict, z zoneCache) (kind, at, off any, zone string) {
	if v.Kind != "" {
		kind = string(v.Kind)
	}
	if !v.MeetingAt.IsZero() {
		_, o := v.MeetingAt.Zone()
		at, off, zone = v.MeetingAt.Unix(), o, z.zoneName(v.MeetingAt)
	}
	return kind, at, off, zone
}

// msgCols are the columns scanMessage reads, in its order.
const msgCols = `id, account, message_id, in_reply_to, refs, date, date_offset, from_addr, from_name,
	to_json, cc_json, subject, direction, thread_id, kind, meeting_at, meeting_offset, meeting_zone,
	all_day, cancel, why`

type rowScanner interface{ Scan(dest ...any) error }

// scanMessage reads msgCols, then extra destinations.
func scanMessage(sc rowScanner, z zoneCache, extra ...any) (domain.Message, error) {
	var (
		m                 domain.Message
		refs, to, cc, dir string
		date              int64
		dateOff           int
		thread, at, atOff sql.NullInt64
		kind              sql.NullString
		zone              string
	)
	dest := append([]any{&m.ID, &m.Account, &m.MessageID, &m.InReplyTo, &refs, &date, &dateOff,
		&m.From.Addr, &m.From.Name, &to, &cc, &m.Subject, &dir, &thread, &kind, &at, &atOff, &zone,
		&m.AllDay, &m.Cancel, &m.Why}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return m, err
	}
	if refs != "" {
		m.References = strings.Fields(refs)
	}
	if date != 0 {
		m.Date = time.Unix(date, 0).In(fixedZone(dateOff))
	}
	if err := json.Unmarshal([]byte(to), &m.To); err != nil {
		return m, fmt.Errorf("message %d to: %w", m.ID, err)
	}
	if err := json.Unmarshal([]byte(cc), &m.Cc); err != nil {
		return m, fmt.Errorf("message %d cc: %w", m.ID, err)
	}
	m.Direction = domain.Direction(dir)
	m.ThreadID = thread.Int64
	m.Kind = domain.Kind(kind.String)
	if at.Valid {
		m.MeetingAt = z.meetingTime(at.Int64, int(atOff.Int64), zone)
	}
	return m, nil
}
