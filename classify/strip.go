package classify

import (
	"strings"
)

// stripped is a message body split into what the sender wrote now and
// what they quoted.
type stripped struct {
	New         string // the sender's own new text, without signature
	Quote       string // the most recent quoted message, unquoted (first level)
	QuoteHeader string // its attribution or header lines ("On ... wrote:", "Sent: ...")
	Forward     bool   // the quote is a forwarded message
	SignOff     string // the closing line ("Best,", "Thanks,"), if found
}

// Caps on the stripper's input.
const (
	maxStripBytes = 32 << 10
	maxStripLines = 2000
)

// strip separates new text from quotes and signatures. It understands
// '>' quoting (top-posted or interleaved), Gmail/Apple/Thunderbird
// attribution lines in English, German, French, Spanish and a few more,
// Outlook header blocks ("From: ... Sent: ...", localized),
// "-----Original Message-----", forwarded-message markers, the "-- "
// separator, "Sent from my iPhone"-style taglines, legal footers, and a
// closing line ("Best,") followed by a short signature.
func strip(text, sender string) stripped {
	names := senderNames(sender)
	if len(text) > maxStripBytes {
		text = text[:maxStripBytes]
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	if len(lines) > maxStripLines {
		lines = lines[:maxStripLines]
	}
	var out stripped
	var nw, quote, qhdr []string
	const (
		mNew = iota
		mSig
		mCut // an unprefixed quote: everything from here on
	)
	mode := mNew
	quoteDone := false // the first-level quote has reached an older message
	quoteStarted := false
	newBytes := 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if newBytes > maxJudgeBytes && mode != mCut {
			break // past what the rules read: a long text has no acceptance to look up
		}
		trimmed := strings.TrimSpace(line)
		depth, content := quoteDepth(line)
		if mode == mCut {
			if depth > 0 || quoteDone {
				continue
			}
			if len(quote) > 0 && (isSeparator(content) || isAttribution(lines, i) > 0 || outlookHeader(lines, i) > 0) {
				quoteDone = true
				continue
			}
			quote = append(quote, content)
			continue
		}
		if depth > 0 {
			if mode == mSig {
				mode = mNew
			}
			if depth == 1 && !quoteDone {
				ct := strings.TrimSpace(content)
				if !quoteStarted && ct == "" {
					continue
				}
				if !quoteStarted {
					quoteStarted = true
					if n := isAttribution(strings.Split(content, "\n"), 0); n > 0 {
						qhdr = append(qhdr, ct) // Apple Mail quotes its own attribution
						continue
					}
				} else if isSeparator(ct) || isAttributionLine(ct) || outlookHeader([]string{ct, nextQuoted(lines, i)}, 0) > 0 {
					quoteDone = true
					continue
				}
				quote = append(quote, content)
			}
			continue
		}
		if n := isAttribution(lines, i); n > 0 {
			hdr := strings.Join(trimAll(lines[i:i+n]), " ")
			if len(qhdr) == 0 {
				qhdr = append(qhdr, hdr)
			}
			i += n - 1
			if !nextNonEmptyQuoted(lines, i+1) {
				mode = mCut
				quoteStarted = true
			}
			continue
		}
		if n := outlookHeader(lines, i); n > 0 || isSeparator(trimmed) {
			if n == 0 {
				out.Forward = out.Forward || isForwardMarker(trimmed)
				// header lines follow the separator
				if m := outlookHeader(lines, i+1); m > 0 {
					n = m + 1
				} else {
					n = 1
				}
			}
			if len(qhdr) == 0 && !quoteStarted {
				qhdr = append(qhdr, trimAll(lines[i:i+n])...)
			}
			if quoteStarted {
				quoteDone = true
			}
			quoteStarted = true
			i += n - 1
			mode = mCut
			continue
		}
		if mode == mSig {
			if strings.HasPrefix(trimmed, "P.S") || strings.HasPrefix(trimmed, "PS:") || strings.HasPrefix(trimmed, "PS ") {
				mode = mNew
				nw = append(nw, line)
			}
			continue
		}
		if isSigStart(line, trimmed) || isLegal(trimmed) {
			mode = mSig
			continue
		}
		if len(trimmed) <= 40 && names[strings.ToLower(strings.Trim(trimmed, "-–—~ .,"))] && len(nw) > 0 && restIsSignature(lines, i+1) {
			mode = mSig // the sender's name alone on a line ends the message
			continue
		}
		if isSignOff(trimmed) && restIsSignature(lines, i+1) {
			out.SignOff = trimmed
			mode = mSig
			continue
		}
		nw = append(nw, line)
		newBytes += len(line) + 1
	}
	out.New = strings.TrimSpace(collapseBlank(nw))
	out.Quote = strings.TrimSpace(strings.Join(quote, "\n"))
	out.QuoteHeader = strings.Join(qhdr, "\n")
	if !out.Forward {
		for _, h := range qhdr {
			if isForwardMarker(h) {
				out.Forward = true
			}
		}
	}
	return out
}

func trimAll(ls []string) []string {
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// quoteDepth counts leading '>' marks ("> > x", ">> x") and returns the
// line without them.
func quoteDepth(line string) (int, string) {
	d := 0
	i := 0
	for i < len(line) && d < 20 {
		switch line[i] {
		case ' ', '\t':
			if d == 0 && i > 3 {
				return 0, line
			}
			i++
		case '>':
			d++
			i++
		default:
			goto done
		}
	}
done:
	if d == 0 {
		return 0, line
	}
	rest := line[i:]
	return d, rest
}

func nextNonEmptyQuoted(lines []string, i int) bool {
	for k := i; k < len(lines) && k < i+4; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		return strings.HasPrefix(t, ">")
	}
	return false
}

func nextQuoted(lines []string, i int) string {
	if i+1 < len(lines) {
		_, c := quoteDepth(lines[i+1])
		return strings.TrimSpace(c)
	}
	return ""
}

var attributionVerbs = []string{"wrote", "writes", "schrieb", "a écrit", "a ecrit", "escribió", "escribio",
	"ha scritto", "schreef", "skrev", "kirjoitti", "napisał", "escreveu", "написал"}

// isAttributionLine reports whether one line reads "On ..., X wrote:".
func isAttributionLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 400 || len(t) < 6 || !strings.HasSuffix(t, ":") {
		return false
	}
	low := strings.ToLower(t)
	for _, v := range attributionVerbs {
		if strings.Contains(low, v) {
			return true
		}
	}
	return strings.HasPrefix(low, "quoting ") || strings.HasPrefix(low, "zitat von ")
}

// isAttribution reports how many lines (1-3) starting at i form an
// attribution line, Gmail-style wrapping included; 0 if none.
func isAttribution(lines []string, i int) int {
	t := strings.TrimSpace(lines[i])
	if t == "" || strings.HasPrefix(t, ">") {
		return 0
	}
	if isAttributionLine(t) {
		return 1
	}
	if len(t) > 300 || len(t) < 4 || t[2] != ' ' && t[3] != ' ' {
		return 0
	}
	low := strings.ToLower(t[:4])
	opener := strings.HasPrefix(low, "on ") || strings.HasPrefix(low, "am ") || strings.HasPrefix(low, "le ") ||
		strings.HasPrefix(low, "el ") || strings.HasPrefix(low, "il ") || strings.HasPrefix(low, "op ") ||
		strings.HasPrefix(low, "em ") || strings.HasPrefix(low, "den ")
	if !opener {
		return 0
	}
	joined := t
	for n := 1; n < 3 && i+n < len(lines); n++ {
		nt := strings.TrimSpace(lines[i+n])
		if nt == "" || strings.HasPrefix(nt, ">") {
			return 0
		}
		joined += " " + nt
		if isAttributionLine(joined) {
			return n + 1
		}
	}
	return 0
}

var fromKeys = []string{"from:", "von:", "de :", "de:", "da:", "van:", "från:", "fra:", "od:", "*from:*", "**from:**"}
var sentKeys = []string{"sent:", "date:", "gesendet:", "datum:", "envoyé :", "envoyé:", "envoye :", "envoye:",
	"enviado:", "enviado el:", "fecha:", "data:", "inviato:", "verzonden:", "skickat:", "sendt:", "*sent:*", "**sent:**", "*date:*"}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// outlookHeader detects an Outlook-style header block ("From: X" then,
// within a few lines, "Sent: ..." or "Date: ...") at i and returns its
// length in lines, 0 if none.
func outlookHeader(lines []string, i int) int {
	if i >= len(lines) {
		return 0
	}
	t := strings.TrimSpace(lines[i])
	if len(t) < 4 || strings.IndexByte(t[:min(len(t), 12)], ':') < 0 {
		return 0
	}
	t = strings.ToLower(t)
	if !hasAnyPrefix(t, fromKeys) {
		return 0
	}
	sawSent := false
	n := 1
	for k := i + 1; k < len(lines) && k <= i+6; k++ {
		l := strings.ToLower(strings.TrimSpace(lines[k]))
		if l == "" {
			break
		}
		if hasAnyPrefix(l, sentKeys) {
			sawSent = true
		}
		if !strings.Contains(l, ":") && !sawSent {
			return 0
		}
		n = k - i + 1
	}
	if !sawSent {
		return 0
	}
	return n
}

// isSeparator matches original-message and forwarded-message markers.
func isSeparator(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 80 || len(t) < 8 {
		return false
	}
	if c := t[0]; c != '-' && c != '_' && c != '*' && c != 'B' && c != 'A' && c != 'D' && c != 'I' && c != 'b' && c != '>' {
		return false
	}
	low := strings.ToLower(t)
	if isForwardMarker(t) {
		return true
	}
	for _, k := range []string{"original message", "ursprüngliche nachricht", "message d'origine", "message d’origine",
		"mensaje original", "messaggio originale", "oorspronkelijk bericht", "mensagem original", "originalnachricht"} {
		if strings.Contains(low, k) && (strings.HasPrefix(low, "-") || strings.HasPrefix(low, "_") || strings.HasPrefix(low, "*")) {
			return true
		}
	}
	return false
}

func isForwardMarker(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 100 || len(t) < 8 {
		return false
	}
	if c := t[0]; c != '-' && c != '_' && c != '*' && c != 'B' && c != 'A' && c != 'D' && c != 'I' && c != 'b' && c != 'F' && c != 'f' {
		return false
	}
	low := strings.ToLower(t)
	for _, k := range []string{"forwarded message", "begin forwarded message", "weitergeleitete nachricht",
		"message transféré", "message transfere", "mensaje reenviado", "messaggio inoltrato", "forwarded by",
		"début du message réexpédié", "inicio del mensaje reenviado", "anfang der weitergeleiteten"} {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

var taglines = []string{"sent from my ", "sent from outlook", "sent from mail for", "sent from yahoo", "sent from samsung",
	"get outlook for", "sent via ", "sent with ", "envoyé de mon", "envoyé depuis", "envoye de mon", "von meinem",
	"gesendet von meinem", "enviado desde mi", "enviado do meu", "inviato da", "sent from my phone", "sent from gmail"}

func isSigStart(line, t string) bool {
	if line == "-- " || line == "--" || t == "--" || t == "—" || t == "-- " || t == "––" {
		return true
	}
	if len(t) < 7 {
		return false
	}
	if c := t[0] | 0x20; c != 's' && c != 'g' && c != 'e' && c != 'v' && c != 'i' {
		return false
	}
	low := strings.ToLower(capStr(t, 40))
	return hasAnyPrefix(low, taglines)
}

var legalStarts = []string{"confidentiality notice", "confidential:", "disclaimer", "this e-mail message", "this email message",
	"this email and any", "this e-mail and any", "this message and any", "this message is intended", "this email is intended",
	"this e-mail is intended", "the information contained in this", "if you are not the intended recipient",
	"ce message et", "ce courriel", "diese e-mail", "diese nachricht", "este mensaje", "este correo", "aviso de confidencialidad",
	"avis de confidentialité", "privileged and confidential", "notice: this"}

func isLegal(t string) bool {
	if len(t) < 30 {
		return false
	}
	if len(t) <= 60 {
		c := t[0] | 0x20
		if c != 'c' && c != 'd' && c != 't' && c != 'i' && c != 'e' && c != 'a' && c != 'p' && c != 'n' {
			return false
		}
	}
	low := strings.ToLower(capStr(t, 400))
	if hasAnyPrefix(low, legalStarts) {
		return true
	}
	if len(t) <= 60 {
		return false
	}
	for _, k := range []string{"intended recipient", "is registered in", "registered office", "registered in england",
		"registered number", "may be privileged", "received it in error", "received this email in error",
		"consider the environment", "limited liability partnership", "company number", "vat number", "vat no"} {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

var signOffs = setOf() // filled below; keys are lower-case closing lines without punctuation

func init() {
	for _, s := range []string{"best", "best regards", "kind regards", "regards", "warm regards", "warmest regards", "warmly",
		"warm wishes", "cheers", "thanks", "thank you", "many thanks", "thanks again", "thanks so much", "thank you so much",
		"thanks a lot", "thanks very much", "thank you very much", "with thanks", "with gratitude", "gratefully", "sincerely",
		"yours", "yours sincerely", "yours truly", "sincerely yours", "all the best", "best wishes", "take care", "talk soon",
		"speak soon", "respectfully", "cordially", "much appreciated", "thx", "ty", "br", "kr", "rgds", "best,", "be well",
		"saludos", "un saludo", "saludos cordiales", "un abrazo", "abrazos", "atentamente", "cordialmente", "muchas gracias",
		"gracias", "mil gracias", "cordialement", "bien à vous", "bien a vous", "amitiés", "merci", "merci beaucoup",
		"bonne journée", "à bientôt", "a bientot", "bien cordialement", "salutations", "viele grüße", "beste grüße", "liebe grüße",
		"mit freundlichen grüßen", "freundliche grüße", "herzliche grüße", "lg", "vg", "mfg", "danke", "vielen dank", "grüße",
		"gruß", "schöne grüße", "best regards and thanks", "thanks and regards", "regards and thanks", "hugs", "love",
		"xo", "onwards", "happy researching"} {
		signOffs[s] = true
	}
}

// isSignOff reports whether t is a closing line: "Best,", "Thanks!",
// "Kind regards, Lena".
func isSignOff(t string) bool {
	if t == "" || len(t) > 60 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(t, ",.!-– "))
	if signOffs[low] {
		return true
	}
	// "Best, Lena" / "Thanks, Dana"
	if i := strings.IndexByte(low, ','); i > 0 && signOffs[strings.TrimSpace(low[:i])] {
		rest := strings.Fields(low[i+1:])
		return len(rest) >= 1 && len(rest) <= 3 && !strings.ContainsAny(low[i+1:], "?.!:")
	}
	return false
}

// restIsSignature reports whether the lines after a closing line look like
// a signature: a few short lines up to a quote, a separator or the end.
func restIsSignature(lines []string, i int) bool {
	n := 0
	for k := i; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, ">") || isSeparator(t) || isAttribution(lines, k) > 0 || outlookHeader(lines, k) > 0 || isLegal(t) || isSigStart(lines[k], t) {
			return true
		}
		if strings.HasPrefix(t, "P.S") || strings.HasPrefix(t, "PS:") {
			return true
		}
		n++
		if n > 10 || len(t) > 120 {
			return false
		}
	}
	return true
}

// senderNames are the ways a sender signs: first name, full name, initial.
func senderNames(name string) map[string]bool {
	m := map[string]bool{}
	name = strings.ToLower(strings.Trim(strings.TrimSpace(name), `"'`))
	if name == "" {
		return m
	}
	if i := strings.IndexByte(name, ','); i > 0 { // "Last, First"
		name = strings.TrimSpace(name[i+1:]) + " " + strings.TrimSpace(name[:i])
	}
	m[name] = true
	f := strings.Fields(name)
	if len(f) > 0 {
		m[f[0]] = true
		if r := []rune(f[0]); len(r) > 0 {
			m[string(r[0])] = true
		}
	}
	if len(f) > 1 {
		m[f[0]+" "+f[len(f)-1]] = true
	}
	return m
}

// collapseBlank joins lines, keeping at most one blank line in a row.
func collapseBlank(ls []string) string {
	var b strings.Builder
	blank := 0
	for _, l := range ls {
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}
