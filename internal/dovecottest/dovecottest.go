// Package dovecottest runs a real Dovecot 2.3 for tests and benchmarks: one
// throwaway server per test, on loopback, with one passwd-file user, a
// Maildir in a temp dir, and Dovecot's own TLS (a self-signed certificate
// made in Go) on a second port for implicit TLS, plus STARTTLS on the first.
//
// Failure model: Start skips the test when Dovecot is not installed, unless
// FOLLOWUPD_REQUIRE_DOVECOT=1 (CI sets it), in which case it fails. Dovecot's
// log is written to dovecot.log in the server's directory and its tail is
// shown when the test failed. The whole process group is killed with SIGKILL
// at cleanup (and if the test binary dies, by the parent-death signal), so
// no Dovecot outlives its test.
//
// Dovecot refuses to run its login processes as root, so when the tests run
// as root the master runs as nobody:nogroup through setpriv(1) and the
// directory is chowned to it; otherwise it runs as the current user. Either
// way every Dovecot service runs as that one user.
//
// Use:
//
//	s := dovecottest.Start(t, nil)           // user s.User, password s.Password
//	s.DeliverMaildir("INBOX", raw, date)     // fast, no IMAP
//	uid := s.Append(t, "Sent", raw)          // over IMAP, returns the UID
//	opt := s.ImapOptions()                   // imapconn.Options, TLS none
//	opt = s.ImapOptionsTLS(imapconn.TLSImplicit) // or TLSStartTLS; trusts s.CACert()
//	s.Restart(t)                             // SIGKILL + start, same port and Maildir
//	msgs := s.FetchAll(t, "INBOX")           // what the server holds, whole
//
// Folders: INBOX, Sent (\Sent), Drafts (\Drafts), Trash (\Trash); hierarchy
// separator "/".
package dovecottest

import (
	"bytes"
	"crypto/rand"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// DovecotPath is the Dovecot binary used; FOLLOWUPD_DOVECOT overrides it.
var DovecotPath = "/usr/sbin/dovecot"

// Options adjusts a server. A nil *Options means defaults.
type Options struct {
	// User is the login name; default "alice".
	User string
	// Password is the user's password; default a random one per server.
	Password string
	// ExtraConfig is appended to the generated dovecot.conf (blocks must
	// span several lines).
	ExtraConfig string
}

// Server is one running (or killed) Dovecot.
type Server struct {
	Host     string // "127.0.0.1"
	Port     int    // plain IMAP, STARTTLS offered
	TLSPort  int    // implicit TLS
	User     string
	Password string

	Dir        string // everything of this server lives here
	MailDir    string // the user's Maildir root (INBOX); folders are .Name
	LogPath    string // Dovecot's log
	CACertFile string // PEM of the self-signed server certificate

	certPEM []byte
	conf    string
	runDir  string // sockets; kept short for the 108-byte sun_path limit
	ownRun  bool   // runDir is outside Dir and removed by Close
	outPath string // the master's own stdout/stderr
	own     owner

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}

	seq atomic.Uint64 // Maildir file name uniqueness
}

// Available says why Dovecot cannot be run here, or nil.
func Available() error {
	if p := os.Getenv("FOLLOWUPD_DOVECOT"); p != "" {
		DovecotPath = p
	}
	if _, err := os.Stat(DovecotPath); err != nil {
		return fmt.Errorf("dovecot not installed (%s): install Debian package dovecot-imapd", DovecotPath)
	}
	if os.Geteuid() == 0 {
		if _, err := exec.LookPath("setpriv"); err != nil {
			return errors.New("running as root needs setpriv (util-linux) to drop to nobody")
		}
	}
	return nil
}

// Start runs a fresh Dovecot for the test in t.TempDir(). It returns once
// the user can log in. Cleanup kills it and removes its state.
func Start(t testing.TB, opt *Options) *Server {
	t.Helper()
	if err := Available(); err != nil {
		if os.Getenv("FOLLOWUPD_REQUIRE_DOVECOT") == "1" {
			t.Fatalf("dovecottest: %v (FOLLOWUPD_REQUIRE_DOVECOT=1)", err)
		}
		t.Skipf("dovecottest: %v", err)
	}
	dir := t.TempDir()
	if os.Geteuid() == 0 {
		// t.TempDir's parent is private (0700); nobody must traverse it.
		if err := os.Chmod(filepath.Dir(dir), 0o711); err != nil {
			t.Fatalf("dovecottest: %v", err)
		}
	}
	s, err := StartServer(dir, opt)
	if err != nil {
		t.Fatalf("dovecottest: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("dovecot log (%s):\n%s", s.LogPath, s.LogTail(40))
		}
		s.Close()
	})
	return s
}

// StartServer runs Dovecot with its state in dir (created if needed; an
// existing Maildir there is reused, which lets a benchmark keep a large
// mailbox between runs). The caller must Close it. For use outside tests.
func StartServer(dir string, opt *Options) (*Server, error) {
	if err := Available(); err != nil {
		return nil, err
	}
	if opt == nil {
		opt = &Options{}
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	s := &Server{
		Host:       "127.0.0.1",
		User:       opt.User,
		Password:   opt.Password,
		Dir:        dir,
		MailDir:    filepath.Join(dir, "mail"),
		LogPath:    filepath.Join(dir, "dovecot.log"),
		CACertFile: filepath.Join(dir, "cert.pem"),
		conf:       filepath.Join(dir, "dovecot.conf"),
		outPath:    filepath.Join(dir, "dovecot.out"),
	}
	if s.User == "" {
		s.User = "alice"
	}
	if s.Password == "" {
		s.Password = "pw-" + randHex(12)
	}
	if s.own, err = currentOwner(); err != nil {
		return nil, err
	}
	if err := s.prepare(opt); err != nil {
		s.removeRunDir()
		return nil, err
	}
	// A free port may be taken between asking and binding: retry.
	for attempt := 0; ; attempt++ {
		if s.Port, err = freePort(); err == nil {
			s.TLSPort, err = freePort()
		}
		if err == nil {
			err = s.writeConf(opt)
		}
		if err == nil {
			err = s.launch()
		}
		if err == nil || attempt == 2 || !strings.Contains(s.LogTail(5), "in use") {
			break
		}
	}
	if err != nil {
		s.removeRunDir()
		return nil, err
	}
	return s, nil
}

func (s *Server) prepare(opt *Options) error {
	for _, d := range []string{s.Dir, s.MailDir, filepath.Join(s.Dir, "home"), filepath.Join(s.Dir, "state")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	// Sockets live in base_dir; a unix socket path has at most 107 bytes
	// and Dovecot's longest socket name has 23.
	rd := filepath.Join(s.Dir, "run")
	if len(rd) > 80 {
		base := os.TempDir()
		if len(base) > 40 {
			base = "/tmp"
		}
		var err error
		if rd, err = os.MkdirTemp(base, "dvt"); err != nil {
			return err
		}
		s.ownRun = true
	} else if err := os.MkdirAll(rd, 0o755); err != nil {
		return err
	}
	s.runDir = rd
	if err := os.Chmod(rd, 0o755); err != nil {
		return err
	}
	var err error
	if s.certPEM, err = writeCert(s.CACertFile, filepath.Join(s.Dir, "key.pem"), time.Now()); err != nil {
		return err
	}
	passwd := fmt.Sprintf("%s:{PLAIN}%s::::::\n", s.User, s.Password)
	if err := os.WriteFile(filepath.Join(s.Dir, "passwd"), []byte(passwd), 0o600); err != nil {
		return err
	}
	for _, p := range []string{s.Dir, rd} {
		if err := s.own.chownTree(p); err != nil {
			return err
		}
	}
	return checkTraversable(s.Dir, s.own)
}

func (s *Server) writeConf(opt *Options) error {
	return writeConfig(s.conf, confData{
		RunDir: s.runDir, StateDir: filepath.Join(s.Dir, "state"), LogPath: s.LogPath,
		CertPath: s.CACertFile, KeyPath: filepath.Join(s.Dir, "key.pem"),
		MailDir: s.MailDir, HomeDir: filepath.Join(s.Dir, "home"),
		PasswdPath: filepath.Join(s.Dir, "passwd"),
		User:       s.own.user, Group: s.own.group, UID: s.own.uid, GID: s.own.gid,
		Port: s.Port, TLSPort: s.TLSPort, Extra: opt.ExtraConfig,
	})
}

// CACert returns a pool holding the server's self-signed certificate.
func (s *Server) CACert() *x509.CertPool {
	p := x509.NewCertPool()
	p.AppendCertsFromPEM(s.certPEM)
	return p
}

// CACertPEM returns the server's certificate, PEM-encoded.
func (s *Server) CACertPEM() []byte { return bytes.Clone(s.certPEM) }

// Addr is "127.0.0.1:Port".
func (s *Server) Addr() string { return fmt.Sprintf("%s:%d", s.Host, s.Port) }

// TLSAddr is "127.0.0.1:TLSPort".
func (s *Server) TLSAddr() string { return fmt.Sprintf("%s:%d", s.Host, s.TLSPort) }

// LogTail returns the last n lines of Dovecot's log and master output.
func (s *Server) LogTail(n int) string {
	var out []string
	for _, p := range []string{s.outPath, s.LogPath} {
		b, _ := os.ReadFile(p)
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		if len(lines) > n {
			lines = lines[len(lines)-n:]
		}
		if len(b) > 0 {
			out = append(out, lines...)
		}
	}
	return strings.Join(out, "\n")
}

// Close kills Dovecot and removes its socket directory. The data directory
// is left to its owner (t.TempDir removes it in tests).
func (s *Server) Close() error {
	s.Kill()
	s.removeRunDir()
	return nil
}

func (s *Server) removeRunDir() {
	if s.ownRun {
		os.RemoveAll(s.runDir)
	}
}

func randHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
