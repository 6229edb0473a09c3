package imapwatch

import "github.com/emersion/go-imap/v2"

// poisonTracker finds a message whose FETCH keeps failing for reasons other
// than the connection (a response the client cannot parse): after two
// failures of batches starting in the same range, that range is fetched one
// UID at a time; a UID failing twice alone is skipped.
type poisonTracker struct {
	lo, hi   imap.UID
	fails    int
	uid      imap.UID
	uidFails int
	err      error
}

func (p *poisonTracker) careful(first imap.UID) bool {
	return p.fails >= 2 && first >= p.lo && first <= p.hi
}

func (p *poisonTracker) failed(batch []imap.UID, err error) {
	p.err = err
	if len(batch) == 1 && p.careful(batch[0]) {
		if p.uid == batch[0] {
			p.uidFails++
		} else {
			p.uid, p.uidFails = batch[0], 1
		}
		return
	}
	if p.fails > 0 && batch[0] >= p.lo && batch[0] <= p.hi {
		p.fails++
		return
	}
	p.lo, p.hi, p.fails, p.uid, p.uidFails = batch[0], batch[len(batch)-1], 1, 0, 0
}

func (p *poisonTracker) skip(uid imap.UID) bool { return p.uidFails >= 2 && p.uid == uid }

// passed records that every UID up to last is done.
func (p *poisonTracker) passed(last imap.UID) {
	if p.fails > 0 && last >= p.hi {
		*p = poisonTracker{}
	}
}
