package classify

import (
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

func TestReadCalendar(t *testing.T) {
	floating := time.FixedZone("", -4*3600)
	cal := func(method, dtstart string) string {
		s := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
		if method != "" {
			s += "METHOD:" + method + "\r\n"
		}
		return s + "BEGIN:VEVENT\r\nUID:1\r\n" + dtstart + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	}
	tests := []struct {
		name, in, method, want string
		allDay, cancel, ok     bool
	}{
		{"tzid", cal("REQUEST", "DTSTART;TZID=America/Toronto:20260914T203000"), "REQUEST", "2026-09-14T20:30:00-04:00", false, false, true},
		{"utc", cal("REQUEST", "DTSTART:20261102T173000Z"), "REQUEST", "2026-11-02T17:30:00Z", false, false, true},
		{"floating", cal("REQUEST", "DTSTART:20260310T100000"), "REQUEST", "2026-03-10T10:00:00-04:00", false, false, true},
		{"windows tzid", cal("REQUEST", `DTSTART;TZID="Pacific Standard Time":20261102T093000`), "REQUEST", "2026-11-02T09:30:00-08:00", false, false, true},
		{"all day", cal("", "DTSTART;VALUE=DATE:20260710"), "", "2026-07-10T00:00:00-04:00", true, false, true},
		{"cancel", cal("CANCEL", "DTSTART;TZID=Europe/Dublin:20261027T153000"), "CANCEL", "2026-10-27T15:30:00Z", false, true, true},
		{"garbage", "BEGIN:VCALENDAR\r\nnonsense", "", "", false, false, false},
	}
	for _, tt := range tests {
		ev := readCalendar([]string{tt.in}, floating)
		got := ""
		if ev.ok {
			got = ev.start.Format(time.RFC3339)
		}
		if ev.ok != tt.ok || got != tt.want || ev.allDay != tt.allDay || ev.cancel != tt.cancel || ev.method != tt.method {
			t.Errorf("readCalendar(%s) = %q ok=%v allDay=%v cancel=%v method=%q, want %q ok=%v allDay=%v cancel=%v method=%q",
				tt.name, got, ev.ok, ev.allDay, ev.cancel, ev.method, tt.want, tt.ok, tt.allDay, tt.cancel, tt.method)
		}
	}
}

// go-ical panics on a parameter with no value at the end of the input;
// the classifier must read such mail like any other broken calendar.
func TestReadCalendarNoPanic(t *testing.T) {
	for _, in := range []string{"0;0=", "BEGIN:VCALENDAR\r\nX;P=", "DTSTART;TZID="} {
		if ev := readCalendar([]string{in}, time.UTC); ev.ok {
			t.Errorf("readCalendar(%q) ok, want not ok", in)
		}
	}
	m, err := message.Parse(strings.NewReader("Content-Type: text/calendar\n\n0;0="))
	if err != nil {
		t.Fatal(err)
	}
	if v := Classify(m, nil); v.Kind != domain.KindOther {
		t.Errorf("Classify = %v, want other", v.Kind)
	}
}
