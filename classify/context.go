package classify

import (
	"strings"
	"time"

	"github.com/followupd/followupd/message"
)

// newContext decides how times in this message resolve: the reference
// day, the zone of a time with no zone, "your" and "my" time, US or
// European numeric dates, and which IST is meant.
func newContext(m *message.Message, opt *Options, sent bool, text string) *whenCtx {
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
	low := strings.ToLower(text)
	lang := guessLang(low)
	_, off := ref.Zone()
	zoneName := c.loc.String()
	americas := off <= -2*3600 && off >= -11*3600 || strings.HasPrefix(zoneName, "America/")
	c.dayFirst = !(lang == "en" && americas)
	c.istIrish = strings.Contains(low, "ireland") || strings.Contains(low, "irish") || strings.Contains(low, "dublin") ||
		strings.HasSuffix(strings.ToLower(m.From.Addr), ".ie") || ((off == 0 || off == 3600) && !strings.Contains(low, "india"))
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

var langWords = map[string][]string{
	"en": {" the ", " and ", " you ", " to ", " for ", " with ", " would ", " your ", " is ", " that "},
	"es": {" el ", " la ", " que ", " de ", " los ", " para ", " con ", " por ", " muy ", " gracias"},
	"fr": {" le ", " les ", " et ", " je ", " vous ", " pour ", " pas ", " est ", " une ", " merci"},
	"de": {" der ", " die ", " und ", " ich ", " sie ", " nicht ", " mit ", " ist ", " ein ", " danke"},
}

// guessLang picks the language whose common words occur most in low.
func guessLang(low string) string {
	if len(low) > 4096 {
		low = low[:4096]
	}
	best, bestN := "en", 0
	for _, l := range []string{"en", "es", "fr", "de"} {
		n := 0
		for _, w := range langWords[l] {
			n += strings.Count(low, w)
		}
		if n > bestN {
			best, bestN = l, n
		}
	}
	return best
}
