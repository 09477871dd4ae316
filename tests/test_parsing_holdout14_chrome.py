"""Chrome and body rules added when held-out sets 14-16 were folded in, on invented text.

Every article sentence here is our own; only the fixed strings of blog and CMS software
(Blogger, WordPress) are the texts those engines print. The rules, as principles: a numbered
heading that several documents share is the document's heading when its own text follows it;
a table of contents is the copy, the heading in the text is the body; after the article's last
paragraph, once the page's furniture has started, the short lines still kept are furniture;
a widget is recognised by its shape (a counter, a rating, a pager's link, a download button).
"""

from __future__ import annotations

import random

from linear_time import assert_linear_time
from parsing_helpers import BODY, LEAD, TITLE, kept, parse
from seed_articles.parsing import CorpusEvidence, parse_result, text_keys
from seed_articles.parsing.boilerplate import _near_any, _NearIndex, duplicates, has_own_dateline, is_footer
from seed_articles.parsing.chrome_contents import contents_list
from seed_articles.parsing.chrome_crumbs import numbered_breadcrumbs
from seed_articles.parsing.chrome_widgets import menu_words, widget_rule
from seed_articles.parsing.furniture_tail import is_page_link, late_furniture, post_footer_time
from seed_articles.parsing.lines import lower_tokens, split_lines
from seed_articles.parsing.pipeline import _labelled_title, _teaser_runs
from seed_articles.parsing.software import is_software_string
from seed_articles.parsing.teasers import is_teaser_headline
from seed_articles.parsing.wraps import continues_line


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


def _role(result, text: str) -> str:
    (no,) = [line.no for line in split_lines(_TEXTS[id(result)]) if line.text == text]
    return result.roles[no]


_TEXTS: dict[int, str] = {}


def _parse(*lines: str, evidence=None):
    text = "\n".join(lines)
    result = parse_result(text, "seeds/test.txt", evidence=evidence) if evidence else parse(*lines)
    _TEXTS[id(result)] = text
    return result


# --- numbered headings several documents share --------------------------------------------------

_PLAN_A = (
    "CỔNG VĂN BẢN TỈNH",
    "Kế hoạch phát triển du lịch cộng đồng năm 2027 của tỉnh miền núi",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "1. Xây dựng ba làng du lịch cộng đồng gắn với bảo tồn nhà sàn truyền thống và nghề dệt thổ cẩm.",
    "2. Đào tạo hướng dẫn viên là người địa phương, ưu tiên thanh niên dân tộc thiểu số.",
)
_PLAN_B = (
    "CỔNG VĂN BẢN TỈNH",
    "Kế hoạch chuyển đổi số trong trường học giai đoạn 2027 - 2030",
    "II. NHIỆM VỤ TRỌNG TÂM",
    "1. Trang bị phòng học thông minh cho các trường trung học phổ thông ở vùng khó khăn.",
    "2. Bồi dưỡng kỹ năng số cho giáo viên theo từng năm học.",
)


def test_a_numbered_heading_two_documents_share_stays_when_its_own_text_follows():
    result = _parse(*_PLAN_A, evidence=_evidence("\n".join(_PLAN_A), "\n".join(_PLAN_B)))
    assert _role(result, "II. NHIỆM VỤ TRỌNG TÂM") in ("block", "lead")
    assert _role(result, "CỔNG VĂN BẢN TỈNH").startswith("dropped:")  # the site's name still goes


def test_a_shared_numbered_line_over_other_shared_lines_is_still_chrome():
    menu = ("I. Giới thiệu", "II. Liên hệ")
    target = ("Trang tin điện tử", *menu, TITLE, LEAD, *BODY)
    other = ("Trang tin điện tử", *menu, "Một bài khác về lễ hội mùa xuân", "Sáng 3/2, lễ hội khai mạc.")
    result = _parse(*target, evidence=_evidence("\n".join(target), "\n".join(other)))
    assert _role(result, "I. Giới thiệu").startswith("dropped:")


# --- a table of contents ------------------------------------------------------------------------

_GUIDE = (
    "Chuyển đổi số là gì? Lợi ích đối với doanh nghiệp nhỏ",
    "Mục lục",
    "1. Chuyển đổi số là gì?",
    "2. Lợi ích đối với doanh nghiệp nhỏ",
    "1. Chuyển đổi số là gì?",
    "Chuyển đổi số là quá trình đưa công nghệ số vào mọi hoạt động của doanh nghiệp để thay đổi cách làm việc.",
    "2. Lợi ích đối với doanh nghiệp nhỏ",
    "Doanh nghiệp nhỏ có thể giảm chi phí giấy tờ, bán hàng trực tuyến và hiểu khách hàng rõ hơn.",
)


def test_a_table_of_contents_is_chrome_and_the_headings_in_the_text_are_body():
    result = _parse(*_GUIDE)
    assert result.roles[2] == result.roles[3] == result.roles[4] == "dropped:table-of-contents"
    assert result.roles[5] in ("block", "lead") and result.roles[7] in ("block", "lead")


def test_an_outline_with_list_punctuation_or_a_single_repeated_line_is_no_contents_list():
    outline = _lines(
        "1. Kết quả đạt được;",
        "2. Hạn chế và nguyên nhân.",
        "1. Kết quả đạt được",
        "Năm qua, đơn vị hoàn thành các chỉ tiêu được giao.",
    )
    assert contents_list(outline) == {}
    once = _lines("Toàn cảnh hội nghị", "Các đại biểu thảo luận sôi nổi.", "Toàn cảnh hội nghị", "Hết giờ.")
    assert contents_list(once) == {}
    featured = _lines(
        "Nông dân thu hoạch vải thiều sớm",
        "Học sinh vùng cao háo hức ngày khai giảng",
        "Nông dân thu hoạch vải thiều sớm",
        "Sáng 2/6, các hộ trồng vải ở xã bắt đầu thu hoạch vụ mới.",
        "Học sinh vùng cao háo hức ngày khai giảng",
        "Các em được tặng sách vở và áo ấm trước năm học mới.",
    )
    assert contents_list(featured) == {}  # a listing's featured headlines: no label, no numbers


# --- teasers, continuation notes ----------------------------------------------------------------


def test_a_dated_line_is_no_teaser_headline():
    assert not is_teaser_headline("Tin đăng lúc : 03-09-2026")
    assert is_teaser_headline("Cần Thơ tổ chức phiên chợ nông sản sạch cuối tuần")


def test_a_continuation_note_after_the_last_paragraph_is_kept():
    result = _parse(TITLE, LEAD, *BODY, "... (Còn tiếp)")
    assert 5 in kept(result)


def test_lines_restating_the_headline_under_it_are_no_teaser_run():
    headline = "Quy chế phối hợp quản lý chợ đêm trên địa bàn thị trấn"
    lines = _lines(
        headline,
        "Quy chế năm 2026 về phối hợp quản lý chợ đêm trên địa bàn thị trấn do huyện ban hành",
        "Nội dung toàn văn Quy chế phối hợp quản lý chợ đêm trên địa bàn thị trấn",
        LEAD,
    )
    assert _teaser_runs(lines, lines[0], lines[3]) == {}  # the page's description and its label
    teasers = _lines(
        headline,
        "Nông dân thu hoạch vải thiều sớm hơn mọi năm",
        "Học sinh vùng cao háo hức ngày khai giảng",
        LEAD,
    )
    assert _teaser_runs(teasers, teasers[0], teasers[3]) == {2: "teaser", 3: "teaser"}


def test_a_label_then_the_whole_headline_is_a_copy_of_the_headline():
    key = lower_tokens(TITLE)
    assert _labelled_title(f"Nội dung toàn văn {TITLE}", key)
    assert not _labelled_title(f"Theo kế hoạch năm nay, {TITLE.lower()}.", key)
    assert not _labelled_title(f"Chiều nay tại Vinh, ông Nguyễn Văn An nói rằng {TITLE.lower()}", key)


# --- widgets by their shape ---------------------------------------------------------------------


def test_widgets_are_recognised_by_their_shape():
    widgets = {
        "Tìm kiếm giáo án, đề thi...": "search-box",
        "Tìm kiếm cho:": "search-box",
        "Nhập từ khóa...": "search-box",
        "Tổng lượt truy cập: 45.210": "visitor-counter",
        "Đang online: 7": "visitor-counter",
        "★★★★☆ 4.1/5 (37 bình chọn)": "rating",
        "Bài trước: Lịch tiếp công dân tháng 11": "post-navigation",
        "Bài sau: Kết quả thi tay nghề giáo viên": "post-navigation",
        "Tải về (.docx)": "download",
        "... (còn tiếp, tải tài liệu về để xem toàn bộ)": "download",
        "Giá lúa tăng nhẹ ở miền TâyĐỌC NGAY": "call-to-action",
        "Xem thêm trên website Đài Phát thanh tỉnh": "site-promo",
        "Bạn nhận được thư này vì đã đăng ký bản tin của hội cựu học sinh.": "newsletter",
        "Trang chủ Giới thiệu Tin tức Văn bản Thủ tục hành chính Liên hệ": "menu",
    }
    for text, rule in widgets.items():
        assert widget_rule(text) == rule, text


def test_sentences_like_widgets_are_no_widgets():
    for text in (
        "Tìm kiếm việc làm ở thành phố lớn ngày càng khó với lao động lớn tuổi.",
        "Tổng số học sinh năm nay tăng 12% so với năm trước.",
        "Bài trước đó của tác giả đã nêu vấn đề này.",
        "Tải xuống ứng dụng giúp người dân tra cứu thủ tục nhanh hơn.",
        "Trang chủ của Sở đã được nâng cấp giao diện mới.",
        "Xem thêm trên website của trường, phụ huynh có thể đăng ký lịch họp.",
        "Giá lúa tăng nhẹ ở miền Tây.",
        "Tìm lại ký ức…",
    ):
        assert widget_rule(text) is None, text


def test_a_comment_forms_rules_are_a_footer_line():
    assert is_footer("Tối thiểu 20 ký tự, gõ tiếng Việt có dấu")
    assert not is_footer("Tối thiểu 20 ký tự là quy định của cuộc thi viết thư năm nay.")


def test_a_menu_typed_on_one_line_is_told_from_a_headline_with_names():
    assert menu_words("Thời sự Kinh tế Văn hóa Thể thao Giải trí Sức khỏe Công nghệ", 6, 0.4)
    assert not menu_words("Hội nghị Bộ trưởng Quốc phòng ASEAN Mở rộng tại Hà Nội", 6, 0.4)
    assert not menu_words("KẾT QUẢ THI ĐUA KHEN THƯỞNG NĂM HỌC", 6, 0.4)


def test_wordpress_and_blogger_strings_are_software():
    for text in (
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Share this:",
        "Related",
        "« Older Entries",
        "About these ads",
        "Blog tại WordPress.com.",
        "Newer Posts Older Posts Home",
    ):
        assert is_software_string(text), text
    assert not is_software_string("Related news from the province")


# --- after the article's end --------------------------------------------------------------------


def test_a_blog_footer_gives_the_posts_time_whatever_the_account():
    assert post_footer_time("Đăng bởi Góc nhỏ của tôi lúc 21:05") == (21, 5)
    assert post_footer_time("Posted by Hoa Sen at 9:15 PM") == (21, 15)
    assert post_footer_time("Đăng lúc 07:40") == (7, 40)
    assert post_footer_time("Đăng bởi Nguyễn Văn An") is None
    assert post_footer_time("Đăng lúc 07:40 ngày 12/3/2026, bài viết đã được sửa lại.") is None


_BLOG = (
    "Góc nhỏ của tôi",
    "Thứ Năm, 5 tháng 11, 2026",
    "Một buổi chiều ở chợ phiên vùng cao",
    "Chợ phiên họp từ sáng sớm, người dân các bản mang rau rừng, mật ong và vải thổ cẩm xuống bán.",
    "Đến trưa, chợ vãn dần, chỉ còn tiếng cười nói của những người ngồi lại bên bát thắng cố nóng.",
)


def test_a_blogs_sidebar_under_the_post_footer_lets_the_footer_be_read():
    result = _parse(
        *_BLOG,
        "Posted by gocnho at 5:20 PM",
        "Popular Posts",
        "Mùa hoa tam giác mạch trên cao nguyên đá",
        "Labels: du lịch, vùng cao",
    )
    assert result.roles[6] == "signature"
    assert all(result.roles[no].startswith("dropped:") for no in (7, 8, 9))
    date = result.article.date
    assert (date.day, date.hour, date.minute) == (5, 17, 20)
    assert result.article.authors == []  # "gocnho": the account's login, no writer


def test_page_links_without_numbers():
    for text in ("«", ">>", "Tiếp »", "« Trang trước", "Trang cuối"):
        assert is_page_link(text), text
    for text in ("Trang", "Trước đó", "Trang chủ", "Sau"):
        assert not is_page_link(text), text


def test_short_lines_after_the_articles_furniture_are_chrome():
    result = _parse(
        TITLE,
        LEAD,
        *BODY,
        "Chia sẻ",
        "Mùa lúa chín trên ruộng bậc thang",
        "Nhãn: du lịch, miền núi",
    )
    assert result.roles[6].startswith("dropped:") and result.roles[7].startswith("dropped:")


def test_a_label_and_headlines_after_the_last_paragraph_are_chrome():
    result = _parse(
        TITLE,
        LEAD,
        *BODY,
        "Tin hay nhất",
        "Học sinh vùng cao háo hức ngày khai giảng",
        "Nông dân thu hoạch vải thiều sớm",
    )
    assert all(result.roles[no].startswith("dropped:") for no in (5, 6, 7))


def test_a_heading_with_its_paragraph_or_a_table_after_the_text_stays():
    result = _parse(
        TITLE,
        LEAD,
        *BODY,
        "Kết quả cụ thể",
        "Hai bên đã trao đổi 12 đoàn giáo viên và 40 học sinh trong năm học vừa qua.",
    )
    assert {5, 6} <= set(kept(result))
    table = _parse(TITLE, LEAD, *BODY, "Danh sách đội tuyển", "| Lớp | Số học sinh |", "| 9A | 12 |")
    assert {6, 7} <= set(kept(table))


def test_a_closing_question_after_the_text_stays():
    result = _parse(TITLE, LEAD, *BODY, "Bạn đã sẵn sàng cho chuyến đi chưa?")
    assert 5 in kept(result)


# --- header navigation ----------------------------------------------------------------------------


def test_a_menu_between_bars_is_not_joined_to_the_line_under_it():
    assert not continues_line("Trang chủ | Đời sống | Thể thao | Giải trí", "lịch thi đấu bóng đá tối nay")
    assert continues_line(
        "Trong năm qua, hai tỉnh đã trao đổi hơn ba mươi đoàn giáo viên và",
        "học sinh giữa các trường.",
    )


def test_a_numbered_breadcrumb_under_the_menu_is_chrome():
    lines = _lines(
        "Cổng thông tin Lãnh sự quán",
        "Thông báo - Sự kiện",
        "Lãnh sự",
        "1. Thông báo - Sự kiện",
        "2. Thông báo",
        TITLE,
        LEAD,
    )
    assert numbered_breadcrumbs(lines) == {4: "breadcrumb", 5: "breadcrumb"}


def test_a_documents_numbered_list_is_no_breadcrumb():
    outline = _lines(TITLE, "1. Bối cảnh", "2. Nâng cao chất lượng dạy học", LEAD)
    assert numbered_breadcrumbs(outline) == {}  # its first item repeats no menu line
    body = _lines(TITLE, LEAD, "Mục tiêu", "1. Mục tiêu", "2. Giải pháp")
    assert numbered_breadcrumbs(body) == {}  # under the text


# --- a date of the past is no other story's dateline ----------------------------------------------


def test_a_dateline_of_the_distant_past_is_no_teasers():
    assert has_own_dateline("Sáng 15/3, đoàn công tác đến thăm trường.", lambda: 2026)
    assert has_own_dateline("Ngày 12/3/2026, xã tổ chức phiên chợ nông sản.", lambda: 2026)
    assert not has_own_dateline("Ngày 22/12/1992, hai nước thiết lập quan hệ ngoại giao.", lambda: 2026)
    assert has_own_dateline("Ngày 22/12/1992, hai nước thiết lập quan hệ ngoại giao.")  # no year to compare


def test_closing_paragraphs_recalling_the_past_stay():
    result = _parse(
        TITLE,
        "12/05/2026 08:30",
        LEAD,
        *BODY,
        "Ngày 3/6/1998, văn bản đầu tiên được ký tại nhà khách tỉnh với mười hai điều khoản ngắn gọn.",
        "Ngày 15/8/2005, quỹ học bổng chung ra đời nhờ đóng góp của doanh nhân quê nhà xa xứ.",
    )
    assert {6, 7} <= set(kept(result))


def test_closing_teasers_dated_in_the_pages_days_still_go():
    result = _parse(
        TITLE,
        "12/05/2026 08:30",
        LEAD,
        *BODY,
        "Ngày 3/5/2026, văn bản đầu tiên được ký tại nhà khách tỉnh với mười hai điều khoản ngắn gọn.",
        "Ngày 8/5/2026, quỹ học bổng chung ra đời nhờ đóng góp của doanh nhân quê nhà xa xứ.",
    )
    assert not {6, 7} & set(kept(result))


# --- linear time ----------------------------------------------------------------------------------


def test_the_contents_and_tail_rules_are_linear_time():
    def headings(n: int):
        count = max(n // 40, 4)
        return _lines(*(f"{index}. Mục thứ {index} của tài liệu" for index in range(count)))

    assert_linear_time(lambda n: contents_list(headings(n)), size=200_000, label="contents list")

    def tail(n: int) -> dict[int, str]:
        count = max(n // 60, 4)
        lines = _lines(TITLE, LEAD, *BODY, "Chia sẻ", *(f"Tin ngắn số {i} trong ngày" for i in range(count)))
        kept_lines = {line.no for line in lines} - {5}
        return late_furniture(lines, {5: "widget"}, kept_lines, 2, listing=False)

    assert len(tail(1000)) > 4
    assert_linear_time(tail, size=200_000, label="after article")


def test_the_near_copy_index_finds_what_comparing_every_pair_finds():
    rng = random.Random(14)
    vocabulary = [f"từ{index}" for index in range(12)]
    texts = [" ".join(rng.choices(vocabulary, k=rng.randint(3, 12))) for _ in range(400)]
    lines = _lines(*texts)
    index, seen = _NearIndex(lines), []
    for line in lines:
        words = frozenset(lower_tokens(line.text))
        assert index.near(words) == _near_any(words, seen), line.text
        index.add(words)
        seen.append(words)


def test_near_copies_among_many_short_lines_are_found_in_linear_time():
    def many(n: int):
        return _lines(*(f"Tin ngắn số {index} trong ngày" for index in range(max(n // 30, 4))))

    assert_linear_time(lambda n: duplicates(many(n), set()), size=200_000, label="near duplicates")
