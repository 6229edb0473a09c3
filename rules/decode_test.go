package rules

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

func parseYAML(t *testing.T, src string) *yaml.Node {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		t.Fatal(err)
	}
	return &n
}

func TestDefaultsYAMLIsDefaults(t *testing.T) {
	// From nothing: the YAML alone must say everything Defaults says.
	got, errs := decode(parseYAML(t, DefaultsYAML), nil)
	if len(errs) > 0 {
		t.Fatalf("decode(defaults.yaml) errors: %v", errs)
	}
	if want := Defaults(); !reflect.DeepEqual(got, want) {
		for i := range want {
			if i < len(got) && !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("rule %d:\n got %+v\nwant %+v", i, got[i], want[i])
			}
		}
		t.Fatalf("decode(defaults.yaml) = %d rules, want %d equal to Defaults()", len(got), len(want))
	}
	got, errs = Decode(parseYAML(t, DefaultsYAML))
	if len(errs) > 0 || !reflect.DeepEqual(got, Defaults()) {
		t.Fatalf("Decode(defaults.yaml) = %v, %v; want Defaults()", got, errs)
	}
	if _, err := Compile(Defaults()); err != nil {
		t.Fatalf("Compile(Defaults()) = %v, want nil", err)
	}
}

func TestDecodeOverridesAndVariants(t *testing.T) {
	src := `
- name: nudge
  enabled: false
- name: thank
  quiet_hours: "22:00-07:30"
  channels: [desktop, email]
- name: confirm-early
  on: confirmed
  before: 2d
  title: "Two days to {{.Meeting}}"
`
	got, errs := Decode(parseYAML(t, src))
	if len(errs) > 0 {
		t.Fatalf("Decode errors: %v", errs)
	}
	if len(got) != 6 {
		t.Fatalf("Decode gave %d rules, want 6 (5 defaults + 1 variant)", len(got))
	}
	if got[0].Name != "nudge" || got[0].Enabled {
		t.Errorf("nudge = %+v, want disabled", got[0])
	}
	if got[0].Max != 2 {
		t.Errorf("nudge max = %d, want 2 kept from the default", got[0].Max)
	}
	th := got[2]
	if th.QuietHours.String() != "22:00-07:30" || !reflect.DeepEqual(th.Channels, []string{"desktop", "email"}) || th.After.Clock != 3*time.Hour {
		t.Errorf("thank = %+v, want quiet 22:00-07:30, channels desktop,email, after 3h", th)
	}
	v := got[5]
	if v.Name != "confirm-early" || v.On != OnConfirmed || v.Before.Days != 2 || !v.At.Set || v.Title != "Two days to {{.Meeting}}" {
		t.Errorf("variant = %+v, want confirm defaults with before 2d and its own title", v)
	}
	if def := Defaults(); got[1].Before != def[1].Before {
		t.Errorf("variant changed the default confirm: %+v", got[1])
	}
}

func TestDecodeErrorsAllAtOnce(t *testing.T) {
	src := `rules:
  - name: nudge
    after: 7 days
    colour: blue
  - name: thank
    schedule: "0 25 * * *"
    title: "{{.Contact.Nmae}}"
  - name: weird
    on: lunch
  - name: confirm
    at: "9am"
    cancel_on: [exchange]
  - name: nudge
    max: 3
  - on: met
  - name: ok-variant
    on: met
    quiet_hours: "21:00"
`
	_, errs := Decode(parseYAML(t, src))
	want := []string{
		"3 rules.nudge.after: bad duration",
		"4 rules.nudge.colour: unknown key",
		"6 rules.thank.schedule: bad cron spec",
		"7 rules.thank.title: bad template",
		"9 rules.weird.on: unknown \"lunch\"",
		"11 rules.confirm.at: bad time of day",
		"12 rules.confirm.cancel_on: \"exchange\" does not apply",
		"13 rules.nudge: rule defined twice",
		"15 rules[5].name: missing",
		"18 rules.ok-variant.quiet_hours: bad window",
	}
	var got []string
	for _, e := range errs {
		got = append(got, strings.Join([]string{strconv.Itoa(e.Line), e.Key + ":", e.Msg}, " "))
	}
	if len(got) != len(want) {
		t.Errorf("Decode gave %d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("Decode errors lack %q; got:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

func TestParseDuration(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Duration
		bad  bool
	}{
		{in: "7d", want: Duration{Days: 7}},
		{in: "6w", want: Duration{Days: 42}},
		{in: "3h", want: Duration{Clock: 3 * time.Hour}},
		{in: "1d12h", want: Duration{Days: 1, Clock: 12 * time.Hour}},
		{in: "12mo", want: Duration{Months: 12}},
		{in: "1y", want: Duration{Months: 12}},
		{in: "90m", want: Duration{Clock: 90 * time.Minute}},
		{in: "7 days", bad: true},
		{in: "d", bad: true},
		{in: "3x", bad: true},
	} {
		got, err := ParseDuration(c.in)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v, bad %v", c.in, got, err, c.want, c.bad)
		}
	}
}

func TestQuietHoursLeave(t *testing.T) {
	w, _ := ParseWindow("21:00-08:00")
	for _, c := range []struct{ in, want string }{
		{"2026-03-10T20:59:00-04:00", "2026-03-10T20:59:00-04:00"},
		{"2026-03-10T21:00:00-04:00", "2026-03-11T08:00:00-04:00"},
		{"2026-03-10T23:30:00-04:00", "2026-03-11T08:00:00-04:00"},
		{"2026-03-11T07:59:00-04:00", "2026-03-11T08:00:00-04:00"},
		{"2026-03-11T08:00:00-04:00", "2026-03-11T08:00:00-04:00"},
		// the night of the US spring switch: 08:00 is EDT
		{"2026-03-07T22:00:00-05:00", "2026-03-08T08:00:00-04:00"},
	} {
		if got := w.Leave(ts(c.in), toronto).Format(time.RFC3339); got != c.want {
			t.Errorf("Leave(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}
