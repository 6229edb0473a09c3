package classify

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

// msg builds a message from a Date header and a body; a "> " line in
// body makes it a reply.
func msg(t *testing.T, date, subject, body string) *message.Message {
	t.Helper()
	raw := "From: Sam Park <sam@park.example>\r\nTo: Me <me@example.com>\r\nSubject: " + subject +
		"\r\nDate: " + date + "\r\nMessage-ID: <m@park.example>\r\n"
	if strings.HasPrefix(subject, "Re:") {
		raw += "In-Reply-To: <p@example.com>\r\n"
	}
	m, err := message.Parse(strings.NewReader(raw + "\r\n" + body))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestClassifyKinds(t *testing.T) {
	const wed = "Wed, 04 Mar 2026 10:00:00 -0500"
	tests := []struct {
		subject, body string
		kind          domain.Kind
		meeting       string
	}{
		{"Coffee?", "Hi Sam,\n\nWould you have 20 minutes for a call in the next few weeks? I'd love to hear how you moved into product.\n\nBest,\nAlex\n", domain.KindRequest, ""},
		{"Re: Coffee?", "Happy to chat! I could do Tuesday at 2pm or Thursday at 10am, whichever suits.\n\n> Would you have 20 minutes?\n", domain.KindRequest, ""},
		{"Re: Coffee?", "Thursday at 10am works for me, see you then.\n\n> Tuesday at 2pm or Thursday at 10am?\n", domain.KindConfirmation, "2026-03-05T10:00:00-05:00"},
		{"Re: Coffee?", "Sounds good, talk then!\n\nOn Tue, Mar 3, 2026 at 9:00 AM Alex <a@x> wrote:\n> How about Friday, March 6 at 3pm ET?\n", domain.KindConfirmation, "2026-03-06T15:00:00-05:00"},
		{"Re: Coffee?", "Confirming our call tomorrow at 10:30 CT.\n", domain.KindConfirmation, "2026-03-05T10:30:00-06:00"},
		{"Re: Coffee?", "I'm so sorry, but I have to cancel our call on Thursday. Things are hectic; I'll reach out when they calm down.\n", domain.KindDecline, ""},
		{"Re: Coffee?", "I need to cancel Thursday. Could we do Friday at 11 instead?\n", domain.KindRequest, ""},
		{"Re: Coffee?", "Thanks so much for reaching out. Unfortunately I'm swamped until the new year, please reach out then.\n", domain.KindDecline, ""},
		{"Just bumping this", "Hi Sam, just bumping this up in case it got buried.\n\n> Would you have 20 minutes for a call?\n", domain.KindRequest, ""},
		{"Thank you", "Sam,\n\nThank you for taking the time to speak with me yesterday. Your advice on portfolios was gold.\n\nAlex\n", domain.KindThankYou, ""},
		{"Update", "Hi Sam,\n\nWanted to let you know I accepted the offer at Tidewater. Thanks again!\n\nAlex\n", domain.KindUpdate, ""},
		{"Re: Intro", "Thanks for the intro! Dana, could we find 15 minutes next week?\n", domain.KindRequest, ""},
		{"Lunch", "Thanks for lunch today! Let's do it again: Tuesday the 10th at noon, same place.\n", domain.KindConfirmation, "2026-03-10T12:00:00-05:00"},
		{"Doc review", "Could you review my CV before Friday? Thanks!\n", domain.KindOther, ""},
		{"Re: Café", "¡Perfecto! Quedamos el jueves 12 de marzo a las 10:00, hora de la Ciudad de México.\n", domain.KindConfirmation, "2026-03-12T10:00:00-06:00"},
		{"Re: Appel", "Malheureusement, je dois décliner pour l'instant : je ne suis pas en mesure de prévoir un appel.\n", domain.KindDecline, ""},
		{"Re: Gespräch", "Passt, dann bis Dienstag, 10. März, um 15 Uhr!\n", domain.KindConfirmation, "2026-03-10T15:00:00-05:00"},
		{"Danke", "Hallo Sam,\n\nherzlichen Dank für das offene Gespräch heute Morgen!\n", domain.KindThankYou, ""},
		{"Re: Coffee?", "Friday works. Can't give you a time yet, I'll call you at some point that day.\n", domain.KindConfirmation, "2026-03-06T00:00:00-05:00"},
	}
	for _, tt := range tests {
		v := Classify(msg(t, wed, tt.subject, tt.body), &Options{Me: []string{"me@example.com"}})
		got := ""
		if !v.MeetingAt.IsZero() {
			got = v.MeetingAt.Format(time.RFC3339)
		}
		if v.Kind != tt.kind || got != tt.meeting {
			t.Errorf("Classify(%q) = %s %q, want %s %q\n\twhy: %s", firstLine(tt.body), v.Kind, got, tt.kind, tt.meeting, v.Why)
		}
		if v.Why == "" {
			t.Errorf("Classify(%q): empty Why", firstLine(tt.body))
		}
	}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func TestClassifyYourTime(t *testing.T) {
	m := msg(t, "Wed, 04 Mar 2026 10:00:00 +0800", "Re: call", "Tuesday the 10th at 8.30pm your time works, talk then.\n\n> Tuesday or Wednesday?\n")
	toronto, _ := time.LoadLocation("America/Toronto")
	v := Classify(m, &Options{Me: []string{"me@example.com"}, Zone: toronto})
	if got, want := v.MeetingAt.Format(time.RFC3339), "2026-03-10T20:30:00-04:00"; got != want {
		t.Errorf("your time with Zone Toronto = %s, want %s (%s)", got, want, v.Why)
	}
}

func TestClassifyCalendarCancel(t *testing.T) {
	raw := "From: Sam <sam@park.example>\r\nSubject: Canceled: coffee\r\nDate: Wed, 04 Mar 2026 10:00:00 -0500\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSorry, cancelling.\r\n" +
		"--b\r\nContent-Type: text/calendar; method=CANCEL\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\n" +
		"DTSTART;TZID=America/New_York:20260310T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
	m, err := message.Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	v := Classify(m, nil)
	if v.Kind != domain.KindDecline || !v.Cancel || !v.MeetingAt.IsZero() {
		t.Errorf("METHOD:CANCEL = %+v, want decline with Cancel", v)
	}
}
