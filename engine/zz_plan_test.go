package engine

import (
	"database/sql"
	"os"
	"testing"
	"time"
)

func TestZZPlan(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	raw, _ := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	defer raw.Close()
	qs := []string{
		`SELECT * FROM reminders WHERE fired_at = 0 AND status IN ('pending', 'snoozed') AND due <= 1772000000`,
		`SELECT (SELECT COALESCE(MAX(id), 0) FROM messages) > COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'x'), 0)
		OR EXISTS (SELECT 1 FROM engine_dirty) OR EXISTS (SELECT 1 FROM engine_stale) OR EXISTS (SELECT 1 FROM engine_recheck WHERE at <= 5)`,
		`SELECT DISTINCT a.addr FROM messages m JOIN message_addrs a ON a.message = m.id WHERE m.date >= 5 AND m.date < 6`,
		`SELECT id, status, fired_at FROM reminders WHERE about IN ('a','b')`,
		`SELECT a.addr, m.id FROM message_addrs a JOIN messages m ON m.id = a.message WHERE a.addr IN ('a','b') ORDER BY a.addr, m.date, m.id`,
		`SELECT addr, MAX(name), MAX(muted) FROM contacts WHERE addr IN ('a','b') GROUP BY addr`,
		`SELECT DISTINCT about FROM reminders WHERE contact IN ('a','b') AND about != contact AND about != ''`,
	}
	for _, q := range qs {
		rows, err := raw.Query("EXPLAIN QUERY PLAN " + q)
		if err != nil {
			t.Fatal(err)
		}
		t.Log(q[:60])
		for rows.Next() {
			var a, b, c int
			var d string
			rows.Scan(&a, &b, &c, &d)
			t.Log("   ", d)
		}
		rows.Close()
		t0 := time.Now()
		rows, _ = raw.Query(q)
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		t.Log("    rows", n, time.Since(t0))
	}
	var n int
	raw.QueryRow(`SELECT count(*) FROM reminders`).Scan(&n)
	t.Log("reminders", n)
}
