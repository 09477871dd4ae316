"""Rule classes generalised after held-out set 3: own sentences, positive and negative cases."""

from __future__ import annotations

import pytest
from parsing_helpers import date_text, kept, parse
from seed_articles.parsing.boilerplate import is_audience_promo, is_player_residue
from seed_articles.parsing.bylines import read_byline, signature_parts
from seed_articles.parsing.chrome import is_widget
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.listings import read_more_rest, tag_name_text
from seed_articles.parsing.pubdate import range_year

TITLE = "Hợp tác xã chè Thái Nguyên mở rộng vùng nguyên liệu sạch"
SAPO = "Vùng chè hữu cơ của huyện Đại Từ tiếp tục mở rộng nhờ hợp đồng bao tiêu dài hạn với doanh nghiệp."
LEAD = "Sáng 14/4, hợp tác xã chè ở huyện Đại Từ ký hợp đồng bao tiêu với một doanh nghiệp xuất khẩu lớn."
BODY = [
    "Theo ban giám đốc, diện tích chè đạt chuẩn hữu cơ sẽ tăng thêm khoảng bốn mươi hecta trong hai năm.",
    "Các hộ tham gia được tập huấn quy trình hái, sao và bảo quản chè theo tiêu chuẩn của nhà nhập khẩu.",
]
MENU = "Thời sự   Kinh tế   Nông nghiệp   Xã hội   Văn hóa   Thể thao"


# --- tag names with decoration ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("#Nông nghiệp xanh", "Nông nghiệp xanh"),
        ('"Nông nghiệp xanh"', "Nông nghiệp xanh"),
        ("“Nông nghiệp xanh”", "Nông nghiệp xanh"),
        ("Nông nghiệp xanh", "Nông nghiệp xanh"),
        ('"Rau" và "quả"', '"Rau" và "quả"'),  # two quoted words, not a quoted name
        ("# Nông nghiệp", "# Nông nghiệp"),  # a spaced mark is no hashtag
    ],
)
def test_a_tag_name_loses_its_decoration_only(text, name):
    assert tag_name_text(text) == name


TEASERS = [
    "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính",
    "(NNO) - Các hợp tác xã đầu tư thêm hệ thống tưới nhỏ giọt và cảm biến độ ẩm.",
    "",
    "Giá cà phê Tây Nguyên lập đỉnh mới trong tuần",
    "(NNO) - Nông dân Đắk Lắk bán cà phê với giá cao nhất từ trước tới nay.",
]


@pytest.mark.parametrize(
    "label", ["Từ khóa: #Nông nghiệp xanh", 'Từ khoá: "Nông nghiệp xanh"', "Từ khóa #Nông nghiệp xanh"]
)
def test_a_decorated_tag_label_names_the_listing(label):
    result = parse("Báo Nông Thôn", MENU, label, "", *TEASERS)
    assert result.article.title == "Nông nghiệp xanh"
    assert result.article.date is None and result.article.source is None


# --- section pages of story cards with read-more links ---------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Chi tiết", ""),
        ("Chi tiếtNông dân Sóc Trăng trúng mùa", "Nông dân Sóc Trăng trúng mùa"),
        ("Xem chi tiết »", ""),
        ("Chi tiết hơn về giá lúa, xem bảng dưới đây.", None),  # a sentence, no link
        ("Chi tiêu công tăng mạnh", None),
    ],
)
def test_read_more_links(text, rest):
    assert read_more_rest(text) == rest


CARDS = [
    "Nông nghiệp",
    "",
    "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính",
    "Ngày 12/3, các hợp tác xã đầu tư thêm hệ thống tưới nhỏ giọt và cảm biến độ ẩm cho nhà kính.",
    "Chi tiếtGiá cà phê Tây Nguyên lập đỉnh mới trong tuần",
    "Nông dân Đắk Lắk bán cà phê với giá cao nhất từ trước tới nay, nhiều hộ đã chốt lời sớm.",
    "Chi tiếtNông dân Sóc Trăng trúng mùa lúa thơm",
    "Năng suất lúa thơm vụ này tăng gần một phần năm so với vụ trước nhờ thời tiết thuận lợi.",
    "Chi tiết",
]


def test_story_cards_with_glued_read_more_links_are_a_section_listing():
    result = parse("Báo Nông Thôn", MENU, *CARDS)
    article = result.article
    assert article.title == "Nông nghiệp" and not article.title_derived
    assert article.date is None  # a listing never takes a teaser's dateline
    assert len(kept(result)) == 6  # every card kept; the last bare link is chrome


def test_one_read_more_link_does_not_make_an_article_a_listing():
    result = parse(TITLE, LEAD, BODY[0], "Chi tiếtGiá cà phê Tây Nguyên lập đỉnh mới trong tuần", BODY[1])
    assert result.article.title == TITLE and date_text(result) == "--04-14"


# --- agency credits -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bare", "parts"),
    [
        ("(TTXVN/Vietnam+)", False, ([], "TTXVN/Vietnam+")),
        ("TTXVN/Báo Tin tức", False, ([], "TTXVN/Báo Tin tức")),
        ("TTXVN", True, ([], "TTXVN")),
        ("TTXVN", False, None),  # initials alone only where the line closes the article
        ("VIDEO", True, None),  # a word with vowels is a label, not an agency's initials
        ("(Ảnh minh họa)", True, None),
    ],
)
def test_agency_credits(text, bare, parts):
    assert signature_parts(text, bare_names=bare) == parts


def test_a_bare_agency_signature_closing_the_text_is_the_source():
    result = parse(TITLE, LEAD, *BODY, "", "TTXVN", "", "Các tin khác", "Giá cà phê Tây Nguyên lập đỉnh mới")
    assert result.article.source == "TTXVN"


def test_an_agency_credit_in_parentheses_after_the_end_mark_is_the_source():
    result = parse(TITLE, LEAD, BODY[0], BODY[1] + "/.", "", "(TTXVN/Vietnam+)")
    assert result.article.source == "TTXVN/Vietnam+"


# --- an outlet set off from its stamp by a bar ------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("Nhịp Sống Mới | 12/05/2025, 08:30", [], "Nhịp Sống Mới"),
        ("Báo Nông Thôn | 12/05/2025, 08:30", [], "Báo Nông Thôn"),
        ("Nguyễn Thị Hoa | 12/05/2025, 08:30", ["Nguyễn Thị Hoa"], None),  # a family name: a writer
        ("Thu Hà | 12/05/2025", ["Thu Hà"], None),  # a two-syllable pen name
        ("Nhịp Sống Mới - 12/05/2025, 08:30", [], "Nhịp Sống Mới"),
        ("Nhịp Sống Mới 12/05/2025, 08:30", ["Nhịp Sống Mới"], None),  # no bar: read as before
    ],
)
def test_a_barred_outlet_before_the_stamp(text, authors, source):
    byline = read_byline(text)
    assert byline is not None and byline.authors == authors and byline.source == source


# --- a sapo printed above the headline and again under the stamp ------------------------


def test_the_sapo_printed_above_the_headline_is_chrome_and_the_second_copy_the_lead():
    result = parse(SAPO, "", TITLE, "", "Nhịp Sống Mới | 14/04/2025, 09:00", "", SAPO, "", *BODY)
    article = result.article
    assert article.title == TITLE and article.lead == SAPO
    assert article.source == "Nhịp Sống Mới" and article.date is not None and article.date.hour == 9
    assert result.roles[1] == "dropped:sapo-copy" and result.roles[7] == "lead"


def test_a_story_card_printed_twice_is_not_a_sapo_copy():
    card = "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính"
    result = parse(card, SAPO, "12 kết quả phù hợp", card, SAPO, *TEASERS)
    assert result.roles[2] != "dropped:sapo-copy"
    assert 2 in kept(result)


def test_a_sapo_printed_again_after_a_paragraph_is_a_plain_repeat():
    result = parse(TITLE, SAPO, BODY[0], SAPO, BODY[1])
    assert result.article.lead == SAPO and result.roles[2] == "lead"


# --- video pages: labelled section, headline printed twice, player prompt ---------------

CAPS = "HỢP TÁC XÃ CHÈ THÁI NGUYÊN MỞ RỘNG VÙNG NGUYÊN LIỆU SẠCH"


def test_a_capitals_headline_printed_twice_around_the_section_and_date_lines():
    result = parse(
        "Truyền hình Nông nghiệp",
        MENU,
        CAPS,
        "Chuyên mục: KINH TẾ | Lượt xem : 1,204",
        "Ngày đăng: 14/04/2025",
        CAPS,
        LEAD,
        "Bạn gặp vấn đề gì khi xem video này ?",
    )
    article = result.article
    assert article.title == CAPS and article.category == "KINH TẾ"
    assert date_text(result) == "2025-04-14"
    assert result.roles[3] == "title" and result.roles[6] == "dropped:title-repeat"
    assert result.roles[8] == "dropped:player" and kept(result) == [7]


def test_a_labelled_section_line_is_never_the_headline():
    result = parse("Chuyên mục: Nông nghiệp | Lượt xem : 88", TITLE, "14/04/2025", LEAD, *BODY)
    assert result.article.title == TITLE and result.article.category == "Nông nghiệp"


def test_a_repeated_line_is_not_the_headline_when_another_one_is_there():
    result = parse("Nông thôn mới hôm nay", TITLE, "Nông thôn mới hôm nay", LEAD, *BODY)
    assert result.article.title == TITLE


@pytest.mark.parametrize(
    ("text", "widget"),
    [
        ("Bạn gặp vấn đề gì khi xem video này ?", True),
        ("Bạn có gặp lỗi khi nghe audio?", False),  # "có gặp": not the prompt's wording
        ("Bạn gặp vấn đề gì khi trồng chè hữu cơ?", False),
    ],
)
def test_the_player_problem_prompt(text, widget):
    assert is_player_residue(text) is widget


@pytest.mark.parametrize(
    ("text", "widget"),
    [("Lượt xem: 2,917", True), ("1.204 lượt xem", True), ("Lượt xem tăng mạnh", False)],
)
def test_view_counters_are_widgets(text, widget):
    assert is_widget(text) is widget


# --- invitations to other programmes ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "promo"),
    [
        ("Mời quý vị xem các chương trình Nông nghiệp sạch đã phát sóng tại đây./.", True),
        ("* Mời quý độc giả theo dõi các chương trình đã phát sóng trên kênh của đài", True),
        ("Mời quý vị đại biểu phát biểu ý kiến về dự thảo.", False),
        ("Mời bạn đọc gửi ý kiến về chính sách hỗ trợ nông dân.", False),
    ],
)
def test_audience_promos(text, promo):
    assert is_audience_promo(text) is promo


def test_an_audience_promo_closing_the_story_is_chrome():
    promo = "Mời quý vị xem các chương trình Nông nghiệp sạch đã phát sóng tại đây./."
    result = parse(TITLE, LEAD, *BODY, "", promo)
    assert result.roles[6] == "dropped:audience-promo"


def test_an_audience_promo_inside_the_text_stays():
    promo = "Mời quý vị xem phóng sự về mùa chè mới của các hợp tác xã trong chương trình sau."
    result = parse(TITLE, LEAD, BODY[0], promo, BODY[1])
    assert 4 in kept(result)


# --- datelines: under a dateless sapo, and the year of a dated span ---------------------


def test_the_dateline_under_a_dateless_sapo_dates_a_page_without_stamp():
    result = parse(TITLE, "", SAPO, "", LEAD, "", *BODY)
    assert date_text(result) == "--04-14"


def test_no_dateline_is_read_deep_inside_the_paragraph_under_the_sapo():
    late = "Hợp tác xã cho biết từ tuần trước, cụ thể là sáng 14/4, đã ký hợp đồng bao tiêu với doanh nghiệp."
    result = parse(TITLE, "", SAPO, "", late, "", *BODY)
    assert result.article.date is None


def test_a_sapo_with_a_date_of_its_own_is_not_skipped():
    sapo = "Từ ngày 1/5, vùng chè hữu cơ sẽ mở rộng theo hợp đồng bao tiêu dài hạn với doanh nghiệp."
    result = parse(TITLE, "", sapo, "", LEAD, "", *BODY)
    assert result.article.date is None  # the sapo's planned span says nothing of publication


def test_a_span_dated_in_full_gives_its_year_to_a_dateline_inside_it():
    lead = "Chiều 10/3, trong khuôn khổ hội chợ nông sản diễn ra từ ngày 9 đến 12/3/2026, các hợp tác xã ký hợp đồng."
    assert date_text(parse(TITLE, lead, *BODY)) == "2026-03-10"


@pytest.mark.parametrize(
    ("texts", "year"),
    [
        (["hội chợ diễn ra từ ngày 9 đến 12/3/2026"], 2026),
        (["hội chợ (9-12/3/2026) thu hút nhiều khách"], 2026),
        (["hội chợ diễn ra từ 28/2 đến 12/3/2026"], 2026),
        (["hội chợ diễn ra từ ngày 15 đến 18/3/2026"], None),  # the day is outside the span
        (["hội chợ từ ngày 9 đến 12/3/2026", "năm trước, từ ngày 8 đến 11/3/2025"], None),  # two years
    ],
)
def test_range_year(texts, year):
    (hit,) = [hit for hit in find_dates("Chiều 10/3, khai mạc") if hit.day is not None]
    assert range_year(hit, texts) == year
