package imapwatch

import (
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/message"
)

// Options configures a Watcher. Zero fields take the defaults noted.
type Options struct {
	// Account names the account in Sink calls and log lines.
	Account string
	// Conn says how to connect and log in.
	Conn imapconn.Options
	// Inbox is the inbox folder; "" means "INBOX".
	Inbox string
	// Sent is the sent folder; "" means discover it (special-use \Sent,
	// then imapconn.SentNames). "-" means do not watch a sent folder.
	Sent string
	// CatchUp is the period of the safety-net pass (and the longest an IDLE
	// lasts before it is refreshed); default 5 min, at most 25 min.
	CatchUp time.Duration
	// MaxPartBytes caps the bytes fetched of each text part (still
	// transfer-encoded); default message.MaxPartBytes.
	MaxPartBytes int
	// BatchSize is the number of UIDs per FETCH; default 500.
	BatchSize int
	// BatchBytes caps the announced text-part bytes handed to one
	// Sink.Apply; default 4 MiB. It bounds memory with large text parts.
	BatchBytes int
	// Log receives the watcher's log lines; default: discarded.
	Log *slog.Logger
	// Now is the clock for Status timestamps; default time.Now.
	Now func() time.Time
	// BackoffMin and BackoffMax bound the reconnect delay; defaults 1 s
	// and 5 min. Each failed attempt doubles the delay, with jitter.
	BackoffMin, BackoffMax time.Duration
	// Jitter returns a number in [0,1); default math/rand/v2.Float64.
	Jitter func() float64
	// OnIdle, if set, is called each time a folder's connection has
	// caught up and starts to IDLE (tests and benchmarks use it).
	OnIdle func(folder string)
}

const (
	defaultCatchUp    = 5 * time.Minute
	maxIdle           = 25 * time.Minute // RFC 2177: re-issue IDLE at least every 29 min
	defaultBatchSize  = 500
	defaultBatchBytes = 4 << 20
)

func (o Options) withDefaults() Options {
	if o.Inbox == "" {
		o.Inbox = "INBOX"
	}
	if o.CatchUp <= 0 {
		o.CatchUp = defaultCatchUp
	}
	if o.CatchUp > maxIdle {
		o.CatchUp = maxIdle
	}
	if o.MaxPartBytes <= 0 {
		o.MaxPartBytes = message.MaxPartBytes
	}
	if o.BatchSize <= 0 {
		o.BatchSize = defaultBatchSize
	}
	if o.BatchBytes <= 0 {
		o.BatchBytes = defaultBatchBytes
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BackoffMin <= 0 {
		o.BackoffMin = time.Second
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = 5 * time.Minute
	}
	if o.BackoffMax < o.BackoffMin {
		o.BackoffMax = o.BackoffMin
	}
	if o.Jitter == nil {
		o.Jitter = rand.Float64
	}
	return o
}

// Status is the watcher's health, for the daemon's self-monitoring.
type Status struct {
	// Connected: every watched folder has a logged-in connection.
	Connected bool
	// LastSuccess is the last time any folder finished a sync pass.
	LastSuccess time.Time
	// LastErr is the most recent error of a folder that has not recovered
	// since; nil when all are fine.
	LastErr error
	// Progress counts completed passes and applied batches; it advances
	// at least once per CatchUp interval while the watcher is healthy.
	Progress uint64
	// Messages and Bytes count what was fetched and handed to the Sink
	// (header plus text parts) since New.
	Messages, Bytes uint64
	Folders         []FolderStatus
}

// FolderStatus is the health of one watched folder.
type FolderStatus struct {
	Role        Role
	Folder      string // "" until discovered
	Connected   bool
	Idling      bool
	LastSuccess time.Time
	LastErr     error
	// Failures counts consecutive failed sessions (0 when healthy).
	Failures int
}
