package notify

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	netmail "net/mail"
	"strings"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/followupd/followupd/domain"
)

// ReminderHeader names the reminder a message or webhook call is for. It
// is on every message followupd writes to the owner (never on drafts,
// which the owner may send on), so the mailbox watcher can recognise and
// skip followupd's own mail.
const ReminderHeader = "X-Followupd-Reminder"

// errBadAddress is wrapped by mailAddress for an address no server will
// take; deliveries to it fail permanently.
var errBadAddress = errors.New("bad address")

// mailAddress checks an address and returns it ready for a header. The
// display name is cleaned (one line, decoded) and re-encoded by go-message.
func mailAddress(a domain.Address) (*mail.Address, error) {
	addr := strings.TrimSpace(a.Addr)
	if addr == "" {
		return nil, fmt.Errorf("%w: empty", errBadAddress)
	}
	for _, r := range addr {
		if r <= ' ' || r == 0x7f || r == '<' || r == '>' || r == ',' {
			return nil, fmt.Errorf("%w: %q", errBadAddress, oneLine(addr))
		}
	}
	p, err := netmail.ParseAddress("<" + addr + ">")
	if err != nil {
		return nil, fmt.Errorf("%w: %q", errBadAddress, oneLine(addr))
	}
	return &mail.Address{Name: truncate(oneLine(a.Name), 80), Address: p.Address}, nil
}

// domainOf is the domain of an address, for Message-IDs.
func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 && i+1 < len(addr) {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}

func cleanMsgID(id string) string {
	id = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">"))
	if id == "" || strings.ContainsAny(id, "<> \t\r\n\"\\") || !strings.Contains(id, "@") {
		return ""
	}
	return id
}

// composeReminder writes the message that tells the owner about r:
// multipart/alternative, plain text and simple HTML, threaded under the
// conversation it is about (References) and carrying ReminderHeader.
func composeReminder(w io.Writer, f *Format, r *domain.Reminder, from, to domain.Address, msgID string, now time.Time) error {
	fromA, err := mailAddress(from)
	if err != nil {
		return Permanent(fmt.Errorf("from: %w", err))
	}
	toA, err := mailAddress(to)
	if err != nil {
		return Permanent(fmt.Errorf("to: %w", err))
	}
	v := f.render(r, now)
	var h mail.Header
	h.SetDate(now.In(f.loc()))
	h.SetAddressList("From", []*mail.Address{fromA})
	h.SetAddressList("To", []*mail.Address{toA})
	h.SetSubject(v.Subject)
	h.SetMessageID(msgID)
	if ref := cleanMsgID(r.ReplyTo); ref != "" {
		// RFC 5322 3.6.4: References lets the owner's client show the
		// reminder beside the conversation it is about.
		h.SetMsgIDList("References", []string{ref})
	}
	h.Set(ReminderHeader, escapeID(r.ID))
	// RFC 3834: no vacation responder should answer a reminder.
	h.Set("Auto-Submitted", "auto-generated")
	h.Set("MIME-Version", "1.0")

	mw, err := mail.CreateInlineWriter(w, h)
	if err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	for _, p := range []struct{ typ, body string }{
		{"text/plain", v.text(true)},
		{"text/html", v.html(true)},
	} {
		var ph mail.InlineHeader
		ph.SetContentType(p.typ, map[string]string{"charset": "utf-8"})
		pw, err := mw.CreatePart(ph)
		if err != nil {
			return fmt.Errorf("write message: %w", err)
		}
		if _, err := io.WriteString(pw, crlf(p.body)); err != nil {
			return fmt.Errorf("write message: %w", err)
		}
		if err := pw.Close(); err != nil {
			return fmt.Errorf("write message: %w", err)
		}
	}
	if err := mw.Close(); err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	return nil
}

// draftRules are the rules whose reminder asks the owner to write to the
// contact, and so get a ready reply in Drafts.
var draftRules = map[string]bool{"confirm": true, "thank": true, "nudge": true, "keep-in-touch": true, "close-loop": true}

// composeDraft writes the reply the owner may send to the contact: From
// the owner, To the contact, "Re: <thread subject>", In-Reply-To and
// References set so it threads, the rule's draft text as the body. It
// carries no followupd header: the owner's client may send it as it is.
func composeDraft(w io.Writer, r *domain.Reminder, owner domain.Address, msgID string, now time.Time, loc *time.Location) error {
	fromA, err := mailAddress(owner)
	if err != nil {
		return Permanent(fmt.Errorf("from: %w", err))
	}
	toA, err := mailAddress(r.Contact)
	if err != nil {
		return Permanent(fmt.Errorf("to: %w", err))
	}
	var h mail.Header
	if loc == nil {
		loc = time.UTC
	}
	h.SetDate(now.In(loc))
	h.SetAddressList("From", []*mail.Address{fromA})
	h.SetAddressList("To", []*mail.Address{toA})
	h.SetSubject(replySubject(r.Subject))
	h.SetMessageID(msgID)
	if ref := cleanMsgID(r.ReplyTo); ref != "" {
		h.SetMsgIDList("In-Reply-To", []string{ref})
		h.SetMsgIDList("References", []string{ref})
	}
	h.Set("MIME-Version", "1.0")
	h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	body := strings.TrimSpace(multiLine(r.Draft)) + "\n"
	bw, err := mail.CreateSingleInlineWriter(w, h)
	if err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	if _, err := io.WriteString(bw, crlf(body)); err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	if err := bw.Close(); err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	return nil
}

// crlf turns LF line ends into CRLF (RFC 5322 2.3).
func crlf(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

// buildReminder and buildDraft return the composed message as bytes, the
// form APPEND and SMTP DATA want.
func buildReminder(f *Format, r *domain.Reminder, from, to domain.Address, msgID string, now time.Time) ([]byte, error) {
	var b bytes.Buffer
	err := composeReminder(&b, f, r, from, to, msgID, now)
	return b.Bytes(), err
}

func buildDraft(f *Format, r *domain.Reminder, owner domain.Address, msgID string, now time.Time) ([]byte, error) {
	var b bytes.Buffer
	err := composeDraft(&b, r, owner, msgID, now, f.loc())
	return b.Bytes(), err
}
