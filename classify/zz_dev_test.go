package classify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/followupd/followupd/domain"
	"github.com/followupd/followupd/internal/testcorpus"
	"github.com/followupd/followupd/message"
)

func TestDevFP(t *testing.T) {
	msgs, ok, _ := testcorpus.SpamAssassin()
	if !ok {
		t.Skip()
	}
	out, _ := os.Create("/tmp/fp_detail.txt")
	defer out.Close()
	for _, msg := range msgs {
		m, err := message.Parse(bytes.NewReader(msg.Raw))
		if err != nil {
			continue
		}
		v := Classify(m, &Options{})
		if v.Kind != domain.KindOther {
			body := m.Text
			if strings.TrimSpace(body) == "" {
				body = message.HTMLToText(m.HTML)
			}
			st := strip(body, m.From.Name)
			nt := st.New
			if len(nt) > 600 {
				nt = nt[:600]
			}
			fmt.Fprintf(out, "=== %s [%s] %q\nWHY: %s\n%s\n\n", msg.Name, v.Kind, m.Subject, v.Why, nt)
		}
	}
}

type devLabel struct {
	File      string  `json:"file"`
	Kind      string  `json:"kind"`
	MeetingAt *string `json:"meeting_at"`
	AllDay    bool    `json:"all_day"`
	Note      string  `json:"note"`
}

func TestDevCorpus(t *testing.T) {
	dir := os.Getenv("DEVDIR")
	if dir == "" {
		dir = "testdata/corpus"
	}
	b, err := os.ReadFile(dir + "/labels.jsonl")
	if err != nil {
		t.Skip()
	}
	out, _ := os.Create("/tmp/corpus_detail.txt")
	defer out.Close()
	bad := 0
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var l devLabel
		json.Unmarshal([]byte(line), &l)
		raw, _ := os.ReadFile(dir + "/" + l.File)
		m, err := message.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		v := Classify(m, &Options{})
		got := ""
		if !v.MeetingAt.IsZero() {
			got = v.MeetingAt.Format(time.RFC3339)
		}
		want := ""
		if l.MeetingAt != nil {
			want = *l.MeetingAt
		}
		okT := got == want
		if !okT && got != "" && want != "" {
			w, _ := time.Parse(time.RFC3339, want)
			okT = w.Equal(v.MeetingAt)
		}
		if string(v.Kind) == l.Kind && okT && v.AllDay == l.AllDay {
			continue
		}
		bad++
		body := m.Text
		if strings.TrimSpace(body) == "" {
			body = message.HTMLToText(m.HTML)
		}
		st := strip(body, m.From.Name)
		nt := st.New
		if len(nt) > 700 {
			nt = nt[:700]
		}
		fmt.Fprintf(out, "=== %s want %s %s got %s %s (date %s)\nNOTE: %s\nWHY: %s\n%s\n\n", l.File, l.Kind, want, v.Kind, got, m.Date.Format(time.RFC1123Z), l.Note, v.Why, nt)
	}
	fmt.Fprintf(out, "BAD %d\n", bad)
}
