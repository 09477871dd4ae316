"""Recognising glossary abbreviations (and undefined ones) in article text."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_articles.glossary import Glossary, GlossaryEntry, find_mentions, find_undefined, load_glossary

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary) -> list[tuple[str, str, str]]:
    return [(m.surface, m.key, m.number) for m in find_mentions(text, glossary)]


def test_the_four_named_abbreviations_have_their_expansions(glossary: Glossary) -> None:
    text = "Công tác HNQT và ĐNQP; Hội nghị ADMM; triển khai BVDC cấp 2."
    keys = [m.key for m in find_mentions(text, glossary)]
    assert keys == ["HNQT", "ĐNQP", "ADMM", "BVDC"]
    assert glossary["HNQT"].vi == "Hội nhập quốc tế"
    assert glossary["ĐNQP"].vi == "Đối ngoại quốc phòng"
    assert glossary["ADMM"].vi == "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN"
    assert glossary["BVDC"].vi == "Bệnh viện dã chiến"


def test_offsets_and_surface_match_the_text(glossary: Glossary) -> None:
    text = "Tại ADMM+ (mở rộng), các nước ASEAN và TT&TT."
    for mention in find_mentions(text, glossary):
        assert text[mention.start : mention.end] == mention.surface


def test_longest_match_first(glossary: Glossary) -> None:
    assert _found("Hội nghị ADMM+ và ADSOM+ năm nay.", glossary) == [
        ("ADMM+", "ADMM+", ""),
        ("ADSOM+", "ADSOM+", ""),
    ]
    assert _found("Hợp tác KH&CN, TT&TT và JWG-DOC.", glossary) == [
        ("KH&CN", "KH&CN", ""),
        ("TT&TT", "TT&TT", ""),
        ("JWG-DOC", "JWG-DOC", ""),
    ]


def test_abbreviation_with_a_number(glossary: Glossary) -> None:
    assert _found("ADMM-17 tại Lào; BVDC 2.2 và BVDC2.4 lên đường.", glossary) == [
        ("ADMM-17", "ADMM", "17"),
        ("BVDC 2.2", "BVDC", "2.2"),
        ("BVDC2.4", "BVDC", "2.4"),
    ]
    # A year after an abbreviation is not its number.
    assert _found("Chủ tịch ASEAN 2020.", glossary) == [("ASEAN", "ASEAN", "")]


def test_adjacent_abbreviations_are_separate(glossary: Glossary) -> None:
    assert [m.key for m in find_mentions("lực lượng GGHB LHQ tại Nam Sudan", glossary)] == ["GGHB", "LHQ"]


def test_dots_inside_and_after_tokens(glossary: Glossary) -> None:
    assert _found("Ban Chấp hành T.Ư; UBND TP. Hà Nội và TP.HCM.", glossary) == [
        ("T.Ư", "T.Ư", ""),
        ("UBND", "UBND", ""),
        ("TP", "TP", ""),
        ("TP.HCM", "TP.HCM", ""),
    ]


def test_d_variants_and_lookalike_eth(glossary: Glossary) -> None:
    text = "DNQP, ĐNQP và \u00d0NQP là một."
    assert [(m.surface, m.key) for m in find_mentions(text, glossary)] == [
        ("DNQP", "ĐNQP"),
        ("ĐNQP", "ĐNQP"),
        ("\u00d0NQP", "ĐNQP"),
    ]


def test_case_must_match(glossary: Glossary) -> None:
    assert find_mentions("Asean, asean, Un, đnqp và Admm", glossary) == []


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội XIII của Đảng, khóa XII, Quốc hội khóa XVI, thế kỷ XXI, lần thứ IV.",
        "Nghị quyết số 34-CT/TW, Kết luận số 53-KL/TW, Nghị quyết số 44-NQ/TW.",
        "Nghị định 13/2023/NĐ-CP và Quyết định 749/QĐ-TTg.",
    ],
)
def test_roman_numerals_and_document_codes_are_not_abbreviations(glossary: Glossary, text: str) -> None:
    assert find_mentions(text, glossary) == []
    assert find_undefined(text, glossary) == []


@pytest.mark.parametrize(
    "text",
    [
        "Xem https://example.com/ADMM/UN?x=EU hoặc www.ASEAN.org/ADMM.",
        "Nguồn ảnh: ADMM.VN và admm.vn.",
        "Liên hệ ADMM@UN.org để biết thêm.",
        "Chạy lệnh `ASEAN --UN` trong máy.",
        "```\nADMM = UN + EU\n```",
        "Các từ iPhone, UNxyz, xUN, MiaADMM, AdmmX không phải chữ viết tắt.",
    ],
)
def test_never_inside_urls_emails_code_or_words(glossary: Glossary, text: str) -> None:
    assert find_mentions(text, glossary) == []


def test_shouted_text_is_not_abbreviations(glossary: Glossary) -> None:
    text = "THÙY LINH\nPOWERED BY ONECMS - A PRODUCT OF NEKO\nMINH ANH"
    assert find_undefined(text, glossary) == []
    # A list of known abbreviations is not shouting.
    assert [m.key for m in find_mentions("ADMM, ADSOM, ACDFM và ASEAN", glossary)] == [
        "ADMM",
        "ADSOM",
        "ACDFM",
        "ASEAN",
    ]


def test_find_undefined(glossary: Glossary) -> None:
    text = "Theo XYZO và QWE, Nghị định NĐ-XY, COVID-19 và ADMM; khóa XIII; 34-CT/TW."
    assert [c.surface for c in find_undefined(text, glossary)] == ["XYZO", "QWE", "NĐ-XY"]
    for candidate in find_undefined(text, glossary):
        assert text[candidate.start : candidate.end] == candidate.surface


def test_a_defined_roman_looking_spelling_is_matched() -> None:
    glossary = Glossary([GlossaryEntry("XL", "Xe lửa")])
    assert [m.key for m in find_mentions("Đi XL về quê.", glossary)] == ["XL"]


def test_mixed_case_key_is_found_exactly() -> None:
    glossary = Glossary([GlossaryEntry("MoU", "Bản ghi nhớ")])
    assert [m.surface for m in find_mentions("Hai bên ký MoU và MOU.", glossary)] == ["MoU"]


def test_real_seeds_have_no_undefined_abbreviations_and_the_expected_mentions(glossary: Glossary) -> None:
    keys: dict[str, set[str]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert find_undefined(text, glossary) == [], path.name
        keys[path.name[:3]] = {m.key for m in find_mentions(text, glossary)}
    assert {
        "UN",
        "EU",
        "IHO",
        "ADMM",
        "ADMM+",
        "ACDFM",
        "ADSOM",
        "TT&TT",
        "KH&CN",
        "CĐS",
        "UBND",
        "OTT",
    } <= keys["000"]
    assert {"BVDC", "UNISFA"} <= keys["001"]
    assert "QĐND" in keys["002"]
    assert {"HNQT", "ĐNQP", "ADSOM+", "JWG-DOC", "USAID", "MIA", "USD"} <= keys["003"]
    assert {"TTXVN", "UNMISS", "HĐND", "MTTQ", "AI"} <= keys["004"]


def test_exercise_name_with_a_year_is_its_base_entry() -> None:
    glossary = Glossary([GlossaryEntry("VIJAREX", "Diễn tập cứu hộ Hải quân Việt Nam - Nhật Bản")])
    text = "Kết thúc VIJAREX 2027: hai bên duy trì VIJAREX hai năm một lần. KHAI MẠC VIJAREX 2027 TẠI ĐÀ NẴNG"
    found = [(m.key, m.surface) for m in find_mentions(text, glossary)]
    assert found[:2] == [("VIJAREX", "VIJAREX"), ("VIJAREX", "VIJAREX")]
    assert [c.base for c in find_undefined("Diễn tập VIJAREX 2027 khép lại.", Glossary([]))] == ["VIJAREX"]
