// Package imapconn dials and logs in to an IMAP account: TLS (implicit,
// STARTTLS, or none on loopback only), PLAIN/LOGIN or XOAUTH2, capability
// discovery and special-use folder lookup. It is shared by the watcher, the
// inbox and draft notifiers and `followupd check`, so that they all connect
// the same way and report failures in the same plain words.
package imapconn

import (
	"context"
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
	Username           string
	// Secret returns the password, or with XOAUTH2 the OAuth2 access token.
	// It is called at every login, so a token command can refresh. Its
	// result is never logged or put in an error.
	Secret  func(ctx context.Context) (string, error)
	XOAUTH2 bool
	// DialTimeout bounds connect plus TLS plus login; 0 means 30s.
	DialTimeout time.Duration
}
