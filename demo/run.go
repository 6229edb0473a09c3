package demo

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/config"
	"github.com/followupd/followupd/daemon"
	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/rules"
)

// FolderDrafts is where the draft channel saves ready replies.
const FolderDrafts = "Drafts"

// Options configures a demo run.
type Options struct {
	// Out receives the story: each reminder as it fires, and a summary.
	Out io.Writer
	// Log receives the daemon's log lines; nil discards them.
	Log *slog.Logger
	// Start is the first simulated moment; zero means DefaultStart().
	Start time.Time
	// PerDay is the wall-clock time one simulated day takes; 0 runs as fast
	// as the pipeline goes.
	PerDay time.Duration
	// Dir is where the config and the store are written; "" means a
	// temporary directory removed at the end (keep it to run `plan` or
	// `threads` on the result).
	Dir string
	// Desktop adds desktop notifications (when a session bus is there).
	Desktop bool
	// Server, when set, is an IMAP server to use instead of the embedded
	// one (the scenario tests run the same timeline against Dovecot). It
	// must have INBOX, Sent and Drafts and be on a loopback address.
	Server *Server
}

// Server names an IMAP account on a loopback address.
type Server struct {
	Host           string
	Port           int
	User, Password string
}

// Result is what a demo run did, for the summary and for tests.
type Result struct {
	Fired  []domain.Reminder
	Drafts int
	Dir    string // the kept directory, or ""
	Config string // the config file in Dir
}

// Run seeds the embedded mailbox as simulated time passes and runs the real
// pipeline against it over IMAP: watcher, classifier, store, rule engine
// and notifiers, with the clock stepped from event to event.
func Run(ctx context.Context, opt *Options) (*Result, error) {
	start := opt.Start
	if start.IsZero() {
		start = DefaultStart()
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dir, keep := opt.Dir, opt.Dir != ""
	if !keep {
		var err error
		if dir, err = os.MkdirTemp("", "followupd-demo-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	}
	srv := opt.Server
	if srv == nil {
		mem, err := startServer()
		if err != nil {
			return nil, err
		}
		defer mem.Close()
		srv = &Server{Host: "127.0.0.1", Port: mem.addr.Port, User: mem.user, Password: mem.password}
	}

	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(demoConfig(srv, dir, opt.Desktop)), 0o600); err != nil {
		return nil, err
	}
	// The config names this variable for the password, as a user's would.
	os.Setenv("FOLLOWUPD_DEMO_PASSWORD", srv.Password)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		return nil, fmt.Errorf("demo config: %w", err)
	}
	clock := &simClock{now: start}
	d, err := daemon.Open(ctx, &daemon.Options{Config: cfg, Rules: rules.Defaults(), Log: log, Stdout: opt.Out, Clock: clock.Now})
	if err != nil {
		return nil, err
	}
	defer d.Close()

	seeder, err := imapclient.DialInsecure(net.JoinHostPort(srv.Host, strconv.Itoa(srv.Port)), nil)
	if err != nil {
		return nil, err
	}
	defer seeder.Close()
	if err := seeder.Login(srv.User, srv.Password).Wait(); err != nil {
		return nil, err
	}

	seed := Seed(start)
	end := End(start)
	zone := cfg.Me.Location
	fmt.Fprintf(opt.Out, "followupd demo: %s's mailbox, %d messages in %d threads, %s to %s (%s)\n\n",
		OwnerName, len(seed), countThreads(seed), start.In(zone).Format("Mon Jan 2"), end.In(zone).Format("Mon Jan 2 2006"), OwnerZone)
	res := &Result{}
	now, next := start, 0
	for !now.After(end) {
		clock.Set(now)
		appended := 0
		for next < len(seed) && !seed[next].At.After(now) {
			m := seed[next]
			if err := appendMessage(seeder, m); err != nil {
				return nil, err
			}
			fmt.Fprintf(opt.Out, "%s  %-5s %s\n", stamp(m.At, zone), arrow(m.Folder), summary(m))
			next++
			appended++
		}
		if appended > 0 {
			if err := d.SyncOnce(ctx); err != nil {
				return nil, fmt.Errorf("sync: %w", err)
			}
		}
		fired, err := d.Tick(ctx, now)
		if err != nil {
			return nil, fmt.Errorf("tick at %s: %w", now.Format(time.RFC3339), err)
		}
		res.Fired = append(res.Fired, fired...)
		step, err := nextStep(ctx, d, now, seed, next, end)
		if err != nil {
			return nil, err
		}
		if opt.PerDay > 0 {
			wait := time.Duration(float64(opt.PerDay) * step.Sub(now).Hours() / 24)
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(min(wait, 3*opt.PerDay)):
			}
		}
		now = step
	}
	if res.Drafts, err = countDrafts(seeder); err != nil {
		return nil, err
	}
	printSummary(opt.Out, res, zone)
	if keep {
		res.Dir, res.Config = dir, cfgPath
		fmt.Fprintf(opt.Out, "\nThe store is kept in %s. Try:\n  FOLLOWUPD_DEMO_PASSWORD=x followupd threads --config %s\n  FOLLOWUPD_DEMO_PASSWORD=x followupd plan --config %s --at %s\n",
			dir, cfgPath, cfgPath, start.AddDate(0, 0, 7).Format(time.RFC3339))
	}
	return res, nil
}

// nextStep is the next moment anything can happen: a seeded message, a
// reminder coming due, or the end; stepping to exactly those moments makes
// every reminder fire on time.
func nextStep(ctx context.Context, d *daemon.Daemon, now time.Time, seed []SeedMessage, next int, end time.Time) (time.Time, error) {
	step := end.Add(time.Second)
	if next < len(seed) {
		step = seed[next].At
	}
	upcoming, err := d.Plan(ctx, now.Add(time.Second), step)
	if err != nil {
		return step, fmt.Errorf("plan: %w", err)
	}
	for _, r := range upcoming {
		if r.Due.After(now) && r.Due.Before(step) {
			step = r.Due
		}
	}
	return step, nil
}

func appendMessage(c *imapclient.Client, m SeedMessage) error {
	cmd := c.Append(m.Folder, int64(len(m.Raw)), &imap.AppendOptions{Time: m.At, Flags: []imap.Flag{imap.FlagSeen}})
	if _, err := cmd.Write(m.Raw); err != nil {
		return fmt.Errorf("append to %s: %w", m.Folder, err)
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("append to %s: %w", m.Folder, err)
	}
	if _, err := cmd.Wait(); err != nil {
		return fmt.Errorf("append to %s: %w", m.Folder, err)
	}
	return nil
}

func countDrafts(c *imapclient.Client) (int, error) {
	st, err := c.Status(FolderDrafts, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		return 0, fmt.Errorf("status %s: %w", FolderDrafts, err)
	}
	return int(*st.NumMessages), nil
}

func demoConfig(s *Server, dir string, desktop bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, `# Written by followupd demo.
me:
  name: %s
  addresses: [%s]
  timezone: %s
accounts:
  - name: demo
    host: %s
    port: %d
    tls: none
    username: %s
    password_env: FOLLOWUPD_DEMO_PASSWORD
    folders:
      sent: %s
      drafts: %s
store:
  path: %s
notify:
  console: {}
  draft:
    account: demo
`, OwnerName, Owner, OwnerZone, s.Host, s.Port, s.User, FolderSent, FolderDrafts, filepath.Join(dir, "followupd.db"))
	if desktop {
		b.WriteString("  desktop:\n    enabled: true\n")
	}
	return b.String()
}

// simClock is the demo's clock, moved by the run loop only.
type simClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *simClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *simClock) Set(t time.Time) { c.mu.Lock(); c.now = t; c.mu.Unlock() }

func stamp(t time.Time, zone *time.Location) string {
	return t.In(zone).Format("Mon Jan 02 15:04")
}

func arrow(folder string) string {
	if folder == FolderSent {
		return "sent"
	}
	return "recv"
}

func summary(m SeedMessage) string {
	from, subject := header(m.Raw, "From"), header(m.Raw, "Subject")
	if m.Folder == FolderSent {
		from = "to " + header(m.Raw, "To")
	}
	return fmt.Sprintf("%-38.38s %q", from, subject)
}

// header reads one unfolded header field of a seed message (plain ASCII).
func header(raw []byte, name string) string {
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func countThreads(seed []SeedMessage) int {
	seen := map[string]bool{}
	for _, m := range seed {
		seen[m.Thread] = true
	}
	return len(seen)
}

func printSummary(w io.Writer, res *Result, zone *time.Location) {
	byRule := map[string]int{}
	late := 0
	for _, r := range res.Fired {
		byRule[r.Rule]++
		if r.Late {
			late++
		}
	}
	rules := make([]string, 0, len(byRule))
	for r := range byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	fmt.Fprintf(w, "\n== summary: %d reminders fired", len(res.Fired))
	if late > 0 {
		fmt.Fprintf(w, " (%d late)", late)
	}
	fmt.Fprintln(w)
	for _, r := range rules {
		fmt.Fprintf(w, "   %-14s %d\n", r, byRule[r])
	}
	fmt.Fprintf(w, "   drafts waiting in %s: %d\n", FolderDrafts, res.Drafts)
	for _, r := range res.Fired {
		fmt.Fprintf(w, "   %s  [%s] %s\n", stamp(r.Due, zone), r.Rule, r.Contact.Addr)
	}
}
