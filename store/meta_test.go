package store

import (
	"context"
	"testing"
	"time"
)

func TestMetaActionsFolders(t *testing.T) {
	ctx := context.Background()
	s := openMsgStore(t)
	if v, ok, err := s.GetMeta(ctx, "last_tick"); v != "" || ok || err != nil {
		t.Errorf("GetMeta(unset) = %q, %v, %v", v, ok, err)
	}
	for _, v := range []string{"1", "2"} {
		if err := s.SetMeta(ctx, "last_tick", v); err != nil {
			t.Fatal(err)
		}
	}
	if v, ok, err := s.GetMeta(ctx, "last_tick"); v != "2" || !ok || err != nil {
		t.Errorf("GetMeta = %q, %v, %v; want 2", v, ok, err)
	}

	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	for _, a := range []Action{
		{At: at, Action: "snooze", Target: "r1", Until: at.Add(72 * time.Hour)},
		{At: at.Add(time.Hour), Action: "mute", Target: "bob@example.com", Source: "mail"},
	} {
		if err := s.RecordAction(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Actions(ctx, "")
	if err != nil || len(got) != 2 {
		t.Fatalf("Actions = %+v, %v", got, err)
	}
	if got[0].Source != "cli" || !got[0].Until.Equal(at.Add(72*time.Hour)) || got[1].Source != "mail" || !got[1].Until.IsZero() {
		t.Errorf("actions = %+v", got)
	}
	if one, _ := s.Actions(ctx, "r1"); len(one) != 1 || one[0].Action != "snooze" {
		t.Errorf("Actions(r1) = %+v", one)
	}

	if err := s.SaveBatch(ctx, "a", "Sent", "sent", FolderState{UIDValidity: 3, HighestUID: 9, HighestModSeq: 1 << 40}, nil); err != nil {
		t.Fatal(err)
	}
	fs, err := s.Folders(ctx)
	if err != nil || len(fs) != 1 || fs[0].Role != "sent" || fs[0].HighestModSeq != 1<<40 || fs[0].LastSync.IsZero() {
		t.Errorf("Folders = %+v, %v", fs, err)
	}
	if st, _ := s.FolderState(ctx, "a", "nope"); st != (FolderState{}) {
		t.Errorf("unknown folder state = %+v", st)
	}
}
