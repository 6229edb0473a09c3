package classify

import (
	"strings"
	"time"
)

// clock am/pm state
const (
	apUnknown = iota
	apAM
	apPM
	ap24 // written on the 24-hour clock (or with h/Uhr): take the hour as is
)

type timePiece struct {
	hour, min int
	ap        int
	rng       bool // a range ("2-3pm", "between 14:00 and 16:00")
	secs      bool // written with seconds (10:53:59): machine text
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12,
	"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
}

// hourTokenAt reads an hour written as a number (1-24) or a number word.
func hourTokenAt(toks []token, i int) (int, bool, bool) {
	if i >= len(toks) {
		return 0, false, false
	}
	t := toks[i]
	if t.kind == tNum && t.digits <= 2 && t.num <= 24 {
		return t.num, t.digits == 2 && t.s[0] == '0', true
	}
	if t.kind == tWord {
		if n, ok := numberWords[t.s]; ok {
			if t.s == "once" && !(i > 0 && (toks[i-1].s == "las" || toks[i-1].s == "a")) {
				return 0, false, false
			}
			return n, false, true
		}
	}
	return 0, false, false
}

// ampmAt reads am/pm/a.m./p.m. at i.
func ampmAt(toks []token, i int) (int, int) {
	if i >= len(toks) || toks[i].kind != tWord {
		return apUnknown, i
	}
	switch toks[i].s {
	case "am":
		return apAM, i + 1
	case "pm":
		return apPM, i + 1
	case "a", "p":
		if i+2 < len(toks) && toks[i+1].s == "." && toks[i+2].s == "m" {
			ap := apAM
			if toks[i].s == "p" {
				ap = apPM
			}
			j := i + 3
			if j < len(toks) && toks[j].s == "." && !toks[j].sp {
				j++
			}
			return ap, j
		}
	case "hrs", "hs", "uhr", "h":
		return ap24, i + 1
	}
	return apUnknown, i
}

// podAt reads a part-of-day qualifier after a time: "in the afternoon",
// "de la tarde", "du soir", "abends".
func podAt(toks []token, i int) (int, int) {
	j := i
	if is(toks, j, "in") && is(toks, j+1, "the") {
		j += 2
	} else if is(toks, j, "am") && (is(toks, j+1, "nachmittag") || is(toks, j+1, "abend") || is(toks, j+1, "vormittag") || is(toks, j+1, "morgen")) {
		j++ // "um drei am Nachmittag"
	} else if is(toks, j, "de") && is(toks, j+1, "la") {
		j += 2
	} else if is(toks, j, "du") || is(toks, j, "de") {
		j++
	}
	if j >= len(toks) {
		return apUnknown, i
	}
	switch toks[j].s {
	case "morning", "manana", "matin", "morgens", "vormittags", "fruh", "vormittag":
		return apAM, j + 1
	case "afternoon", "evening", "night", "tarde", "noche", "soir", "nachmittags", "abends", "tonight", "nachmittag", "abend":
		return apPM, j + 1
	case "l'apres":
		if is(toks, j+1, "-") && is(toks, j+2, "midi") {
			return apPM, j + 3
		}
	}
	return apUnknown, i
}

// timeAt tries to read a clock time starting at token i.
func timeAt(toks []token, i int) (timePiece, int, bool) {
	p, j, ok := clockAt(toks, i)
	if !ok {
		// "2-3pm", "10 to 11am": the first hour takes the second's am/pm
		if bareHour(toks, i) && i+1 < len(toks) && (toks[i+1].s == "-" || toks[i+1].s == "to") &&
			!(i > 0 && !toks[i].sp && (toks[i-1].kind == tNum || toks[i-1].s == "-" || toks[i-1].s == "/")) {
			if q, k, ok := clockAtX(toks, i+2, false); ok && (q.ap == apAM || q.ap == apPM) && toks[i].num <= 12 {
				p = timePiece{hour: toks[i].num, ap: q.ap, rng: true}
				if q.ap == apPM && p.hour > q.hour && q.hour != 12 {
					p.ap = apAM
				}
				return p, k, true
			}
		}
		return p, i, false
	}
	if p.ap == apUnknown {
		if ap, k := podAt(toks, j); ap != apUnknown {
			p.ap, j = ap, k
		}
	}
	// a range: "2-3pm", "14:00 - 16:00", "from 2 to 3", "between 2 and 4"
	if j < len(toks) && (toks[j].s == "-" || toks[j].s == "to" || toks[j].s == "until" || toks[j].s == "till" ||
		toks[j].s == "and" || toks[j].s == "bis" || toks[j].s == "hasta" || toks[j].s == "a") {
		if q, k, ok := clockAtX(toks, j+1, false); ok || bareHour(toks, j+1) {
			if !ok {
				q, k = timePiece{hour: toks[j+1].num}, j+2
				q.ap, k = ampmAt(toks, k)
			}
			if p.ap == apUnknown && (q.ap == apAM || q.ap == apPM) && p.hour <= 12 {
				p.ap = q.ap
				if q.ap == apPM && p.hour > q.hour && q.hour != 12 {
					p.ap = apAM // "11-1pm"
				}
			}
			p.rng = true
			j = k
		}
	}
	return p, j, true
}

func bareHour(toks []token, i int) bool {
	return i < len(toks) && toks[i].kind == tNum && toks[i].digits <= 2 && toks[i].num >= 1 && toks[i].num <= 24
}

// clockAt reads one clock time at i without range handling.
func clockAt(toks []token, i int) (timePiece, int, bool) { return clockAtX(toks, i, true) }

// clockAtX is clockAt; checkPrev=false reads the end of a range ("3" in
// "2-3pm"), which a number just before would otherwise disqualify.
func clockAtX(toks []token, i int, checkPrev bool) (timePiece, int, bool) {
	if i >= len(toks) {
		return timePiece{}, i, false
	}
	t := toks[i]
	if t.kind == tNum {
		if checkPrev && i > 0 && !t.sp && (toks[i-1].s == ":" || toks[i-1].s == "/" || toks[i-1].s == "." || toks[i-1].s == "-" || toks[i-1].s == "+" || toks[i-1].kind == tNum) {
			return timePiece{}, i, false // the tail of something else: 10:12:48, 3/12, +01:00
		}
		if t.digits > 2 || t.num > 24 {
			return timePiece{}, i, false
		}
		h := t.num
		lead0 := t.digits == 2 && t.s[0] == '0'
		j := i + 1
		// H:MM, H.MM, HhMM
		if j+1 < len(toks) && !toks[j].sp && !toks[j+1].sp && toks[j+1].kind == tNum && toks[j+1].digits == 2 && toks[j+1].num < 60 &&
			(toks[j].s == ":" || toks[j].s == "." || toks[j].s == "h") {
			sep := toks[j].s
			mm := toks[j+1].num
			k := j + 2
			secs := false
			if sep == ":" && k+1 < len(toks) && toks[k].s == ":" && !toks[k].sp && toks[k+1].kind == tNum && toks[k+1].digits == 2 {
				k += 2 // seconds: a log line or a header, not a meeting
				secs = true
			}
			ap, k2 := ampmAt(toks, k)
			prepped := i > 0 && (timePrep[toks[i-1].s] || toks[i-1].s == "@" || toks[i-1].s == "," || dateWord(toks[i-1].s))
			if sep == "." && ap == apUnknown && !prepped {
				return timePiece{}, i, false // 8.30 alone may be a price or a version
			}
			if sep == "h" {
				ap = ap24
			}
			if ap == apUnknown && (lead0 || h > 12) {
				ap = ap24
			}
			if h == 24 && mm == 0 {
				h = 0
			}
			if h > 23 {
				return timePiece{}, i, false
			}
			if (ap == apAM || ap == apPM) && h > 12 {
				ap = ap24
			}
			return timePiece{hour: h, min: mm, ap: ap, secs: secs}, k2, true
		}
		// H am/pm, H h, H Uhr, H o'clock
		if ap, k := ampmAt(toks, j); ap != apUnknown {
			if ap == apAM || ap == apPM {
				if h < 1 || h > 12 {
					return timePiece{}, i, false
				}
				return timePiece{hour: h, ap: ap}, k, true
			}
			// h / Uhr / hrs
			if h > 23 {
				return timePiece{}, i, false
			}
			if toks[j].s == "h" {
				prepped := i > 0 && timePrep[toks[i-1].s]
				if !prepped && h < 7 {
					return timePiece{}, i, false // "a 2h workshop"
				}
			}
			mm := 0
			if k < len(toks) && toks[k].kind == tNum && toks[k].digits == 2 && toks[k].num < 60 {
				mm, k = toks[k].num, k+1
			}
			return timePiece{hour: h, min: mm, ap: ap24}, k, true
		}
		if is(toks, j, "o'clock") || is(toks, j, "oclock") {
			return timePiece{hour: h % 24}, j + 1, true
		}
		if is(toks, j, "noon") && h == 12 {
			return timePiece{hour: 12, ap: ap24}, j + 1, true
		}
		return timePiece{}, i, false
	}
	if t.kind == tPunct && t.s == "@" {
		return preppedHour(toks, i+1)
	}
	if t.kind != tWord {
		return timePiece{}, i, false
	}
	switch t.s {
	case "noon", "midday", "mediodia", "midi", "mittag", "mittags":
		if t.s == "midi" && i > 0 && toks[i-1].s == "-" || i > 0 && (toks[i-1].s == "high" || toks[i-1].s == "-") {
			return timePiece{}, i, false // apres-midi
		}
		return timePiece{hour: 12, ap: ap24}, i + 1, true
	case "midnight", "medianoche", "minuit", "mitternacht":
		return timePiece{hour: 0, ap: ap24}, i + 1, true
	case "half", "quarter":
		// half past four, quarter to five, half four (British)
		j := i + 1
		if is(toks, j, "past") || is(toks, j, "after") || is(toks, j, "to") || is(toks, j, "til") || is(toks, j, "of") {
			h, _, ok := hourTokenAt(toks, j+1)
			if !ok || h < 1 || h > 12 {
				return timePiece{}, i, false
			}
			mm := 30
			if t.s == "quarter" {
				mm = 15
			}
			if toks[j].s == "to" || toks[j].s == "til" || toks[j].s == "of" {
				if t.s == "half" {
					return timePiece{}, i, false
				}
				h, mm = h-1, 45
				if h == 0 {
					h = 12
				}
			}
			ap, k := ampmAt(toks, j+2)
			return timePiece{hour: h, min: mm, ap: ap}, k, true
		}
		if t.s == "half" {
			if h, _, ok := hourTokenAt(toks, j); ok && h >= 1 && h <= 12 && !(j+1 < len(toks) && toks[j+1].kind == tWord && isUnitWord(toks[j+1].s)) && toks[j].kind == tWord {
				return timePiece{hour: h, min: 30}, j + 1, true
			}
		}
	case "halb":
		if h, _, ok := hourTokenAt(toks, i+1); ok && h >= 1 && h <= 12 {
			return timePiece{hour: h - 1, min: 30}, i + 2, true
		}
	}
	if timePrep[t.s] {
		j := i + 1
		if t.s == "a" && (is(toks, j, "las") || is(toks, j, "la")) {
			j++
		}
		return preppedHour(toks, j)
	}
	return timePiece{}, i, false
}

// preppedHour reads "3", "four", "10 y media" after a word like "at" or
// "a las", where a bare number is an hour.
func preppedHour(toks []token, j int) (timePiece, int, bool) {
	if j >= len(toks) {
		return timePiece{}, j, false
	}
	if toks[j].kind == tNum {
		if q, k, ok := clockAt(toks, j); ok {
			return q, k, true
		}
	}
	h, lead0, ok := hourTokenAt(toks, j)
	if !ok || h < 1 || h > 23 {
		return timePiece{}, j, false
	}
	k := j + 1
	p := timePiece{hour: h}
	if lead0 || h > 12 {
		p.ap = ap24
	}
	// "a las 4 y media", "à 4 heures et demie", "four thirty"
	if is(toks, k, "y") && (is(toks, k+1, "media") || is(toks, k+1, "cuarto")) {
		p.min = 30
		if toks[k+1].s == "cuarto" {
			p.min = 15
		}
		k += 2
	} else if is(toks, k, "heures") || is(toks, k, "heure") {
		k++
		p.ap = ap24
		if is(toks, k, "et") && is(toks, k+1, "demie") {
			p.min, k = 30, k+2
		} else if k < len(toks) && toks[k].kind == tNum && toks[k].digits == 2 && toks[k].num < 60 {
			p.min, k = toks[k].num, k+1
		}
	} else if is(toks, k, "thirty") || is(toks, k, "fifteen") || is(toks, k, "forty-five") {
		p.min = map[string]int{"thirty": 30, "fifteen": 15, "forty-five": 45}[toks[k].s]
		k++
	}
	if ap, k2 := ampmAt(toks, k); ap != apUnknown {
		if (ap == apAM || ap == apPM) && h > 12 {
			return timePiece{}, j, false
		}
		p.ap, k = ap, k2
		return p, k, true
	}
	if is(toks, k, "o'clock") || is(toks, k, "oclock") {
		return p, k + 1, true
	}
	// A bare number after "at" is an hour only when nothing that makes it a
	// quantity follows: "at 3 works", "at 3?", but not "at 3 locations".
	if k < len(toks) && toks[k].kind == tWord && !hourFollowers[toks[k].s] && !weekdayOrZoneWord(toks, k) {
		return timePiece{}, j, false
	}
	if k < len(toks) && toks[k].kind == tPunct && (toks[k].s == "%" || toks[k].s == "/" || toks[k].s == "$") {
		return timePiece{}, j, false
	}
	return p, k, true
}

var hourFollowers = setOf(`sharp on in this tomorrow today tonight next your my his her their our then works work is it if or
	and for with please ok latest the at pacific eastern central mountain time local y et und o uhr heures h hrs por de del
	en el le am pm morning afternoon evening night que ist est es is would should could will ok okay instead again works
	suits fine great good perfect sounds`)

func weekdayOrZoneWord(toks []token, k int) bool {
	if _, ok := weekdays[toks[k].s]; ok {
		return true
	}
	if _, ok := zoneAbbrevs[toks[k].abbrev()]; ok {
		return true
	}
	_, ok := zoneWords[toks[k].s]
	return ok
}

// zoneRef is a zone named in the text.
type zoneRef struct {
	name string // IANA name, "IST", "" for your/my
	loc  *time.Location
	rel  int // zoneYour or zoneMine
}

const (
	zoneYour = 1
	zoneMine = 2
)

// zoneAt reads a zone name at i: "ET", "CEST", "Pacific", "Berlin time",
// "your time", "UTC+2", "hora de la Ciudad de México".
func zoneAt(toks []token, i int) (zoneRef, int, bool) {
	j := i
	if j < len(toks) && toks[j].s == "(" {
		j++
	}
	if j >= len(toks) {
		return zoneRef{}, i, false
	}
	t := toks[j]
	if t.kind == tWord {
		if name, ok := zoneAbbrevs[t.abbrev()]; ok {
			k := j + 1
			if (name == "UTC") && k < len(toks) && (toks[k].s == "+" || toks[k].s == "-") {
				if z, k2, ok := offsetAt(toks, k); ok {
					return z, k2, true
				}
			}
			if is(toks, k, "time") {
				k++
			}
			return zoneRef{name: name}, k, true
		}
		if (t.s == "utc" || t.s == "gmt") && j+1 < len(toks) && (toks[j+1].s == "+" || toks[j+1].s == "-") {
			if z, k2, ok := offsetAt(toks, j+1); ok {
				return z, k2, true
			}
		}
		if t.s == "utc" || t.s == "gmt" {
			return zoneRef{name: "UTC"}, j + 1, true
		}
		// your time / my time / local time / tu hora / votre heure / Ihrer Zeit
		switch t.s {
		case "your", "tu", "su", "votre", "ta", "ihrer", "deiner":
			if k := j + 1; k < len(toks) {
				if toks[k].s == "local" {
					k++
				}
				if is(toks, k, "time") || is(toks, k, "hora") || is(toks, k, "heure") || is(toks, k, "zeit") || is(toks, k, "end") || is(toks, k, "side") {
					return zoneRef{rel: zoneYour}, k + 1, true
				}
			}
		case "my", "mi", "ma", "mon", "meiner", "local", "our":
			k := j + 1
			if t.s != "local" && is(toks, k, "local") {
				k++
			}
			if t.s == "local" {
				k = j
			}
			if is(toks, k+1, "time") && t.s == "local" || is(toks, k, "time") || is(toks, k, "hora") || is(toks, k, "heure") || is(toks, k, "zeit") || is(toks, k, "end") {
				if t.s == "local" {
					return zoneRef{rel: zoneMine}, j + 2, is(toks, j+1, "time")
				}
				return zoneRef{rel: zoneMine}, k + 1, true
			}
		case "de":
			// "a las 10:00 de Bogotá": the city right after the time
			if name, k, ok := zoneWordsAt(toks, j+1); ok && toks[j+1].s != "la" {
				return zoneRef{name: name}, k, true
			}
			return zoneRef{}, i, false
		case "hora", "heure", "horario":
			k := j + 1
			for n := 0; n < 2 && k < len(toks) && (toks[k].s == "de" || toks[k].s == "la" || toks[k].s == "du" || toks[k].s == "l'"); n++ {
				k++
			}
			if name, k2, ok := zoneWordsAt(toks, k); ok {
				return zoneRef{name: name}, k2, true
			}
			if k2 := j + 1; k2 < len(toks) {
				if name, k3, ok := zoneWordsAt(toks, k2); ok {
					return zoneRef{name: name}, k3, true
				}
			}
			return zoneRef{}, i, false
		}
		if name, k, ok := zoneWordsAt(toks, j); ok {
			region := toks[j].s == "pacific" || toks[j].s == "eastern" || toks[j].s == "central" || toks[j].s == "mountain" || toks[j].s == "atlantic"
			if is(toks, k, "time") || is(toks, k, "zeit") {
				return zoneRef{name: name}, k + 1, true
			}
			if (is(toks, k, "standard") || is(toks, k, "daylight")) && is(toks, k+1, "time") {
				return zoneRef{name: name}, k + 2, true
			}
			if region {
				return zoneRef{name: name}, k, true
			}
			if toks[j].s == "deutscher" || toks[j].s == "berliner" || toks[j].s == "wiener" || toks[j].s == "schweizer" {
				return zoneRef{}, i, false
			}
		}
		return zoneRef{}, i, false
	}
	if t.kind == tPunct && (t.s == "+" || t.s == "-") && j == i {
		// a numeric offset right after a time: "15:00 +01:00"
		return offsetAt(toks, j)
	}
	return zoneRef{}, i, false
}

// zoneWordsAt matches the longest zoneWords key at j.
func zoneWordsAt(toks []token, j int) (string, int, bool) {
	for n := maxZoneWords; n >= 1; n-- {
		if j+n > len(toks) {
			continue
		}
		var b strings.Builder
		okw := true
		for k := j; k < j+n; k++ {
			if toks[k].kind != tWord {
				okw = false
				break
			}
			if k > j {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].s)
		}
		if !okw {
			continue
		}
		if name, ok := zoneWords[b.String()]; ok {
			return name, j + n, true
		}
		// German city adjectives: "Detroiter Zeit", "Wiener Zeit"
		if w := b.String(); n == 1 && len(w) > 4 && strings.HasSuffix(w, "er") && is(toks, j+1, "zeit") {
			if name, ok := zoneWords[strings.TrimSuffix(w, "er")]; ok {
				return name, j + n, true
			}
		}
	}
	return "", j, false
}

// offsetAt reads "+2", "-05:00", "+0530" at j (j is the sign).
func offsetAt(toks []token, j int) (zoneRef, int, bool) {
	if j+1 >= len(toks) || toks[j+1].kind != tNum || toks[j+1].sp {
		return zoneRef{}, j, false
	}
	sign := 1
	if toks[j].s == "-" {
		sign = -1
	}
	n := toks[j+1]
	h, m := 0, 0
	k := j + 2
	switch {
	case n.digits <= 2:
		h = n.num
		if k+1 < len(toks) && toks[k].s == ":" && toks[k+1].kind == tNum && toks[k+1].digits == 2 {
			m, k = toks[k+1].num, k+2
		}
	case n.digits == 4:
		h, m = n.num/100, n.num%100
	default:
		return zoneRef{}, j, false
	}
	if h > 14 || m > 59 {
		return zoneRef{}, j, false
	}
	off := sign * (h*3600 + m*60)
	return zoneRef{name: "fixed", loc: time.FixedZone("", off)}, k, true
}

// dateWord: a weekday, month or relative-day word, after which "8.30" is
// a time ("tomorrow, 8.30").
func dateWord(w string) bool {
	if _, ok := weekdays[w]; ok {
		return true
	}
	if _, ok := relWords[w]; ok {
		return true
	}
	return w == "tonight" || w == "morning" || w == "evening" || w == "afternoon"
}
