package engine

import (
	"context"
	"database/sql"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/followupd/followupd/store"
)

func TestZZMakeBenchDB(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	raw, _ := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	defer raw.Close()
	b := &testing.B{}
	_ = b
	base := time.Date(2026, 3, 1, 0, 0, 0, 0, toronto)
	fillBenchT(t, raw, benchThreads, base)
	now := base
	e := New(&Options{Store: st, Zone: toronto, Me: []string{me}, Channels: []string{"email", "desktop"},
		Log: slog.New(slog.DiscardHandler), Clock: func() time.Time { return now }})
	t0 := time.Now()
	if err := e.Recompute(ctx, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("projection %v", time.Since(t0))
	e.Tick(ctx, base)
}
