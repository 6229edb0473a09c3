package classify

import (
	"strings"
	"testing"
)

func TestStrip(t *testing.T) {
	tests := []struct {
		name, in, sender string
		new, quote       string // quote: a substring the quote must hold ("" = no quote)
		forward          bool
	}{
		{name: "gmail", in: "Works for me.\n\nOn Tue, Oct 28, 2025 at 1:12 PM Lena <l@x> wrote:\n> How about Thursday at 1pm?\n>\n> Lena\n",
			new: "Works for me.", quote: "How about Thursday at 1pm?"},
		{name: "gmail wrapped attribution", in: "Sure.\n\nOn Mon, Sep 15, 2025 at 10:12 AM Lena Fischer-Okafor <\nlena@x> wrote:\n> old\n",
			new: "Sure.", quote: "old"},
		{name: "apple", in: "Talk then!\n\nSent from my iPhone\n\n> On Oct 28, 2025, at 1:12 PM, Lena <l@x> wrote:\n> \n> Thursday at 1?\n",
			new: "Talk then!", quote: "Thursday at 1?"},
		{name: "german", in: "Passt!\n\nAm 02.12.2025 um 20:03 schrieb Jonas <j@x>:\n> Dienstag um 10?\n", new: "Passt!", quote: "Dienstag um 10?"},
		{name: "french", in: "Parfait.\n\nLe mar. 2 déc. 2025 à 20:03, Lena <l@x> a écrit :\n> Mardi 10h ?\n", new: "Parfait.", quote: "Mardi 10h ?"},
		{name: "spanish", in: "Perfecto.\n\nEl mié, 10 jun 2026 a las 20:02, Lena (<l@x>) escribió:\n> ¿El jueves?\n", new: "Perfecto.", quote: "¿El jueves?"},
		{name: "outlook", in: "Fine by me.\n\nFrom: Lena <l@x>\nSent: Monday, February 9, 2026 8:14 PM\nTo: H <h@x>\nSubject: Re: x\n\nCould we move to Friday?\n",
			new: "Fine by me.", quote: "Could we move to Friday?"},
		{name: "outlook german", in: "Gern.\n\nVon: Lena <l@x>\nGesendet: Montag, 9. Februar 2026 20:14\nAn: H\nBetreff: x\n\nFreitag?\n", new: "Gern.", quote: "Freitag?"},
		{name: "outlook french", in: "Oui.\n\nDe : Lena <l@x>\nEnvoyé : lundi 9 février 2026 20:14\nÀ : H\nObjet : x\n\nVendredi ?\n", new: "Oui.", quote: "Vendredi ?"},
		{name: "original message", in: "No.\n\n-----Original Message-----\nFrom: L\nSent: today\n\nold ask\n", new: "No.", quote: "old ask"},
		{name: "forward", in: "fyi\n\n---------- Forwarded message ---------\nFrom: News <n@x>\nDate: Wed, Dec 2, 2026\n\nMeetup Thursday at 6pm\n",
			new: "fyi", quote: "Meetup Thursday at 6pm", forward: true},
		{name: "signature dashes", in: "See you Tuesday.\n\n-- \nPriya\nOffice hours: Wednesdays 1-2pm\n", new: "See you Tuesday."},
		{name: "sign-off and signature", in: "Friday at 11 is fine.\n\nKind regards,\nHannah\n\nDr. Hannah Greer\nOffice hours: Tuesdays 2:00-3:30 pm\n",
			new: "Friday at 11 is fine."},
		{name: "sender name ends the note", sender: "Jenna Alvarez", in: "Quick heads-up: the posting goes live next week.\n\nJenna\n\nJenna Alvarez | Designer\nOffice hours: Tue/Thu 2-3pm CT\n",
			new: "Quick heads-up: the posting goes live next week."},
		{name: "legal footer", in: "Tomorrow at 8.30 then.\n\nThis email and any attachments are confidential and intended solely for the addressee.\n", new: "Tomorrow at 8.30 then."},
		{name: "interleaved", in: "Lena <l@x> writes:\n\n> Monday or Tuesday?\n\nTuesday at 10am ET.\n\n> Zoom?\n\nZoom.\n",
			new: "Tuesday at 10am ET.\n\nZoom.", quote: "Monday or Tuesday?"},
		{name: "P.S. after signature", in: "Thanks!\n\n-- \nA\nP.S. Lunch Friday?\n", new: "P.S. Lunch Friday?"},
	}
	for _, tt := range tests {
		got := strip(tt.in, tt.sender)
		if got.New != tt.new {
			t.Errorf("%s: strip().New = %q, want %q", tt.name, got.New, tt.new)
		}
		if tt.quote == "" && got.Quote != "" || !strings.Contains(got.Quote, tt.quote) {
			t.Errorf("%s: strip().Quote = %q, want it to hold %q", tt.name, got.Quote, tt.quote)
		}
		if got.Forward != tt.forward {
			t.Errorf("%s: strip().Forward = %v, want %v", tt.name, got.Forward, tt.forward)
		}
	}
}
