// Command syncbench measures followupd's mailbox sync against a real
// Dovecot, beside the floors of ../../shared/spec/benchmarks.md measured in
// the same run: a bare go-imap client, and mbsync copying the same mailbox.
// bench/sync.sh runs it; docs/benchmarks.md ("Mailbox sync") has the
// figures and how to read them.
//
// It generates a realistic Maildir once (kept in -dir and reused while it
// has the right size), warms Dovecot's index, then measures:
//
//	initial sync   floor client and watcher SyncOnce, each in a child
//	               process (peak RSS is the child's getrusage maxrss), at
//	               each -points count (the last P messages of the mailbox)
//	mbsync         full copy of the mailbox to a Maildir, FSync no
//	restart        Run with the store already up to date, until both
//	               folders IDLE
//	IDLE latency   APPEND -> Sink.Apply returned, beside a bare client's
//	               APPEND -> EXISTS, in the same run
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

type config struct {
	dir       string
	n         int
	points    []int
	runs      int
	idleN     int
	mbsync    bool
	sink      string
	maxAttach int
	keep      bool
	// cpuProfile and memProfile, if set, are written by the last watcher
	// run at the largest point (the child process profiles itself).
	cpuProfile, memProfile string
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		os.Exit(childMain(os.Args[2:]))
	}
	os.Exit(run())
}

func run() int {
	var cfg config
	var points string
	flag.StringVar(&cfg.dir, "dir", filepath.Join(os.TempDir(), "followupd-syncbench"), "where the generated mailbox is kept between runs")
	flag.IntVar(&cfg.n, "n", 50000, "messages in the mailbox")
	flag.StringVar(&points, "points", "", "comma-separated message counts to sync (default 10000,N; N/5,N when N <= 10000)")
	flag.IntVar(&cfg.runs, "runs", 3, "runs per sync measurement (the median is reported)")
	flag.IntVar(&cfg.idleN, "idle", 200, "IDLE latency samples")
	flag.BoolVar(&cfg.mbsync, "mbsync", true, "measure mbsync (isync) copying the same mailbox")
	flag.StringVar(&cfg.sink, "sink", "count", "sink the watcher syncs into: "+strings.Join(sinkNames(), ", "))
	flag.IntVar(&cfg.maxAttach, "maxattach", 2<<20, "largest attachment in bytes")
	flag.BoolVar(&cfg.keep, "keep", true, "keep the generated mailbox in -dir for the next run")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the last watcher run at the largest point to this file")
	flag.StringVar(&cfg.memProfile, "memprofile", "", "write an allocation profile of the same run to this file")
	flag.Parse()
	if _, ok := sinks[cfg.sink]; !ok {
		fmt.Fprintf(os.Stderr, "syncbench: unknown -sink %q (have %s)\n", cfg.sink, strings.Join(sinkNames(), ", "))
		return 2
	}
	var err error
	if cfg.points, err = parsePoints(points, cfg.n); err != nil {
		fmt.Fprintln(os.Stderr, "syncbench:", err)
		return 2
	}
	if err := bench(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "syncbench:", err)
		return 1
	}
	return 0
}

func parsePoints(s string, n int) ([]int, error) {
	if s == "" {
		if n > 10000 {
			return []int{10000, n}, nil
		}
		return []int{max(1, n/5), n}, nil
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		p, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || p <= 0 || p > n {
			return nil, fmt.Errorf("bad -points entry %q: want 1..%d", f, n)
		}
		out = append(out, p)
	}
	sort.Ints(out)
	return out, nil
}

// result is one measurement.
type result struct {
	Msgs    int     `json:"msgs"`
	Seconds float64 `json:"seconds"`
	Bytes   int64   `json:"bytes"`
	RSSKB   int64   `json:"rss_kb"`
	// CPU is the child's user+system CPU seconds: steadier than the wall
	// time on a machine shared with other work.
	CPU float64 `json:"cpu"`
}

func (r result) rate() float64 { return float64(r.Msgs) / r.Seconds }

// median returns the run with the median duration (peak RSS: the largest).
func median(rs []result) result {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Seconds < rs[j].Seconds })
	m := rs[len(rs)/2]
	for _, r := range rs {
		m.RSSKB = max(m.RSSKB, r.RSSKB)
	}
	return m
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(p*float64(len(s)) + 0.5)
	return s[min(max(i-1, 0), len(s)-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mb(kb int64) string { return fmt.Sprintf("%.1f MB", float64(kb)/1024) }
