package notify

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Reply command actions.
const (
	CommandDone   = "done"
	CommandSnooze = "snooze"
	CommandStop   = "stop"
)

// Command is what the owner asked for by answering a reminder message.
type Command struct {
	Action string        // CommandDone, CommandSnooze or CommandStop
	For    time.Duration // snooze length (default one day)
}

// MaxSnooze caps a snooze.
const MaxSnooze = 365 * 24 * time.Hour

// ParseReplyCommand reads the owner's answer to a reminder: the first line
// of their own text (blank lines skipped; the quoted reminder, an "On ...
// wrote:" line or a signature ends it) must start with "done", "snooze"
// (optionally a duration: "snooze 3d", "snooze 2 weeks", "snooze for 4
// hours") or "stop". Anything else is not a command: ok is false.
func ParseReplyCommand(text string) (Command, bool) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for _, line := range strings.Split(text, "\n") {
		l := strings.TrimSpace(line)
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, ">") || l == "--" || strings.HasPrefix(line, "-- ") || isAttribution(l) {
			return Command{}, false
		}
		return parseCommandLine(l)
	}
	return Command{}, false
}

func isAttribution(l string) bool {
	low := strings.ToLower(l)
	return strings.HasSuffix(low, "wrote:") || strings.HasPrefix(low, "-----original message")
}

func parseCommandLine(l string) (Command, bool) {
	words := strings.FieldsFunc(strings.ToLower(l), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == '!' || r == ';' || r == ':'
	})
	if len(words) == 0 {
		return Command{}, false
	}
	switch words[0] {
	case "done":
		return Command{Action: CommandDone}, true
	case "stop":
		return Command{Action: CommandStop}, true
	case "snooze":
		rest := words[1:]
		if len(rest) > 0 && rest[0] == "for" {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return Command{Action: CommandSnooze, For: 24 * time.Hour}, true
		}
		n := 2
		if len(rest) < 2 {
			n = len(rest)
		}
		d, err := ParseSnooze(strings.Join(rest[:n], " "))
		if err != nil {
			// "snooze" followed by words that are no duration ("snooze
			// please"): still a snooze, of the default day.
			if d, err = ParseSnooze(rest[0]); err != nil {
				return Command{Action: CommandSnooze, For: 24 * time.Hour}, true
			}
		}
		return Command{Action: CommandSnooze, For: d}, true
	}
	return Command{}, false
}

// ParseSnooze reads a snooze length: "3d", "3 days", "2w", "2 weeks",
// "12h", "90m", "1 month" (30 days), "a week". It is also what
// `followupd snooze --for` accepts.
func ParseSnooze(s string) (time.Duration, error) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	var num, unit string
	switch len(f) {
	case 1:
		i := strings.IndexFunc(f[0], func(r rune) bool { return r < '0' || r > '9' })
		if i <= 0 {
			return 0, fmt.Errorf("snooze %q: want a number and a unit, like 3d or 2 weeks", s)
		}
		num, unit = f[0][:i], f[0][i:]
	case 2:
		num, unit = f[0], f[1]
	default:
		return 0, fmt.Errorf("snooze %q: want a number and a unit, like 3d or 2 weeks", s)
	}
	var n int
	switch num {
	case "a", "an", "one":
		n = 1
	case "two":
		n = 2
	case "three":
		n = 3
	default:
		v, err := strconv.Atoi(num)
		if err != nil || v <= 0 {
			return 0, fmt.Errorf("snooze %q: %q is not a positive number", s, num)
		}
		n = v
	}
	var u time.Duration
	switch unit {
	case "m", "min", "mins", "minute", "minutes":
		u = time.Minute
	case "h", "hr", "hrs", "hour", "hours":
		u = time.Hour
	case "d", "day", "days":
		u = 24 * time.Hour
	case "w", "wk", "wks", "week", "weeks":
		u = 7 * 24 * time.Hour
	case "mo", "month", "months":
		u = 30 * 24 * time.Hour
	default:
		return 0, fmt.Errorf("snooze %q: unknown unit %q (use m, h, d, w or months)", s, unit)
	}
	if n > int(MaxSnooze/u) {
		return MaxSnooze, nil
	}
	return time.Duration(n) * u, nil
}
