package imapconn

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-sasl"
)

const defaultDialTimeout = 30 * time.Second

// Dial connects, secures the connection as opt.TLS says and logs in. The
// whole of it is bounded by opt.DialTimeout and by ctx. On failure the error
// is an *Error in plain words (see Retryable); the secret never appears in
// it nor in the log.
func Dial(ctx context.Context, opt Options, log *slog.Logger) (*imapclient.Client, error) {
	return DialHandler(ctx, opt, log, nil)
}

// DialHandler is Dial with a handler for unilateral server data (EXISTS,
// EXPUNGE, FETCH during IDLE); go-imap takes it only at connection time.
func DialHandler(ctx context.Context, opt Options, log *slog.Logger, h *imapclient.UnilateralDataHandler) (*imapclient.Client, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := opt.check(); err != nil {
		return nil, err
	}
	addr := net.JoinHostPort(opt.Host, strconv.Itoa(opt.Port))
	timeout := opt.DialTimeout
	if timeout <= 0 {
		timeout = defaultDialTimeout
	}
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	secret, err := opt.Secret(dctx)
	if err != nil {
		// The secret function's own error is the config's business; it
		// must not echo the secret, but scrub what we can anyway.
		return nil, newErr(KindConfig, false, fmt.Sprintf("get the secret for %s", opt.Username), scrub(err, secret))
	}
	if secret == "" {
		return nil, newErr(KindConfig, false, fmt.Sprintf("the password or token for %s is empty", opt.Username), nil)
	}

	var d net.Dialer
	raw, err := d.DialContext(dctx, "tcp", addr)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, connectErr(addr, timeout, err)
	}
	conn := &writeGuard{Conn: raw}
	// Any step below blocks on the socket: closing it is how the deadline
	// and ctx interrupt them.
	stop := context.AfterFunc(dctx, func() { conn.Close() })
	c, stage, err := open(dctx, conn, opt, h, secret)
	if err == nil && !stop() {
		err = context.DeadlineExceeded
	}
	if err != nil {
		stop()
		conn.Close()
		if c != nil {
			c.Close()
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if dctx.Err() != nil {
			return nil, timeoutErr(addr, opt.TLS, stage, timeout)
		}
		return nil, classify(addr, opt, stage, scrub(err, secret))
	}
	conn.arm(c)
	log.Debug("imap logged in", "addr", addr, "tls", string(opt.TLS), "user", opt.Username)
	return c, nil
}

func (opt *Options) check() error {
	switch {
	case opt.Host == "":
		return newErr(KindConfig, false, "no IMAP host configured", nil)
	case opt.Port <= 0 || opt.Port > 65535:
		return newErr(KindConfig, false, fmt.Sprintf("IMAP port %d is not a TCP port", opt.Port), nil)
	case opt.Username == "":
		return newErr(KindConfig, false, "no IMAP username configured", nil)
	case opt.Secret == nil:
		return newErr(KindConfig, false, fmt.Sprintf("no password or token configured for %s", opt.Username), nil)
	}
	switch opt.TLS {
	case TLSImplicit, TLSStartTLS:
	case TLSNone:
		if !IsLoopback(opt.Host) {
			return newErr(KindConfig, false, fmt.Sprintf(
				"refusing to send the password to %s without TLS: tls: none is allowed only for a loopback host", opt.Host), nil)
		}
	default:
		return newErr(KindConfig, false, fmt.Sprintf("unknown tls mode %q: want implicit, starttls or none", opt.TLS), nil)
	}
	return nil
}

// IsLoopback reports whether host is localhost, 127.0.0.0/8 or ::1.
func IsLoopback(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

func (opt *Options) tlsConfig() *tls.Config {
	return &tls.Config{
		ServerName:         opt.Host,
		RootCAs:            opt.RootCAs,
		InsecureSkipVerify: opt.InsecureSkipVerify,
		MinVersion:         tls.VersionTLS12,
		NextProtos:         []string{"imap"},
	}
}

// open runs TLS, the greeting and the login on conn. It returns the stage
// it was in, so that a failure can be explained.
func open(ctx context.Context, conn net.Conn, opt Options, h *imapclient.UnilateralDataHandler, secret string) (*imapclient.Client, string, error) {
	copt := &imapclient.Options{
		UnilateralDataHandler: h,
		WordDecoder:           &mime.WordDecoder{CharsetReader: charset.Reader},
	}
	var c *imapclient.Client
	switch opt.TLS {
	case TLSImplicit:
		tc := tls.Client(conn, opt.tlsConfig())
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, "tls", err
		}
		c = imapclient.New(tc, copt)
	case TLSStartTLS:
		copt.TLSConfig = opt.tlsConfig()
		var err error
		if c, err = imapclient.NewStartTLS(conn, copt); err != nil {
			return nil, "starttls", err
		}
	default:
		c = imapclient.New(conn, copt)
	}
	if err := c.WaitGreeting(); err != nil {
		return c, "greeting", err
	}
	if c.State() == imap.ConnStateAuthenticated {
		return c, "", nil // PREAUTH
	}
	if err := login(c, opt, secret); err != nil {
		return c, "login", err
	}
	return c, "", nil
}

func login(c *imapclient.Client, opt Options, secret string) error {
	caps := c.Caps()
	switch {
	case opt.XOAUTH2:
		return c.Authenticate(&xoauth2{user: opt.Username, token: secret})
	case caps.Has(imap.AuthCap(sasl.Plain)):
		return c.Authenticate(sasl.NewPlainClient("", opt.Username, secret))
	case caps.Has(imap.CapLoginDisabled):
		return errLoginDisabled
	default:
		return c.Login(opt.Username, secret).Wait()
	}
}

var errLoginDisabled = errors.New("server advertises LOGINDISABLED")

func connectErr(addr string, timeout time.Duration, err error) *Error {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return newErr(KindConnect, true, fmt.Sprintf("nothing accepts connections on %s (connection refused): check the host and port, or the server is down", addr), nil)
	case errors.As(err, &dns):
		return newErr(KindConnect, true, fmt.Sprintf("cannot resolve host %s", dns.Name), err)
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return newErr(KindConnect, true, fmt.Sprintf("no answer from %s within %v: check the host and port, or a firewall", addr, timeout), nil)
	}
	return newErr(KindConnect, true, fmt.Sprintf("connect to %s", addr), err)
}

func closedEarly(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		strings.Contains(err.Error(), "connection closed")
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func timeoutErr(addr string, mode TLSMode, stage string, timeout time.Duration) *Error {
	msg := fmt.Sprintf("no answer from %s within %v during %s", addr, timeout, stageWords(stage))
	if stage == "greeting" || stage == "starttls" {
		// A TLS port waits for our ClientHello while we wait for its greeting.
		msg += fmt.Sprintf(": the port may expect implicit TLS (tls: implicit, usually port 993), not tls: %s", mode)
	}
	return newErr(KindConnect, true, msg, nil)
}

func stageWords(stage string) string {
	switch stage {
	case "tls":
		return "the TLS handshake"
	case "greeting":
		return "the wait for the IMAP greeting"
	case "starttls":
		return "STARTTLS"
	case "login":
		return "login"
	}
	return "the connection"
}

// classify turns a failure after connect into plain words.
func classify(addr string, opt Options, stage string, err error) *Error {
	var (
		rh   tls.RecordHeaderError
		ua   x509.UnknownAuthorityError
		he   x509.HostnameError
		ci   x509.CertificateInvalidError
		ierr *imap.Error
	)
	switch {
	case errors.As(err, &rh):
		return newErr(KindTLS, false, fmt.Sprintf("%s did not answer with TLS: it looks like a plain-text port (use tls: starttls with port 143, or tls: implicit with port 993)", addr), nil)
	case errors.As(err, &ua):
		return newErr(KindTLS, false, fmt.Sprintf("the certificate of %s is not signed by a trusted authority (self-signed?): add its CA to the system, or turn verification off for this account", opt.Host), nil)
	case errors.As(err, &he):
		return newErr(KindTLS, false, fmt.Sprintf("the certificate of %s does not name that host: %v", opt.Host, he.Error()), nil)
	case errors.As(err, &ci):
		return newErr(KindTLS, false, fmt.Sprintf("the certificate of %s is not valid: %v", opt.Host, ci.Error()), nil)
	case errors.Is(err, errLoginDisabled):
		return newErr(KindTLS, false, fmt.Sprintf("%s refuses to log in without TLS: use tls: starttls or implicit", addr), nil)
	case stage == "login" && errors.As(err, &ierr):
		return authErr(addr, opt, ierr)
	case stage == "starttls" && errors.As(err, &ierr):
		return newErr(KindTLS, false, fmt.Sprintf("%s refused STARTTLS (%s): use tls: implicit on its TLS port", addr, ierr.Text), nil)
	case (stage == "greeting" || stage == "starttls") && closedEarly(err):
		// A TLS port drops a client that speaks plain IMAP to it.
		return newErr(KindTLS, false, fmt.Sprintf("%s closed the connection during %s: the port may expect implicit TLS (tls: implicit, usually port 993), not tls: %s",
			addr, stageWords(stage), opt.TLS), err)
	case stage == "tls" || stage == "starttls":
		return newErr(KindTLS, true, fmt.Sprintf("TLS handshake with %s", addr), err)
	case stage == "greeting":
		return newErr(KindProtocol, true, fmt.Sprintf("%s did not greet as an IMAP server: check the port and tls mode", addr), err)
	}
	return newErr(KindConnect, true, fmt.Sprintf("%s with %s", stageWords(stage), addr), err)
}

func authErr(addr string, opt Options, ierr *imap.Error) *Error {
	said := strings.TrimSpace(ierr.Text)
	switch ierr.Code {
	case imap.ResponseCodeUnavailable, imap.ResponseCodeServerBug, imap.ResponseCodeLimit:
		return newErr(KindAuth, true, fmt.Sprintf("%s cannot log %s in right now (server said: %s)", addr, opt.Username, said), nil)
	}
	what := "username or password"
	if opt.XOAUTH2 {
		what = "OAuth2 token (expired, or lacking the IMAP scope?)"
	}
	return newErr(KindAuth, false, fmt.Sprintf("%s rejected the %s for %s (server said: %s)", addr, what, opt.Username, said), nil)
}
