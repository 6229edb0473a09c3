package dovecottest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
	"text/template"
	"time"
)

// confTemplate is a Dovecot 2.3 configuration for one user on loopback.
// Dovecot wants every block to open and close on its own lines.
//
// The master runs unprivileged (see runAs), so every service runs as that
// same user: chroots are off and the login/internal users are that user.
// auth_failure_delay is 0 and anvil's auth penalty is off (its socket mode
// 0) so that wrong-password tests do not wait 2-15 s per attempt.
var confTemplate = template.Must(template.New("conf").Parse(`# written by internal/dovecottest
protocols = imap
listen = 127.0.0.1
base_dir = {{.RunDir}}
state_dir = {{.StateDir}}
log_path = {{.LogPath}}
default_login_user = {{.User}}
default_internal_user = {{.User}}
default_internal_group = {{.Group}}
ssl = yes
ssl_cert = <{{.CertPath}}
ssl_key = <{{.KeyPath}}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{{.MailDir}}
mail_fsync = never
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {{.PasswdPath}}
}
userdb {
  driver = static
  args = uid={{.UID}} gid={{.GID}} home={{.HomeDir}}
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
}
protocol imap {
  mail_plugins =
  imap_idle_notify_interval = 2 mins
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = {{.Port}}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = {{.TLSPort}}
    ssl = yes
  }
}
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
{{.Extra}}
`))

type confData struct {
	RunDir, StateDir, LogPath, CertPath, KeyPath, MailDir, HomeDir, PasswdPath string
	User, Group                                                                string
	UID, GID                                                                   int
	Port, TLSPort                                                              int
	Extra                                                                      string
}

func writeConfig(path string, d confData) error {
	var b strings.Builder
	if err := confTemplate.Execute(&b, d); err != nil {
		return fmt.Errorf("render dovecot config: %w", err)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeCert writes a fresh self-signed P-256 certificate for 127.0.0.1,
// ::1 and localhost, and returns it PEM-encoded.
func writeCert(certPath, keyPath string, now time.Time) ([]byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return nil, fmt.Errorf("generate serial: %w", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "dovecottest", Organization: []string{"followupd tests"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(30 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, fmt.Errorf("create certificate: %w", err)
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("marshal key: %w", err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder})
	if err := os.WriteFile(certPath, certPEM, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(keyPath, keyPEM, 0o600); err != nil {
		return nil, err
	}
	return certPEM, nil
}

// freePort asks the kernel for a free loopback TCP port. Another process may
// take it before Dovecot binds it; Start retries in that case.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// ClosedPort returns a loopback port that refuses connections for the rest
// of the test: a socket is bound to it but never listens, so no other
// process can start listening there meanwhile (a killed server's port can
// be taken by a parallel test).
func ClosedPort(t testing.TB) int {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatalf("dovecottest: socket: %v", err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatalf("dovecottest: bind: %v", err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatalf("dovecottest: getsockname: %v", err)
	}
	return sa.(*syscall.SockaddrInet4).Port
}
