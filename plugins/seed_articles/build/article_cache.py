"""Per-article results kept between builds, and the rest computed on every core.

Used by the stages whose result for an article depends on that article and
on something corpus-wide (the glossary, the links around it): a result is
reused while the parsed article is the same object (the parse cache keeps
it while the seed is unchanged) and the corpus-wide inputs, given as a key,
are equal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from ..model import ParsedArticle
from ..parallel import parallel_map_shared

Result = TypeVar("Result")
Shared = TypeVar("Shared")


class ArticleCache(Generic[Result]):
    """seed → (parsed article, key, result) of the last build."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[ParsedArticle, str, Result]] = {}

    def compute(
        self,
        articles: Sequence[ParsedArticle],
        keys: Sequence[str],
        work: Callable[[Shared, list[int]], list[Result]],
        shared: Shared,
        batch_size: int,
        parallel_from: int,
    ) -> list[Result]:
        """The result for each article: cached ones reused, the others from ``work``.

        ``work(shared, numbers)`` computes the results of the articles at those
        positions; batches of ``batch_size`` run in worker processes once
        ``parallel_from`` articles are missing. Entries of articles no longer
        in ``articles`` are dropped.
        """
        results: list[Result | None] = []
        missing: list[int] = []
        for number, (article, key) in enumerate(zip(articles, keys, strict=True)):
            cached = self.entries.get(article.seed)
            if cached is not None and cached[0] is article and cached[1] == key:
                results.append(cached[2])
            else:
                results.append(None)
                missing.append(number)
        batches = [missing[start : start + batch_size] for start in range(0, len(missing), batch_size)]
        threshold = 2 if len(missing) >= parallel_from else len(batches) + 1
        for batch, found in zip(batches, parallel_map_shared(work, shared, batches, threshold), strict=True):
            for number, result in zip(batch, found, strict=True):
                self.entries[articles[number].seed] = (articles[number], keys[number], result)
                results[number] = result
        live = {article.seed for article in articles}
        self.entries = {seed: entry for seed, entry in self.entries.items() if seed in live}
        return results  # type: ignore[return-value]  # every position is filled now
