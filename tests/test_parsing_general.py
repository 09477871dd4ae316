"""Rules generalised after a held-out set of unseen sites: own sentences, positive and negative."""

from __future__ import annotations

import pytest
from parsing_helpers import parse
from seed_articles.parsing.boilerplate import is_footer
from seed_articles.parsing.bylines import is_credit_line, lead_marker, signature_parts, split_glued_headline
from seed_articles.parsing.chrome import site_alt_lines
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.header import is_label_shaped, is_teaser_item
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.listings import is_search_count
from seed_articles.parsing.pubdate import review_and_plan_year

TITLE = "Hợp tác xã chè Thái Nguyên mở rộng vùng nguyên liệu sạch"
LEAD = "Sáng 14/4, hợp tác xã chè ở huyện Đại Từ ký hợp đồng bao tiêu với một doanh nghiệp xuất khẩu lớn."
BODY = [
    "Theo ban giám đốc, diện tích chè đạt chuẩn hữu cơ sẽ tăng thêm khoảng bốn mươi hecta trong hai năm.",
    "Các hộ tham gia được tập huấn quy trình hái, sao và bảo quản chè theo tiêu chuẩn của nhà nhập khẩu.",
]


# --- headline choice ------------------------------------------------------------


def test_a_topic_bar_printed_twice_is_not_the_headline():
    bar = "Thái Nguyên hôm nay Nông thôn mới Du lịch Chuyển đổi số"
    result = parse(
        "Đọc báo in",
        bar,
        "Nông thôn mới Du lịch Chuyển đổi số",
        TITLE,
        "Thứ ba: 09:10 ngày 15/04/2025",
        LEAD,
        *BODY,
    )
    assert result.article.title == TITLE
    assert result.roles[2].startswith("dropped") and result.roles[3].startswith("dropped")


def test_a_headline_followed_by_a_longer_sapo_still_wins_the_adjacent_pair():
    sapo = "Vùng chè hữu cơ của huyện Đại Từ tiếp tục mở rộng nhờ hợp đồng bao tiêu dài hạn với doanh nghiệp"
    result = parse(TITLE, sapo, LEAD, *BODY)
    assert result.article.title == TITLE  # the sapo's tail is not the headline's copy


def test_teaser_items_ending_in_a_dash_are_not_the_headline():
    result = parse(
        "Giá lúa gạo tăng nhẹ trong tuần đầu tháng -",
        "Đội tuyển bóng đá nữ tập trung chuẩn bị vòng loại -",
        "Kinh tế",
        "15/04/2025 09:10" + TITLE,
        LEAD,
        *BODY,
    )
    article = result.article
    assert article.title == TITLE
    assert article.date is not None and article.date.iso() == "2025-04-15T09:10:00+07:00"
    assert result.roles[1].startswith("dropped") and result.roles[2].startswith("dropped")


def test_a_section_label_above_the_headline_is_not_taken_for_it():
    result = parse("Kinh tế", "Nông nghiệp - Nông thôn", "", TITLE, "", LEAD, *BODY)
    assert result.article.title == TITLE


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Quốc phòng - An ninh", True),
        ("Thời sự", True),
        ("Đối ngoại quốc phòng", True),
        (TITLE, False),
        ("Việt Nam - Lào ký kế hoạch hợp tác năm 2025", False),
        ("Bão số 3 đổ bộ", False),
    ],
)
def test_label_shape(text, label):
    assert is_label_shaped(text) is label


@pytest.mark.parametrize(
    ("text", "teaser"),
    [("Giá vàng đi ngang trong phiên sáng nay -", True), (TITLE, False), ("Việt Nam - Lào", False)],
)
def test_teaser_item_shape(text, teaser):
    assert is_teaser_item(text) is teaser


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("13/03/2025 07:15Hội nghị bàn về chè sạch", ("13/03/2025 07:15", "Hội nghị bàn về chè sạch")),
        ("Thứ năm, 13/03/2025Hội nghị bàn về chè sạch", ("13/03/2025", "Hội nghị bàn về chè sạch")),
        ("13/03/2025 07:15 Hội nghị bàn về chè sạch", None),  # spaced: not glued
        ("Hội nghị ngày 13/03/2025", None),
        ("13/03/2025 07:15", None),
        ("Hội nghị bàn về chè sạch 13/03/2025Hà Nội", None),  # the stamp does not open the line
    ],
)
def test_split_glued_headline(text, split):
    assert split_glued_headline(text) == split


def test_an_alt_line_with_the_site_name_is_not_the_headline():
    result = parse(
        "Tin Nông Nghiệp",
        TITLE,
        "© Tin Nông Nghiệp / Lan AnhNgười dân hái chè trên đồi chè hữu cơ ở Đại Từ",
        "Người dân hái chè - Tin Nông Nghiệp",
        LEAD,
        *BODY,
    )
    assert result.article.title == TITLE
    assert result.roles[3] == "block"  # the caption with its glued credit is body
    assert result.roles[4] == "dropped:image-alt"


# --- alt lines and related cards inside the body ---------------------------------


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


def test_an_alt_copying_nothing_near_it_introduces_a_related_story():
    found = site_alt_lines(
        _lines(
            "Tin Nông Nghiệp",
            LEAD,
            "Ruộng bậc thang mùa nước đổ - Tin Nông Nghiệp",
            "Mùa lúa chín ở Mù Cang Chải",
            *BODY,
        )
    )
    assert found == {3: "image-alt", 4: "inline-related"}


def test_a_headline_ending_in_a_place_is_not_an_alt_line():
    lines = _lines("Báo Nông Thôn", LEAD, "Hợp tác chè Việt Nam - Trung Quốc", *BODY)
    assert site_alt_lines(lines) == {}  # "Trung Quốc" is no masthead line


def test_an_alt_whose_site_is_a_section_label_with_a_stamp_is_left_alone():
    lines = _lines("Thời sự", TITLE, "15-03-2025 - 11:05 AM | Thời sự", LEAD, *BODY)
    assert site_alt_lines(lines) == {}


# --- copyright and glued photo credits -----------------------------------------


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        ("© 2025 Báo Nông Thôn. All rights reserved", True),
        ("© Bản quyền thuộc về Báo Nông Thôn", True),
        ("©2025 Báo Nông Thôn", True),
        ("© Tin Nông Nghiệp / Lan AnhNgười dân hái chè trên đồi chè hữu cơ ở Đại Từ", False),
        ("© Lan AnhChè", True),  # too short to be a caption
    ],
)
def test_a_copyright_sign_alone_does_not_drop_a_caption(text, footer):
    assert is_footer(text) is footer


# --- dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("20:15, ngày 22-10-2025", (2025, 10, 22, 20, 15)),
        ("08:05 ngày 03/02/2024", (2024, 2, 3, 8, 5)),
        ("17:42 - 09/12/2024", (2024, 12, 9, 17, 42)),
    ],
)
def test_time_first_stamps(text, parts):
    (hit,) = find_dates(text)
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == parts


def test_a_time_first_stamp_under_the_headline_dates_the_article():
    article = parse(TITLE, "20:15, ngày 22-10-2025", LEAD, *BODY).article
    assert article.date is not None and article.date.iso() == "2025-10-22T20:15:00+07:00"


REVIEW = "Hai bên đánh giá công tác phối hợp, tuần tra năm 2024 và thống nhất nội dung năm 2025."


def test_a_review_of_a_year_and_a_plan_for_the_next_fix_an_early_year_dateline():
    assert review_and_plan_year(3, [REVIEW]) == 2025
    article = parse(TITLE, "Sáng 12-3, hai đoàn hội đàm tại Pleiku.", REVIEW).article
    assert article.date is not None and article.date.iso() == "2025-03-12"


@pytest.mark.parametrize(
    ("month", "texts"),
    [
        (9, [REVIEW]),  # late in the year: the plan may be written before the year closes
        (3, ["Hai bên đánh giá công tác phối hợp năm 2024."]),  # no next year named
        (3, ["Hai bên sơ kết quý I năm 2024 và bàn kế hoạch năm 2025."]),  # part of a year only
        (3, ["Đánh giá năm 2023 và năm 2024, hai bên bàn kế hoạch năm 2025."]),  # two years reviewed
    ],
)
def test_no_year_without_both_sides_of_the_evidence(month, texts):
    assert review_and_plan_year(month, texts) is None


# --- credits ------------------------------------------------------------------


def test_a_republished_agency_item_names_the_agency_over_the_sites_own_marker():
    article = parse(TITLE, "(BNT) - " + LEAD, *BODY, "", "(Theo TTXVN)").article
    assert article.source == "TTXVN"


def test_a_writers_own_outlet_does_not_override_the_lead_marker():
    article = parse(TITLE, "(BNT) - " + LEAD, *BODY, "", "Minh Anh/BNT.vn").article
    assert article.source == "BNT"


def test_an_agency_signature_after_the_end_mark_is_the_source():
    article = parse(TITLE, LEAD, BODY[0], BODY[1] + "/.", "", "TTXVN/VNP").article
    assert article.source == "TTXVN/VNP"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("(Theo TTXVN)", ([], "TTXVN")),
        ("TTXVN/VNP", ([], "TTXVN/VNP")),
        ("Theo Dantri", ([], "Dantri")),
        ("Theo Bộ Y tế, số ca mắc tăng.", None),
        ("TTXVN", None),
    ],
)
def test_signature_credits(text, parts):
    assert signature_parts(text) == parts


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Theo Dantri", True),
        ("(Theo TTXVN)", True),
        ("Nguồn: VOV", True),
        ("Minh Anh/VOV.VN", False),
        ("TTXVN/VNP", False),
    ],
)
def test_credit_lines(text, credit):
    assert is_credit_line(text) is credit


def test_a_story_card_after_the_closing_credit_is_chrome():
    result = parse(
        TITLE,
        LEAD,
        *BODY,
        "",
        "Lan Anh",
        "Theo Dantri",
        "",
        "Mùa hoa tam giác mạch ở Hà Giang",
        "Những cánh đồng hoa nở rộ thu hút đông đảo du khách lên cao nguyên đá.",
    )
    article = result.article
    assert article.authors == ["Lan Anh"] and article.source == "Dantri"
    assert result.roles[9] == "dropped:teaser" and result.roles[10] == "dropped:teaser"


def test_a_paragraph_after_the_credit_is_kept():
    result = parse(TITLE, LEAD, BODY[0], "Theo Dantri", BODY[1])
    assert result.roles[5] == "block"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("(PL)- Sáng 3-4, hội nghị khai mạc.", "PL"),
        ("(GLO)- Sáng 3-4, hội nghị khai mạc.", "GLO"),
        ("(BTNO) - Sáng 3-4, hội nghị khai mạc.", "BTNO"),
        ("TCCS - Sau mười năm, hội nhập quốc tế đạt nhiều kết quả.", "TCCS"),
        ("Hà Giang - Sáng 3-4, hội nghị khai mạc.", None),
    ],
)
def test_lead_prefixes(lead, source):
    marker = lead_marker(lead)
    assert (marker[0] if marker else None) == source


# --- listings ---------------------------------------------------------------------

ITEMS = [
    "Hợp tác xã chè Đại Từ ký hợp đồng bao tiêu",
    "(BNT)- Sáng 14-4, hợp tác xã ký hợp đồng với một doanh nghiệp xuất khẩu.",
    "",
    "Nông dân Phú Lương thu hoạch chè vụ xuân",
    "(BNT)- Ngày 2-4, nông dân bắt đầu hái chè vụ xuân với năng suất cao.",
    "",
    "Khai mạc lễ hội trà Thái Nguyên năm 2025",
    "(BNT)- Tối 20-3, lễ hội trà khai mạc tại quảng trường trung tâm tỉnh.",
]


def test_stories_with_the_same_marker_make_a_tag_listing_and_are_all_kept():
    result = parse("Báo Nông Thôn", "", "Chè Thái Nguyên", "", *ITEMS, "", "1   2   3   Trang sau")
    article = result.article
    assert article.title == "Chè Thái Nguyên" and article.date is None and article.source is None
    assert all(result.roles[no] == "block" for no in (5, 6, 8, 9, 11, 12))


def test_an_article_with_marked_teasers_after_its_body_is_not_a_listing():
    result = parse(TITLE, "(BNT)- " + LEAD, *BODY, "", *ITEMS[3:])
    assert result.article.title == TITLE and result.article.source == "BNT"


SEARCH = [
    "Tìm kiếm",
    "Hợp tác xã chè Đại Từ ký hợp đồng bao tiêu",
    "Hợp tác xã chè ở huyện Đại Từ vừa ký hợp đồng bao tiêu với một doanh nghiệp xuất khẩu lớn.",
    "3 kết quả phù hợp",
    "Hợp tác xã chè Đại Từ ký hợp đồng bao tiêu",
    "Hợp tác xã chè ở huyện Đại Từ vừa ký hợp đồng bao tiêu với một doanh nghiệp xuất khẩu lớn.",
    "Nông dân Phú Lương thu hoạch chè vụ xuân",
    "Nông dân bắt đầu hái chè vụ xuân với năng suất cao hơn năm trước nhờ thời tiết thuận lợi.",
]


def test_a_search_count_makes_a_listing_and_keeps_the_first_result_printed_above_it():
    result = parse(*SEARCH)
    article = result.article
    assert article.title_derived is True
    assert result.roles[4] == "dropped:search-label"
    assert result.roles[2] == "block" and result.roles[3] == "block"
    assert result.roles[5].startswith("dropped") and result.roles[6].startswith("dropped")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("4 kết quả phù hợp", True),
        ("Tìm thấy 12 kết quả cho từ khóa chè", True),
        ("4 kết quả nổi bật của ngành chè năm qua", False),
        ("Hội nghị đạt 4 kết quả quan trọng.", False),
    ],
)
def test_search_count_shape(text, count):
    assert is_search_count(text) is count
