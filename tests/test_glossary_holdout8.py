"""Glossary rules and entries added after held-out set 8 (invented sentences, positive and negative)."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from glossary_helpers import entries as _entries
from glossary_helpers import keys as _keys
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    discover_entries,
    find_definitions,
    load_glossary,
    merge_discovered,
)

# --- the noun written before an abbreviation -----------------------------------


def test_noun_before_the_abbreviation_is_not_part_of_the_entry() -> None:
    entries = _entries("Sáng nay, Ban Quản lý rừng phòng hộ (Ban QLRPH) tỉnh ra quân trồng cây.")
    assert entries["QLRPH"].vi == "Quản lý rừng phòng hộ"
    assert "Ban QLRPH" not in entries
    glossary, _ = merge_discovered(Glossary([]), entries.values())
    assert _keys("Đại diện Ban QLRPH phát biểu.", glossary) == ["QLRPH"]


def test_a_unit_number_of_three_digits_goes_with_the_base() -> None:
    entries = _entries("Tổ công tác 702 (TCT 702) của tỉnh đã kiểm tra các điểm nóng.")
    assert entries["TCT"].vi == "Tổ công tác"


# --- head nouns: associations, subregions, standards ----------------------------


def test_association_subregion_and_standard_head_english_acronyms() -> None:
    assert _defs("Hội Chữ thập đỏ Việt Nam (VNRC) trao quà cho người dân.") == [
        ("VNRC", "Hội Chữ thập đỏ Việt Nam")
    ]
    assert _defs("Các nước thuộc Tiểu vùng Đông Nam Á hải đảo (MSEA) họp trực tuyến.") == [
        ("MSEA", "Tiểu vùng Đông Nam Á hải đảo")
    ]
    assert _defs("Sản phẩm đạt Tiêu chuẩn thực hành nông nghiệp tốt (GAP) được cấp mã vùng.") == [
        ("GAP", "Tiêu chuẩn thực hành nông nghiệp tốt")
    ]


# --- "ABBR – long form" --------------------------------------------------------


def test_name_after_a_dash_that_ends_the_sentence_after_a_preposition() -> None:
    text = "Tàu được kiểm tra theo SOLAS – Công ước quốc tế về an toàn sinh mạng con người trên biển."
    assert _defs(text) == [("SOLAS", "Công ước quốc tế về an toàn sinh mạng con người trên biển")]
    # Not after a preposition: "A - B" may be two sides of a relation.
    assert _defs("Hợp tác ABC - Liên minh kinh tế khu vực.") == []


def test_name_after_a_dash_ends_where_a_second_name_starts() -> None:
    text = "Đại diện WFP – Chương trình Lương thực Thế giới và Quỹ Nhi đồng Liên hợp quốc (UNICEF) dự lễ."
    assert _defs(text) == [
        ("WFP", "Chương trình Lương thực Thế giới"),
        ("UNICEF", "Quỹ Nhi đồng Liên hợp quốc"),
    ]


def test_lower_case_concept_after_a_dash() -> None:
    text = "Doanh nghiệp áp dụng KPI – chỉ số đánh giá hiệu quả, giúp quản lý tốt hơn."
    assert _defs(text) == [("KPI", "chỉ số đánh giá hiệu quả")]
    # A phrase that describes an entity, or a weekday in a time stamp, names nothing.
    assert _defs("Ông Nam làm việc với EVN – đơn vị chủ đầu tư, cho biết tiến độ.") == []
    assert _defs("Cập nhật lúc 9:00 GMT - thứ tư, ngày 5/3.") == []


# --- English long form and its translation in one pair of parentheses ---------


def test_english_long_form_with_a_vietnamese_translation() -> None:
    text = "Nhà máy triển khai OSH (Occupational Safety and Health – An toàn, vệ sinh lao động) từ năm nay."
    (definition,) = find_definitions(text)
    assert (definition.abbr, definition.long_form) == ("OSH", "An toàn, vệ sinh lao động")
    assert definition.english == "Occupational Safety and Health"
    entry = _entries(text)["OSH"]
    assert (entry.vi, entry.en) == ("An toàn, vệ sinh lao động", "Occupational Safety and Health")


def test_a_later_english_long_form_fills_the_entry() -> None:
    first = GlossaryEntry("OSH", "An toàn, vệ sinh lao động", source="discovered", found_in=("seeds/a.txt",))
    second = GlossaryEntry(
        "OSH",
        "An toàn, vệ sinh lao động",
        en="Occupational Safety and Health",
        source="discovered",
        found_in=("seeds/b.txt",),
    )
    glossary, _ = merge_discovered(Glossary([]), [second, first])
    entry = glossary["OSH"]
    assert (entry.en, entry.found_in) == ("Occupational Safety and Health", ("seeds/a.txt", "seeds/b.txt"))


# --- an item per letter --------------------------------------------------------


def test_translated_list_with_an_item_per_letter() -> None:
    assert _defs("Nhiều doanh nghiệp chú trọng Môi trường, Xã hội và Quản trị (ESG) khi gọi vốn.") == [
        ("ESG", "Môi trường, Xã hội và Quản trị")
    ]
    assert _defs("Báo cáo ESG (Môi trường, Xã hội và Quản trị) được công bố.") == [
        ("ESG", "Môi trường, Xã hội và Quản trị")
    ]
    # A place name is no item; more items than letters is no acronym of the list.
    assert _defs("Các nước Việt Nam, Lào và Campuchia (CLV) họp thường niên.") == []
    assert _defs("Ba ngành Nông nghiệp, Y tế, Giáo dục và Xây dựng (NYG) họp.") == []


# --- lower-case units defined after a number -----------------------------------


def test_lower_case_unit_defined_after_a_number() -> None:
    text = "Nồng độ chì trong nước đo được 15 ppb (phần tỷ), sau xử lý còn 3 ppb."
    assert _defs(text) == [("ppb", "phần tỷ")]
    glossary, _ = merge_discovered(Glossary([]), discover_entries(text, "seeds/a.txt"))
    assert _keys(text, glossary) == ["ppb", "ppb"]
    assert _keys("Đơn vị ppb ít dùng trong báo cáo; tệp tin ppb.txt.", glossary) == []
    # A counted noun after a number is no unit.
    assert _defs("Đàn có 20 con (chủ yếu là bò sữa) được tiêm phòng.") == []


# --- ship-name prefixes ----------------------------------------------------------


def test_ship_name_prefix_known_from_its_shape() -> None:
    entries = _entries("Tàu khu trục TCG Heybeliada của Hải quân Thổ Nhĩ Kỳ cập cảng Cam Ranh.")
    assert entries["TCG"].vi == "Tiền tố đứng trước tên tàu"
    assert _entries("Tàu tuần tra CSB Quảng Ninh và tàu của JCG Akitsushima ra khơi.") == {}
    glossary, _ = merge_discovered(Glossary([]), entries.values())
    assert _keys("Thủy thủ tàu TCG Heybeliada giao lưu.", glossary) == ["TCG"]


def test_a_long_form_written_out_beats_the_ship_prefix_shape() -> None:
    shape = GlossaryEntry("TCG", "Tiền tố đứng trước tên tàu", source="discovered", found_in=("seeds/a.txt",))
    written = GlossaryEntry("TCG", "Tàu Cảnh giới", source="discovered", found_in=("seeds/b.txt",))
    glossary, _ = merge_discovered(Glossary([]), [shape, written])
    assert (glossary["TCG"].vi, glossary["TCG"].found_in) == ("Tàu Cảnh giới", ("seeds/a.txt", "seeds/b.txt"))


# --- an outlet's short name opening a paragraph -----------------------------------


def test_outlet_short_name_opening_a_paragraph_is_no_mention() -> None:
    glossary = load_glossary()
    assert _keys("TP - Các đại biểu thống nhất kế hoạch năm tới.", glossary) == []
    assert _keys("ASEAN - Trung Quốc nhất trí thúc đẩy đàm phán.", glossary) == ["ASEAN"]
    assert _keys("ASEAN - EU tăng cường hợp tác.", glossary) == ["ASEAN", "EU"]
    assert _keys("ADMM+ - Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng - họp.", glossary)[0] == "ADMM+"


# --- curated entries ------------------------------------------------------------------


def test_ship_prefixes_programmes_agencies_and_standards() -> None:
    glossary = load_glossary()
    text = (
        "Tàu KD Jebat, KDB Darussalam, HTMS Bhumibol, ROKS Sejong, HMCS Ottawa và USNS Mercy thăm cảng; "
        "dự án GMS, IMAS, KOICA tài trợ; VAVA thăm hỏi; chương trình WPS; dự án PPP; Ban QLDA; BCĐ 138."
    )
    keys = set(_keys(text, glossary))
    assert {"KD", "KDB", "HTMS", "ROKS", "HMCS", "USNS", "GMS", "IMAS", "KOICA", "VAVA"} <= keys
    assert {"WPS", "PPP", "QLDA", "BCĐ"} <= keys
    entries = glossary.entries
    assert entries["WPS"].en == "Women, Peace and Security"
    assert entries["PPP"].vi == "Đối tác công tư"
    assert entries["ASEANAPOL"].vi == "Tổ chức Cảnh sát các nước ASEAN"
    assert "Hội nghị Tư lệnh Cảnh sát các nước ASEAN" in entries["ASEANAPOL"].alternatives
    assert "Phái bộ Gìn giữ hòa bình Liên hợp quốc tại Nam Sudan" in entries["UNMISS"].alternatives
