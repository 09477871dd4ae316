"""Credits after held-out sets 17 and 18 (e-magazines, wire items, document sites, reposts), on
invented text.

The rules, stated as principles: an e-magazine's "Nội dung: X" and a translated text's
"Người dịch: X" introduce the writer; "Biên tập viên:X" credits an editor and
"Tin: <office>" a unit, no writer; a writer's office after a dash ("- Phòng ...") is no name; an
agency's or station's initials in a signature's parentheses ("(TTXVN)") name the origin, a role's
initials ("(CTV)") do not; initials printed after a stamp name the outlet; a journal's issue is
no part of its name; a wire item's opening "Theo phóng viên <agency> tại <place>, ..." names the
agency; a credit the closing scan cannot reach (lines kept under it) still credits the writer;
a paper's running head names the journal and its writer's line may sit under the title printed
again; a repost's card prints the origin over the headline and the item's age under it; a few
broadcasters' initials close a text as its credit.
"""

from __future__ import annotations

import pytest
from seed_articles.parsing.bylines import (
    agency_credit,
    credit_source,
    front_matter,
    header_outlet,
    is_institution,
    parse_names,
    read_byline,
    signature_parts,
    stranded_credit,
    wire_attribution,
)

PARAGRAPH = "Buổi giao lưu khép lại bằng một bữa cơm thân mật giữa hai đoàn sĩ quan trẻ."

# --- author words: e-magazine, portal and translator credits -----------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nội dung: Thu Phương", ["Thu Phương"]),
        ("Người dịch: Đỗ Hải Yến", ["Đỗ Hải Yến"]),
        ("Biên dịch: Lưu Minh Trang", ["Lưu Minh Trang"]),
    ],
)
def test_an_author_word_introduces_the_writer(text, names):
    byline = read_byline(text)
    assert byline is not None and byline.authors == names and byline.introduced
    assert signature_parts(text) == (names, None)


@pytest.mark.parametrize(
    "text",
    [
        "Biên tập viên:Tạ Ngân",  # an editor's credit, no writer
        "Tin: Phòng Đối ngoại",  # a unit's credit
        "Nội dung chính:",  # a label over a list
        "Nội dung: hợp tác đào tạo và trao đổi sĩ quan",  # a label with its text
        "Tin: nhiều đơn vị tham gia",
        "Phiên dịch: Lương Thảo",  # the interpreter of a talk, no writer
    ],
)
def test_editors_units_and_labels_are_no_writers(text):
    byline = read_byline(text)
    assert byline is None or byline.authors == []
    assert signature_parts(text, bare_names=True) is None


# --- a writer's office after a dash --------------------------------------------------------------


def test_a_writers_office_after_a_dash_is_no_name():
    assert parse_names("Bảo Ngân - Phòng Công tác chính trị") == ["Bảo Ngân"]
    assert signature_parts("Bảo Ngân - Phòng Công tác chính trị", bare_names=True) == (["Bảo Ngân"], None)
    assert is_institution("Phòng Hợp tác quốc tế")


def test_a_verb_phrase_opening_with_phong_is_no_office():
    assert not is_institution("Phòng chống thiên tai ở vùng cao")
    assert not is_institution("Phòng ngừa rủi ro")


# --- agencies and stations in a signature's parentheses --------------------------------------------


@pytest.mark.parametrize(("text", "source"), [("Hải Đăng (TTXVN)", "TTXVN"), ("Quốc Tuấn (VOV)", "VOV")])
def test_an_agencys_initials_after_the_writer_name_the_source(text, source):
    assert signature_parts(text, bare_names=True) == ([text.split(" (")[0]], source)


@pytest.mark.parametrize("text", ["Hải Đăng (CTV)", "Hải Đăng (TH)", "Hải Đăng (PV)", "Hải Đăng (BTV)"])
def test_a_roles_initials_name_no_source(text):
    assert signature_parts(text, bare_names=True) == (["Hải Đăng"], None)


# --- initials after a stamp ---------------------------------------------------------------------


def test_initials_printed_after_a_stamp_name_the_outlet():
    byline = read_byline("2026-03-14 09:05:10(GMT+08:00) XYZ")
    assert byline is not None and byline.stamp and byline.source == "XYZ"


@pytest.mark.parametrize(
    "text", ["14/03/2026 09:05 PM", "14/03/2026 09:05 GMT", "14/03/2026 09:05 SA", "14/03/2026 09:05 VIDEO"]
)
def test_clock_and_time_zone_words_after_a_stamp_are_no_outlet(text):
    byline = read_byline(text)
    assert byline is None or byline.source is None


# --- a journal's issue ------------------------------------------------------------------------------


def test_a_journals_issue_is_no_part_of_its_name():
    assert credit_source("Nguồn: Tạp chí Khoa học Biển, số 7/2026") == "Tạp chí Khoa học Biển"
    assert credit_source("Nguồn: Tạp chí Khoa học Biển, kỳ 2") == "Tạp chí Khoa học Biển"
    assert credit_source("Theo Báo Đất Mũi") == "Báo Đất Mũi"


# --- the wire reporter's formula --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Theo phóng viên TTXVN tại Phnom Penh, chiều 3/4, hai bên đã trao đổi về hợp tác biên giới.",
            "TTXVN",
        ),
        ("Theo phóng viên thường trú Thông tấn xã Việt Nam (TTXVN) tại Viêng Chăn, sáng 3/4, ...", "TTXVN"),
    ],
)
def test_a_wire_reporters_formula_names_the_agency(text, source):
    assert wire_attribution(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Theo phóng viên Hoàng Sơn tại Hà Giang, chiều 3/4, nước lũ đã rút.",  # a person, no agency
        "Theo kế hoạch, đoàn sẽ thăm ba tỉnh biên giới.",
        "Theo phóng viên, ở tại chỗ, người dân vẫn bình tĩnh.",
    ],
)
def test_other_openings_name_no_agency(text):
    assert wire_attribution(text) is None


# --- credits the closing scan cannot reach -------------------------------------------------------


def test_a_name_over_the_origins_credit_with_a_comment_under_them():
    texts = [PARAGRAPH, "Bảo Anh", "Nguồn: Báo Đất Mũi", "Ý kiến của người đăng: bài viết đáng đọc."]
    credit = stranded_credit(texts)
    assert credit is not None
    assert (credit.indices, credit.authors, credit.source) == ([1, 2], ["Bảo Anh"], "Báo Đất Mũi")


def test_an_introduced_credit_over_other_kept_lines():
    texts = [PARAGRAPH, "Nội dung: Thu Phương", "Bình luận của độc giả rất sôi nổi."]
    credit = stranded_credit(texts)
    assert credit is not None and credit.indices == [1] and credit.authors == ["Thu Phương"]


@pytest.mark.parametrize(
    "texts",
    [
        [PARAGRAPH, "Một ý kiến khác cho rằng cần thêm thời gian.", "Kết luận"],
        [PARAGRAPH, "Hợp tác quốc phòng", "Nguồn: Báo Đất Mũi"][:2],  # no credit under the name
        ["Kết luận", "Bảo Anh", "Nguồn: Báo Đất Mũi"],  # no paragraph above the name
    ],
)
def test_no_stranded_credit_without_its_shape(texts):
    assert stranded_credit(texts) is None


# --- a paper's first page -------------------------------------------------------------------------


HEADLINE = "Khoa học xã hội - Hợp tác nghề cá trên vịnh Bắc Bộ sau hai mươi năm"


def test_a_running_head_and_the_title_again_above_the_writer():
    texts = [
        "Tạp chí Khoa học Biển ______________________ 112",
        "HỢP TÁC NGHỀ CÁ TRÊN VỊNH BẮC BỘ SAU HAI MƯƠI NĂM",
        "ĐINH QUANG HUY*",
        "TÓM TẮT",
    ]
    front = front_matter(texts, HEADLINE)
    assert front is not None
    assert (front.authors, front.meta, front.source) == (["Đinh Quang Huy"], [0, 2], "Tạp chí Khoa học Biển")


def test_a_writer_under_the_sapo_with_the_institution():
    front = front_matter(["TS. Vương Thu Hà", "Học viện Ngoại giao", "Bài viết phân tích nhiều khía cạnh."])
    assert front is not None and front.authors == ["Vương Thu Hà"] and front.meta == [0, 1]


def test_a_bare_name_between_the_sapo_and_the_text():
    front = front_matter(["Quang Vinh", PARAGRAPH])
    assert front is not None and front.authors == ["Quang Vinh"] and front.meta == [0]


@pytest.mark.parametrize(
    "texts",
    [
        ["Quang Vinh", "Hợp tác nghề cá"],  # no paragraph under the name
        ["Quang Vinh, Thu Phương", PARAGRAPH],  # two names without a paper's full names
        ["Trường Sa", PARAGRAPH],  # a place
        ["Những chuyến đi", PARAGRAPH],  # a heading
    ],
)
def test_no_bare_byline_without_its_shape(texts):
    assert front_matter(texts) is None


@pytest.mark.parametrize(
    "texts",
    [
        ["HAI MƯƠI NĂM HỢP TÁC", "Bài viết phân tích nhiều khía cạnh của hợp tác nghề cá."],  # no writer
        ["Mục lục ______________________ 3", "ĐINH QUANG HUY*"][:1],  # a contents line, no journal
        ["NHỮNG CHẶNG ĐƯỜNG KHÁC", "ĐINH QUANG HUY*"],  # capitals that are not the title
    ],
)
def test_no_front_matter_without_a_writers_line(texts):
    assert front_matter(texts, HEADLINE) is None


# --- a repost's card ---------------------------------------------------------------------------


CARD_HEADLINE = "Sĩ quan trẻ hai nước cùng trồng cây hữu nghị tại di tích"


@pytest.mark.parametrize("label", ["Báo Đất Mũi", "Đời sống Cà Mau", "BBC News Tiếng Việt"])
def test_the_origin_over_a_reposts_headline_and_age(label):
    assert header_outlet(["Trang cá nhân", label, CARD_HEADLINE, "3 giờ trước"]) == label
    assert header_outlet([label, f"{CARD_HEADLINE} một giờ trước"]) == label  # the age read into it


@pytest.mark.parametrize("label", ["Thời sự", "Quốc tế", "Cà Mau", "Bảo Anh"])
def test_a_section_a_place_or_a_writer_over_the_card_is_no_outlet(label):
    assert header_outlet([label, CARD_HEADLINE, "3 giờ trước"]) is None


def test_no_card_without_the_age():
    assert header_outlet(["Báo Đất Mũi", CARD_HEADLINE, PARAGRAPH]) is None


# --- broadcasters' initials closing the text ---------------------------------------------------


def test_a_broadcasters_initials_close_the_text_as_its_credit():
    assert agency_credit("RFI", bare=True) == "RFI"
    assert signature_parts("VOA", bare_names=True) == ([], "VOA")
    assert agency_credit("RFI") is None  # not closing the text: no credit


@pytest.mark.parametrize("text", ["SHARE", "MORE", "TOP", "HOME", "END"])
def test_interface_words_in_capitals_are_no_credit(text):
    assert signature_parts(text, bare_names=True) is None
