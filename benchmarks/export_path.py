"""The documented path for archives beyond 10,000 articles: export, then build with Zensical.

Measured on a synthetic corpus of N articles (``benchmarks/run.py --path-50k N``):

1. ``python -m seed_articles export DIR --with-config --no-cache`` in a new
   process: its wall time, the plugin's work inside it (``Pipeline``), its
   peak memory, its CPU time (its own and its forked workers'; workers
   started by a forkserver are not counted);
2. ``zensical build`` of the export (no network needed): wall time, CPU
   time and peak memory; the sizes of the export and of the built site, and
   of the topics page the export writes out (the exported config has no tags
   plugin, see ``seed_articles.publish.topics``);
3. Zensical's search index (``site/search.json``): its size, raw and
   gzipped (what every reader downloads before the first result, since
   Zensical searches client-side over the whole index), and its cost in
   Node running Zensical's own search worker from the built site, as a
   browser's worker does: parsing the index, building the search index
   (before the first answer), the first answer to a query and the median of
   five more, and the JavaScript heap it holds.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml
from seed_articles.build.types import TAGS_PAGE

PYTHON = sys.executable
ZENSICAL = Path(PYTHON).with_name("zensical")
QUERY = "hợp tác quốc phòng"

# `python -m seed_articles export`, the plugin's work (every Pipeline created and run) timed inside.
# Times every Pipeline created and run in the measured process (their sum is in ``spent``).
TIME_PIPELINES = """
import time
from seed_articles import pipeline as pipeline_module
spent = []
def timed(method):
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)
    return run
pipeline_module.Pipeline.__init__ = timed(pipeline_module.Pipeline.__init__)
pipeline_module.Pipeline.build = timed(pipeline_module.Pipeline.build)
"""

MEASURE_EXPORT = (
    TIME_PIPELINES
    + """
import json, resource, sys
from seed_articles.cli import main
start = time.perf_counter()
code = main(["-f", sys.argv[1], "export", sys.argv[2], "--with-config", "--no-cache"])
print(json.dumps({"code": code, "seconds": time.perf_counter() - start, "plugin_seconds": sum(spent)}))
print("PEAK_RSS_MB=%d" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
print("WORKER_PEAK_RSS_MB=%d" % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print("CPU_MS=%d" % (1000 * sum(u.ru_utime + u.ru_stime for u in usage)))
"""
)

# Zensical's own search worker (the site's assets/javascripts/workers/search.*.js), run in Node
# as the browser runs it: the index is built from search.json, then the query is answered.
NODE_QUERY = r"""
const fs = require("fs");
const vm = require("vm");
const [worker, index, query] = process.argv.slice(-3);
const now = () => process.hrtime.bigint();
const ms = (from, to) => Number(to - from) / 1e6;
let answer;
globalThis.self = globalThis;
globalThis.postMessage = message => answer(message);
vm.runInThisContext(fs.readFileSync(worker, "utf8"));
const send = data => new Promise(done => { answer = done; self.onmessage({ data }); });
const request = input => ({
  input,
  filter: { input: { type: "operator", data: { operator: "and", operands: [] } } },
  aggregation: { input: [{ type: "term", data: { field: "tags" } }] },
});
(async () => {
  const start = now();
  const data = JSON.parse(fs.readFileSync(index, "utf8"));
  const parsed = now();
  if ((await send({ type: 0, data })).type !== 1) throw new Error("index not built");
  const built = now();
  const first = await send({ type: 2, data: request(query) });
  const answered = now();
  if (first.type !== 3) throw new Error("no answer");
  const times = [];
  for (let run = 0; run < 5; run++) {
    const t = now();
    await send({ type: 2, data: request(query) });
    times.push(ms(t, now()));
  }
  times.sort((x, y) => x - y);
  console.log(JSON.stringify({
    entries: data.items.length, hits: first.data.pagination.total,
    parse_ms: ms(start, parsed), index_ms: ms(parsed, built), first_ms: ms(built, answered),
    median_ms: times[2], heap_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }));
})().catch(error => { console.error(error); process.exit(1); });
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    return env


def _json_line(stdout: str) -> dict:
    return json.loads(next(line for line in reversed(stdout.splitlines()) if line.startswith("{")))


def _marker(stdout: str, marker: str) -> int:
    for line in reversed(stdout.splitlines()):
        if line.startswith(marker):
            return int(line.split("=", 1)[1])
    return 0


def _run(command: list[str], cwd: Path, timeout: float) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return time.perf_counter() - start, result.stdout


def _zensical_build(export_dir: Path, timeout: float) -> tuple[float, int, float]:
    """Seconds, peak RSS (MB) and CPU seconds of ``zensical build`` (a child of a small measuring process)."""
    script = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print('PEAK_RSS_MB=%d' % (usage.ru_maxrss // 1024))\n"
        "print('CPU_MS=%d' % (1000 * (usage.ru_utime + usage.ru_stime)))\n"
    )
    seconds, out = _run(
        [PYTHON, "-c", script, str(ZENSICAL), "build", "-f", str(export_dir / "mkdocs.yml")],
        export_dir,
        timeout,
    )
    return seconds, _marker(out, "PEAK_RSS_MB="), _marker(out, "CPU_MS=") / 1000


def _size_mb(folder: Path) -> float:
    return round(sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 2**20, 1)


def _query_cost(site: Path) -> dict:
    """Zensical's search in Node: index build, first and later answers to ``QUERY`` (a new process)."""
    node = shutil.which("node")
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.js"))
    if node is None or not workers:
        return {}
    out = subprocess.run(
        [node, "-e", NODE_QUERY, str(workers[0]), str(site / "search.json"), QUERY],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return _json_line(out)


def measure_export_path(project: Path, workdir: Path, timeout: float = 7200.0) -> dict:
    """Export ``project`` (a synthetic site), build the export with Zensical, weigh its search."""
    export_dir = workdir / f"export-path-{project.name}"
    shutil.rmtree(export_dir, ignore_errors=True)
    result: dict = {"load_average": round(os.getloadavg()[0], 2)}
    seconds, out = _run(
        [PYTHON, "-c", MEASURE_EXPORT, str(project / "mkdocs.yml"), str(export_dir)], project, timeout
    )
    info = _json_line(out)
    result["export_s"] = round(seconds, 2)
    result["export_plugin_s"] = round(info["plugin_seconds"], 2)
    result["export_peak_mb"] = _marker(out, "PEAK_RSS_MB=")
    result["export_worker_peak_mb"] = _marker(out, "WORKER_PEAK_RSS_MB=")
    result["export_cpu_s"] = round(_marker(out, "CPU_MS=") / 1000, 1)
    result["exported_pages"] = sum(1 for _ in (export_dir / "docs").rglob("*.md"))
    result["exported_mb"] = _size_mb(export_dir / "docs")
    result["export_plugins"] = yaml.safe_load((export_dir / "mkdocs.yml").read_text(encoding="utf-8"))[
        "plugins"
    ]
    topics = export_dir / "docs" / TAGS_PAGE
    if topics.is_file():
        result["topics_page_kb"] = round(topics.stat().st_size / 1024)
    result["load_average_after_export"] = round(os.getloadavg()[0], 2)
    if not ZENSICAL.exists():
        result["zensical"] = "not installed"
        return result
    seconds, peak, cpu = _zensical_build(export_dir, timeout)
    result["zensical_build_s"] = round(seconds, 2)
    result["zensical_cpu_s"] = round(cpu, 1)
    result["zensical_peak_mb"] = peak
    result["load_average_after_zensical"] = round(os.getloadavg()[0], 2)
    result["site_mb"] = _size_mb(export_dir / "site")
    topics_html = export_dir / "site" / TAGS_PAGE.removesuffix(".md") / "index.html"
    if topics_html.is_file():
        result["topics_html_kb"] = round(topics_html.stat().st_size / 1024)
    index = export_dir / "site" / "search.json"
    if index.is_file():
        data = index.read_bytes()
        result["search_index_mb"] = round(len(data) / 2**20, 2)
        result["search_index_gzip_mb"] = round(len(gzip.compress(data, 6)) / 2**20, 2)
        query = _query_cost(index.parent)
        if query:
            result["search_entries"] = query["entries"]
            result["search_parse_ms"] = round(query["parse_ms"])
            result["search_index_build_ms"] = round(query["index_ms"])
            result["query_first_ms"] = round(query["first_ms"], 1)
            result["query_ms"] = round(query["median_ms"], 1)
            result["query_hits"] = query["hits"]
            result["search_heap_mb"] = query["heap_mb"]
    result["path_total_s"] = round(result["export_s"] + result["zensical_build_s"], 2)
    return result
