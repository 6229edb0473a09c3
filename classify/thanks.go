package classify

import (
	"fmt"
	"strings"

	"github.com/followupd/followupd/domain"
)

var thanksWords = setOf("thank thanks thankyou thx grateful appreciate appreciated merci gracias agradezco agradecida agradecido danke dank bedanke gratitude obrigado obrigada cheers asante kasih salamat grazie owe obliged bless mihi generous agradecerle agradecerte agradecer remercier")

var thanksFor = setOf("for por pour de fur fuer")

var determiners = setOf(`tausend ce cet cette dir ihnen euch nochmal nochmals vielmals encore mille fois beaucoup infiniment muchas gros grand enorme immense riesig your the my our this that all so such a an very much tu su la el los las tus sus votre vos ton ta le les l'
	das die den dem ihre ihren deine deinen unser unsere unseren again also really truly both`)

// againWords make a thanks a repeat: "thanks again", "encore merci".
var againWords = setOf("again encore nochmal nochmals nuevamente vez")

// helpObjects are what a real thank-you thanks for: time given, a meeting,
// an introduction, advice.
var helpObjects = setOf(`time taking making finding giving carving squeezing call chat coffee conversation convo meeting
	meet speaking talking chatting catching advice help helping intro introduction introductions introducing connecting
	connection referral referring recommending recommendation insights insight tips feedback notes sharing template
	guidance perspective session walkthrough hour half minutes yesterday today morning afternoon evening night lunch
	breakfast drinks dinner generosity kindness support mentoring mentorship encouragement thoughts wisdom input review
	pointers suggestions recommendations everything putting passing vouching hosting showing answering
	explaining last earlier sitting jumping hopping meeting
	monday tuesday wednesday thursday friday saturday sunday
	flagging forwarding pointing nudging heute gestern hoy ayer aujourd'hui hier going reading reviewing looking checking mise contacto
	walking grilling spending joining coming letting tour matin soir apres-midi tomarse tomarte revisar
	tiempo charla llamada conversacion conversa reunion ayuda consejos presentacion presentarme cafe platica
	temps echange appel aide conseils rencontre accueil entretien
	gesprach zeit telefonat treffen hilfe tipps ratschlage vorstellung austausch kaffee`)

// meetingObjects are the help objects that are a meeting or time given;
// the others (tips, feedback, notes) need a networking context, as list
// mail thanks people for tips all day.
var meetingObjects = setOf(`time taking making finding giving carving squeezing call chat coffee conversation convo meeting
	meet speaking talking chatting catching advice intro introduction introductions introducing connecting referral
	referring recommending recommendation mentoring mentorship hour half minutes yesterday morning afternoon evening
	night lunch breakfast drinks dinner generosity last earlier sitting jumping hopping putting vouching
	monday tuesday wednesday thursday friday saturday sunday
	flagging forwarding heute gestern hoy ayer aujourd'hui hier today tonight mise contacto grilling prepping walking tour matin soir
	tiempo charla llamada conversacion conversa reunion consejos presentacion presentarme cafe platica
	temps echange appel conseils rencontre entretien gesprach zeit telefonat treffen ratschlage vorstellung austausch kaffee`)

// timeObjects make "thanks for your time" a thank-you only when it points
// back at a meeting.
var timeObjects = setOf("time taking making finding giving tiempo temps zeit")

var lookBackWords = setOf(`day weekend lunch sit hier gestern ayer heute hoy yesterday today morning afternoon evening night earlier last week speak speaking talk talking chat
	chatting meet meeting call coffee with on monday tuesday wednesday thursday friday saturday sunday`)

// lookBack: after the object of a thanks, the sentence points at a meeting
// that happened ("your time yesterday", "taking the time to speak"), or
// the message does elsewhere.
func (r *reader) lookBack(si, at int) bool {
	a := r.a
	for k := at + 1; k < a.sents[si].end && k < at+8; k++ {
		if lookBackWords[a.toks[k].s] {
			return true
		}
	}
	_, ok := a.first("past", true)
	return ok
}

// thanks classifies the thanks in the new text: substantive (for help that
// happened) or not. A "thanks again" near the end is a courtesy.
func (r *reader) thanks() (judgement, bool) {
	a := r.a
	n := len(a.sents)
	bare := -1
	for si, s := range a.sents {
		for k := s.start; k < s.end; k++ {
			if !thanksWords[a.toks[k].s] {
				continue
			}
			again := hasAnyWord(a, si, againWords)
			// a thanks near the end of a longer message, or in its last
			// sentence, may be a courtesy
			late := n > 4 && si >= n*6/10 || n > 2 && si == n-1
			obj, objAt := thanksObject(a, k, s.end)
			if timeObjects[obj] && !r.lookBack(si, objAt) {
				break // "thank you for your time" closing an ask is a courtesy
			}
			if helpObjects[obj] && (meetingObjects[obj] || r.meetCtx()) {
				if again && late {
					break
				}
				if again {
					// "Thanks again for your advice. I passed the exam":
					// the thanks is a courtesy to the news.
					if _, news := r.update(); news {
						break
					}
				}
				return judgement{kind: domain.KindThankYou, why: "thank_you: " + quoteWhy(a.phrase(k, objAt+1), "")}, true
			}
			if (obj == "" || !helpObjects[obj] && !courtesyObjects[obj] && !thanksFor[a.toks[min(k+1, s.end-1)].s]) && bare < 0 && !again && !late {
				bare = k
			}
			break
		}
	}
	if bare >= 0 {
		if h, ok := a.first("past", true); ok {
			return judgement{kind: domain.KindThankYou, why: fmt.Sprintf("thank_you: %q after %q", a.phrase(bare, bare+2), a.phrase(h.start, h.end))}, true
		}
	}
	if r.subj != nil {
		for k, t := range r.subj.toks {
			if thanksWords[t.s] && k <= 2 {
				obj, _ := thanksObject(r.subj, k, len(r.subj.toks))
				if obj == "" || helpObjects[obj] {
					if _, ok := a.first("past", true); ok || helpObjects[obj] {
						return judgement{kind: domain.KindThankYou, why: "thank_you: subject " + fmt.Sprintf("%q", r.subj.text)}, true
					}
				}
			}
		}
	}
	return judgement{}, false
}

// thanksObject returns the first content word after "thanks ... for" (or
// right after "appreciate"), and its token index.
func thanksObject(a *analysis, k, end int) (string, int) {
	j := k + 1
	if a.toks[k].s == "appreciate" || a.toks[k].s == "appreciated" || a.toks[k].s == "agradezco" {
		for j < end && determiners[a.toks[j].s] {
			j++
		}
		if j < end && a.toks[j].kind == tWord {
			return a.toks[j].s, j
		}
		return "", k
	}
	limit := min(end, k+6)
	for ; j < limit; j++ {
		if thanksFor[a.toks[j].s] {
			break
		}
		if a.toks[j].s == "." || a.toks[j].s == "!" {
			return "", k
		}
	}
	if j >= limit {
		return "", k
	}
	j++
	for j < end && (determiners[a.toks[j].s] || a.toks[j].s == ",") {
		j++
	}
	first := ""
	firstAt := k
	// The object may follow an adjective or two: "das offene Gespräch",
	// "the lovely coffee"; a courtesy word first ends the search.
	for n := 0; j < end && n < 3 && a.toks[j].kind == tWord; j, n = j+1, n+1 {
		w := a.toks[j].s
		if strings.HasSuffix(w, "'s") {
			w = strings.TrimSuffix(w, "'s") // "Friday's call"
		}
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 2 && i+1 < len(w) {
			w = w[i+1:] // "l'appel", "d'échange"
		}
		if first == "" {
			first, firstAt = w, j
		}
		if helpObjects[w] {
			return w, j
		}
		if courtesyObjects[w] {
			break
		}
	}
	return first, firstAt
}

// courtesyObjects are what a courtesy thanks for: the message itself.
var courtesyObjects = setOf(`note message email e-mail mail reply response getting reaching writing replying responding
	considering consideration interest patience understanding flagging letting heads asking invite invitation reminder
	link info information update news congrats congratulations wishes mensaje correo respuesta nachricht antwort anfrage`)
