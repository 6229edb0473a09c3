package daemon

import (
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/message"
)

// domainMessage is the stored view of a parsed message. A message with no
// readable Date header takes the server's INTERNALDATE.
func domainMessage(account string, m *message.Message, internal time.Time, v domain.Verdict) domain.Message {
	date := m.Date
	if !m.HasDate || date.IsZero() {
		date = internal
	}
	return domain.Message{
		Account:    account,
		MessageID:  m.MessageID,
		InReplyTo:  m.InReplyTo,
		References: m.References,
		Date:       date,
		From:       domain.Address{Name: m.From.Name, Addr: domain.NormAddr(m.From.Addr)},
		To:         m.To,
		Cc:         m.Cc,
		Subject:    m.Subject,
		Direction:  domain.Received,
		Verdict:    v,
	}
}
