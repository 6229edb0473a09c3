package classify

import "time"

// date piece kinds
const (
	dRel     = iota + 1 // today, tomorrow: rel days from the reference
	dWeekday            // a weekday, maybe with this/next
	dDOM                // a day of the month with no month ("the 15th")
	dMD                 // a month and a day, maybe a year
)

// weekday modifiers
const (
	modNone = iota
	modThis
	modNext
)

type datePiece struct {
	kind             int
	rel              int
	wd               time.Weekday
	hasWD            bool
	mod              int
	day, month, year int
	pod              int // part of day implied: podAM or podPM
}

const (
	podAM = 1
	podPM = 2
)

type wdInfo struct {
	wd    time.Weekday
	risky bool // a short form that is also a common word: needs a number next to it
}

var weekdays = func() map[string]wdInfo {
	m := map[string]wdInfo{}
	add := func(wd time.Weekday, risky bool, words ...string) {
		for _, w := range words {
			m[w] = wdInfo{wd, risky}
		}
	}
	add(time.Monday, false, "monday", "lunes", "lundi", "montag", "mondays")
	add(time.Tuesday, false, "tuesday", "tue", "tues", "martes", "mardi", "dienstag", "tuesdays")
	add(time.Wednesday, false, "wednesday", "weds", "miercoles", "mercredi", "mittwoch", "wednesdays")
	add(time.Thursday, false, "thursday", "thu", "thur", "thurs", "jueves", "jeudi", "donnerstag", "thursdays")
	add(time.Friday, false, "friday", "fri", "viernes", "vendredi", "freitag", "fridays")
	add(time.Saturday, false, "saturday", "sabado", "samedi", "samstag", "sonnabend", "saturdays")
	add(time.Sunday, false, "sunday", "domingo", "dimanche", "sonntag", "sundays")
	add(time.Monday, true, "mon")
	add(time.Wednesday, true, "wed")
	add(time.Saturday, true, "sat")
	add(time.Sunday, true, "sun")
	return m
}()

var months = func() map[string]int {
	m := map[string]int{}
	names := [][]string{
		{"january", "jan", "enero", "ene", "janvier", "janv", "januar", "jänner", "janner"},
		{"february", "feb", "febrero", "fevrier", "fevr", "fev", "februar"},
		{"march", "mar", "marzo", "mars", "marz", "maerz"},
		{"april", "apr", "abril", "abr", "avril", "avr"},
		{"may", "mayo", "mai"},
		{"june", "jun", "junio", "juin", "juni"},
		{"july", "jul", "julio", "juillet", "juil", "juli"},
		{"august", "aug", "agosto", "aout"},
		{"september", "sep", "sept", "septiembre", "setiembre", "septembre"},
		{"october", "oct", "octubre", "octobre", "oktober", "okt"},
		{"november", "nov", "noviembre", "novembre"},
		{"december", "dec", "diciembre", "dic", "decembre", "dezember", "dez"},
	}
	for i, ns := range names {
		for _, n := range ns {
			m[n] = i + 1
		}
	}
	return m
}()

var ordSuffix = setOf("st nd rd th er e eme o a")

// timePrep are words after which a bare number is an hour ("at 3").
var timePrep = setOf("at um a à vers around from between until till bis hasta desde ab des hacia sobre por")

// dayNum reads a day of the month at i: "15", "15th", "2nd", "15." and
// reports whether a suffix or German dot followed.
func dayNum(toks []token, i int) (day, next int, marked bool, ok bool) {
	if i >= len(toks) || toks[i].kind != tNum || toks[i].digits > 2 || toks[i].num < 1 || toks[i].num > 31 {
		return 0, i, false, false
	}
	day, next = toks[i].num, i+1
	if next < len(toks) && !toks[next].sp && toks[next].kind == tWord && ordSuffix[toks[next].s] {
		return day, next + 1, true, true
	}
	if next < len(toks) && !toks[next].sp && toks[next].s == "." && !(next+1 < len(toks) && !toks[next+1].sp && toks[next+1].kind == tNum) {
		return day, next + 1, true, true
	}
	return day, next, false, true
}

// clockAfter reports whether the number at i is followed by something that
// makes it a clock time rather than a day.
func clockAfter(toks []token, i int) bool {
	j := i + 1
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	if (t.s == "-" || t.s == "to") && j+1 < len(toks) {
		if q, _, ok := clockAtX(toks, j+1, false); ok && (q.ap == apAM || q.ap == apPM) {
			return true // "2-3pm"
		}
	}
	if t.kind == tPunct && (t.s == ":" || t.s == ".") && !t.sp && j+1 < len(toks) && toks[j+1].kind == tNum && !toks[j+1].sp {
		return true
	}
	if t.kind == tWord {
		switch t.s {
		case "am", "pm", "h", "uhr", "hrs", "o'clock", "oclock", "noon":
			return true
		case "a", "p":
			return j+1 < len(toks) && toks[j+1].s == "."
		}
	}
	return false
}

// yearAt reads a 4-digit year at i, after an optional comma.
func yearAt(toks []token, i int) (int, int) {
	j := i
	if j < len(toks) && (toks[j].s == "," || toks[j].s == "de" || toks[j].s == "del") {
		j++
	}
	if j < len(toks) && toks[j].kind == tNum && toks[j].digits == 4 && toks[j].num >= 1990 && toks[j].num <= 2100 && !clockAfter(toks, j) {
		return toks[j].num, j + 1
	}
	return 0, i
}

// monthDay reads "October 2[nd][, 2025]" at i (i is the month word).
func monthDay(toks []token, i int) (datePiece, int, bool) {
	mo, ok := months[toks[i].s]
	if !ok {
		return datePiece{}, i, false
	}
	j := i + 1
	if j < len(toks) && toks[j].s == "." && !toks[j].sp {
		j++ // "Oct."
	}
	d, k, _, ok := dayNum(toks, j)
	if !ok || clockAfter(toks, j) {
		return datePiece{}, i, false
	}
	y, k2 := yearAt(toks, k)
	return datePiece{kind: dMD, day: d, month: mo, year: y}, k2, true
}

// dayMonth reads "2 October", "2nd of October", "27. Oktober", "18 de
// junio [de 2026]" at i (i is the number).
func dayMonth(toks []token, i int) (datePiece, int, bool) {
	d, j, _, ok := dayNum(toks, i)
	if !ok || clockAfter(toks, i) {
		return datePiece{}, i, false
	}
	if j < len(toks) && (toks[j].s == "of" || toks[j].s == "de") {
		j++
	}
	if j >= len(toks) {
		return datePiece{}, i, false
	}
	mo, ok := months[toks[j].s]
	if !ok || toks[j].s == "may" && j+1 < len(toks) && toks[j+1].s == "i" {
		return datePiece{}, i, false
	}
	j++
	if j < len(toks) && toks[j].s == "." && !toks[j].sp {
		j++
	}
	y, j2 := yearAt(toks, j)
	return datePiece{kind: dMD, day: d, month: mo, year: y}, j2, true
}

// numericDate reads 2026-03-10, 12.03.[2026] and 3/12[/2026].
func numericDate(toks []token, i int, dayFirst bool) (datePiece, int, bool) {
	n := func(k int) (int, bool) {
		if k < len(toks) && toks[k].kind == tNum && !toks[k].sp {
			return toks[k].num, true
		}
		return 0, false
	}
	sep := func(k int, s string) bool { return k < len(toks) && toks[k].s == s && !toks[k].sp }
	a := toks[i].num
	// ISO 8601
	if toks[i].digits == 4 && sep(i+1, "-") {
		mo, ok1 := n(i + 2)
		if ok1 && sep(i+3, "-") {
			d, ok2 := n(i + 4)
			if ok2 && validMD(mo, d) && toks[i+4].digits <= 2 && a >= 1990 && a <= 2100 {
				return datePiece{kind: dMD, year: a, month: mo, day: d}, i + 5, true
			}
		}
		return datePiece{}, i, false
	}
	if toks[i].digits > 2 {
		return datePiece{}, i, false
	}
	for _, s := range []string{".", "/"} {
		if !sep(i+1, s) {
			continue
		}
		b, ok := n(i + 2)
		if !ok || toks[i+2].digits > 2 {
			continue
		}
		j := i + 3
		y := 0
		hasYear := false
		if sep(j, s) {
			if v, ok := n(j + 1); ok && (toks[j+1].digits == 4 || toks[j+1].digits == 2) {
				y = v
				if y < 100 {
					y += 2000
				}
				j += 2
				hasYear = true
			} else if s == "." {
				j++ // "12.03." German style, trailing dot
				hasYear = true
			}
		}
		if s == "." {
			// 8.30 is a time unless a year or trailing dot marks a date.
			if !hasYear || y == 0 && ((i > 0 && timePrep[toks[i-1].s]) || clockAfter(toks, i+2)) {
				continue
			}
			if !validMD(b, a) {
				continue
			}
			return datePiece{kind: dMD, day: a, month: b, year: y}, j, true
		}
		// slash: order decided by the writer's conventions
		d, mo := b, a
		if dayFirst {
			d, mo = a, b
		}
		if !validMD(mo, d) {
			d, mo = mo, d
		}
		if !validMD(mo, d) {
			continue
		}
		if j < len(toks) && toks[j].kind == tWord && (toks[j].s == "hour" || toks[j].s == "hours") {
			continue
		}
		return datePiece{kind: dMD, day: d, month: mo, year: y}, j, true
	}
	return datePiece{}, i, false
}

func validMD(mo, d int) bool { return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 }

// relWords map a word to days from the reference date.
var relWords = map[string]int{
	"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tomorow": 1, "tmr": 1,
	"heute": 0, "morgen": 1, "ubermorgen": 2, "hoy": 0, "manana": 1,
	"aujourd'hui": 0, "demain": 1,
}

// dateAt tries to read a date expression starting at token i.
func dateAt(toks []token, i int, dayFirst bool) (datePiece, int, bool) {
	t := toks[i]
	if t.kind == tNum {
		if p, j, ok := numericDate(toks, i, dayFirst); ok {
			return p, j, true
		}
		return dayMonth(toks, i)
	}
	if t.kind != tWord {
		return datePiece{}, i, false
	}
	switch t.s {
	case "the", "on", "le", "el", "am", "den":
		// "the 15th", "on the 2nd"
		j := i + 1
		if t.s == "on" && is(toks, j, "the") {
			j++
		}
		if d, k, marked, ok := dayNum(toks, j); ok && !clockAfter(toks, j) {
			if p, k2, ok := dayMonth(toks, j); ok {
				return p, k2, true
			}
			if marked && (t.s == "the" || t.s == "on") {
				return datePiece{kind: dDOM, day: d}, k, true
			}
		}
		return datePiece{}, i, false
	case "day":
		if is(toks, i+1, "after") && is(toks, i+2, "tomorrow") {
			return datePiece{kind: dRel, rel: 2}, i + 3, true
		}
	case "pasado":
		if is(toks, i+1, "manana") {
			return datePiece{kind: dRel, rel: 2}, i + 2, true
		}
	case "apres":
		if is(toks, i+1, "-") && is(toks, i+2, "demain") {
			return datePiece{kind: dRel, rel: 2}, i + 3, true
		}
	case "this", "esta", "este", "cet", "cette":
		if j := i + 1; j < len(toks) {
			switch toks[j].s {
			case "morning", "manana":
				return datePiece{kind: dRel, pod: podAM}, j + 1, true
			case "afternoon", "evening", "tarde", "noche", "soir", "apres":
				return datePiece{kind: dRel, pod: podPM}, j + 1, true
			}
		}
	case "in":
		// "in 2 days"
		if j := i + 1; j+1 < len(toks) && toks[j].kind == tNum && toks[j].num > 0 && toks[j].num < 15 && (toks[j+1].s == "days" || toks[j+1].s == "day") {
			return datePiece{kind: dRel, rel: toks[j].num}, j + 2, true
		}
	}
	if rel, ok := relWords[t.s]; ok {
		prev := ""
		if i > 0 {
			prev = toks[i-1].s
		}
		if t.s == "morgen" && (prev == "guten" || prev == "am" || prev == "jeden" || prev == "heute") {
			return datePiece{}, i, false
		}
		if t.s == "manana" && (prev == "la" || prev == "por" || prev == "de" || prev == "esta" || prev == "las") {
			return datePiece{}, i, false
		}
		p := datePiece{kind: dRel, rel: rel}
		j := i + 1
		if t.s == "tonight" {
			p.pod = podPM
		}
		if j < len(toks) {
			switch toks[j].s {
			case "morning", "fruh", "vormittag", "matin":
				p.pod, j = podAM, j+1
			case "afternoon", "evening", "night", "nachmittag", "abend", "soir", "apres":
				p.pod, j = podPM, j+1
			}
		}
		return p, j, true
	}
	mod := modNone
	j := i
	switch t.s {
	case "next", "nachsten", "kommenden", "proximo", "proxima":
		mod, j = modNext, i+1
	case "this", "coming", "diesen", "diesem", "este", "ce":
		mod, j = modThis, i+1
		if t.s == "this" && is(toks, j, "coming") {
			j++
		}
	}
	if j < len(toks) {
		if w, ok := weekdays[toks[j].s]; ok {
			return weekdayAt(toks, j, w, mod, dayFirst)
		}
	}
	if mod != modNone {
		return datePiece{}, i, false
	}
	if _, ok := months[t.s]; ok {
		return monthDay(toks, i)
	}
	return datePiece{}, i, false
}

// weekdayAt reads a weekday at j with what may follow it: a date, an
// ordinal, "next week", "prochain", "que viene".
func weekdayAt(toks []token, j int, w wdInfo, mod int, dayFirst bool) (datePiece, int, bool) {
	p := datePiece{kind: dWeekday, wd: w.wd, hasWD: true, mod: mod}
	k := j + 1
	if k < len(toks) && toks[k].s == "." && !toks[k].sp {
		k++ // "Tue."
	}
	k0 := k
	if k < len(toks) && toks[k].s == "," {
		k++
	}
	if k < len(toks) && (toks[k].s == "the" || toks[k].s == "den" || toks[k].s == "el" || toks[k].s == "le") {
		k++
	}
	if k < len(toks) {
		var q datePiece
		var k2 int
		ok := false
		switch {
		case toks[k].kind == tWord:
			if _, isMonth := months[toks[k].s]; isMonth {
				q, k2, ok = monthDay(toks, k)
			}
		case toks[k].kind == tNum:
			if q, k2, ok = numericDate(toks, k, dayFirst); !ok {
				q, k2, ok = dayMonth(toks, k)
			}
			if !ok && !clockAfter(toks, k) {
				if d, k3, _, ok2 := dayNum(toks, k); ok2 && !(k3 < len(toks) && toks[k3].kind == tWord && !ordSuffix[toks[k3].s] && isUnitWord(toks[k3].s)) {
					q, k2, ok = datePiece{kind: dDOM, day: d}, k3, true
				}
			}
		}
		if ok {
			q.wd, q.hasWD = w.wd, true
			return q, k2, true
		}
	}
	if w.risky {
		// "Wed 10:30", "Mon 2-4": a short form right before a clock
		// time or an hour range is the weekday too.
		if k := k0; k < len(toks) && toks[k].kind == tNum && (clockAfter(toks, k) || hourRange(toks, k)) {
			return p, k0, true
		}
		return datePiece{}, j, false
	}
	k = k0
	// "Tuesday next week", "mardi prochain", "martes que viene"
	if k+1 < len(toks) && (toks[k].s == "next" || toks[k].s == "this") && toks[k+1].s == "week" {
		if toks[k].s == "next" {
			p.mod = modNext
		} else {
			p.mod = modThis
		}
		return p, k + 2, true
	}
	if k < len(toks) && (toks[k].s == "prochain" || toks[k].s == "prochaine") {
		p.mod = modNext
		return p, k + 1, true
	}
	if k+1 < len(toks) && toks[k].s == "que" && toks[k+1].s == "viene" {
		p.mod = modNext
		return p, k + 2, true
	}
	return p, k0, true
}

// hourRange: the number at k starts "2-4" or "10-11", not followed by a
// unit ("2-3 hours").
func hourRange(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].s != "-" || toks[k+2].kind != tNum || toks[k].num > 24 || toks[k+2].num > 24 {
		return false
	}
	return k+3 >= len(toks) || !isUnitWord(toks[k+3].s)
}

func isUnitWord(s string) bool {
	switch s {
	case "minutes", "minute", "mins", "min", "hours", "hour", "days", "weeks", "people", "percent", "times", "pm", "am":
		return true
	}
	return false
}

// resolveDate turns a date piece into a calendar date, given the
// reference date (the message's Date in its writer's zone).
func resolveDate(p *datePiece, ref time.Time) (y int, m time.Month, d int, ok bool) {
	ry, rm, rd := ref.Date()
	base := time.Date(ry, rm, rd, 12, 0, 0, 0, time.UTC)
	switch p.kind {
	case dRel:
		t := base.AddDate(0, 0, p.rel)
		return t.Year(), t.Month(), t.Day(), true
	case dWeekday:
		n := (int(p.wd) - int(ref.Weekday()) + 7) % 7
		switch p.mod {
		case modNone:
			if n == 0 {
				n = 7
			}
		case modNext:
			if n == 0 {
				n = 7
			} else if mondayIndex(ref.Weekday()) < mondayIndex(p.wd) {
				n += 7 // "next Friday" said on a Tuesday: the Friday of next week
			}
		}
		t := base.AddDate(0, 0, n)
		return t.Year(), t.Month(), t.Day(), true
	case dDOM:
		first := time.Time{}
		for k := 0; k <= 12; k++ {
			t := time.Date(ry, rm+time.Month(k), p.day, 12, 0, 0, 0, time.UTC)
			if t.Day() != p.day || (k == 0 && p.day < rd) {
				continue
			}
			if first.IsZero() {
				first = t
			}
			if !p.hasWD || t.Weekday() == p.wd {
				return t.Year(), t.Month(), t.Day(), true
			}
		}
		if !first.IsZero() {
			return first.Year(), first.Month(), first.Day(), true
		}
		return 0, 0, 0, false
	case dMD:
		yy := p.year
		if yy == 0 {
			yy = ry
			t := time.Date(yy, time.Month(p.month), p.day, 12, 0, 0, 0, time.UTC)
			if t.Before(base.AddDate(0, 0, -90)) {
				yy++
			} else if p.hasWD && t.Weekday() != p.wd {
				if t2 := time.Date(yy+1, time.Month(p.month), p.day, 12, 0, 0, 0, time.UTC); t2.Weekday() == p.wd && t.Before(base) {
					yy++
				}
			}
		}
		t := time.Date(yy, time.Month(p.month), p.day, 12, 0, 0, 0, time.UTC)
		if t.Day() != p.day {
			return 0, 0, 0, false
		}
		return t.Year(), t.Month(), t.Day(), true
	}
	return 0, 0, 0, false
}

func mondayIndex(w time.Weekday) int { return (int(w) + 6) % 7 }
