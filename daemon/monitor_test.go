package daemon

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/notify"
)

func TestMonitorAnnouncesOnceAndRecovers(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	m := &monitor{started: t0, syncStale: 30 * time.Minute, tickStale: 5 * time.Minute, watchStale: 15 * time.Minute}
	authErr := errors.New("authentication failed")
	format := &notify.Format{Location: time.UTC}
	steps := []struct {
		at       time.Duration
		lastSync time.Duration // offset from t0; -1 = never
		progress uint64
		tick     time.Duration
		want     string // substring of the one notice, "" for none
		alive    bool
	}{
		{at: 1 * time.Minute, lastSync: 1 * time.Minute, progress: 1, tick: 1 * time.Minute, alive: true},
		{at: 20 * time.Minute, lastSync: 1 * time.Minute, progress: 2, tick: 20 * time.Minute, alive: true},
		{at: 32 * time.Minute, lastSync: 1 * time.Minute, progress: 3, tick: 32 * time.Minute, want: "cannot reach your mailbox since 09:01: authentication failed", alive: true},
		{at: 40 * time.Minute, lastSync: 1 * time.Minute, progress: 4, tick: 40 * time.Minute, alive: true}, // told once only
		{at: 41 * time.Minute, lastSync: 41 * time.Minute, progress: 5, tick: 41 * time.Minute, want: "can reach your mailbox again", alive: true},
		{at: 50 * time.Minute, lastSync: 50 * time.Minute, progress: 5, tick: 50 * time.Minute, alive: true},
		{at: 57 * time.Minute, lastSync: 50 * time.Minute, progress: 5, tick: 50 * time.Minute, want: "cannot run its scheduler since", alive: false},
		{at: 58 * time.Minute, lastSync: 58 * time.Minute, progress: 6, tick: 58 * time.Minute, want: "can run its scheduler again", alive: true},
		// progress frozen for more than watchStale: the watchdog stops being pinged
		{at: 74 * time.Minute, lastSync: 58 * time.Minute, progress: 6, tick: 74 * time.Minute, alive: false},
	}
	for _, s := range steps {
		p := probe{now: t0.Add(s.at), lastSync: t0.Add(s.lastSync), syncErr: authErr, progress: s.progress, lastTick: t0.Add(s.tick)}
		health, alive := m.observe(p)
		var notices []string
		for _, h := range health {
			notices = append(notices, format.HealthNotice(h, p.now).Title)
		}
		if s.want == "" && len(notices) != 0 {
			t.Errorf("at +%v: observe = %q, want no notice", s.at, notices)
		}
		if s.want != "" && (len(notices) != 1 || !strings.Contains(notices[0], s.want)) {
			t.Errorf("at +%v: observe = %q, want one notice containing %q", s.at, notices, s.want)
		}
		if alive != s.alive {
			t.Errorf("at +%v: alive = %v, want %v", s.at, alive, s.alive)
		}
	}
}
