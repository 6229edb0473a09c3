package rules

import (
	_ "embed"
	"time"
)

// DefaultsYAML is the default rules as YAML (a `rules:` key), the text the
// example config carries. Decoding it yields Defaults().
//
//go:embed defaults.yaml
var DefaultsYAML string

const greeting = "Hi{{with .Contact.FirstName}} {{.}}{{end}},\n\n"

func clock(h, m int) Clock { return Clock{Set: true, Hour: h, Minute: m} }

// Defaults returns the five default rules of the rule-engine issue, read as
// ../shared/spec/reminders.md says. Each call returns a fresh copy.
func Defaults() []Spec {
	return []Spec{
		{
			Name: "nudge", Enabled: true, On: OnRequested,
			After: Duration{Days: 7}, At: clock(9, 0), Align: AlignNext,
			Every: Duration{Days: 7}, Max: 2,
			CancelOn: []Event{EventReply, EventDecline},
			Title:    "No answer from {{.Contact.Name}}: nudge?",
			Body:     "{{.Why}}",
			Draft: greeting + "I wanted to bring my note about \"{{.Subject}}\" back to the top of your inbox. " +
				"I know things get busy; would you have 20 minutes for a short call in the coming weeks?\n\nThank you,\n",
		},
		{
			Name: "confirm", Enabled: true, On: OnConfirmed,
			Before: Duration{Days: 1}, At: clock(9, 0), Align: AlignDay,
			MinLead: Duration{Clock: time.Hour}, Max: 1,
			CancelOn: []Event{EventSent, EventMoved, EventCancelled},
			Title:    "Confirm your meeting with {{.Contact.Name}} ({{.Meeting}})",
			Body:     "{{.Why}}",
			Draft:    greeting + "Just confirming that we are still on for {{.Meeting}}. Looking forward to it!\n\nBest,\n",
		},
		{
			Name: "thank", Enabled: true, On: OnMet,
			After:      Duration{Clock: 3 * time.Hour},
			QuietHours: Window{From: clock(21, 0), To: clock(8, 0)},
			Every:      Duration{Days: 1}, RepeatAt: clock(9, 0), Max: 2, Align: AlignDay,
			CancelOn: []Event{EventSent},
			Title:    "Thank {{.Contact.Name}} for the meeting",
			Body:     "{{.Why}}",
			Draft: greeting + "Thank you for taking the time to talk with me. I really appreciated your advice, " +
				"and I will let you know how things go.\n\nWith thanks,\n",
		},
		{
			Name: "keep-in-touch", Enabled: true, On: OnThanked,
			After: Duration{Days: 42}, At: clock(9, 0), Align: AlignDay,
			Every: Duration{Days: 42}, StopAfter: Duration{Months: 12},
			CancelOn: []Event{EventExchange},
			Title:    "Keep in touch with {{.Contact.Name}}",
			Body:     "{{.Why}}",
			Draft: greeting + "It has been a little while since we last spoke, so I wanted to share a quick update " +
				"on what I have been up to since.\n\nBest,\n",
		},
		{
			Name: "close-loop", Enabled: true, On: OnIntroduced,
			After: Duration{Days: 1}, At: clock(9, 0), Align: AlignDay, Max: 1,
			CancelOn: []Event{EventSent},
			Title:    "Tell {{.Contact.Name}} how it went with {{.About.Name}}",
			Body:     "{{.Why}}",
			Draft: greeting + "I wanted to let you know that I met {{.About.Name}}, thanks to your introduction. " +
				"It was a great conversation, and I am very grateful you connected us.\n\nBest,\n",
		},
	}
}
