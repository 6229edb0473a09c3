package classify

import (
	"fmt"
	"strings"

	"github.com/followupd/followupd/message"
)

// automated reports why a message was sent by a machine rather than
// written by a person to the owner, or "" if nothing says so. Only
// headers and the sender are read here; body footers are checked on the
// new text by autoBody.
func automated(m *message.Message) string {
	h := m.Header
	get := func(k string) string {
		if v := h[k]; len(v) > 0 {
			return strings.TrimSpace(v[0])
		}
		return ""
	}
	// RFC 3834 5.1: anything but "no" marks an automatic message.
	if v := strings.ToLower(get("Auto-Submitted")); v != "" && v != "no" {
		return "Auto-Submitted: " + capWhy(v)
	}
	for _, k := range []string{"List-Id", "List-Unsubscribe", "List-Post", "Mailing-List", "X-Mailing-List", "List-Help", "X-List"} {
		if get(k) != "" {
			return k + " header"
		}
	}
	switch strings.ToLower(get("Precedence")) {
	case "bulk", "list", "junk":
		return "Precedence: " + strings.ToLower(get("Precedence"))
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond", "X-Auto-Reply", "Feedback-Id", "X-Campaign", "X-Campaignid",
		"X-Campaign-Id", "X-Mailchimp-Campaign", "X-Mc-User", "X-Ses-Outgoing", "X-Mailgun-Sid", "X-Sg-Eid", "X-Mandrill-User",
		"X-Pm-Message-Id", "X-Marketoid", "X-Newsletter", "X-Report-Abuse", "X-Csa-Complaints", "X-Mailer-Recptid",
		"X-Abuse-Reports-To", "X-Bulkmail", "X-Rpcampaign", "X-Emarsys-Identify", "X-Sfmc-Stack", "X-Msfbl"} {
		if get(k) != "" {
			return k + " header"
		}
	}
	if v := strings.ToLower(get("X-Spam-Flag")); strings.HasPrefix(v, "yes") {
		return "X-Spam-Flag: yes"
	}
	if v := strings.ToLower(get("X-Spam-Status")); strings.HasPrefix(v, "yes") {
		return "X-Spam-Status: yes"
	}
	if get("Return-Path") == "<>" {
		return "null Return-Path"
	}
	if r := machineSender(m.From.Addr); r != "" {
		return "sender " + m.From.Addr + r
	}
	for _, a := range m.ReplyTo {
		if isNoReply(a.Addr) {
			return "Reply-To " + a.Addr
		}
	}
	if s := autoSubject(m.Subject); s != "" {
		return "subject " + s
	}
	return ""
}

func capWhy(s string) string {
	if len(s) > 40 {
		return s[:40]
	}
	return s
}

func isNoReply(addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	for _, k := range []string{"noreply", "no-reply", "no_reply", "no.reply", "donotreply", "do-not-reply", "do_not_reply",
		"mailer-daemon", "bounce", "postmaster", "notreply", "nepasrepondre", "ne-pas-repondre", "keine-antwort"} {
		if strings.Contains(local, k) {
			return true
		}
	}
	return false
}

// machineLocals are mailbox names that people do not write from.
var machineLocals = setOf(`notifications notification notify alerts alert newsletter newsletters news digest updates
	marketing info support billing orders order receipts receipt account accounts admin system automated calendar
	calendar-notification invitations invites events jobs mailer daemon alerts-noreply service services
	customerservice customer-service help feedback reminders reminder confirm confirmation confirmations booking bookings
	reservations promo promotions offers deals store shop webmaster membership members
	do-not-reply auto-confirm announce announcements subscriptions subscription listserv majordomo`)

// platformDomains send notifications on behalf of people: the message is
// the platform's, not the person's.
var platformDomains = []string{"calendly.com", "linkedin.com", "eventbrite.com", "meetup.com", "facebookmail.com",
	"mcsv.net", "sendgrid.net", "amazonses.com", "substack.com", "doodle.com", "hubspotemail.net", "docusign.net",
	"intercom-mail.com", "googlegroups.com", "yahoogroups.com", "groups.io", "mailgun.org", "constantcontact.com",
	"acuityscheduling.com", "youcanbook.me", "chilipiper.com", "savvycal.com", "bounces.google.com", "em.linkedin.com"}

// machineSender reports why addr is not a person's mailbox, "" if it may be.
func machineSender(addr string) string {
	addr = strings.ToLower(addr)
	if addr == "" {
		return ""
	}
	if isNoReply(addr) {
		return " (no-reply)"
	}
	local, domain, _ := strings.Cut(addr, "@")
	if machineLocals[local] {
		return " (role mailbox)"
	}
	for _, d := range platformDomains {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return " (platform)"
		}
	}
	return ""
}

var autoSubjects = []string{"automatic reply", "auto:", "autoreply", "auto-reply", "auto reply", "out of office", "out of the office",
	"ooo:", "abwesenheitsnotiz", "automatische antwort", "réponse automatique", "reponse automatique", "respuesta automática",
	"respuesta automatica", "undeliverable", "undelivered mail", "delivery status notification", "mail delivery failed",
	"returned mail", "delivery failure", "accepted:", "declined:", "tentative:", "tentatively accepted:", "abgelehnt:",
	"angenommen:", "accepté :", "refusé :", "aceptado:", "rechazado:", "read:", "gelesen:", "lu :", "leído:"}

func autoSubject(s string) string {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, p := range autoSubjects {
		if strings.HasPrefix(low, p) {
			return strings.TrimSpace(p)
		}
	}
	return ""
}

// bodyAutoPhrases appear in bulk and machine mail, not in a note from a
// person; found in the new text they make the message other.
var bodyAutoPhrases = []string{"unsubscribe", "you are receiving this", "you're receiving this", "you’re receiving this",
	"you received this email", "you received this message", "this email was sent to", "this message was sent to",
	"this e-mail was sent to", "manage your preferences", "email preferences", "manage preferences", "update your preferences",
	"view this email in", "view in browser", "view it in your browser", "view online", "do not reply to this",
	"please do not reply", "please don't reply", "please don’t reply", "mailbox is not monitored", "mailbox isn't monitored",
	"mailbox isn’t monitored", "not monitored", "to stop receiving", "opt out", "opt-out", "to be removed", "remove yourself",
	"removed from our", "remove me from", "click here to", "all rights reserved", "privacy policy", "this is an automated",
	"this is an automatic", "automatically generated", "auto-generated", "do not respond to this", "no-reply",
	"abmelden", "se désinscrire", "se desinscrire", "darse de baja", "cancelar suscripción", "cancelar la suscripción",
	"désabonner", "desabonner", "this is not spam", "mailing list", "email settings", "notification settings",
	"add to calendar", "add to your calendar", "view event", "cancel or reschedule", "reply stop", "text stop"}

// oooPhrases are the marks of an out-of-office reply.
var oooPhrases = []string{"out of the office", "out of office", "away from the office", "limited access to email",
	"limited access to e-mail", "no access to email", "no access to e-mail", "will return on", "will be back on",
	"i will respond", "i'll respond to your", "respond to your email", "return to the office", "currently away",
	"currently out", "on annual leave", "on parental leave", "on maternity leave", "on vacation until", "on holiday until",
	"for urgent matters", "for urgent", "abwesend", "nicht im büro", "nicht im buero", "absent du bureau",
	"fuera de la oficina", "de vacaciones hasta", "en congé", "en conge", "thank you for your email", "thank you for your message",
	"thanks for your email", "thanks for your message", "merci pour votre message", "gracias por su mensaje",
	"vielen dank für ihre nachricht", "vielen dank fur ihre nachricht"}

// autoBody reports a bulk-mail footer or an out-of-office reply in the
// new text, or "".
func autoBody(a *analysis) string {
	ooo := map[string]bool{}
	for _, h := range a.hits {
		switch h.tag {
		case "auto":
			return "body says " + fmt.Sprintf("%q", a.phrase(h.start, h.end))
		case "ooo":
			ooo[a.phrase(h.start, h.end)] = true
		}
	}
	for _, p := range symAuto {
		if strings.Contains(a.text, p) {
			return "body says " + fmt.Sprintf("%q", p)
		}
	}
	if len(ooo) >= 2 && len(a.text) < 1500 && !personalRefusal(a) {
		for p := range ooo {
			return fmt.Sprintf("out-of-office reply: %q", p)
		}
	}
	return ""
}

// personalRefusal: the text refuses in words of its own ("je ne vais pas
// pouvoir accepter"), which an out-of-office notice does not: a person
// declining because of leave names the leave too.
func personalRefusal(a *analysis) bool {
	for _, h := range a.hits {
		if h.tag != "decl" || a.negated(h) {
			continue
		}
		p := a.phrase(h.start, h.end)
		if !strings.Contains(p, "back") && !strings.Contains(p, "retour") && !strings.Contains(p, "return") &&
			!strings.Contains(p, "zuruck") && !strings.Contains(p, "vuelta") {
			return true
		}
	}
	return false
}
