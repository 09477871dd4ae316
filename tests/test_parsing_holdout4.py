"""Rule classes generalised after held-out set 4: own sentences, positive and negative cases."""

from __future__ import annotations

import pytest
from parsing_helpers import date_text, kept, parse
from seed_articles.parsing.boilerplate import is_audience_promo, is_footer, is_related_label
from seed_articles.parsing.bylines import lead_marker, signature_parts
from seed_articles.parsing.figures import is_caption_like, names_photo_position
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.listings import is_glued_card
from seed_articles.parsing.pubdate import event_year
from seed_articles.parsing.teasers import is_teaser_headline, teaser_run
from seed_articles.parsing.wraps import continues_line, join_hard_wraps

TITLE = "Hợp tác xã cà phê Krông Năng ký hợp đồng xuất khẩu sang châu Âu"
LEAD = (
    "Chiều 9/4, hợp tác xã cà phê ở huyện Krông Năng ký hợp đồng cung ứng ba trăm tấn cà phê "
    "nhân đạt chuẩn cho một nhà nhập khẩu của Đức."
)
BODY = [
    "Theo ban giám đốc, sản lượng cà phê đạt chuẩn bền vững của hợp tác xã đã tăng gấp đôi sau ba vụ.",
    "Các thành viên được hướng dẫn ghi nhật ký canh tác để đáp ứng yêu cầu truy xuất nguồn gốc của đối tác.",
    "Hợp đồng có thời hạn hai năm, giá mua được điều chỉnh theo giá sàn London cộng thêm khoản thưởng chất lượng.",
]


# --- hard-wrapped paragraphs -------------------------------------------------------------

WRAPPED = [
    "(NNO)- Ngày 9/4, hợp tác xã cà phê ở huyện Krông Năng ký hợp đồng cung ứng",
    "ba trăm tấn cà phê nhân đạt chuẩn cho một nhà nhập khẩu của Đức, mở đầu vụ",
    "2026. Đây là hợp đồng lớn nhất từ trước đến nay của hợp tác xã.",
]


@pytest.mark.parametrize(
    ("previous", "line", "continues"),
    [
        (
            "Ngày 9/4, hợp tác xã cà phê ở huyện Krông Năng ký hợp đồng cung ứng",
            "ba trăm tấn cà phê nhân.",
            True,
        ),
        (
            "hợp tác xã tổng kết công tác năm 2025 và triển khai nhiệm vụ năm",
            "2026. Dự hội nghị có đại diện.",
            True,
        ),
        ("doanh thu của hợp tác xã trong vụ vừa qua tăng mạnh so với năm", "2025, nhờ giá cà phê cao.", True),
        # a sentence ends above: a new paragraph
        ("Hợp tác xã đã ký hợp đồng với đối tác nước ngoài.", "sau đó các bên họp báo.", False),
        # a numbered list item under an introduction, a menu, a URL slug, an ASCII file name
        ("Hội nghị đã thống nhất các nội dung chủ yếu sau đây", "1. Tăng cường phối hợp tuần tra.", False),
        ("Thời sự Kinh tế Văn hóa Xã hội Thể thao Quốc tế Pháp luật Video", "đối ngoại quốc phòng", False),
        (
            "viet nam lao ky ke hoach hop tac quoc phong nam 2025 Việt Nam - Lào ký",
            "tin nhap 2024 Đối ngoại",
            False,
        ),
        (
            "Cán bộ biên phòng hai nước trao quà cho người dân vùng biên giới",
            "https://example.vn/a.html",
            False,
        ),
        ("Ngắn quá", "còn đây là phần sau của dòng.", False),
    ],
)
def test_a_line_starting_mid_sentence_continues_the_line_above(previous, line, continues):
    assert continues_line(previous, line) is continues


def test_hard_wrapped_lines_are_joined_into_their_first_line():
    lines = [line for line in split_lines("\n".join([*WRAPPED, "", BODY[0]])) if line.text]
    joined, followers = join_hard_wraps(lines)
    assert [line.no for line in joined] == [1, 5]
    assert followers == {1: [2, 3]}
    assert joined[0].text.startswith("(NNO)- Ngày 9/4") and joined[0].text.endswith("của hợp tác xã.")


def test_a_hard_wrapped_lead_is_never_the_headline_and_loses_no_line():
    result = parse(*WRAPPED, "", *BODY)
    article = result.article
    assert article.title_derived
    assert article.source == "NNO"
    assert date_text(result, with_precision=True) == "--04-09"
    assert {1, 2, 3} <= set(kept(result))
    assert result.roles[1] == result.roles[2] == result.roles[3] == "lead"


def test_a_wrapped_line_opening_with_a_year_is_not_taken_as_the_headline():
    result = parse(TITLE, "", *WRAPPED, "", *BODY)
    assert result.article.title == TITLE
    assert result.roles[3] == "lead"
    assert not any(role.startswith("dropped") for no, role in result.roles.items() if no in (3, 4, 5))


def test_a_caption_broken_over_two_lines_is_neither_headline_nor_lead():
    result = parse(
        "12/04/2026 - 09:30",
        "",
        TITLE,
        "",
        "Giám đốc hợp tác xã (bìa phải) ký hợp đồng với đại diện nhà nhập khẩu",
        "tại huyện Krông Năng.",
        "",
        f"(NNO) - {LEAD}",
        "",
        *BODY,
    )
    assert result.article.title == TITLE
    assert result.article.source == "NNO"
    assert result.roles[5] == result.roles[6] == "block"
    assert result.roles[8] == "lead"


# --- captions without a credit ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Giám đốc hợp tác xã (bìa phải) ký hợp đồng với đối tác", True),
        ("Các đại biểu (thứ hai từ trái sang) cắt băng khánh thành", True),
        ("Ông Nguyễn Văn A (giữa) trao quà cho học sinh", True),
        ("Lãnh đạo tỉnh (ngoài cùng bên trái) thăm gian hàng", True),
        ("Nông dân thu hoạch cà phê. Ảnh: Minh Hà", True),
        ("Hai bên (Việt Nam và Lào) thống nhất tăng cường hợp tác", False),
        ("Hợp tác xã (HTX) ký hợp đồng với đối tác nước ngoài", False),
    ],
)
def test_a_line_naming_where_people_stand_is_a_caption(text, caption):
    assert is_caption_like(text) is caption
    assert names_photo_position(text) is (caption and "Ảnh:" not in text)


def test_a_caption_above_the_lead_is_never_the_headline():
    result = parse("Giám đốc hợp tác xã (giữa) ký hợp đồng với đối tác", "", LEAD, "", *BODY)
    assert result.article.title_derived
    assert result.roles[1] == "block"


# --- viewing-time widgets --------------------------------------------------------------------

CLOCK_HEADER = [
    "Thứ Ba, 21/04/2026 10:05 GMT+7",
    "• Đường dây nóng của tòa soạn",
    "Tin nhanh - Chính xác - Hấp dẫn",
    "Kinh tế",
    "",
]


def test_a_far_clock_widget_that_disagrees_with_the_dateline_is_not_the_date():
    result = parse(*CLOCK_HEADER, TITLE, "", LEAD, "", *BODY)
    assert date_text(result, with_precision=True) == "--04-09"


def test_a_far_clock_widget_never_replaces_a_full_dateline():
    lead = LEAD.replace("Chiều 9/4,", "Chiều 9/4/2026,")
    result = parse(*CLOCK_HEADER, TITLE, "", lead, "", *BODY)
    assert date_text(result, with_precision=True) == "2026-04-09"


def test_a_stamp_next_to_the_headline_stays_the_date():
    result = parse("Kinh tế", "Thứ Năm, 09/04/2026 16:40 GMT+7", TITLE, "", LEAD, "", *BODY)
    assert date_text(result, with_precision=True) == "2026-04-09 (minute)"


# --- agency prefixes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("(TUAG)- Ngày 13/3, lực lượng biên phòng tuần tra.", "TUAG"),
        ("(TTXVN)- Ngày 5/3, hai bên ký kết thỏa thuận.", "TTXVN"),
        ("(Chinhphu.vn) - Sáng 5/3, Thủ tướng chủ trì hội nghị.", "Chinhphu.vn"),
        ("Ngày 5/3, hai bên ký kết thỏa thuận.", None),
    ],
)
def test_agency_prefixes_give_the_source(text, source):
    marker = lead_marker(text)
    assert (marker[0] if marker else None) == source


def test_a_sapo_opened_by_a_bare_dash_is_the_lead():
    result = parse(TITLE, "", "09/04/2026 - 16:40", "", f" - {LEAD}", "", *BODY)
    assert result.article.title == TITLE
    assert result.roles[5] == "lead"
    assert result.article.source is None


def test_a_list_of_dash_items_is_not_a_sapo():
    items = [
        "- Hợp tác xã cam kết cung ứng đủ sản lượng cà phê nhân đạt chuẩn bền vững trong hai năm liền.",
        "- Đối tác cam kết mua toàn bộ sản lượng theo giá sàn cộng thêm khoản thưởng chất lượng hằng vụ.",
    ]
    result = parse(TITLE, "", *items, "", LEAD, "", *BODY)
    assert result.roles[6] == "lead"


# --- labels, credits and promos ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Các tin đã đưa", True),
        ("Tin video khác", True),
        ("Các album đã đăng", True),
        ("Bài viết trước", True),
        ("Tin, ảnh: MINH HÀ", False),
        ("Các tin đã đưa lên mạng xã hội bị gỡ bỏ trong tuần qua.", False),
    ],
)
def test_labels_of_other_items(text, label):
    assert is_related_label(text) is label


def test_a_news_and_photo_credit_signs_the_article():
    assert signature_parts("Tin, ảnh: MINH HÀ", bare_names=True) == (["Minh Hà"], None)
    # "Tin: X" credits the news item's writer, as "Bài: X" does (a unit after it is no writer)
    assert signature_parts("Tin: MINH HÀ", bare_names=True) == (["Minh Hà"], None)
    assert signature_parts("Tin: Phòng Thông tin", bare_names=True) is None


def test_a_signature_above_a_list_of_other_albums():
    result = parse(
        TITLE,
        "",
        LEAD,
        "",
        *BODY,
        "",
        "                              Minh Hà",
        "",
        "Các album đã đăng",
        "Mùa hoa cà phê trên cao nguyên",
        "Phiên chợ vùng cao ngày cuối tuần",
    )
    assert [name.lower() for name in result.article.authors] == ["minh hà"]
    assert all(result.roles[no].startswith("dropped") for no in (11, 12, 13))


@pytest.mark.parametrize(
    ("text", "promo"),
    [
        ("Mời quý khán giả và các bạn trẻ đón xem chương trình Nông nghiệp sạch phát sóng tối nay.", True),
        ("Mời quý khán giả tham gia bình chọn cho hợp tác xã yêu thích.", False),
    ],
)
def test_invitations_to_watch_a_programme(text, promo):
    assert is_audience_promo(text) is promo


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        ("Báo lỗi cho tòa soạn", True),
        ("*Vui lòng nhập đủ họ tên và số điện thoại", True),
        ("Báo lỗi chính tả trong văn bản là việc của biên tập viên, ông cho biết.", False),
    ],
)
def test_error_report_forms_are_footers(text, footer):
    assert is_footer(text) is footer


# --- unlabelled teasers -----------------------------------------------------------------------

TEASERS = ["Giá hồ tiêu tăng phiên thứ ba liên tiếp", "Nông dân Gia Lai chuyển đổi sang trồng sầu riêng"]


def test_a_run_of_other_headlines_under_the_sapo_is_chrome():
    result = parse(TITLE, "", LEAD, "", TEASERS[0], "", TEASERS[1], "", *BODY)
    assert result.roles[5].startswith("dropped") and result.roles[7].startswith("dropped")
    assert {3, 9, 10, 11} <= set(kept(result))


def test_a_single_subheading_under_the_sapo_is_kept():
    result = parse(TITLE, "", LEAD, "", "Mở rộng vùng nguyên liệu bền vững", "", *BODY)
    assert result.roles[5] == "block"


def test_a_run_of_headlines_without_text_after_it_is_not_taken_here():
    lines = [line for line in split_lines("\n".join([*TEASERS, "Kết thúc"])) if line.text]
    assert teaser_run(lines) == []
    assert teaser_run(lines, need_prose_after=False) == [1, 2]


@pytest.mark.parametrize(
    ("text", "teaser"),
    [
        ("Giá hồ tiêu tăng phiên thứ ba liên tiếp", True),
        ("Vì sao giá cà phê tăng mạnh trong tháng Tư?", True),
        ("KẾT QUẢ SẢN XUẤT VỤ CÀ PHÊ", False),
        ("1. Kết quả sản xuất vụ cà phê", False),
        ("Kinh tế", False),
        ("Theo ban giám đốc, sản lượng tăng gấp đôi.", False),
    ],
)
def test_teaser_headline_shape(text, teaser):
    assert is_teaser_headline(text) is teaser


# --- listings and year evidence ----------------------------------------------------------------


def test_story_cards_glued_on_one_line_make_a_tag_page():
    cards = [
        f"{headline} {lead} {headline}"
        for headline, lead in (
            (
                "Giá hồ tiêu tăng phiên thứ ba liên tiếp",
                "Sáng 3/4, giá hồ tiêu tại Đắk Lắk tăng thêm hai nghìn đồng.",
            ),
            (
                "Nông dân chuyển sang trồng sầu riêng",
                "Nhiều hộ ở Gia Lai đã chặt cà phê già cỗi để trồng cây mới.",
            ),
        )
    ]
    assert all(is_glued_card(card) for card in cards)
    assert not is_glued_card(LEAD)
    result = parse("Nông sản", "", *cards)
    assert result.article.title == "Nông sản" and not result.article.title_derived
    assert result.article.date is None


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Sáng nay 11/3, tỉnh khai giảng lớp tập huấn nghiệp vụ năm 2026 cho cán bộ xã.", 2026),
        ("Ngày 20/1, tỉnh tổ chức hội nghị tổng kết công tác năm 2025.", None),
        ("Ngày 20/1, tỉnh tổ chức hội nghị triển khai kế hoạch năm 2026.", None),
        ("Ngày 5/3, hội nghị diễn ra với chủ đề hướng tới năm 2030 và năm 2026.", None),
        ("Ngày 5/3, hai bên ký kết thỏa thuận hợp tác.", None),
    ],
)
def test_the_year_of_the_event_the_dateline_reports(sentence, year):
    assert event_year(sentence) == year


def test_a_copy_that_starts_at_a_credited_paragraph_keeps_its_dateline():
    result = parse(
        "Sáng 9/4, tại huyện Krông Năng, hợp tác xã cà phê ký hợp đồng cung ứng ba trăm tấn cà phê nhân "
        "cho một nhà nhập khẩu của Đức. Ảnh: Minh Hà",
        "",
        "Các thành viên được hướng dẫn ghi nhật ký canh tác để đáp ứng yêu cầu truy xuất. Ảnh: Minh Hà",
    )
    assert date_text(result, with_precision=True) == "--04-09"
