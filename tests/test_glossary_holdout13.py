"""Glossary rules added after held-out set 13 (invented sentences, positive and negative)."""

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
)
from seed_articles.glossary.tokens import is_key_shaped

# --- "(English, English & English - ABBR)": an English list name fills the parentheses --


def test_an_english_list_name_in_parentheses_is_read_from_the_opening_bracket() -> None:
    text = "Đơn vị bảo đảm hậu cần (Supply, Maintenance & Transport - SMT) được tăng cường."
    assert _defs(text) == [("SMT", "Supply, Maintenance & Transport")]
    text = "Nhiệm vụ tìm kiếm (Search, Rescue and Evacuation - SRE) kéo dài ba ngày."
    assert _defs(text) == [("SRE", "Search, Rescue and Evacuation")]


def test_part_of_an_english_list_spells_nothing() -> None:
    # The initials spell only the last items: the name is the whole list, so nothing is read.
    assert _defs("Nhóm hỗ trợ (Planning, Search and Rescue - SAR) lên đường.") == []
    # A Vietnamese word in the parentheses: no English list name, the old reading stays.
    assert _defs("Nhóm hỗ trợ (hậu cần, Search and Rescue - SAR) lên đường.") == [
        ("SAR", "Search and Rescue")
    ]


# --- "C/O", "L/C": two single capitals joined by a slash are one token ------------


def test_a_slash_pair_of_capitals_is_one_token() -> None:
    assert is_key_shaped("C/O") and is_key_shaped("L/C")
    assert not is_key_shaped("C/Ox") and not is_key_shaped("c/O")
    glossary = Glossary([GlossaryEntry("B/L", "Vận đơn"), GlossaryEntry("HA/DR", "Hỗ trợ nhân đạo")])
    text = "Bộ hồ sơ gồm vận đơn (B/L) và hóa đơn; B/L gốc gửi kèm, HA/DR vẫn là một mục."
    assert _keys(text, glossary) == ["B/L", "B/L", "HA/DR"]


def test_a_third_slash_part_or_a_lower_case_letter_makes_no_pair() -> None:
    glossary = Glossary([GlossaryEntry("B/L", "Vận đơn")])
    assert _keys("Phương án A/B/L được chọn; đồng chí Đ/c Hùng; tỷ lệ B/l; 3/B/L.", glossary) == []
    assert [c.text for c in find_undefined("Chọn phương án A/B/C hay X/Yz.", glossary)] == []


def test_curated_trade_terms_are_recognised() -> None:
    glossary = load_glossary(default_glossary_path())
    text = "Doanh nghiệp nộp C/O điện tử, mở L/C tại ngân hàng và công bố báo cáo ESG."
    assert _keys(text, glossary) == ["C/O", "L/C", "ESG"]
    assert glossary["C/O"].vi == "Giấy chứng nhận xuất xứ"
    assert glossary["L/C"].vi == "Thư tín dụng"


def test_other_curated_entries() -> None:
    glossary = load_glossary(default_glossary_path())
    text = "Các CQĐD phối hợp; hải quân thử nghiệm USV cùng UAV."
    assert _keys(text, glossary) == ["CQĐD", "USV", "UAV"]


# --- "Đối tác Chiến lược …": a partnership framework's name, like "Đoàn Thanh niên" ----


def test_a_capitalised_partnership_name_is_a_long_form() -> None:
    text = "Hai nước nâng quan hệ lên Đối tác Chiến lược Bền vững (SSPX) trong chuyến thăm."
    assert _defs(text) == [("SSPX", "Đối tác Chiến lược Bền vững")]


def test_a_partner_without_a_name_is_no_long_form() -> None:
    assert _defs("Đối tác (TTX) cho biết sẽ ký hợp đồng.") == []  # no capitalised word after
    # The next word starts another head: the ministry's name, not a framework's.
    assert _defs("Đối tác Bộ Quốc phòng (BQPX) đã ký kết.") == [("BQPX", "Bộ Quốc phòng")]
    # Lower-case "đối tác" is a common noun: at most the lower-case gloss rule reads it.
    assert all(
        long_form != "đối tác chiến lược bền vững"
        for _, long_form in _defs("Các đối tác chiến lược bền vững (SSPX) của Việt Nam.")
    )


def test_new_shapes_stay_linear() -> None:
    glossary = Glossary([GlossaryEntry("C/O", "Giấy chứng nhận xuất xứ")])
    pairs = "C/O A/B/C X/Y/ " * 2_000
    assert_linear_time(lambda size: find_mentions(pairs[:size], glossary), label="slash pairs")
    listed = "Lực lượng (Search, Rescue and Evacuation - SRE) và Đối tác Chiến lược Bền vững (SSPX), " * 300
    assert_linear_time(lambda size: discover_entries(listed[:size], "seeds/a.txt"), label="lists")
    commas = "(" + "Alpha, " * 3_000 + "Beta - AB)"
    assert_linear_time(lambda size: discover_entries(commas[:size] + " - AB)", "seeds/a.txt"), label="commas")
