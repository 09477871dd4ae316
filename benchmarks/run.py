"""Benchmark of the seed-articles plugin at N = 100, 1,000 and 10,000 articles.

Measures, in one run on this machine, for synthetic corpora made from the
real seeds' paragraphs:

1. the plugin's own work (read, parse, glossary, relations, render), cold
   and again after one seed changed (what a serve rebuild costs the plugin);
2. a full ``mkdocs build`` with the plugin against a baseline build of the
   same pages exported as plain Markdown with the plugin off (overhead ratio);
3. peak memory (max RSS of each measured process, and of the largest worker);
4. the rebuild after one seed changes, as ``mkdocs serve --dirty`` does it
   and (up to ``--full-rebuild-max`` articles) as plain ``mkdocs serve``
   does it, against the full build.

Usage: ``.venv/bin/python benchmarks/run.py [--sizes 100 1000 10000] [--full-rebuild-max 1000]``.
Prints a table and writes ``benchmarks/results/benchmark.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import make_project  # noqa: E402

PYTHON = sys.executable


def run_measured(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Run a command; return (wall seconds, peak RSS in MB as the command reports it, stdout)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stdout}\n{stderr}")
    peak = _peak_rss_mb(stdout)
    return elapsed, peak, stdout


def _peak_rss_mb(stdout: str, marker: str = "PEAK_RSS_MB=") -> int:
    for line in reversed(stdout.splitlines()):
        if line.startswith(marker):
            return int(line.split("=", 1)[1])
    return 0


# The plugin's own work, cold, then after one seed changed (what a serve rebuild costs the
# plugin). The cold build's pages are also written out as the baseline's Markdown: that is
# what `python -m seed_articles export` writes, without running the pipeline a second time.
MEASURE_PIPELINE = """
import json, resource, sys, time
from pathlib import Path
from seed_articles.cli import load_site, write_pages
from seed_articles.pipeline import Pipeline
root, export_dir = Path(sys.argv[1]), Path(sys.argv[2])
config, settings = load_site(root / "mkdocs.yml")
pipeline = Pipeline()
start = time.perf_counter()
build = pipeline.build(settings)
elapsed = time.perf_counter() - start
write_pages(build, config, settings, export_dir)
seed = sorted((root / "seeds").glob("*.txt"))[-1]
original = seed.read_bytes()
seed.write_text(original.decode("utf-8") + "\\nMột câu mới được thêm vào bài.\\n", encoding="utf-8")
parsed_before = pipeline.parse_count
start = time.perf_counter(); pipeline.build(settings); rebuild = time.perf_counter() - start
seed.write_bytes(original)
newest = [record.src_uri for record in build.articles[: plugin.config.nav_articles]]
print(json.dumps({"seconds": elapsed, "pages": len(build.articles), "problems": len(build.problems),
                  "rebuild_seconds": rebuild, "parsed_on_rebuild": pipeline.parse_count - parsed_before,
                  "newest": newest}))
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print("PEAK_RSS_MB=%d" % own)
print("WORKER_PEAK_RSS_MB=%d" % workers)
"""

# The baseline: a whole `mkdocs build` of the exported Markdown, in-process, so its
# time is measured the same way as the plugin build below and its peak memory can be read.
MEASURE_BUILD = """
import json, resource, sys, logging, time
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.basicConfig(level=logging.WARNING)
config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins.on_startup(command="build", dirty=False)
start = time.perf_counter(); build(config); seconds = time.perf_counter() - start
config.plugins.on_shutdown()
print(json.dumps({"seconds": seconds}))
print("PEAK_RSS_MB=%d" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
"""

# What `mkdocs serve --dirty` does: startup once, a full build, then a rebuild after one
# seed changed that renders only the pages whose Markdown changed. The first build is also
# "the build with the plugin" compared with the baseline. With "full", a second change is
# rebuilt the way plain `mkdocs serve` does it (every page rendered again).
MEASURE_REBUILD = """
import json, resource, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
project, site, also_full = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "full"
config = load_config(str(project / "mkdocs.yml"), site_dir=site)
config.plugins.on_startup(command="serve", dirty=True)
plugin = config.plugins["seed-articles"]
start = time.perf_counter(); build(config, dirty=False); full = time.perf_counter() - start
seed = sorted((project / "seeds").glob("*.txt"))[0]
def change(text):
    seed.write_text(seed.read_text(encoding="utf-8") + text, encoding="utf-8")
change("\\nMột đoạn mới được thêm vào bài.\\n")
parsed_before = plugin.pipeline.parse_count
start = time.perf_counter(); build(load_config(str(project / "mkdocs.yml"), site_dir=site), dirty=True)
dirty = time.perf_counter() - start
result = {"full": full, "dirty_rebuild": dirty, "parsed_on_rebuild": plugin.pipeline.parse_count - parsed_before}
if also_full:
    change("\\nThêm một đoạn nữa.\\n")
    start = time.perf_counter(); build(load_config(str(project / "mkdocs.yml"), site_dir=site), dirty=False)
    result["full_rebuild"] = time.perf_counter() - start
print(json.dumps(result))
print("PEAK_RSS_MB=%d" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
"""


def baseline_nav(newest: list[str]) -> list:
    """The navigation the plugin builds (newest articles, then the index pages), written out.

    Without it the baseline's automatic nav would list every article on every page,
    which is quadratic and would make the plugin look cheaper than it is. ``newest``
    are the sidebar's articles, as the measured pipeline run found them.
    """
    from seed_articles.build.types import GLOSSARY_PAGE, GRAPH_PAGE, PEOPLE_PAGE, TAGS_PAGE, TIMELINE_PAGE

    articles = [*newest, {"Tất cả bài viết theo thời gian": TIMELINE_PAGE}]
    return [
        {"Trang chủ": "index.md"},
        {"Bài viết": articles},
        TIMELINE_PAGE,
        TAGS_PAGE,
        PEOPLE_PAGE,
        GLOSSARY_PAGE,
        GRAPH_PAGE,
    ]


def baseline_config(project: Path, export_dir: Path, newest: list[str]) -> Path:
    """mkdocs.yml for the exported Markdown with the seed-articles plugin removed."""
    config_text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config_text = config_text.replace("!ENV", "")  # plain values are enough here

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load(config_text, Loader=Loader)
    config["site_url"] = "https://example.github.io/hoi-nhap-quoc-phong/"
    config["repo_url"] = "https://github.com/example/hoi-nhap-quoc-phong"
    config["docs_dir"] = str(export_dir)
    config["theme"]["custom_dir"] = str(project / "docs" / "overrides")
    plugins = []
    for plugin in config["plugins"]:
        name = plugin if isinstance(plugin, str) else next(iter(plugin))
        if name != "seed-articles":
            plugins.append(plugin)
    config["plugins"] = plugins
    config["markdown_extensions"] = [
        {"toc": {"permalink": True, "slugify": "!!python/name:seed_articles.text.slugs.heading_slug"}}
        if (isinstance(ext, dict) and "toc" in ext)
        else ext
        for ext in config["markdown_extensions"]
    ]
    config.pop("exclude_docs", None)
    config["nav"] = baseline_nav(newest)
    config["validation"] = {
        "nav": {"omitted_files": "info"},
        "links": {"not_found": "info", "anchors": "info"},
    }
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    text = text.replace(
        "'!!python/name:seed_articles.text.slugs.heading_slug'",
        "!!python/name:seed_articles.text.slugs.heading_slug",
    )
    path = project / "mkdocs.baseline.yml"
    path.write_text(text, encoding="utf-8")
    return path


def measure_size(count: int, workdir: Path, full_rebuild: bool) -> dict:
    project = make_project(workdir / f"n{count}", count)
    result: dict = {"articles": count}
    export_dir = workdir / f"export{count}"
    _, peak, out = run_measured([PYTHON, "-c", MEASURE_PIPELINE, str(project), str(export_dir)], project)
    info = json.loads(out.splitlines()[0])
    result["plugin_work_s"] = round(info["seconds"], 2)
    result["plugin_work_peak_mb"] = peak
    result["worker_peak_mb"] = _peak_rss_mb(out, "WORKER_PEAK_RSS_MB=")
    result["plugin_rebuild_work_s"] = round(info["rebuild_seconds"], 2)
    result["seeds_parsed_on_rebuild"] = info["parsed_on_rebuild"]
    result["pages"] = info["pages"]

    baseline = baseline_config(project, export_dir, info["newest"])
    _, peak, out = run_measured(
        [PYTHON, "-c", MEASURE_BUILD, str(baseline), str(workdir / f"base{count}")], project
    )
    result["baseline_build_s"] = round(json.loads(out.splitlines()[-2])["seconds"], 2)
    result["baseline_peak_mb"] = peak

    mode = "full" if full_rebuild else "dirty-only"
    _, peak, out = run_measured(
        [PYTHON, "-c", MEASURE_REBUILD, str(project), str(workdir / f"serve{count}"), mode], project
    )
    rebuild = json.loads(out.splitlines()[-2])
    result["build_with_plugin_s"] = round(rebuild["full"], 2)
    result["build_with_plugin_peak_mb"] = peak
    result["overhead_ratio"] = round(rebuild["full"] / result["baseline_build_s"], 3)
    result["dirty_rebuild_s"] = round(rebuild["dirty_rebuild"], 2)
    result["dirty_rebuild_ratio"] = round(rebuild["dirty_rebuild"] / rebuild["full"], 3)
    if "full_rebuild" in rebuild:
        result["serve_rebuild_s"] = round(rebuild["full_rebuild"], 2)
        result["rebuild_ratio"] = round(rebuild["full_rebuild"] / rebuild["full"], 3)
    result["seeds_parsed_on_serve_rebuild"] = rebuild["parsed_on_rebuild"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--output", type=Path, default=HERE / "results" / "benchmark.json")
    parser.add_argument(
        "--full-rebuild-max",
        type=int,
        default=1000,
        help="also time a plain (non-dirty) serve rebuild up to this many articles (default 1000)",
    )
    args = parser.parse_args(argv)
    console = Console(width=200)  # the table is wide; do not fold it when piped
    results = []
    with tempfile.TemporaryDirectory(prefix="seed-bench-") as temp, Progress(console=console) as progress:
        task = progress.add_task("Benchmark", total=len(args.sizes))
        for count in args.sizes:
            progress.update(task, description=f"N = {count:,}")
            results.append(measure_size(count, Path(temp), count <= args.full_rebuild_max))
            progress.advance(task)
    table = Table(title="seed-articles benchmark (this machine)")
    columns = [
        ("articles", "N"),
        ("plugin_work_s", "plugin work s"),
        ("plugin_work_peak_mb", "peak MB"),
        ("baseline_build_s", "baseline build s"),
        ("build_with_plugin_s", "build s"),
        ("overhead_ratio", "overhead ×"),
        ("build_with_plugin_peak_mb", "build peak MB"),
        ("dirty_rebuild_s", "serve --dirty rebuild s"),
        ("dirty_rebuild_ratio", "dirty ×"),
        ("serve_rebuild_s", "serve rebuild s"),
        ("rebuild_ratio", "rebuild ×"),
        ("plugin_rebuild_work_s", "plugin rebuild s"),
        ("seeds_parsed_on_rebuild", "parsed on rebuild"),
    ]
    for _, label in columns:
        table.add_column(label, justify="right")
    for row in results:
        table.add_row(
            *(
                f"{row[key]:,}" if isinstance(row.get(key), int) else str(row.get(key, "–"))
                for key, _ in columns
            )
        )
    console.print(table)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps({"machine_cpus": os.cpu_count(), "results": results}, indent=2) + "\n", encoding="utf-8"
    )
    console.print(f"Wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
