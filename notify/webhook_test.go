package notify

import (
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

type hookRecorder struct {
	mu    sync.Mutex
	reqs  []*http.Request
	body  [][]byte
	codes []int // answers, in order; then 200
	hdr   http.Header
}

func (h *hookRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.reqs = append(h.reqs, r)
	h.body = append(h.body, b)
	for k, v := range h.hdr {
		w.Header()[k] = v
	}
	code := 200
	if len(h.codes) > 0 {
		code, h.codes = h.codes[0], h.codes[1:]
	}
	w.WriteHeader(code)
}

func TestWebhookJSON(t *testing.T) {
	rec := &hookRecorder{}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	c := NewWebhook(&WebhookOptions{URL: srv.URL + "/hook", Format: testFmt, Clock: clock,
		Header: http.Header{"Authorization": {"Bearer tok"}}})
	r := dana()
	if err := c.Send(context.Background(), r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	req := rec.reqs[0]
	if req.Method != "POST" || req.URL.Path != "/hook" || req.Header.Get("Content-Type") != "application/json" || req.Header.Get("Authorization") != "Bearer tok" {
		t.Errorf("request = %s %s %v", req.Method, req.URL, req.Header)
	}
	if got := req.Header.Get(ReminderHeader); got != escapeID(r.ID) {
		t.Errorf("%s = %q", ReminderHeader, got)
	}
	var p map[string]any
	if err := json.Unmarshal(rec.body[0], &p); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{
		"id": r.ID, "rule": "confirm", "contact": "dana@example.com", "subject": "Re: Coffee next week?",
		"due": testNow.Format(time.RFC3339), "why": r.Why, "title": "Confirm tomorrow 15:00 with Dana Whitfield", "body": r.Body,
	} {
		if p[k] != want {
			t.Errorf("payload %s = %v, want %v", k, p[k], want)
		}
	}
}

func TestWebhookNtfy(t *testing.T) {
	rec := &hookRecorder{}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	c := NewWebhook(&WebhookOptions{URL: srv.URL + "/my-topic", Style: WebhookNtfy, Format: testFmt, Clock: clock})
	r := dana()
	r.Contact.Name = "Zoë\r\nX-Evil: 1"
	if err := c.Send(context.Background(), r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	req := rec.reqs[0]
	title, err := new(mime.WordDecoder).DecodeHeader(req.Header.Get("Title"))
	if err != nil || title != "Confirm tomorrow 15:00 with Zoë X-Evil: 1" {
		t.Errorf("Title = %q (%v)", title, err)
	}
	if req.Header.Get("X-Evil") != "" || req.Header.Get("Priority") != "high" || req.Header.Get("Tags") != "followupd,confirm" {
		t.Errorf("headers = %v", req.Header)
	}
	if body := string(rec.body[0]); !strings.HasPrefix(body, r.Body) || !strings.Contains(body, "Coffee next week?") {
		t.Errorf("body = %q", body)
	}
}

func TestWebhookErrorsClassifiedWithoutSecrets(t *testing.T) {
	rec := &hookRecorder{codes: []int{404, 503, 429}, hdr: http.Header{"Retry-After": {"120"}}}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	const secret = "topic-SECRET-123"
	c := NewWebhook(&WebhookOptions{URL: srv.URL + "/" + secret + "?token=" + secret, Clock: clock})
	err := c.Send(context.Background(), dana(), Delivery{})
	if !IsPermanent(err) {
		t.Errorf("404: err = %v, want permanent", err)
	}
	for i := 0; i < 2; i++ {
		err = c.Send(context.Background(), dana(), Delivery{})
		if err == nil || IsPermanent(err) || retryAfter(err) != 2*time.Minute {
			t.Errorf("503/429 with Retry-After: err = %v, wait %v; want temporary, 2m", err, retryAfter(err))
		}
	}
	srv.Close()
	err = c.Send(context.Background(), dana(), Delivery{})
	if err == nil || IsPermanent(err) {
		t.Errorf("server gone: err = %v, want temporary", err)
	}
	if strings.Contains(err.Error(), secret) {
		t.Errorf("error holds the URL's secret: %v", err)
	}
	bad := NewWebhook(&WebhookOptions{URL: "ftp://x/" + secret})
	if err := bad.Send(context.Background(), dana(), Delivery{}); !IsPermanent(err) || strings.Contains(err.Error(), secret) {
		t.Errorf("bad URL: err = %v", err)
	}
}
