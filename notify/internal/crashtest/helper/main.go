// Command helper is the process the crash test kills: it opens a real
// store and delivers its outbox through the email (SMTP), inbox and draft
// (IMAP) channels with the real Dispatcher, exactly as the daemon does,
// until it is killed or, with -exit-when-done, until nothing is pending.
package main

import (
	"context"
	"crypto/x509"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/notify"
	"github.com/followupd/followupd/store"
)

func main() { os.Exit(run()) }

func run() int {
	var (
		dbPath   = flag.String("db", "", "state file")
		smtpAddr = flag.String("smtp", "", "SMTP host:port (STARTTLS)")
		smtpCA   = flag.String("smtp-ca", "", "PEM file the SMTP certificate verifies against")
		imapAddr = flag.String("imap", "", "IMAP host:port (plain, loopback)")
		user     = flag.String("user", "", "IMAP and SMTP user")
		ownerStr = flag.String("owner", "", "owner's address")
		done     = flag.Bool("exit-when-done", false, "exit 0 once no delivery is pending")
	)
	flag.Parse()
	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	password := os.Getenv("CRASHTEST_PASSWORD")
	ctx := context.Background()

	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		log.Error("open store", "err", err)
		return 1
	}
	defer st.Close()

	pem, err := os.ReadFile(*smtpCA)
	if err != nil {
		log.Error("read CA", "err", err)
		return 1
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	host, port := splitAddr(*smtpAddr)
	ihost, iport := splitAddr(*imapAddr)
	secret := func(context.Context) (string, error) { return password, nil }
	owner := domain.Address{Name: "Sam Owner", Addr: *ownerStr}

	mb := notify.NewIMAPMailbox(&notify.IMAPMailboxOptions{
		Account: imapconn.Options{Host: ihost, Port: iport, TLS: imapconn.TLSNone, Username: *user, Secret: secret, DialTimeout: 5 * time.Second},
		Log:     log,
	})
	defer mb.Close()
	chans := []notify.Channel{
		notify.NewEmail(&notify.EmailOptions{Host: host, Port: port, TLS: notify.SMTPStartTLS, RootCAs: pool,
			Username: *user, Secret: secret, From: owner, Mailbox: mb, Timeout: 5 * time.Second}),
		notify.NewInbox(&notify.InboxOptions{Mailbox: mb, Owner: owner}),
		notify.NewDraft(&notify.DraftOptions{Mailbox: mb, Owner: owner}),
	}
	d := notify.New(&notify.Options{
		Store: st, Channels: chans, Log: log,
		// A short lease so that a killed run's claims come back within
		// the test; it still exceeds SendTimeout, as it must.
		SendTimeout: 3 * time.Second, Lease: 6 * time.Second,
		Backoff: notify.Backoff{Min: 100 * time.Millisecond, Max: time.Second},
		Poll:    100 * time.Millisecond, Batch: 5,
	})
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- d.Run(runCtx) }()

	if *done {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for range t.C {
			pending, err := st.ListDeliveries(ctx, store.DeliveryFilter{Status: store.DeliveryPending, Limit: 1})
			if err != nil {
				log.Error("list pending", "err", err)
				return 1
			}
			if len(pending) == 0 {
				break
			}
		}
		stop()
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := d.Drain(dctx); err != nil {
			log.Error("drain", "err", err)
		}
		<-errc
		fmt.Println("DONE")
		return 0
	}
	return func() int { <-errc; return 0 }()
}

func splitAddr(a string) (string, int) {
	h, p, err := net.SplitHostPort(a)
	if err != nil {
		return a, 0
	}
	n, _ := strconv.Atoi(p)
	return h, n
}
