package dovecottest

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// owner is the unprivileged user Dovecot runs as.
type owner struct {
	user, group string
	uid, gid    int
	root        bool // we are root: drop to owner with setpriv, chown files
}

func currentOwner() (owner, error) {
	if os.Geteuid() == 0 {
		u, err := user.Lookup("nobody")
		if err != nil {
			return owner{}, fmt.Errorf("look up user nobody: %w", err)
		}
		group := "nogroup"
		g, err := user.LookupGroup(group)
		if err != nil {
			group = "nobody"
			if g, err = user.LookupGroup(group); err != nil {
				return owner{}, errors.New("look up group nogroup or nobody: not found")
			}
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(g.Gid)
		return owner{user: "nobody", group: group, uid: uid, gid: gid, root: true}, nil
	}
	u, err := user.Current()
	if err != nil {
		return owner{}, fmt.Errorf("look up current user: %w", err)
	}
	g, err := user.LookupGroupId(strconv.Itoa(os.Getegid()))
	if err != nil {
		return owner{}, fmt.Errorf("look up current group: %w", err)
	}
	return owner{user: u.Username, group: g.Name, uid: os.Geteuid(), gid: os.Getegid()}, nil
}

// chown gives path to the Dovecot user (a no-op unless we are root).
func (o owner) chown(path string) error {
	if !o.root {
		return nil
	}
	return os.Lchown(path, o.uid, o.gid)
}

func (o owner) chownTree(root string) error {
	if !o.root {
		return nil
	}
	return filepath.WalkDir(root, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return o.chown(p)
	})
}

// checkTraversable reports an ancestor of dir that the Dovecot user cannot
// enter, which would otherwise show up as an obscure Dovecot error.
func checkTraversable(dir string, o owner) error {
	if !o.root {
		return nil
	}
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			return err
		}
		if fi.Mode().Perm()&0o001 == 0 {
			return fmt.Errorf("directory %s is not searchable by %s: chmod o+x it", d, o.user)
		}
		if d == "/" {
			return nil
		}
	}
}

// launch starts the master and waits until a login succeeds.
func (s *Server) launch() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done != nil {
		return errors.New("dovecot already running")
	}
	// A SIGKILLed master leaves its pid file; a recycled pid would make
	// the next start refuse to run.
	os.Remove(filepath.Join(s.runDir, "master.pid"))
	out, err := os.OpenFile(s.outPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer out.Close()
	args := []string{DovecotPath, "-F", "-c", s.conf}
	attr := &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if s.own.root {
		// setpriv changes credentials, which clears the parent-death
		// signal; --pdeathsig sets it again after the change.
		args = append([]string{"setpriv", "--reuid=" + s.own.user, "--regid=" + s.own.group,
			"--clear-groups", "--pdeathsig", "KILL"}, args...)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = s.Dir
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = attr
	cmd.Env = []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin"}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start dovecot: %w", err)
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		close(done)
	}()
	s.cmd, s.done = cmd, done
	if err := s.waitReady(done, 15*time.Second); err != nil {
		s.killLocked()
		return fmt.Errorf("start dovecot: %w\n%s", err, s.LogTail(15))
	}
	return nil
}

// waitReady polls until a LOGIN succeeds: the port accepting is not enough,
// because imap-login answers "waiting for authentication process" first.
func (s *Server) waitReady(done <-chan struct{}, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	var last error
	for time.Now().Before(deadline) {
		select {
		case <-done:
			return errors.New("dovecot exited")
		default:
		}
		if last = s.tryLogin(); last == nil {
			return nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	return fmt.Errorf("not ready after %v: %v", limit, last)
}

func (s *Server) tryLogin() error {
	c, err := net.DialTimeout("tcp", s.Addr(), time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	r := bufio.NewReader(c)
	greet, err := r.ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.Contains(greet, "ready") {
		return fmt.Errorf("greeting %q", strings.TrimSpace(greet))
	}
	fmt.Fprintf(c, "r1 LOGIN %q %q\r\nr2 LOGOUT\r\n", s.User, s.Password)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return err
		}
		if strings.HasPrefix(line, "r1 ") {
			if strings.HasPrefix(line, "r1 OK") {
				return nil
			}
			return fmt.Errorf("login: %s", strings.TrimSpace(line))
		}
	}
}

// Kill stops Dovecot at once (SIGKILL to its whole process group, so the
// imap processes serving clients die too) and waits for the master to exit.
// Killing a stopped server is a no-op.
func (s *Server) Kill() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.killLocked()
}

func (s *Server) killLocked() {
	if s.done == nil {
		return
	}
	syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	<-s.done
	// The group got the signal at once, but its members die on their own
	// schedule; wait until none is left alive (zombies do not count: they
	// hold no sockets, and PID 1 in a container may never reap them).
	for i := 0; i < 200 && groupAlive(s.cmd.Process.Pid); i++ {
		time.Sleep(5 * time.Millisecond)
	}
	s.cmd, s.done = nil, nil
}

// Running reports whether the master is alive.
func (s *Server) Running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done == nil {
		return false
	}
	select {
	case <-s.done:
		return false
	default:
		return true
	}
}

// Resume starts a killed server again on the same ports with the same
// Maildir. For use outside tests; tests call Restart.
func (s *Server) Resume() error { return s.launch() }

// Restart kills Dovecot (if running) and starts it again on the same ports
// with the same Maildir.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.Kill()
	if err := s.launch(); err != nil {
		t.Fatalf("dovecottest: restart: %v", err)
	}
}

// groupAlive reports whether a process of group pgid is alive and not a
// zombie, from /proc/PID/stat.
func groupAlive(pgid int) bool {
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		if e.Name()[0] < '0' || e.Name()[0] > '9' {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// pid (comm) state ppid pgrp ...; comm may hold spaces.
		i := strings.LastIndexByte(string(b), ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		if len(f) >= 3 && f[2] == strconv.Itoa(pgid) && f[0] != "Z" && f[0] != "X" {
			return true
		}
	}
	return false
}
