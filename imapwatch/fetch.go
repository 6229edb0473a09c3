package imapwatch

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/message"
)

// maxParts bounds the parts fetched of one message (a mail with 40 inline
// text parts is spam or a digest; the first few say what it is).
const maxParts = 8

// meta is a message after the first FETCH round: everything but the parts.
type meta struct {
	Fetched
	want      []partRef
	partBytes int // announced bytes of want, capped per part
	gotBytes  int // bytes of header and parts fetched
	modSeq    uint64
	queued    bool           // handed to the preparer (by its reader goroutine)
	late      []message.Part // parts that came in a later FETCH response
}

// partRef is a body part worth fetching, as BODYSTRUCTURE describes it.
type partRef struct {
	path     []int
	typ      string // lower case; .ics attachments become text/calendar
	charset  string
	encoding string
	size     int
}

var headerSection = &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true,
	Partial: &imap.SectionPartial{Offset: 0, Size: message.MaxHeaderBytes}}

// fetchMeta is round one: UID, FLAGS, INTERNALDATE, RFC822.SIZE,
// BODYSTRUCTURE and the (capped) header of each message in uids.
func (w *Watcher) fetchMeta(c *imapclient.Client, uids []imap.UID) ([]*meta, error) {
	opt := &imap.FetchOptions{
		UID: true, Flags: true, InternalDate: true, RFC822Size: true,
		BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
		BodySection:   []*imap.FetchItemBodySection{headerSection},
		ModSeq:        c.Caps().Has(imap.CapCondStore),
	}
	cmd := c.Fetch(imap.UIDSetNum(uids...), opt)
	var out []*meta
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		m := &meta{}
		var bs imap.BodyStructure
		for item := msg.Next(); item != nil; item = msg.Next() {
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				m.UID = uint32(it.UID)
			case imapclient.FetchItemDataFlags:
				for _, fl := range it.Flags {
					m.Flags = append(m.Flags, string(fl))
				}
			case imapclient.FetchItemDataInternalDate:
				m.InternalDate = it.Time
			case imapclient.FetchItemDataRFC822Size:
				m.Size = it.Size
			case imapclient.FetchItemDataBodyStructure:
				bs = it.BodyStructure
			case imapclient.FetchItemDataModSeq:
				m.modSeq = it.ModSeq
			case imapclient.FetchItemDataBodySection:
				b, err := readLiteral(it.Literal, message.MaxHeaderBytes)
				if err != nil {
					abandon(c, cmd)
					return nil, fmt.Errorf("read header: %w", err)
				}
				m.Header = b
				m.gotBytes += len(b)
			}
		}
		if m.UID == 0 {
			continue // an unsolicited FETCH (flag change) without UID
		}
		if bs != nil {
			m.want = selectParts(bs)
		}
		for _, p := range m.want {
			m.partBytes += min(p.size, w.opt.MaxPartBytes)
		}
		out = append(out, m)
	}
	if err := cmd.Close(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b *meta) int { return int(a.UID) - int(b.UID) })
	return out, nil
}

// selectParts walks a BODYSTRUCTURE for the parts classification reads:
// inline text/plain and text/html, and text/calendar or .ics wherever it is.
// Other attachments, message/rfc822 bodies included, are never fetched.
func selectParts(bs imap.BodyStructure) []partRef {
	var out []partRef
	bs.Walk(func(path []int, part imap.BodyStructure) bool {
		sp, ok := part.(*imap.BodyStructureSinglePart)
		if !ok || len(out) >= maxParts {
			return len(out) < maxParts // descend into multiparts
		}
		mt := sp.MediaType()
		name := strings.ToLower(sp.Filename())
		// A named part is an attachment unless it says inline.
		attached := name != ""
		if d := sp.Disposition(); d != nil {
			attached = strings.EqualFold(d.Value, "attachment") || (attached && !strings.EqualFold(d.Value, "inline"))
		}
		typ := ""
		switch {
		case mt == "text/calendar" || mt == "application/ics" || strings.HasSuffix(name, ".ics"):
			typ = "text/calendar"
		case (mt == "text/plain" || mt == "text/html") && !attached:
			typ = mt
		}
		if typ != "" && len(path) > 0 {
			out = append(out, partRef{
				path: slices.Clone(path), typ: typ,
				charset:  strings.ToLower(sp.Params["charset"]),
				encoding: strings.ToLower(sp.Encoding),
				size:     int(sp.Size),
			})
		}
		return true
	})
	return out
}

// fetchParts is round two: the selected parts of each message, capped.
// Messages with the same part layout share one UID FETCH; the commands are
// pipelined.
func (w *Watcher) fetchParts(c *imapclient.Client, ms []*meta, prep func(*Fetched) any) error {
	pp := w.startPrepare(prep)
	type group struct {
		uids     []imap.UID
		sections []*imap.FetchItemBodySection
	}
	groups := map[string]*group{}
	var order []string
	byUID := make(map[imap.UID]*meta, len(ms))
	for _, m := range ms {
		if len(m.want) == 0 {
			if pp != nil {
				m.queued = true
				pp.add(m) // nothing to fetch: complete already
			}
			continue
		}
		byUID[imap.UID(m.UID)] = m
		key := layoutKey(m.want)
		g := groups[key]
		if g == nil {
			g = &group{}
			for _, p := range m.want {
				g.sections = append(g.sections, &imap.FetchItemBodySection{Part: p.path, Peek: true,
					Partial: &imap.SectionPartial{Offset: 0, Size: int64(w.opt.MaxPartBytes)}})
			}
			groups[key] = g
			order = append(order, key)
		}
		g.uids = append(g.uids, imap.UID(m.UID))
	}
	cmds := make([]*imapclient.FetchCommand, 0, len(order))
	for _, key := range order {
		g := groups[key]
		cmds = append(cmds, c.Fetch(imap.UIDSetNum(g.uids...), &imap.FetchOptions{UID: true, BodySection: g.sections}))
	}
	// Dovecot runs pipelined FETCHes concurrently and interleaves their
	// responses, and go-imap hands a literal to its command and waits for
	// it to be read: each command needs its own reader.
	errs := make([]error, len(cmds))
	var wg sync.WaitGroup
	for i, cmd := range cmds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = w.readParts(c, cmd, byUID, pp) // each meta is in one command only
		}()
	}
	wg.Wait()
	pp.wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for _, m := range ms {
		if len(m.late) > 0 {
			// RFC 3501 7.4.2 lets a server split a message's items over
			// several FETCH responses: prepare it again, whole.
			m.Parts, m.late = append(m.Parts, m.late...), nil
			if prep != nil {
				m.Prepared = prep(&m.Fetched)
			}
		}
		if m.Prepared != nil {
			m.Parts = nil // counted in gotBytes; Prepared holds what Apply needs
		}
	}
	return nil
}

// readParts streams one round-two FETCH into the metas. Items arrive
// before the UID is known only if the server sends UID last, so they are
// held per message (each is capped at MaxPartBytes).
func (w *Watcher) readParts(c *imapclient.Client, cmd *imapclient.FetchCommand, byUID map[imap.UID]*meta, pp *preparer) error {
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		var uid imap.UID
		var got []imapclient.FetchItemDataBodySection
		var bodies [][]byte
		for item := msg.Next(); item != nil; item = msg.Next() {
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = it.UID
			case imapclient.FetchItemDataBodySection:
				b, err := readLiteral(it.Literal, w.opt.MaxPartBytes)
				if err != nil {
					abandon(c, cmd)
					return fmt.Errorf("read part %v: %w", it.Section.Part, err)
				}
				got = append(got, it)
				bodies = append(bodies, b)
			}
		}
		m := byUID[uid]
		if m == nil {
			continue
		}
		for i, it := range got {
			for _, p := range m.want {
				if slices.Equal(p.path, it.Section.Part) {
					part := message.Part{Type: p.typ, Charset: p.charset, Encoding: p.encoding, Body: bodies[i]}
					if m.queued {
						m.late = append(m.late, part) // a worker may be reading m.Parts
					} else {
						m.Parts = append(m.Parts, part)
					}
					m.gotBytes += len(bodies[i])
					break
				}
			}
		}
		if pp != nil && !m.queued {
			m.queued = true
			pp.add(m) // its FETCH response is read: the message is complete
		}
	}
	return cmd.Close()
}

func layoutKey(ps []partRef) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		for j, n := range p.path {
			if j > 0 {
				b.WriteByte('.')
			}
			b.WriteString(strconv.Itoa(n))
		}
	}
	return b.String()
}

// abandon ends a FETCH whose literal could not be read. The connection is
// of no further use: go-imap resumes decoding as soon as a literal read
// fails, and draining the command (cmd.Close, msg.Next) would read that
// literal again, from the decoder's goroutine's buffer, at the same time.
// Closing the client first waits for the decoder to stop; only then is the
// command drained, so every pending command ends and nothing leaks.
func abandon(c *imapclient.Client, cmd *imapclient.FetchCommand) {
	c.Close()
	cmd.Close()
}

// readLiteral reads at most limit bytes of a literal into a buffer of the
// announced size (no growing), and discards the rest.
func readLiteral(lit imap.LiteralReader, limit int) ([]byte, error) {
	if lit == nil {
		return nil, nil
	}
	n := int(min(lit.Size(), int64(limit)))
	b := make([]byte, n)
	if _, err := io.ReadFull(lit, b); err != nil {
		return nil, err
	}
	if lit.Size() > int64(n) {
		if _, err := io.Copy(io.Discard, lit); err != nil {
			return nil, err
		}
	}
	return b, nil
}
