"""Glossary rules and entries added after held-out set 9 (invented sentences, positive and negative)."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from glossary_helpers import entries as _entries
from glossary_helpers import keys as _keys
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    find_definitions,
    load_glossary,
    merge_discovered,
)

# --- head nouns: a federation, a named survey ------------------------------------


def test_federation_heads_a_name() -> None:
    text = "Đại diện Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (VUSTA) phát biểu tại hội thảo."
    assert _defs(text) == [("VUSTA", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam")]


def test_named_survey_heads_a_name() -> None:
    text = "Các đội đã hoàn thành Khảo sát phi kỹ thuật (NTS) tại ba huyện miền núi."
    assert _defs(text) == [("NTS", "Khảo sát phi kỹ thuật")]
    # Lower case it is the verb "to survey": no name starts there.
    assert _defs("Các đội đã khảo sát phi kỹ thuật (NTS) tại ba huyện miền núi.") == []


# --- "trang bị", "thiết bị": no passive in a noun ----------------------------------


def test_noun_ending_in_bi_can_translate_an_english_long_form() -> None:
    text = "Kho chứa MHE (Materials Handling Equipment – trang bị bốc dỡ hàng hóa) đã được kiểm kê."
    (definition,) = find_definitions(text)
    assert (definition.abbr, definition.long_form) == ("MHE", "trang bị bốc dỡ hàng hóa")
    assert definition.english == "Materials Handling Equipment"
    entry = _entries("Đơn vị nhận TDE (Test Diagnostic Equipment – thiết bị chẩn đoán kỹ thuật).")["TDE"]
    assert (entry.vi, entry.en) == ("Thiết bị chẩn đoán kỹ thuật", "Test Diagnostic Equipment")


def test_passive_bi_still_makes_a_clause() -> None:
    assert _defs("Báo cáo nêu ABC (Alpha Beta Charlie – hệ thống bị tấn công) hôm qua.") == []


# --- a comma inside a name ----------------------------------------------------------


def test_name_with_a_comma_before_the_parentheses() -> None:
    text = "Theo Viện Kinh tế, Tài chính Quốc tế (IEFI), lãi suất cho vay có thể giảm nhẹ."
    assert _defs(text) == [("IEFI", "Viện Kinh tế, Tài chính Quốc tế")]


def test_name_with_a_comma_after_a_dash() -> None:
    text = "Theo IEFI – Viện Kinh tế, Tài chính Quốc tế, lãi suất cho vay có thể giảm nhẹ."
    assert _defs(text) == [("IEFI", "Viện Kinh tế, Tài chính Quốc tế")]


def test_comma_between_two_clauses_is_not_inside_a_name() -> None:
    # The second clause's subject, not a part of the meeting's name.
    assert _defs("Tại Hội nghị Thượng đỉnh, Tổng thống Mỹ (POTUS) cho biết sẽ tăng viện trợ.") == []
    # A head noun without a name body before the comma.
    assert _defs("Theo Hội nghị, Tài chính Quốc tế (IEFI), lãi suất giảm.") == []
    # Lower-case words after the comma end the gloss there.
    found = _defs("Theo IEFI – Viện Kinh tế, các ngân hàng sẽ giảm lãi suất.")
    assert all("ngân hàng" not in long_form for _, long_form in found)


# --- a group named by its members' initials ------------------------------------------


def test_list_of_names_one_per_letter() -> None:
    text = "Khu vực tam giác phát triển Campuchia, Lào và Việt Nam (CLV) thu hút thêm vốn đầu tư."
    assert _defs(text) == [("CLV", "Campuchia, Lào và Việt Nam")]


def test_list_of_names_that_does_not_spell_the_abbreviation() -> None:
    assert _defs("Đoàn đã thăm Campuchia, Lào và Thái Lan (CLV) trong tuần.") == []
    # More names than letters.
    assert _defs("Các nước Campuchia, Lào, Myanmar và Việt Nam (CLV) họp trực tuyến.") == []
    # Lower-case items are no names.
    assert _defs("Hàng hóa gồm cà phê, lúa và vải (CLV) đều tăng giá.") == []


# --- a Vietnamese name, then its English long form and the abbreviation ---------------


def test_vietnamese_name_before_english_long_form_and_abbreviation() -> None:
    text = "Lực lượng Phòng vệ Biển Nhật Bản (Japan Maritime Self-Defense Force - JMSDF) cử hai tàu tham gia."
    (definition,) = find_definitions(text)
    assert (definition.abbr, definition.long_form) == ("JMSDF", "Lực lượng Phòng vệ Biển Nhật Bản")
    assert definition.english == "Japan Maritime Self-Defense Force"
    entry = _entries(text)["JMSDF"]
    assert (entry.vi, entry.en) == ("Lực lượng Phòng vệ Biển Nhật Bản", "Japan Maritime Self-Defense Force")


def test_english_long_form_stays_without_a_name_before_it() -> None:
    text = "Hai tàu của nước bạn (Royal Thai Navy - RTN) cập cảng sáng nay."
    (definition,) = find_definitions(text)
    assert (definition.long_form, definition.english) == ("Royal Thai Navy", "")


# --- a unit's name, then its symbol ---------------------------------------------------


def test_unit_name_then_symbol_defines_the_unit() -> None:
    text = "Diện tích rừng trồng mới đạt 1.200 héc-ta (ha), tăng so với năm trước."
    assert _defs(text) == [("ha", "héc-ta")]
    assert _defs("Tuyến đường mới dài 12 ki-lô-mét (km) qua hai xã.") == [("km", "ki-lô-mét")]
    glossary, _ = merge_discovered(Glossary([]), _entries(text).values())
    # Found only right after a number.
    assert _keys("Gia đình anh có 3 ha cà phê, còn nhà bên ha hả cười.", glossary) == ["ha"]


def test_symbol_not_drawn_from_the_name_defines_nothing() -> None:
    assert _defs("Diện tích đạt 1.200 héc-ta (km) trong năm.") == []
    assert _defs("Trang trại nuôi 20 con (ha) bò sữa.") == []
    assert _defs("Diện tích đạt 1.200 Héc-ta (ha) trong năm.") == []


# --- other wordings that differ only in function words --------------------------------

LHQ = GlossaryEntry("LHQ", "Liên hợp quốc")


def test_wordings_differing_in_function_words_are_all_listed() -> None:
    curated = Glossary([GlossaryEntry("UNMISS", "Phái bộ Liên hợp quốc tại Nam Sudan"), LHQ])
    found = [
        GlossaryEntry("UNMISS", "Phái bộ LHQ ở Nam Sudan", source="discovered", found_in=("seeds/a.txt",)),
        GlossaryEntry("UNMISS", "Phái bộ LHQ tại Nam Sudan", source="discovered", found_in=("seeds/b.txt",)),
        GlossaryEntry(
            "UNMISS", "Phái bộ LHQ trong Nam Sudan", source="discovered", found_in=("seeds/c.txt",)
        ),
    ]
    glossary, _ = merge_discovered(curated, found)
    # Both kept; on a tie the one written as the entry writes it ("tại") first; two at most.
    assert glossary["UNMISS"].alternatives == ("Phái bộ LHQ tại Nam Sudan", "Phái bộ LHQ ở Nam Sudan")


def test_most_frequent_spelling_of_a_wording_comes_first() -> None:
    curated = Glossary([GlossaryEntry("UNMISS", "Phái bộ Liên hợp quốc tại Nam Sudan"), LHQ])
    found = [
        GlossaryEntry("UNMISS", "Phái bộ LHQ ở Nam Sudan", source="discovered", found_in=(seed,))
        for seed in ("seeds/a.txt", "seeds/b.txt")
    ] + [GlossaryEntry("UNMISS", "Phái bộ LHQ tại Nam Sudan", source="discovered", found_in=("seeds/c.txt",))]
    glossary, _ = merge_discovered(curated, found)
    assert glossary["UNMISS"].alternatives == ("Phái bộ LHQ ở Nam Sudan", "Phái bộ LHQ tại Nam Sudan")


# --- curated entries ------------------------------------------------------------------


def test_shipped_glossary_knows_war_remnants_and_international_ngos() -> None:
    glossary = load_glossary()
    assert glossary["ERW"].vi == "Vật nổ còn sót lại sau chiến tranh"
    assert glossary["INGO"].vi == "Tổ chức phi chính phủ quốc tế"
    assert "Vật liệu chưa nổ" in glossary["UXO"].expansions()
    text = (
        "Nhiều tổ chức phi chính phủ quốc tế (INGO) hỗ trợ rà phá vật nổ còn sót lại sau chiến tranh (ERW)."
    )
    assert _keys(text, glossary) == ["INGO", "ERW"]


def test_case_and_spacing_do_not_make_another_spelling() -> None:
    curated = Glossary([GlossaryEntry("UNMISS", "Phái bộ Liên hợp quốc tại Nam Sudan"), LHQ])
    found = [
        GlossaryEntry("UNMISS", "Phái bộ LHQ ở Nam Sudan", source="discovered", found_in=("seeds/a.txt",)),
        GlossaryEntry("UNMISS", "phái bộ LHQ ở  Nam Sudan", source="discovered", found_in=("seeds/b.txt",)),
    ]
    glossary, _ = merge_discovered(curated, found)
    assert glossary["UNMISS"].alternatives == ("Phái bộ LHQ ở Nam Sudan",)
