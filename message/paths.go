package message

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ReadPaths feeds fn every message found under paths, in order. A path is
// an .eml file, an mbox file (a file whose first line starts with "From ";
// a single message counts), a Maildir (a directory with cur/ or new/), or
// a plain directory, whose *.eml, *.msg and *.mbox files are read.
//
// fn is called once per message with its name (the file, or "file#N" for
// the Nth message of an mbox holding several) and a reader, or with a nil
// reader and the error when a path or message cannot be read. ReadPaths
// stops and returns the first error fn returns; it never fails on its own.
func ReadPaths(paths []string, fn func(name string, r io.Reader, err error) error) error {
	for _, p := range paths {
		if err := readPath(p, fn); err != nil {
			return err
		}
	}
	return nil
}

func readPath(p string, fn func(string, io.Reader, error) error) error {
	st, err := os.Stat(p)
	if err != nil {
		return fn(p, nil, fmt.Errorf("read %s: %w", p, unwrapPathErr(err)))
	}
	if !st.IsDir() {
		return readFile(p, fn)
	}
	files, err := dirFiles(p)
	if err != nil {
		return fn(p, nil, fmt.Errorf("read %s: %w", p, unwrapPathErr(err)))
	}
	for _, f := range files {
		if err := readFile(f, fn); err != nil {
			return err
		}
	}
	return nil
}

// dirFiles lists the message files of a Maildir (new/ then cur/) or of a
// plain directory, sorted by name.
func dirFiles(dir string) ([]string, error) {
	var out []string
	maildir := false
	for _, sub := range []string{"new", "cur"} {
		ents, err := os.ReadDir(filepath.Join(dir, sub)) // sorted by name
		if err != nil {
			continue
		}
		maildir = true
		for _, e := range ents {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				out = append(out, filepath.Join(dir, sub, e.Name()))
			}
		}
	}
	if maildir {
		return out, nil
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.Type().IsRegular() && (ext == ".eml" || ext == ".msg" || ext == ".mbox") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

func readFile(p string, fn func(string, io.Reader, error) error) error {
	f, err := os.Open(p)
	if err != nil {
		return fn(p, nil, fmt.Errorf("read %s: %w", p, unwrapPathErr(err)))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(5)
	if string(head) != "From " {
		return fn(p, br, nil)
	}
	return readMbox(p, br, fn)
}

// readMbox splits an mboxrd/mboxo file on "From " lines that follow a
// blank line. Message N is handed over when message N+1 starts (or at EOF),
// so a file holding a single message is named like a plain file.
func readMbox(p string, br *bufio.Reader, fn func(string, io.Reader, error) error) error {
	var cur []byte
	n := 0
	tooBig := false
	emit := func(last bool) error {
		name := p
		if !(last && n == 1) {
			name = fmt.Sprintf("%s#%d", p, n)
		}
		if tooBig {
			return fn(name, nil, fmt.Errorf("read %s: message larger than %d bytes", name, MaxMessageBytes))
		}
		return fn(name, bytes.NewReader(cur), nil)
	}
	blankBefore := true
	for {
		line, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			cur = appendCapped(cur, line, &tooBig)
			line, err = br.ReadSlice('\n')
		}
		if blankBefore && bytes.HasPrefix(line, []byte("From ")) {
			if n > 0 {
				if e := emit(false); e != nil {
					return e
				}
			}
			n++
			cur, tooBig, blankBefore = nil, false, false
			if err != nil {
				break
			}
			continue // the "From " line is not part of the message
		}
		blankBefore = len(bytes.TrimRight(line, "\r\n")) == 0
		// mboxrd: ">From " (any number of '>') was escaped on writing.
		if t := bytes.TrimLeft(line, ">"); len(t) < len(line) && bytes.HasPrefix(t, []byte("From ")) {
			line = line[1:]
		}
		cur = appendCapped(cur, line, &tooBig)
		if err != nil {
			break
		}
	}
	if n == 0 {
		return nil
	}
	return emit(true)
}

func appendCapped(buf, line []byte, tooBig *bool) []byte {
	if len(buf)+len(line) > MaxMessageBytes {
		*tooBig = true
		return buf
	}
	return append(buf, line...)
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
