"""Held-out sets 25-26: definitions and abbreviations of any news site, by rules that name no
page (invented Vietnamese sentences, each with near-misses that must not fire).

- an English name and its acronym in one pair of parentheses: "(English Name, ABBR)",
  "(English Name - ABBR)", "(ABBR: English Name)";
- a Vietnamese name that translates an English acronym: as many capitalised words as letters;
- two capitals inside a sentence ("bộ phận HR gặp khó") are an abbreviation, initials are not;
- two known abbreviations joined by a dash ("VN-EU") are used as written;
- "ICT" is a technology sector, a time zone only after a clock time.
"""

from __future__ import annotations

import re

import pytest
from seed_articles.build.glossary_stage import scan_article
from seed_articles.glossary import Glossary, GlossaryEntry, find_definitions, find_undefined, load_glossary
from seed_articles.glossary.recognizer import find_mentions
from seed_articles.glossary.undefined import is_pair_in_prose
from seed_articles.model import Block, ParsedArticle


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _defined(text: str) -> dict[str, str]:
    return {definition.abbr: definition.long_form for definition in find_definitions(text)}


def _article(body: str) -> ParsedArticle:
    blocks = [Block("paragraph", text) for text in body.split("\n")]
    return ParsedArticle(seed="seeds/a.txt", title="Tin tổng hợp", lead="", blocks=blocks)


# --- an English name and its acronym side by side ----------------------------------------


@pytest.mark.parametrize(
    ("text", "abbr", "long_form"),
    [
        (
            "Học viên được ôn thi chứng chỉ (Global Logistics Certificate, GLC) miễn phí.",
            "GLC",
            "Global Logistics Certificate",
        ),
        (
            "Tỉnh tham gia chương trình (Mekong Youth Exchange - MYE) từ năm nay.",
            "MYE",
            "Mekong Youth Exchange",
        ),
        (
            'Chủ đề năm nay là "Thanh niên vì biển" (OYA: Ocean Youth Action), mở đơn đến cuối tháng.',
            "OYA",
            "Ocean Youth Action",
        ),
        # A dash joins only a name and its acronym: the letters need not all be initials.
        (
            "Ban tổ chức giới thiệu diễn đàn (ASEAN Startup Week - AVW) tại Đà Nẵng.",
            "AVW",
            "ASEAN Startup Week",
        ),
    ],
)
def test_english_name_and_acronym_in_one_pair_define_it(text: str, abbr: str, long_form: str) -> None:
    assert _defined(text).get(abbr) == long_form


@pytest.mark.parametrize(
    "text",
    [
        "Hai hãng (Samsung Electronics, LG) cùng mở nhà máy mới.",  # two companies listed
        "Đoàn gồm đại diện (New Zealand, UK) và nước chủ nhà.",  # the letters are not in the name
        "Sản phẩm của hãng (Mekong, MK) được bày bán.",  # one word is no long form
        "Đối tác (hai doanh nghiệp, ABC) đã ký kết.",  # not an English Title Case name
    ],
)
def test_lists_in_parentheses_define_nothing(text: str) -> None:
    assert _defined(text) == {}


def test_a_vietnamese_name_before_the_pair_stays_the_long_form() -> None:
    text = "Ủy ban Thương mại Khu vực (Regional Trade Committee - RTC) họp phiên đầu."
    (definition,) = [d for d in find_definitions(text) if d.abbr == "RTC"]
    assert definition.long_form == "Ủy ban Thương mại Khu vực"


# --- a Vietnamese name translating an English acronym --------------------------------------


@pytest.mark.parametrize(
    ("text", "abbr", "long_form"),
    [
        (
            "Báo cáo công bố Chỉ số Năng lực Logistics (LPI) của 40 nền kinh tế.",
            "LPI",
            "Chỉ số Năng lực Logistics",
        ),
        ("Việc Liên bang Nga (RF) tham gia diễn đàn được hoan nghênh.", "RF", "Liên bang Nga"),
        ("Họ bàn về Quỹ đạo Tăng trưởng Xanh (GGT) cho vùng đồng bằng.", "GGT", "Quỹ đạo Tăng trưởng Xanh"),
    ],
)
def test_capitalised_translation_with_one_capital_per_letter_defines_the_acronym(
    text: str, abbr: str, long_form: str
) -> None:
    assert _defined(text).get(abbr) == long_form


@pytest.mark.parametrize(
    "text",
    [
        "Buổi gặp có ông Trần Văn Bình (CEO) và các cổ đông.",  # a person's name, a role
        "Theo Bảng xếp hạng Năng lực Cạnh tranh Toàn cầu (CI), Việt Nam tăng hạng.",  # capitals ≠ letters
        "Đoàn đã gặp Ấn Độ tham dự (AD) hôm qua.",  # a clause goes on after the name
        "Đoàn thăm Hòa Lan (NL) trong tuần.",  # no lower-case word: a place, not a translation
    ],
)
def test_capitalised_words_that_do_not_translate_the_acronym_define_nothing(text: str) -> None:
    assert _defined(text) == {}


# --- two capitals inside a sentence --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều công ty cho biết phòng ban PR đang thiếu người có kinh nghiệm.",
        "Lao động trẻ chuyển sang các ngành dịch vụ, AI và thương mại điện tử.",
        "Hồ sơ phải ghi mã vùng QN trên tờ khai.",
    ],
)
def test_two_capitals_between_lower_case_words_are_an_abbreviation(text: str) -> None:
    start = re.search(r"\b[A-Z]{2}\b", text).start()
    assert is_pair_in_prose(text, start, start + 2)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Buổi tọa đàm kết thúc lúc 17 giờ. (HN)", "HN"),  # initials in parentheses
        ("Theo lời anh NT, nhóm đã chuẩn bị từ tháng trước.", "NT"),  # a person's initials
        ("Xe phải có giấy phép hạng FE theo quy định.", "FE"),  # a class code
        ("Ra mắt kênh Khánh Sơn TV dành cho bà con.", "TV"),  # part of a name
        ("Tin và ảnh do cộng tác viên gửi về QT", "QT"),  # a signature closing the text
    ],
)
def test_initials_and_codes_are_not_an_abbreviation_in_prose(text: str, pair: str) -> None:
    start = text.index(pair)
    assert not is_pair_in_prose(text, start, start + 2)


def test_the_article_lists_a_pair_written_in_prose(glossary: Glossary) -> None:
    abbreviations, _ = scan_article(
        _article("Doanh nghiệp cho biết bộ phận PR đang tuyển thêm người."), glossary
    )
    assert "PR" in abbreviations.keys
    abbreviations, _ = scan_article(_article("Bài và ảnh: nhóm phóng viên (PR)"), glossary)
    assert "PR" not in abbreviations.keys


# --- a dash between two known abbreviations; ICT -------------------------------------------


def test_two_known_abbreviations_joined_by_a_dash_are_used_as_written() -> None:
    small = Glossary([GlossaryEntry("VN", "Việt Nam"), GlossaryEntry("JP", "Nhật Bản")])
    text = "Hai bên sẽ lập diễn đàn doanh nghiệp VN-JP trong năm tới."
    assert [c.base for c in find_undefined(text, small)] == ["VN-JP"]
    assert {m.key for m in find_mentions(text, small)} == {"VN", "JP"}
    # A number, or an unknown part, makes no pair: "VN-17", "VN-ABC" stay as they were.
    assert [c.base for c in find_undefined("Đội VN-17 thi đấu.", small)] == []
    assert "VN-JP" not in [c.base for c in find_undefined("Đoàn VN-JPX lên đường.", small)]


def test_ict_is_technology_except_after_a_clock_time() -> None:
    empty = Glossary([])
    assert [c.base for c in find_undefined("Doanh nghiệp ngành ICT đầu tư mạnh.", empty)] == ["ICT"]
    assert find_undefined("Phiên họp bắt đầu lúc 10:00 ICT.", empty) == []


def test_common_english_acronyms_have_curated_long_forms(glossary: Glossary) -> None:
    text = "Hàng hóa chịu VAT, được bảo hộ GI, dùng giải pháp IoT và vượt rào cản TBT, theo EPR."
    assert {m.key for m in find_mentions(text, glossary)} >= {"VAT", "GI", "IoT", "TBT", "EPR"}
    assert glossary["IoT"].vi == "Internet vạn vật"


# --- a place prefix's full stop inside a name ----------------------------------------------


def test_city_prefix_full_stop_does_not_end_the_long_form() -> None:
    text = "Ngày 3/5, Học viện Ngân hàng TP. Cần Thơ (BAC) tổ chức hội thảo."
    assert _defined(text).get("BAC") == "Học viện Ngân hàng TP. Cần Thơ"
    # Another abbreviation's full stop still ends the sentence before the name.
    text = "Đoàn thăm một HTX. Trung tâm Đổi mới Sáng tạo (TTĐMST) giới thiệu mô hình."
    assert _defined(text).get("TTĐMST") == "Trung tâm Đổi mới Sáng tạo"
