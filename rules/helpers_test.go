package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

const (
	me    = "me@example.com"
	dana  = "dana@example.com"
	rohan = "rohan@example.com"
	priya = "priya@example.com"
)

var (
	toronto = mustZone("America/Toronto")
	berlin  = mustZone("Europe/Berlin")
)

func mustZone(name string) *time.Location {
	z, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return z
}

func isMe(a string) bool { return a == me }

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

var names = map[string]string{dana: "Dana Whitfield", rohan: "Rohan Mehta", priya: "Priya Raman", me: "Me Myself"}

func addr(a string) domain.Address { return domain.Address{Name: names[a], Addr: a} }

// mail builds a message; options adjust it.
type opt func(*domain.Message)

func meetingAt(s string) opt      { return func(m *domain.Message) { m.MeetingAt = ts(s) } }
func allDay(m *domain.Message)    { m.AllDay = true }
func cancelled(m *domain.Message) { m.Cancel = true }
func cc(as ...string) opt {
	return func(m *domain.Message) {
		for _, a := range as {
			m.Cc = append(m.Cc, addr(a))
		}
	}
}
func subject(s string) opt { return func(m *domain.Message) { m.Subject = s } }
func thread(id int64) opt  { return func(m *domain.Message) { m.ThreadID = id } }

var nextID int64

// sent: the owner wrote to `to`.
func sent(date string, k domain.Kind, to string, opts ...opt) domain.Message {
	return mail(date, k, me, to, domain.Sent, opts)
}

// recv: `from` wrote to the owner.
func recv(date string, k domain.Kind, from string, opts ...opt) domain.Message {
	return mail(date, k, from, me, domain.Received, opts)
}

func mail(date string, k domain.Kind, from, to string, dir domain.Direction, opts []opt) domain.Message {
	nextID++
	m := domain.Message{
		ID: nextID, Account: "acct", MessageID: fmt.Sprintf("m%d@example.com", nextID),
		Date: ts(date), From: addr(from), To: []domain.Address{addr(to)}, Subject: "Coffee?",
		Direction: dir, ThreadID: 1, Verdict: domain.Verdict{Kind: k},
	}
	for _, o := range opts {
		o(&m)
	}
	return m
}

func defaultSet(t testing.TB) *Set {
	t.Helper()
	s, err := Compile(Defaults())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func input(zone *time.Location, now string, c string, msgs ...domain.Message) *Input {
	return &Input{
		Owner:   Owner{IsMe: isMe, Zone: zone},
		Now:     ts(now),
		Contact: &Contact{Addr: addr(c), Messages: msgs},
	}
}

// dues lists "rule due" lines, due in the owner's zone, RFC 3339.
func dues(rs []Reminder) string {
	var b []string
	for _, r := range rs {
		b = append(b, fmt.Sprintf("%s %s %s", r.Rule, r.Contact.Addr, r.Due.Format(time.RFC3339)))
	}
	return strings.Join(b, "\n")
}
