"""Where the time of a build goes: the profile behind each row of the benchmark.

``benchmarks/run.py`` measures how long things take; this script says why, for the
rows whose target is missed (issue 16). For each size it builds a synthetic archive
(``benchmarks/synthetic.py``) and, each part in a new process:

1. the plugin's own work (``Pipeline.build``) cold and then, in a new process, after one
   seed changed: wall time of each stage (reading the cache file, parsing, glossary,
   relations, rendering and the rest of the assembly) with the process's CPU time;
2. a whole cold ``mkdocs build`` with the plugin against the baseline build of the same
   pages exported as plain Markdown (the benchmark's overhead row): time in each
   plugin's event handlers (every plugin: ours, Material's search, tags...), in
   Markdown conversion, in the theme's templates, in writing files, and the rest of
   MkDocs; with the number of pages and the bytes of HTML written.

Timings are wall seconds on a shared machine: read them as shares of one run.

Usage: ``.venv/bin/python benchmarks/profile_build.py [--sizes 1000] [--output FILE]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import baseline_config  # noqa: E402
from synthetic import make_project  # noqa: E402

PYTHON = sys.executable

# Wraps named callables so that each call adds its wall time to ``spent[label]``.
TIMERS = """
import json, os, resource, sys, time, importlib
spent, counts = {}, {}
def timed(owner, attr, label):
    method = getattr(owner, attr)
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start
            counts[label] = counts.get(label, 0) + 1
    setattr(owner, attr, run)
def cpu():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime
"""

# The Pipeline's stages, cold then after one seed changed (each in its own process).
PIPELINE_STAGES = (
    TIMERS
    + """
from pathlib import Path
from seed_articles import assemble, pipeline as pipeline_module
from seed_articles.build import disk_cache, parse_stage
from seed_articles.build.background import wait_for_background
from seed_articles.cli import load_site
timed(disk_cache.CacheFile, "load", "read the cache file")
timed(parse_stage.ParseStage, "scan", "list the seeds folder")
timed(parse_stage.ParseStage, "parse", "parse seeds")
timed(assemble, "run_glossary_stage", "glossary")
timed(assemble, "run_relations_stage", "relations")
timed(pipeline_module, "assemble_site", "assembly (glossary, relations, rendering)")
timed(pipeline_module, "_save_state", "write the state file")
root, edit = Path(sys.argv[1]), sys.argv[2] == "edit"
if edit:
    seeds = sorted((root / "seeds").glob("*.txt"))
    seed = seeds[len(seeds) // 2]
    seed.write_text(seed.read_text(encoding="utf-8") + "\\nMột câu mới được thêm vào bài.\\n", encoding="utf-8")
config, settings = load_site(root / "mkdocs.yml")
cpu_before = cpu()
start = time.perf_counter()
pipeline_module.Pipeline().build(settings)
total = time.perf_counter() - start
cpu_after = cpu()
wait_for_background()
spent["rendering and the rest of the assembly"] = spent.get("assembly (glossary, relations, rendering)", 0.0) - spent.get("glossary", 0.0) - spent.get("relations", 0.0)
print(json.dumps({"total_s": total, "cpu_s": cpu_after[0] - cpu_before[0], "worker_cpu_s": cpu_after[1] - cpu_before[1], "stages": spent}))
"""
)

# A whole `mkdocs build` (config file given): plugin events by plugin and event, Markdown
# conversion, template rendering, file writing.
BUILD_PHASES = (
    TIMERS
    + """
import logging
import jinja2
from mkdocs import utils
from mkdocs.commands import build as build_module
from mkdocs.config import load_config
from mkdocs.structure.pages import Page
logging.basicConfig(level=logging.WARNING)
html_bytes = [0]
timed(Page, "render", "MkDocs: Markdown to HTML")
timed(Page, "read_source", "MkDocs: read Markdown")
timed(jinja2.Template, "render", "theme templates")
write_file = utils.write_file
def counting_write(content, path):
    if str(path).endswith(".html"):
        html_bytes[0] += len(content)
    write_file(content, path)
utils.write_file = counting_write
timed(utils, "write_file", "MkDocs: write files")
config = load_config(sys.argv[1], site_dir=sys.argv[2])
for event, methods in config.plugins.events.items():
    for index, method in enumerate(methods):
        owner = type(getattr(method, "__self__", None)).__name__
        label = f"plugin {owner}.on_{event}"
        holder = {"m": method}
        def make(label=label, holder=holder):
            def run(*args, **kwargs):
                start = time.perf_counter()
                try:
                    return holder["m"](*args, **kwargs)
                finally:
                    spent[label] = spent.get(label, 0.0) + time.perf_counter() - start
            return run
        methods[index] = make()
cpu_before = cpu()
start = time.perf_counter()
config.plugins.on_startup(command="build", dirty=False)
build_module.build(config)
config.plugins.on_shutdown()
total = time.perf_counter() - start
cpu_after = cpu()
print(json.dumps({"total_s": total, "cpu_s": cpu_after[0] - cpu_before[0], "worker_cpu_s": cpu_after[1] - cpu_before[1],
                  "html_mb": html_bytes[0] / 1e6, "pages_rendered": counts.get("theme templates", 0), "phases": spent}))
"""
)


def run_json(code: str, *args: str, cwd: Path) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = subprocess.run(
        [PYTHON, "-c", code, *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(next(line for line in reversed(out.splitlines()) if line.startswith("{")))


def profile_size(count: int, workdir: Path) -> dict:
    project = make_project(workdir / f"n{count}", count)
    cache = project / ".cache"
    shutil.rmtree(cache, ignore_errors=True)
    result: dict = {"articles": count, "load_average": round(os.getloadavg()[0], 2)}
    result["pipeline_cold"] = run_json(PIPELINE_STAGES, str(project), "cold", cwd=project)
    result["pipeline_one_seed"] = run_json(PIPELINE_STAGES, str(project), "edit", cwd=project)

    # The baseline needs the exported pages: the export command writes them.
    export_dir = workdir / f"export{count}"
    subprocess.run(
        [PYTHON, "-m", "seed_articles", "-f", str(project / "mkdocs.yml"), "export", str(export_dir)],
        cwd=project,
        check=True,
        capture_output=True,
    )
    newest = json.loads(
        subprocess.run(
            [PYTHON, "-c", NEWEST, str(project)], cwd=project, check=True, capture_output=True, text=True
        ).stdout
    )
    baseline = baseline_config(project, export_dir, newest)
    result["baseline_build"] = run_json(
        BUILD_PHASES, str(baseline), str(workdir / f"base{count}"), cwd=project
    )
    shutil.rmtree(cache, ignore_errors=True)
    result["plugin_build"] = run_json(
        BUILD_PHASES, str(project / "mkdocs.yml"), str(workdir / f"site{count}"), cwd=project
    )
    return result


# The sidebar's newest articles, as the benchmark's baseline lists them.
NEWEST = """
import json, sys
from pathlib import Path
from seed_articles.cli import load_site
from seed_articles.pipeline import Pipeline
config, settings = load_site(Path(sys.argv[1]) / "mkdocs.yml")
build = Pipeline().build(settings)
print(json.dumps([record.src_uri for record in build.articles[: settings.nav_articles]]))
"""


def print_profile(row: dict) -> None:
    print(f"\n== {row['articles']:,} articles (load average {row['load_average']}) ==")
    for key, label in (
        ("pipeline_cold", "Pipeline cold"),
        ("pipeline_one_seed", "Pipeline, one seed changed"),
    ):
        part = row[key]
        print(
            f"{label}: {part['total_s']:.2f} s wall, CPU {part['cpu_s']:.2f} s (+ workers {part['worker_cpu_s']:.2f} s)"
        )
        for stage, seconds in sorted(part["stages"].items(), key=lambda item: -item[1]):
            print(f"  {seconds:8.2f} s  {stage}")
    for key, label in (
        ("baseline_build", "Baseline mkdocs build"),
        ("plugin_build", "mkdocs build with the plugin"),
    ):
        part = row[key]
        print(
            f"{label}: {part['total_s']:.2f} s wall, CPU {part['cpu_s']:.2f} s, "
            f"{part['pages_rendered']:,} pages, {part['html_mb']:.1f} MB of HTML"
        )
        for phase, seconds in sorted(part["phases"].items(), key=lambda item: -item[1])[:14]:
            print(f"  {seconds:8.2f} s  {phase}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--output", type=Path, default=HERE / "results" / "profile.json")
    parser.add_argument("--workdir", type=Path, help="default: a temporary folder, deleted afterwards")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="seed-profile-"))
    rows = []
    try:
        for count in args.sizes:
            row = profile_size(count, workdir)
            print_profile(row)
            rows.append(row)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps({"machine_cpus": os.cpu_count(), "results": rows}, indent=1), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
