#!/usr/bin/env bash
# Installs what followupd's tests use, from Debian's packages: a real
# Dovecot (IMAP), mbsync (benchmark peer), a D-Bus session bus with a real
# notification daemon (dunst under Xvfb), an independent SMTP server
# (aiosmtpd) and the systemd tools that check the units. Run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
pkgs=(dovecot-imapd isync dbus dunst xvfb libnotify-bin python3-aiosmtpd systemd procps)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Dovecot's Debian package starts a system instance where it can; the tests
# run their own, so stop any that is listening.
if command -v doveadm >/dev/null && doveadm stop >/dev/null 2>&1; then :; fi
