#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright cannot download its own browser here.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
bash "$(dirname "$0")/ensure-debian-package.sh" "$chromium_path" chromium
"$chromium_path" --version >&2
