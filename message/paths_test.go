package message

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) string {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	one := write("one.eml", "From: a@x\nSubject: one\n\nbody\n")
	single := write("single.mbox", "From a@x Tue Sep  2 11:02:37 2025\nFrom: a@x\nSubject: s\n\n>From the start\n")
	multi := write("multi.mbox", "From a@x Mon\nSubject: m1\n\nfirst\nFrom here on not a separator\n\nFrom b@x Tue\nSubject: m2\n\nsecond\n")
	write("Maildir/cur/2.host:2,S", "Subject: cur\n\nc\n")
	write("Maildir/new/1.host", "Subject: new\n\nn\n")
	write("Maildir/tmp/ignored", "Subject: tmp\n\nt\n")
	write("plain/a.eml", "Subject: a\n\na\n")
	write("plain/README.md", "not mail")
	missing := filepath.Join(dir, "missing.eml")

	type got struct{ name, subject, body, err string }
	var all []got
	err := ReadPaths([]string{one, single, multi, filepath.Join(dir, "Maildir"), filepath.Join(dir, "plain"), missing},
		func(name string, r io.Reader, err error) error {
			g := got{name: strings.TrimPrefix(name, dir+"/")}
			if err != nil {
				g.err = err.Error()
			} else {
				m, perr := Parse(r)
				if perr != nil {
					g.err = perr.Error()
				} else {
					g.subject, g.body = m.Subject, m.Text
				}
			}
			all = append(all, g)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []got{
		{name: "one.eml", subject: "one", body: "body\n"},
		{name: "single.mbox", subject: "s", body: "From the start\n"},
		{name: "multi.mbox#1", subject: "m1", body: "first\nFrom here on not a separator\n\n"},
		{name: "multi.mbox#2", subject: "m2", body: "second\n"},
		{name: "Maildir/new/1.host", subject: "new", body: "n\n"},
		{name: "Maildir/cur/2.host:2,S", subject: "cur", body: "c\n"},
		{name: "plain/a.eml", subject: "a", body: "a\n"},
		{name: "missing.eml", err: "no such file or directory"},
	}
	if len(all) != len(want) {
		t.Fatalf("ReadPaths gave %d messages, want %d: %+v", len(all), len(want), all)
	}
	for i, w := range want {
		g := all[i]
		if g.name != w.name || g.subject != w.subject || g.body != w.body || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
			t.Errorf("message %d = %+v, want %+v", i, g, w)
		}
	}
}
