package notify

import (
	"errors"
	"time"
)

// permanentError marks an error no retry can fix.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Permanent marks err as permanent: the delivery stops and the error is
// kept. Unmarked errors are retried.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err}
}

// IsPermanent reports whether err, or an error it wraps, was marked
// Permanent.
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// retryAfterError is a temporary error that also says how long to wait.
type retryAfterError struct {
	err   error
	after time.Duration
}

func (e *retryAfterError) Error() string { return e.err.Error() }
func (e *retryAfterError) Unwrap() error { return e.err }

// RetryAfter marks err as temporary with a minimum wait before the next
// attempt (a server's Retry-After, or a channel that is unavailable for a
// while, like the desktop without a session bus).
func RetryAfter(err error, d time.Duration) error {
	if err == nil {
		return nil
	}
	return &retryAfterError{err, d}
}

// retryAfter returns the wait err asks for, or 0.
func retryAfter(err error) time.Duration {
	var r *retryAfterError
	if errors.As(err, &r) {
		return r.after
	}
	return 0
}

// ErrSkip is returned (wrapped) by a channel that has nothing to deliver
// for this reminder, such as the draft channel for a rule with no draft
// text. The delivery is marked sent without a Message-ID.
var ErrSkip = errors.New("nothing to deliver on this channel")
