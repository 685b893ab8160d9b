#!/usr/bin/env bash
# Tools the export tests need beyond Python (tests/export/test_html.py, tests/export/test_js.py):
#   - Debian's chromium, to load the HTML export headless;
#   - node + npm, and graphology/graphology-gexf in tests/export/js (from its package-lock.json).
# Idempotent: installs only what is missing. Needs root (or sudo) for apt-get, and the Debian
# and npm registries. Run from anywhere: bash .ci/setup-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup-export: installing ${missing[*]} with apt-get" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

JS=tests/export/js
if [ ! -d "$JS/node_modules/graphology-gexf" ] || [ "$JS/package-lock.json" -nt "$JS/node_modules/.package-lock.json" ]; then
    echo "setup-export: npm ci in $JS" >&2
    (cd "$JS" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup-export: chromium $(chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1), node $(node --version)" >&2
