package demo

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// server is go-imap's in-memory IMAP server on a loopback port, holding
// one user with INBOX, Sent and Drafts.
type server struct {
	addr     *net.TCPAddr
	user     string
	password string
	srv      *imapserver.Server
	ln       net.Listener
	done     chan struct{}
}

func startServer() (*server, error) {
	pw := make([]byte, 12)
	if _, err := rand.Read(pw); err != nil {
		return nil, err
	}
	s := &server{user: "alex", password: hex.EncodeToString(pw), done: make(chan struct{})}
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(s.user, s.password)
	for _, name := range []string{"INBOX", FolderSent, FolderDrafts} {
		if err := u.Create(name, nil); err != nil {
			return nil, fmt.Errorf("create %s: %w", name, err)
		}
	}
	mem.AddUser(u)
	s.srv = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps: imap.CapSet{
			imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}, imap.CapIdle: {},
			imap.CapUIDPlus: {}, imap.CapMove: {}, imap.CapSpecialUse: {},
		},
		// Loopback only, and followupd refuses tls: none for anything else.
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen on loopback: %w", err)
	}
	s.ln, s.addr = ln, ln.Addr().(*net.TCPAddr)
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, net.ErrClosed) {
			_ = err // the demo reports connection errors through the watcher
		}
	}()
	return s, nil
}

func (s *server) Close() error {
	err := s.srv.Close()
	<-s.done
	return err
}
