package imapconn

import (
	"net"
	"sync/atomic"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// writeGuard sits under the IMAP client (and under TLS) once the session
// is logged in. go-imap v2.0.0-beta.8 handles a failed write by completing
// every pending command from the writing goroutine, closing channels the
// reading goroutine may be sending on at that moment (a data race, and a
// "send on closed channel" panic at worst). A pipelined client, which
// followupd is, writes while the reader dispatches, so a server that dies
// mid-sync can hit it.
//
// Once armed, a write that fails while the client's reader still runs
// closes the socket and reports success: the reader then fails on the
// closed socket and ends every pending command itself, from its own
// goroutine. The command being written is already pending (go-imap
// registers it first), so it ends too, and the bytes lost were bound for a
// dead peer. When the reader has already ended (the client is in the
// logout state, set under the same lock that takes the pending list), the
// error goes back to go-imap, which then ends the new command itself: no
// one else would. Before login (TLS, greeting, authentication) every error
// passes through, so a failure there is explained by its own cause.
type writeGuard struct {
	net.Conn
	client atomic.Pointer[imapclient.Client]
}

func (g *writeGuard) arm(c *imapclient.Client) { g.client.Store(c) }

func (g *writeGuard) Write(b []byte) (int, error) {
	n, err := g.Conn.Write(b)
	if err == nil {
		return n, nil
	}
	if c := g.client.Load(); c != nil && c.State() != imap.ConnStateLogout {
		g.Conn.Close()
		return len(b), nil
	}
	return n, err
}
