#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright cannot download its own browser here.
# Installs it when missing (as root, or with sudo), and says what to do otherwise.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
	exit 0
fi
echo "Chromium not found at $chromium_path; installing Debian's chromium package…" >&2
if [ "$(id -u)" -eq 0 ]; then
	apt-get update -qq && apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
	sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
else
	echo "Cannot install Chromium without root. Install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
	exit 1
fi
"$chromium_path" --version >&2
