package classify

import (
	"fmt"
	"strings"
	"time"

	ical "github.com/emersion/go-ical"
)

// calEvent is what a text/calendar part says about a meeting.
type calEvent struct {
	method string // REQUEST, CANCEL, REPLY, ... ("" when absent)
	start  time.Time
	allDay bool
	cancel bool
	ok     bool // a start was read
	why    string
}

// windowsZones maps the Windows zone names Outlook writes in TZID to IANA.
var windowsZones = map[string]string{
	"Eastern Standard Time": "America/New_York", "Central Standard Time": "America/Chicago",
	"Mountain Standard Time": "America/Denver", "Pacific Standard Time": "America/Los_Angeles",
	"US Mountain Standard Time": "America/Phoenix", "Atlantic Standard Time": "America/Halifax",
	"Newfoundland Standard Time": "America/St_Johns", "Alaskan Standard Time": "America/Anchorage",
	"Hawaiian Standard Time": "Pacific/Honolulu", "Central Standard Time (Mexico)": "America/Mexico_City",
	"GMT Standard Time": "Europe/London", "Greenwich Standard Time": "Atlantic/Reykjavik", "UTC": "UTC",
	"W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
	"Central Europe Standard Time": "Europe/Budapest", "Central European Standard Time": "Europe/Warsaw",
	"E. Europe Standard Time": "Europe/Chisinau", "GTB Standard Time": "Europe/Bucharest", "FLE Standard Time": "Europe/Kiev",
	"Russian Standard Time": "Europe/Moscow", "India Standard Time": "Asia/Kolkata", "Singapore Standard Time": "Asia/Singapore",
	"China Standard Time": "Asia/Shanghai", "Tokyo Standard Time": "Asia/Tokyo", "Korea Standard Time": "Asia/Seoul",
	"AUS Eastern Standard Time": "Australia/Sydney", "E. Australia Standard Time": "Australia/Brisbane",
	"W. Australia Standard Time": "Australia/Perth", "New Zealand Standard Time": "Pacific/Auckland",
	"E. South America Standard Time": "America/Sao_Paulo", "SA Pacific Standard Time": "America/Bogota",
	"Argentina Standard Time": "America/Argentina/Buenos_Aires", "South Africa Standard Time": "Africa/Johannesburg",
	"Arabian Standard Time": "Asia/Dubai", "Israel Standard Time": "Asia/Jerusalem", "Turkey Standard Time": "Europe/Istanbul",
	"SE Asia Standard Time": "Asia/Bangkok", "Taipei Standard Time": "Asia/Taipei", "Pakistan Standard Time": "Asia/Karachi",
}

// tzidZone resolves a TZID: an IANA name, a Windows name, or an IANA name
// buried in a vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin").
func tzidZone(tzid string) *time.Location {
	tzid = strings.Trim(tzid, `"`)
	if tzid == "" {
		return nil
	}
	if l := loadZone(tzid); l != nil {
		return l
	}
	if n, ok := windowsZones[tzid]; ok {
		return loadZone(n)
	}
	parts := strings.Split(tzid, "/")
	for k := 0; k+1 < len(parts); k++ {
		if l := loadZone(strings.Join(parts[k:], "/")); l != nil {
			return l
		}
	}
	return nil
}

// decodeCalendar is go-ical's decoder with its panics turned into an
// error: it indexes past the end of some malformed lines ("X;P=" at the
// very end of the part), and mail must never crash the classifier.
func decodeCalendar(s string) (cal *ical.Calendar, err error) {
	defer func() {
		if r := recover(); r != nil {
			cal, err = nil, fmt.Errorf("decode calendar: %v", r)
		}
	}()
	return ical.NewDecoder(strings.NewReader(s)).Decode()
}

// readCalendar reads the first event of the first calendar part that has
// one. floating is the zone for a DTSTART with neither TZID nor "Z".
func readCalendar(parts []string, floating *time.Location) calEvent {
	for _, s := range parts {
		if len(s) > maxCalendarBytes {
			s = s[:maxCalendarBytes]
		}
		cal, err := decodeCalendar(s)
		if err != nil || cal == nil {
			continue
		}
		ev := calEvent{}
		if p := cal.Props.Get(ical.PropMethod); p != nil {
			ev.method = strings.ToUpper(strings.TrimSpace(p.Value))
		}
		for _, c := range cal.Children {
			if c.Name != ical.CompEvent {
				continue
			}
			if st := c.Props.Get(ical.PropStatus); st != nil && strings.EqualFold(st.Value, "CANCELLED") {
				ev.cancel = true
			}
			p := c.Props.Get(ical.PropDateTimeStart)
			if p == nil {
				continue
			}
			ev.start, ev.allDay, ev.ok = dtstart(p, floating)
			ev.why = "DTSTART " + p.Value
			if tz := p.Params.Get(ical.PropTimezoneID); tz != "" {
				ev.why += " " + tz
			}
			break
		}
		if ev.method == "CANCEL" {
			ev.cancel = true
		}
		if ev.ok || ev.method != "" {
			return ev
		}
	}
	return calEvent{}
}

const maxCalendarBytes = 64 << 10

// dtstart reads DTSTART: a date (all day), UTC, with a TZID, or floating.
func dtstart(p *ical.Prop, floating *time.Location) (time.Time, bool, bool) {
	v := strings.TrimSpace(p.Value)
	isDate := strings.EqualFold(p.Params.Get(ical.ParamValue), "DATE") || len(v) == 8
	if isDate {
		t, err := time.ParseInLocation("20060102", v, floating)
		return t, true, err == nil
	}
	if strings.HasSuffix(v, "Z") {
		// A UTC start stays in UTC: the invite names no other zone.
		t, err := time.Parse("20060102T150405Z", v)
		if err != nil {
			return time.Time{}, false, false
		}
		return t, false, true
	}
	loc := floating
	if tz := p.Params.Get(ical.PropTimezoneID); tz != "" {
		if l := tzidZone(tz); l != nil {
			loc = l
		}
	}
	t, err := time.ParseInLocation("20060102T150405", v, loc)
	if err != nil {
		t, err = time.ParseInLocation("20060102T1504", v, loc)
	}
	return t, false, err == nil
}
