"""General rules added after held-out set 9 (invented sentences, positive and negative).

Every test goes through the whole parser (``parse``) or the one reader the rule lives in,
on an invented article wrapped in the chrome shape; each one failed before its rule.
"""

from __future__ import annotations

from linear_time import assert_linear_time
from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse
from seed_articles.parsing.bylines import parse_names, read_byline, signature_parts
from seed_articles.parsing.chrome import shape_rule
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.header import glued_label
from seed_articles.parsing.lines import SourceLine
from seed_articles.parsing.teasers import teaser_run

# an invented story whose lead opens with a dateline without a year
DATED_LEAD = (
    "Sáng nay (9/5), tại thành phố Cao Bằng, lãnh đạo hai tỉnh biên giới đã hội đàm về việc mở "
    "thêm một lối thông quan cho nông sản của người dân."
)


def _line(no: int, text: str) -> SourceLine:
    return SourceLine(no=no, text=text, indent=0, columns=1)


def _roles(result, *numbers: int) -> list[str]:
    return [result.roles.get(no, "") for no in numbers]


# --- dates ---------------------------------------------------------------------------------


def test_english_blogger_and_forum_dates_are_read() -> None:
    hits = find_dates("Thursday, March 5, 2026")
    assert [(hit.year, hit.month, hit.day) for hit in hits] == [(2026, 3, 5)]
    hits = find_dates("Posted Dec 2, 2025 08:40")
    assert [(hit.year, hit.month, hit.day, hit.hour) for hit in hits] == [(2025, 12, 2, 8)]
    # a month name inside a word, or without a year, is no date
    assert find_dates("Hội nghị Decision 12, 2024") == []
    assert find_dates("hẹn gặp vào March 5") == []


def test_an_english_stamp_under_the_headline_is_the_date() -> None:
    result = parse(TITLE, "Tuesday, May 12, 2026", "", LEAD, "", *BODY)
    assert date_text(result) == "2026-05-12"


def test_a_wordpress_vietnamese_month_word_date_is_read() -> None:
    result = parse(TITLE, "Tháng Năm 12, 2026", "", LEAD, "", *BODY)
    assert date_text(result) == "2026-05-12"
    assert [(hit.month, hit.day) for hit in find_dates("Tháng Mười Một 7, 2025")] == [(11, 7)]
    # a lunar date, or the words without the comma and year, stay no such date
    assert find_dates("tháng Giêng 3, 2026 (âm lịch)") == []
    assert find_dates("sáu tháng Năm 3 lần") == []


def test_a_bare_weekday_date_above_the_headline_that_the_dateline_contradicts_is_a_widget() -> None:
    result = parse("Thứ hai,  11/05/2026", "", TITLE, "", DATED_LEAD, "", *BODY)
    assert date_text(result) == "--05-09"  # the lead's "Sáng nay (9/5)", no year stated


def test_a_weekday_date_above_the_headline_stays_the_date_without_a_contradicting_dateline() -> None:
    # no dateline in the lead: the only stamp is the date
    result = parse("Thứ hai, 11/05/2026", "", TITLE, "", LEAD.replace("Sáng 12/5, ", ""), "", *BODY)
    assert date_text(result) == "2026-05-11"
    # the same day as the dateline: nothing contradicts it
    result = parse("Thứ bảy, 09/05/2026", "", TITLE, "", DATED_LEAD, "", *BODY)
    assert date_text(result) == "2026-05-09"
    # with a time it is a stamp, not the bare masthead widget
    result = parse("Thứ hai, 11/05/2026 08:15", "", TITLE, "", DATED_LEAD, "", *BODY)
    assert date_text(result) == "2026-05-11"


def test_a_plan_issued_on_the_dateline_is_no_planned_date() -> None:
    lead = (
        "Ngày 14/9, Sở Giáo dục tỉnh ban hành kế hoạch tổ chức hội thi giáo viên dạy giỏi "
        "cấp tỉnh dành cho các trường vùng cao."
    )
    assert date_text(parse(TITLE, "", lead, "", *BODY)) == "--09-14"
    # a planned event keeps no date
    planned = "Ngày 14/9 sẽ khai mạc hội thi giáo viên dạy giỏi cấp tỉnh dành cho các trường vùng cao."
    assert date_text(parse(TITLE, "", planned, "", *BODY)) is None


def test_hom_with_a_full_date_closing_the_lead_is_the_news_day() -> None:
    lead = "Đoàn đại biểu thanh niên hai nước đã trồng hàng cây hữu nghị tại khu di tích hôm 18/4/2026."
    assert date_text(parse(TITLE, "", lead, "", *BODY)) == "2026-04-18"
    # a late date without "hôm" (a deadline, a plan) is still no dateline
    late = "Đoàn đại biểu thanh niên hai nước thống nhất hoàn thành việc trồng hàng cây trước 18/4/2026."
    assert date_text(parse(TITLE, "", late, "", *BODY)) is None


# --- teasers, captions and footers ---------------------------------------------------------


def test_a_caption_printed_twice_under_the_lead_is_no_teaser_run() -> None:
    caption = "Lãnh đạo hai tỉnh trao đổi biên bản hợp tác"
    result = parse(TITLE, "", LEAD, "", caption, caption, "", *BODY)
    assert 5 in kept(result)  # the first copy is body
    assert result.roles[6].startswith("dropped:")
    alt = "Quang cảnh buổi lễ ký kết giữa hai tỉnh"
    result = parse(TITLE, "", LEAD, "", alt, alt + ", sáng 12/5. (Ảnh: Minh Tâm)", "", *BODY)
    assert 6 in kept(result)


def test_two_different_headlines_under_the_lead_are_still_a_teaser_run() -> None:
    lines = [
        _line(1, "Nông dân vùng cao thu hoạch mận sớm hơn mọi năm"),
        _line(2, "Thành phố mở thêm tuyến xe buýt nối các khu công nghiệp"),
        _line(3, BODY[0]),
    ]
    assert teaser_run(lines) == [1, 2]


def test_nukeviet_footer_credits_and_newer_older_teasers() -> None:
    result = parse(
        TITLE,
        "",
        LEAD,
        "",
        *BODY,
        "",
        "Tác giả bài viết: Minh Thư",
        "Nguồn tin: Báo Hòa Bình",
        "Những tin mới hơn",
        "Hội thi cắm hoa nghệ thuật tại nhà văn hóa phường",
        "Những tin cũ hơn",
        "Lễ khai giảng lớp học tiếng Anh miễn phí cho thiếu nhi",
    )
    assert result.article.authors == ["Minh Thư"]
    assert result.article.source == "Báo Hòa Bình"
    assert _roles(result, 8, 9) == ["signature", "signature"]
    assert all(role.startswith("dropped:") for role in _roles(result, 10, 11, 12, 13))
    assert kept(result) == [3, 5, 6]


def test_paragraphs_after_the_articles_footer_that_share_nothing_with_it_are_teasers() -> None:
    lines = [TITLE, "", LEAD, "", *BODY, "", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"]
    lines += ["Bình luận", "Gửi bình luận", ""]
    lines += [
        "Giá vàng trong nước tăng mạnh phiên cuối tuần theo đà của thị trường thế giới.",
        "Nhiều địa phương miền Tây chuẩn bị phương án chống hạn mặn cho mùa khô sắp tới.",
    ]
    result = parse(*lines)
    assert result.roles[12] == "dropped:teaser" and result.roles[13] == "dropped:teaser"
    assert kept(result) == [3, 5, 6]


def test_a_paragraph_after_a_footer_above_the_lead_is_kept() -> None:
    # the footer widget printed at the top of the copy: everything under it is the article
    result = parse(
        TITLE, "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Bình luận", "", LEAD, "", *BODY
    )
    assert kept(result) == [5, 7, 8]


def test_read_more_links_of_a_tag_page_are_buttons_not_related_labels() -> None:
    result = parse(
        "Hiển thị các mục theo thẻ: Cao Bằng",
        "",
        "Cao Bằng mở rộng vùng trồng hạt dẻ cho đồng bào vùng cao",
        "Tỉnh đã hỗ trợ giống và kỹ thuật cho hơn 300 hộ dân tại ba huyện biên giới. 08:10 | 02/03/2026",
        "Đọc thêm...",
        "Hội chợ nông sản biên giới thu hút đông đảo du khách",
        "Gần một trăm gian hàng giới thiệu đặc sản của các tỉnh miền núi phía Bắc. 16:45 | 28/02/2026",
        "Đọc thêm...",
    )
    assert result.article.title == "Cao Bằng"
    assert kept(result) == [3, 4, 6, 7]
    assert result.roles[5] == "dropped:widget" and result.roles[8] == "dropped:widget"


def test_a_labelled_read_more_list_is_still_a_related_widget() -> None:
    result = parse(
        TITLE,
        "",
        LEAD,
        "",
        *BODY,
        "",
        "Đọc thêm:",
        "Nông dân vùng cao thu hoạch mận sớm hơn mọi năm",
        "Thành phố mở thêm tuyến xe buýt nối các khu công nghiệp",
    )
    assert all(role.startswith("dropped:") for role in _roles(result, 8, 9, 10))


def test_teaser_cards_printed_with_their_slug_after_a_related_label() -> None:
    result = parse(
        TITLE,
        "",
        LEAD,
        "TIN LIÊN QUAN",
        "nong dan vung cao thu hoach man som Nông dân vùng cao thu hoạch mận sớm hơn mọi năm",
        "bai nhap 20260512093011 Thành phố mở thêm tuyến xe buýt nối các khu công nghiệp",
        "Lãnh đạo hai tỉnh ký biên bản hợp tác tại hội nghị",
        "",
        *BODY,
    )
    assert all(role.startswith("dropped:") for role in _roles(result, 4, 5, 6))
    assert kept(result) == [3, 7, 9, 10]  # the caption under the cards is the article's


def test_a_slogan_above_the_sites_menu_is_chrome_however_long() -> None:
    slogan = (
        "Phát huy sức mạnh đại đoàn kết toàn dân tộc, xây dựng quê hương ngày càng giàu đẹp văn minh hiện đại"
    )
    menu = ["Giới thiệu", "Tin tức", "Văn bản", "Liên hệ"]
    evidence_lines = [
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN",
        slogan,
        "Trang chủ",
        *menu,
        "",
        TITLE,
        "",
        LEAD,
        "",
        *BODY,
    ]
    from seed_articles.parsing import CorpusEvidence, parse_result, text_keys

    other = "\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN", "Trang chủ", *menu, "", "Tin khác", "", BODY[1]])
    text = "\n".join(evidence_lines)
    corpus = CorpusEvidence([text_keys(text), text_keys(other), text_keys(other + "\nx")])
    result = parse_result(text, "seeds/test.txt", evidence=corpus.for_seed(text_keys(text)))
    assert result.roles[2].startswith("dropped:")
    assert result.article.title == TITLE


# --- chrome shapes ---------------------------------------------------------------------------


def test_image_size_expand_button_and_reader_notice_are_chrome() -> None:
    for text in (
        "640x427",
        "1200 × 800",
        "Nhấn để mở rộng...",
        "Click to expand...",
        'Bạn đang đọc bài viết "Hai tỉnh ký kết hợp tác" tại chuyên mục Xã hội.',
        "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ (1.2 MB, 30 trang)",
    ):
        assert shape_rule(_line(1, text)) is not None, text
    # near misses: a sentence about the reader, a score, a size in a sentence
    for text in (
        "Bạn đang ở đâu khi trận động đất xảy ra?",
        "Đội tuyển thắng 3x1 trên sân nhà.",
        "Màn hình có độ phân giải 1920x1080 điểm ảnh.",
        "Nhấn mạnh để mở rộng hợp tác, hai bên thống nhất nhiều nội dung.",
    ):
        assert shape_rule(_line(1, text)) is None, text


def test_a_k2_tag_heading_names_the_listing() -> None:
    result = parse(
        "Hiển thị các mục theo thẻ: Biển Đông",
        "",
        "Hội thảo quốc tế về an ninh hàng hải khai mạc tại Hà Nội",
        "Các học giả trao đổi về luật biển và hợp tác khu vực. 09:00 | 12/05/2026",
        "Ngư dân miền Trung vươn khơi sau đợt gió mùa",
        "Nhiều tàu cá đã trở lại ngư trường truyền thống. 17:20 | 10/05/2026",
    )
    assert result.article.title == "Biển Đông"
    assert result.article.date is None


# --- credits ---------------------------------------------------------------------------------


def test_a_name_outlet_credit_gives_the_writer_and_the_source() -> None:
    assert signature_parts("Hoàng Nam-Thanh Niên", bare_names=True) == (["Hoàng Nam"], "Thanh Niên")
    assert signature_parts("Thu Hà-VOV", bare_names=True) == (["Thu Hà"], "VOV")
    assert signature_parts("Minh Khôi-VnExpress", bare_names=True) == (["Minh Khôi"], "VnExpress")
    result = parse(TITLE, "", LEAD, "", *BODY, "Hoàng Nam-Thanh Niên")
    assert result.article.authors == ["Hoàng Nam"] and result.article.source == "Thanh Niên"


def test_two_writers_joined_by_a_hyphen_stay_two_writers() -> None:
    assert signature_parts("Hoài Nam-Minh Khoa", bare_names=True) == (["Hoài Nam", "Minh Khoa"], None)
    assert signature_parts("Văn Hải - Thu Trang", bare_names=True) == (["Văn Hải", "Thu Trang"], None)


def test_an_origin_label_glued_to_the_date_is_no_source() -> None:
    byline = read_byline("Các Website khác - 14/10/2026")
    assert byline is None or byline.source is None
    lead = "(TTXVN) - " + LEAD
    result = parse(TITLE, "Các Website khác - 12/05/2026", "", lead, "", *BODY)
    assert result.article.source == "TTXVN"
    assert date_text(result) == "2026-05-12"
    # an outlet glued to its stamp still is the source
    assert read_byline("Công Thương12/05/2026 21:35").source == "Công Thương"


def test_a_cms_poster_line_with_a_view_counter_credits_the_account() -> None:
    result = parse(TITLE, "Đăng bởi: bientap | Lượt xem: 1.204", "", LEAD, "", *BODY)
    assert result.article.authors == ["bientap"]
    # the software's default account credits no one
    result = parse(TITLE, "Post by admin", "", LEAD, "", *BODY)
    assert result.article.authors == []
    # a sentence with "bởi" is no poster line
    assert read_byline("Ngôi nhà bị hư hỏng bởi cơn bão số 3 năm ngoái.") is None


def test_journal_authors_with_glued_affiliation_marks() -> None:
    assert parse_names("Trần Văn An1, Lê Thị Hoa2") == ["Trần Văn An", "Lê Thị Hoa"]
    result = parse(TITLE, "Trần Văn An1, Lê Thị Hoa2", "", LEAD, "", *BODY)
    assert sorted(result.article.authors) == ["Lê Thị Hoa", "Trần Văn An"]
    # a number in a name-like line that is no affiliation mark stays no name
    assert parse_names("Tổ 12, Khu 3") is None


def test_a_section_label_glued_to_the_headline_is_cut_off() -> None:
    assert glued_label("Giáo dụcHai tỉnh biên giới ký kết thỏa thuận hợp tác giáo dục") == TITLE
    result = parse("Giáo dục" + TITLE, "", LEAD, "", *BODY)
    assert result.article.title == TITLE
    # brands and names typed in camel case are no join
    assert glued_label("VnExpress tổ chức giải chạy vì trẻ em vùng cao năm nay") is None
    assert glued_label("Hội nghị bàn về iPhone và các thiết bị thông minh của học sinh") is None


# --- linear time -------------------------------------------------------------------------------


def test_the_new_patterns_stay_linear_on_a_20000_character_line() -> None:
    chunks = (
        "Tháng Tư 3 ",
        "October ",
        "a1 b2 ",
        "640x ",
        "Thứ hai,      ",
        "Đọc thêm ",
        "Bạn đang ",
        "đối ngoạiThanh ",
        "Nguyễn Văn An1, ",
    )
    text = "".join(chunks[index % len(chunks)] for index in range(4000))
    calls = (
        lambda line: parse(TITLE, "", line, "", *BODY),
        lambda line: parse(line, "", LEAD, "", *BODY, line),
        find_dates,
        lambda line: shape_rule(_line(1, line)),
        glued_label,
        lambda line: signature_parts(line, bare_names=True),
    )
    for number, call in enumerate(calls):
        assert_linear_time(lambda size, call=call: call(text[:size]), label=f"call {number}")
