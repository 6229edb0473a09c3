package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// fakeInstall lays out a tiny corpus the way npm installs the package.
func fakeInstall(t *testing.T) (prefix string) {
	t.Helper()
	prefix = t.TempDir()
	data := filepath.Join(prefix, filepath.FromSlash(pkgData))
	if err := os.MkdirAll(filepath.Join(data, "spam-1"), 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"file_list.json": `["spam-1/b.txt", "spam-1/a.txt"]`,
		"spam-1/a.txt":   "Subject: a\n\nA\n",
		"spam-1/b.txt":   "Subject: b\n\nB\n",
		"spam-1/a.json":  `{"text": "ignored"}`,
	}
	for n, body := range files {
		if err := os.WriteFile(filepath.Join(data, filepath.FromSlash(n)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return prefix
}

func TestSpamAssassinFindsInstallPrefixAndDataDir(t *testing.T) {
	prefix := fakeInstall(t)
	for _, env := range []string{prefix, filepath.Join(prefix, filepath.FromSlash(pkgData))} {
		t.Setenv(EnvDir, env)
		msgs, ok, err := SpamAssassin()
		if err != nil || !ok {
			t.Fatalf("SpamAssassin with %s=%s: ok %v, err %v", EnvDir, env, ok, err)
		}
		if len(msgs) != 2 || msgs[0].Name != "spam-1/a.txt" || string(msgs[1].Raw) != "Subject: b\n\nB\n" {
			t.Errorf("SpamAssassin = %+v, want a.txt then b.txt with their bytes", msgs)
		}
	}
}

func TestSpamAssassinMissing(t *testing.T) {
	t.Setenv(EnvDir, t.TempDir())
	if msgs, ok, err := SpamAssassin(); ok || err != nil || msgs != nil {
		t.Errorf("SpamAssassin on an empty dir = %d msgs, ok %v, err %v; want none, false, nil", len(msgs), ok, err)
	}
}

func TestSpamAssassinIncompleteIsError(t *testing.T) {
	prefix := fakeInstall(t)
	if err := os.Remove(filepath.Join(prefix, filepath.FromSlash(pkgData), "spam-1", "b.txt")); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvDir, prefix)
	if _, ok, err := SpamAssassin(); !ok || err == nil {
		t.Errorf("SpamAssassin with a missing file: ok %v, err %v; want true and an error", ok, err)
	}
}
