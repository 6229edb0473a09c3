package main

import (
	"context"
	"fmt"
)

// Stubs: each is replaced by its cmd_NAME.go as the issues land.
func notYet(name string) func(context.Context, *env, []string) int {
	return func(_ context.Context, e *env, _ []string) int {
		fmt.Fprintf(e.stderr, "followupd %s: not implemented yet\n", name)
		return exitFail
	}
}

var (
	cmdClassify = notYet("classify")
)
