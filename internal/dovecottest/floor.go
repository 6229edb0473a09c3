package dovecottest

import (
	"fmt"
	"io"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// FloorFetch is the benchmark floor of ../../shared/spec/benchmarks.md: a
// bare go-imap client streaming
//
//	UID FETCH from:* (UID FLAGS ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER] BODY.PEEK[1]<0.16384>)
//
// over folder, reading and discarding every item. It returns the messages
// and literal bytes seen. from 0 means 1.
func FloorFetch(c *imapclient.Client, folder string, from imap.UID) (msgs int, bytes int64, err error) {
	if _, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return 0, 0, fmt.Errorf("select %s: %w", folder, err)
	}
	defer func() { c.Unselect().Wait() }()
	from = max(from, 1)
	cmd := c.Fetch(imap.UIDSet{{Start: from, Stop: 0}}, &imap.FetchOptions{
		UID: true, Flags: true, Envelope: true, BodyStructure: &imap.FetchItemBodyStructure{Extended: true},
		BodySection: []*imap.FetchItemBodySection{
			{Specifier: imap.PartSpecifierHeader, Peek: true},
			{Part: []int{1}, Peek: true, Partial: &imap.SectionPartial{Offset: 0, Size: 16384}},
		},
	})
	for m := cmd.Next(); m != nil; m = cmd.Next() {
		for it := m.Next(); it != nil; it = m.Next() {
			if bs, ok := it.(imapclient.FetchItemDataBodySection); ok && bs.Literal != nil {
				n, _ := io.Copy(io.Discard, bs.Literal)
				bytes += n
			}
		}
		msgs++
	}
	return msgs, bytes, cmd.Close()
}
