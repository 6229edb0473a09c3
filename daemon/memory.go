package daemon

import (
	"os"
	"runtime/debug"
)

// MemoryLimit is the soft limit on the Go heap that `followupd run` sets
// (unless GOMEMLIMIT says otherwise): the garbage collector works harder as
// the heap nears it, which keeps the whole process, SQLite's page cache
// included, under the 64 MB budget while a large mailbox syncs.
const MemoryLimit = 32 << 20

// ApplyMemoryLimit sets MemoryLimit unless the environment sets GOMEMLIMIT.
func ApplyMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
