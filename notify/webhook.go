package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/followupd/followupd/domain"
)

// Webhook body styles.
const (
	WebhookJSON = "json" // a JSON object (webhookPayload)
	WebhookNtfy = "ntfy" // plain text body, Title/Priority/Tags headers (ntfy.sh)
)

// WebhookOptions configures a webhook channel.
type WebhookOptions struct {
	// Name is the channel's name; "" means "webhook".
	Name string
	// URL receives a POST per reminder. It may hold a secret (an ntfy
	// topic, a token) and so never appears in logs or errors.
	URL string
	// Style is WebhookJSON (default) or WebhookNtfy.
	Style string
	// Header is added to each request (Authorization, ...); values are
	// secret like the URL.
	Header http.Header
	// Client sends the requests; nil means a client with Timeout.
	Client *http.Client
	// Timeout bounds one request; 0 means 30s.
	Timeout time.Duration
	// Format renders subjects and times; nil means UTC.
	Format *Format
	// Clock is the time source; nil means time.Now.
	Clock func() time.Time
}

// Webhook POSTs each reminder to a URL, for a phone (ntfy) or a chat. It is
// at-least-once: after a crash mid-request the same reminder may be posted
// again, with the same X-Followupd-Reminder header for the receiver to
// drop duplicates by.
type Webhook struct{ opt WebhookOptions }

// NewWebhook returns a webhook channel.
func NewWebhook(opt *WebhookOptions) *Webhook {
	c := &Webhook{}
	if opt != nil {
		c.opt = *opt
	}
	if c.opt.Name == "" {
		c.opt.Name = "webhook"
	}
	if c.opt.Style == "" {
		c.opt.Style = WebhookJSON
	}
	if c.opt.Timeout == 0 {
		c.opt.Timeout = 30 * time.Second
	}
	if c.opt.Client == nil {
		c.opt.Client = &http.Client{Timeout: c.opt.Timeout}
	}
	if c.opt.Clock == nil {
		c.opt.Clock = time.Now
	}
	return c
}

// Name implements Channel.
func (c *Webhook) Name() string { return c.opt.Name }

// webhookPayload is the JSON body. Fields are stable: add, never rename.
type webhookPayload struct {
	ID          string    `json:"id"`
	Rule        string    `json:"rule"`
	Contact     string    `json:"contact"`
	ContactName string    `json:"contact_name,omitempty"`
	Subject     string    `json:"subject"`
	Due         time.Time `json:"due"`
	Why         string    `json:"why"`
	Title       string    `json:"title"`
	Body        string    `json:"body"`
	MeetingAt   string    `json:"meeting_at,omitempty"`
	Late        bool      `json:"late,omitempty"`
	Draft       string    `json:"draft,omitempty"`
}

// Send implements Channel.
func (c *Webhook) Send(ctx context.Context, r *domain.Reminder, d Delivery) error {
	u, err := url.Parse(c.opt.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return Permanent(fmt.Errorf("%s: the URL is not an http(s) URL", c.opt.Name))
	}
	v := c.opt.Format.render(r, c.opt.Clock())
	var body []byte
	hdr := http.Header{}
	switch c.opt.Style {
	case WebhookNtfy:
		text := v.Lead
		if v.Why != "" {
			text += "\n" + v.Why
		}
		body = []byte(text + "\n" + v.Conversation)
		hdr.Set("Content-Type", "text/plain; charset=utf-8")
		// ntfy reads RFC 2047 encoded words in its headers.
		hdr.Set("Title", mime.QEncoding.Encode("utf-8", v.Subject))
		prio := "default"
		if r.Late || r.Rule == "confirm" {
			prio = "high"
		}
		hdr.Set("Priority", prio)
		if tag := escapeID(r.Rule); tag != "" {
			hdr.Set("Tags", "followupd,"+tag)
		}
	case WebhookJSON:
		p := webhookPayload{ID: r.ID, Rule: r.Rule, Contact: oneLine(r.Contact.Addr), ContactName: oneLine(r.Contact.Name),
			Subject: oneLine(r.Subject), Due: r.Due, Why: oneLine(r.Why), Title: v.Subject, Body: v.Lead,
			Late: r.Late, Draft: strings.TrimSpace(multiLine(r.Draft))}
		if !r.MeetingAt.IsZero() {
			p.MeetingAt = r.MeetingAt.Format(time.RFC3339)
		}
		if body, err = json.Marshal(p); err != nil {
			return Permanent(fmt.Errorf("%s: encode: %w", c.opt.Name, err))
		}
		hdr.Set("Content-Type", "application/json")
	default:
		return Permanent(fmt.Errorf("%s: unknown style %q", c.opt.Name, c.opt.Style))
	}
	hdr.Set(ReminderHeader, escapeID(r.ID))
	for k, vs := range c.opt.Header {
		for _, v := range vs {
			hdr.Add(k, v)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return Permanent(fmt.Errorf("%s: build request: bad URL", c.opt.Name))
	}
	req.Header = hdr
	resp, err := c.opt.Client.Do(req)
	if err != nil {
		// url.Error repeats the URL, which may hold a secret.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("%s: post to %s: %w", c.opt.Name, u.Host, err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	return c.classify(resp, u.Host)
}

// classify: 2xx is delivered; 408, 425, 429 and 5xx are retried (after
// Retry-After if given); any other status will not change by retrying.
func (c *Webhook) classify(resp *http.Response, host string) error {
	code := resp.StatusCode
	if code >= 200 && code < 300 {
		return nil
	}
	err := fmt.Errorf("%s: post to %s: status %d", c.opt.Name, host, code)
	switch {
	case code == 408 || code == 425 || code == 429 || code >= 500:
		if s := resp.Header.Get("Retry-After"); s != "" {
			if n, perr := strconv.Atoi(s); perr == nil && n > 0 {
				return RetryAfter(err, time.Duration(n)*time.Second)
			}
			if t, perr := http.ParseTime(s); perr == nil {
				return RetryAfter(err, t.Sub(c.opt.Clock()))
			}
		}
		return err
	}
	return Permanent(err)
}

// Check implements Checker: the URL is well formed. (A test POST would
// notify the owner's phone, so none is sent.)
func (c *Webhook) Check(ctx context.Context) error {
	u, err := url.Parse(c.opt.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("%s: the URL is not an http(s) URL", c.opt.Name)
	}
	return nil
}
