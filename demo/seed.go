package demo

// The seed mailbox: about ten weeks in the life of Alex Rivera, a chemistry
// teacher who left the classroom in June to move into product management
// and is now asking people for informational interviews. Each message is a
// template in seed/ (headers, then a blank line, then the body) with a few
// X-Seed-* lines that say where and when it sits in the timeline; they are
// removed from the mail itself. Dates, weekdays and meeting times in the
// text are computed from the demo's start, so the mailbox reads correctly
// whatever day the demo begins on.

import (
	"embed"
	"sort"
	"time"
	_ "time/tzdata" // the demo must run on machines without a zoneinfo database
)

// The mailbox owner.
const (
	Owner     = "alex@rivera.example"
	OwnerName = "Alex Rivera"
	OwnerZone = "America/New_York"
)

// Days is the length of the seeded timeline in calendar days (OwnerZone):
// long enough for a keep-in-touch reminder six weeks after an exchange in
// the second week, and for a meeting across the US daylight-saving switch
// when the demo starts on DefaultStart.
const Days = 70

// Folders the seed messages go to.
const (
	FolderInbox = "INBOX"
	FolderSent  = "Sent"
)

//go:embed seed/*.eml.tmpl
var seedFS embed.FS

// SeedMessage is one message of the seed mailbox.
type SeedMessage struct {
	// At is the Date header's instant; the message belongs in the mailbox
	// from then on.
	At time.Time
	// Folder is FolderInbox (received) or FolderSent (written by Alex).
	Folder string
	// Raw is the whole RFC 5322 message, CRLF line endings.
	Raw []byte
	// Thread is a short label of the conversation ("nudge-unanswered").
	Thread string
	// Name identifies the message within the seed ("introduction-3"): the
	// template's file name.
	Name string
	// WantKind is the kind a correct classifier gives it (domain.Kind values).
	WantKind string
	// WantMeeting is the meeting start a confirmation fixes (zero otherwise).
	WantMeeting time.Time
	// WantCancel: the message carries a calendar METHOD:CANCEL.
	WantCancel bool
}

// DefaultStart is the start the demo uses unless told otherwise: Tuesday
// 1 September 2026, 08:00 in New York. Ten weeks from there reach the US
// daylight-saving switch (1 November) and the EU one (25 October).
func DefaultStart() time.Time {
	return time.Date(2026, time.September, 1, 8, 0, 0, 0, mustZone(OwnerZone))
}

// End is the end of the seeded timeline: Days calendar days after start,
// same wall-clock time, in OwnerZone.
func End(start time.Time) time.Time {
	return start.In(mustZone(OwnerZone)).AddDate(0, 0, Days)
}

// Seed renders the seed mailbox for a demo starting at start, sorted by At.
// Day 0 is start's calendar date in OwnerZone and the first message is at
// 08:40 that day, so start should be no later than 08:40. The same start
// always yields byte-identical messages. The templates are embedded and
// covered by the tests; Seed panics if one of them is broken.
func Seed(start time.Time) []SeedMessage {
	msgs, err := render(start)
	if err != nil {
		panic("demo: seed: " + err.Error())
	}
	return msgs
}

// day returns the calendar date start+n days (OwnerZone) at hh:mm in zone.
func day(start time.Time, n, hh, mm int, zone *time.Location) time.Time {
	y, mo, d := start.In(mustZone(OwnerZone)).Date()
	return time.Date(y, mo, d+n, hh, mm, 0, 0, zone)
}

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic("demo: zone " + name + ": " + err.Error())
	}
	return loc
}

func sortByAt(msgs []SeedMessage) {
	sort.SliceStable(msgs, func(i, j int) bool { return msgs[i].At.Before(msgs[j].At) })
}
