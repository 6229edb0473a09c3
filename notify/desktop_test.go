package notify

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/store"
)

// needBinaries skips the test when a program is missing, unless
// FOLLOWUPD_REQUIRE_DBUS=1 (CI), where it fails.
func needBinaries(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			msg := fmt.Sprintf("%s not installed (Debian packages: dbus, dunst, xvfb)", n)
			if os.Getenv("FOLLOWUPD_REQUIRE_DBUS") == "1" {
				t.Fatal(msg + " and FOLLOWUPD_REQUIRE_DBUS=1")
			}
			t.Skip(msg)
		}
	}
}

// start runs a helper program until the test ends; it dies with the test
// binary too.
func start(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", cmd.Path, err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
}

// startBus runs a private session bus (dbus-daemon) and returns its
// address. The config allows no service activation, so only the
// notification server the test starts can answer.
func startBus(t *testing.T) string {
	t.Helper()
	needBinaries(t, "dbus-daemon")
	dir := t.TempDir()
	conf := filepath.Join(dir, "bus.conf")
	err := os.WriteFile(conf, []byte(`<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=`+filepath.Join(dir, "bus")+`</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dbus-daemon", "--config-file="+conf, "--nofork", "--print-address")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	start(t, cmd)
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon printed no address: %v", err)
	}
	return strings.TrimSpace(addr)
}

// syncBuffer is a bytes.Buffer safe for a writer goroutine and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// dunstEnv is a real notification server: dunst -print on a virtual X
// display (Xvfb), its context menu answered by a script instead of dmenu.
type dunstEnv struct {
	env  []string
	out  *syncBuffer
	pick string // the script dunst runs as dmenu
}

func startDunst(t *testing.T, bus string) *dunstEnv {
	t.Helper()
	needBinaries(t, "Xvfb", "dunst", "dunstctl")
	dir := t.TempDir()
	// Xvfb picks a free display and writes its number to fd 3.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	start(t, x)
	w.Close()
	display, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	e := &dunstEnv{out: &syncBuffer{}, pick: filepath.Join(dir, "pick.sh")}
	e.env = append(os.Environ(), "DISPLAY=:"+strings.TrimSpace(display), "DBUS_SESSION_BUS_ADDRESS="+bus)
	e.choose(t, "Done")
	rc := filepath.Join(dir, "dunstrc")
	if err := os.WriteFile(rc, []byte("[global]\n    dmenu = "+e.pick+"\n    markup = full\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := exec.Command("dunst", "-print", "-conf", rc)
	d.Env, d.Stdout = e.env, e.out
	start(t, d)
	waitFor(t, "dunst to own org.freedesktop.Notifications", func() bool {
		conn, err := dbus.Connect(bus)
		if err != nil {
			return false
		}
		defer conn.Close()
		var has bool
		err = conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, notifDest).Store(&has)
		return err == nil && has
	})
	return e
}

// choose makes dunst's context menu pick the action whose label has want.
func (e *dunstEnv) choose(t *testing.T, want string) {
	t.Helper()
	script := "#!/bin/sh\ngrep -m1 -F '" + want + "'\n"
	if err := os.WriteFile(e.pick, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
}

// action clicks the newest notification's context menu, as a user would.
func (e *dunstEnv) action(t *testing.T) {
	t.Helper()
	cmd := exec.Command("dunstctl", "action")
	cmd.Env = e.env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dunstctl action: %v: %s", err, out)
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// printed returns the block dunst -print wrote for the notification with
// this summary.
func (e *dunstEnv) printed(t *testing.T, summary string) string {
	t.Helper()
	var block string
	waitFor(t, "dunst to print "+summary, func() bool {
		for _, b := range strings.Split(e.out.String(), "\n}") {
			if strings.Contains(b, "summary: '"+summary+"'") {
				block = b
				return true
			}
		}
		return false
	})
	return block
}

func TestDesktopOnDunst(t *testing.T) {
	bus := startBus(t)
	actions := make(chan [2]string, 4)
	c := NewDesktop(&DesktopOptions{Address: bus, Format: testFmt, Clock: clock,
		OnAction: func(id, action string) { actions <- [2]string{id, action} }})
	defer c.Close()

	// A bus with no notification server yet: unavailable, retry later.
	err := c.Send(context.Background(), dana(), Delivery{})
	if err == nil || IsPermanent(err) || retryAfter(err) < time.Minute {
		t.Fatalf("no notification server: err = %v, want temporary with a long wait", err)
	}

	d := startDunst(t, bus)
	r := dana()
	r.Contact.Name = "Dana & Co <b>"
	r.Body = "Meet <i>now</i> & then"
	r.Why = ""
	if err := c.Send(context.Background(), r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	block := d.printed(t, "Confirm tomorrow 15:00 with Dana & Co <b>")
	for _, want := range []string{
		"body: 'Meet &lt;i&gt;now&lt;/i&gt; &amp; then\n“Coffee next week?” with Dana &amp; Co &lt;b&gt; &lt;dana@example.com&gt;, last message Thu 26 Feb 2026 17:30 CET'",
		"appname: 'followupd'",
		"urgency: NORMAL",
		`"done": "Done"`,
		`"snooze-1d": "Snooze 1 day"`,
	} {
		if !strings.Contains(block, want) {
			t.Errorf("dunst printed no %q in:\n%s", want, block)
		}
	}
	// What dunst renders: the stranger's tags are text, not markup.
	if strings.Contains(block, "<i>now") {
		t.Errorf("markup from the reminder reached the screen:\n%s", block)
	}

	// The owner clicks "Done" in dunst's menu.
	d.action(t)
	if got := <-actions; got != [2]string{r.ID, ActionDone} {
		t.Errorf("OnAction got %v, want %s done", got, r.ID)
	}
	r2 := dana()
	r2.ID, r2.Rule, r2.Late = "thank:dana", "thank", true
	r2.MeetingAt = testNow.Add(-3 * time.Hour)
	if err := c.Send(context.Background(), r2, Delivery{}); err != nil {
		t.Fatal(err)
	}
	if b := d.printed(t, "Thank Dana Whitfield for today's meeting"); !strings.Contains(b, "urgency: CRITICAL") {
		t.Errorf("a late reminder should be critical:\n%s", b)
	}
	d.choose(t, "Snooze")
	d.action(t)
	if got := <-actions; got != [2]string{r2.ID, ActionSnooze1d} {
		t.Errorf("OnAction got %v, want %s snooze-1d", got, r2.ID)
	}
}

func TestDesktopWithoutSessionBus(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	st := openStore(t)
	for i := range 3 {
		addDue(t, st, reminderN(i), "desktop", "console")
	}
	var logBuf, out bytes.Buffer
	desk := NewDesktop(&DesktopOptions{Clock: clock})
	cons := NewConsole(&ConsoleOptions{W: &out, Clock: clock})
	d := New(&Options{Store: st, Channels: []Channel{desk, cons}, Clock: clock, Rand: func() float64 { return 0 },
		Log: slog.New(slog.NewTextHandler(&logBuf, nil))})
	n, err := d.DeliverDue(context.Background(), testNow)
	if err != nil || n != 3 {
		t.Fatalf("DeliverDue = %d, %v; want the 3 console deliveries", n, err)
	}
	if c := strings.Count(logBuf.String(), "no D-Bus session bus"); c != 1 {
		t.Errorf("the missing bus was logged %d times, want once:\n%s", c, logBuf.String())
	}
	del := deliveryOf(t, st, "r00", "desktop")
	if del.Status != store.DeliveryPending || !del.NextAttempt.Equal(testNow.Add(10*time.Minute)) {
		t.Errorf("desktop delivery = %+v, want pending for 10 minutes", del)
	}
	err = desk.Send(context.Background(), &domain.Reminder{ID: "x"}, Delivery{})
	if !errors.Is(err, ErrNoSessionBus) {
		t.Errorf("Send = %v, want ErrNoSessionBus", err)
	}
}
