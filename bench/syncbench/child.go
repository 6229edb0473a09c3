package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/followupd/followupd/imapconn"
	"github.com/followupd/followupd/imapwatch"
	"github.com/followupd/followupd/internal/dovecottest"
)

// childArgs is what a measured child process needs; the password goes in
// the environment (SYNCBENCH_PASS), never on a command line.
type childArgs struct {
	mode        string // "floor" or "watch"
	port        int
	user        string
	from        uint32 // sync UIDs above this
	uidValidity uint32
	sink        string
	dir         string
	cpuProfile  string // watch mode: write a CPU profile here
	memProfile  string // watch mode: write an allocation profile here
}

// runChild runs one measurement in a fresh process and returns its result
// with the child's peak RSS (getrusage maxrss).
func runChild(s *dovecottest.Server, a childArgs) (result, error) {
	exe, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	cmd := exec.Command(exe, "child", "-mode", a.mode, "-port", strconv.Itoa(a.port), "-user", a.user,
		"-from", strconv.FormatUint(uint64(a.from), 10), "-uidvalidity", strconv.FormatUint(uint64(a.uidValidity), 10),
		"-sink", a.sink, "-dir", a.dir, "-cpuprofile", a.cpuProfile, "-memprofile", a.memProfile)
	cmd.Env = append(os.Environ(), "SYNCBENCH_PASS="+s.Password)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return result{}, fmt.Errorf("child %s: %w", a.mode, err)
	}
	var r result
	if err := json.Unmarshal(out, &r); err != nil {
		return result{}, fmt.Errorf("child %s output %q: %w", a.mode, out, err)
	}
	// Not getrusage: Go starts children with CLONE_VM|CLONE_VFORK, and
	// Linux carries the parent's high-water RSS into the child's maxrss
	// across exec. The child reports its own VmHWM instead.
	return r, nil
}

func childMain(args []string) int {
	var a childArgs
	var from, uv uint64
	fs := flag.NewFlagSet("child", flag.ContinueOnError)
	fs.StringVar(&a.mode, "mode", "", "floor or watch")
	fs.IntVar(&a.port, "port", 0, "IMAP port on 127.0.0.1")
	fs.StringVar(&a.user, "user", "", "username")
	fs.Uint64Var(&from, "from", 0, "sync UIDs above this one")
	fs.Uint64Var(&uv, "uidvalidity", 0, "INBOX UIDVALIDITY (with -from)")
	fs.StringVar(&a.sink, "sink", "count", "sink")
	fs.StringVar(&a.dir, "dir", "", "directory for the sink")
	fs.StringVar(&a.cpuProfile, "cpuprofile", "", "CPU profile file (watch mode)")
	fs.StringVar(&a.memProfile, "memprofile", "", "allocation profile file (watch mode)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	a.from, a.uidValidity = uint32(from), uint32(uv)
	r, err := childRun(a, os.Getenv("SYNCBENCH_PASS"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "syncbench child:", err)
		return 1
	}
	r.RSSKB = vmHWM("self")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		r.CPU = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	}
	json.NewEncoder(os.Stdout).Encode(r)
	return 0
}

func childRun(a childArgs, pass string) (result, error) {
	start := time.Now()
	switch a.mode {
	case "floor":
		c, err := imapclient.DialInsecure(fmt.Sprintf("127.0.0.1:%d", a.port), nil)
		if err != nil {
			return result{}, err
		}
		defer c.Close()
		if err := c.Login(a.user, pass).Wait(); err != nil {
			return result{}, err
		}
		n, b, err := dovecottest.FloorFetch(c, "INBOX", imap.UID(a.from+1))
		return result{Msgs: n, Bytes: b, Seconds: time.Since(start).Seconds()}, err
	case "watch":
		mk := sinks[a.sink]
		if mk == nil {
			return result{}, fmt.Errorf("unknown sink %q", a.sink)
		}
		inner, closer, err := mk(a.dir)
		if err != nil {
			return result{}, err
		}
		defer closer.Close()
		sink := preparing(presetSink{Sink: inner, preset: map[string]imapwatch.FolderState{
			"INBOX": {UIDValidity: a.uidValidity, HighestUID: a.from},
		}}, inner)
		stop, err := startProfiles(a.cpuProfile, a.memProfile)
		if err != nil {
			return result{}, err
		}
		defer stop()
		w := imapwatch.New(&imapwatch.Options{Account: "bench", Conn: imapconn.Options{
			Host: "127.0.0.1", Port: a.port, TLS: imapconn.TLSNone, Username: a.user,
			Secret: func(context.Context) (string, error) { return pass, nil },
		}}, sink)
		if err := w.SyncOnce(context.Background()); err != nil {
			return result{}, err
		}
		st := w.Status()
		return result{Msgs: int(st.Messages), Bytes: int64(st.Bytes), Seconds: time.Since(start).Seconds()}, nil
	}
	return result{}, errors.New("unknown -mode")
}

// startProfiles starts a CPU profile and arranges an allocation profile;
// the returned func writes and closes them (errors go to stderr: a
// missing profile must not spoil the measurement).
func startProfiles(cpu, mem string) (stop func(), err error) {
	var cf *os.File
	if cpu != "" {
		if cf, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cf); err != nil {
			cf.Close()
			return nil, err
		}
	}
	return func() {
		if cf != nil {
			pprof.StopCPUProfile()
			cf.Close()
		}
		if mem != "" {
			f, err := os.Create(mem)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "syncbench child: memprofile:", err)
			}
		}
	}, nil
}

// vmHWM returns the peak RSS in KiB of a process ("self" or a PID) from
// /proc/PID/status, 0 if unknown.
func vmHWM(pid string) int64 {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
