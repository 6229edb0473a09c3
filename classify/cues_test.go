package classify

import (
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

// TestGrammarCues covers the cues beyond the phrase lists: refusals by
// habit, by a few words or by a reason to be away; deadlines, week-long
// periods and things "confirmed" that are not meetings; tasks asked
// around a meeting word; and acceptances whose slot is in the quote.
func TestGrammarCues(t *testing.T) {
	const mon = "Mon, 16 Feb 2026 10:00:00 -0500"
	const quote = "\n\nOn Fri, Feb 13, 2026 at 9:00 AM Alex <a@x.example> wrote:\n" +
		"> Would you have 20 minutes for a call? I could do Thu 26th or Fri 27th at 10am.\n"
	tests := []struct {
		subject, body string
		kind          domain.Kind
		meeting       string
	}{
		{"Re: Coffee?", "I don't take these calls anymore, sorry." + quote, domain.KindDecline, ""},
		{"Re: Coffee?", "Ich führe solche Gespräche nicht mehr." + quote, domain.KindDecline, ""},
		{"Re: Coffee?", "Sorry, no time." + quote, domain.KindDecline, ""},
		{"Re: Coffee?", "Can't, sorry. Swamped." + quote, domain.KindDecline, ""},
		{"Re: Coffee?", "Can't do Thursday. Friday?" + quote, domain.KindRequest, ""},
		{"Re: Coffee?", "I'm off on parental leave from next week. Good luck!" + quote, domain.KindDecline, ""},
		{"Re: Coffee?", "Merci pour votre message. Je ne vais pas pouvoir accepter : je pars en congé maternité." + quote, domain.KindDecline, ""},
		{"Re: Coffee?", "fri is perfect!" + quote, domain.KindConfirmation, "2026-02-27T10:00:00-05:00"},
		{"Re: Coffee?", "Sounds good, see you Friday at 10." + quote, domain.KindConfirmation, "2026-02-27T10:00:00-05:00"},
		{"Re: Coffee?", "The second option is great, thanks!" + quote, domain.KindConfirmation, "2026-02-27T10:00:00-05:00"},
		{"Re: Coffee?", "Either is fine for me - you choose." + quote, domain.KindRequest, ""},
		{"Re: Lunch?", "friday 2/27 at noon works best for me.\n\n> Could I buy you lunch one of these days?\n", domain.KindConfirmation, "2026-02-27T12:00:00-05:00"},
		{"Re: Call", "Yep, 4 tomorrow still good.\n\n> Is 4pm still ok for tomorrow?\n", domain.KindConfirmation, "2026-02-17T16:00:00-05:00"},
		{"Slides", "Could you send me your slides for the meetup talk? I need them back by friday midday.\n", domain.KindOther, ""},
		{"Re: Slides", "Thanks! I need it back by friday midday.\n\n> Happy to review your deck.\n", domain.KindOther, ""},
		{"Roadmap", "FYI - the pricing test is pencilled in for the week of Aug 17. Nothing needed from you yet.\n", domain.KindUpdate, ""},
		{"News", "Just a note to say that the academy you asked about is confirmed: the first cohort starts the week commencing 2 November, and applications open next Monday.\n", domain.KindUpdate, ""},
		{"Re: Termin", "Passt es Ihnen am Freitag, 20. Februar, um 10 Uhr? Dann rufe ich Sie an.\n\n> Hätten Sie Zeit für ein Gespräch?\n", domain.KindRequest, ""},
		{"Re: Llamada", "¡El martes me viene perfecto!\n\n> Te propongo el lunes 23 o el martes 24 a las 10:00 de Bogotá.\n", domain.KindConfirmation, "2026-02-24T10:00:00-05:00"},
	}
	for _, tt := range tests {
		v := Classify(msg(t, mon, tt.subject, tt.body), &Options{Me: []string{"me@example.com"}})
		got := ""
		if !v.MeetingAt.IsZero() {
			got = v.MeetingAt.Format(time.RFC3339)
		}
		if v.Kind != tt.kind || got != tt.meeting {
			t.Errorf("Classify(%q) = %s %q, want %s %q\n\twhy: %s", firstLine(tt.body), v.Kind, got, tt.kind, tt.meeting, v.Why)
		}
	}
}
