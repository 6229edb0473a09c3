package engine

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/followupd/followupd/store"
)

// benchThreads is the size the performance target names.
const benchThreads = 100_000

// fillBench writes n contacts, each with one thread, straight into the
// messages, threads and contacts tables (as SaveBatch would leave them, but
// fast). active percent of the threads are live, relative to base: two
// fifths an unanswered request from the last 30 days, one fifth answered,
// one fifth a meeting fixed for the coming 30 days, one fifth met and
// thanked in the last month. The rest are finished conversations over a
// year old (no reminder left) and a few newsletters.
func fillBench(b *testing.B, db *sql.DB, n, active int, base time.Time) {
	b.Helper()
	fillBenchT(b, db, n, active, base)
}

func fillBenchT(b testing.TB, db *sql.DB, n, active int, base time.Time) {
	b.Helper()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	msg, err := tx.Prepare(`INSERT INTO messages (account, message_id, date, date_offset, from_addr, from_name,
		to_json, subject, direction, thread_id, raw_header, kind, meeting_at, meeting_offset, classifier_version)
		VALUES ('acct', ?, ?, ?, ?, ?, ?, 'Coffee?', ?, ?, x'', ?, ?, ?, 1)`)
	if err != nil {
		b.Fatal(err)
	}
	thr, err := tx.Prepare(`INSERT INTO threads (id, account, subject_norm, subject, contact, first_at, last_at) VALUES (?, 'acct', 'coffee?', 'Coffee?', ?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	con, err := tx.Prepare(`INSERT INTO contacts (account, addr, name, first_sent, last_sent) VALUES ('acct', ?, ?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	_, off := base.Zone()
	k := 0
	put := func(thread int64, date time.Time, from, to, kind string, meet any) {
		k++
		dir, fromName := "sent", "Me"
		if from != me {
			dir, fromName = "received", "Contact "+from
		}
		toJSON := fmt.Sprintf(`[{"addr":%q}]`, to)
		var moff any
		if meet != nil {
			moff = off
		}
		if _, err := msg.Exec(fmt.Sprintf("b%d@example.com", k), date.Unix(), off, from, fromName, toJSON, dir, thread,
			kind, meet, moff); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < n; i++ {
		c := fmt.Sprintf("c%06d@example.com", i)
		th := int64(i + 1)
		ask := base.Add(-time.Duration(rng.IntN(30*24*60)) * time.Minute)
		if _, err := thr.Exec(th, c, ask.Unix(), ask.Unix()); err != nil {
			b.Fatal(err)
		}
		if _, err := con.Exec(c, fmt.Sprintf("Contact Number%d", i), ask.Unix(), ask.Unix()); err != nil {
			b.Fatal(err)
		}
		p := rng.IntN(100 * 5)
		switch {
		case p < active*2:
			put(th, ask, me, c, "request", nil)
		case p < active*3:
			put(th, ask, me, c, "request", nil)
			put(th, ask.Add(26*time.Hour), c, me, "update", nil)
		case p < active*4:
			put(th, ask, me, c, "request", nil)
			meet := base.Add(time.Duration(24+rng.IntN(30*24)) * time.Hour).Truncate(time.Hour)
			put(th, ask.Add(20*time.Hour), c, me, "confirmation", meet.Unix())
		case p < active*5:
			put(th, ask.Add(-30*24*time.Hour), me, c, "request", nil)
			meet := ask.Add(-20 * 24 * time.Hour).Truncate(time.Hour)
			put(th, ask.Add(-29*24*time.Hour), c, me, "confirmation", meet.Unix())
			put(th, meet.Add(5*time.Hour), me, c, "thank_you", nil)
		case p < 475:
			old := ask.Add(-400 * 24 * time.Hour)
			put(th, old, me, c, "request", nil)
			put(th, old.Add(24*time.Hour), c, me, "confirmation", old.Add(72*time.Hour).Unix())
			put(th, old.Add(80*time.Hour), me, c, "thank_you", nil)
		default:
			put(th, ask, "news"+c, me, "other", nil)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkTick measures ticks over 100,000 tracked threads in a real
// SQLite file, 10% of them live (FOLLOWUPD_BENCH_ACTIVE=40 for a heavier
// mix). The projection is built once (logged with -v); then:
//   - idle: a tick with nothing due and no new mail;
//   - 0900: the morning tick, when every reminder due at 09:00 that day
//     fires (fired/op says how many; deliveries on two channels);
//   - newmail: ten new messages since the last tick (twenty contacts
//     judged again), nothing due.
func BenchmarkTick(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	path := filepath.Join(dir, "state.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	raw, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)

	base := time.Date(2026, 3, 1, 0, 0, 0, 0, toronto)
	t0 := time.Now()
	active := 10
	if v, err := strconv.Atoi(os.Getenv("FOLLOWUPD_BENCH_ACTIVE")); err == nil && v > 0 && v <= 95 {
		active = v
	}
	fillBench(b, raw, benchThreads, active, base)
	fill := time.Since(t0)
	now := base
	e := New(&Options{Store: st, Zone: toronto, Me: []string{me}, Channels: []string{"email", "desktop"},
		Log: slog.New(slog.DiscardHandler), Clock: func() time.Time { return now }})
	t0 = time.Now()
	if err := e.Recompute(ctx, nil); err != nil {
		b.Fatal(err)
	}
	setup := time.Since(t0)
	if _, err := e.Tick(ctx, base); err != nil { // fires what was overdue at base
		b.Fatal(err)
	}
	var waiting int
	if err := raw.QueryRow(`SELECT count(*) FROM reminders WHERE fired_at = 0 AND status = 'pending'`).Scan(&waiting); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d threads, %d%% active: direct insert %v, first projection %v, %d reminders waiting", benchThreads, active, fill.Round(time.Millisecond), setup.Round(time.Millisecond), waiting)

	idleAt := base.Add(3*24*time.Hour + 3*time.Hour + 17*time.Minute) // Mar 4 03:17
	b.Run("idle", func(b *testing.B) {
		if _, err := e.Tick(ctx, idleAt.Add(-time.Minute)); err != nil {
			b.Fatal(err)
		}
		var m meter
		for b.Loop() {
			m.tick(b, e, idleAt)
		}
		m.report(b)
	})

	morning := time.Date(2026, 3, 5, 9, 0, 0, 0, toronto)
	b.Run("0900", func(b *testing.B) {
		if _, err := e.Tick(ctx, morning.Add(-time.Minute)); err != nil {
			b.Fatal(err)
		}
		var m meter
		fired := 0
		for b.Loop() {
			fired = m.tick(b, e, morning)
			b.StopTimer()
			refire(b, st, morning)
			b.StartTimer()
		}
		b.ReportMetric(float64(fired), "fired/op")
		m.report(b)
	})

	b.Run("newmail", func(b *testing.B) {
		at := morning.Add(time.Hour)
		i := 0
		var m meter
		for b.Loop() {
			b.StopTimer()
			at = at.Add(time.Minute)
			err := st.Tx(ctx, func(tx *sql.Tx) error {
				for j := 0; j < 10; j++ {
					i++
					c := fmt.Sprintf("c%06d@example.com", (i*7919)%benchThreads)
					if _, err := tx.Exec(`INSERT INTO messages (account, message_id, date, from_addr, to_json, cc_json, subject,
					direction, thread_id, raw_header, kind) VALUES ('acct', ?, ?, ?, ?, ?, 'Re: Coffee?', 'received', 1, x'', 'update')`,
						fmt.Sprintf("new%d@example.com", i), at.Add(-30*time.Second).Unix(), c,
						fmt.Sprintf(`[{"addr":%q}]`, me), fmt.Sprintf(`[{"addr":"cc%d@example.com"}]`, i)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			m.tick(b, e, at)
		}
		m.report(b)
	})
}

// refire makes the reminders fired at t wait again, for the next round.
// It writes through the store's own connection, as the daemon's other
// writers do, so the page cache stays as warm as in the daemon.
func refire(b *testing.B, st *store.Store, t time.Time) {
	b.Helper()
	err := st.Tx(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec(`DELETE FROM deliveries WHERE reminder_id IN (SELECT id FROM reminders WHERE fired_at = ?)`, t.Unix()); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE reminders SET fired_at = 0, fires = fires - 1, late = 0 WHERE fired_at = ?`, t.Unix())
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
}

// meter times each tick, wall clock and process CPU: on a shared machine
// the medians say more than the mean ns/op.
type meter struct{ wall, cpu []time.Duration }

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (m *meter) tick(b *testing.B, e *Engine, now time.Time) int {
	t0, c0 := time.Now(), cpuTime()
	rs, err := e.Tick(context.Background(), now)
	if err != nil {
		b.Fatal(err)
	}
	m.wall = append(m.wall, time.Since(t0))
	m.cpu = append(m.cpu, cpuTime()-c0)
	return len(rs)
}

func median(ds []time.Duration) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	return float64(s[len(s)/2].Microseconds()) / 1000
}

func (m *meter) report(b *testing.B) {
	b.ReportMetric(median(m.wall), "median-ms/tick")
	b.ReportMetric(median(m.cpu), "median-cpu-ms/tick")
}
