// Package smtptest runs a real SMTP submission server (go-smtp) in-process
// on 127.0.0.1 for tests: STARTTLS or implicit TLS with a certificate made
// at start, AUTH PLAIN, LOGIN and XOAUTH2 against one user, and a record of
// every message whose DATA completed. Hooks let a test refuse a stage with
// an SMTP code or pass each accepted message on (to a Dovecot INBOX, as a
// real mail system would).
//
// A message counts as received only when its final "." was read and the
// hooks accepted it; a client that dies mid-DATA leaves no message.
package smtptest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// TLS modes.
const (
	StartTLS = "starttls"
	Implicit = "implicit"
	None     = "none"
)

// Options adjusts a server; nil means STARTTLS, user "alice", password "secret".
type Options struct {
	TLS      string
	User     string
	Password string // also the XOAUTH2 token
	// Fail, when set, may refuse a stage ("auth", "mail", "rcpt", "data")
	// by returning an error (use *smtp.SMTPError for a code).
	Fail func(stage string) error
	// Deliver, when set, receives each message before it is accepted; an
	// error refuses it.
	Deliver func(msg []byte) error
	// Now is the certificate's clock; nil means time.Now.
	Now func() time.Time
}

// Message is one accepted message.
type Message struct {
	From string
	To   []string
	Data []byte
	Auth string // the mechanism used
}

// Server is a running server.
type Server struct {
	Host    string
	Port    int
	RootCAs *x509.CertPool // trusts the server's certificate
	CertPEM []byte         // the certificate, for clients in other processes

	opt Options
	srv *smtp.Server
	ln  net.Listener

	mu   sync.Mutex
	msgs []Message
}

// Start runs a server until the test ends.
func Start(t testing.TB, opt *Options) *Server {
	t.Helper()
	s, err := StartServer(opt)
	if err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// StartServer runs a server; the caller closes it.
func StartServer(opt *Options) (*Server, error) {
	s := &Server{}
	if opt != nil {
		s.opt = *opt
	}
	if s.opt.TLS == "" {
		s.opt.TLS = StartTLS
	}
	if s.opt.User == "" {
		s.opt.User = "alice"
	}
	if s.opt.Password == "" {
		s.opt.Password = "secret"
	}
	if s.opt.Now == nil {
		s.opt.Now = time.Now
	}
	cert, pool, err := selfSigned(s.opt.Now())
	if err != nil {
		return nil, err
	}
	s.RootCAs = pool
	s.CertPEM = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	tlsConf := &tls.Config{Certificates: []tls.Certificate{cert}}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &session{s: s}, nil }))
	srv.Domain = "localhost"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.ReadTimeout = 30 * time.Second
	srv.WriteTimeout = 30 * time.Second
	srv.MaxMessageBytes = 10 << 20
	switch s.opt.TLS {
	case Implicit:
		ln = tls.NewListener(ln, tlsConf)
	case StartTLS:
		srv.TLSConfig = tlsConf
	case None:
		srv.AllowInsecureAuth = true
	}
	s.srv, s.ln = srv, ln
	addr := ln.Addr().(*net.TCPAddr)
	s.Host, s.Port = "127.0.0.1", addr.Port
	go srv.Serve(ln) // ends when Close closes the listener
	return s, nil
}

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }

// Messages returns the messages accepted so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

type session struct {
	s    *Server
	auth string
	from string
	to   []string
}

func (ss *session) fail(stage string) error {
	if ss.s.opt.Fail != nil {
		return ss.s.opt.Fail(stage)
	}
	return nil
}

func (ss *session) AuthMechanisms() []string { return []string{"PLAIN", "LOGIN", "XOAUTH2"} }

func (ss *session) Auth(mech string) (sasl.Server, error) {
	check := func(user, pass string) error {
		if err := ss.fail("auth"); err != nil {
			return err
		}
		if user != ss.s.opt.User || pass != ss.s.opt.Password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
		}
		ss.auth = mech
		return nil
	}
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(_, user, pass string) error { return check(user, pass) }), nil
	case "LOGIN":
		return &loginServer{check: check}, nil
	case "XOAUTH2":
		return &xoauth2Server{check: check}, nil
	}
	return nil, smtp.ErrAuthUnsupported
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.auth == "" {
		return smtp.ErrAuthRequired
	}
	if err := ss.fail("mail"); err != nil {
		return err
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := ss.fail("rcpt"); err != nil {
		return err
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err // the client went away mid-DATA: nothing was received
	}
	if err := ss.fail("data"); err != nil {
		return err
	}
	if ss.s.opt.Deliver != nil {
		if err := ss.s.opt.Deliver(b); err != nil {
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "delivery failed"}
		}
	}
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, Message{From: ss.from, To: append([]string(nil), ss.to...), Data: b, Auth: ss.auth})
	ss.s.mu.Unlock()
	return nil
}

func (ss *session) Reset()        { ss.from, ss.to = "", nil }
func (ss *session) Logout() error { return nil }

// loginServer is SASL LOGIN (draft-murchison-sasl-login), which go-sasl
// ships only as a client.
type loginServer struct {
	check func(user, pass string) error
	user  string
	state int
}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch l.state {
	case 0:
		l.state = 1
		if resp == nil {
			return []byte("Username:"), false, nil
		}
		l.user = string(resp)
		l.state = 2
		return []byte("Password:"), false, nil
	case 1:
		l.user = string(resp)
		l.state = 2
		return []byte("Password:"), false, nil
	default:
		return nil, true, l.check(l.user, string(resp))
	}
}

type xoauth2Server struct{ check func(user, pass string) error }

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, f := range bytes.Split(resp, []byte{1}) {
		if v, ok := bytes.CutPrefix(f, []byte("user=")); ok {
			user = string(v)
		}
		if v, ok := bytes.CutPrefix(f, []byte("auth=Bearer ")); ok {
			token = string(v)
		}
	}
	if user == "" || token == "" {
		return nil, true, errors.New("malformed XOAUTH2 response")
	}
	return nil, true, x.check(user, token)
}

// CertFiles writes a fresh self-signed certificate for 127.0.0.1 and
// localhost and its key as PEM files in dir, for servers run as separate
// programs, and returns a pool that trusts it.
func CertFiles(dir string, now time.Time) (certFile, keyFile string, pool *x509.CertPool, err error) {
	cert, pool, err := selfSigned(now)
	if err != nil {
		return "", "", nil, err
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(cert.PrivateKey)
	if err != nil {
		return "", "", nil, err
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]}), 0o644); err != nil {
		return "", "", nil, err
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		return "", "", nil, err
	}
	return certFile, keyFile, pool, nil
}

// selfSigned makes a certificate for 127.0.0.1 and localhost.
func selfSigned(now time.Time) (tls.Certificate, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(now.UnixNano()),
		Subject:               pkix.Name{CommonName: "smtptest"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool, nil
}
