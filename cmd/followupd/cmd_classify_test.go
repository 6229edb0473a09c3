package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const confirmEML = "From: Ana <ana@example.com>\r\nTo: Me <me@example.com>\r\nSubject: Re: coffee?\r\n" +
	"Date: Thu, 05 Mar 2026 17:22:40 -0800\r\nMessage-ID: <c1@example.com>\r\nIn-Reply-To: <r1@example.com>\r\n\r\n" +
	"Tuesday at 10am ET works, see you then!\r\n\r\n> Would Monday or Tuesday work for a quick call?\r\n"

const thanksEML = "From: Ana <ana@example.com>\nTo: me@example.com\nSubject: thanks\n" +
	"Date: Fri, 13 Mar 2026 09:00:00 +0000\nMessage-ID: <t1@example.com>\n\nThank you for taking the time to chat yesterday.\n"

const listEML = "From: News <news@example.org>\nTo: me@example.com\nSubject: weekly\nList-Id: <weekly.example.org>\n" +
	"Date: Fri, 13 Mar 2026 09:00:00 +0000\n\nSee you at the meetup on Tuesday at 6pm!\n"

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestClassifyCommandJSON(t *testing.T) {
	dir := t.TempDir()
	eml := filepath.Join(dir, "one.eml")
	writeFile(t, eml, confirmEML)
	mbox := filepath.Join(dir, "two.mbox")
	writeFile(t, mbox, "From ana@example.com Fri Mar 13 09:00:00 2026\n"+thanksEML+"\nFrom news@example.org Fri Mar 13 09:00:00 2026\n"+listEML)
	maildir := filepath.Join(dir, "Mail")
	writeFile(t, filepath.Join(maildir, "cur", "1.host:2,S"), thanksEML)
	if err := os.MkdirAll(filepath.Join(maildir, "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.eml")

	var out, errb bytes.Buffer
	code := run([]string{"classify", "--json", "--me", "ME@example.com", "--tz", "America/Toronto", eml, mbox, maildir, missing}, &out, &errb)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	want := []struct{ path, kind, meeting string }{
		{eml, "confirmation", "2026-03-10T10:00:00-04:00"},
		{mbox + "#1", "thank_you", ""},
		{mbox + "#2", "other", ""},
		{filepath.Join(maildir, "cur", "1.host:2,S"), "thank_you", ""},
		{missing, "", ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i, w := range want {
		l := lines[i]
		if l["path"] != w.path {
			t.Errorf("line %d: path = %v, want %s", i, l["path"], w.path)
		}
		if w.kind == "" {
			if l["error"] == nil || l["kind"] != nil {
				t.Errorf("line %d: want an error line, got %v", i, l)
			}
			continue
		}
		if l["kind"] != w.kind {
			t.Errorf("line %d (%s): kind = %v, want %s (why %v)", i, w.path, l["kind"], w.kind, l["why"])
		}
		if w.meeting == "" && l["meeting_at"] != nil || w.meeting != "" && l["meeting_at"] != w.meeting {
			t.Errorf("line %d: meeting_at = %v, want %q", i, l["meeting_at"], w.meeting)
		}
		for _, k := range []string{"message_id", "all_day", "why"} {
			if _, ok := l[k]; !ok {
				t.Errorf("line %d: no %q field", i, k)
			}
		}
	}
	if lines[0]["message_id"] != "c1@example.com" {
		t.Errorf("message_id = %v, want c1@example.com", lines[0]["message_id"])
	}
}

func TestClassifyCommandTable(t *testing.T) {
	dir := t.TempDir()
	eml := filepath.Join(dir, "one.eml")
	writeFile(t, eml, confirmEML)
	var out, errb bytes.Buffer
	if code := run([]string{"classify", eml}, &out, &errb); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	rows := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(rows) != 2 || !strings.HasPrefix(rows[0], "PATH") {
		t.Fatalf("table = %q, want a header and one row", out.String())
	}
	if !strings.Contains(rows[1], "confirmation") || !strings.Contains(rows[1], "2026-03-10T10:00:00-04:00") {
		t.Errorf("row = %q, want the confirmation and its meeting time", rows[1])
	}
	// columns line up: KIND starts at the same offset in both rows
	if strings.Index(rows[0], "KIND") != strings.Index(rows[1], "confirmation") {
		t.Errorf("columns not aligned:\n%s", out.String())
	}
}

func TestClassifyCommandExitCodes(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"classify"}, exitConfig},
		{[]string{"classify", "--tz", "Mars/Olympus", dir}, exitConfig},
		{[]string{"classify", "--bogus", dir}, exitConfig},
		{[]string{"classify", filepath.Join(dir, "nothing-here.eml")}, exitFail},
		{[]string{"classify", "-h"}, exitOK},
	} {
		var out, errb bytes.Buffer
		if got := run(tt.args, &out, &errb); got != tt.code {
			t.Errorf("run(%q) = %d, want %d (stderr %q)", tt.args, got, tt.code, errb.String())
		}
	}
}
