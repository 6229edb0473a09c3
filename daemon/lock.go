package daemon

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockStore takes an exclusive advisory lock beside the state file, so
// that one daemon at a time owns it: two would deliver each reminder twice
// to the channels that cannot look a delivery up. The lock goes with the
// process, so a crash never leaves it behind.
func lockStore(path string) (release func(), err error) {
	f, err := os.OpenFile(path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock state file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("another followupd is running on %s (its lock is %s.lock)", path, path)
		}
		return nil, fmt.Errorf("lock state file: %w", err)
	}
	return func() { f.Close() }, nil
}
