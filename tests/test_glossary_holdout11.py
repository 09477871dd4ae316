"""Glossary rules added after held-out set 11 (invented sentences, positive and negative)."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from glossary_helpers import entries as _entries
from glossary_helpers import keys as _keys
from linear_time import assert_linear_time
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    discover_entries,
    find_definitions,
    find_undefined,
    merge_discovered,
    parse_glossary,
)
from seed_articles.glossary.discovery import starts_with_head_noun

# --- a name's initials ("G.I.") do not end the clause --------------------------------


def test_initials_inside_a_name_do_not_end_the_clause() -> None:
    text = "Học viên của Học viện Hàng không mang tên Nguyên soái P.K. Orlov (KAA) tham dự lễ khai mạc."
    assert _defs(text) == [("KAA", "Học viện Hàng không mang tên Nguyên soái P.K. Orlov")]
    text = "Buổi nói chuyện tại Viện Nghiên cứu Hòa bình mang tên ông R. Tanaka (TPI) thu hút đông người."
    assert _defs(text) == [("TPI", "Viện Nghiên cứu Hòa bình mang tên ông R. Tanaka")]


def test_a_sentence_ending_in_a_word_still_ends_the_clause() -> None:
    # "đội B." is no initial; the next sentence's lower-case words define nothing.
    text = "Giải đấu khép lại với chiến thắng của đội B. Các em được học lập trình cơ bản (ZQXW)."
    assert _defs(text) == []


# --- new head nouns: a course, an industrial park, a corps ("Đoàn" + a name) -----------


def test_course_and_industrial_zone_head_a_name() -> None:
    assert _defs("Học viên tốt nghiệp Khóa học Chỉ huy Tham mưu Cao cấp (SCSC) năm nay.") == [
        ("SCSC", "Khóa học Chỉ huy Tham mưu Cao cấp")
    ]
    assert _defs("Doanh nghiệp đặt nhà máy tại Khu công nghiệp Việt Nam - Nhật Bản (VJIP) từ năm 2020.") == [
        ("VJIP", "Khu công nghiệp Việt Nam - Nhật Bản")
    ]
    assert _defs("Tỉnh mời gọi đầu tư vào Khu kinh tế cửa khẩu Lao Bảo (LBEZ) trong năm tới.") == [
        ("LBEZ", "Khu kinh tế cửa khẩu Lao Bảo")
    ]


def test_doan_heads_a_name_only_before_a_capitalised_word() -> None:
    text = "Buổi gặp nằm trong chương trình của Đoàn Sĩ quan Liên lạc các nước tại Hà Nội (FLOC) năm nay."
    assert _defs(text) == [("FLOC", "Đoàn Sĩ quan Liên lạc các nước tại Hà Nội")]
    # A delegation that did something, a delegation of a body, a person: "Đoàn" heads nothing.
    assert _defs("Đoàn công tác đã tới thăm nhà lưu niệm mới (NMM) của tỉnh.") == []
    assert _defs("Đoàn Bộ Quốc phòng Nhật Bản (JMOD) thăm Hà Nội.") == [("JMOD", "Bộ Quốc phòng Nhật Bản")]
    assert _defs("Đại diện đơn vị, Đoàn Minh Khôi (ADF) phát biểu.") == []
    assert not starts_with_head_noun(["Đoàn", "công"])
    assert starts_with_head_noun(["Đoàn", "Thanh"])


def test_outlet_prefix_before_a_delegation_is_still_a_source() -> None:
    glossary = Glossary([GlossaryEntry("TPO", "Tiền Phong Online")])
    assert _defs("TPO - Đoàn công tác của tỉnh đã tới thăm đơn vị.") == []
    assert _keys("TPO - Đoàn công tác của tỉnh đã tới thăm đơn vị.", glossary) == []


# --- initials across the commas of a lower-case enumeration -------------------------


def test_initials_across_commas_between_lower_case_items() -> None:
    assert _defs("Ngành nông nghiệp, phát triển nông thôn và môi trường (NNPTNTMT) họp sơ kết.") == [
        ("NNPTNTMT", "nông nghiệp, phát triển nông thôn và môi trường")
    ]
    assert _defs("Lực lượng tham gia cứu hộ, cứu nạn (CHCN) được khen thưởng.") == [
        ("CHCN", "cứu hộ, cứu nạn")
    ]


def test_commas_between_clauses_places_or_single_words_join_nothing() -> None:
    # Clauses: a one-word item before the comma.
    assert _defs("Hàng hóa đã tăng, giá cả giảm (TGCG) trong quý.") == []
    # Places after "tại": capitalised words on both sides of the comma.
    assert _defs("Đoàn đã thăm hai địa phương tại Hà Nam, Bình Định (NBĐ) trong tuần.") == []
    # A clause word inside the words.
    assert _defs("Đơn vị được khen, được thưởng (ĐKĐT) trong năm.") == []


# --- an English long form with a Vietnamese name written syllable by syllable -----------


def test_vietnamese_name_in_an_english_long_form_gives_one_letter() -> None:
    assert _defs("Students of the Viet Nam - Korea Technical College (VKTC) visited the site.") == [
        ("VKTC", "Viet Nam - Korea Technical College")
    ]
    assert _defs("The Bank of Ha Noi Investors (BHI) joined the fund.") == [
        ("BHI", "Bank of Ha Noi Investors")
    ]


def test_a_name_of_syllables_alone_is_no_english_long_form() -> None:
    # A person's name (a signature): nothing but syllables.
    assert _defs("Thanh Nga (TH)") == []


def test_vietnamese_long_form_beats_an_english_one_which_becomes_en() -> None:
    english = "The attachés toured the Viet Nam - Korea Technical College (VKTC) on Monday."
    vietnamese = "Đoàn tham quan Học viện Kỹ thuật Việt Nam - Hàn Quốc (VKTC) sáng nay."
    for order in ((english, vietnamese), (vietnamese, english)):
        found = [
            entry
            for number, text in enumerate(order)
            for entry in discover_entries(text, f"seeds/{number}.txt")
        ]
        glossary, _ = merge_discovered(Glossary(), found)
        entry = glossary["VKTC"]
        assert (entry.vi, entry.en) == (
            "Học viện Kỹ thuật Việt Nam - Hàn Quốc",
            "Viet Nam - Korea Technical College",
        )


# --- a code name of a letter and a number ("A80") --------------------------------------


def test_code_name_defined_by_the_name_that_writes_its_number() -> None:
    text = "Sáng 30/4/2025, Lễ mít tinh, diễu hành kỷ niệm 50 năm Ngày Giải phóng miền Nam (A50) diễn ra."
    assert _defs(text) == [("A50", "Lễ mít tinh, diễu hành kỷ niệm 50 năm Ngày Giải phóng miền Nam")]
    assert _entries(text)["A50"].vi == "Lễ mít tinh, diễu hành kỷ niệm 50 năm Ngày Giải phóng miền Nam"
    assert _defs("Chiến sĩ Trung đoàn 24 (E24) tham gia huấn luyện.") == [("E24", "Trung đoàn 24")]
    # F1: the name writes the number; then it is defined like any other code name.
    assert _defs("Giải đua xe Công thức 1 (F1) trở lại sau hai năm.") == [("F1", "Công thức 1")]


def test_code_names_that_are_no_definition() -> None:
    for text in (
        "Giống lúa lai thế hệ đầu (F1) cho năng suất cao.",  # the number is not written
        "Văn bản in trên khổ giấy thông thường (A4) gửi về Sở.",  # a paper size
        "Văn bản in trên khổ giấy A4 (210 x 297 mm) gửi về Sở.",
        "Đoàn gồm 80 cán bộ (A80) đã lên đường.",  # a quantity of things
        "Các em học tại phòng 8 (A8) mỗi sáng.",  # a preposition before the number
        "Ngày 2/9 (A9) là ngày Quốc khánh.",  # a date
        "Tỷ lệ đạt 3/4 (T4) số phiếu.",  # a ratio
        "Đã có 3 thôn (th) được hỗ trợ.",
        "Đại hội đại biểu toàn quốc lần thứ XIII (XIII) của Đảng.",  # a Roman numeral
    ):
        assert _defs(text) == [], text


# --- a slash form ("HA/DR") --------------------------------------------------------


def test_slash_form_translated_item_by_item() -> None:
    text = "Hội thảo bàn về an ninh năng lượng và hỗ trợ nhân đạo, cứu trợ thảm họa (HA/DR) trong khu vực."
    assert _defs(text) == [("HA/DR", "hỗ trợ nhân đạo, cứu trợ thảm họa")]
    assert list(_entries(text)) == ["HA/DR"]
    text = "Hai nước phối hợp hỗ trợ nhân đạo và cứu trợ thảm họa (HA/DR) khi có bão lớn."
    assert _defs(text) == [("HA/DR", "hỗ trợ nhân đạo và cứu trợ thảm họa")]
    text = "Tàu bệnh viện tham gia hỗ trợ nhân đạo, cứu trợ thảm họa và tìm kiếm cứu nạn (HA/DR/SAR) năm nay."
    assert _defs(text) == [("HA/DR/SAR", "hỗ trợ nhân đạo, cứu trợ thảm họa và tìm kiếm cứu nạn")]


def test_slash_form_spelled_by_initials() -> None:
    text = "The two navies held Humanitarian Assistance/Disaster Relief (HA/DR) drills."
    assert _defs(text) == [("HA/DR", "Humanitarian Assistance/Disaster Relief")]
    assert _defs("Cuộc thi về phòng chống thiên tai/tìm kiếm cứu nạn (PCTT/TKCN) kết thúc.") == [
        ("PCTT/TKCN", "phòng chống thiên tai/tìm kiếm cứu nạn")
    ]


def test_slash_between_two_defined_abbreviations_stays_two() -> None:
    text = "Hai bên trao đổi về phòng chống thiên tai, tìm kiếm cứu nạn (PCTT/TKCN) trong năm."
    assert _defs(text) == [("PCTT", "phòng chống thiên tai"), ("TKCN", "tìm kiếm cứu nạn")]


def test_slash_forms_that_define_nothing() -> None:
    for text in (
        "Các bên bàn về an ninh mạng (CS/IT) tại hội thảo.",  # one item for two parts
        "Hiệp hội các quốc gia Đông Nam Á và Liên minh châu Âu (ASEAN/EU) ký kết.",  # names, unchecked
        "Doanh nghiệp nói về chi phí, lợi nhuận (HA/DR) trong năm.",  # no item starts with H
        "Tỷ giá giữa đồng Việt Nam và đô la Mỹ (VND/USD) tăng nhẹ.",  # capitalised items
    ):
        assert _defs(text) == [], text


def test_recognizer_finds_a_slash_form_and_splits_other_slashes() -> None:
    glossary = Glossary(
        [
            GlossaryEntry("HA/DR", "Hỗ trợ nhân đạo, cứu trợ thảm họa"),
            GlossaryEntry("ASEAN", "Hiệp hội các quốc gia Đông Nam Á"),
            GlossaryEntry("EU", "Liên minh châu Âu"),
            GlossaryEntry("TP.HCM", "Thành phố Hồ Chí Minh"),
        ]
    )
    assert _keys("Hợp tác HA/DR được đẩy mạnh.", glossary) == ["HA/DR"]
    assert _keys("Quan hệ ASEAN/EU phát triển.", glossary) == ["ASEAN", "EU"]
    assert _keys("Chuyến bay TP.HCM/Hà Nội cất cánh.", glossary) == ["TP.HCM"]
    assert _keys("Theo Nghị định 13/2023/NĐ-CP, ngày 2/9 là ngày nghỉ.", glossary) == []
    assert [c.surface for c in find_undefined("Hợp tác HA/DR được đẩy mạnh.", Glossary())] == ["DR"]


def test_curated_slash_key_is_accepted() -> None:
    glossary = parse_glossary('entries:\n  - abbr: "HA/DR"\n    vi: Hỗ trợ nhân đạo, cứu trợ thảm họa\n')
    assert "HA/DR" in glossary


# --- linear time ----------------------------------------------------------------------


def test_new_shapes_stay_linear() -> None:
    sentence = (
        "Lễ mít tinh, diễu hành kỷ niệm 50 năm (A50) và hỗ trợ nhân đạo, cứu trợ thảm họa (HA/DR), "
        "văn hóa, thể thao và du lịch (VHTT&DL) tại Viet Nam - Korea College (VKC) của ông P.K. Orlov, "
    )
    repeated = sentence * (20_000 // len(sentence) + 1)
    assert_linear_time(lambda size: find_definitions(repeated[:size]))
    # Slash forms among words (a chain of slashes is cut into tokens of three parts).
    slashes = "hợp tác HA/DR/SAR và ASEAN/EU, TP.HCM/Hà Nội, HA/DR/HA/DR/HA/DR " * 500
    assert_linear_time(lambda size: find_undefined(slashes[:size], Glossary()))
    assert [c.surface for c in find_undefined("HA/DR/SAR/EOD", Glossary())] == ["DR", "SAR", "EOD"]
