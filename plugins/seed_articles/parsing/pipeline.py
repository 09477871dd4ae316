"""The order the rules run in, and the ledger that proves no line is lost.

1. sidecar ``drop`` fragments, then line-level furniture: player residue, footers;
2. header: category, headline, byline/date stamps, lead (and its publisher marker);
3. the headline repeated later, related-stories widgets;
4. lines after the closing mark ``./.``; trailing teasers of other stories;
5. the closing signature (authors, source);
6. repeated lines;
7. the remaining lines become blocks.

Every non-blank line ends in exactly one place of the ledger
(:class:`ParseResult.roles`): ``title``, ``category``, ``byline``, ``date``,
``lead``, ``signature``, ``block`` or ``dropped:<rule>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import ArticleDate, DroppedLine, ParsedArticle
from . import boilerplate as bp
from .bylines import lead_marker, press_name, signature_parts
from .dates import find_dates, infer_year, years_mentioned
from .errors import SeedError
from .header import read_header
from .lines import SourceLine, first_sentence, lower_tokens, split_lines
from .sidecar import Sidecar, fragment_key
from .structure import build_blocks
from .titles import derive_title

SIDECAR_DROP = "sidecar-drop"
MAX_SIGNATURE_LINES = 2


@dataclass
class ParseResult:
    article: ParsedArticle
    roles: dict[int, str] = field(default_factory=dict)  # line number → where the line went


class _Ledger:
    """Which non-blank line went where."""

    def __init__(self, content: Sequence[SourceLine]) -> None:
        self.content = list(content)
        self.roles: dict[int, str] = {}
        self.rules: dict[int, str] = {}

    def drop(self, found: dict[int, str], protected: set[int] = frozenset()) -> None:
        for no, rule in found.items():
            if no not in self.roles and no not in protected:
                self.roles[no] = f"dropped:{rule}"
                self.rules[no] = rule

    def assign(self, no: int, role: str) -> None:
        self.roles[no] = role

    def free(self) -> list[SourceLine]:
        return [line for line in self.content if line.no not in self.roles]


def parse_lines(text: str, seed: str, sidecar: Sidecar | None = None) -> ParseResult:
    if "\x00" in text:
        raise SeedError("the text contains NUL characters: it looks binary, not text")
    lines = split_lines(text)
    content = [line for line in lines if line.text]
    if not content:
        raise SeedError("the file is empty or holds only whitespace")
    ledger = _Ledger(content)
    warnings: list[str] = []
    protected = _apply_fragments(ledger, sidecar, warnings)

    # 1. line-level furniture
    ledger.drop(
        {
            line.no: bp.PLAYER if bp.is_player_residue(line.text) else bp.FOOTER
            for line in ledger.free()
            if bp.is_player_residue(line.text) or bp.is_footer(line.text)
        },
        protected,
    )

    # 2. header
    header = read_header(ledger.free())
    if header.category_line is not None:
        ledger.assign(header.category_line, "category")
    for no, role in header.meta_lines.items():
        ledger.assign(no, role)
    title_line = header.title
    if title_line is not None:
        ledger.assign(title_line.no, "title")
    lead_line = header.lead
    source: str | None = None
    lead_text = ""
    if lead_line is not None:
        ledger.assign(lead_line.no, "lead")
        marker = lead_marker(lead_line.text)
        if marker is not None:
            source, lead_text = marker
        else:
            lead_text = lead_line.text

    # 3. headline repeated, related widgets
    if title_line is not None:
        title_key = lower_tokens(title_line.text)
        ledger.drop(
            {
                line.no: bp.TITLE_REPEAT
                for line in ledger.free()
                if line.no > title_line.no
                and abs(len(line.text) - len(title_line.text)) < 8
                and lower_tokens(line.text) == title_key
            },
            protected,
        )
    related = bp.related_runs(ledger.content, skip=set(ledger.roles) - {lead_line.no if lead_line else -1})
    publisher = _publisher(ledger.content, related, source)
    ledger.drop(related, protected)

    # 4. after the closing mark, trailing teasers
    start = lead_line.no if lead_line is not None else 0
    body = [line for line in ledger.free() if line.no > start]
    ledger.drop(_after_closing_mark(lead_line, body), protected)
    body = [line for line in ledger.free() if line.no > start]
    core = [title_line.text if title_line else "", lead_text]
    ledger.drop(
        bp.teaser_tail(
            core,
            body,
            is_marker_line=lambda text: lead_marker(text) is not None,
            is_stop_line=lambda line: line.no in protected or signature_parts(line.text) is not None,
        ),
        protected,
    )

    # 5. closing signature
    authors = list(header.authors)
    for line in reversed([line for line in ledger.free() if line.no > start][-MAX_SIGNATURE_LINES:]):
        parts = signature_parts(line.text)
        if parts is None or line.no in protected:
            break
        names, outlet = parts
        authors.extend(name for name in names if name not in authors)
        if outlet and source is None:
            source = outlet
        ledger.assign(line.no, "signature")

    # 6. repeated lines (the lead counts as seen first)
    seen = ([lead_line] if lead_line else []) + [line for line in ledger.free() if line.no > start]
    seen += [line for line in ledger.free() if line.no < start]
    ledger.drop(bp.duplicates(sorted(seen, key=lambda line: line.no), protected), protected)

    # 7. blocks
    blocks, placed = build_blocks(ledger.free())
    for no in placed:
        ledger.assign(no, "block")

    title, derived = _title(title_line, lead_text, content)
    if title_line is None and lead_line is None:
        warnings.append("no headline and no lead: the title is the first line")
    kept_texts = (
        [title, lead_text]
        + [block.text for block in blocks]
        + [item for block in blocks for item in block.items]
    )
    date = _publication_date(header.date_texts, lead_text, kept_texts, warnings)

    article = ParsedArticle(
        seed=seed,
        title=title,
        lead=lead_text,
        blocks=blocks,
        title_derived=derived,
        date=date,
        authors=authors,
        source=source or publisher,
        category=header.category,
        dropped=[
            DroppedLine(line.no, line.text, ledger.rules[line.no])
            for line in content
            if line.no in ledger.rules
        ],
        warnings=warnings,
    )
    missing = [line.no for line in content if line.no not in ledger.roles]
    if missing:  # a bug in the rules, never silent
        raise AssertionError(f"lines not accounted for: {missing}")
    if sidecar is not None:
        apply_overrides(article, sidecar)
    return ParseResult(article, dict(ledger.roles))


def _apply_fragments(ledger: _Ledger, sidecar: Sidecar | None, warnings: list[str]) -> set[int]:
    """Sidecar keep/drop: drop now, return the protected line numbers."""
    if sidecar is None:
        return set()
    keys = {line.no: fragment_key(line.text) for line in ledger.content}
    protected: set[int] = set()
    for fragment in sidecar.keep:
        wanted = fragment_key(fragment)
        hits = {no for no, key in keys.items() if wanted in key}
        if not hits:
            warnings.append(f"{sidecar.name}: keep fragment {fragment!r} matches no line")
        protected |= hits
    for fragment in sidecar.drop:
        wanted = fragment_key(fragment)
        hits = {no: SIDECAR_DROP for no, key in keys.items() if wanted in key}
        if not hits:
            warnings.append(f"{sidecar.name}: drop fragment {fragment!r} matches no line")
        ledger.drop(hits)
    return protected


def _publisher(content: Sequence[SourceLine], related: dict[int, str], source: str | None) -> str | None:
    """A press organ named by a related-widget label or footer (fallback source)."""
    if source is not None:
        return None
    for line in content:
        if line.no in related and bp.is_related_label(line.text) or bp.is_footer(line.text):
            name = press_name(line.text)
            if name:
                return name
    return None


def _after_closing_mark(lead: SourceLine | None, body: Sequence[SourceLine]) -> dict[int, str]:
    """Everything after the first ``./.`` except a signature right after it."""
    candidates = ([lead] if lead is not None else []) + list(body)
    for index, line in enumerate(candidates):
        if bp.has_closing_mark(line.text):
            rest = candidates[index + 1 :]
            while rest and signature_parts(rest[0].text) is not None:
                rest = rest[1:]
            return dict.fromkeys((line.no for line in rest), bp.AFTER_CLOSING)
    return {}


def _title(title_line: SourceLine | None, lead: str, content: Sequence[SourceLine]) -> tuple[str, bool]:
    if title_line is not None:
        return title_line.text, False
    if lead:
        return derive_title(lead), True
    return derive_title(content[0].text) or content[0].text, True


def _publication_date(
    stamps: Sequence[tuple[int, str]], lead: str, kept_texts: Sequence[str], warnings: list[str]
) -> ArticleDate | None:
    """The publication date, from the header stamp or else the lead's dateline.

    Rule: only two places state when *this* article was published — the
    date stamp under the headline, and the lead's first sentence (``Ngày
    27/12, ...``, ``..., tháng 12-2024, ...``). Dates anywhere else (captions,
    body, teasers) describe other events and are never used. A day without
    a year gets the year the article itself talks about most, marked
    ``inferred=("year",)``; with no year in the text there is no date.
    """
    for _, stamp in stamps:
        for hit in find_dates(stamp):
            date = hit.to_article_date()
            if date is not None:
                return date
    if not lead:
        return None
    hits = find_dates(first_sentence(lead))
    if not hits:
        return None
    hit = hits[0]
    if hit.has_year:
        return hit.to_article_date()
    year = infer_year(hit.month, years_mentioned(kept_texts))
    if year is None:
        warnings.append(f"date {hit.text!r} has no year and the article names none: no date set")
        return None
    return hit.to_article_date(year)


def apply_overrides(article: ParsedArticle, sidecar: Sidecar) -> None:
    """Sidecar front-matter values replace inferred ones."""
    fields = sidecar.fields
    article.overrides = dict(fields)
    if "title" in fields:
        article.title = fields["title"]
        article.title_derived = False
    if sidecar.date is not None:
        article.date = sidecar.date
    if "authors" in fields:
        article.authors = list(fields["authors"])
    if "source" in fields:
        article.source = fields["source"]
    if "category" in fields:
        article.category = fields["category"]
