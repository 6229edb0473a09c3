package notify

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/followupd/followupd/domain"
)

// SMTP security modes.
const (
	SMTPStartTLS = "starttls" // submission, port 587 (RFC 6409, RFC 3207)
	SMTPImplicit = "implicit" // submissions, port 465 (RFC 8314)
	SMTPNone     = "none"     // no TLS: refused unless the host is loopback
)

// EmailOptions configures the email channel.
type EmailOptions struct {
	Host string
	Port int // 0: 587 for starttls, 465 for implicit
	// TLS is SMTPStartTLS (default), SMTPImplicit or SMTPNone.
	TLS string
	// RootCAs replaces the system roots when not nil (tests, private CAs).
	RootCAs *x509.CertPool
	// InsecureSkipVerify turns certificate verification off.
	InsecureSkipVerify bool
	// Username, when set, logs in with Auth ("plain", "login" or
	// "xoauth2"; "" picks PLAIN, else LOGIN, from what the server offers).
	Username string
	Auth     string
	// Secret returns the password or OAuth2 token; it is called per send
	// and never logged or put in an error.
	Secret func(ctx context.Context) (string, error)
	// From is the sender; To is the owner. To defaults to From.
	From, To domain.Address
	// Mailbox, when set, is searched (INBOX, then Sent) for a message that
	// may have gone out before a crash; without it a retry after a crash
	// may send a second copy.
	Mailbox Mailbox
	// Format renders subjects and times; nil means UTC.
	Format *Format
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
	// Timeout bounds one send (connect to QUIT); 0 means 60s.
	Timeout time.Duration
	// LocalName is the EHLO name; "" means "localhost".
	LocalName string
}

// Email sends each reminder to the owner by SMTP submission.
type Email struct{ opt EmailOptions }

// NewEmail returns the email channel; it does not connect.
func NewEmail(opt *EmailOptions) *Email {
	c := &Email{}
	if opt != nil {
		c.opt = *opt
	}
	o := &c.opt
	if o.TLS == "" {
		o.TLS = SMTPStartTLS
	}
	if o.Port == 0 {
		o.Port = 587
		if o.TLS == SMTPImplicit {
			o.Port = 465
		}
	}
	if o.To.Addr == "" {
		o.To = o.From
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Timeout == 0 {
		o.Timeout = 60 * time.Second
	}
	if o.LocalName == "" {
		o.LocalName = "localhost"
	}
	return c
}

// Name implements Channel.
func (c *Email) Name() string { return "email" }

// MessageID implements MailChannel.
func (c *Email) MessageID(d Delivery) string { return MessageID(d.ReminderID, d.Fire, "email", "") }

// Send implements Channel.
func (c *Email) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	msg, err := buildReminder(c.opt.Format, r, c.opt.From, c.opt.To, c.MessageID(withID(r, d)), c.opt.Clock())
	if err != nil {
		return fmt.Errorf("email: %w", err)
	}
	if err := c.submit(ctx, msg); err != nil {
		return fmt.Errorf("email: %w", err)
	}
	return nil
}

// Delivered implements MailChannel: the owner's INBOX (the message went to
// the owner) or Sent (servers that file a copy) holds the Message-ID.
func (c *Email) Delivered(ctx context.Context, messageID string) (bool, error) {
	if c.opt.Mailbox == nil {
		return false, nil
	}
	for _, f := range []FolderRole{FolderInbox, FolderSent} {
		ok, err := c.opt.Mailbox.Contains(ctx, f, messageID)
		if err != nil && !errors.Is(err, errFolderMissing) {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	return false, nil
}

// Check implements Checker: connect, TLS, log in, QUIT.
func (c *Email) Check(ctx context.Context) error {
	return c.session(ctx, func(*smtp.Client) error { return nil })
}

func (c *Email) submit(ctx context.Context, msg []byte) error {
	return c.session(ctx, func(cl *smtp.Client) error {
		if err := cl.Mail(c.opt.From.Addr, nil); err != nil {
			return classifySMTP("mail from", err)
		}
		if err := cl.Rcpt(c.opt.To.Addr, nil); err != nil {
			return classifySMTP("rcpt to", err)
		}
		w, err := cl.Data()
		if err != nil {
			return classifySMTP("data", err)
		}
		if _, err := w.Write(msg); err != nil {
			return classifySMTP("data", err)
		}
		if err := w.Close(); err != nil {
			return classifySMTP("data", err)
		}
		return nil
	})
}

// session connects, secures, logs in and runs fn, then QUITs. ctx (and
// Timeout) bound it all: the connection is closed when either ends.
func (c *Email) session(ctx context.Context, fn func(*smtp.Client) error) error {
	o := &c.opt
	if o.Host == "" {
		return Permanent(errors.New("no SMTP host configured"))
	}
	if o.TLS == SMTPNone && !isLoopback(o.Host) {
		return Permanent(fmt.Errorf("smtp without TLS is refused for %s (only loopback)", o.Host))
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	addr := net.JoinHostPort(o.Host, strconv.Itoa(o.Port))
	var dialer net.Dialer
	conn, err := dialer.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("connect %s: %w", addr, err)
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	tlsConf := &tls.Config{ServerName: o.Host, RootCAs: o.RootCAs, InsecureSkipVerify: o.InsecureSkipVerify, MinVersion: tls.VersionTLS12}
	var cl *smtp.Client
	switch o.TLS {
	case SMTPImplicit:
		tc := tls.Client(conn, tlsConf)
		if err := tc.HandshakeContext(ctx); err != nil {
			conn.Close()
			return classifyTLS(addr, err)
		}
		cl = smtp.NewClient(tc)
	case SMTPNone:
		cl = smtp.NewClient(conn)
	default:
		cl, err = smtp.NewClientStartTLS(conn, tlsConf)
		if err != nil {
			conn.Close()
			return classifyTLS(addr, err)
		}
	}
	defer cl.Close()
	if err := cl.Hello(o.LocalName); err != nil {
		return classifySMTP("ehlo", err)
	}
	if o.Username != "" {
		if err := c.auth(ctx, cl); err != nil {
			return err
		}
	}
	if err := fn(cl); err != nil {
		return err
	}
	// The message is accepted once DATA is answered; a failed QUIT does
	// not undo that.
	_ = cl.Quit()
	return nil
}

func (c *Email) auth(ctx context.Context, cl *smtp.Client) error {
	o := &c.opt
	if o.Secret == nil {
		return Permanent(errors.New("smtp login: no password configured"))
	}
	secret, err := o.Secret(ctx)
	if err != nil {
		return fmt.Errorf("smtp login: read secret: %w", err)
	}
	mech := strings.ToLower(o.Auth)
	if mech == "" {
		mech = "login"
		if cl.SupportsAuth("PLAIN") {
			mech = "plain"
		}
	}
	var sc sasl.Client
	switch mech {
	case "plain":
		sc = sasl.NewPlainClient("", o.Username, secret)
	case "login":
		sc = &loginClient{user: o.Username, pass: secret}
	case "xoauth2":
		sc = &xoauth2{user: o.Username, token: secret}
	default:
		return Permanent(fmt.Errorf("smtp login: unknown mechanism %q", o.Auth))
	}
	if err := cl.Auth(sc); err != nil {
		// A refused login is the owner's to fix (a new app password, a
		// token); retry slowly rather than give the reminder up.
		var se *smtp.SMTPError
		if errors.As(err, &se) {
			return RetryAfter(fmt.Errorf("smtp login as %s: refused (%d %s)", o.Username, se.Code, oneLine(se.Message)), 15*time.Minute)
		}
		return fmt.Errorf("smtp login as %s: %w", o.Username, scrub(err, secret))
	}
	return nil
}

// classifySMTP: 5xx is permanent (RFC 5321 4.2.1), the rest is retried.
func classifySMTP(stage string, err error) error {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		e := fmt.Errorf("%s: %d %s", stage, se.Code, oneLine(se.Message))
		if se.Code >= 500 && se.Code < 600 {
			return Permanent(e)
		}
		return e
	}
	if isCertError(err) {
		// STARTTLS shakes hands on the first command after it.
		return RetryAfter(fmt.Errorf("%s: %w", stage, err), 15*time.Minute)
	}
	return fmt.Errorf("%s: %w", stage, err)
}

func isCertError(err error) bool {
	var ce *tls.CertificateVerificationError
	var ue x509.UnknownAuthorityError
	var he x509.HostnameError
	var ie x509.CertificateInvalidError
	return errors.As(err, &ce) || errors.As(err, &ue) || errors.As(err, &he) || errors.As(err, &ie)
}

// classifyTLS: a certificate that does not verify is a configuration
// problem; retry slowly instead of giving up on the reminder.
func classifyTLS(addr string, err error) error {
	if isCertError(err) {
		return RetryAfter(fmt.Errorf("tls with %s: %w", addr, err), 15*time.Minute)
	}
	return fmt.Errorf("tls with %s: %w", addr, err)
}

func scrub(err error, secret string) error {
	if secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), secret, "[secret]"))
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
