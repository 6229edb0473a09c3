package classify

import (
	"strings"
	"time"

	"github.com/followupd/followupd/message"
)

// newContext decides how times in this message resolve: the reference
// day, the zone of a time with no zone, "your" and "my" time, US or
// European numeric dates, and which IST is meant.
func newContext(m *message.Message, opt *Options, sent bool, lang, newText, body string) *whenCtx {
	ref := m.Date
	if !m.HasDate {
		ref = receivedDate(m)
	}
	loc := ref.Location()
	c := &whenCtx{ref: ref, loc: loc, mine: loc}
	if sent {
		if opt.Zone != nil {
			c.loc, c.mine = opt.Zone, opt.Zone
			c.ref = ref.In(opt.Zone)
		}
	} else {
		c.your = opt.Zone
	}
	_, off := ref.Zone()
	zoneName := c.loc.String()
	americas := off <= -2*3600 && off >= -11*3600 || strings.HasPrefix(zoneName, "America/")
	c.dayFirst = !(lang == "en" && americas)
	if strings.Contains(newText, "IST") {
		// IST is Irish or Indian: the signature and the sender say which.
		low := strings.ToLower(capStr(body, 8192))
		c.istIrish = strings.Contains(low, "ireland") || strings.Contains(low, "irish") || strings.Contains(low, "dublin") ||
			strings.HasSuffix(strings.ToLower(m.From.Addr), ".ie") || ((off == 0 || off == 3600) && !strings.Contains(low, "india"))
	}
	return c
}

// receivedDate takes the reference time from the newest Received header
// when the Date header is missing; the zero Unix time if there is none.
func receivedDate(m *message.Message) time.Time {
	for _, r := range m.Header["Received"] {
		if i := strings.LastIndexByte(r, ';'); i >= 0 {
			if t, ok := message.ParseDate(r[i+1:]); ok {
				return t
			}
		}
	}
	return time.Unix(0, 0).UTC()
}

// quoteContext is the context for the quoted message: its own date when
// the attribution line gives one, and "your"/"my" swapped.
func quoteContext(c *whenCtx, header string) *whenCtx {
	q := &whenCtx{ref: c.ref, loc: c.loc, your: c.mine, mine: c.your, dayFirst: c.dayFirst, istIrish: c.istIrish}
	if header == "" {
		return q
	}
	a := analyze(capStr(header, 400), c.dayFirst)
	for i := range a.ments {
		m := &a.ments[i]
		if m.d == nil || m.d.kind != dMD {
			continue
		}
		if at, _, ok := c.resolve(m); ok && !at.After(c.ref.Add(24*time.Hour)) {
			q.ref = at
		}
		break
	}
	return q
}

var langWords = map[string]string{
	"the": "en", "and": "en", "you": "en", "to": "en", "for": "en", "with": "en", "would": "en", "your": "en", "is": "en", "that": "en",
	"el": "es", "que": "es", "los": "es", "para": "es", "con": "es", "por": "es", "muy": "es", "gracias": "es", "una": "es", "del": "es",
	"le": "fr", "les": "fr", "et": "fr", "je": "fr", "vous": "fr", "pour": "fr", "pas": "fr", "est": "fr", "une": "fr", "merci": "fr",
	"der": "de", "die": "de", "und": "de", "ich": "de", "sie": "de", "nicht": "de", "mit": "de", "ist": "de", "ein": "de", "danke": "de",
}

// guessLang picks the language whose common words occur most.
func guessLang(toks []token) string {
	var n [len(langOrder)]int
	for i, t := range toks {
		if i >= 2000 {
			break
		}
		if len(t.s) < 2 || len(t.s) > langMaxLen || t.kind != tWord {
			continue // not one of langWords: saves the lookup
		}
		if l, ok := langIndex[t.s]; ok {
			n[l]++
		}
	}
	best, bestN := "en", 0
	for k, l := range langOrder {
		if n[k] > bestN {
			best, bestN = l, n[k]
		}
	}
	return best
}

// langOrder breaks ties in guessLang.
var langOrder = [...]string{"en", "es", "fr", "de"}

// langIndex is langWords with languages as indexes into langOrder;
// langMaxLen is the longest of its words.
var langIndex, langMaxLen = func() (map[string]int, int) {
	m := make(map[string]int, len(langWords))
	longest := 0
	for w, l := range langWords {
		for k, o := range langOrder {
			if o == l {
				m[w] = k
			}
		}
		longest = max(longest, len(w))
		if len(w) < 2 {
			panic("langWords: " + w + " is shorter than guessLang expects")
		}
	}
	return m, longest
}()
