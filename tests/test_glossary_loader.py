"""Loading and validating the curated glossary YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_articles.glossary import GlossaryError, default_glossary_path, load_glossary, parse_glossary

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_shipped_glossary_loads_with_required_entries() -> None:
    glossary = load_glossary()
    required = [
        "HNQT",
        "ĐNQP",
        "ADMM",
        "ADMM+",
        "BVDC",
        "ACDFM",
        "ADSOM",
        "ADSOM+",
        "ASEAN",
        "UN",
        "EU",
        "IHO",
        "UNISFA",
        "UNMISS",
        "QĐND",
        "TTXVN",
        "JWG-DOC",
        "USAID",
        "MIA",
        "AI",
        "HĐND",
        "MTTQ",
        "TT&TT",
        "KH&CN",
        "CĐS",
        "UBND",
        "USD",
        "OTT",
        "DOC",
    ]
    for key in required:
        entry = glossary[key]
        assert entry.vi and entry.source == "curated" and entry.line, key
    assert glossary.resolve("DNQP") is glossary["ĐNQP"]
    assert default_glossary_path().is_file()


def test_values_stay_strings() -> None:
    glossary = parse_glossary("entries:\n  - abbr: NO\n    vi: Na Uy\n    en: ON\n")
    assert glossary["NO"].en == "ON"


def _error(text: str) -> GlossaryError:
    with pytest.raises(GlossaryError) as info:
        parse_glossary(text, "my/glossary.yml")
    return info.value


def test_missing_expansion_names_file_and_line() -> None:
    error = _error("entries:\n  - abbr: UN\n    vi: Liên hợp quốc\n  - abbr: EU\n    en: European Union\n")
    assert (error.path, error.line) == ("my/glossary.yml", 4)
    assert "EU" in error.message and "vi" in error.message
    assert str(error).startswith("my/glossary.yml:4: ")


def test_duplicate_abbreviation_names_the_second_entry() -> None:
    error = _error("entries:\n  - abbr: UN\n    vi: A\n  - abbr: EU\n    vi: B\n  - abbr: UN\n    vi: C\n")
    assert error.line == 6 and "duplicate" in error.message


def test_variant_that_is_another_entry_is_an_error() -> None:
    error = _error("entries:\n  - abbr: DNQP\n    vi: A\n  - abbr: ĐNQP\n    vi: B\n    variants: [DNQP]\n")
    assert error.line == 4 and "DNQP" in error.message


def test_d_and_dd_spellings_are_different_abbreviations() -> None:
    glossary = parse_glossary(
        "entries:\n  - abbr: ĐC\n    vi: Địa chỉ\n  - abbr: DC\n    vi: Dòng điện một chiều\n"
    )
    assert glossary["ĐC"].anchor != glossary["DC"].anchor
    assert glossary["DC"].anchor == "dc"


def test_bad_yaml_names_the_line() -> None:
    error = _error("entries:\n  - abbr: UN\n    vi: [Liên hợp quốc\n  - abbr: EU\n")
    assert error.line is not None and error.line >= 3
    assert "invalid YAML" in error.message


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("entries:\n  - abbr: UN\n    vi: A\n    desciption: typo\n", 4, "unknown field"),
        ("entries:\n  - abbr: Liên Hợp\n    vi: A\n", 2, "cannot be recognised"),
        ("entries:\n  - abbr: UN\n    vi: A\n    variants: [un]\n", 2, "cannot be recognised"),
        ("entries:\n  - vi: A\n", 2, "without 'abbr'"),
        ("entries:\n  - UN\n", 2, "mapping"),
        ("entries: UN\n", 1, "list"),
        ("other: 1\n", 1, "entries"),
        ("entries:\n  - abbr: UN\n    vi: [A, B]\n", 3, "single text"),
    ],
)
def test_validation_errors(text: str, line: int, words: str) -> None:
    error = _error(text)
    assert error.line == line
    assert words in error.message


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError) as info:
        load_glossary(tmp_path / "missing.yml")
    assert "missing.yml" in str(info.value)
    bad = tmp_path / "latin1.yml"
    bad.write_bytes("entries:\n  - abbr: UN\n    vi: Li\xean\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match="UTF-8"):
        load_glossary(bad)


def test_empty_file_is_an_empty_glossary(tmp_path: Path) -> None:
    empty = tmp_path / "g.yml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert len(load_glossary(empty)) == 0
