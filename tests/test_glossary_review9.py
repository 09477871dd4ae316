"""Review of the set-9 glossary rules: invented near-misses where they misfired, and guards."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from linear_time import assert_linear_time
from seed_articles.glossary import Glossary, GlossaryEntry, find_definitions, merge_discovered

# --- an outlet's short name opening a paragraph ---------------------------------------


def test_outlet_prefix_before_a_sentence_defines_nothing() -> None:
    assert _defs("TPO - Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 18 đã diễn ra tại Lào.") == []
    assert _defs("PLO - Tổng cục Thống kê vừa công bố số liệu quý III.") == []
    assert _defs("VOV - Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hôm nay khai mạc.") == []
    assert _defs("TTO - Bộ Quốc phòng Việt Nam hôm nay tổ chức lễ đón.") == []
    # A definition inside the sentence still counts; the outlet's name does not.
    assert _defs("TPO - Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần thứ 11 đã diễn ra.") == [
        ("ADMM+", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng")
    ]


def test_abbreviation_opening_a_paragraph_still_defined_by_copula_or_line() -> None:
    assert _defs("EWG - Nhóm chuyên gia là cơ chế hợp tác thực tiễn.") == [("EWG", "Nhóm chuyên gia")]
    assert _defs("UNMISS - Phái bộ Liên hợp quốc tại Nam Sudan - đã tiếp nhận ca trực.") == [
        ("UNMISS", "Phái bộ Liên hợp quốc tại Nam Sudan")
    ]


# --- a Vietnamese name before an English long form --------------------------------------


def test_vietnamese_words_that_do_not_translate_the_english_name() -> None:
    # A place where something happened, a department, a verb phrase: the English stays.
    for text in (
        "Hội nghị diễn ra tại Bộ Quốc phòng (Royal Thai Navy - RTN) sáng nay.",
        "Ủy ban Nhân dân tỉnh (United Nations Development Programme - UNDP) phối hợp tổ chức.",
        "Đại diện Bộ Ngoại giao (United States Agency for International Development - USAID) có mặt.",
        "Hải quân Việt Nam đón tàu (Royal Thai Navy - RTN) cập cảng Cam Ranh.",
    ):
        (definition,) = find_definitions(text)
        assert definition.english == ""
        assert definition.long_form in {
            "Royal Thai Navy",
            "United Nations Development Programme",
            "United States Agency for International Development",
        }


def test_vietnamese_name_translating_the_english_one_is_kept() -> None:
    text = "Tổ chức Y tế Thế giới (World Health Organization - WHO) khuyến cáo tiêm chủng."
    (definition,) = find_definitions(text)
    assert (definition.long_form, definition.english) == (
        "Tổ chức Y tế Thế giới",
        "World Health Organization",
    )
    text = "Đoàn làm việc với Hải quân Hoàng gia Thái Lan (Royal Thai Navy - RTN) tại Sattahip."
    (definition,) = find_definitions(text)
    assert (definition.long_form, definition.english) == ("Hải quân Hoàng gia Thái Lan", "Royal Thai Navy")


# --- a comma inside a name -------------------------------------------------------------


def test_person_after_a_comma_is_no_part_of_a_name() -> None:
    assert (
        _defs("Tại Hội nghị Thượng đỉnh, Tổng thống Mỹ Joe Biden (POTUS), cho biết sẽ tăng viện trợ.") == []
    )
    assert _defs("Ở Viện Kinh tế, Giám đốc Tài chính (CFO), cho biết lãi suất giảm.") == []


def test_region_after_a_comma_is_no_part_of_a_name() -> None:
    assert _defs("Tại Hội nghị Cấp cao, Đông Nam Á (ASEAN), các nước cam kết hợp tác.") == []
    assert all("Hà Nội" not in long for _, long in _defs("Theo IEFI – Viện Kinh tế, Hà Nội, lãi suất giảm."))


def test_field_after_a_comma_still_continues_a_name() -> None:
    assert _defs("Theo Hiệp hội Doanh nghiệp, Đầu tư Nước ngoài (VAFIE), vốn đăng ký tăng.") == [
        ("VAFIE", "Hiệp hội Doanh nghiệp, Đầu tư Nước ngoài")
    ]


# --- nouns ending in "bị" -----------------------------------------------------------------


def test_trang_bi_as_a_verb_makes_a_clause() -> None:
    assert _defs("Báo cáo nêu AEW (Airborne Early Warning – Nhật Bản trang bị máy bay) mới.") == []
    assert _defs("Ông nói PLO (Phòng Lao Ô – hải quân phòng bị kỹ càng) hôm qua.") == []
    assert _defs("Các SAM (Surface Air Missile – dự bị bị loại) được thay.") == []
    # As the head noun, or after a plural marker, it is equipment.
    assert _defs("Kho chứa MHE (Materials Handling Equipment – các trang bị bốc dỡ) đã kiểm kê.") == [
        ("MHE", "các trang bị bốc dỡ")
    ]


# --- reporting verbs are never inside a name -------------------------------------------


def test_what_a_body_says_is_no_part_of_the_next_name() -> None:
    assert _defs("Liên hiệp cho biết Ngân hàng Thế giới (WB) tài trợ dự án.") == [
        ("WB", "Ngân hàng Thế giới")
    ]
    assert _defs("Khảo sát cho thấy Chỉ số Năng lực Cạnh tranh cấp tỉnh (PCI) tăng.") == []


# --- a unit's name, then its symbol ----------------------------------------------------


def test_counted_noun_or_laugh_names_no_unit() -> None:
    assert _defs("Xã có 3 thôn (th) vùng cao.") == []
    assert _defs("Sản lượng đạt 20 tấn (tn) mỗi vụ.") == []
    assert _defs("Trong 3 ngày (ng) tới, trời rét.") == []
    assert _defs("Năm 2025 ha-ha (ha) vang lên.") == []
    assert _defs("Cả hội trường cười ha ha (ha) khi nghe.") == []
    assert _defs("Chị Thu Ha (ha) cho biết.") == []
    # Loanwords of more than one syllable still name a unit.
    assert _defs("Diện tích đạt 1.200 hécta (ha) rừng.") == [("ha", "hécta")]
    assert _defs("Giá 5 ki-lô-gam (kg) gạo tăng.") == [("kg", "ki-lô-gam")]


# --- names of provinces and countries ---------------------------------------------------


def test_list_of_names_before_an_unrelated_acronym() -> None:
    assert _defs("Hàng hóa từ Campuchia, Lào và Việt Nam (ASEAN) tăng trưởng.") == []
    assert _defs("Đoàn đến Cần Thơ, Long An, Vĩnh Long (CLV) khảo sát.") == []
    assert _defs("Các tỉnh Cà Mau, Long An và Vĩnh Long, Tổ chức Lao động (CLV) cho biết.") == [
        ("CLV", "Tổ chức Lao động")
    ]


# --- wordings with a place after "tại" / "ở" ----------------------------------------------

LHQ = GlossaryEntry("LHQ", "Liên hợp quốc")


def _alternatives(long_form: str, *wordings: str) -> tuple[str, ...]:
    curated = Glossary([GlossaryEntry("UNMISS", long_form), LHQ])
    found = [
        GlossaryEntry("UNMISS", wording, source="discovered", found_in=(f"seeds/{n}.txt",))
        for n, wording in enumerate(wordings)
    ]
    glossary, _ = merge_discovered(curated, found)
    return glossary["UNMISS"].alternatives


def test_another_place_names_another_mission() -> None:
    entry = "Phái bộ Liên hợp quốc tại Nam Sudan"
    assert _alternatives(entry, "Phái bộ Liên hợp quốc tại Mali") == ()
    assert _alternatives(entry, "Phái bộ LHQ tại Sudan") == ()
    assert _alternatives(entry, "Phái bộ LHQ ở Abyei, Sudan") == ()
    assert _alternatives(entry, "Phái bộ LHQ ở Nam Sudan") == ("Phái bộ LHQ ở Nam Sudan",)


def test_a_place_only_one_side_names_is_judged_by_the_name() -> None:
    # Two words of the name and the place no longer outweigh each other: both are kept.
    assert _alternatives("Phái bộ Liên hợp quốc", "Phái bộ LHQ tại Nam Sudan") == (
        "Phái bộ LHQ tại Nam Sudan",
    )
    assert _alternatives("Phái bộ Liên hợp quốc", "Phái bộ LHQ ở Sudan") == ("Phái bộ LHQ ở Sudan",)


# --- linear time ----------------------------------------------------------------------


def test_long_paragraph_of_near_misses_is_fast() -> None:
    sentence = "Theo Viện Kinh tế, Tài chính Quốc tế, Hội nghị Cấp cao, Đông Nam Á, 3 thôn ha-ha, "
    repeated = sentence * (20_000 // len(sentence) + 1)
    assert_linear_time(lambda size: find_definitions("TPO - " + repeated[:size] + " (ASEAN)."))


def test_abbreviation_written_again_is_defined_not_a_source() -> None:
    text = "ADMM+ - Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng đã được thành lập năm 2010. Hiện ADMM+ gồm 18 nước."
    assert _defs(text) == [("ADMM+", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng")]
    text = "ADMM - Hội nghị Bộ trưởng Quốc phòng ASEAN đã diễn ra. Hội nghị ADMM-17 diễn ra năm sau."
    assert _defs(text)[0] == ("ADMM", "Hội nghị Bộ trưởng Quốc phòng ASEAN")
    # Another token that starts with the outlet's letters is not the outlet written again.
    text = "TPO - Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 18 đã diễn ra.\nTheo TPOX, hội nghị thành công."
    assert _defs(text) == []


def test_many_lines_opening_with_an_outlet_name_are_fast() -> None:
    names = [f"{a}{b}{c}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJ" for c in "KLMNOPQRST"]
    text = "".join(f"{name} - Hội nghị Bộ trưởng đã họp.\n" for name in names)[:20_000]
    assert find_definitions(text) == []
    assert_linear_time(lambda size: find_definitions(text[:size]))
