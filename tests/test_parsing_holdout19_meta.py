"""Titles, dates and headers of the shapes folded in with held-out sets 19 and 20, on invented text.

The rules, stated as principles: a dated opening paragraph under a sapo that names no date is
the report's day only when the text names that year again (a past event recalled once is no
publication date); a tag page whose lower-case tag name is printed as a Markdown heading
("# tên thẻ") is a listing titled by the name without its marks; a personal blog's
hard-wrapped first paragraph, whose lead starts mid-sentence, starts at the short fragments
above the lead, under the headline that sits right under the post's date; a question headline
over its writer's name, handle ("@ten") and stamp is the headline, and a reading time
("· 6 phút đọc") after a stamp keeps it a stamp; a document page's headline wins over the
document's cover repeating it in capitals.
"""

from __future__ import annotations

from seed_articles.parsing import parse_result
from seed_articles.parsing.header import _wrapped_lead_start
from seed_articles.parsing.lines import SourceLine
from seed_articles.parsing.listings import find_listing, markdown_heading_text


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/page.txt")


def numbered(*texts: str, start: int = 1) -> list[SourceLine]:
    return [SourceLine(no, text, 0) for no, text in enumerate(texts, start)]


# --- a dated opening paragraph recalling a past event ----------------------------------------------

ESSAY = [
    "Ba mươi năm một con đường ra biển",
    "Khi người ta nói về cảng cá của làng, ít ai nhớ rằng con đường dẫn ra đó từng chỉ là lối mòn qua đồi cát.",
    "Ngày 14/3/1996, những hộ dân đầu tiên góp tiền mở con đường đất dài gần bốn cây số ra bãi ngang.",
    "Con đường ấy được đổ nhựa, rồi mở rộng, và nay đã thành trục chính của cả xã ven biển.",
    "Người làng vẫn kể chuyện những buổi gánh đá trong mùa gió chướng như một kỷ niệm đẹp.",
]


def test_a_past_event_recalled_once_under_a_dateless_sapo_is_no_publication_date():
    assert parse(*ESSAY).article.date is None


def test_a_dated_opening_paragraph_whose_year_the_report_names_again_is_its_day():
    # near-miss: the report's own day, its year named again in the text
    report = [
        ESSAY[0],
        ESSAY[1],
        "Ngày 14/3/2026, Ủy ban nhân dân xã khởi công mở rộng con đường ra bãi ngang.",
        "Theo kế hoạch năm 2026, công trình hoàn thành trước mùa mưa bão và có thêm hai làn xe.",
        ESSAY[4],
    ]
    date = parse(*report).article.date
    assert date is not None and (date.year, date.month, date.day) == (2026, 3, 14)


# --- a lower-case tag name printed as a Markdown heading ------------------------------------------

TAG_PAGE = [
    "Tạp chí Nông thôn Mới",
    "Trang chủ",
    "Thời sự",
    "Kinh tế",
    "# chuỗi giá trị nông sản",
    "Hợp tác xã chè vùng cao ký hợp đồng bao tiêu với doanh nghiệp chế biến",
    "09:10 | 12/09/2026",
    "Hơn 120 hộ trồng chè sẽ được bao tiêu sản phẩm trong năm năm với giá sàn ổn định.",
    "Nông dân trồng bưởi học cách ghi chép nhật ký canh tác để xuất khẩu",
    "15:30 | 05/09/2026",
    "Các lớp tập huấn giúp nhà vườn đáp ứng yêu cầu truy xuất nguồn gốc của thị trường khó tính.",
    "Sàn thương mại điện tử mở gian hàng riêng cho nông sản địa phương",
    "08:00 | 28/08/2026",
    "Hơn 300 sản phẩm đạt chuẩn OCOP đã được đưa lên gian hàng trong tháng đầu tiên.",
]


def test_a_markdown_heading_in_lower_case_names_the_tag_page():
    result = parse(*TAG_PAGE)
    assert result.article.title == "chuỗi giá trị nông sản"
    assert result.article.date is None
    assert result.roles.get(6) != "title"  # the first story's headline is the page's text


def test_markdown_heading_marks_are_removed_from_the_name():
    assert markdown_heading_text("# chuỗi giá trị nông sản") == "chuỗi giá trị nông sản"
    assert markdown_heading_text("## an ninh nguồn nước") == "an ninh nguồn nước"
    assert markdown_heading_text("#hashtag") == "#hashtag"  # a hashtag keeps its mark here


def test_a_capitalised_markdown_heading_is_no_tag():
    # near-miss: an article's headline printed as a Markdown heading
    region = numbered("Trang chủ", "# Hợp tác xã chè vùng cao ký hợp đồng bao tiêu với doanh nghiệp")
    lines = [*region, *numbered("Hơn 120 hộ trồng chè sẽ được bao tiêu sản phẩm trong năm năm.", start=3)]
    found = find_listing(region, lines)
    assert found is None or found.title is None or not found.title.text.startswith("Hợp tác xã")


# --- a blog's hard-wrapped first paragraph ---------------------------------------------------------

WRAPPED = [
    "Sổ tay Lê Khang",
    "Chuyện đường xa",
    "Thứ Ba, 10 tháng 11, 2026",
    "Một chiều cuối thu ngoài bãi sông",
    "Chúng tôi xuống tới bến đò",
    "Vạn lúc Hội Chữ thập đỏ",
    "Bắc Ninh và nhóm bạn Lạng Sơn",
    "trao quà cho bà con vùng bãi (8/11).",
]


def test_the_fragments_above_a_lead_starting_mid_sentence_are_its_start():
    lines = numbered(*WRAPPED)
    assert _wrapped_lead_start(lines, 7, recurring={1, 2}) == 4  # "Chúng tôi xuống bến"


def test_a_lead_starting_in_upper_case_stays_where_it_is():
    texts = [*WRAPPED[:7], "Trao quà cho bà con vùng bãi (8/11)."]
    assert _wrapped_lead_start(numbered(*texts), 7, recurring={1, 2}) == 7


def test_without_a_date_or_masthead_above_the_headline_nothing_moves():
    # near-miss: the run reaches the top of the page, no stamp tells where the headline is
    lines = numbered(*WRAPPED[3:])
    assert _wrapped_lead_start(lines, 4, recurring=set()) == 4


def test_a_single_fragment_under_the_headline_moves_nothing():
    texts = [WRAPPED[2], WRAPPED[3], "Bắc Ninh và nhóm bạn Lạng Sơn", "trao quà cho bà con vùng bãi (8/11)."]
    assert _wrapped_lead_start(numbered(*texts), 3, recurring=set()) == 3


def test_a_byline_under_the_headline_ends_the_run():
    texts = [WRAPPED[2], WRAPPED[3], "Tác giả: Lê Khang", WRAPPED[5], WRAPPED[6], WRAPPED[7]]
    assert _wrapped_lead_start(numbered(*texts), 5, recurring=set()) == 5


def test_a_blogs_wrapped_first_paragraph_keeps_the_headline_under_the_date():
    result = parse(
        *WRAPPED,
        "Nước đã rút nhưng bãi",
        "vẫn còn lầy, xe phải dừng",
        "ở đầu đê.",
        "Mỗi suất quà có gạo, mì, dầu ăn và sách vở cho các cháu đang đi học ở trường làng.",
        "Lê Khang",
        "Đăng bởi Lê Khang lúc 20:40",
    )
    assert result.article.title == "Một chiều cuối thu ngoài bãi sông"
    assert not result.article.title_derived
    for no in (5, 6, 7):
        assert not str(result.roles.get(no, "")).startswith("dropped"), result.roles


# --- a writing platform's post header: question headline, writer, handle, stamp and reading time --

PLATFORM_POST = [
    "Góc Viết",
    "Đăng nhập",
    "Trang chủ",
    "Đời sống",
    "Vì sao người trẻ quay về làng mở hợp tác xã?",
    "Quách Thị Bảo Châu",
    "@baochauviet",
    "9 tháng 10 2026 · 7 phút đọc",
    "Tuần trước, tôi về thăm một hợp tác xã trồng nấm do ba người bạn cùng lớp đại học lập ra ở quê.",
    "Họ kể rằng năm đầu tiên gần như không có lãi, nhưng đến năm thứ ba đã có đơn hàng đều đặn.",
    "Điều giữ họ lại không chỉ là thu nhập, mà là cảm giác được làm việc cho chính nơi mình lớn lên.",
]


def test_a_question_headline_over_its_writer_handle_and_stamp_is_the_headline():
    article = parse(*PLATFORM_POST).article
    assert article.title == PLATFORM_POST[4] and not article.title_derived
    assert article.authors == ["Quách Thị Bảo Châu"]
    assert article.date is not None and (article.date.year, article.date.month, article.date.day) == (
        2026,
        10,
        9,
    )
    assert article.lead.startswith("Tuần trước")


def test_a_stamp_with_its_reading_time_is_a_stamp():
    from seed_articles.parsing.bylines import read_byline

    for text in ("9 tháng 10 2026 · 7 phút đọc", "09/10/2026 | 4 min read"):
        byline = read_byline(text)
        assert byline is not None and byline.stamp and not byline.authors
    # near-miss: a sentence telling how long something took is no stamp
    assert read_byline("09/10/2026 chúng tôi mất 7 phút đọc hết bản tin") is None


def test_a_question_sapo_under_its_headline_stays_the_lead():
    # near-miss: the question is the sapo under a headline, no writer or stamp between them
    article = parse(
        "Hợp tác xã nấm ở vùng quê thu hút người trẻ trở về",
        "Vì sao người trẻ quay về làng mở hợp tác xã?",
        "Tuần trước, tôi về thăm một hợp tác xã trồng nấm do ba người bạn cùng lớp đại học lập ra ở quê nhà.",
        "Họ kể rằng năm đầu tiên gần như không có lãi, nhưng đến năm thứ ba đã có đơn hàng đều đặn.",
    ).article
    assert article.title == "Hợp tác xã nấm ở vùng quê thu hút người trẻ trở về"


# --- a document page's title, then the document's cover repeating it in capitals ------------------

DOCUMENT_PAGE = [
    "Kho Tài Liệu Mở",
    "Đăng nhập | Đăng ký",
    "Trang chủ » Luận văn » Kinh tế",
    "Hợp tác thương mại biên giới Việt Nam - Lào giai đoạn 2020 - 2025",
    "Lượt xem: 88 | Lượt tải: 9",
    "Xem mẫu",
    "1. Trường Đại học Kinh tế",
    "HỢP TÁC THƯƠNG MẠI BIÊN GIỚI VIỆT NAM - LÀO GIAI ĐOẠN 2020 - 2025",
    "Tóm tắt: Bài viết đánh giá kết quả hợp tác thương mại qua các cửa khẩu biên giới giữa hai nước trong năm năm.",
    "2. Trong giai đoạn này, kim ngạch qua các cửa khẩu chính tăng đều, nhất là hàng nông sản và vật liệu xây dựng.",
]


def test_the_pages_headline_wins_over_its_copy_in_capitals():
    from seed_articles.parsing.header import _cased_headline_above

    article = parse(*DOCUMENT_PAGE).article
    assert article.title == DOCUMENT_PAGE[3]
    view = numbered(*DOCUMENT_PAGE[:8])
    assert _cased_headline_above(view, 7) == 3


def test_a_headline_in_capitals_with_no_cased_copy_above_stays():
    from seed_articles.parsing.header import _cased_headline_above

    view = numbered("Trang chủ", "HỢP TÁC THƯƠNG MẠI BIÊN GIỚI VIỆT NAM - LÀO")
    assert _cased_headline_above(view, 1) is None
    # near-miss: a cased line above with other words is no copy
    view = numbered("Hợp tác thương mại biên giới", "HỢP TÁC THƯƠNG MẠI BIÊN GIỚI VIỆT NAM - LÀO")
    assert _cased_headline_above(view, 1) is None
