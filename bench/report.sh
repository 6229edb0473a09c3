#!/bin/sh
# One small report of every performance figure the issues ask for, each
# beside its floor measured in the same run. Slow parts are optional:
#
#   bench/report.sh            classify, store, rules, engine tick, quick sync (N=2000)
#   SYNC_N=50000 bench/report.sh   the full 50,000-message sync run as well
#   SKIP_SYNC=1 bench/report.sh    no Dovecot needed
#
# Needs the SpamAssassin corpus for the classify figures
# (scripts/fetch-spamassassin.sh) and dovecot-imapd + isync for the sync.
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

metric() { # file benchmark-name unit -> value
	awk -v b="$2" -v u="$3" '$1 ~ "^"b"(-[0-9]+)?$" { for (i = 2; i < NF; i++) if ($(i+1) == u) print $i }' "$1" | tail -1
}

echo "== followupd benchmark report ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(go version | cut -d' ' -f3))"

go test ./classify -run '^$' -bench 'BenchmarkClassifyVsParse' -benchtime 3x -cpu 1 >"$out/classify" 2>&1 || cat "$out/classify"
printf '\nclassify (SpamAssassin corpus, one core, same run)\n'
printf '  bare go-message walk   %10s msg/s\n' "$(metric "$out/classify" BenchmarkClassifyVsParse parse-msg/s)"
printf '  parse+strip+classify   %10s msg/s   (floor: 5,000)\n' "$(metric "$out/classify" BenchmarkClassifyVsParse classify-msg/s)"
printf '  ratio                  %10s       (target: at most 2)\n' "$(metric "$out/classify" BenchmarkClassifyVsParse ratio)"

go test ./store -run '^$' -bench 'BenchmarkSaveBatch' -benchtime 10000x >"$out/store" 2>&1 || cat "$out/store"
printf '\nstore (SaveBatch, batches of 500, real SQLite file, synchronous=FULL)\n'
grep -E '^BenchmarkSaveBatch' "$out/store" | sed 's/^/  /'

go test ./rules -run '^$' -bench . >"$out/rules" 2>&1 || cat "$out/rules"
printf '\nrules (pure evaluation of one contact)\n'
grep -E '^Benchmark' "$out/rules" | sed 's/^/  /'

go test ./engine -run '^$' -bench 'BenchmarkTick' -benchtime 20x -timeout 20m >"$out/tick" 2>&1 || cat "$out/tick"
printf '\nengine tick over 100,000 threads (target: at most 50 ms)\n'
grep -E '^BenchmarkTick' "$out/tick" | sed 's/^/  /'

if [ -z "${SKIP_SYNC:-}" ]; then
	printf '\nmailbox sync against Dovecot, whole pipeline (fetch, classify, store)\n'
	N=${SYNC_N:-2000} bench/sync.sh -sink store 2>&1 | sed 's/^/  /'
fi
