package demo

import "time"

// ExpectedReminder is a reminder the default rules must fire over the seed
// timeline.
type ExpectedReminder struct {
	Rule    string    // nudge, confirm, thank, keep-in-touch, close-loop
	Contact string    // the address the owner should write to
	Due     time.Time // in OwnerZone
	Thread  string    // the seed thread it comes from
	Why     string    // how the due time follows from the rule text
}

// ExpectedReminders lists, in due order, every reminder the default rules
// fire between start and End(start) if the owner does exactly what the seed
// mailbox shows and nothing else. It is the oracle for the end-to-end test,
// worked out by hand from the rule table in the rule-engine issue as
// ../shared/spec/reminders.md reads it, not computed by the engine:
//
//   - nudge: first 09:00 on or after request + 7 days; the second 7 days
//     after the first; cancelled by any (non-automated) message from them.
//   - confirm: 09:00 on the day before the meeting's day; cancelled when the
//     owner writes to the contact after the meeting was fixed, when the
//     meeting moves or is cancelled.
//   - thank: meeting + 3 h, moved out of quiet hours (21:00-08:00) to 08:00;
//     one repeat at 09:00 the next day; only when the owner asked for the
//     meeting; cancelled by the owner writing to them after the meeting.
//   - keep-in-touch: after the owner's thank-you, 09:00 on the day 6 weeks
//     after the last real exchange either way.
//   - close-loop: 09:00 the day after the owner's thank-you to a person
//     someone introduced; to the introducer.
//
// Day N below means start's calendar date + N days; with DefaultStart, day
// 0 is Tuesday 1 September 2026 and day 61 (1 November) is the US switch
// to standard time. Reminders that the seed withdraws in time are listed in
// the comments, so a reader can check them too.
func ExpectedReminders(start time.Time) []ExpectedReminder {
	ny := mustZone(OwnerZone)
	at := func(n, hh, mm int) time.Time { return day(start, n, hh, mm, ny) }
	const (
		nadia  = "nadia.haddad@brightpath.example"
		marcus = "mbell@ledgerly.example"
		ben    = "ben.castillo@carebridge.example"
		kwame  = "kwame.mensah@corvidmedia.example"
		jamie  = "jamie.liu@mailbox.example"
		luis   = "luis.ortega@harborline.example"
		maya   = "maya@goldberg.example"
		rafael = "rafael@gridline.example"
	)
	rs := []ExpectedReminder{
		// keep-in-touch: Alex asked (day 0 08:40), Nadia offered two slots
		// (day 1, which also ends the nudge clock), Alex fixed day 10 12:30
		// in his own confirmation and wrote nothing more before the meeting.
		{"confirm", nadia, at(9, 9, 0), "keep-in-touch",
			"meeting day 10 12:30, fixed by Alex on day 1; 09:00 the day before"},
		// nudge-unanswered: one request on day 2 10:20, never answered.
		{"nudge", marcus, at(10, 9, 0), "nudge-unanswered",
			"request day 2 10:20 + 7 days = day 9 10:20; first 09:00 after is day 10"},
		// unthanked: meeting day 15 18:30. Its confirm (day 14 09:00) is
		// withdrawn by Alex's own note at 07:35 that morning. Alex never
		// thanks Ben.
		{"thank", ben, at(16, 8, 0), "unthanked",
			"meeting day 15 18:30 + 3 h = 21:30, in quiet hours; moved to 08:00"},
		// nudged-then-declined: request day 8 13:10; the first nudge fires,
		// Alex bumps at 10:15 the same day; Kwame declines on day 20, before
		// the second nudge (day 23 09:00).
		{"nudge", kwame, at(16, 9, 0), "nudged-then-declined",
			"request day 8 13:10 + 7 days = day 15 13:10; first 09:00 after is day 16"},
		{"nudge", marcus, at(17, 9, 0), "nudge-unanswered",
			"second nudge, 7 days after the first"},
		{"thank", ben, at(17, 9, 0), "unthanked",
			"the one repeat: 09:00 on the day after the first thank reminder"},
		// connector: Jamie asked Alex; Alex offered two slots (day 16, a
		// request, so a nudge clock that Jamie's reply stops); Jamie fixed
		// day 21 16:15. Alex is the connector: no thank reminder.
		{"confirm", jamie, at(20, 9, 0), "connector",
			"meeting day 21 16:15, fixed by Jamie on day 17; 09:00 the day before"},
		// introduction: Maya introduced Luis (both in To) on day 22; Alex
		// asked Luis, Luis offered slots, Alex fixed day 30 18:00.
		{"confirm", luis, at(29, 9, 0), "introduction",
			"meeting day 30 18:00, fixed by Alex on day 24; 09:00 the day before"},
		// Alex thanks Luis at 20:10 on day 30, before the thank reminder
		// (21:00) is due. Luis's keep-in-touch (day 72) is after End.
		{"close-loop", maya, at(31, 9, 0), "introduction",
			"Alex thanked Luis on day 30 20:10; 09:00 the next day, to Maya"},
		// cancelled: Owen fixed day 44 12:30 (invite); his decline with a
		// calendar CANCEL on day 42 withdraws the confirm (day 43 09:00).
		// london-invite: Imogen's invite fixes day 57 14:00 London (10:00
		// in New York); Alex's reply the same evening withdraws the confirm
		// (day 56 09:00) and his thank-you at 11:20 on day 57 the thank.
		//
		// keep-in-touch: Alex thanked Nadia on day 10 (before the thank was
		// due at 15:30); the last real exchange is Nadia's update, day 13.
		{"keep-in-touch", nadia, at(55, 9, 0), "keep-in-touch",
			"last exchange day 13 (Nadia's update) + 6 weeks = day 55; Alex's update that day restarts the cadence"},
		// moved: Alex fixed day 58 10:00 on day 43; Rafael moved it to day 63
		// 10:00 ET on day 55, before the old confirm (day 57 09:00) was due.
		{"confirm", rafael, at(62, 9, 0), "moved",
			"moved meeting day 63 10:00 (after the DST switch); 09:00 the day before"},
		{"thank", rafael, at(63, 13, 0), "moved",
			"meeting day 63 10:00 + 3 h; the repeat (day 64 09:00) is withdrawn by Alex's thank-you at 07:50"},
	}
	end := End(start)
	out := rs[:0]
	for _, r := range rs {
		if !r.Due.Before(start) && r.Due.Before(end) {
			out = append(out, r)
		}
	}
	return out
}
