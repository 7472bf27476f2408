#!/usr/bin/env bash
# The spell-check (scripts/spellcheck.ts) uses Debian's hunspell with its Latvian dictionary,
# and the English one for the titles of works cited in English.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ensure-debian-package.sh" /usr/bin/hunspell hunspell
bash "$here/ensure-debian-package.sh" /usr/share/hunspell/lv_LV.dic hunspell-lv
bash "$here/ensure-debian-package.sh" /usr/share/hunspell/en_US.dic hunspell-en-us
