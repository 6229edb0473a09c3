package rules

import (
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/followupd/followupd/domain"
)

// Person is a name as templates see it.
type Person struct {
	Name      string // display name, or the address when there is none
	FirstName string // "" when unknown
	Addr      string
}

// Data is what a rule's templates are executed with.
type Data struct {
	Rule string
	// Contact is whom the owner should write to.
	Contact Person
	// About is whom the reminder is about: the introduced person for a
	// close-loop reminder, else the same as Contact.
	About   Person
	Subject string
	// Meeting is the meeting time in the owner's zone ("Tue Mar 10 at
	// 10:00", "Fri Jul 10" for a whole day); empty when there is none.
	Meeting   string
	MeetingAt time.Time // in the owner's zone; zero when there is none
	Due       time.Time // in the owner's zone
	Number    int       // 1 for the first reminder of a series, 2 for the next...
	Why       string
}

// PersonOf turns an address into a Person.
func PersonOf(a domain.Address) Person {
	p := Person{Name: strings.TrimSpace(a.Name), Addr: domain.NormAddr(a.Addr)}
	p.Name = strings.Trim(p.Name, `"' `)
	if p.Name == "" || strings.EqualFold(p.Name, p.Addr) {
		p.Name = p.Addr
		return p
	}
	if last, first, ok := strings.Cut(p.Name, ","); ok && strings.TrimSpace(first) != "" {
		// "Whitfield, Dana"
		p.FirstName = strings.Fields(first)[0]
		p.Name = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
		return p
	}
	p.FirstName = strings.Fields(p.Name)[0]
	return p
}

// Render executes spec's templates on d. Title falls back to the rule name
// and body to the reason when a template renders empty.
func Render(spec Spec, d *Data) (title, body, draft string, err error) {
	c, err := compile(spec)
	if err != nil {
		return "", "", "", err
	}
	return c.render(d)
}

func (c *compiled) render(d *Data) (title, body, draft string, err error) {
	exec := func(t *template.Template) string {
		if err != nil || t == nil {
			return ""
		}
		var b strings.Builder
		if e := t.Execute(&b, d); e != nil {
			err = fmt.Errorf("render rule %s %s: %w", c.Name, t.Name(), e)
		}
		return b.String()
	}
	title = strings.TrimSpace(exec(c.title))
	body = strings.TrimSpace(exec(c.body))
	draft = exec(c.draft)
	if title == "" {
		title = c.Name + ": " + d.Contact.Name
	}
	if body == "" {
		body = d.Why
	}
	return title, body, draft, err
}

// meetingText formats a meeting in the owner's zone.
func meetingText(at time.Time, allDay bool, zone *time.Location) string {
	if at.IsZero() {
		return ""
	}
	if allDay {
		return at.Format("Mon Jan 2")
	}
	return at.In(zone).Format("Mon Jan 2 at 15:04")
}
