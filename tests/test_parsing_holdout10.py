"""Rules added after held-out set 10 (forums, Blogger, WordPress, document sites), on invented text.

Every article sentence here is our own; only the software strings (Blogger, WordPress, vBulletin)
are the fixed texts those engines print.
"""

from __future__ import annotations

from linear_time import assert_linear_time
from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse
from seed_articles.parsing.bylines import posted_at, read_byline
from seed_articles.parsing.chrome import is_column_breadcrumb, is_masthead_description, unaccented_alts
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.software import is_site_promo, is_software_string

QUOTE = "Ông nói: “This is a good day for our two schools and for the students of both provinces.”"


def _roles(result, *numbers):
    return [result.roles[no] for no in numbers]


# --- dates -------------------------------------------------------------------------------


def test_a_day_month_year_without_comma_or_nam_is_a_full_date():
    (hit,) = find_dates("12 tháng 5 2026, VOV. https://vov.vn/xa-hoi/hai-tinh-ky-ket")
    assert (hit.year, hit.month, hit.day, hit.hour) == (2026, 5, 12, None)
    (hit,) = find_dates("Thứ ba, 12 Tháng 5 2026 09:05")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2026, 5, 12, 9, 5)
    (hit,) = find_dates("ngày 12 tháng 5 2026")
    assert hit.year == 2026


def test_a_spaced_year_needs_four_digits_and_no_decimal_after_it():
    assert find_dates("sau 3 tháng 5 2026,40 tấn") == []
    assert all(hit.year is None for hit in find_dates("Sáng 12 tháng 5 có 120 người dự"))


def test_an_english_day_month_year_header_is_a_date():
    (hit,) = find_dates("12 May 2026")
    assert (hit.year, hit.month, hit.day) == (2026, 5, 12)
    assert find_dates("the 12 Mayors 2026 met") == []


def test_a_repost_line_with_date_origin_and_address_gives_date_and_source():
    result = parse(
        TITLE,
        "12 tháng 5 2026, VOV. https://vov.vn/xa-hoi/hai-tinh-ky-ket-hop-tac",
        "Chiều 11/5, " + LEAD,
        *BODY,
    )
    assert date_text(result) == "2026-05-12" and result.article.source == "VOV"
    assert read_byline("12/5/2026, Hà Nội. https://vov.vn/a-b") is None  # a place is no origin


# --- bylines -----------------------------------------------------------------------------


def test_a_wordpress_posted_by_line_names_the_account_and_the_day():
    byline = read_byline("Posted by Tran MinhKhoa, May 12, 2026, Comments Off")
    assert byline is not None and byline.authors == ["Tran MinhKhoa"] and byline.stamp == "May 12, 2026"
    assert read_byline("Posted by Hà Nội, May 12, 2026") is None


def test_a_degree_in_words_or_without_its_dot_is_no_part_of_the_name():
    assert read_byline("Tiến sĩ Lê Minh Khoa ngày 12 tháng 5 năm 2026").authors == ["Lê Minh Khoa"]
    assert read_byline("ThS NGUYỄN THU HÀ").authors == ["Nguyễn Thu Hà"]
    assert read_byline("Đại tá Lê Minh Khoa").authors == ["Lê Minh Khoa"]  # nor is a rank


def test_a_blogger_footer_gives_the_poster_and_the_minute_of_the_day_header():
    assert posted_at("Đăng bởi Thu Hà vào lúc 10:15") == (["Thu Hà"], (10, 15))
    assert posted_at("Posted by Minh Khoa at 8:40 PM") == (["Minh Khoa"], (20, 40))
    assert posted_at("Posted by admin at 8:40 PM") is None
    result = parse(
        "Thứ Ba, 12 tháng 5, 2026", TITLE, LEAD, *BODY, "(Theo TTXVN)", "Đăng bởi Thu Hà vào lúc 10:15"
    )
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    assert (result.article.date.hour, result.article.date.minute) == (10, 15)
    assert result.article.authors == ["Thu Hà"] and result.article.source == "TTXVN"


def test_a_footer_time_never_gives_a_lead_dateline_a_time():
    result = parse(
        TITLE, "Sáng 12/5/2026, " + LEAD[len("Sáng 12/5, ") :], *BODY, "Đăng bởi Thu Hà vào lúc 10:15"
    )
    assert date_text(result, with_precision=True) == "2026-05-12"


def test_a_closing_shared_by_line_is_the_byline():
    result = parse(TITLE, LEAD, *BODY, "Chia sẻ bởi: Lê Thu Hà")
    assert result.article.authors == ["Lê Thu Hà"] and result.roles[5] == "signature"


def test_a_long_press_organ_name_is_a_source():
    result = parse(TITLE, LEAD, *BODY, "Nguồn: Cổng Thông tin điện tử Bộ Tài chính")
    assert result.article.source == "Cổng Thông tin điện tử Bộ Tài chính"
    result = parse(TITLE, LEAD, *BODY, "Nguồn: Các trang tin của nhiều tỉnh thành trong cả nước")
    assert result.article.source is None


# --- software strings --------------------------------------------------------------------


def test_blog_and_forum_software_strings_are_chrome():
    for text in (
        "No comments:",
        "Không có nhận xét nào:",
        "Comments are closed.",
        "Note: Only a member of this blog may post a comment.",
        "Newer Post Older Post Home",
        "Đang tải...",
        "Quick Reply",
        "Trả lời kèm trích dẫn",
        "Múi giờ GMT+7. Bây giờ là 08:12.",
        "Last edited by hoa_sen99; 12-05-2026, 09:31.",
        "Nếu đây là lần đầu bạn ghé thăm, hãy đọc phần Hỏi đáp.",
        "Bài này đã được đăng trong Giáo dục và được gắn thẻ Nghệ An. Đánh dấu đường dẫn tĩnh.",
        "See All",
    ):
        assert is_software_string(text), text


def test_article_lines_that_mention_the_same_words_are_not_software_strings():
    for text in (
        "Bài viết này được đăng trong số báo đặc biệt chào mừng ngày Nhà giáo Việt Nam.",
        "Không có nhận xét nào về dự án được gửi tới ban tổ chức trước hạn chót.",
        "Comments are closed for the day, the spokesman said.",
        "Home",  # the whole line only ...
        "Home of the brave",  # ... never an English phrase opening with it
        QUOTE,
    ):
        assert is_software_string(text) == (text == "Home"), text


def test_the_wordpress_footer_lines_are_dropped_and_the_article_kept():
    lines = (
        TITLE,
        LEAD,
        *BODY,
        "Đang tải...",
        "Có liên quan",
        "Bài này đã được đăng trong Giáo dục và được gắn thẻ Nghệ An. Đánh dấu đường dẫn tĩnh.",
    )
    result = parse(*lines)
    assert kept(result) == [2, 3, 4]
    assert all(role.startswith("dropped:") for role in _roles(result, 5, 6, 7))


def test_a_forum_thread_keeps_the_first_post_and_drops_posters_and_replies():
    result = parse(
        "Diễn đàn Giáo dục",
        TITLE,
        "hoa_sen99",
        "Thành viên",
        "Ngày tham gia: Mar 2019",
        "Bài viết: 512",
        "#1",
        "12-05-2026, 09:20",
        LEAD,
        *BODY,
        "(Theo Báo Nghệ An)",
        "Trả lời kèm trích dẫn",
        "minhkhoa_vn",
        "Thành viên",
        "Ngày tham gia: Nov 2021",
        "Bài viết: 87",
        "#2",
        "12-05-2026, 10:02",
        "Tin vui cho các em học sinh hai tỉnh, mong chương trình được duy trì lâu dài.",
        "Quick Reply",
        "Múi giờ GMT+7. Bây giờ là 08:12.",
    )
    assert result.article.title == TITLE
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    assert result.article.source == "Báo Nghệ An" and result.article.authors == []
    assert kept(result) == [9, 10, 11]


def test_a_join_date_without_a_poster_block_drops_nothing():
    result = parse(
        TITLE, LEAD, "Ngày tham gia: Mar 2019", *BODY, "Ngày tham gia: Nov 2021", BODY[0] + " Xin cảm ơn."
    )
    assert kept(result) == [2, 3, 4, 5, 6, 7]
    result = parse(TITLE, LEAD, "Tham gia: các trường của hai tỉnh năm 2019", "#1", *BODY)
    assert 3 in kept(result) and 5 in kept(result)


def test_a_short_label_between_two_software_strings_is_chrome_but_not_a_sentence():
    result = parse(
        TITLE,
        LEAD,
        *BODY,
        "No comments:",
        "ý kiến bạn đọc",
        "Note: Only a member of this blog may post a comment.",
    )
    assert kept(result) == [2, 3, 4]
    result = parse(TITLE, LEAD, BODY[0], "No comments:", BODY[1], "Newer Post Older Post Home")
    assert 5 in kept(result)


def test_a_document_sites_promo_and_section_invitation_are_chrome():
    assert is_site_promo("Mua tài khoản Vanban Pro để đọc tài liệu KHÔNG quảng cáo, chỉ từ 79.000đ.")
    assert is_site_promo(
        "Mời các bạn tham khảo thêm các tài liệu khác trên chuyên mục Biểu mẫu của Vanban.vn."
    )
    assert not is_site_promo("Mời các bạn cùng tham khảo.")
    assert not is_site_promo("Khách hàng có thể mua tài khoản tiết kiệm với lãi suất 5%/năm tại quầy.")
    result = parse(
        TITLE, LEAD, *BODY, "Tham khảo thêm", "Bài phát biểu khai giảng năm học mới", "Đánh giá bài viết"
    )
    assert kept(result) == [2, 3, 4]


def test_blog_related_labels_take_their_items():
    result = parse(
        TITLE,
        LEAD,
        *BODY,
        "Related Posts",
        "Hai trường kết nghĩa tổ chức giao lưu văn nghệ",
        "Comments are closed.",
    )
    assert kept(result) == [2, 3, 4]


# --- header and listings -----------------------------------------------------------------


def test_a_breadcrumb_typed_as_columns_is_chrome():
    (line,) = split_lines("Trang chủ    Giáo dục    " + TITLE)
    assert is_column_breadcrumb(line)
    (line,) = split_lines("Trang chủ của trường có giao diện mới từ năm học này.")
    assert not is_column_breadcrumb(line)


def test_a_masthead_description_is_chrome_but_a_sentence_about_an_agency_is_not():
    assert is_masthead_description("Cơ quan ngôn luận của Hội Khuyến học tỉnh Nghệ An")
    assert not is_masthead_description("Cơ quan thông tin của tỉnh cho biết sẽ mở thêm hai điểm thi.")
    assert not is_masthead_description("Cơ quan điều tra của Công an tỉnh vào cuộc")


def test_a_question_headline_under_a_date_header_is_the_title():
    question = "Vì sao hai tỉnh biên giới chọn giáo dục làm trụ cột hợp tác?"
    result = parse("12 May 2026", question, LEAD, *BODY)
    assert result.article.title == question and not result.article.title_derived
    assert kept(result) == [3, 4, 5]


def test_a_question_sapo_under_its_headline_stays_the_lead():
    question = "Vì sao hai tỉnh biên giới chọn giáo dục làm trụ cột hợp tác?"
    result = parse(TITLE, question, LEAD, *BODY)
    assert result.article.title == TITLE and result.roles[2] == "lead"


def test_a_category_listing_is_titled_by_its_heading_and_keeps_the_first_item():
    result = parse(
        "Trang chủ » Hoạt động hữu nghị",
        "Hoạt động hữu nghị",
        "Đoàn đại biểu hai tỉnh giao lưu tại trường biên giới",
        "Sáng 06-12, đoàn đại biểu hai tỉnh đã đến thăm và tặng quà học sinh trường biên giới.",
        "Ngày đăng: 07/12/2024",
        "Gặp mặt hữu nghị nhân kỷ niệm ngày thiết lập quan hệ",
        "Tối 20-12, hội tổ chức gặp mặt thân mật với đại diện cộng đồng người nước ngoài.",
        "Ngày đăng: 21/12/2024",
        "Hội nghị tổng kết công tác hữu nghị năm 2024",
        "Ngày 10-01-2025, hội tổng kết công tác năm và triển khai nhiệm vụ năm mới.",
        "Ngày đăng: 13/01/2025",
    )
    assert result.article.title == "Hoạt động hữu nghị" and result.article.date is None
    assert result.roles[3] == "block"


def test_an_article_under_a_breadcrumb_and_its_section_label_keeps_its_headline():
    result = parse("Trang chủ » Giáo dục", "Giáo dục", TITLE, LEAD, *BODY)
    assert result.article.title == TITLE


def test_an_unaccented_image_alt_between_accented_lines_is_chrome():
    result = parse(
        TITLE,
        LEAD,
        "hoc sinh hai tinh giao luu. anh: minh chau",
        "Học sinh hai tỉnh giao lưu tại trường. Ảnh: Minh Châu",
        *BODY,
    )
    assert result.roles[3].startswith("dropped:") and 4 not in [
        no for no, r in result.roles.items() if "dropped" in r
    ]


def test_an_english_quote_and_a_lower_case_name_are_not_image_alts():
    result = parse(TITLE, LEAD, "we are ready to learn from each other", BODY[0], QUOTE, BODY[1])
    assert kept(result) == [2, 3, 4, 5, 6]


def test_the_whole_line_rules_run_in_linear_time():
    lines = [
        "Bài này đã được đăng trong " + "a " * 10_000,
        "Mua tài khoản " + "Pro " * 5_000,
        "Mời các bạn tham khảo thêm " + "mục " * 5_000,
        "Cơ quan ngôn luận của " + "A" * 20_000,
        "12 tháng 5 " * 2_000,
        "12 May " * 3_000,
        "Đăng bởi " + "Thu Hà " * 3_000,
        "12/5/2026, " + "VOV " * 5_000,
        "Posted by " + "Minh Khoa " * 2_000 + ", May 12, 2026, Comments Off",
        "hoc sinh " * 2_500,
    ]

    def every_rule(line: str) -> None:
        is_software_string(line)
        is_site_promo(line)
        is_masthead_description(line)
        find_dates(line)
        posted_at(line)
        read_byline(line)
        unaccented_alts(split_lines("\n".join([LEAD, line, BODY[0]])))

    for line in lines:
        assert len(line) >= 20_000
        assert_linear_time(lambda size, line=line: every_rule(line[:size]), label=line[:40])
