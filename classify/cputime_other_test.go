//go:build !unix

package classify_test

import "time"

// cpuTime is not measured here: the cpu-ratio metric reads 0.
func cpuTime() time.Duration { return 0 }
