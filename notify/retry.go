package notify

import (
	"time"
)

// Backoff is the wait before a failed delivery is tried again: it doubles
// from Min with each attempt up to Max, and each wait is jittered down by
// up to half, so that many reminders failing together (a dead server) do
// not come back as one burst.
type Backoff struct {
	Min time.Duration // 0 means 30s
	Max time.Duration // 0 means 1h
}

func (b Backoff) withDefaults() Backoff {
	if b.Min <= 0 {
		b.Min = 30 * time.Second
	}
	if b.Max <= 0 {
		b.Max = time.Hour
	}
	if b.Max < b.Min {
		b.Max = b.Min
	}
	return b
}

// Delay is the wait after the attempt-th attempt failed (attempt >= 1).
// rnd is a random number in [0, 1).
func (b Backoff) Delay(attempt int, rnd float64) time.Duration {
	b = b.withDefaults()
	d := b.Min
	for i := 1; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	if d > b.Max {
		d = b.Max
	}
	if rnd < 0 || rnd >= 1 {
		rnd = 0
	}
	// Jitter down, never up: Max stays a real cap.
	return d - time.Duration(float64(d/2)*rnd)
}

// nextAttempt is when a delivery that failed with err on its attempt-th
// try is due again: the backoff, or longer if the error asks for it.
func (b Backoff) nextAttempt(now time.Time, attempt int, err error, rnd float64) time.Time {
	d := b.Delay(attempt, rnd)
	if ra := retryAfter(err); ra > d {
		d = ra
	}
	return now.Add(d)
}
