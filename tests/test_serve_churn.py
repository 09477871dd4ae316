"""30 s of churn under ``mkdocs serve``: seeds and sidecars created, edited, renamed, deleted.

Afterwards every current seed's page shows its final text and every removed page is gone,
with and without ``--dirty``.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from conftest import copy_project
from test_serve import fetch, mkdocs_serve, wait_for

CHURN_SECONDS = 30
WORDS = ["hop", "tac", "bien", "gioi", "tuan", "tra", "dao", "tao", "cuu", "ho", "giao", "luu"]


class Churn:
    """Random file operations, and the state the site must end in."""

    def __init__(self, seeds: Path, rng: random.Random) -> None:
        self.seeds = seeds
        self.rng = rng
        self.version = 0
        self.state: dict[str, tuple[str, str, str | None]] = {}  # file stem → (title, marker, sidecar title)
        self.seen_titles: set[str] = set()

    def _title(self) -> str:
        self.version += 1
        words = " ".join(self.rng.choice(WORDS) for _ in range(3))
        return f"Bai thu {words} so {self.version}"

    def _write(self, stem: str) -> None:
        title, marker, sidecar = self.state[stem]
        # Each body its own words: a line repeated in every seed would rightly count as site chrome.
        words = " ".join(random.Random(marker).choice(WORDS) for _ in range(12))
        body = f"Doan van {words} mang dau {marker} de kiem tra ban cuoi cung.\n"
        (self.seeds / f"{stem}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
        side = self.seeds / f"{stem}.yml"
        if sidecar is None:
            side.unlink(missing_ok=True)
        else:
            side.write_text(f"title: {sidecar}\n", encoding="utf-8")
        self.seen_titles.update(t for t in (title, sidecar) if t)

    def step(self, action: str | None = None) -> None:
        action = action or self.rng.choice(["create", "edit", "rename", "delete", "sidecar", "unsidecar"])
        stems = sorted(self.state)
        if action == "create" or not stems:
            stem = f"bai-{self.version}-{self.rng.randrange(10**6)}"
            self.state[stem] = (self._title(), f"MARK{self.version}X", None)
            self._write(stem)
            return
        stem = self.rng.choice(stems)
        title, marker, sidecar = self.state[stem]
        if action == "edit":
            self.state[stem] = (self._title(), f"MARK{self.version}X", sidecar)
            self._write(stem)
        elif action == "rename":
            new = f"bai-{self.version}-{self.rng.randrange(10**6)}"
            self.version += 1
            (self.seeds / f"{stem}.txt").rename(self.seeds / f"{new}.txt")
            if (self.seeds / f"{stem}.yml").exists():
                (self.seeds / f"{stem}.yml").rename(self.seeds / f"{new}.yml")
            self.state[new] = self.state.pop(stem)
        elif action == "delete":
            (self.seeds / f"{stem}.txt").unlink()
            (self.seeds / f"{stem}.yml").unlink(missing_ok=True)
            del self.state[stem]
        elif action == "sidecar":
            self.state[stem] = (title, marker, self._title())
            self._write(stem)
        else:
            self.state[stem] = (title, marker, None)
            self._write(stem)

    def finish(self) -> None:
        """End with a page kept and a page removed, however many timed steps there were."""
        if not self.removed() and self.state:
            self.step("delete")
        if not self.state:
            self.step("create")

    def expected(self) -> dict[str, str]:
        """URL slug → marker for every page the final site must have."""
        return {slug(sidecar or title): marker for title, marker, sidecar in self.state.values()}

    def removed(self) -> set[str]:
        return {slug(title) for title in self.seen_titles} - set(self.expected())


def slug(title: str) -> str:
    return title.lower().replace(" ", "-")


@pytest.mark.parametrize("dirty", [False, True], ids=["serve", "serve-dirty"])
def test_pages_follow_churn_of_seeds_and_sidecars(tmp_path: Path, dirty: bool) -> None:
    project = copy_project(tmp_path / "project", with_seeds=False)
    seeds = project / "seeds"
    churn = Churn(seeds, random.Random(20261201 + dirty))
    for _ in range(4):
        churn.step()
    with mkdocs_serve(project, *(["--dirty"] if dirty else [])) as site:
        base = site + "bai-viet/"
        deadline = time.monotonic() + CHURN_SECONDS
        while time.monotonic() < deadline:
            churn.step()
            time.sleep(churn.rng.uniform(0.05, 0.8))
        churn.finish()

        def settled() -> bool:
            for page, marker in churn.expected().items():
                status, html = fetch(f"{base}{page}/")
                if status != 200 or marker not in html:
                    return False
            return all(fetch(f"{base}{page}/")[0] == 404 for page in churn.removed())

        wait_for(settled, timeout=120, interval=1.0)
    assert churn.expected() and churn.removed()  # the churn really added and removed pages
