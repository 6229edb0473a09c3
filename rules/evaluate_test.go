package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
)

const (
	req  = domain.KindRequest
	conf = domain.KindConfirmation
	decl = domain.KindDecline
	thx  = domain.KindThankYou
	upd  = domain.KindUpdate
	oth  = domain.KindOther
)

// TestEvaluateTable: one row per rule, timing edge and cancellation; the
// want lists every reminder of the row's rule with its exact due time.
func TestEvaluateTable(t *testing.T) {
	type row struct {
		name string
		zone *time.Location
		now  string
		rule string
		msgs []domain.Message
		want []string // RFC 3339 due times in the owner's zone
	}
	// A meeting with Dana on Tue 2026-03-10 10:00 Toronto (EDT, after the
	// US switch), asked for by the owner on Mar 2 and fixed by her on Mar 3.
	ask := func() domain.Message { return sent("2026-03-02T10:00:00-05:00", req, dana) }
	fix := func(at string) domain.Message {
		return recv("2026-03-03T11:00:00-05:00", conf, dana, meetingAt(at))
	}
	meet := "2026-03-10T10:00:00-04:00"
	rows := []row{
		// nudge
		{name: "nudge: first 09:00 on or after request+7d, then 7 days later",
			zone: toronto, now: "2026-02-03T00:00:00-05:00", rule: "nudge",
			msgs: []domain.Message{sent("2026-02-02T10:15:00-05:00", req, dana)},
			want: []string{"2026-02-10T09:00:00-05:00", "2026-02-17T09:00:00-05:00"}},
		{name: "nudge: request before 09:00 lands on day 7",
			zone: toronto, now: "2026-02-03T00:00:00-05:00", rule: "nudge",
			msgs: []domain.Message{sent("2026-02-02T08:30:00-05:00", req, dana)},
			want: []string{"2026-02-09T09:00:00-05:00", "2026-02-16T09:00:00-05:00"}},
		{name: "nudge: across the US spring switch (2026-03-08)",
			zone: toronto, now: "2026-03-02T00:00:00-05:00", rule: "nudge",
			msgs: []domain.Message{sent("2026-03-01T08:00:00-05:00", req, dana)},
			want: []string{"2026-03-08T09:00:00-04:00", "2026-03-15T09:00:00-04:00"}},
		{name: "nudge: across the US autumn switch (2026-11-01)",
			zone: toronto, now: "2026-10-27T00:00:00-04:00", rule: "nudge",
			msgs: []domain.Message{sent("2026-10-26T17:00:00-04:00", req, dana)},
			want: []string{"2026-11-03T09:00:00-05:00", "2026-11-10T09:00:00-05:00"}},
		{name: "nudge: across the EU spring switch (2026-03-29)",
			zone: berlin, now: "2026-03-23T00:00:00+01:00", rule: "nudge",
			msgs: []domain.Message{sent("2026-03-22T08:59:00+01:00", req, dana)},
			want: []string{"2026-03-29T09:00:00+02:00", "2026-04-05T09:00:00+02:00"}},
		{name: "nudge: cancelled by any message from her",
			zone: toronto, now: "2026-03-20T00:00:00-04:00", rule: "nudge",
			msgs: []domain.Message{ask(), recv("2026-03-12T10:00:00-04:00", upd, dana)}},
		{name: "nudge: cancelled by a decline",
			zone: toronto, now: "2026-03-20T00:00:00-04:00", rule: "nudge",
			msgs: []domain.Message{ask(), recv("2026-03-05T10:00:00-05:00", decl, dana)}},
		{name: "nudge: an out-of-office (other) is no answer",
			zone: toronto, now: "2026-03-03T00:00:00-05:00", rule: "nudge",
			msgs: []domain.Message{ask(), recv("2026-03-02T10:01:00-05:00", oth, dana)},
			want: []string{"2026-03-10T09:00:00-04:00", "2026-03-17T09:00:00-04:00"}},
		{name: "nudge: the owner's own bump does not restart the clock",
			zone: toronto, now: "2026-03-11T00:00:00-04:00", rule: "nudge",
			msgs: []domain.Message{ask(), sent("2026-03-10T11:00:00-04:00", req, dana)},
			want: []string{"2026-03-10T09:00:00-04:00", "2026-03-17T09:00:00-04:00"}},
		{name: "nudge: she asked first; the owner's reply proposing times starts a clock",
			zone: toronto, now: "2026-03-05T00:00:00-05:00", rule: "nudge",
			msgs: []domain.Message{recv("2026-03-02T10:00:00-05:00", req, dana), sent("2026-03-04T12:00:00-05:00", req, dana)},
			want: []string{"2026-03-12T09:00:00-04:00", "2026-03-19T09:00:00-04:00"}},
		{name: "nudge: a fixed meeting ends the chase",
			zone: toronto, now: "2026-03-05T00:00:00-05:00", rule: "nudge",
			msgs: []domain.Message{ask(), sent("2026-03-04T12:00:00-05:00", conf, dana, meetingAt(meet))}},
		{name: "nudge: messages dated at or after now do not count yet",
			zone: toronto, now: "2026-03-12T10:00:00-04:00", rule: "nudge",
			msgs: []domain.Message{ask(), recv("2026-03-12T10:00:00-04:00", upd, dana)},
			want: []string{"2026-03-10T09:00:00-04:00", "2026-03-17T09:00:00-04:00"}},

		// confirm
		{name: "confirm: 09:00 the day before",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet)},
			want: []string{"2026-03-09T09:00:00-04:00"}},
		{name: "confirm: day before is the US spring switch day",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix("2026-03-09T08:00:00-04:00")},
			want: []string{"2026-03-08T09:00:00-04:00"}},
		{name: "confirm: EU autumn switch day (2026-10-25) is the day before",
			zone: berlin, now: "2026-10-20T00:00:00+02:00", rule: "confirm",
			msgs: []domain.Message{sent("2026-10-10T10:00:00+02:00", req, dana),
				recv("2026-10-12T10:00:00+02:00", conf, dana, meetingAt("2026-10-26T10:00:00+01:00"))},
			want: []string{"2026-10-25T09:00:00+01:00"}},
		{name: "confirm: fixed after the usual time, meeting > 1h away: at once",
			zone: toronto, now: "2026-03-10T00:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), recv("2026-03-09T15:00:00-04:00", conf, dana, meetingAt(meet))},
			want: []string{"2026-03-09T15:00:00-04:00"}},
		{name: "confirm: fixed under an hour before the meeting: none",
			zone: toronto, now: "2026-03-10T09:40:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), recv("2026-03-10T09:30:00-04:00", conf, dana, meetingAt(meet))}},
		{name: "confirm: cancelled by any message from the owner after fixing",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-08T20:00:00-04:00", oth, dana)}},
		{name: "confirm: her repeat of the same time changes nothing",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet), recv("2026-03-06T20:00:00-05:00", conf, dana, meetingAt(meet))},
			want: []string{"2026-03-09T09:00:00-04:00"}},
		{name: "confirm: the owner's repeat of the same time cancels it",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-06T20:00:00-05:00", conf, dana, meetingAt(meet))}},
		{name: "confirm: a moved meeting gets the new day's confirm only",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet), recv("2026-03-06T12:00:00-05:00", conf, dana, meetingAt("2026-03-12T14:00:00-04:00"))},
			want: []string{"2026-03-11T09:00:00-04:00"}},
		{name: "confirm: calendar cancel",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet), recv("2026-03-06T12:00:00-05:00", oth, dana, cancelled)}},
		{name: "confirm: a decline after confirming",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "confirm",
			msgs: []domain.Message{ask(), fix(meet), recv("2026-03-06T12:00:00-05:00", decl, dana)}},
		{name: "confirm: she asked first (connector) still gets a confirm",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "confirm",
			msgs: []domain.Message{recv("2026-03-02T10:00:00-05:00", req, dana), sent("2026-03-03T11:00:00-05:00", conf, dana, meetingAt(meet))},
			want: []string{"2026-03-09T09:00:00-04:00"}},
		{name: "confirm: whole-day meeting",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "confirm",
			msgs: []domain.Message{ask(), recv("2026-03-03T11:00:00-05:00", conf, dana, meetingAt("2026-03-10T00:00:00-04:00"), allDay)},
			want: []string{"2026-03-09T09:00:00-04:00"}},

		// thank
		{name: "thank: start + 3h, repeat 09:00 next day",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "thank",
			msgs: []domain.Message{ask(), fix(meet)},
			want: []string{"2026-03-10T13:00:00-04:00", "2026-03-11T09:00:00-04:00"}},
		{name: "thank: evening meeting moves out of quiet hours",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "thank",
			msgs: []domain.Message{ask(), fix("2026-03-10T19:00:00-04:00")},
			want: []string{"2026-03-11T08:00:00-04:00", "2026-03-12T09:00:00-04:00"}},
		{name: "thank: early meeting waits for the end of quiet hours",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "thank",
			msgs: []domain.Message{ask(), fix("2026-03-10T04:30:00-04:00")},
			want: []string{"2026-03-10T08:00:00-04:00", "2026-03-11T09:00:00-04:00"}},
		{name: "thank: US spring switch night",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "thank",
			msgs: []domain.Message{ask(), fix("2026-03-07T20:00:00-05:00")},
			want: []string{"2026-03-08T08:00:00-04:00", "2026-03-09T09:00:00-04:00"}},
		{name: "thank: US autumn switch (2026-11-01)",
			zone: toronto, now: "2026-10-20T00:00:00-04:00", rule: "thank",
			msgs: []domain.Message{sent("2026-10-10T10:00:00-04:00", req, dana),
				recv("2026-10-12T10:00:00-04:00", conf, dana, meetingAt("2026-10-31T11:00:00-04:00"))},
			want: []string{"2026-10-31T14:00:00-04:00", "2026-11-01T09:00:00-05:00"}},
		{name: "thank: EU autumn switch night (2026-10-25)",
			zone: berlin, now: "2026-10-20T00:00:00+02:00", rule: "thank",
			msgs: []domain.Message{sent("2026-10-10T10:00:00+02:00", req, dana),
				recv("2026-10-12T10:00:00+02:00", conf, dana, meetingAt("2026-10-24T19:30:00+02:00"))},
			want: []string{"2026-10-25T08:00:00+01:00", "2026-10-26T09:00:00+01:00"}},
		{name: "thank: cancelled by the owner's thank-you after the meeting",
			zone: toronto, now: "2026-03-11T00:00:00-04:00", rule: "thank",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-10T16:00:00-04:00", thx, dana)}},
		{name: "thank: cancelled by any message from the owner after it started",
			zone: toronto, now: "2026-03-11T00:00:00-04:00", rule: "thank",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-10T10:30:00-04:00", upd, dana)}},
		{name: "thank: a message before the meeting does not cancel it",
			zone: toronto, now: "2026-03-11T00:00:00-04:00", rule: "thank",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-10T08:00:00-04:00", upd, dana)},
			want: []string{"2026-03-10T13:00:00-04:00", "2026-03-11T09:00:00-04:00"}},
		{name: "thank: none when she asked first (connector)",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "thank",
			msgs: []domain.Message{recv("2026-03-02T10:00:00-05:00", req, dana), sent("2026-03-03T11:00:00-05:00", conf, dana, meetingAt(meet))}},
		{name: "thank: a moved meeting is thanked at its new time only",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "thank",
			msgs: []domain.Message{ask(), fix(meet), recv("2026-03-06T12:00:00-05:00", conf, dana, meetingAt("2026-03-12T14:00:00-04:00"))},
			want: []string{"2026-03-12T17:00:00-04:00", "2026-03-13T09:00:00-04:00"}},
		{name: "thank: none for a cancelled meeting",
			zone: toronto, now: "2026-03-09T08:00:00-04:00", rule: "thank",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-06T12:00:00-05:00", decl, dana)}},
		{name: "thank: whole-day meeting: the morning after",
			zone: toronto, now: "2026-03-04T00:00:00-05:00", rule: "thank",
			msgs: []domain.Message{ask(), recv("2026-03-03T11:00:00-05:00", conf, dana, meetingAt("2026-03-10T00:00:00-04:00"), allDay)},
			want: []string{"2026-03-11T08:00:00-04:00", "2026-03-12T09:00:00-04:00"}},

		// keep-in-touch
		{name: "keep-in-touch: 6 weeks after the thank-you, every 6 weeks, 12 months of silence",
			zone: toronto, now: "2026-03-11T00:00:00-04:00", rule: "keep-in-touch",
			msgs: []domain.Message{ask(), recv("2026-03-05T12:00:00-05:00", req, dana), sent("2026-03-05T13:00:00-05:00", conf, dana, meetingAt(meet)),
				sent("2026-03-10T15:00:00-04:00", thx, dana)},
			want: []string{"2026-04-21T09:00:00-04:00", "2026-06-02T09:00:00-04:00", "2026-07-14T09:00:00-04:00",
				"2026-08-25T09:00:00-04:00", "2026-10-06T09:00:00-04:00", "2026-11-17T09:00:00-05:00",
				"2026-12-29T09:00:00-05:00", "2027-02-09T09:00:00-05:00"}},
		{name: "keep-in-touch: any real message resets the cadence",
			zone: toronto, now: "2026-05-01T00:00:00-04:00", rule: "keep-in-touch",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-10T15:00:00-04:00", thx, dana),
				recv("2026-04-20T18:00:00-04:00", upd, dana)},
			want: []string{"2026-06-01T09:00:00-04:00", "2026-07-13T09:00:00-04:00", "2026-08-24T09:00:00-04:00",
				"2026-10-05T09:00:00-04:00", "2026-11-16T09:00:00-05:00", "2026-12-28T09:00:00-05:00",
				"2027-02-08T09:00:00-05:00", "2027-03-22T09:00:00-04:00"}},
		{name: "keep-in-touch: automated mail does not reset it",
			zone: toronto, now: "2026-03-20T00:00:00-04:00", rule: "keep-in-touch",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-10T15:00:00-04:00", thx, dana),
				recv("2026-03-15T18:00:00-04:00", oth, dana)},
			want: []string{"2026-04-21T09:00:00-04:00", "2026-06-02T09:00:00-04:00", "2026-07-14T09:00:00-04:00",
				"2026-08-25T09:00:00-04:00", "2026-10-06T09:00:00-04:00", "2026-11-17T09:00:00-05:00",
				"2026-12-29T09:00:00-05:00", "2027-02-09T09:00:00-05:00"}},
		{name: "keep-in-touch: a received thank-you does not start it",
			zone: toronto, now: "2026-03-20T00:00:00-04:00", rule: "keep-in-touch",
			msgs: []domain.Message{ask(), fix(meet), recv("2026-03-10T15:00:00-04:00", thx, dana)}},
		{name: "keep-in-touch: a thank-you before any meeting does not start it",
			zone: toronto, now: "2026-03-20T00:00:00-04:00", rule: "keep-in-touch",
			msgs: []domain.Message{ask(), fix(meet), sent("2026-03-04T15:00:00-05:00", thx, dana)}},
	}
	set := defaultSet(t)
	for _, r := range rows {
		in := input(r.zone, r.now, dana, r.msgs...)
		var got []string
		for _, rm := range set.Evaluate(in) {
			if rm.Rule == r.rule {
				got = append(got, rm.Due.Format(time.RFC3339))
			}
		}
		if strings.Join(got, " ") != strings.Join(r.want, " ") {
			t.Errorf("%s:\nEvaluate(%s) = %v\n                      want %v", r.name, r.rule, got, r.want)
		}
	}
}
