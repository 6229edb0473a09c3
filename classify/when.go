package classify

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// The time extractor. It finds date, clock and zone pieces in tokenized
// text, joins the pieces that belong together into mentions ("Thursday,
// October 2 at 9:30 Pacific"), and resolves a mention against the
// message's Date: relative words count from that day, a clock time with no
// zone is at the Date's offset, a named zone applies with its own
// daylight-saving rules on that date.

// whenCtx is what resolution needs to know about the message.
type whenCtx struct {
	ref      time.Time      // the Date header, in the writer's offset
	loc      *time.Location // zone for a time with no zone named
	your     *time.Location // the reader's zone ("your time"), nil if unknown
	mine     *time.Location // the writer's zone ("my time")
	dayFirst bool           // 12/03 is 12 March
	istIrish bool           // IST means Irish Standard Time
}

// piece kinds
const (
	pDate = iota + 1
	pTime
	pZone
)

type piece struct {
	kind       int
	start, end int
	d          datePiece
	t          timePiece
	z          zoneRef
}

// mention is one date and/or time expression.
type mention struct {
	start, end int // token span
	sent       int // sentence index (set by the caller)
	d          *datePiece
	t          *timePiece
	z          *zoneRef
}

func (m *mention) full() bool { return m.d != nil && m.t != nil }

// maxPieces bounds the extractor's work on hostile text.
const maxPieces = 400

// scanPieces finds every date, time and zone piece, left to right.
func scanPieces(toks []token, dayFirst bool) []piece {
	var ps []piece
	trig := triggers()
	for i := 0; i < len(toks) && len(ps) < maxPieces; {
		if t := &toks[i]; t.kind == tWord && !trig[t.s] && !t.caps ||
			t.kind == tPunct && t.s != "@" && t.s != "(" && t.s != "+" && t.s != "-" {
			i++ // no date, time or zone starts here
			continue
		}
		if d, j, ok := dateAt(toks, i, dayFirst); ok && j > i {
			ps = append(ps, piece{kind: pDate, start: i, end: j, d: d})
			i = j
			continue
		}
		if t, j, ok := timeAt(toks, i); ok && j > i {
			ps = append(ps, piece{kind: pTime, start: i, end: j, t: t})
			i = j
			z, k, ok := zoneAt(toks, i)
			if !ok && i < len(toks) && toks[i].s == "," {
				// "10 h, heure de l'Est", "16:00, hora de Madrid"
				if z2, k2, ok2 := zoneAt(toks, i+1); ok2 && z2.rel == 0 && (is(toks, i+1, "hora") || is(toks, i+1, "heure") || is(toks, k2-1, "time") || is(toks, k2-1, "zeit")) {
					z, k, ok = z2, k2, true
				}
			}
			if !ok && i+1 < len(toks) && podAfterClock[toks[i].s] {
				// "12 Uhr mittags Münchner Zeit", "8 in the morning ET"
				z, k, ok = zoneAt(toks, i+1)
			}
			if ok && k > i {
				ps = append(ps, piece{kind: pZone, start: i, end: k, z: z})
				i = k
			}
			continue
		}
		// a zone named apart from its time: "8.00am at Single O (Sydney time)"
		if toks[i].s == "(" || toks[i].kind == tWord && (is(toks, i+1, "time") || is(toks, i+2, "time")) {
			if z, k, ok := zoneAt(toks, i); ok && k > i && z.rel == 0 {
				ps = append(ps, piece{kind: pZone, start: i, end: k, z: z})
				i = k
				continue
			}
		}
		i++
	}
	return ps
}

// podAfterClock may stand between a clock time and its zone.
var podAfterClock = setOf("mittags morgens abends nachmittags vormittags sharp")

// connectors may stand between the pieces of one mention.
var connectors = setOf(", at @ from on um a las la de del the ( ) starting around about approx ca circa le el am den vers hacia sobre - beginning ab dem zwischen between entre")

func connected(toks []token, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if !connectors[toks[k].s] || toks[k].nl >= 2 {
			return false
		}
	}
	return true
}

// extract returns the mentions in toks in text order.
func extract(toks []token, dayFirst bool) []mention {
	ps := scanPieces(toks, dayFirst)
	var out []mention
	for i := 0; i < len(ps); i++ {
		p := &ps[i]
		if p.kind == pZone {
			continue
		}
		m := mention{start: p.start, end: p.end}
		if p.kind == pDate {
			m.d = &p.d
		} else {
			m.t = &p.t
		}
		// absorb following pieces: the other half, then a zone
		for i+1 < len(ps) {
			q := &ps[i+1]
			if !connected(toks, m.end, q.start) {
				break
			}
			switch {
			case q.kind == pDate && m.d == nil:
				m.d = &q.d
			case q.kind == pTime && m.t == nil:
				m.t = &q.t
			case q.kind == pZone && m.z == nil && m.t != nil:
				m.z = &q.z
			default:
				goto done
			}
			m.end = q.end
			i++
		}
	done:
		if m.t != nil && m.z == nil {
			m.z = laterZone(toks, ps, i, m.end)
		}
		out = append(out, m)
	}
	return out
}

// laterZone finds a zone piece after a zone-less time in the same
// sentence, with no other time in between.
func laterZone(toks []token, ps []piece, i, end int) *zoneRef {
	for k := i + 1; k < len(ps); k++ {
		q := &ps[k]
		if q.start-end > 12 || q.kind == pTime {
			return nil
		}
		if q.kind != pZone {
			continue
		}
		for t := end; t < q.start; t++ {
			if s := toks[t].s; s == "." || s == "!" || s == "?" || toks[t].nl >= 2 {
				return nil
			}
		}
		return &q.z
	}
	return nil
}

// hour24 applies am/pm, or the office-hours guess for a bare hour: 1-7 is
// afternoon, 8-11 morning, 12 noon.
func (t *timePiece) hour24(pod int) int {
	h := t.hour
	switch t.ap {
	case ap24:
		return h
	case apAM:
		if h == 12 {
			return 0
		}
		return h
	case apPM:
		if h < 12 {
			return h + 12
		}
		return h
	}
	if h > 12 {
		return h
	}
	if pod == podPM && h < 12 {
		return h + 12
	}
	if pod == podAM {
		return h
	}
	if h >= 1 && h <= 6 {
		return h + 12
	}
	return h
}

// resolve turns a mention into an instant. ok is false when the mention
// has no date (a bare time) or the date does not exist.
func (c *whenCtx) resolve(m *mention) (at time.Time, allDay bool, ok bool) {
	if m.d == nil {
		return time.Time{}, false, false
	}
	y, mo, d, ok := resolveDate(m.d, c.ref)
	if !ok {
		return time.Time{}, false, false
	}
	loc := c.zoneOf(m.z)
	if m.t == nil {
		return time.Date(y, mo, d, 0, 0, 0, 0, loc), true, true
	}
	return time.Date(y, mo, d, m.t.hour24(m.d.pod), m.t.min, 0, 0, loc), false, true
}

// zoneOf maps a named zone to a location; nil means the default.
func (c *whenCtx) zoneOf(z *zoneRef) *time.Location {
	if z == nil {
		return c.loc
	}
	switch {
	case z.loc != nil:
		return z.loc
	case z.rel == zoneYour:
		if c.your != nil {
			return c.your
		}
		return c.loc
	case z.rel == zoneMine:
		if c.mine != nil {
			return c.mine
		}
		return c.loc
	case z.name == "IST":
		if c.istIrish {
			return loadZone("Europe/Dublin")
		}
		return loadZone("Asia/Kolkata")
	case z.name != "":
		if l := loadZone(z.name); l != nil {
			return l
		}
	}
	return c.loc
}

// zoneLabel is how Why names the zone a mention resolved in.
func (c *whenCtx) zoneLabel(m *mention, at time.Time) string {
	if m.z == nil {
		return "Date " + at.Format("-0700")
	}
	switch {
	case m.z.rel == zoneYour:
		return "your time " + at.Format("-07:00")
	case m.z.rel == zoneMine:
		return "my time " + at.Format("-07:00")
	}
	name := m.z.name
	if name == "IST" || name == "fixed" {
		name = at.Location().String()
	}
	return fmt.Sprintf("%s %s", name, at.Format("-07:00"))
}

var trigOnce sync.Once
var trigSet map[string]bool

// triggers are the words a date, time or zone piece can start with.
func triggers() map[string]bool {
	trigOnce.Do(func() {
		trigSet = setOf(`the on le el am den day pasado apres this esta este cet cette in next nachsten kommenden proximo
			proxima coming diesen diesem ce noon midday mediodia midi mittag mittags midnight medianoche minuit mitternacht
			half quarter halb utc gmt your tu su votre ta ihrer deiner my mi ma mon meiner local our hora heure horario tonight`)
		for _, m := range []map[string]bool{timePrep} {
			for w := range m {
				trigSet[w] = true
			}
		}
		for w := range weekdays {
			trigSet[w] = true
		}
		for w := range months {
			trigSet[w] = true
		}
		for w := range relWords {
			trigSet[w] = true
		}
		for w := range numberWords {
			trigSet[w] = true
		}
		for w := range zoneWords {
			f, _, _ := strings.Cut(w, " ")
			trigSet[f] = true
		}
	})
	return trigSet
}
