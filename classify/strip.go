package classify

import (
	"bytes"
	"strings"
	"unicode/utf8"
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
		if len(trimmed) <= 40 && len(nw) > 0 && isSenderName(names, trimmed) && restIsSignature(lines, i+1) {
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
	low := t[:4]
	if !isASCII(low) {
		low = strings.ToLower(low)
	} else {
		var buf [4]byte
		for k := 0; k < 4; k++ {
			buf[k] = lc(low[k])
		}
		low = string(buf[:]) // small: no allocation when it does not escape
	}
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

// hasAnyPrefixFold is hasAnyPrefix(strings.ToLower(s), ps) for prefixes
// of at most 16 bytes: only the head of s is lower-cased.
func hasAnyPrefixFold(s string, ps []string) bool {
	if head := s[:min(len(s), 16)]; isASCII(head) {
		return foldHasAnyPrefix(head, ps)
	}
	return hasAnyPrefix(strings.ToLower(s), ps)
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
	if !hasAnyPrefixFold(t, fromKeys) {
		return 0
	}
	sawSent := false
	n := 1
	for k := i + 1; k < len(lines) && k <= i+6; k++ {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			break
		}
		if hasAnyPrefixFold(l, sentKeys) {
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
	if isForwardMarker(t) {
		return true
	}
	// The lower-cased line starts with t[0] (ASCII here).
	if c := t[0]; c != '-' && c != '_' && c != '*' {
		return false
	}
	if isASCII(t) {
		return separatorSet.in(t)
	}
	low := strings.ToLower(t)
	for _, k := range separatorWords {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

var separatorWords = []string{"original message", "ursprüngliche nachricht", "message d'origine", "message d’origine",
	"mensaje original", "messaggio originale", "oorspronkelijk bericht", "mensagem original", "originalnachricht"}

var separatorSet = newFoldSet(separatorWords)

func isForwardMarker(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 100 || len(t) < 8 {
		return false
	}
	if c := t[0]; c != '-' && c != '_' && c != '*' && c != 'B' && c != 'A' && c != 'D' && c != 'I' && c != 'b' && c != 'F' && c != 'f' {
		return false
	}
	if isASCII(t) {
		return forwardSet.in(t)
	}
	low := strings.ToLower(t)
	for _, k := range forwardWords {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

var forwardWords = []string{"forwarded message", "begin forwarded message", "weitergeleitete nachricht",
	"message transféré", "message transfere", "mensaje reenviado", "messaggio inoltrato", "forwarded by",
	"début du message réexpédié", "inicio del mensaje reenviado", "anfang der weitergeleiteten"}

var forwardSet = newFoldSet(forwardWords)

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
	if head := capStr(t, 40); isASCII(head) {
		return foldHasAnyPrefix(head, taglines)
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
	if head := capStr(t, 400); isASCII(head) {
		if foldHasAnyPrefix(head, legalStarts) {
			return true
		}
		return len(t) > 60 && legalSet.in(head)
	}
	low := strings.ToLower(capStr(t, 400))
	if hasAnyPrefix(low, legalStarts) {
		return true
	}
	if len(t) <= 60 {
		return false
	}
	for _, k := range legalWords {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

var legalWords = []string{"intended recipient", "is registered in", "registered office", "registered in england",
	"registered number", "may be privileged", "received it in error", "received this email in error",
	"consider the environment", "limited liability partnership", "company number", "vat number", "vat no"}

var legalSet = newFoldSet(legalWords)

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
		signOffFirst[s[0]] = true
	}
}

// signOffFirst marks the first bytes of signOffs.
var signOffFirst [256]bool

// isSignOff reports whether t is a closing line: "Best,", "Thanks!",
// "Kind regards, Lena".
func isSignOff(t string) bool {
	if t == "" || len(t) > 60 {
		return false
	}
	// A closing line starts with the first byte of a closing, either
	// itself or (for "Best, Lena") after leading spaces. Lower-casing an
	// ASCII byte is the same in both paths below.
	f := 0
	for f < len(t)-1 && (t[f] == ' ' || t[f] == '\t' || t[f] == '\n' || t[f] == '\v' || t[f] == '\f' || t[f] == '\r') {
		f++
	}
	if t[0] < utf8.RuneSelf && t[f] < utf8.RuneSelf && !signOffFirst[lc(t[0])] && !signOffFirst[lc(t[f])] {
		return false
	}
	var buf [64]byte
	if low, ok := asciiLower(buf[:0], t); ok {
		return isSignOffASCII(low)
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

// isSignOffASCII is isSignOff for an all-ASCII line, already lower-cased
// (the cut set's dash "–" cannot occur in it).
func isSignOffASCII(low []byte) bool {
	for len(low) > 0 {
		switch low[len(low)-1] {
		case ',', '.', '!', '-', ' ':
			low = low[:len(low)-1]
			continue
		}
		break
	}
	if signOffs[string(low)] {
		return true
	}
	if i := bytes.IndexByte(low, ','); i > 0 && signOffs[string(bytes.TrimSpace(low[:i]))] {
		rest := low[i+1:]
		n := countFields(rest)
		return n >= 1 && n <= 3 && !bytes.ContainsAny(rest, "?.!:")
	}
	return false
}

// countFields is len(strings.Fields(s)) for ASCII s.
func countFields(b []byte) int {
	n := 0
	in := false
	for _, c := range b {
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
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

// isSenderName reports whether line t (at most 40 bytes) is one of the
// sender's names, dashes and dots around it ignored.
func isSenderName(names map[string]bool, t string) bool {
	var buf [40]byte
	if low, ok := asciiLower(buf[:0], t); ok {
		// The cut set's other dashes are not ASCII.
		for len(low) > 0 && isNameCut(low[0]) {
			low = low[1:]
		}
		for len(low) > 0 && isNameCut(low[len(low)-1]) {
			low = low[:len(low)-1]
		}
		return names[string(low)]
	}
	return names[strings.ToLower(strings.Trim(t, "-–—~ .,"))]
}

func isNameCut(c byte) bool { return c == '-' || c == '~' || c == ' ' || c == '.' || c == ',' }

// collapseBlank joins lines, keeping at most one blank line in a row.
func collapseBlank(ls []string) string {
	var b strings.Builder
	size := 0
	for _, l := range ls {
		size += len(l) + 1
	}
	b.Grow(size)
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
