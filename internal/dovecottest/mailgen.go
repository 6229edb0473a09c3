package dovecottest

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Shape is the kind of message Generate makes.
type Shape int

const (
	ShapePlain       Shape = iota // text/plain
	ShapeAlternative              // multipart/alternative: text/plain + text/html
	ShapeAttachment               // multipart/mixed: alternative + a binary attachment
	ShapeInvite                   // multipart/mixed: text/plain + text/calendar (+ .ics)
)

// GenID is the Message-ID (without brackets) of generated message i.
func GenID(i int) string { return fmt.Sprintf("gen-%d@followupd.test", i) }

// GenShape returns the shape of message i in a realistic mix: about 5%
// with attachments, 2% calendar invites, 60% multipart/alternative, the
// rest plain text.
func GenShape(i int) Shape {
	switch r := rand.New(rand.NewPCG(uint64(i), 7)).IntN(100); {
	case r < 5:
		return ShapeAttachment
	case r < 7:
		return ShapeInvite
	case r < 67:
		return ShapeAlternative
	}
	return ShapePlain
}

// Generate returns realistic message i (deterministic in i): text 2-60 KB,
// attachments 100 KB to maxAttach bytes (0 means 3 MB), Message-ID GenID(i),
// threaded by In-Reply-To on the previous message now and then.
func Generate(i int, maxAttach int) []byte {
	r := rand.New(rand.NewPCG(uint64(i), 1))
	if maxAttach <= 0 {
		maxAttach = 3 << 20
	}
	date := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 7 * time.Minute)
	var b strings.Builder
	fmt.Fprintf(&b, "Return-Path: <person%d@example.com>\r\n", i%500)
	fmt.Fprintf(&b, "Received: from mx%d.example.com (mx%d.example.com [192.0.2.%d])\r\n\tby mail.followupd.test with ESMTPS id %x\r\n\tfor <alice@followupd.test>; %s\r\n",
		i%7, i%7, i%250, r.Uint64(), date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "From: Person %d <person%d@example.com>\r\n", i%500, i%500)
	b.WriteString("To: Alice <alice@followupd.test>\r\n")
	fmt.Fprintf(&b, "Subject: %s #%d\r\n", subjects[i%len(subjects)], i)
	fmt.Fprintf(&b, "Date: %s\r\n", date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s>\r\n", GenID(i))
	if i > 0 && i%3 == 0 {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", GenID(i-1), GenID(i-1))
	}
	b.WriteString("MIME-Version: 1.0\r\n")
	text := filler(r, 2<<10+r.IntN(58<<10))
	switch GenShape(i) {
	case ShapePlain:
		b.WriteString("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
		b.WriteString(text)
	case ShapeAlternative:
		writeAlternative(&b, fmt.Sprintf("alt-%d", i), text)
	case ShapeAttachment:
		bound := fmt.Sprintf("mix-%d", i)
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=%q\r\n\r\n--%s\r\n", bound, bound)
		writeAlternative(&b, fmt.Sprintf("alt-%d", i), text[:min(len(text), 4<<10)]+"\r\n")
		size := 100<<10 + r.IntN(max(1, maxAttach-100<<10))
		fmt.Fprintf(&b, "\r\n--%s\r\nContent-Type: application/pdf; name=\"report-%d.pdf\"\r\nContent-Disposition: attachment; filename=\"report-%d.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n", bound, i, i)
		writeBase64(&b, r, size)
		fmt.Fprintf(&b, "--%s--\r\n", bound)
	case ShapeInvite:
		bound := fmt.Sprintf("inv-%d", i)
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=%q\r\n\r\n--%s\r\n", bound, bound)
		b.WriteString("Content-Type: text/plain; charset=utf-8\r\n\r\nYou have been invited to a coffee chat.\r\n\r\n")
		cal := invite(i, date.Add(72*time.Hour))
		fmt.Fprintf(&b, "--%s\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n%s\r\n", bound, cal)
		fmt.Fprintf(&b, "--%s\r\nContent-Type: application/ics; name=\"invite.ics\"\r\nContent-Disposition: attachment; filename=\"invite.ics\"\r\nContent-Transfer-Encoding: base64\r\n\r\n", bound)
		enc := base64.StdEncoding.EncodeToString([]byte(cal))
		for len(enc) > 76 {
			b.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		b.WriteString(enc + "\r\n")
		fmt.Fprintf(&b, "--%s--\r\n", bound)
	}
	return []byte(b.String())
}

var subjects = []string{
	"Coffee next week?", "Thanks for the intro", "Re: Quick question about the role",
	"Following up on our chat", "Meeting confirmed: Tuesday 3pm", "Update on my search",
	"Can we reschedule?", "Introduction: Alice <> Bob",
}

var words = strings.Fields("the a meeting coffee thanks role team intro follow up next week call " +
	"schedule great to meet you project update happy would love hear more about your work when " +
	"works best for Tuesday Thursday afternoon morning chat catch")

func filler(r *rand.Rand, n int) string {
	var b strings.Builder
	line := 0
	for b.Len() < n {
		w := words[r.IntN(len(words))]
		b.WriteString(w)
		line += len(w) + 1
		if line > 70 {
			b.WriteString("\r\n")
			line = 0
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString("\r\n")
	return b.String()
}

func writeAlternative(b *strings.Builder, bound, text string) {
	fmt.Fprintf(b, "Content-Type: multipart/alternative; boundary=%q\r\n\r\n", bound)
	fmt.Fprintf(b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s", bound, text)
	fmt.Fprintf(b, "--%s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<html><body><p>%s</p></body></html>\r\n",
		bound, strings.ReplaceAll(text, "\r\n", "<br>\r\n"))
	fmt.Fprintf(b, "--%s--\r\n", bound)
}

// writeBase64 writes n random bytes, base64 in 76-column lines.
func writeBase64(b *strings.Builder, r *rand.Rand, n int) {
	raw := make([]byte, 64)
	for n > 0 {
		k := min(57, n)
		for j := 0; j < k; j += 8 {
			binary.LittleEndian.PutUint64(raw[j:], r.Uint64())
		}
		b.WriteString(base64.StdEncoding.EncodeToString(raw[:k]))
		b.WriteString("\r\n")
		n -= k
	}
}

func invite(i int, at time.Time) string {
	return strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followupd//dovecottest//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", fmt.Sprintf("UID:invite-%d@followupd.test", i),
		"DTSTART:" + at.Format("20060102T150405Z"), "DTEND:" + at.Add(30*time.Minute).Format("20060102T150405Z"),
		fmt.Sprintf("SUMMARY:Coffee chat #%d", i), fmt.Sprintf("ORGANIZER:mailto:person%d@example.com", i%500),
		"ATTENDEE:mailto:alice@followupd.test", "END:VEVENT", "END:VCALENDAR",
	}, "\r\n")
}
