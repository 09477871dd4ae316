"""Held-out set 21: definitions the glossary now reads (invented sentences, positive and
negative): an English long form taking letters from inside a word, adjectives that are no
tense words ("nhỏ và vừa", "mới công nghiệp hóa"), a place noun before a mission's place,
and curated acronyms of trade, quality and agriculture texts."""

from __future__ import annotations

import pytest
from glossary_helpers import defs
from glossary_helpers import keys as _keys
from seed_articles.glossary import Glossary, load_glossary
from seed_articles.glossary.alternatives import names_same_thing


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hàng xuất khẩu phải qua kiểm dịch động thực vật (sanitary and phytosanitary - SPS) chặt chẽ.",
            ("SPS", "sanitary and phytosanitary"),
        ),
        (
            "Các nước bàn về cơ chế (technical barriers to trade - TBT) trong khuôn khổ hiệp định.",
            ("TBT", "technical barriers to trade"),
        ),
    ],
)
def test_english_long_form_filling_the_parentheses(text: str, expected: tuple[str, str]) -> None:
    assert expected in defs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn gặp đại diện nhóm (Hà Nội - HNX) vào chiều qua.",  # not English
        "Sự kiện (opening day - ODX) thu hút nhiều khách.",  # X nowhere in the words
        "Hai bên trao đổi (meeting - MTG) ngắn.",  # one word
        "Nhóm (social scientists - SCI) họp.",  # one initial only: C and I inside "social"
    ],
)
def test_no_english_long_form_without_its_letters(text: str) -> None:
    assert [abbr for abbr, _ in defs(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nhiều người kỳ vọng đất nước trở thành NICX (nước mới công nghiệp hóa) trong hai thập niên.",
            ("NICX", "nước mới công nghiệp hóa"),
        ),
        (
            "Chính sách hỗ trợ SMEX (doanh nghiệp nhỏ và vừa) tiếp cận vốn được mở rộng.",
            ("SMEX", "doanh nghiệp nhỏ và vừa"),
        ),
        ("Các chuyên gia phân tích EMX (nền kinh tế mới nổi) tại châu Á.", ("EMX", "nền kinh tế mới nổi")),
    ],
)
def test_adjectives_are_no_clause_words_in_a_gloss(text: str, expected: tuple[str, str]) -> None:
    assert expected in defs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hiệp định EVFTAX (hai nước mới ký) bắt đầu có hiệu lực.",  # "mới" = just: a clause
        "Thỏa thuận ABCX (các bên vừa ký kết) được công bố.",
    ],
)
def test_tense_words_still_make_a_clause(text: str) -> None:
    assert defs(text) == []


def test_a_place_noun_before_the_place_words_the_same_mission(glossary: Glossary) -> None:
    entry = glossary["UNISFA"]
    assert names_same_thing(
        entry, "Phái bộ An ninh lâm thời Liên hợp quốc tại khu vực Abyei", glossary.resolve
    )
    # Another place after the place noun is another mission.
    assert not names_same_thing(
        entry, "Phái bộ An ninh lâm thời Liên hợp quốc tại khu vực Darfur", glossary.resolve
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Giá vàng miếng SJC hôm nay đứng yên.", "SJC"),
        ("Hàng nông sản hưởng thuế ưu đãi theo UKVFTA từ đầu năm.", "UKVFTA"),
        ("Doanh nghiệp tận dụng ưu đãi của AANZFTA để vào thị trường Australia.", "AANZFTA"),
        ("Trường có thêm ba chương trình đạt chuẩn AUN-QA.", "AUN-QA"),
        ("Bà con bón thúc phân NPK sau khi làm cỏ.", "NPK"),
        ("Lực lượng gìn giữ hòa bình tuân thủ SOP của phái bộ.", "SOP"),
        ("Hiệp định SPS của WTO đặt chuẩn kiểm dịch.", "SPS"),
        ("Các SME trong ngành gỗ thiếu vốn.", "SME"),
    ],
)
def test_curated_trade_and_sector_acronyms(glossary: Glossary, text: str, key: str) -> None:
    assert key in _keys(text, glossary)
