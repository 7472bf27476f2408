#!/usr/bin/env bash
# The spell-check (scripts/spellcheck.ts) uses Debian's hunspell with its Latvian dictionary.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ensure-debian-package.sh" /usr/bin/hunspell hunspell
bash "$here/ensure-debian-package.sh" /usr/share/hunspell/lv_LV.dic hunspell-lv
