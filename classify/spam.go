package classify

import (
	"strings"
	"unicode"
)

// spamPhrases are the vocabulary of unsolicited bulk mail: sales, money,
// scams. A networking note may use one of them; bulk mail uses several.
var spamPhrases = []string{"dear friend", "dear sir", "dear madam", "100%", "risk free", "risk-free", "no risk", "money back",
	"act now", "order now", "call now", "call toll", "toll free", "toll-free", "limited time", "special offer", "free gift",
	"free trial", "lowest price", "lowest rate", "interest rate", "mortgage", "refinanc", "credit card", "credit report",
	"make money", "extra cash", "cash bonus", "million dollars", "usd", "us$", "wire transfer", "bank account", "next of kin",
	"beneficiary", "strictly confidential", "business proposal", "viagra", "penis", "enlarge", "weight loss", "lose weight",
	"pills", "prescription", "casino", "lottery", "you have been selected", "click below", "click the link", "order today",
	"buy now", "email addresses", "e-mail addresses", "bulk email", "bulk e-mail", "opt-in", "opt in", "sent in compliance",
	"s. 1618", "section 301", "free!", "amazing", "incredible", "work from home", "home based", "home-based", "mlm",
	"multi - level", "xxx", "sexy", "singles", "per month", "per week", "earn up to", "$$$", "save up to", "discount",
	"free shipping", "no obligation", "no cost", "satisfaction guaranteed", "guaranteed", "investment opportunity",
	"financial freedom", "be your own boss", "unsolicited", "advertisement", "promotion", "dear valued", "dear member",
	"as seen on", "once in a lifetime", "don't delete", "do not delete", "this is not a scam", "legal!", "cents/min",
	"per minute", "membership", "webmaster", "adult", "meet people", "dating", "herbal", "cialis", "rolex",
	"replica", "loan", "insurance quote", "lowest", "cheap", "best price", "wholesale", "inkjet", "toner", "fax",
	"stock market", "investors", "shares", "profits", "commission", "bonus", "prize", "winner", "claim your",
	"selected", "urgent reply", "god bless", "transaction", "the sum of", "deposit", "foreign", "overseas", "barrister"}

// spamScore counts bulk-mail signs in the new text and subject: distinct
// spam phrases (up to four), shouting, runs of "!" and "$".
func spamScore(a *analysis, subject string) (int, string) {
	seen := map[string]bool{}
	first := ""
	for _, h := range a.hits {
		if h.tag != "spam" || len(seen) >= 4 {
			continue
		}
		p := a.phrase(h.start, h.end)
		if !seen[p] {
			seen[p] = true
			if first == "" {
				first = p
			}
		}
	}
	for _, p := range symSpam {
		if len(seen) < 4 && strings.Contains(a.text, p) && !seen[p] {
			seen[p] = true
			if first == "" {
				first = p
			}
		}
	}
	n := len(seen)
	if strings.Count(a.text, "!") >= 6 {
		n++
		if first == "" {
			first = "!!!"
		}
	}
	if strings.Count(a.text, "$") >= 3 {
		n++
		if first == "" {
			first = "$"
		}
	}
	if shouting(a.text) {
		n++
		if first == "" {
			first = "shouting"
		}
	}
	ls := strings.ToLower(subject)
	if strings.HasPrefix(ls, "adv") || strings.Contains(ls, "!!") || strings.Contains(ls, "$") || strings.Contains(ls, "free") ||
		strings.Contains(ls, "%") || (len(subject) > 12 && shouting(subject)) {
		n++
		if first == "" {
			first = "subject"
		}
	}
	return n, first
}

// shouting: at least a third of the letters are capitals.
func shouting(s string) bool {
	if len(s) > 8192 {
		s = s[:8192]
	}
	up, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	return all >= 12 && up*3 >= all
}
