"""Other wordings of a long form ("còn viết là"), word-shaped spellings and headlines.

Sentences and entries are our own; each rule is checked with a case it must
accept and a case it must refuse.
"""

from __future__ import annotations

import pytest
from seed_articles.build.glossary_stage import GlossaryResult, scan_article
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    GlossaryError,
    discover_entries,
    find_mentions,
    load_glossary,
    merge_discovered,
    parse_glossary,
)
from seed_articles.glossary.alternatives import MAX_ALTERNATIVES, names_same_thing, says_already
from seed_articles.model import Block, ParsedArticle
from seed_articles.pages.glossary import render_glossary_page

LHQ = GlossaryEntry("LHQ", "Liên hợp quốc", en="United Nations")
UNMISS = GlossaryEntry(
    "UNMISS", "Phái bộ Liên hợp quốc tại Nam Sudan", en="United Nations Mission in South Sudan"
)
BQP = GlossaryEntry("BQP", "Bộ Quốc phòng", en="Ministry of National Defence")
ADMM = GlossaryEntry("ADMM", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN")
ADMM_PLUS = GlossaryEntry("ADMM+", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng")
CUES = GlossaryEntry("CUES", "Bộ quy tắc ứng xử khi chạm trán bất ngờ trên biển")


def found(key: str, vi: str, seed: str = "seeds/a.txt") -> GlossaryEntry:
    return GlossaryEntry(key, vi, source="discovered", found_in=(seed,))


def merged(curated: list[GlossaryEntry], discovered: list[GlossaryEntry]) -> Glossary:
    glossary, _ = merge_discovered(Glossary(curated), discovered)
    return glossary


# --- which wordings are kept -----------------------------------------------------


def test_wording_spelled_by_initials_becomes_an_alternative() -> None:
    glossary = merged([LHQ], [found("LHQ", "Liên Hiệp Quốc")])
    assert glossary["LHQ"].vi == "Liên hợp quốc"  # the curated long form stays first
    assert glossary["LHQ"].alternatives == ("Liên Hiệp Quốc",)


def test_wording_sharing_most_words_becomes_an_alternative() -> None:
    wording = "Bộ quy tắc về các cuộc chạm trán bất ngờ trên biển"
    assert merged([CUES], [found("CUES", wording)])["CUES"].alternatives == (wording,)
    # Most of its own words are in the entry's, but it leaves out too many of the
    # entry's words (chạm trán bất ngờ): a different code.
    other = "Bộ quy tắc ứng xử của các bên ở Biển Đông"
    assert merged([CUES], [found("CUES", other)])["CUES"].alternatives == ()


def test_definition_naming_something_else_is_refused() -> None:
    glossary, report = merge_discovered(Glossary([BQP]), [found("BQP", "Cục Đối ngoại")])
    assert glossary["BQP"].alternatives == ()
    assert [entry.vi for entry, _ in report.kept_curated] == ["Cục Đối ngoại"]  # still reported


def test_wording_closer_to_another_entry_is_refused() -> None:
    wording = "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng"
    # Without ADMM+ in the glossary the wording shares enough words with ADMM to be taken.
    assert merged([ADMM], [found("ADMM", wording)])["ADMM"].alternatives == (wording,)
    assert merged([ADMM, ADMM_PLUS], [found("ADMM", wording)])["ADMM"].alternatives == ()
    # ADMM+ itself takes it.
    assert merged([ADMM, ADMM_PLUS], [found("ADMM+", wording)])["ADMM+"].alternatives == (wording,)


def test_wording_the_entry_already_says_adds_nothing() -> None:
    fdi = GlossaryEntry("FDI", "Đầu tư trực tiếp nước ngoài")
    for wording in ("liên hợp quốc", "Liên  hợp   quốc", "United Nations", "Liên hợp quốc (UN)"):
        assert merged([LHQ], [found("LHQ", wording)])["LHQ"].alternatives == (), wording
    assert says_already(fdi.expansions(), "vốn đầu tư trực tiếp nước ngoài")  # contains it
    assert says_already(["Hòa bình"], "hoà bình")  # tone-mark placement
    assert not says_already(fdi.expansions(), "Đầu tư gián tiếp nước ngoài")


def test_abbreviation_inside_a_wording_counts_as_its_words() -> None:
    known = Glossary([LHQ, UNMISS])
    assert names_same_thing(UNMISS, "Phái bộ LHQ", known.resolve)
    assert not names_same_thing(UNMISS, "Phái bộ LHQ", lambda spelling: None)
    glossary = merged([LHQ, UNMISS], [found("UNMISS", "Phái bộ LHQ tại Nam Sudan")])
    assert glossary["UNMISS"].alternatives == ("Phái bộ LHQ tại Nam Sudan",)


def test_most_frequent_wordings_kept_first_and_capped() -> None:
    entry = GlossaryEntry("HTX", "Hợp tác xã")
    wordings = ["Hiệp tác xã", "Hội tác xã", "Hợp tập xã", "Hòa tác xã"]  # each spells H-T-X
    offers = [found("HTX", wording, f"seeds/{n}.txt") for n, wording in enumerate(wordings)]
    offers.append(found("HTX", "hợp  tập xã", "seeds/9.txt"))  # a second article for one of them
    alternatives = merged([entry], offers)["HTX"].alternatives
    assert alternatives == ("Hợp tập xã", "Hiệp tác xã", "Hội tác xã")[:MAX_ALTERNATIVES]


def test_discovered_entries_keep_other_plausible_wordings_of_later_seeds() -> None:
    discovered = [
        found("KTTV", "Khí tượng thủy văn", "seeds/a.txt"),
        found("KTTV", "Khí tượng - Thủy văn", "seeds/b.txt"),  # the same words
        found("KTTV", "Kỹ thuật thi công vật liệu", "seeds/c.txt"),  # initials, but ≠ K-T-T-V
        found("KTTV", "Khí tượng thuỷ văn quốc gia", "seeds/d.txt"),
    ]
    entry = merged([], discovered)["KTTV"]
    assert entry.vi == "Khí tượng thủy văn"
    assert entry.found_in == ("seeds/a.txt", "seeds/b.txt", "seeds/c.txt", "seeds/d.txt")
    assert entry.alternatives == ()  # d contains a's words; c names something else
    other = merged([], [*discovered, found("KTTV", "Khí tượng thời vụ", "seeds/e.txt")])["KTTV"]
    assert other.alternatives == ("Khí tượng thời vụ",)


# --- the curated file, the page and search -----------------------------------------


def test_curated_alternatives_are_read_and_checked() -> None:
    glossary = parse_glossary(
        "entries:\n"
        "  - abbr: LHQ\n    vi: Liên hợp quốc\n    alternatives: [Liên Hiệp Quốc, Liên hợp quốc, Liên Hiệp Quốc]\n"
        "  - abbr: UN\n    vi: Liên hợp quốc\n    alternatives: Liên Hiệp Quốc\n"
    )
    assert glossary["LHQ"].alternatives == ("Liên Hiệp Quốc",)
    assert glossary["UN"].alternatives == ("Liên Hiệp Quốc",)
    with pytest.raises(GlossaryError, match="'alternatives' must be a list of wordings"):
        parse_glossary("entries:\n  - abbr: LHQ\n    vi: Liên hợp quốc\n    alternatives: {a: b}\n")


def test_shipped_glossary_knows_common_alternative_spellings() -> None:
    glossary = load_glossary()
    assert "Liên Hiệp Quốc" in glossary["LHQ"].alternatives
    assert "Liên Hiệp Quốc" in glossary["UN"].alternatives
    # An article's "Liên Hiệp Quốc (LHQ)" then adds nothing new.
    merged_glossary, _ = merge_discovered(glossary, discover_entries("Trụ sở Liên Hiệp Quốc (LHQ).", "a"))
    assert merged_glossary["LHQ"].alternatives == glossary["LHQ"].alternatives


def test_page_shows_alternatives_escaped() -> None:
    entry = GlossaryEntry("LHQ", "Liên hợp quốc", alternatives=("Liên Hiệp Quốc", "Tổ chức *LHQ*"))
    page = render_glossary_page(Glossary([entry, GlossaryEntry("EU", "Liên minh châu Âu")]), {})
    assert "*Còn viết là:* Liên Hiệp Quốc; Tổ chức \\*LHQ\\*" in page
    assert page.count("Còn viết là") == 1  # EU has none


def test_search_expansions_include_alternatives() -> None:
    entry = GlossaryEntry("LHQ", "Liên hợp quốc", en="United Nations", alternatives=("Liên Hiệp Quốc",))
    result = GlossaryResult(Glossary([entry]), {}, {})
    assert result.expansions() == {"LHQ": ["Liên hợp quốc", "United Nations", "Liên Hiệp Quốc"]}


# --- spellings written as a word, age-group teams ------------------------------------


def test_word_spelling_found_only_as_that_exact_word() -> None:
    glossary = Glossary(
        [GlossaryEntry("Interpol", "Tổ chức Cảnh sát Hình sự Quốc tế", variants=("INTERPOL",))]
    )
    text = "Phối hợp qua ASEANAPOL và Interpol; INTERPOL phát lệnh truy nã."
    assert [(m.key, m.surface) for m in find_mentions(text, glossary)] == [
        ("Interpol", "Interpol"),
        ("Interpol", "INTERPOL"),
    ]
    for text in ("interpol", "Interpolation", "www.Interpol.int", "`Interpol`", "Interpol-X"):
        assert find_mentions(text, glossary) == [], text


def test_word_spellings_must_be_plain_capitalised_words() -> None:
    assert parse_glossary("- abbr: Europol\n  vi: Cơ quan Cảnh sát châu Âu\n")["Europol"]
    for spelling in ("Eur", "europol", "Ĕuropol", "Euro pol"):
        with pytest.raises(GlossaryError, match="cannot be recognised"):
            parse_glossary(f"- abbr: {spelling}\n  vi: Cơ quan\n")


def test_shipped_glossary_recognises_interpol_and_u23() -> None:
    glossary = load_glossary()
    text = "U23 Việt Nam thắng U23 Kyrgyzstan; Interpol và INTERPOL; đội U23."
    keys = [m.key for m in find_mentions(text, glossary)]
    assert keys == ["U23", "U23", "Interpol", "Interpol", "U23"]


# --- headlines ------------------------------------------------------------------------


def _article(title: str, body: str, derived: bool = False) -> ParsedArticle:
    return ParsedArticle(
        seed="seeds/a.txt", title=title, lead="", blocks=[Block("paragraph", body)], title_derived=derived
    )


def test_headline_abbreviations_count_but_get_no_markup() -> None:
    glossary = load_glossary()
    article = _article("ADMM-19: đoàn kết nội khối", "Các bộ trưởng ASEAN họp tại Kuala Lumpur.")
    abbreviations, _ = scan_article(article, glossary)
    assert abbreviations.keys == ["ADMM", "ASEAN"]
    assert list(abbreviations.mentions) == ["Các bộ trưởng ASEAN họp tại Kuala Lumpur."]
    derived = _article("ADMM-19 khai mạc", "Các bộ trưởng ASEAN họp.", derived=True)
    assert scan_article(derived, glossary)[0].keys == ["ASEAN"]
