package notify

import (
	"fmt"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// rendered is a reminder in words, shared by the email, inbox, console,
// desktop and webhook channels so that they all say the same thing.
type rendered struct {
	Subject      string   // one line
	Lead         string   // the rendered body, or the why (multi-line)
	Why          string   // one line, "" when Lead already is the why
	Conversation string   // one line: subject, contact, date
	Meeting      string   // one line, "" if none
	Due          string   // one line
	Draft        []string // suggested text, by line; nil if none
	ID           string
}

func (f *Format) render(r *domain.Reminder, now time.Time) rendered {
	out := rendered{Subject: f.Subject(r, now), ID: oneLine(r.ID)}
	body := strings.TrimSpace(multiLine(r.Body))
	why := oneLine(r.Why)
	if body == "" {
		out.Lead = why
	} else {
		out.Lead = body
		if why != "" && !strings.Contains(body, why) {
			out.Why = why
		}
	}
	name := ContactName(r)
	contact := name
	if addr := oneLine(r.Contact.Addr); addr != "" && addr != name {
		contact = name + " <" + addr + ">"
	}
	conv := "with " + contact
	if s := stripReply(oneLine(r.Subject)); s != "" {
		conv = "“" + truncate(s, MaxSubjectRunes) + "” " + conv
	}
	if !r.ThreadAt.IsZero() {
		conv += ", last message " + f.Stamp(r.ThreadAt)
	}
	out.Conversation = conv
	if !r.MeetingAt.IsZero() {
		out.Meeting = f.Stamp(r.MeetingAt)
	}
	if !r.Due.IsZero() {
		out.Due = f.Stamp(r.Due)
		if r.Late {
			out.Due += " (late: it came due while followupd was not running)"
		}
	}
	if d := strings.TrimSpace(multiLine(r.Draft)); d != "" {
		out.Draft = strings.Split(d, "\n")
	}
	return out
}

const replyHint = `To act on it, reply with one word: "done", "snooze 3d" or "stop".`

// text is the plain-text body of a reminder message.
func (v rendered) text(withReplyHint bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", v.Subject)
	if v.Lead != "" {
		fmt.Fprintf(&b, "%s\n\n", v.Lead)
	}
	if v.Why != "" {
		fmt.Fprintf(&b, "Why: %s\n", v.Why)
	}
	fmt.Fprintf(&b, "Conversation: %s\n", v.Conversation)
	if v.Meeting != "" {
		fmt.Fprintf(&b, "Meeting: %s\n", v.Meeting)
	}
	if v.Due != "" {
		fmt.Fprintf(&b, "Due: %s\n", v.Due)
	}
	if len(v.Draft) > 0 {
		b.WriteString("\nSuggested message:\n\n")
		for _, l := range v.Draft {
			fmt.Fprintf(&b, "    %s\n", l)
		}
	}
	if withReplyHint {
		fmt.Fprintf(&b, "\n%s\n", replyHint)
	}
	fmt.Fprintf(&b, "\n-- \nfollowupd, reminder %s\n", v.ID)
	return b.String()
}

// html is the same body as simple HTML, every stranger's string escaped.
func (v rendered) html(withReplyHint bool) string {
	e := markupEscape
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n")
	fmt.Fprintf(&b, "<p><strong>%s</strong></p>\n", e(v.Subject))
	if v.Lead != "" {
		fmt.Fprintf(&b, "<p>%s</p>\n", strings.ReplaceAll(e(v.Lead), "\n", "<br>\n"))
	}
	b.WriteString("<p>")
	if v.Why != "" {
		fmt.Fprintf(&b, "Why: %s<br>\n", e(v.Why))
	}
	fmt.Fprintf(&b, "Conversation: %s", e(v.Conversation))
	if v.Meeting != "" {
		fmt.Fprintf(&b, "<br>\nMeeting: %s", e(v.Meeting))
	}
	if v.Due != "" {
		fmt.Fprintf(&b, "<br>\nDue: %s", e(v.Due))
	}
	b.WriteString("</p>\n")
	if len(v.Draft) > 0 {
		b.WriteString("<p>Suggested message:</p>\n<blockquote>")
		for i, l := range v.Draft {
			if i > 0 {
				b.WriteString("<br>\n")
			}
			b.WriteString(e(l))
		}
		b.WriteString("</blockquote>\n")
	}
	if withReplyHint {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(replyHint))
	}
	fmt.Fprintf(&b, "<p style=\"color:#777\">followupd, reminder %s</p>\n</body></html>\n", e(v.ID))
	return b.String()
}
