"""Glossary rules added after held-out set 12 (invented sentences, positive and negative)."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from glossary_helpers import keys as _keys
from linear_time import assert_linear_time
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    default_glossary_path,
    discover_entries,
    find_mentions,
    find_undefined,
    load_glossary,
    merge_discovered,
)
from seed_articles.glossary.initials import spells_by_syllables

# --- "X của <a body> về <a subject> (ABBR)": the subject words the head, not the body ----


def test_a_subject_after_the_possessor_does_not_make_it_ambiguous() -> None:
    text = "Quốc hội phê chuẩn Hiệp ước của Liên hợp quốc về cấm vũ khí sinh học (BWCX) năm ngoái."
    assert _defs(text) == [("BWCX", "Hiệp ước của Liên hợp quốc về cấm vũ khí sinh học")]


def test_a_possessor_long_enough_to_be_named_stays_ambiguous() -> None:
    # The body's own name could spell the letters: either noun may be the one abbreviated.
    text = "Văn kiện là Tuyên bố chung của Hội đồng Bảo an Liên hợp quốc về an ninh (UNSCX) năm nay."
    assert _defs(text) == []
    assert _defs("Bản Tuyên bố chung của Bộ trưởng Quốc phòng các nước ASEAN (ADMM) được ký.") == []


# --- an acronym written inside the long form of a hyphenated one -------------------


def test_an_acronym_inside_the_long_form_gives_all_its_letters() -> None:
    assert _defs("Đại diện nhóm APEC-BMG (APEC Business Mobility Group) phát biểu.") == [
        ("APEC-BMG", "APEC Business Mobility Group")
    ]
    assert _defs("Ban Thư ký ASEAN-BAC (ASEAN Business Advisory Council) họp.") == [
        ("ASEAN-BAC", "ASEAN Business Advisory Council")
    ]


def test_an_acronym_never_spells_itself_alone() -> None:
    assert _defs("Ông làm việc cho nhóm APEC (APEC) lâu năm.") == []
    # A Vietnamese long form ending in the acronym still reads by its head noun.
    assert _defs("Lãnh đạo Hội đồng Tư vấn Kinh doanh ASEAN (ASEAN-BAC) dự họp.") == [
        ("ASEAN-BAC", "Hội đồng Tư vấn Kinh doanh ASEAN")
    ]


# --- syllabic acronyms: each English word gives its first letters (PASS + EX) -------


def test_syllabic_acronym_after_the_form() -> None:
    assert _defs("Bài diễn tập MINEX (Mine Exercise) diễn ra ngoài khơi.") == [("MINEX", "Mine Exercise")]
    assert _defs("Lực lượng INTERFET (International Force East Timor) rút quân.") == [
        ("INTERFET", "International Force East Timor")
    ]


def test_syllabic_acronym_before_the_form() -> None:
    assert _defs("Tàu hai nước tham gia Cobra Gold Exercise (COGOLDEX) năm nay.") == [
        ("COGOLDEX", "Cobra Gold Exercise")
    ]
    assert _defs("Hải quân dự tập trận Lion of the Sea (LIONSEA) năm nay.") == [
        ("LIONSEA", "Lion of the Sea")
    ]


def test_words_whose_letters_do_not_start_the_acronym_define_nothing() -> None:
    assert _defs("Bài diễn tập MINEX (Manila Exercise) diễn ra.") == []
    assert _defs("Du khách tới HANOI (Ha Noi) dịp này.") == []  # a place's syllables, no acronym
    assert not spells_by_syllables("NATO", ["Nato", "Alliance"])  # the first word spells it all
    assert not spells_by_syllables("MIX", ["Mine", "Exercise"])  # three letters: initials' ground
    assert not spells_by_syllables("MINEX", ["mine", "Exercise"])  # a lower-case first word


def test_a_syllabic_wording_joins_the_curated_entry() -> None:
    curated = Glossary(
        [GlossaryEntry("MINEX", "Diễn tập rà phá thủy lôi", en="Mine Countermeasures Exercise")]
    )
    found = discover_entries("Hai tàu thực hiện bài tập MINEX (Mine Exercise) trên biển.", "seeds/a.txt")
    merged, _ = merge_discovered(curated, found)
    assert "Mine Exercise" in merged["MINEX"].alternatives
    found = discover_entries(
        "Hai tàu thực hiện bài tập MINEX (Manila Naval Exercise) trên biển.", "seeds/b.txt"
    )
    merged, _ = merge_discovered(curated, found)
    assert merged["MINEX"].alternatives == ()


# --- a long form broken by a hard line wrap -----------------------------------------


def test_a_wrapped_line_does_not_end_the_clause() -> None:
    text = "Học viên của Học viện Chính trị quốc\nphòng (HVCTQP) tham dự lễ bế giảng."
    assert _defs(text) == [("HVCTQP", "Học viện Chính trị quốc phòng")]


def test_a_line_end_before_a_capital_or_after_punctuation_still_ends_the_clause() -> None:
    assert _defs("Học viên của Học viện Chính trị quốc\nPhòng (HVCTQP) tham dự.") == []
    assert _defs("Buổi lễ do Học viện Chính trị tổ chức.\nquốc phòng (HVCTQP) tham dự.") == []


# --- widely used international abbreviations in the curated glossary ---------------


def test_curated_international_abbreviations() -> None:
    glossary = load_glossary(default_glossary_path())
    text = "Theo hãng tin AP, tập trận RIMPAC có UAV tham gia; Quân Giải phóng Nhân dân Trung Quốc (PLA) theo dõi."
    assert _keys(text, glossary) == ["AP", "RIMPAC", "UAV", "PLA"]
    assert _keys("Gia đình gửi mẫu ADN, kết quả xét nghiệm DNA có sau một tuần.", glossary) == ["ADN", "ADN"]
    # Roman numerals are no abbreviations, and words in capitals are not either.
    assert _keys("Đại hội XIII của Đảng; HẢI QUÂN", glossary) == []


# --- linear time ----------------------------------------------------------------------


def test_long_chains_without_spaces_stay_linear() -> None:
    glossary = Glossary([GlossaryEntry("HA", "Hỗ trợ nhân đạo"), GlossaryEntry("ADMM+", "Hội nghị")])
    chain = "HA-DR-" * 5_000  # one hyphenated token, no space in it
    assert_linear_time(lambda size: find_mentions(chain[:size], glossary), label="hyphen chain")
    dotted = "x.HA-DR/ADMM+" * 2_000  # one chunk the URL and code masks read
    assert_linear_time(lambda size: find_undefined(dotted[:size], glossary), label="mask chunk")
    coded = "`a` HA " * 4_000  # many code spans
    assert_linear_time(lambda size: find_mentions(coded[:size], glossary), label="code spans")
    new_shapes = "Tổ chức APEC-BMG (APEC Business Mobility Group) và MINEX (Mine Exercise), " * 300
    assert_linear_time(lambda size: discover_entries(new_shapes[:size], "seeds/a.txt"), label="shapes")


def test_masks_still_hide_urls_and_codes() -> None:
    glossary = Glossary([GlossaryEntry("HA", "Hỗ trợ nhân đạo")])
    assert _keys("Xem https://example.vn/HA-DR và văn bản 12/2024/HA-CP; `HA` là mã.", glossary) == []
    assert _keys("Xem https://example.vn/HA-DR rồi bàn về HA-DR.", glossary) == ["HA"]
