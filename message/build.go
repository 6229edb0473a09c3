package message

import (
	"errors"
	"fmt"
	"strings"
)

// Build assembles a Message from what the IMAP watcher fetched: the raw
// header block (BODY[HEADER]) and the text parts it selected from
// BODYSTRUCTURE, each still in its transfer encoding and charset. Parts of
// other types are ignored. It fails only when the header has no fields.
func Build(header []byte, parts []Part) (*Message, error) {
	m := &Message{}
	raw := header
	if len(raw) > MaxHeaderBytes {
		raw = raw[:MaxHeaderBytes]
		m.Problems = append(m.Problems, fmt.Sprintf("header: longer than %d bytes, cut", MaxHeaderBytes))
	}
	fields, problems := splitHeader(raw)
	if len(fields) == 0 {
		return nil, errors.New("build message: no header fields")
	}
	m.RawHeader = append([]byte(nil), raw...)
	m.Problems = append(m.Problems, problems...)
	m.fillHeader(fields)
	for i, p := range parts {
		if i >= maxParts {
			m.Problems = append(m.Problems, fmt.Sprintf("mime: more than %d parts, rest skipped", maxParts))
			break
		}
		p.Type = strings.ToLower(strings.TrimSpace(p.Type))
		switch p.Type {
		case "text/plain", "text/html", "text/calendar", "application/ics":
		default:
			continue
		}
		if p.Type == "application/ics" {
			p.Type = "text/calendar"
		}
		if len(p.Body) > maxRawPart {
			p.Body = p.Body[:maxRawPart]
			m.Problems = append(m.Problems, p.Type+": part cut at size cap")
		}
		m.add(p)
	}
	return m, nil
}
