#!/usr/bin/env bash
# Installs Debian packages a test step needs when a file they provide is missing:
#   ensure-debian-package.sh <file> <package>...
# Runs apt-get as root or with sudo, and says what to do otherwise.
set -euo pipefail
needed="$1"
shift
if [ -e "$needed" ]; then
	exit 0
fi
echo "$needed not found; installing Debian packages: $*…" >&2
if [ "$(id -u)" -eq 0 ]; then
	apt-get update -qq && apt-get install -y -qq "$@" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
	sudo apt-get update -qq && sudo apt-get install -y -qq "$@" >/dev/null
else
	echo "Cannot install without root. Install them (apt-get install $*) and run again." >&2
	exit 1
fi
[ -e "$needed" ] || { echo "$needed still missing after installing $*." >&2; exit 1; }
