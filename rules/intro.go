package rules

import (
	"strings"
	"unicode"

	"github.com/followupd/followupd/domain"
)

// introduction is who brought the owner and the contact together.
type introduction struct {
	who   domain.Address
	msg   *domain.Message // the intro, or the request that names the referrer
	named bool            // named in a request rather than an intro mail
}

// findIntroducer finds the introducer of the meeting the owner thanked
// for: someone else who wrote to both before it, or a known contact the
// request names as referrer ("Priya Raman suggested I write to you").
func (e *eval) findIntroducer() *introduction {
	h := e.h
	if h.thanks == nil {
		return nil
	}
	before := h.met.start(e.zone)
	isMe := isMeOf(e.in.Owner)
	if m := h.intro; m != nil && m.Date.Before(before) {
		x := domain.NormAddr(m.From.Addr)
		if x != "" && x != h.addr && !isMe(x) {
			return &introduction{who: domain.Address{Name: m.From.Name, Addr: x}, msg: m.Message}
		}
	}
	if e.in.Known == nil {
		return nil
	}
	for _, m := range h.msgs {
		if !m.Date.Before(before) {
			break
		}
		if (!m.from && !m.to) || m.Kind != domain.KindRequest {
			continue
		}
		text := m.Subject + "\n" + newText(e.in.Contact.Texts[m.ID])
		if !hasCue(text) {
			continue
		}
		if a, ok := e.referrer(text, isMe); ok {
			return &introduction{who: a, msg: m.Message, named: true}
		}
	}
	return nil
}

func (e *eval) referrer(text string, isMe func(string) bool) (domain.Address, bool) {
	w := words(text)
	for n := 2; n <= 3; n++ {
		for i := 0; i+n <= len(w); i++ {
			a, ok := e.in.Known(strings.Join(w[i:i+n], " "))
			if !ok {
				continue
			}
			x := domain.NormAddr(a.Addr)
			if x != "" && x != e.h.addr && !isMe(x) {
				a.Addr = x
				return a, true
			}
		}
	}
	return domain.Address{}, false
}

// Introducers returns the addresses Evaluate wants in in.Related (the
// contact's introducer, if any), so the caller can load their mail first.
func (s *Set) Introducers(in *Input) []string {
	if in.Contact == nil || in.Contact.Muted {
		return nil
	}
	e := &eval{in: in, zone: zoneOf(in.Owner)}
	e.h = read(in.Contact.addr(), in.Contact.Messages, in.Now, isMeOf(in.Owner), e.zone)
	if x := e.findIntroducer(); x != nil {
		return []string{domain.NormAddr(x.who.Addr)}
	}
	return nil
}

// referralCues: a request names its referrer near one of these.
var referralCues = []string{"suggest", "refer", "recommend", "introduc", "mention", "pointed me",
	"passed on", "passed along", "gave me your", "told me", "put me in touch", "connect us"}

func hasCue(s string) bool {
	s = strings.ToLower(s)
	for _, c := range referralCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// NameKey is how Known expects a name: lower case, words of letters
// (apostrophes and hyphens kept) joined by one space, "Last, First"
// turned around. Names of fewer than two words give "".
func NameKey(name string) string {
	if last, first, ok := strings.Cut(name, ","); ok {
		name = first + " " + last
	}
	w := words(name)
	if len(w) < 2 || len(w) > 3 {
		return ""
	}
	return strings.Join(w, " ")
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '-' && r != '’'
	})
}

// newText keeps what the writer added: it stops at the quoted earlier
// message and skips "> " lines. At most 8 KiB is looked at.
func newText(s string) string {
	if len(s) > 8<<10 {
		s = s[:8<<10]
	}
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, ">") {
			continue
		}
		if (strings.HasPrefix(t, "On ") && strings.HasSuffix(t, "wrote:")) ||
			strings.HasPrefix(t, "-----Original Message-----") || strings.HasPrefix(t, "________________") {
			break
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
