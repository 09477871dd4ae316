#!/usr/bin/env bash
# Set everything up, then run the speed and memory benchmark (N = 100, 1,000, 10,000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python benchmarks/run.py "$@"
