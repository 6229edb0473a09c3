// Package message turns mail into the plain struct the classifier reads:
// decoded headers, the text/plain, text/html and text/calendar parts as
// UTF-8, each capped in size. It reads either a whole RFC 5322 message
// (Parse, for .eml, mbox and Maildir input) or the pieces the IMAP watcher
// fetched (Build: the header block plus the selected body parts, never whole
// attachments).
//
// Failure model: a broken MIME structure, an unknown charset or a missing
// header degrades the result (the part is skipped or kept as raw bytes
// converted lossily to UTF-8) rather than failing, and the problems are
// listed in Message.Problems. An error is returned only when nothing usable
// could be read at all. Work per message is bounded by the caps below.
package message

import (
	"time"

	"github.com/followupd/followupd/domain"
)

// Caps on what is kept of one message.
const (
	MaxHeaderBytes = 256 << 10 // header block
	MaxPartBytes   = 64 << 10  // each decoded text part
	MaxCalBytes    = 64 << 10  // each calendar part
)

// Message is one parsed message.
type Message struct {
	MessageID  string   // without angle brackets; "" if missing
	InReplyTo  string   // first id, without angle brackets
	References []string // without angle brackets
	Date       time.Time
	HasDate    bool // false when the Date header is missing or unreadable
	From       domain.Address
	To, Cc     []domain.Address
	ReplyTo    []domain.Address
	Subject    string // decoded (RFC 2047)
	// Header holds every header field, keys canonical (textproto), values
	// decoded where they are encoded words. The classifier reads the
	// automated-mail signals (Auto-Submitted, List-Id, Precedence, ...).
	Header map[string][]string
	// RawHeader is the header block as received (capped), kept so the
	// message can be classified again later.
	RawHeader []byte
	Text      string   // text/plain parts, concatenated, UTF-8
	HTML      string   // text/html parts, concatenated, UTF-8
	Calendar  []string // text/calendar parts (and .ics attachments), UTF-8
	Problems  []string // what could not be read, for the log
}

// Part is one body part fetched on its own (IMAP BODY[n]): its media type,
// charset and transfer encoding (as BODYSTRUCTURE gave them) and its bytes,
// still encoded. A part the store kept already decoded to UTF-8 has empty
// Encoding and Charset "utf-8".
type Part struct {
	Type     string // "text/plain", "text/html" or "text/calendar" (lower case)
	Charset  string
	Encoding string // Content-Transfer-Encoding: "", 7bit, 8bit, binary, base64, quoted-printable
	Body     []byte
}
