"""The documented path for archives beyond 10,000 articles: export, then build with Zensical.

Measured on a synthetic corpus of N articles (``benchmarks/run.py --path-50k N``):

1. ``python -m seed_articles export DIR --with-config --no-cache`` in a new
   process: its wall time, the plugin's work inside it (``Pipeline``), its
   peak memory;
2. ``zensical build`` of the export (no network needed): wall time and peak
   memory;
3. Zensical's search index (``site/search.json``): its size, raw and
   gzipped (what every reader downloads before the first result, since
   Zensical searches client-side over the whole index), and a query's cost
   in Node: parsing the index and scanning every entry for the query's
   words, diacritics folded. That scan is a floor for any engine that loads
   the whole index, not Zensical's own ranking.
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
"""
)

# Parse the index and find the entries holding every word of the query (Node, as a browser would).
NODE_QUERY = r"""
const fs = require("fs");
const [file, query, runs] = process.argv.slice(-3).map((v, i) => (i === 2 ? Number(v) : v));
const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
const raw = fs.readFileSync(file, "utf8");
const words = fold(query).split(/\s+/).filter(Boolean);
const times = [];
let hits = 0;
for (let run = 0; run < runs; run++) {
  const start = process.hrtime.bigint();
  const items = JSON.parse(raw).items;
  hits = 0;
  for (const item of items) {
    const text = fold(item.title + " " + item.text);
    if (words.every(word => text.includes(word))) hits++;
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ median_ms: times[Math.floor(runs / 2)], hits, entries: JSON.parse(raw).items.length }));
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


def _zensical_build(export_dir: Path, timeout: float) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of ``zensical build`` (a child of a small measuring process)."""
    script = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print('PEAK_RSS_MB=%d' % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))\n"
    )
    seconds, out = _run(
        [PYTHON, "-c", script, str(ZENSICAL), "build", "-f", str(export_dir / "mkdocs.yml")],
        export_dir,
        timeout,
    )
    return seconds, _marker(out, "PEAK_RSS_MB=")


def _query_cost(index: Path) -> dict:
    node = shutil.which("node")
    if node is None:
        return {}
    out = subprocess.run(
        [node, "-e", NODE_QUERY, str(index), QUERY, "5"],
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
    result["exported_pages"] = sum(1 for _ in (export_dir / "docs").rglob("*.md"))
    if not ZENSICAL.exists():
        result["zensical"] = "not installed"
        return result
    seconds, peak = _zensical_build(export_dir, timeout)
    result["zensical_build_s"] = round(seconds, 2)
    result["zensical_peak_mb"] = peak
    index = export_dir / "site" / "search.json"
    if index.is_file():
        data = index.read_bytes()
        result["search_index_mb"] = round(len(data) / 2**20, 2)
        result["search_index_gzip_mb"] = round(len(gzip.compress(data, 6)) / 2**20, 2)
        query = _query_cost(index)
        if query:
            result["search_entries"] = query["entries"]
            result["query_ms"] = round(query["median_ms"], 1)
            result["query_hits"] = query["hits"]
    result["path_total_s"] = round(result["export_s"] + result["zensical_build_s"], 2)
    return result
