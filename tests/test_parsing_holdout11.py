"""Rules added after held-out set 11 (Facebook, Invision, NukeViet, Blogger label pages, document
sites, zone-stamped and yearless stamps), on invented text.

Every article sentence here is our own; only the software strings (Facebook, Invision Community,
NukeViet, Blogger, document-sharing viewers) are the fixed texts those engines print.
"""

from __future__ import annotations

from linear_time import assert_linear_time
from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse
from seed_articles.parsing import CorpusEvidence, parse_result, text_keys
from seed_articles.parsing.boilerplate import is_footer, is_related_label
from seed_articles.parsing.bylines import lead_marker, read_byline, signature_parts
from seed_articles.parsing.chrome import is_credit_only, is_letter_spaced, is_widget, shape_rule
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.software import is_software_string, software_lines

UPPER_TITLE = "GIAO LƯU THỂ THAO QUÂN SỰ GIỮA LỰC LƯỢNG VŨ TRANG HAI TỈNH BIÊN GIỚI LẦN THỨ 3 NĂM 2026"
DAY_LEAD = (
    "Hôm nay 12/5, tại sân vận động tỉnh, hơn 300 vận động viên của lực lượng vũ trang hai tỉnh đã "
    "tranh tài ở các môn bắn súng, võ thuật và chạy vũ trang."
)


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


# --- dates -------------------------------------------------------------------------------


def test_a_stamp_in_another_zone_is_read_in_vietnam_time():
    (hit,) = find_dates("Thứ ba 12/05/2026 22:30 GMT + 3")
    assert (hit.day, hit.hour, hit.minute) == (13, 2, 30)  # the day moves on
    (hit,) = find_dates("12/05/2026 08:05 (GMT-5)")
    assert (hit.day, hit.hour) == (12, 20)
    (hit,) = find_dates("Chủ nhật 10/05/2026 09:40 GMT + 7")  # Vietnam time already
    assert (hit.day, hit.hour, hit.minute) == (10, 9, 40)


def test_a_zone_needs_the_time_and_a_sane_offset():
    (hit,) = find_dates("12/05/2026 GMT+3")  # no time: the day only
    assert (hit.day, hit.hour) == (12, None)
    assert all(hit.hour != 0 for hit in find_dates("12/05/2026 22:30 GMT+30"))


def test_a_spelled_out_date_takes_the_time_after_it():
    (hit,) = find_dates("Thứ tư, ngày 13 tháng 5 năm 2026 | 09:12:45")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2026, 5, 13, 9, 12)
    (hit,) = find_dates("ngày 13 tháng 5 năm 2026, 15 đơn vị đã đăng ký")  # a count, no time
    assert hit.hour is None


def test_a_social_post_stamp_without_year_has_its_time():
    (hit,) = find_dates("12 tháng 5 lúc 07:45 ·")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (None, 5, 12, 7, 45)
    assert all(hit.hour is None for hit in find_dates("Từ 12 tháng 5 lúc đó trời mưa"))


def test_an_issue_line_gives_the_month():
    (hit,) = find_dates("SỐ 4 - 09/2026")
    assert (hit.year, hit.month, hit.day) == (2026, 9, None)
    assert find_dates("Thông tư số 15-04/2025/TT-BQP quy định") == []  # a document number
    assert find_dates("Số 4 - 19/2026") == []


def test_a_yearless_post_stamp_gives_the_time_and_the_headline_the_edition_year():
    result = parse(
        "Facebook", "Đoàn Thanh niên Quân sự tỉnh", "12 tháng 5 lúc 07:45 ·", UPPER_TITLE, DAY_LEAD, *BODY
    )
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    assert (result.article.date.hour, result.article.date.minute) == (7, 45)


def test_without_an_edition_year_the_yearless_post_keeps_day_and_month():
    title = "GIAO LƯU THỂ THAO QUÂN SỰ GIỮA LỰC LƯỢNG VŨ TRANG HAI TỈNH BIÊN GIỚI LẦN THỨ 3"
    result = parse(
        "Facebook", "Đoàn Thanh niên Quân sự tỉnh", "12 tháng 5 lúc 07:45 ·", title, DAY_LEAD, *BODY
    )
    assert date_text(result, with_precision=True) == "--05-12"
    # another day in the post stamp gives no time to the dateline
    result = parse("Facebook", "Đoàn Thanh niên", "11 tháng 5 lúc 07:45 ·", UPPER_TITLE, DAY_LEAD, *BODY)
    assert date_text(result, with_precision=True) == "2026-05-12"


# --- bylines and sources -----------------------------------------------------------------


def test_a_one_word_pen_name_set_off_by_a_middle_dot_is_the_author():
    byline = read_byline("Sương · 08:20 12/05/2026")
    assert byline is not None and byline.authors == ["Sương"] and byline.stamp == "08:20 12/05/2026"
    video = read_byline("Video · 08:20 12/05/2026")  # a section label, no name
    assert video is None or video.authors == []
    assert read_byline("Sương 08:20 12/05/2026") is None  # no dot: not set off


def test_a_reporter_signature_names_no_one():
    result = parse(TITLE, LEAD, *BODY, "PV", "Bản in")
    assert result.article.authors == [] and result.roles[5] == "signature"
    assert signature_parts("Nhóm PV", bare_names=True) == (["Nhóm PV"], None)  # a group is credited


def test_a_credit_under_the_stamp_under_the_sapo_is_the_source():
    result = parse(TITLE, LEAD, "Thứ ba, 12/05/2026 08:15", "Nguồn: Báo Điện tử Tỉnh Nghệ An", *BODY)
    assert result.article.source == "Báo Điện tử Tỉnh Nghệ An" and result.roles[4] == "byline"
    # a paragraph opening with "Theo" under the stamp is text, not a credit
    said = "Theo ông Lê Văn Khoa, Giám đốc Sở, hai bên đã thống nhất kế hoạch cho năm học mới."
    result = parse(TITLE, LEAD, "Thứ ba, 12/05/2026 08:15", said, *BODY)
    assert result.article.source is None and 4 in kept(result)


def test_a_lead_opened_by_the_masthead_name_credits_the_site():
    masthead = "XÓM CHÈ XANH"
    lead = "Chè Xanh - " + LEAD
    result = parse(masthead, "Trang chủ", "Thứ Ba, 12 tháng 5, 2026", TITLE, lead, *BODY)
    assert result.article.source == "Chè Xanh"
    result = parse("NHẬT KÝ MIỀN NÚI", "Trang chủ", "Thứ Ba, 12 tháng 5, 2026", TITLE, lead, *BODY)
    assert result.article.source is None  # no masthead says so: could be a person


def test_a_blogger_account_named_as_the_blog_is_no_writer():
    head = ("XÓM CHÈ XANH", "Trang chủ", "May 12, 2026", TITLE, LEAD, *BODY)
    result = parse(*head, "Posted by Xom Che Xanh at 7:30 AM", "No comments:")
    assert result.article.authors == []
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    result = parse(*head, "Posted by Minh Khoa at 7:30 AM", "No comments:")
    assert result.article.authors == ["Minh Khoa"]


def test_outlet_initials_in_parentheses_open_the_lead_without_a_dash():
    assert lead_marker("(HTTN) Hai ngày sau lễ ký kết, đoàn công tác đã đến thăm trường học.") == (
        "HTTN",
        "Hai ngày sau lễ ký kết, đoàn công tác đã đến thăm trường học.",
    )
    assert lead_marker("(AI) Hai ngày sau lễ ký kết, đoàn công tác đã đến thăm trường học.") is None
    assert lead_marker("(HTTN) đã đến thăm trường học trong hai ngày sau lễ ký kết.") is None


def test_a_forum_thread_line_is_a_stamp_without_a_writer():
    byline = read_byline("Bởi Sen99, 12 Tháng 5, 2026 trong Thời sự trong nước")
    assert byline is not None and byline.authors == [] and byline.stamp == "12 Tháng 5, 2026"
    assert read_byline("Bởi Sen99, 12 Tháng 5, 2026 trong khi mọi người đang chờ") is None
    byline = read_byline("Đã gửi 12 Tháng 5, 2026")
    assert byline is not None and byline.stamp == "12 Tháng 5, 2026"


# --- software strings --------------------------------------------------------------------


def test_comment_box_facebook_invision_nukeviet_and_document_site_strings_are_chrome():
    for text in (
        "Chưa có bình luận nào cho bài viết này.",
        "Hãy là người đầu tiên bình luận bài viết",
        "Link to comment",
        "Chia sẻ trên các trang khác",
        "Tham gia cuộc trò chuyện",
        "Bạn có thể đăng bài bây giờ và đăng ký sau. Nếu bạn đã có tài khoản, hãy đăng nhập.",
        "Chỉnh sửa 12 Tháng 5, 2026 bởi Sen99",
        "Trả lời chủ đề này",
        "- In ra",
        "- Đóng cửa sổ này",
        "URL của bài viết này: https://example.hu/savefile/tin/Bai-viet-12.html",
        "Có thể là hình ảnh về 5 người, mọi người đang cười",
        "Tất cả cảm xúc:",
        "2,4K",
        "57 lượt chia sẻ",
        "Embed Size (px)",
        "Citation preview",
        "Page 2: Bản tin Hợp tác quốc tế số 4",
        "Tất cả bài viết thuộc chủ đề này được tổng hợp từ các trang tin.",
    ):
        assert is_software_string(text), text


def test_article_lines_with_the_same_words_are_not_software_strings():
    for text in (
        "Chưa có bình luận nào về vụ việc từ phía công ty.",
        "Có thể là hình ảnh về một thời đã qua.",
        "Chỉnh sửa quy chế là việc cần làm bởi vì nhiều điều khoản đã lạc hậu so với thực tế.",
        "In ra 200 bản tài liệu cho các đại biểu",
        "2.400 người",
        "Tất cả bài viết dự thi đều được chấm điểm độc lập.",
    ):
        assert not is_software_string(text), text


def test_the_second_member_card_of_an_invision_thread_starts_the_replies():
    lines = _lines(
        "Sen99",
        "Thành viên",
        "Số nội dung",
        "412",
        "Tham gia",
        "Đã gửi 12 Tháng 5, 2026",
        LEAD,
        *BODY,
        "Link to comment",
        "tre_xanh_2020",
        "Thành viên",
        "Số nội dung",
        "35",
        "Tham gia",
        "Đã gửi 12 Tháng 5, 2026",
        "Cảm ơn bạn đã chia sẻ bài viết này!",
    )
    found = software_lines(lines)
    assert [found.get(no) for no in range(1, 7)] == ["forum-poster"] * 5 + [None]  # the stamp: the header's
    assert [found.get(no) for no in range(11, 18)] == ["forum-reply"] * 7
    assert not any(no in found for no in (7, 8, 9))


def test_a_count_without_a_card_is_no_member_card():
    lines = _lines(TITLE, "Số nội dung", "3", LEAD, *BODY)
    assert "forum-poster" not in software_lines(lines).values()


def test_a_facebook_comment_list_is_chrome_and_the_post_is_kept():
    result = parse(
        "Facebook",
        "Đoàn Thanh niên Quân sự tỉnh",
        "12 tháng 5 lúc 07:45 ·",
        UPPER_TITLE,
        DAY_LEAD,
        *BODY,
        "#HoiThao #QuanSu",
        "Có thể là hình ảnh về 12 người và đám đông",
        "Tất cả cảm xúc:",
        "845",
        "32 bình luận",
        "Thích",
        "Phù hợp nhất",
        "Trần Văn Bình",
        "Chúc mừng các vận động viên!",
        "12 tuần",
        "Phản hồi",
    )
    assert kept(result) == [5, 6, 7]
    # without a reply button under it, a "Phù hợp nhất" line is not a comment list
    assert software_lines(_lines(TITLE, LEAD, "Phù hợp nhất", *BODY)) == {}


def test_the_page_above_a_document_viewer_is_the_site_not_the_document():
    result = parse(
        "tailieu.example",
        "Bản tin Hợp tác quốc tế số 4 - 09/2026",
        "BẢN TIN HỢP TÁC QUỐC TẾ Số 4 - 09/2026 Hai tỉnh biên giới ký kết thỏa thuận hợp tác giáo dục SỞ NGOẠI VỤ",
        "Embed Size (px)",
        "Citation preview",
        "Page 1: Bản tin Hợp tác quốc tế số 4 - 09/2026",
        "H ợ p t á c q u ố c t ế",
        "SỐ 4 - 09/2026",
        TITLE.upper(),
        LEAD,
        *BODY,
        "THU HÀ",
        "Recommended",
        "Bản tin Hợp tác quốc tế số 3 - 06/2026",
    )
    assert result.article.title == TITLE.upper()
    date = result.article.date
    assert (date.year, date.month, date.precision) == (2026, 9, "month")
    assert result.article.authors == ["Thu Hà"]
    assert kept(result) == [10, 11, 12]


# --- chrome shapes -----------------------------------------------------------------------


def test_the_font_size_widget_with_its_labels_is_chrome():
    assert is_widget("Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)")
    assert is_widget("Cỡ chữ: A- A A+")
    assert not is_widget("Cỡ chữ trong sách giáo khoa mới được tăng lên cho học sinh lớp 1.")


def test_the_font_size_pattern_is_linear():
    assert_linear_time(lambda n: is_widget("Cỡ chữ: " + "A " * n + "x"), label="font size")


def test_a_standalone_handle_credit_is_chrome_and_a_caption_with_it_is_kept():
    assert is_credit_only("(Clip: @truong.thpt.official)")
    assert not is_credit_only("Học sinh hát chung ca khúc cuối. (Clip: @truong.thpt.official)")


def test_a_publisher_imprint_is_a_footer_anywhere_on_its_line():
    assert is_footer("Cơ quan của Hội Nông dân tỉnh. Chịu trách nhiệm xuất bản: Ban Thường vụ.")
    assert not is_footer("Nhà xuất bản chịu trách nhiệm xuất bản cuốn sách theo luật định.")


def test_a_trending_block_label_is_a_related_label():
    assert is_related_label("ĐANG ĐƯỢC QUAN TÂM")
    assert not is_related_label("Đang được quan tâm nhiều là câu chuyện về nước sạch ở vùng cao.")


def test_letter_spaced_capitals_are_chrome():
    assert is_letter_spaced("BẢN TIN H ợ p t á c q u ố c t ế")
    (line,) = _lines("I n t e r n a t i o n a l")
    assert shape_rule(line) == "letter-spaced"
    assert not is_letter_spaced("Các nhóm A, B, C và D thi đấu vòng tròn tính điểm.")
    assert not is_letter_spaced("Vitamin A B C D E F G")  # seven single letters


# --- listings ----------------------------------------------------------------------------


STORIES = (
    "Thứ Ba, 12 tháng 5, 2026",
    TITLE,
    LEAD,
    "Đọc thêm »",
    "Thứ Hai, 4 tháng 5, 2026",
    "Khánh thành trường học hữu nghị ở xã biên giới",
    "Sáng 4/5, trường học do hai tỉnh cùng xây dựng đã được khánh thành với 12 phòng học mới.",
    "Đọc thêm »",
)


def test_a_blogger_label_page_is_a_listing_whose_label_lines_are_chrome():
    label = "Hiển thị các bài đăng có nhãn Giáo dục. Hiển thị tất cả bài đăng"
    result = parse("Xóm Chè Xanh", "Trang chủ", label, label, *STORIES, "Bài đăng Cũ hơn", "Trang chủ")
    assert result.article.title_derived is True and result.article.date is None
    assert result.roles[3] == result.roles[4] == "dropped:search-label"
    assert kept(result) == [5, 6, 7, 9, 10, 11]


def test_a_listed_story_headline_seen_in_other_seeds_is_kept_on_the_listing():
    label = "Hiển thị các bài đăng có nhãn Giáo dục. Hiển thị tất cả bài đăng"
    lines = ("Xóm Chè Xanh", "Trang chủ", label, *STORIES)
    others = [
        "\n".join(["Tin tỉnh nhà", TITLE, f"Ảnh số {n}", f"Bài khác hoàn toàn, câu thứ {n}."]) for n in (1, 2)
    ]
    text = "\n".join(lines)
    result = parse_result(text, "seeds/test.txt", evidence=_evidence(text, *others))
    assert 5 in kept(result)


def test_a_topic_label_over_dated_stories_is_the_listing_title():
    result = parse(
        "TIN VÙNG CAO",
        "Chủ đề: Hợp tác giáo dục",
        "Tất cả bài viết thuộc chủ đề này được tổng hợp từ các trang tin.",
        TITLE,
        "12/05/2026",
        LEAD,
        "Khánh thành trường học hữu nghị ở xã biên giới",
        "04/05/2026",
        "Sáng 4/5, trường học do hai tỉnh cùng xây dựng đã được khánh thành với 12 phòng học mới.",
    )
    assert result.article.title == "Hợp tác giáo dục" and result.article.date is None


def test_a_topic_label_over_an_article_is_no_listing():
    result = parse("Chủ đề: Hợp tác giáo dục", TITLE, "12/05/2026 08:15", LEAD, *BODY)
    assert result.article.title == TITLE and date_text(result) == "2026-05-12"


# --- recurrence --------------------------------------------------------------------------


def test_a_headline_over_its_own_stamp_is_kept_even_when_listings_print_it():
    lines = (
        "TRƯỜNG CAO ĐẲNG BIÊN GIỚI",
        "Tin tức > Tin nhà trường",
        TITLE,
        "Ngày đăng: 12/05/2026 | Lượt xem: 310",
    )
    target = "\n".join([*lines, LEAD, *BODY])
    others = [f"Trang tin số {n}\n{TITLE}\nMột câu dẫn hoàn toàn khác của trang tin thứ {n}." for n in (1, 2)]
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, *others))
    assert result.article.title == TITLE and not result.article.title_derived


def test_the_new_date_and_software_patterns_are_linear():
    from seed_articles.parsing.dates import _PATTERNS

    patterns = [
        pattern for name, pattern in _PATTERNS if name in ("words", "dmy", "words-at-time", "issue-month")
    ]
    piece = "ngày 12 tháng 5 năm 2026 | 12 tháng 5 lúc 07:45 GMT + 3 số 4 - 09/2026 "

    def dates(n: int) -> None:
        text = piece * (n // len(piece))
        for pattern in patterns:
            list(pattern.finditer(text))

    assert_linear_time(dates, label="dates")
    assert_linear_time(lambda n: is_software_string("Chỉnh sửa " + "bởi " * (n // 4)), label="edited by")
