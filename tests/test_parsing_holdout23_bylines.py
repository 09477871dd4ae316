"""Credits after held-out sets 23 and 24, on invented text.

The rules, stated as principles: a title printed before a writer's name (a rank, a degree, a
profession: "Luật sư", "Đại tá", "TS.") is no part of the name; a name of an ethnic minority
joined by an apostrophe ("H'Lan", "K'Bốp") is a name; a signed document's "(Đã ký)" and its
office rows ("THỨ TRƯỞNG") frame its signer, who is no writer; a credit line of labelled fields
("Tác giả: X | <outlet>", "Tác giả: X – Nguồn: Y") gives the writer and the source, and a
translator is the writer only when no original writer is credited; a thesis's cover page names
its writer between the school's line and the kind of work.
"""

from __future__ import annotations

import pytest
from seed_articles.parsing.bylines import (
    cover_writer,
    credit_fields,
    is_signing_row,
    parse_names,
    read_byline,
    signature_parts,
)

# -- a title before the name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Luật sư Trần Văn Khải", ["Trần Văn Khải"]),
        ("LUẬT SƯ TRẦN VĂN KHẢI", ["Trần Văn Khải"]),
        ("Đại tá Lê Minh Khoa", ["Lê Minh Khoa"]),
        ("Thượng tá Hồ Quang Tín", ["Hồ Quang Tín"]),
        ("Nhà báo Phan Thu Giang", ["Phan Thu Giang"]),
        ("Kỹ sư Vũ Đức Lâm", ["Vũ Đức Lâm"]),
        ("PGS.TS. Đinh Thế Vinh", ["Đinh Thế Vinh"]),
        ("Tiến sĩ Ngô Bảo Hân, Luật sư Mai Quốc Việt", ["Ngô Bảo Hân", "Mai Quốc Việt"]),
    ],
)
def test_a_title_before_the_name_is_no_part_of_it(text, names):
    assert parse_names(text) == names


def test_near_misses_of_a_title_stay_names_or_no_names():
    assert parse_names("Trung Kiên") == ["Trung Kiên"]  # "Trung" opens a given name, no rank
    assert parse_names("Đại tá Hưng") is None  # a rank and one syllable: no full name
    assert parse_names("Nhóm PV") == ["Nhóm PV"]  # a group credit stays whole


def test_a_closing_signature_with_a_title_names_the_writer_without_it():
    assert signature_parts("Luật sư Trần Văn Khải", bare_names=True) == (["Trần Văn Khải"], None)


# -- names of ethnic minorities ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("H'LAN", ["H'Lan"]),
        ("H'Lan Mlô", ["H'Lan Mlô"]),
        ("K’Bốp", ["K’Bốp"]),
        ("Y Khuê", ["Y Khuê"]),
        ("Ksor H'Bia", ["Ksor H'Bia"]),
    ],
)
def test_a_minority_name_joined_by_an_apostrophe_is_a_name(text, names):
    assert parse_names(text) == names
    assert signature_parts(text, bare_names=True) == (names, None)


def test_an_apostrophe_word_that_is_no_minority_name_is_not_a_writer():
    assert parse_names("L'ORÉAL") is None  # a brand in one word
    assert parse_names("H'") is None
    assert signature_parts("d'accord", bare_names=True) is None


# -- a signed document's block ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["(Đã ký)", "[Đã ký]", "Đã ký", "(Ký, ghi rõ họ tên)", "THỨ TRƯỞNG", "Q. CỤC TRƯỞNG", "KT. BỘ TRƯỞNG"],
)
def test_the_rows_of_a_signing_block_are_signing_rows(text):
    assert is_signing_row(text)
    assert parse_names(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Đã ký kết ba văn kiện hợp tác",
        "(đã ký thỏa thuận với đối tác Nhật Bản trong tháng trước)",
        "(ký kết năm 2020)",
    ],
)
def test_a_sentence_about_signing_is_no_signing_row(text):
    assert not is_signing_row(text)


# -- a credit line of labelled fields ---------------------------------------------------------


def test_a_writer_and_the_outlet_he_wrote_for():
    byline = read_byline("Tác giả: Martin Cole | Asia Maritime Review")
    assert byline is not None
    assert byline.authors == ["Martin Cole"] and byline.source == "Asia Maritime Review"
    assert not byline.translated


def test_a_writer_and_a_labelled_source_set_off_by_a_dash():
    byline = credit_fields("Tác giả: Lê Hoài An – Nguồn: Tạp chí Kinh tế Biển")
    assert byline is not None and byline.authors == ["Lê Hoài An"]
    assert byline.source == "Tạp chí Kinh tế Biển"


def test_a_translator_with_a_reviser_is_a_translated_credit():
    byline = read_byline("Biên dịch: Phùng Thu Hà | Hiệu đính: Tạ Minh Quân")
    assert byline is not None and byline.authors == ["Phùng Thu Hà"] and byline.translated
    assert read_byline("Người dịch: Phùng Thu Hà").translated


def test_the_original_writer_wins_over_the_translator_on_one_line():
    byline = credit_fields("Tác giả: Martin Cole | Người dịch: Phùng Thu Hà")
    assert byline is not None and byline.authors == ["Martin Cole"] and not byline.translated


@pytest.mark.parametrize(
    "text",
    [
        "Tác giả: Lê Hoài An | Nguyễn Văn Bình",  # a second writer's full name: no outlet
        "Tác giả: Lê Hoài An | Hà Nội",  # a place: no outlet
        "Lê Hoài An | Asia Maritime Review",  # no author word: no credit line
        "Tác giả: Lê Hoài An | Cập nhật 12/11/2026",  # a stamp: the byline rules read it
    ],
)
def test_near_misses_of_a_credit_line_of_fields(text):
    assert credit_fields(text) is None


def test_two_writers_joined_by_a_dash_stay_two_writers():
    byline = read_byline("Tác giả: Nguyễn Thu Hà – Đỗ Văn Lợi")
    assert byline is not None and byline.authors == ["Nguyễn Thu Hà", "Đỗ Văn Lợi"] and byline.source is None


# -- a thesis's cover page --------------------------------------------------------------------

COVER = [
    "TRƯỜNG ĐẠI HỌC KINH TẾ ĐÀ NẴNG",
    "KHOA THƯƠNG MẠI QUỐC TẾ",
    "Phạm Ngọc Diệp",
    "XUẤT KHẨU HẠT ĐIỀU SANG THỊ TRƯỜNG CANADA",
    "KHÓA LUẬN TỐT NGHIỆP",
    "Giảng viên hướng dẫn:",
    "Trần Quốc Thịnh",
    "ĐÀ NẴNG - 2025",
]


def test_a_thesis_cover_names_its_writer_alone_on_a_line():
    assert cover_writer(["Chương 1 trình bày tổng quan.", *COVER]) == (3, ["Phạm Ngọc Diệp"])


def test_a_thesis_cover_names_its_writer_after_a_label():
    cover = [
        "HỌC VIỆN NGOẠI GIAO",
        "LUẬN VĂN THẠC SĨ",
        "Chuyên ngành: Quan hệ quốc tế",
        "Người hướng dẫn khoa học: TS. Lưu Minh Châu",
        "Học viên thực hiện: Đoàn Hải Yến",
    ]
    assert cover_writer(cover) == (4, ["Đoàn Hải Yến"])


def test_a_supervisor_alone_is_no_writer():
    cover = ["TRƯỜNG ĐẠI HỌC VINH", "KHÓA LUẬN TỐT NGHIỆP", "Giảng viên hướng dẫn:", "Trần Quốc Thịnh"]
    assert cover_writer(cover) is None


def test_no_cover_without_the_school_or_the_kind_of_work():
    assert cover_writer([line for line in COVER if not line.startswith(("TRƯỜNG", "KHOA"))]) is None
    assert cover_writer([line for line in COVER if line != "KHÓA LUẬN TỐT NGHIỆP"]) is None
    # a news story quoting a student: a name in the text is no cover's writer
    story = ["Sinh viên Phạm Ngọc Diệp chia sẻ về khóa luận tốt nghiệp của mình.", "Phạm Ngọc Diệp"]
    assert cover_writer(story) is None
