"""Benchmark of the seed-articles plugin at N = 100, 1,000 and 10,000 articles.

Measures, in one run on this machine, for synthetic corpora made from the
real seeds' paragraphs, the rows of issue 16's table:

1. the plugin's own work, cold (``plugin_work_s``: ``Pipeline.build`` in a
   fresh process, no cache on disk; also ``plugin_work_in_build_s``, the same
   work inside the cold ``mkdocs build`` of 3.);
2. the plugin's work in a second ``mkdocs build`` (a new process) with
   nothing changed (``warm_build_plugin_s``), and in a new process after one
   seed changed (``edited_build_plugin_s``), each also as a share of the cold
   work measured the same way (``×cold``). The plugin's work in a
   ``mkdocs build`` is the time spent in ``Pipeline`` (created and run), the
   rest of the build being MkDocs rendering pages. These rows only improve
   once the plugin keeps a cache on disk between processes. What a user
   waits for is the whole build: after one seed changed it is recorded too
   (``edited_build_s``), with the time in all of the plugin's event handlers
   (``edited_build_events_s``, the Pipeline included; the rest is MkDocs and
   the theme rendering every page, which a build without ``--dirty`` does
   whatever changed);
3. a full ``mkdocs build`` with the plugin (cold: the cache folder deleted
   first) against a baseline build of the same pages exported as plain
   Markdown with the plugin off and the same navigation (``overhead_ratio``),
   both measured in-process the same way;
4. build peak memory: max RSS of the cold ``mkdocs build`` process
   (``build_with_plugin_peak_mb``) and of its largest worker process;
5. ``mkdocs serve --dirty``, one seed saved → page reloaded
   (``serve_dirty_reload_s``): a real ``mkdocs serve --dirty`` process; after
   its first build, one seed is appended a sentence and the time until the
   server logs "Reloading browsers" is measured (file-watch delay included),
   with the rebuild time MkDocs itself logs (``serve_dirty_built_s``);
6. the relation stage alone (``benchmarks/relations_bench.py``), tokens kept
   per article as the plugin keeps them: its first computation
   (``relations_cold_s``) and its update after one seed was edited by one
   sentence (``relations_edit_s``, with the rows it searched again and the
   explanations it reused);
7. up to ``--full-rebuild-max`` articles, the in-process rebuilds of the
   earlier benchmark: a ``--dirty`` and a plain ``serve`` rebuild after one
   seed changed, against the full build.

This machine has 2 cores shared with other jobs: timings vary by ±20 % or
more between runs (the load average is recorded with each size).

With ``--path-50k N`` it also measures, at N articles, the documented path for
larger archives (``benchmarks/export_path.py``): the export command (and the
plugin's work inside it), a ``zensical build`` of the export, Zensical's
search index size and its cost in Zensical's own search worker (Node). Given alone, only that path runs.

Usage: ``.venv/bin/python benchmarks/run.py [--sizes 100 1000 10000] [--full-rebuild-max 1000]
[--path-50k 50000]``. Prints a table and writes ``benchmarks/results/benchmark.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import seed_articles
import yaml
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from export_path import QUERY, TIME_PIPELINES, measure_export_path  # noqa: E402
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


def _json_line(stdout: str) -> dict:
    """The last JSON object a measuring script printed (MkDocs may print other lines)."""
    return json.loads(next(line for line in reversed(stdout.splitlines()) if line.startswith("{")))


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
newest = [record.src_uri for record in build.articles[: settings.nav_articles]]
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

# Times every event handler of the plugin (``events``): the Pipeline runs inside ``on_files``;
# the others make MkDocs' files, fill the pages' front matter, write the search index and feeds.
TIME_PLUGIN_EVENTS = """
import functools
from mkdocs.plugins import CombinedEvent
from seed_articles import plugin as plugin_module
events = []
def timed_event(method):
    @functools.wraps(method)  # keeps MkDocs' event priority
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            events.append(time.perf_counter() - start)
    return run
for name, value in list(vars(plugin_module.SeedArticlesPlugin).items()):
    if isinstance(value, CombinedEvent):
        value.methods = tuple(timed_event(method) for method in value.methods)
    elif name.startswith("on_") and callable(value):
        setattr(plugin_module.SeedArticlesPlugin, name, timed_event(value))
"""

# A real `mkdocs build` in-process, the plugin's work timed inside it: the time spent creating
# and running every Pipeline (the plugin's whole corpus stage; MkDocs renders the pages after),
# and the time in all of the plugin's event handlers (the Pipeline included). ``seconds`` is
# the whole build: what a user waits for.
MEASURE_PLUGIN_BUILD = (
    TIME_PIPELINES
    + TIME_PLUGIN_EVENTS
    + """
import json, resource, sys, logging
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.basicConfig(level=logging.WARNING)
start = time.perf_counter()
config = load_config(sys.argv[1], site_dir=sys.argv[2])
config.plugins.on_startup(command="build", dirty=False)
build(config)
config.plugins.on_shutdown()
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "plugin_seconds": sum(spent), "plugin_events_seconds": sum(events)}))
print("PEAK_RSS_MB=%d" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
print("WORKER_PEAK_RSS_MB=%d" % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
"""
)

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
    # The site's overrides, plus the plugin's date macro that its sitemap template imports.
    overrides = project / "baseline-overrides"
    shutil.rmtree(overrides, ignore_errors=True)
    shutil.copytree(project / "docs" / "overrides", overrides)
    macros = Path(seed_articles.__file__).resolve().parent / "templates" / "seed-articles"
    (overrides / "seed-articles").mkdir()
    shutil.copy2(macros / "dates.html", overrides / "seed-articles" / "dates.html")
    config["theme"]["custom_dir"] = str(overrides)
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


def plugin_build(project: Path, site: Path) -> dict:
    """One `mkdocs build` with the plugin in a new process: seconds, the plugin's part, peak memory."""
    _, peak, out = run_measured(
        [PYTHON, "-c", MEASURE_PLUGIN_BUILD, str(project / "mkdocs.yml"), str(site)], project
    )
    info = _json_line(out)
    return {
        "seconds": info["seconds"],
        "plugin_seconds": info["plugin_seconds"],
        "plugin_events_seconds": info["plugin_events_seconds"],
        "peak_mb": peak,
        "worker_peak_mb": _peak_rss_mb(out, "WORKER_PEAK_RSS_MB="),
    }


def append_sentence(seed: Path, sentence: str) -> None:
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")


def serve_dirty_reload(project: Path, seed: Path, timeout: float) -> dict:
    """`mkdocs serve --dirty`: seconds from one seed saved to the server reloading the browsers.

    A real server process; its log lines are read as they come. Also returns the
    rebuild time MkDocs logs ("Documentation built in X seconds").
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    env.pop("SITE_URL", None)
    command = [PYTHON, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    lines: list[tuple[float, str]] = []
    arrived = threading.Condition()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            with arrived:
                lines.append((time.perf_counter(), line.rstrip()))
                arrived.notify_all()
        with arrived:
            lines.append((time.perf_counter(), "<exit>"))
            arrived.notify_all()

    def wait_for(text: str, after: int) -> tuple[int, float]:
        deadline = time.perf_counter() + timeout
        with arrived:
            while True:
                for n in range(after, len(lines)):
                    if text in lines[n][1]:
                        return n, lines[n][0]
                    if lines[n][1] == "<exit>":
                        raise RuntimeError("mkdocs serve ended:\n" + "\n".join(line for _, line in lines))
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"no {text!r} from mkdocs serve in {timeout:.0f} s")
                arrived.wait(timeout=1.0)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        started, _ = wait_for("Serving on", 0)
        time.sleep(2.0)  # let the file watcher settle
        saved = time.perf_counter()
        append_sentence(seed, "Một câu mới được lưu khi máy chủ đang chạy.")
        with arrived:
            after = len(lines)
        done, reloaded = wait_for("Reloading browsers", after)
        built = [
            float(line.split("built in ", 1)[1].split()[0])
            for _, line in lines[after:done]
            if "Documentation built in" in line
        ]
        return {"reload_s": reloaded - saved, "built_s": built[-1] if built else None}
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure_size(count: int, workdir: Path, full_rebuild: bool) -> dict:
    project = make_project(workdir / f"n{count}", count)
    cache = project / ".cache"  # the plugin's default cache folder (cache_dir)
    result: dict = {"articles": count, "load_average": round(os.getloadavg()[0], 2)}
    export_dir = workdir / f"export{count}"
    shutil.rmtree(cache, ignore_errors=True)
    _, peak, out = run_measured([PYTHON, "-c", MEASURE_PIPELINE, str(project), str(export_dir)], project)
    info = _json_line(out)
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
    result["baseline_build_s"] = round(_json_line(out)["seconds"], 2)
    result["baseline_peak_mb"] = peak

    # Cold build with the plugin, then a second build and one after a seed changed: new processes.
    shutil.rmtree(cache, ignore_errors=True)
    cold = plugin_build(project, workdir / f"site{count}")
    result["build_with_plugin_s"] = round(cold["seconds"], 2)
    result["plugin_work_in_build_s"] = round(cold["plugin_seconds"], 2)
    result["build_with_plugin_peak_mb"] = cold["peak_mb"]
    result["build_worker_peak_mb"] = cold["worker_peak_mb"]
    result["overhead_ratio"] = round(cold["seconds"] / result["baseline_build_s"], 3)
    warm = plugin_build(project, workdir / f"site{count}")
    result["warm_build_plugin_s"] = round(warm["plugin_seconds"], 2)
    result["warm_build_plugin_ratio"] = round(warm["plugin_seconds"] / cold["plugin_seconds"], 3)
    result["warm_build_s"] = round(warm["seconds"], 2)
    result["warm_build_events_s"] = round(warm["plugin_events_seconds"], 2)
    seeds = sorted((project / "seeds").glob("*.txt"))
    append_sentence(seeds[len(seeds) // 2], "Một câu mới được thêm vào bài giữa hai lần build.")
    edited = plugin_build(project, workdir / f"site{count}")
    result["edited_build_plugin_s"] = round(edited["plugin_seconds"], 2)
    result["edited_build_plugin_ratio"] = round(edited["plugin_seconds"] / cold["plugin_seconds"], 3)
    # What the user waits for: the whole `mkdocs build`, MkDocs rendering every page included,
    # and the plugin's share of it (all its event handlers, the Pipeline included).
    result["edited_build_s"] = round(edited["seconds"], 2)
    result["edited_build_events_s"] = round(edited["plugin_events_seconds"], 2)
    result["edited_load_average"] = round(os.getloadavg()[0], 2)

    serve = serve_dirty_reload(project, seeds[0], timeout=max(600.0, 20 * cold["seconds"]))
    result["serve_dirty_reload_s"] = round(serve["reload_s"], 2)
    result["serve_dirty_built_s"] = serve["built_s"]

    # The relation stage alone: cold, and updated after one seed edited (benchmarks/relations_bench.py).
    _, _, out = run_measured([PYTHON, str(HERE / "relations_bench.py"), "--one", str(count)], project)
    relations = _json_line(out)
    result["relations_cold_s"] = relations["first_s"]
    result["relations_edit_s"] = relations["edit_s"]
    result["relations_edit_rows_searched"] = relations["edit_rows_searched"]
    result["relations_edit_explanations_reused"] = relations["edit_explanations_reused"]

    if full_rebuild:
        _, peak, out = run_measured(
            [PYTHON, "-c", MEASURE_REBUILD, str(project), str(workdir / f"serve{count}"), "full"], project
        )
        rebuild = _json_line(out)
        result["dirty_rebuild_s"] = round(rebuild["dirty_rebuild"], 2)
        result["dirty_rebuild_ratio"] = round(rebuild["dirty_rebuild"] / rebuild["full"], 3)
        result["serve_rebuild_s"] = round(rebuild["full_rebuild"], 2)
        result["rebuild_ratio"] = round(rebuild["full_rebuild"] / rebuild["full"], 3)
        result["seeds_parsed_on_serve_rebuild"] = rebuild["parsed_on_rebuild"]
    return result


EXPORT_PATH_ROWS = [
    ("articles", "articles"),
    ("export_s", "export command s (cold, no cache)"),
    ("export_plugin_s", "  of which the plugin's work s"),
    ("export_cpu_s", "  CPU s (with forked workers; forkserver workers not counted)"),
    ("export_peak_mb", "  export peak MB"),
    ("exported_mb", "  exported Markdown MB"),
    ("topics_page_kb", "  written-out topics page KB"),
    ("zensical_build_s", "zensical build of the export s"),
    ("zensical_cpu_s", "  CPU s"),
    ("zensical_peak_mb", "  zensical peak MB"),
    ("site_mb", "  built site MB"),
    ("path_total_s", "export + zensical s"),
    ("search_index_mb", "Zensical search index MB"),
    ("search_index_gzip_mb", "  gzipped MB (downloaded before a first result)"),
    ("search_entries", "  entries"),
    ("search_index_build_ms", "  Zensical's worker: index built ms (before any result)"),
    ("query_first_ms", f"  query {QUERY!r}: first answer ms"),
    ("query_ms", "  then per query ms (median of 5)"),
    ("search_heap_mb", "  JavaScript heap MB"),
    ("load_average", "load average at start"),
    ("load_average_after_export", "  after the export"),
    ("load_average_after_zensical", "  after zensical"),
]


def export_path_table(row: dict) -> Table:
    table = Table(title="Larger archives: export + Zensical (this machine)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, label in EXPORT_PATH_ROWS:
        value = row.get(key, "–")
        table.add_row(label, f"{value:,}" if isinstance(value, int) else str(value))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", help="default: 100 1000 10000 (none with --path-50k)")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "benchmark.json")
    parser.add_argument(
        "--full-rebuild-max",
        type=int,
        default=1000,
        help="also time a plain (non-dirty) serve rebuild up to this many articles (default 1000)",
    )
    parser.add_argument(
        "--path-50k",
        type=int,
        metavar="N",
        help="also measure the export + Zensical path for large archives at N articles",
    )
    args = parser.parse_args(argv)
    if args.sizes is None:
        args.sizes = [] if args.path_50k else [100, 1000, 10000]
    console = Console(width=240)  # the table is wide; do not fold it when piped
    results = []
    export_path: dict | None = None
    with tempfile.TemporaryDirectory(prefix="seed-bench-") as temp, Progress(console=console) as progress:
        task = progress.add_task("Benchmark", total=len(args.sizes) + (1 if args.path_50k else 0))
        for count in args.sizes:
            progress.update(task, description=f"N = {count:,}")
            results.append(measure_size(count, Path(temp), count <= args.full_rebuild_max))
            progress.advance(task)
        if args.path_50k:
            progress.update(task, description=f"export + Zensical, N = {args.path_50k:,}")
            project = make_project(Path(temp) / f"path{args.path_50k}", args.path_50k)
            export_path = {"articles": args.path_50k, **measure_export_path(project, Path(temp))}
            progress.advance(task)
    table = Table(title="seed-articles benchmark (this machine)")
    columns = [
        ("articles", "N"),
        ("plugin_work_s", "plugin work cold s"),
        ("plugin_work_peak_mb", "peak MB"),
        ("warm_build_plugin_s", "2nd build: plugin s"),
        ("warm_build_plugin_ratio", "×cold"),
        ("edited_build_plugin_s", "1 seed changed: plugin s"),
        ("edited_build_plugin_ratio", "×cold"),
        ("edited_build_events_s", "its plugin events s"),
        ("edited_build_s", "its whole build s"),
        ("serve_dirty_reload_s", "serve --dirty save→reload s"),
        ("serve_dirty_built_s", "its rebuild s"),
        ("build_with_plugin_peak_mb", "build peak MB"),
        ("baseline_build_s", "baseline build s"),
        ("build_with_plugin_s", "build s"),
        ("overhead_ratio", "build/baseline ×"),
        ("relations_cold_s", "relations cold s"),
        ("relations_edit_s", "relations 1 seed s"),
        ("plugin_rebuild_work_s", "in-process plugin rebuild s"),
        ("serve_rebuild_s", "plain serve rebuild s"),
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
    if results:
        console.print(table)
    if export_path is not None:
        console.print(export_path_table(export_path))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"machine_cpus": os.cpu_count(), "results": results}
    if export_path is not None:
        report["export_path"] = export_path
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(f"Wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
