package notify

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestConsoleBlock(t *testing.T) {
	var buf bytes.Buffer
	c := NewConsole(&ConsoleOptions{W: &buf, Format: testFmt, Clock: clock})
	r := dana()
	r.Contact.Name = "Dana \x1b[2J\x1b[31mWhitfield"
	r.Late = true
	if err := c.Send(context.Background(), r, Delivery{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("a terminal escape reached the console: %q", out)
	}
	for _, want := range []string{
		"── Confirm tomorrow 15:00 with Dana [2J [31mWhitfield (late)\n",
		"   why: Dana confirmed Tuesday 15:00 on Feb 26\n",
		"     | Looking forward to tomorrow at 15:00.\n",
		"   id: " + r.ID + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}
