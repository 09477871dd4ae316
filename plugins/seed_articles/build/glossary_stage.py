"""Glossary stage of the pipeline: which abbreviations each article uses.

Loads the curated glossary, adds definitions discovered in the articles
(cached per article text), finds every mention in the article text (never
in dropped boilerplate) and renders the glossary page.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..glossary import Glossary, Mention, abbr_markup, discover_entries, load_glossary, merge_discovered, scan
from ..glossary.recognizer import source_marker_form
from ..glossary.undefined import interview_labels, is_listed_undefined, is_pair_in_prose, undefined_entries
from ..model import ParsedArticle
from ..parallel import parallel_map
from ..text.vietnamese import sort_key
from .article_cache import ArticleCache
from .value_key import value_key


def article_texts(article: ParsedArticle) -> list[str]:
    """Every piece of article text a reader sees (lead, paragraphs, lists, captions)."""
    texts = [article.lead] if article.lead else []
    for block in article.blocks:
        if block.kind == "list":
            texts.extend(block.items)
        elif block.text:
            texts.append(block.text)
    return texts


@dataclass
class GlossaryCache:
    """What the glossary stage keeps between builds."""

    curated: tuple[str, Glossary] | None = None  # (file digest, glossary)
    discovered: dict[str, list] = field(default_factory=dict)  # text digest → entries
    # per article: its mentions and unknown abbreviations, for one glossary version
    scanned: ArticleCache[tuple[ArticleAbbreviations, list[str]]] = field(default_factory=ArticleCache)

    def load_curated(self, path: Path | None) -> Glossary:
        data = path.read_bytes() if path else b"<shipped>"
        digest = hashlib.sha256(data).hexdigest()
        if self.curated is None or self.curated[0] != digest:
            self.curated = (digest, load_glossary(path))
        return self.curated[1]

    def scan_all(
        self, articles: list[ParsedArticle], glossary: Glossary, version: str, article_keys: list[str | None]
    ) -> list[tuple[ArticleAbbreviations, list[str]]]:
        """Each article's mentions of the glossary and its unknown abbreviations.

        An article is scanned again only when it (``article_keys``: its content) or
        the glossary changed; the rest are scanned on every core when there are many.
        """
        return self.scanned.compute(
            [article.seed for article in articles],
            [f"{version}\0{key}" if key is not None else None for key in article_keys],
            _scan_batch,
            (articles, glossary),
            SCAN_BATCH,
            SCAN_PARALLEL_ARTICLES,
        )

    def discover_all(self, articles: list[ParsedArticle], keys: list[str | None] | None = None) -> list[list]:
        """Definitions each article writes out ("Đối ngoại quốc phòng (ĐNQP)"); new texts on every core.

        ``keys`` (:func:`article_key` of each article, None where unknown) name the articles'
        content: an article known by its key is neither joined nor hashed again.
        """
        keys = keys if keys is not None else [None] * len(articles)
        digests = [
            f"{article.seed}\0{key}"
            if key is not None
            else hashlib.sha256(f"{article.seed}\0{_joined_text(article)}".encode()).hexdigest()
            for article, key in zip(articles, keys, strict=True)
        ]
        missing = [number for number, digest in enumerate(digests) if digest not in self.discovered]
        jobs = [(_joined_text(articles[number]), articles[number].seed) for number in missing]
        for number, entries in zip(missing, parallel_map(_discover, jobs), strict=True):
            self.discovered[digests[number]] = entries
        self.discovered = {digest: self.discovered[digest] for digest in digests}  # current texts only
        return [self.discovered[digest] for digest in digests]


def _joined_text(article: ParsedArticle) -> str:
    return "\n".join(article_texts(article))


# Articles scanned per task, and from how many articles worker processes share the work.
SCAN_BATCH = 100
SCAN_PARALLEL_ARTICLES = 1_000


def _discover(job: tuple[str, str]) -> list:
    text, seed = job
    return discover_entries(text, seed)


def _scan_batch(
    shared: tuple[list[ParsedArticle], Glossary], batch: list[int]
) -> list[tuple[ArticleAbbreviations, list[str]]]:
    articles, glossary = shared
    return [scan_article(articles[number], glossary) for number in batch]


def scan_article(article: ParsedArticle, glossary: Glossary) -> tuple[ArticleAbbreviations, list[str]]:
    """Mentions of the glossary's entries in the article, and the unknown abbreviations it uses.

    Mentions (for markup) come from the text a page shows under its headline; the
    abbreviations the article uses include the headline's.
    """
    mentions: dict[str, list[Mention]] = {}
    used: set[str] = set()
    unknown_surfaces: list[str] = []
    markers: set[str] = set()
    in_prose: set[str] = set()  # two capitals written inside a sentence ("bộ phận HR gặp khó")
    for text in article_texts(article):
        found, unknown = scan(text, glossary)
        if found:
            mentions[text] = found
            used.update(mention.key for mention in found)
        unknown_surfaces.extend(candidate.base or candidate.surface for candidate in unknown)
        in_prose.update(
            c.base for c in unknown if c.base == c.surface and is_pair_in_prose(text, c.start, c.end)
        )
        marker = source_marker_form(text)
        if marker is not None:
            markers.add(marker)
    if article.title and not article.title_derived:
        # "ADMM-19: Việt Nam kêu gọi …": the headline uses the abbreviation too.  It
        # counts for the article's abbreviations, but the headline gets no markup.
        found, unknown = scan(article.title, glossary)
        used.update(mention.key for mention in found)
        unknown_surfaces.extend(candidate.base or candidate.surface for candidate in unknown)
    if markers:
        # The outlet's short name the article's paragraphs open with ("TPO - Chiều …") is
        # its marker wherever else it stands ("Thế giới TPO - Hội nghị …"), no abbreviation.
        unknown_surfaces = [surface for surface in unknown_surfaces if surface not in markers]
    # Undefined abbreviations it uses are listed in the glossary too (see ``glossary.undefined``),
    # and so are the labels of an interview's turns ("PV:"), short as they are.
    labels = interview_labels(article_texts(article))
    used.update(
        surface
        for surface in unknown_surfaces
        if is_listed_undefined(surface) or surface in labels or surface in in_prose
    )
    return ArticleAbbreviations(mentions, sorted(used, key=sort_key)), unknown_surfaces


@dataclass
class ArticleAbbreviations:
    """Mentions per piece of text of one article."""

    mentions: dict[str, list[Mention]]
    keys: list[str]  # abbreviations used, in Vietnamese order


@dataclass
class GlossaryResult:
    glossary: Glossary
    per_article: dict[str, ArticleAbbreviations]  # seed → mentions
    undefined: dict[str, list[str]]  # unknown abbreviation → seeds using it
    version: str = ""  # digest of the glossary used (curated file and discovered entries)

    def expansions(self) -> dict[str, list[str]]:
        """Abbreviation (and each variant spelling) → its expansions, for search.

        The other wordings articles use ("còn viết là") are expansions too.
        """
        result: dict[str, list[str]] = {}
        for entry in self.glossary:
            expansions = entry.expansions()
            for spelling in entry.spellings():
                result[spelling] = expansions
        return result

    def span_finder(self, seed: str, glossary_link: str) -> Callable[[str], list[tuple[int, int, str]]]:
        """Markup spans for the article's texts; only the first mention of each entry is linked."""
        abbreviations = self.per_article[seed]
        linked: set[str] = set()

        def find_spans(text: str) -> list[tuple[int, int, str]]:
            spans = []
            covered_to = -1
            for mention in sorted(abbreviations.mentions.get(text, ()), key=lambda m: (m.start, -m.end)):
                if mention.start < covered_to:
                    continue  # inside a longer mention ("CHQS" in "Bộ CHQS"): shown as part of it
                covered_to = mention.end
                entry = self.glossary[mention.key]
                first = mention.key not in linked
                linked.add(mention.key)
                spans.append(
                    (mention.start, mention.end, abbr_markup(mention.surface, entry, glossary_link, first))
                )
            return spans

        return find_spans


def article_key(article: ParsedArticle, known: dict[str, str] | None) -> str | None:
    """What an article's per-article results follow from: its parse key, else a digest of it."""
    key = known.get(article.seed) if known else None
    return key if key is not None else value_key(article)


def run_glossary_stage(
    articles: list[ParsedArticle],
    glossary_file: Path | None,
    cache: GlossaryCache,
    article_keys: dict[str, str] | None = None,
) -> GlossaryResult:
    curated = cache.load_curated(glossary_file)
    keys = [article_key(article, article_keys) for article in articles]
    discovered = [entry for entries in cache.discover_all(articles, keys) for entry in entries]
    glossary, _ = merge_discovered(curated, discovered)
    # The glossary an article is scanned with: the curated file plus what all articles define.
    version = hashlib.sha256(
        f"{cache.curated[0] if cache.curated else ''}\0{discovered!r}".encode()
    ).hexdigest()
    per_article: dict[str, ArticleAbbreviations] = {}
    undefined: dict[str, set[str]] = defaultdict(set)
    for article, (abbreviations, unknown) in zip(
        articles,
        cache.scan_all(articles, glossary, version, keys),
        strict=True,
    ):
        per_article[article.seed] = abbreviations
        for surface in unknown:
            undefined[surface].add(article.seed)
    # An interview's label (see scan_article) is listed where an article uses it so.
    labelled = {key for abbreviations in per_article.values() for key in abbreviations.keys}
    listed = sorted(surface for surface in undefined if is_listed_undefined(surface) or surface in labelled)
    if listed:
        # Entries without a long form for what the articles use undefined: the page lists them,
        # and pages keyed on the glossary's version follow them.
        glossary = Glossary([*glossary.entries.values(), *undefined_entries(listed)], glossary.path)
        version = hashlib.sha256(f"{version}\0{listed!r}".encode()).hexdigest()
    return GlossaryResult(
        glossary=glossary,
        per_article=per_article,
        undefined={surface: sorted(seeds) for surface, seeds in sorted(undefined.items())},
        version=version,
    )
