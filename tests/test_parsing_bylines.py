"""Authors and sources: lead openers, closing credits, bylines with ranks and units, places."""

from __future__ import annotations

import pytest
from seed_articles.parsing import parse_text
from seed_articles.parsing.bylines import lead_marker, parse_names, read_byline, signature_parts
from seed_articles.text.places import is_place

TITLE = "Hợp tác xã rau sạch mở rộng nhà kính ở Đà Lạt"
SENTENCE = "Sáng 14/10, hợp tác xã rau sạch tổ chức hội nghị tổng kết mùa vụ với hơn 200 xã viên."
LEAD = "Hợp tác xã rau sạch đã ứng dụng công nghệ tưới nhỏ giọt, giúp nông dân tăng thu nhập đáng kể."
BODY = [
    "Mô hình nhà kính giúp nông dân chủ động tưới tiêu và giảm chi phí phân bón trong mỗi vụ.",
    "Theo hợp tác xã, năng suất rau sạch tăng gấp đôi so với cách canh tác truyền thống trước đây.",
]


def parse(*lines: str):
    return parse_text("\n".join(lines), "seeds/test.txt")


# --- "Outlet - " opening the lead ---------------------------------------------


@pytest.mark.parametrize(
    ("opener", "source"),
    [
        ("Nongnghiep - ", "Nongnghiep"),  # one brand word in plain letters
        ("Nhà nông - ", "Nhà nông"),  # sentence case: place names capitalise every syllable
        ("Báo Lâm Đồng - ", "Báo Lâm Đồng"),  # a press word
        ("VOV.VN - ", "VOV.VN"),
    ],
)
def test_an_outlet_opening_the_lead_is_the_source(opener, source):
    article = parse(TITLE, opener + SENTENCE, *BODY)
    assert article.source == source
    assert article.lead == SENTENCE


@pytest.mark.parametrize(
    "opener",
    [
        "Singapore - ",  # a place in the gazetteer
        "Lâm Đồng - ",
        "Mường Tè - ",  # an unknown place: every syllable capitalised, so not an outlet by shape
        "Nhà nông - hợp tác xã ",  # the rest is no new sentence
    ],
)
def test_a_place_dateline_is_not_a_source(opener):
    article = parse(TITLE, opener + SENTENCE, *BODY)
    assert article.source is None


def test_a_label_with_a_dash_is_not_an_outlet_opener():
    assert lead_marker("Nông nghiệp - Nông thôn") is None
    assert lead_marker("Kinh tế - Xã hội - Chiều 14/10, hợp tác xã họp.") is None
    chained_places = lead_marker("Nhà nông - Việt Nam - Lào ký kết hợp tác về giống lúa chịu hạn.")
    assert chained_places == ("Nhà nông", "Việt Nam - Lào ký kết hợp tác về giống lúa chịu hạn.")


# --- closing credits -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("Theo Thu Hằng (Báo Nông Thôn)", ["Thu Hằng"], "Báo Nông Thôn"),
        ("Theo Hải Long (Vietnam+)", ["Hải Long"], "Vietnam+"),
        ("Nguồn Nhà nông: https://nhanong.vn/rau-sach-post123.html", [], "Nhà nông"),
        ("Việt Hà/VOV.VN từ Kuala Lumpur", ["Việt Hà"], "VOV.VN"),
        ("Hoàng Lan (Sở Nông nghiệp)", ["Hoàng Lan"], None),  # a unit, not a press organ
        ("Mạnh Trường (CTV)", ["Mạnh Trường"], None),  # a role
        ("Minh Anh (Báo Lâm Đồng)", ["Minh Anh"], "Báo Lâm Đồng"),
    ],
)
def test_closing_credits(line, authors, source):
    assert signature_parts(line, bare_names=True) == (authors, source)
    article = parse(TITLE, LEAD, *BODY, line)
    assert (article.authors, article.source) == (authors, source)
    assert line not in article.body_text()


def test_a_placeholder_is_not_a_source():
    assert signature_parts("Nguồn: [Link nguồn]") is None
    article = parse(TITLE, LEAD, *BODY, "Theo Thu Hằng (Báo Nông Thôn)", "Nguồn: [Link nguồn]")
    assert (article.authors, article.source) == (["Thu Hằng"], "Báo Nông Thôn")


def test_a_theo_line_naming_no_writer_is_not_a_credit_of_names():
    assert signature_parts("Theo Sở Nông nghiệp (Lâm Đồng)", bare_names=True) is None


def test_the_name_right_after_the_end_mark_signs_the_article():
    article = parse(TITLE, LEAD, BODY[0], BODY[1] + "./.", "Thu Hằng", "In bài viết", "Gửi email")
    assert article.authors == ["Thu Hằng"]
    assert "Thu Hằng" not in article.body_text()


def test_only_the_first_line_after_the_end_mark_may_be_bare_names():
    teaser = "Giá phân bón giảm mạnh trước vụ đông xuân"
    article = parse(TITLE, LEAD, BODY[0], BODY[1] + "./.", teaser, "Thu Hằng")
    assert article.authors == []


# --- bylines -----------------------------------------------------------------------


def test_credentials_before_a_name_are_not_part_of_it():
    assert parse_names("Thượng tá, ThS. Đỗ Mạnh Hùng") == ["Đỗ Mạnh Hùng"]
    assert parse_names("Đại tá, TS. Phan Thị Ngọc Bích") == ["Phan Thị Ngọc Bích"]
    article = parse(TITLE, "Thượng tá, ThS. Đỗ Mạnh Hùng", LEAD, *BODY)
    assert article.authors == ["Đỗ Mạnh Hùng"]


def test_a_rank_list_without_a_name_is_not_a_byline():
    assert parse_names("Thượng tá, ThS.") is None


def test_a_place_is_never_an_author():
    assert is_place("Hà Nội") and is_place("tp.hcm") and not is_place("Minh Đức")
    assert parse_names("Hà Nội") is None
    assert parse_names("ĐÀ NẴNG") is None
    assert signature_parts("ĐÀ NẴNG") is None
    byline = read_byline("Hà Nội, ngày 28 tháng 02 năm 2025")
    assert byline is not None and byline.authors == [] and byline.stamp


def test_a_dash_before_the_stamp_gives_a_source_only_for_an_outlet_name():
    assert read_byline("NNVN -Thứ Hai, 08/12/2025, 08:15").source == "NNVN"
    assert read_byline("Giá lúa -Thứ Hai, 08/12/2025, 08:15") is None


# --- the outlet in header lines ------------------------------------------------------


def test_an_outlet_glued_to_the_age_of_an_aggregated_item():
    article = parse(TITLE, "Nhà nông5 giờ trước", LEAD, *BODY)
    assert article.source == "Nhà nông"


def test_an_age_glued_to_a_teaser_below_the_lead_names_nothing():
    article = parse(TITLE, LEAD, *BODY, "Tin cùng chủ đề", "Giá rau tăng mạnh", "Nhà nông5 giờ trước")
    assert article.source is None


def test_a_sapo_copied_with_its_html_still_names_the_outlet():
    article = parse(TITLE, "<p>(NNVN) - Chiều 10-3, hợp tác xã đón đoàn khách.&nbsp;</p>", LEAD, *BODY)
    assert article.source == "NNVN"
    article = parse(TITLE, "<p>Chiều 10-3, hợp tác xã đón đoàn khách.&nbsp;</p>", LEAD, *BODY)
    assert article.source is None


def test_a_capitalised_line_after_the_signature_is_not_another_author():
    article = parse(TITLE, LEAD, BODY[0], BODY[1] + "./.", "Thu Hằng", "Nông Thôn Mới", "Gửi email")
    assert article.authors == ["Thu Hằng"]
