package classify

import (
	"testing"
	"time"
)

// firstFull resolves the first mention with a date in text.
func firstMeeting(t *testing.T, text string, c *whenCtx) (time.Time, bool, bool) {
	t.Helper()
	toks := tokenize(text)
	ms := extract(toks, c.dayFirst)
	for i := range ms {
		if at, allDay, ok := c.resolve(&ms[i]); ok {
			return at, allDay, true
		}
	}
	return time.Time{}, false, false
}

func mustDate(s string) time.Time {
	t, err := time.Parse(time.RFC1123Z, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestExtract(t *testing.T) {
	thu := mustDate("Thu, 05 Mar 2026 17:22:40 -0800") // before the US switch
	wed := mustDate("Wed, 27 May 2026 07:45:18 -0400") // Toronto summer
	fri := mustDate("Fri, 13 Mar 2026 10:41:18 +0000") // Dublin winter
	oct := mustDate("Thu, 29 Oct 2026 13:14:07 -0700") // US switch on Nov 1
	mex := mustDate("Thu, 11 Jun 2026 18:20:33 -0600") // Mexico City
	tue := mustDate("Tue, 10 Feb 2026 13:47:21 -0500") // Toronto winter
	sgp := mustDate("Wed, 26 Aug 2026 08:12:45 +0800") // Singapore
	tests := []struct {
		ref    time.Time
		text   string
		want   string // RFC 3339, "" for none
		allDay bool
	}{
		{thu, "Tuesday at 10am ET.", "2026-03-10T10:00:00-04:00", false},
		{thu, "Tuesday at 10am.", "2026-03-10T10:00:00-08:00", false},
		{thu, "tomorrow at 3pm", "2026-03-06T15:00:00-08:00", false},
		{thu, "see you today at noon", "2026-03-05T12:00:00-08:00", false},
		{thu, "next Tuesday at 9:30", "2026-03-10T09:30:00-08:00", false},
		{thu, "next Friday at 2", "2026-03-13T14:00:00-08:00", false},
		{thu, "Thursday works", "2026-03-12T00:00:00-08:00", true},
		{wed, "I'll see you Tuesday the 2nd at half past four", "2026-06-02T16:30:00-04:00", false},
		{wed, "on the 15th at 8.30am", "2026-06-15T08:30:00-04:00", false},
		{fri, "Tuesday 31 March at 14:00 Irish time, then.", "2026-03-31T14:00:00+01:00", false},
		{fri, "Tuesday 27 October, 15:30 Dublin time", "2026-10-27T15:30:00Z", false},
		{oct, "- Monday, 9:30 Pacific", "2026-11-02T09:30:00-08:00", false},
		{mex, "quedamos el jueves 18 de junio a las 10:00, hora de la Ciudad de México", "2026-06-18T10:00:00-06:00", false},
		{tue, "Friday the 13th at 11:00 is fine.", "2026-02-13T11:00:00-05:00", false},
		{tue, "Thursday, October 2 at 9:30 it is.", "2026-10-02T09:30:00-05:00", false},
		{sgp, "Tuesday 15 Sep, 8.30am Singapore time", "2026-09-15T08:30:00+08:00", false},
		{tue, "on 2026-03-10 at 15:00 CET", "2026-03-10T15:00:00+01:00", false},
		{tue, "am 12.03.2026 um 15 Uhr", "2026-03-12T15:00:00-05:00", false},
		{tue, "le jeudi 19 février à 14h30", "2026-02-19T14:30:00-05:00", false},
		{tue, "Friday July 10 works", "2026-07-10T00:00:00-05:00", true},
		{tue, "3/12 at 4:00 PM", "2026-03-12T16:00:00-05:00", false},
		{tue, "Monday 2-3pm PT", "2026-02-16T14:00:00-08:00", false},
		{tue, "Wednesday at 11:30 IST", "2026-02-11T11:30:00+05:30", false},
		{tue, "I'm free for 20 minutes", "", false},
		{tue, "call me at 416-555-0147", "", false},
		{tue, "May I ask about 3 things", "", false},
		{tue, "it costs $8.30", "", false},
	}
	for _, tt := range tests {
		c := &whenCtx{ref: tt.ref, loc: tt.ref.Location()}
		at, allDay, ok := firstMeeting(t, tt.text, c)
		got := ""
		if ok {
			got = at.Format(time.RFC3339)
		}
		if got != tt.want || (ok && allDay != tt.allDay) {
			t.Errorf("extract(%q) = %s allDay=%v, want %s allDay=%v", tt.text, got, allDay, tt.want, tt.allDay)
		}
	}
}
