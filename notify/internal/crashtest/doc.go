// Package crashtest holds the delivery crash test: a helper program
// (./helper) delivers a backlog of reminders through the real email, inbox
// and draft channels while the test kills it with SIGKILL at random
// moments and restarts it, then counts every message by Message-ID on the
// SMTP server, in INBOX and in Drafts. It has no code of its own.
package crashtest
