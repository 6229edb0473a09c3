package imapwatch

import (
	"context"
	"time"

	"github.com/followupd/followupd/message"
)

// Role is what a watched folder is for.
type Role string

const (
	RoleInbox Role = "inbox"
	RoleSent  Role = "sent"
)

// FolderState is what the watcher needs to resume a folder without a full
// rescan: RFC 3501 UIDVALIDITY, the highest UID stored (every UID at or
// below it has been handed to the sink) and, with CONDSTORE, HIGHESTMODSEQ.
type FolderState struct {
	UIDValidity   uint32
	HighestUID    uint32
	HighestModSeq uint64
}

// Fetched is one message as the watcher fetched it: the header block and
// the text parts classification needs (never whole attachments).
type Fetched struct {
	UID          uint32
	InternalDate time.Time
	Size         int64
	Flags        []string
	Header       []byte
	Parts        []message.Part
	// Prepared is what the Sink's Prepare returned for this message when
	// the Sink is a Preparer; nil otherwise.
	Prepared any
}

// Sink receives what the watcher fetches. The watcher never imports the
// store: the daemon implements Sink on top of it.
type Sink interface {
	// FolderState returns the stored state of a folder (zero if never synced).
	FolderState(ctx context.Context, account, folder string) (FolderState, error)
	// Apply stores a batch of messages and the folder's new state together,
	// atomically: after a crash either both are stored or neither is.
	Apply(ctx context.Context, account, folder string, role Role, st FolderState, msgs []Fetched) error
	// ResetFolder forgets the folder's UIDs after a UIDVALIDITY change
	// (RFC 3501 2.3.1.1); the messages themselves are kept, and a rescan
	// finds them again by Message-ID instead of duplicating them.
	ResetFolder(ctx context.Context, account, folder string, uidValidity uint32) error
}
