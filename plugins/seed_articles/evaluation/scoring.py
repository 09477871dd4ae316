"""Scoring a corpus run against its gold, field by field.

Each check adds one "right or not" to a field of one fixture and, when not
right, a :class:`Miss` saying what was expected and what the pipeline gave.
"""

from __future__ import annotations

from .compare import collapse, folded, same_definition, squeezed
from .corpus import CorpusRun, Fixture
from .dates import date_matches, gold_iso, is_invented, parsed_iso
from .gold import Gold
from .gold_lines import classify_lines
from .results import Evaluation, Miss, Scores

KEPT_ROLES = ("lead", "block")  # roles that put a line into the article body
NO_PAGE = "no page"


class _Recorder:
    """Adds checks of one fixture to its scores and the list of misses."""

    def __init__(self, fixture: Fixture, scores: Scores, misses: list[Miss]) -> None:
        self.name = fixture.name
        self.scores = scores
        self.misses = misses

    def check(self, field: str, ok: bool, expected: object, got: object) -> None:
        self.scores.fields[field].add(ok)
        if not ok:
            self.misses.append(Miss(self.name, field, _show(expected), _show(got)))

    def count(self, counter: str, expected: object = None, got: object = None) -> None:
        self.scores.counters[counter] += 1
        if expected is not None or got is not None:
            self.misses.append(Miss(self.name, counter, _show(expected), _show(got)))


def _show(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(map(str, value))) if value else "[]"
    return str(value)


def evaluate_run(run: CorpusRun) -> Evaluation:
    """Score every fixture of ``run``; raise :class:`GoldError` on gold that does not fit its fixture."""
    misses: list[Miss] = []
    per_fixture: dict[str, Scores] = {}
    for fixture in run.fixtures:
        scores = per_fixture[fixture.name] = Scores()
        record = _Recorder(fixture, scores, misses)
        score_metadata(fixture, record)
        score_lines(fixture, record)
        score_abbreviations(fixture, record, run.build.glossary_expansions)
    score_relations(run.fixtures, per_fixture, misses)
    return Evaluation(
        sites={fixture.name: fixture.gold.site for fixture in run.fixtures},
        per_fixture=per_fixture,
        misses=misses,
        problems=[f"{fixture.seed}: {fixture.problem}" for fixture in run.fixtures if fixture.problem],
    )


def score_metadata(fixture: Fixture, record: _Recorder) -> None:
    """Title, date (and invented dates), authors, source."""
    gold, article = fixture.gold, fixture.article
    meta = fixture.record.meta if fixture.record is not None else {}

    # Title: the headline as printed, or — when the page has none — a title the
    # article admits it derived. A text title flagged as derived is also a miss:
    # the page would tell readers the headline was made up.
    if gold.title_source == "text":
        expected = gold.title
        got = NO_PAGE if article is None else article.title + (" (derived)" if article.title_derived else "")
        ok = (
            article is not None
            and not article.title_derived
            and collapse(article.title) == collapse(gold.title)
        )
    else:
        expected = "a derived title, flagged as derived"
        says_derived = article is not None and (
            article.title_derived
            or meta.get("title_source") == "derived"
            or meta.get("title_source") == "derived"
        )
        ok = says_derived
        got = NO_PAGE if article is None else f"{article.title} (not flagged as derived)"
    record.check("title", ok, expected, got)

    # Date: ISO text and precision both equal; invented dates counted apart.
    expected_date = f"{gold_iso(gold.date)} ({gold.date_precision})" if gold.date else "none"
    if article is None:
        record.check("date", False, expected_date, NO_PAGE)
    else:
        iso, precision = parsed_iso(article.date)
        got_date = f"{iso} ({precision})" if iso else "none"
        record.check(
            "date", date_matches(gold.date, gold.date_precision, article.date), expected_date, got_date
        )
        if is_invented(gold.date, article.date):
            record.count("invented dates", expected_date, got_date)

    # Authors: the same set of names, case ignored.
    if article is None:
        record.check("authors", False, list(gold.authors), NO_PAGE)
    else:
        ok = {folded(name) for name in gold.authors} == {folded(name) for name in article.authors}
        record.check("authors", ok, list(gold.authors), list(article.authors))

    # Source: the press organ, ignoring case, punctuation and spaces ("(QĐND) -" = "QĐND").
    if article is None:
        record.check("source", False, gold.source, NO_PAGE)
    else:
        expected_key = squeezed(gold.source) if gold.source else None
        got_key = squeezed(article.source) if article.source else None
        record.check("source", (expected_key or None) == (got_key or None), gold.source, article.source)


def score_lines(fixture: Fixture, record: _Recorder) -> None:
    """Chrome lines kept out of the body, body lines kept in it."""
    if fixture.lines is None:  # the file could not even be decoded: every body line is lost
        record.check("body kept", False, "the article text", fixture.problem)
        record.count("body lines lost")
        return
    classes = classify_lines(fixture.gold, fixture.lines)
    # No page (the pipeline skipped the seed) or no roles (the parser failed): nothing reached a body.
    roles = fixture.roles if fixture.record is not None and fixture.roles is not None else {}
    for no in sorted(classes.chrome):
        role = roles.get(no, NO_PAGE)
        text = f"line {no}: {fixture.lines[no]}"
        record.check("chrome removed", role not in KEPT_ROLES, f"{text} → dropped", f"kept as {role}")
    for no in classes.body:
        role = roles.get(no, NO_PAGE)
        ok = role in KEPT_ROLES
        text = f"line {no}: {fixture.lines[no]}"
        record.check("body kept", ok, f"{text} → body", role)
        if not ok:
            record.scores.counters["body lines lost"] += 1


def score_abbreviations(fixture: Fixture, record: _Recorder, expansions: dict[str, list[str]]) -> None:
    """Each gold abbreviation recognised on the page, and its definition in the glossary.

    Recognised: the page's front-matter ``abbreviations`` (the glossary entry
    keys the article uses) contain the gold ``base`` — the entry the gold says
    the form belongs to — or the ``form`` itself (a glossary that files the
    form under its own entry still links it on the page), or the entry the
    glossary files the form under as another spelling (``TPHCM`` → ``TP.HCM``). Compared as NFC
    text, case kept: case tells abbreviations apart (``CO`` is not ``Co``).

    Definition: the gold definition, folded, equals, contains or is contained
    in an expansion the glossary gives for the form or the base.
    """
    keys = fixture.record.meta.get("abbreviations", []) if fixture.record is not None else []
    used = {collapse(str(key)) for key in keys}
    for abbreviation in fixture.gold.abbreviations:
        form, base = collapse(abbreviation.form), collapse(abbreviation.base)
        names = f"{form} (entry {base})" if base != form else form
        got = NO_PAGE if fixture.record is None else sorted(used)
        recognised = form in used or base in used or _variant_of_used(form, used, expansions)
        record.check("abbreviations recognised", recognised, names, got)
        if abbreviation.definition is None:
            continue
        found = (
            [*expansions.get(form, []), *expansions.get(base, [])]
            if form != base
            else expansions.get(form, [])
        )
        ok = any(same_definition(abbreviation.definition, text) for text in found)
        record.check(
            "definitions in glossary",
            ok,
            f"{names}: {abbreviation.definition}",
            " | ".join(dict.fromkeys(found)) or "not in the glossary",
        )


def _variant_of_used(form: str, used: set[str], expansions: dict[str, list[str]]) -> bool:
    """True if the glossary files ``form`` as another spelling of an entry the page uses
    (``TPHCM`` under ``TP.HCM``): every spelling of an entry maps to that entry's expansions."""
    mine = expansions.get(form)
    return bool(mine) and any(expansions.get(key) == mine for key in used if key != form)


def score_relations(fixtures: list[Fixture], per_fixture: dict[str, Scores], misses: list[Miss]) -> None:
    """Related recall within topics, and links between an off-topic fixture and an on-subject one.

    Two off-topic pages (two weather bulletins) may link each other: they are
    related to each other, just not to the archive's subject.
    """
    by_url = {fixture.record.url: fixture for fixture in fixtures if fixture.record is not None}
    for fixture in fixtures:
        record = _Recorder(fixture, per_fixture[fixture.name], misses)
        related = list(fixture.record.meta.get("related", [])) if fixture.record is not None else []
        related_names = [by_url[url].name if url in by_url else url for url in related]
        if fixture.gold.topic is not None:
            for other in fixtures:
                if other is fixture or other.gold.topic != fixture.gold.topic:
                    continue
                ok = other.record is not None and other.record.url in related
                record.check("related recall", ok, f"links to {other.name}", related_names or "[]")
        for url, name in zip(related, related_names, strict=True):
            target = by_url.get(url)
            if target is not None and _off_topic(fixture.gold) != _off_topic(target.gold):
                record.count("off-topic links", "no link (off-topic)", f"links to {name}")


def _off_topic(gold: Gold) -> bool:
    return gold.kind == "off-topic"
