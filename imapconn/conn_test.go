package imapconn

import (
	"errors"
	"net"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// deafConn reads from the peer but every write fails, as a socket does
// once the server is gone but before the reader has noticed.
type deafConn struct{ net.Conn }

var errDeaf = errors.New("broken pipe (test)")

func (deafConn) Write([]byte) (int, error) { return 0, errDeaf }

func TestWriteGuard(t *testing.T) {
	a, b := net.Pipe()
	t.Cleanup(func() { b.Close() })
	go b.Write([]byte("* PREAUTH ready\r\n"))
	g := &writeGuard{Conn: deafConn{a}}

	// Before login a failed write is reported as it is.
	if _, err := g.Write([]byte("x")); !errors.Is(err, errDeaf) {
		t.Fatalf("unarmed write: err = %v, want the socket's own error", err)
	}

	c := imapclient.New(g, nil)
	if err := c.WaitGreeting(); err != nil {
		t.Fatal(err)
	}
	g.arm(c)

	// The reader is alive: the write is swallowed, the socket closed, and
	// the reader ends the command with an error.
	if err := c.Noop().Wait(); err == nil {
		t.Fatal("NOOP on a socket that cannot write succeeded")
	}
	<-c.Closed()
	if s := c.State(); s != imap.ConnStateLogout {
		t.Fatalf("state after the failed write = %v, want logout", s)
	}

	// The reader is gone: go-imap must see the error, or nobody would end
	// the command and Wait would block for ever.
	if err := c.Noop().Wait(); err == nil {
		t.Fatal("NOOP after the reader ended succeeded")
	}
}
