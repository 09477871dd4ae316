"""Per-article results kept between builds, and the rest computed on every core.

Used by the stages whose result for an article depends on that article and
on something corpus-wide (the glossary, the links around it): a result is
reused while its key is equal. The key names all of it as text (the article's
parse key, a digest of the corpus-wide inputs), never an object's identity,
so the cache stays right when it is pickled apart from the parsed articles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ..parallel import parallel_map_shared

Result = TypeVar("Result")
Shared = TypeVar("Shared")


class ArticleCache(Generic[Result]):
    """seed → (key, result) of the last build."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, Result]] = {}

    def holds(self, seed: str, key: str | None) -> bool:
        """Whether the seed's result for this key is kept."""
        cached = self.entries.get(seed)
        return key is not None and cached is not None and cached[0] == key

    def compute(
        self,
        seeds: Sequence[str],
        keys: Sequence[str | None],
        work: Callable[[Shared, list[int]], list[Result]],
        shared: Shared,
        batch_size: int,
        parallel_from: int,
    ) -> list[Result]:
        """The result for each seed: cached ones reused, the others from ``work``.

        A key of None is never reused. ``work(shared, numbers)`` computes the results
        of the seeds at those positions; batches of ``batch_size`` run in worker
        processes once ``parallel_from`` seeds are missing. Entries of seeds no longer
        in ``seeds`` are dropped.
        """
        results: list[Result | None] = []
        missing: list[int] = []
        for number, (seed, key) in enumerate(zip(seeds, keys, strict=True)):
            cached = self.entries.get(seed)
            if key is not None and cached is not None and cached[0] == key:
                results.append(cached[1])
            else:
                results.append(None)
                missing.append(number)
        batches = [missing[start : start + batch_size] for start in range(0, len(missing), batch_size)]
        threshold = 2 if len(missing) >= parallel_from else len(batches) + 1
        for batch, found in zip(batches, parallel_map_shared(work, shared, batches, threshold), strict=True):
            for number, result in zip(batch, found, strict=True):
                key = keys[number]
                if key is not None:
                    self.entries[seeds[number]] = (key, result)
                results[number] = result
        live = set(seeds)
        self.entries = {seed: entry for seed, entry in self.entries.items() if seed in live}
        return results  # type: ignore[return-value]  # every position is filled now
