package notify

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/followupd/followupd/domain"
)

// Desktop actions, as passed to DesktopOptions.OnAction.
const (
	ActionDone     = "done"
	ActionSnooze1d = "snooze-1d"
)

const (
	notifDest  = "org.freedesktop.Notifications"
	notifPath  = dbus.ObjectPath("/org/freedesktop/Notifications")
	notifIface = "org.freedesktop.Notifications"
)

// ErrNoSessionBus is wrapped when there is no session bus to talk to (a
// server, a system service, a user not logged in).
var ErrNoSessionBus = errors.New("no D-Bus session bus")

// DesktopOptions configures the desktop channel.
type DesktopOptions struct {
	// Address is the session bus address; "" means $DBUS_SESSION_BUS_ADDRESS,
	// else $XDG_RUNTIME_DIR/bus when that socket exists. A bus is never
	// launched.
	Address string
	// AppName is the notification's application name; "" means "followupd".
	AppName string
	// OnAction is called (from the channel's signal goroutine; keep it
	// short) when the owner clicks an action: ActionDone or ActionSnooze1d.
	OnAction func(reminderID, action string)
	// ExpireTimeout in milliseconds; 0 means the notification stays until
	// dismissed (a reminder should not vanish unread), -1 the server's default.
	ExpireTimeout int32
	// Unavailable is how long to wait before trying again when there is no
	// bus or no notification server; 0 means 10 minutes.
	Unavailable time.Duration
	// Format renders subjects and times; nil means UTC.
	Format *Format
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
}

// Desktop shows each reminder as a desktop notification
// (org.freedesktop.Notifications on the session bus) with "Done" and
// "Snooze 1 day" actions. It is at-least-once. Without a session bus it
// fails with a temporary error asking for a long wait, so the outbox keeps
// the reminder for when the owner logs in and the other channels go on.
type Desktop struct {
	opt DesktopOptions

	mu     sync.Mutex
	conn   *dbus.Conn
	markup bool              // the server renders body markup
	ids    map[uint32]string // notification id -> reminder id
}

// NewDesktop returns the desktop channel; it does not connect.
func NewDesktop(opt *DesktopOptions) *Desktop {
	c := &Desktop{ids: map[uint32]string{}}
	if opt != nil {
		c.opt = *opt
	}
	if c.opt.AppName == "" {
		c.opt.AppName = "followupd"
	}
	if c.opt.Unavailable == 0 {
		c.opt.Unavailable = 10 * time.Minute
	}
	if c.opt.Clock == nil {
		c.opt.Clock = time.Now
	}
	return c
}

// Name implements Channel.
func (c *Desktop) Name() string { return "desktop" }

// busAddress finds the session bus without autolaunch.
func (c *Desktop) busAddress() (string, error) {
	if c.opt.Address != "" {
		return c.opt.Address, nil
	}
	if a := os.Getenv("DBUS_SESSION_BUS_ADDRESS"); a != "" && a != "autolaunch:" {
		return a, nil
	}
	if dir := os.Getenv("XDG_RUNTIME_DIR"); dir != "" {
		p := filepath.Join(dir, "bus")
		if fi, err := os.Stat(p); err == nil && fi.Mode()&os.ModeSocket != 0 {
			return "unix:path=" + p, nil
		}
	}
	return "", fmt.Errorf("%w: DBUS_SESSION_BUS_ADDRESS is not set", ErrNoSessionBus)
}

// connect returns the live connection, opening one if needed. Called with
// c.mu held.
func (c *Desktop) connect(ctx context.Context) (*dbus.Conn, error) {
	if c.conn != nil && c.conn.Connected() {
		return c.conn, nil
	}
	if c.conn != nil {
		c.conn.Close() // ends its signal goroutine
		c.conn = nil
	}
	addr, err := c.busAddress()
	if err != nil {
		return nil, err
	}
	conn, err := dbus.Connect(addr)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoSessionBus, err)
	}
	if err := conn.AddMatchSignalContext(ctx, dbus.WithMatchInterface(notifIface), dbus.WithMatchObjectPath(notifPath)); err != nil {
		conn.Close()
		return nil, fmt.Errorf("subscribe to notification signals: %w", err)
	}
	var caps []string
	if err := conn.Object(notifDest, notifPath).CallWithContext(ctx, notifIface+".GetCapabilities", 0).Store(&caps); err != nil {
		conn.Close()
		return nil, fmt.Errorf("no notification server on the session bus: %w", err)
	}
	c.markup = false
	for _, cp := range caps {
		if cp == "body-markup" {
			c.markup = true
		}
	}
	ch := make(chan *dbus.Signal, 16)
	conn.Signal(ch)
	// The goroutine's owner is the connection: Close closes ch and it ends.
	go c.signals(ch)
	c.conn = conn
	c.ids = map[uint32]string{}
	return conn, nil
}

// signals handles ActionInvoked and NotificationClosed for our ids.
func (c *Desktop) signals(ch <-chan *dbus.Signal) {
	for s := range ch {
		if len(s.Body) < 2 {
			continue
		}
		id, ok := s.Body[0].(uint32)
		if !ok {
			continue
		}
		switch s.Name {
		case notifIface + ".ActionInvoked":
			action, _ := s.Body[1].(string)
			c.mu.Lock()
			rid, mine := c.ids[id]
			c.mu.Unlock()
			if mine && c.opt.OnAction != nil && (action == ActionDone || action == ActionSnooze1d) {
				c.opt.OnAction(rid, action)
			}
		case notifIface + ".NotificationClosed":
			c.mu.Lock()
			delete(c.ids, id)
			c.mu.Unlock()
		}
	}
}

// Send implements Channel.
func (c *Desktop) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	v := c.opt.Format.render(r, c.opt.Clock())
	c.mu.Lock()
	defer c.mu.Unlock()
	conn, err := c.connect(ctx)
	if err != nil {
		return RetryAfter(fmt.Errorf("desktop: %w", err), c.opt.Unavailable)
	}
	body := v.Lead
	if v.Why != "" {
		body += "\n" + v.Why
	}
	body = strings.TrimSpace(body + "\n" + v.Conversation)
	if c.markup {
		// The Desktop Notifications spec's body markup is a subset of
		// HTML: a stranger's "<b>" or "&" must show as typed.
		body = desktopEscape(body)
	}
	urgency := byte(1) // normal
	if r.Late {
		urgency = 2 // critical: it is already overdue
	}
	hints := map[string]dbus.Variant{
		"urgency":  dbus.MakeVariant(urgency),
		"category": dbus.MakeVariant("followupd.reminder"),
	}
	actions := []string{ActionDone, "Done", ActionSnooze1d, "Snooze 1 day"}
	var id uint32
	call := conn.Object(notifDest, notifPath).CallWithContext(ctx, notifIface+".Notify", 0,
		c.opt.AppName, uint32(0), "appointment-soon", v.Subject, body, actions, hints, c.opt.ExpireTimeout)
	if err := call.Store(&id); err != nil {
		if !conn.Connected() {
			c.conn = nil
		}
		var de dbus.Error
		if errors.As(err, &de) && strings.HasSuffix(de.Name, ".ServiceUnknown") {
			return RetryAfter(fmt.Errorf("desktop: no notification server: %w", err), c.opt.Unavailable)
		}
		return fmt.Errorf("desktop: notify: %w", err)
	}
	c.ids[id] = r.ID
	return nil
}

var desktopReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func desktopEscape(s string) string { return desktopReplacer.Replace(s) }

// Check implements Checker: a session bus and a notification server.
func (c *Desktop) Check(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.connect(ctx); err != nil {
		return fmt.Errorf("desktop: %w", err)
	}
	return nil
}

// Close closes the bus connection, which ends the signal goroutine.
func (c *Desktop) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn == nil {
		return nil
	}
	err := c.conn.Close()
	c.conn = nil
	return err
}
