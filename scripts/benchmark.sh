#!/usr/bin/env bash
# Set everything up, then run the speed and memory benchmark (N = 100, 1,000, 10,000 by default;
# e.g. `bash scripts/benchmark.sh --sizes 1000`). Rows per size (benchmarks/run.py): the plugin's
# own work cold, in a second `mkdocs build` (new process) with nothing changed and in a new process
# after one seed changed (also ×cold); `mkdocs serve --dirty`, one seed saved → browsers reloaded;
# build peak memory; full build / same-navigation baseline; the relation stage cold and after a
# one-seed edit. `--path-50k N` adds the path for larger archives at N articles (export, then
# `zensical build` of the export; Zensical's search index size and a query's cost), e.g.
# `bash scripts/benchmark.sh --path-50k 50000` alone. Results in benchmarks/results/benchmark.json.
# About 10 minutes at 1,000 articles on this 2-core machine, 30 or more at 10,000; other jobs on
# the machine make timings vary. Then benchmarks/profile_build.py: where the time goes at 1,000
# articles (the Pipeline's stages cold and after one seed changed; a cold build with the plugin
# against the baseline build, by plugin event, Markdown, templates, writing), the profile behind
# each missed target; PROFILE_SIZES="1000 10000" profiles more sizes. Then benchmarks/glossary_bench.py: the glossary scan of 20 and 400
# copies of one paragraph (linear: their time ratio stays under 80).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
.venv/bin/python benchmarks/run.py "$@"
# Where the time goes (benchmarks/results/profile.json).
read -r -a profile_sizes <<< "${PROFILE_SIZES:-1000}"
.venv/bin/python benchmarks/profile_build.py --sizes "${profile_sizes[@]}"
# How the glossary scan grows with the text (linear; a timing, so here and not in the tests).
.venv/bin/python benchmarks/glossary_bench.py
