// Package imapconn dials and logs in to an IMAP account: TLS (implicit,
// STARTTLS, or none on loopback only), PLAIN/LOGIN or XOAUTH2, capability
// discovery and special-use folder lookup. It is shared by the watcher, the
// inbox and draft notifiers and `followupd check`, so that they all connect
// the same way and report failures in the same plain words.
//
// Failure model: every error is an *Error that says in plain words what is
// wrong (host, port, stage, what to change) and whether retrying soon may
// help (Retryable): a refused connection or a timeout may; a rejected
// password, an untrusted certificate or a TLS mismatch will not until the
// configuration changes, so callers retry those slowly. The password or
// token is never put in an error or a log line (errors are scrubbed of it as
// a last resort). tls: none is refused for any host but loopback. go-imap
// commands take no context: a cancelled context closes the connection.
package imapconn

import (
	"context"
	"crypto/x509"
	"time"
)

// TLSMode is how the connection is secured.
type TLSMode string

const (
	TLSImplicit TLSMode = "implicit" // TLS from the first byte (port 993)
	TLSStartTLS TLSMode = "starttls" // plain connect, then STARTTLS (port 143)
	TLSNone     TLSMode = "none"     // no TLS; refused unless the host is loopback
)

// Options says how to reach and log in to one account.
type Options struct {
	Host string
	Port int
	TLS  TLSMode
	// InsecureSkipVerify turns certificate verification off (for one
	// account whose user chose so in the config).
	InsecureSkipVerify bool
	// RootCAs replaces the system roots when not nil (tests, private CAs).
	RootCAs  *x509.CertPool
	Username string
	// Secret returns the password, or with XOAUTH2 the OAuth2 access token.
	// It is called at every login, so a token command can refresh. Its
	// result is never logged or put in an error.
	Secret  func(ctx context.Context) (string, error)
	XOAUTH2 bool
	// DialTimeout bounds connect plus TLS plus login; 0 means 30s.
	DialTimeout time.Duration
}
