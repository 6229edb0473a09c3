package imapconn

import (
	"errors"
	"strings"
)

// Kind says what went wrong, so the caller can decide how soon to retry.
type Kind string

const (
	KindConfig   Kind = "config"   // the options are unusable (no host, tls none to a remote host)
	KindConnect  Kind = "connect"  // no TCP connection (refused, unreachable, DNS, timeout)
	KindTLS      Kind = "tls"      // TLS mismatch or an untrusted certificate
	KindAuth     Kind = "auth"     // the server refused the credentials
	KindProtocol Kind = "protocol" // the server said something unexpected
	KindFolder   Kind = "folder"   // a folder could not be found or selected
)

// Error is a failure in plain words. It never holds the password or token.
type Error struct {
	Kind Kind
	// Retryable is true when trying again soon may help (a network blip,
	// a restarting server). False means nothing changes until the
	// configuration or the server does: a caller still retries, slowly.
	Retryable bool
	// Msg is the plain-words explanation, with host and port.
	Msg string
	err error
}

func (e *Error) Error() string {
	if e.err == nil {
		return e.Msg
	}
	return e.Msg + ": " + e.err.Error()
}

func (e *Error) Unwrap() error { return e.err }

// Retryable reports whether err is worth retrying soon. Errors not from
// this package are assumed to be (unknown means retry).
func Retryable(err error) bool {
	var e *Error
	if errors.As(err, &e) {
		return e.Retryable
	}
	return err != nil
}

// KindOf returns the Kind of err, or "" when it is not an *Error.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// redacted is an error whose text had the secret removed. It keeps the
// original for errors.Is/As only when the text was already clean.
type redacted struct {
	msg  string
	orig error
}

func (r redacted) Error() string { return r.msg }
func (r redacted) Unwrap() error { return r.orig }

// scrub returns err with every occurrence of secret removed from its text.
func scrub(err error, secret string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if secret == "" || !strings.Contains(msg, secret) {
		return err
	}
	return redacted{msg: strings.ReplaceAll(msg, secret, "[redacted]")}
}

func newErr(kind Kind, retry bool, msg string, err error) *Error {
	return &Error{Kind: kind, Retryable: retry, Msg: msg, err: err}
}
