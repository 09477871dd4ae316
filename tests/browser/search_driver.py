"""Drive Material's search box in headless Chromium and read what it shows.

Shared by the browser tests and ``benchmarks/search_bench.py``. An init
script records every message the search worker posts to the page, so a test
can wait for the result of the *last* query instead of sleeping.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

# Wraps the Worker constructor before Material's bundle runs: every message a
# worker posts is logged with its time, type and result count.
RECORD_WORKER_MESSAGES = """
(() => {
  const Original = window.Worker;
  window.__searchLog = [];
  window.Worker = function (url, options) {
    const worker = new Original(url, options);
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, ...rest) => {
      if (message && message.type === 2) window.__searchLog.push({ t: performance.now(), type: 2, query: message.data });
      return post(message, ...rest);
    };
    worker.addEventListener("message", event => {
      const data = event.data || {};
      const items = data.data && Array.isArray(data.data.items) ? data.data.items.length : null;
      const query = data.data && typeof data.data.query === "string" ? data.data.query : null;
      // Location of every page in the answer (our worker groups a page's items).
      const locations = items === null ? null : data.data.items.map(group =>
        Array.isArray(group) ? (group[0] || {}).location : (group || {}).location);
      window.__searchLog.push({ t: performance.now(), type: data.type, items, query, locations });
    });
    return worker;
  };
  window.Worker.prototype = Original.prototype;
  // Key releases: Material reads the search box on keyup.
  document.addEventListener("keyup", () => window.__searchLog.push({ t: performance.now(), type: "key" }), true);
})();
"""


SEED_RE = re.compile(r"seeds/[^\"'<>\s]*?(\d{3,})_[0-9a-f]+\.txt")
QUERY_TYPE = 2
RESULT_TYPE = 3


@dataclass
class ResultGroup:
    """One page in the result list: its link and what the UI shows for it."""

    href: str
    title_html: str
    texts_html: list[str] = field(default_factory=list)


def seed_of_location(site: Path, location: str) -> str | None:
    """The seed number (``"001"``) an article page links to, or None for other pages."""
    path = urlparse(location).path.strip("/")
    parts = path.split("/")
    # Drop the site prefix if the server serves the site under one.
    for start in range(len(parts) + 1):
        candidate = site.joinpath(*parts[start:], "index.html")
        if candidate.is_file():
            match = SEED_RE.search(candidate.read_text(encoding="utf-8"))
            return match.group(1) if match else None
    return None


class SearchBox:
    """Material's search box on one open page."""

    def __init__(self, page) -> None:
        self.page = page
        self.after_last_key = 0.0

    def open(self) -> None:
        # The header's search field is visible on a desktop-sized viewport.
        self.page.locator("input.md-search__input").click()

    def clear(self) -> None:
        box = self.page.locator("input.md-search__input")
        box.fill("")
        box.press("Backspace")  # Material reacts to keyup, not to fill()

    def log(self) -> list[dict]:
        return self.page.evaluate("window.__searchLog")

    def type_query(self, query: str, timeout: float = 10.0) -> float:
        """Type ``query`` key by key; wait until the results of the full query are shown.

        Returns the seconds from the first key press until the worker answered
        the full query (the page renders the list in the same task);
        ``self.after_last_key`` holds the seconds from the last key release.
        """
        box = self.page.locator("input.md-search__input")
        start_ms = self.page.evaluate("performance.now()")
        start = time.perf_counter()
        box.press_sequentially(query)
        # Characters outside the US layout are inserted without key events, and
        # Material reads the box on keyup: one more key makes it read the whole query.
        box.press("End")
        while time.perf_counter() < start + timeout:
            log = [m for m in self.log() if m["t"] >= start_ms]
            asked = [m for m in log if m["type"] == QUERY_TYPE]
            answers = [m for m in log if m["type"] == RESULT_TYPE]
            if asked and asked[-1]["query"] == query:
                # Our worker names the query it answers and skips stale ones;
                # Material's answers every query in order.
                named = [m for m in answers if m["query"] == query]
                answer = named[0] if named else answers[-1] if len(answers) >= len(asked) else None
                if answer is not None:
                    self.page.wait_for_timeout(50)  # let the list render
                    keys = [m["t"] for m in log if m["type"] == "key" and m["t"] <= answer["t"]]
                    self.after_last_key = (answer["t"] - (keys[-1] if keys else start_ms)) / 1000
                    return (answer["t"] - start_ms) / 1000
            self.page.wait_for_timeout(10)
        raise TimeoutError(f"no results for {query!r} within {timeout} s")

    def groups(self) -> list[ResultGroup]:
        return [
            ResultGroup(href=item["href"], title_html=item["title"], texts_html=item["texts"])
            for item in self.page.evaluate(
                """() => [...document.querySelectorAll('.md-search-result__item')].map(li => ({
                    href: li.querySelector('a').getAttribute('href'),
                    title: (li.querySelector('h1') || li.querySelector('h2')).innerHTML,
                    texts: [...li.querySelectorAll('article')].map(a => a.innerHTML),
                }))"""
            )
        ]

    def meta_text(self) -> str:
        return self.page.locator(".md-search-result__meta").inner_text()


def search(page, query: str) -> list[ResultGroup]:
    """Clear the box, type ``query`` and return the result groups shown."""
    box = SearchBox(page)
    box.clear()
    box.type_query(query)
    return box.groups()
