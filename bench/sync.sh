#!/bin/sh
# Mailbox sync benchmarks: followupd's watcher against a real Dovecot, beside
# a bare go-imap client and mbsync measured in the same run. The figures go
# to docs/benchmarks.md, section "Mailbox sync".
#
#   bench/sync.sh                  full run: 50,000 messages (about 8 minutes
#                                  the first time, the mailbox is generated
#                                  once and kept in $SYNCBENCH_DIR)
#   N=2000 bench/sync.sh           quick run (under a minute)
#   bench/sync.sh -sink discard    any syncbench flag (-h lists them)
#
# Needs dovecot-imapd and isync (mbsync). Run as root or not: the harness
# drops Dovecot to nobody when root.
set -eu
cd "$(dirname "$0")/.."
N=${N:-50000}
DIR=${SYNCBENCH_DIR:-${TMPDIR:-/tmp}/followupd-syncbench-$N}
BIN=${TMPDIR:-/tmp}/followupd-syncbench.$$
trap 'rm -f "$BIN"' EXIT
go build -o "$BIN" ./bench/syncbench
if [ "$N" -le 5000 ]; then
	set -- -runs 3 -idle 30 "$@"
fi
"$BIN" -n "$N" -dir "$DIR" "$@"
