"""Benchmark of the Vietnamese search at 1,000 and 10,000 articles.

For each size: write a synthetic corpus made from the real seeds' paragraphs
into a temporary copy of the project (mkdocs.yml, docs/, seeds/), run a
real ``mkdocs build``, serve the site on 127.0.0.1 and, in headless
Chromium, type queries into Material's search box on a freshly opened page
(empty cache: index loading included). Measures the time from the first key
press, and from the last key release, until the worker answered the full
query (Material renders the list in the same task), how many result groups it
sent, and the bytes and requests typing the query caused (Playwright response
events, Content-Length of each served file). Key presses come from
Playwright at machine speed, each query letter by letter as Material sees it.

Usage: ``.venv/bin/python benchmarks/search_bench.py [--sizes 1000 10000]``.
Prints a table and writes ``benchmarks/results/search.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "tests" / "browser"))

from conftest import run_build  # noqa: E402
from search_driver import RECORD_WORKER_MESSAGES, SearchBox  # noqa: E402
from serving import chromium, serve_directory  # noqa: E402
from synthetic import make_project  # noqa: E402

QUERIES = [
    "doi ngoai",
    "Hoàng Xuân Chiến",
    "bvdc",
    "dnqp",
    "hòa bình",
    "quoc phong",
    "gin giu hoa binh lien hop quoc",
]
RUNS = 3  # fresh pages per query; the median is reported
INDEX_LOG = re.compile(r"(\d+) pages indexed in (\d+) shards in ([\d.]+) s")


def directory_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure_query(browser, base: str, query: str) -> dict:
    """Open a fresh page (empty cache), type ``query``; time and traffic of the search."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(
        "**/*",
        lambda route: (
            route.abort()
            if urlparse(route.request.url).hostname not in {"127.0.0.1", None}
            else route.continue_()
        ),
    )
    page = context.new_page()
    page.add_init_script(RECORD_WORKER_MESSAGES)
    loaded: list[tuple[str, int]] = []
    typing = {"started": False}
    during: list[tuple[str, int]] = []

    def on_response(response) -> None:
        # The served files' sizes (Content-Length): reading bodies here would stall the page.
        size = int(response.headers.get("content-length", "0") or 0)
        (during if typing["started"] else loaded).append((response.url, size))

    context.on("response", on_response)
    page.goto(base, wait_until="load")
    box = SearchBox(page)
    box.open()
    typing["started"] = True
    seconds = box.type_query(query, timeout=30)
    answered = [m for m in box.log() if m["type"] == 3 and m.get("query") == query]
    groups = answered[-1]["items"] if answered else len(box.groups())
    page.wait_for_timeout(100)
    context.close()
    search_files = [(url, size) for url, size in loaded if "/search/" in url or "seed-search" in url]
    return {
        "seconds": seconds,
        "after_last_key": box.after_last_key,
        "results": groups,
        "query_bytes": sum(size for _, size in during),
        "query_requests": len(during),
        "page_load_search_bytes": sum(size for _, size in search_files),
    }


def bench_size(count: int, work: Path, browser) -> dict:
    project = make_project(work / f"project-{count}", count)
    site = work / f"site-{count}"
    start = time.perf_counter()
    result = run_build(project, site, strict=False)
    build_seconds = time.perf_counter() - start
    found = INDEX_LOG.search(result.stdout + result.stderr)
    row = {
        "articles": count,
        "build_seconds": round(build_seconds, 2),
        "index_seconds": float(found.group(3)) if found else None,
        "indexed_pages": int(found.group(1)) if found else None,
        "shards": int(found.group(2)) if found else None,
        "index_bytes": directory_bytes(site / "search" / "seed"),
        "queries": {},
    }
    with serve_directory(site) as base:
        for query in QUERIES:
            runs = [measure_query(browser, base, query) for _ in range(RUNS)]
            row["queries"][query] = {
                "seconds_median": round(statistics.median(r["seconds"] for r in runs), 3),
                "seconds_max": round(max(r["seconds"] for r in runs), 3),
                "after_last_key_median": round(statistics.median(r["after_last_key"] for r in runs), 3),
                "results": runs[0]["results"],
                "query_bytes": runs[0]["query_bytes"],
                "query_requests": runs[0]["query_requests"],
                "page_load_search_bytes": runs[0]["page_load_search_bytes"],
            }
    return row


def print_table(rows: list[dict]) -> None:
    print(
        f"{'articles':>8} {'query':<32} {'from 1st key':>12} {'max':>7} {'after last key':>14}"
        f" {'results':>7} {'query KB':>9} {'requests':>8}"
    )
    for row in rows:
        for query, q in row["queries"].items():
            print(
                f"{row['articles']:>8} {query:<32} {q['seconds_median'] * 1000:>9.0f} ms {q['seconds_max'] * 1000:>4.0f} ms"
                f" {q['after_last_key_median'] * 1000:>11.0f} ms {q['results']:>7} {q['query_bytes'] / 1024:>9.1f}"
                f" {q['query_requests']:>8}"
            )
        print(
            f"{row['articles']:>8} build {row['build_seconds']} s, search index {row['index_seconds']} s "
            f"({row['indexed_pages']} pages, {row['shards']} shards, {row['index_bytes'] / 1e6:.1f} MB on disk)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--output", type=Path, default=HERE / "results" / "search.json")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="search-bench-") as temp, chromium() as browser:
        for count in args.sizes:
            rows.append(bench_size(count, Path(temp), browser))
            print_table(rows[-1:])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps({"runs_per_query": RUNS, "sizes": rows}, ensure_ascii=False, indent=2) + "\n"
    )
    print()
    print_table(rows)
    print(f"written {args.output.relative_to(REPO) if args.output.is_relative_to(REPO) else args.output}")


if __name__ == "__main__":
    main()
