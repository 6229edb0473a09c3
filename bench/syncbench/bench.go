package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/followupd/followupd/internal/dovecottest"
)

// marker records what was generated in -dir, so a later run can reuse it.
type marker struct {
	Version   int `json:"version"`
	N         int `json:"n"`
	MaxAttach int `json:"max_attach"`
}

const markerVersion = 1

func bench(cfg config) error {
	srvDir := filepath.Join(cfg.dir, "server")
	fresh, err := prepare(cfg, srvDir)
	if err != nil {
		return err
	}
	if !cfg.keep {
		defer os.RemoveAll(cfg.dir)
	}
	s, err := dovecottest.StartServer(srvDir, nil)
	if err != nil {
		return err
	}
	defer s.Close()
	if fresh {
		fmt.Fprintf(os.Stderr, "generating %d messages in %s ...\n", cfg.n, srvDir)
		t0 := time.Now()
		if err := generate(s, cfg.n, cfg.maxAttach); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "generated in %v\n", time.Since(t0).Round(time.Second))
		if err := writeMarker(cfg); err != nil {
			return err
		}
	}
	size, err := dirSize(s.FolderDir("INBOX"))
	if err != nil {
		return err
	}
	uv, maxUID, err := inboxState(s)
	if err != nil {
		return err
	}
	fmt.Printf("## Mailbox sync: %d messages (%.2f GB), %s, %d CPUs\n\n", cfg.n, float64(size)/(1<<30), runtime.Version(), runtime.NumCPU())
	fmt.Printf("Command: `bench/sync.sh` (syncbench -n %d -runs %d -idle %d -sink %s), %s\n\n", cfg.n, cfg.runs, cfg.idleN, cfg.sink, time.Now().UTC().Format("2006-01-02"))

	// The first fetch ever makes Dovecot build its cache: report it, then
	// measure with the index warm, as the floor does.
	base := childArgs{port: s.Port, user: s.User, uidValidity: uv, sink: cfg.sink}
	warm := base
	warm.mode = "floor"
	t := "warm-up floor fetch (index as left by earlier runs)"
	if fresh {
		t = "floor fetch, Dovecot index cold (first fetch ever)"
	}
	r, err := runChild(s, warm)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d messages in %.2f s\n\n", t, r.Msgs, r.Seconds)

	fmt.Println("| initial sync | messages | time | messages/s | peak RSS | time vs floor | CPU |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|")
	for _, p := range cfg.points {
		from := uint32(maxUID) - uint32(p)
		var floor result
		for _, mode := range []string{"floor", "watch"} {
			var rs []result
			for i := 0; i < cfg.runs; i++ {
				a := base
				a.mode, a.from = mode, from
				a.dir, _ = os.MkdirTemp(cfg.dir, "sink")
				if mode == "watch" && p == cfg.points[len(cfg.points)-1] && i == cfg.runs-1 {
					a.cpuProfile, a.memProfile = cfg.cpuProfile, cfg.memProfile
				}
				r, err := runChild(s, a)
				os.RemoveAll(a.dir)
				if err != nil {
					return err
				}
				if r.Msgs != p {
					return fmt.Errorf("%s at %d: got %d messages", mode, p, r.Msgs)
				}
				rs = append(rs, r)
			}
			m := median(rs)
			name, ratio := "bare go-imap client (floor)", "1.00x"
			if mode == "floor" {
				floor = m
			} else {
				name = fmt.Sprintf("followupd watcher, %s sink", cfg.sink)
				ratio = fmt.Sprintf("%.2fx", m.Seconds/floor.Seconds)
			}
			fmt.Printf("| %s | %d | %.2f s | %.0f | %s | %s | %.2f s |\n", name, p, m.Seconds, m.rate(), mb(m.RSSKB), ratio, m.CPU)
		}
	}
	if cfg.mbsync {
		r, err := runMbsync(s, cfg.dir)
		if err != nil {
			return err
		}
		fmt.Printf("| mbsync (isync), FSync no, full copy | %d | %.2f s | %.0f | %s | | |\n", r.Msgs, r.Seconds, r.rate(), mb(r.RSSKB))
	}
	fmt.Println()

	if err := benchRestart(s, cfg, uv, maxUID); err != nil {
		return err
	}
	if cfg.idleN > 0 {
		if err := benchIdle(s, cfg); err != nil {
			return err
		}
	}
	return nil
}

// prepare decides whether the mailbox in dir can be reused.
func prepare(cfg config, srvDir string) (fresh bool, err error) {
	var m marker
	if b, err := os.ReadFile(filepath.Join(cfg.dir, "generated.json")); err == nil && json.Unmarshal(b, &m) == nil &&
		m == (marker{markerVersion, cfg.n, cfg.maxAttach}) {
		if _, err := os.Stat(filepath.Join(srvDir, "mail", "cur")); err == nil {
			return false, nil
		}
	}
	if err := os.RemoveAll(cfg.dir); err != nil {
		return false, err
	}
	if err := os.MkdirAll(srvDir, 0o755); err != nil {
		return false, err
	}
	return true, os.Chmod(cfg.dir, 0o755)
}

func writeMarker(cfg config) error {
	b, _ := json.Marshal(marker{markerVersion, cfg.n, cfg.maxAttach})
	return os.WriteFile(filepath.Join(cfg.dir, "generated.json"), b, 0o644)
}

// generate writes n messages straight into the Maildir, two writers.
func generate(s *dovecottest.Server, n, maxAttach int) error {
	var wg sync.WaitGroup
	errs := make([]error, 2)
	date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 2 {
				if err := s.DeliverMaildir("INBOX", dovecottest.Generate(i, maxAttach), date.Add(time.Duration(i)*time.Minute)); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	if errs[0] != nil {
		return errs[0]
	}
	return errs[1]
}

func inboxState(s *dovecottest.Server) (uv uint32, maxUID imap.UID, err error) {
	c, err := s.Dial()
	if err != nil {
		return 0, 0, err
	}
	defer c.Close()
	st, err := c.Status("INBOX", &imap.StatusOptions{UIDValidity: true, UIDNext: true, NumMessages: true}).Wait()
	if err != nil {
		return 0, 0, err
	}
	return st.UIDValidity, st.UIDNext - 1, nil
}

func dirSize(root string) (int64, error) {
	var total int64
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if d.Name() == "." {
			return nil
		}
		if fi, err := d.Info(); err == nil {
			total += fi.Size()
		}
		return nil
	})
	return total, err
}
