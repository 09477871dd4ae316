"""Chrome and body rules added when held-out sets 17 and 18 were folded in, on invented text.

Every sentence here is our own. The rules, as principles: the paragraph that carries the closing
mark "./." ends the article, so no paragraph above it is a teaser; a widget label over no article
text yet (the top of a search or list page) cannot judge a paragraph by its vocabulary, and the
paragraph's headline right above it is that paragraph's; a label followed by a label of its own
("Tag Archive: X") is a page's heading, not a widget; a tag label with its tags on its own line
lists nothing under it; a headline over its own date line and text is a story's; "1. ĐẶT VẤN ĐỀ"
is a paper's numbered heading; a paper's "Tóm tắt" under the writer's institution is its own; a
paragraph broken after its first word is one paragraph; a shop's cart buttons, a search engine's
related queries and a "Tham khảo: <headline>" link are widgets, and so are question headlines under
a widget label, spam keyword links closing the page and a relative time ("một giờ trước").
"""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE
from seed_articles.parsing import boilerplate as bp
from seed_articles.parsing.chrome import is_relative_time, is_widget
from seed_articles.parsing.chrome_widgets import SEE_ALSO, widget_rule
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.recurrence import (
    RECURRING,
    RECURRING_WEAK,
    heads_dated_story,
    is_section_heading,
    recurring_verdicts,
)
from seed_articles.parsing.software import is_software_string
from seed_articles.parsing.wraps import continues_line, join_hard_wraps


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


# --- the closing mark ends the article: no teaser above it ---------------------------------------

_STORY = (
    "Đoàn công tác của tỉnh miền núi đã đến thăm các trường nội trú ở huyện vùng cao, trao tặng "
    "máy tính, sách giáo khoa và chăn ấm cho học sinh người dân tộc thiểu số.",
    "Tại buổi làm việc, lãnh đạo huyện báo cáo tình hình dạy học, những khó khăn về đường sá, nước "
    "sạch, nhà ở bán trú và đề xuất hỗ trợ xây thêm phòng học kiên cố.",
    "Ban giám hiệu các trường cho biết tỷ lệ học sinh chuyên cần tăng rõ rệt nhờ bữa ăn trưa miễn "
    "phí, lớp học tiếng phổ thông buổi tối và câu lạc bộ đọc sách cuối tuần.",
    "Năm học tới, ngành giáo dục địa phương dự kiến mở thêm hai điểm trường lẻ, tuyển giáo viên hợp "
    "đồng dạy âm nhạc, mỹ thuật và tổ chức thi giáo viên dạy giỏi cấp cụm.",
    "Nhiều phụ huynh bày tỏ vui mừng khi con em được ở nội trú, có bác sĩ trạm y tế khám sức khỏe "
    "định kỳ, được học bơi vào mùa hè và tham gia hội trại truyền thống.",
)
_LOOSE_END = (
    "Chiều 14/6, các đội bóng thiếu niên của năm xã thi đấu giao hữu trên sân vận động trung tâm "
    "huyện trước đông đảo khán giả cổ vũ nhiệt tình.",
    "Hội chợ nông sản đặc sản vùng cao bày bán mật ong rừng, chè shan tuyết, gạo nếp nương và thảo "
    "quả sấy khô thu hút du khách dưới xuôi.",
)


def _tail(last: str) -> dict[int, str]:
    body = _lines(*_STORY, *_LOOSE_END, last)
    return bp.teaser_tail(
        [TITLE, LEAD], body, is_marker_line=lambda text: False, is_stop_line=lambda line: False
    )


def test_the_paragraph_with_the_closing_mark_and_those_above_it_are_no_teasers():
    closing = "Sáng 20/6, đoàn dự kiến đến thăm hỏi gia đình chính sách ở hai xã biên giới./."
    assert _tail(closing) == {}


def test_the_same_tail_without_the_closing_mark_is_still_read_as_teasers():
    open_end = "Sáng 20/6, đoàn dự kiến đến thăm hỏi gia đình chính sách ở hai xã biên giới."
    assert len(_tail(open_end)) >= 2  # the rule is the mark, not a weaker teaser test


# --- a widget label over no article yet --------------------------------------------------------

_SEARCH_TOP = (
    "Tất cả",
    "Video",
    "Bản đồ",
    "Sắp xếp theo: Mới nhất",
    "Hai huyện miền núi ký kết hợp tác phát triển du lịch cộng đồng",
    "Sáng 4/5, lãnh đạo hai huyện đã ký kết chương trình hợp tác phát triển du lịch cộng đồng gắn "
    "với bảo tồn văn hóa các dân tộc.",
)


def test_a_label_over_no_article_keeps_the_paragraph_and_its_headline():
    lines = _lines(*_SEARCH_TOP)
    dropped = bp.related_runs(lines, skip=set())
    assert dropped.get(2) == bp.RELATED and dropped.get(3) == bp.RELATED  # the engine's menu
    assert 5 not in dropped and 6 not in dropped  # the first result: its headline and snippet


def test_a_label_under_the_article_still_takes_an_unrelated_teaser():
    lines = _lines(
        *_STORY,
        "Tin liên quan",
        "Giải việt dã truyền thống thu hút hơn nghìn vận động viên",
        "Hội chợ nông sản đặc sản vùng cao bày bán mật ong rừng, chè shan tuyết, gạo nếp nương và "
        "thảo quả sấy khô thu hút du khách dưới xuôi.",
    )
    dropped = bp.related_runs(lines, skip=set())
    assert {no for no, rule in dropped.items() if rule == bp.RELATED} == {
        lines[-3].no,
        lines[-2].no,
        lines[-1].no,
    }


# --- labels ---------------------------------------------------------------------------------------


def test_a_label_followed_by_its_own_label_is_a_page_heading():
    assert not bp.is_related_label("Tag Archive: du lịch cộng đồng")
    assert not bp.is_related_label("Video Archives: lễ hội mùa xuân")


def test_widget_labels_with_their_items_stay_labels():
    assert bp.is_related_label("Tags: du lịch, lễ hội, vùng cao")
    assert bp.is_related_label("Tin liên quan: Hai huyện ký kết hợp tác du lịch")
    assert bp.is_related_label("Xem thêm: Lễ hội mùa xuân ở vùng cao")
    assert bp.is_related_label("Tin cùng chuyên mục")


def test_a_tag_line_with_its_tags_lists_nothing_under_it():
    lines = _lines(
        *_STORY,
        "Từ khóa: du lịch cộng đồng, giáo dục vùng cao, nội trú",
        "2. KẾT QUẢ KHẢO SÁT",
        "Khảo sát tại năm trường cho thấy học sinh nội trú đọc thông viết thạo sớm hơn một học kỳ.",
    )
    dropped = bp.related_runs(lines, skip=set())
    assert set(dropped) == {lines[-3].no}  # the tag line only; the heading under it is the text's


def test_a_bare_tag_label_still_takes_its_items():
    lines = _lines(*_STORY, "Từ khóa:", "Du lịch cộng đồng", "Giáo dục vùng cao")
    dropped = bp.related_runs(lines, skip=set())
    assert set(dropped) == {lines[-3].no, lines[-2].no, lines[-1].no}


# --- recurring lines: a story's headline, a paper's headings ----------------------------------------

_CARDS = (
    "Nhật ký vùng cao",
    "Thẻ lưu trữ: giáo dục",
    "Hai huyện ký kết hợp tác phát triển du lịch cộng đồng",
    "04-05-2027",
    "Sáng 4/5, lãnh đạo hai huyện miền núi đã ký kết chương trình hợp tác phát triển du lịch cộng "
    "đồng gắn với bảo tồn nhà sàn và nghề dệt thổ cẩm truyền thống… Đọc tiếp",
    "Liên hệ",
)


def test_a_recurring_headline_over_its_own_date_and_text_is_kept():
    lines = _lines(*_CARDS)
    counts = {1: 3, 3: 3, 6: 3}  # masthead, the story's headline, a menu item: in other seeds too
    verdicts = recurring_verdicts(lines, counts)
    assert verdicts[3] == RECURRING_WEAK
    assert verdicts[1] == RECURRING and verdicts[6] == RECURRING
    assert heads_dated_story(lines, 2, counts)


def test_a_recurring_headline_without_a_date_under_it_is_still_chrome():
    lines = _lines(*_CARDS[:3], _CARDS[4], _CARDS[5])
    counts = {1: 3, 3: 3, 5: 3}
    assert recurring_verdicts(lines, counts)[3] == RECURRING


def test_a_numbered_heading_in_capitals_is_a_section_heading():
    assert is_section_heading("1. ĐẶT VẤN ĐỀ")
    assert is_section_heading("3. KẾT QUẢ VÀ THẢO LUẬN")
    assert not is_section_heading("1. Đặt vấn đề")  # a numbered item in sentence case: a list
    assert not is_section_heading("2. UNESCO")  # one word: an item, not a heading
    assert not is_section_heading("1. HAI BÊN KÝ KẾT.")  # a sentence


def test_an_abstract_heading_under_the_writers_institution_is_kept():
    lines = _lines(
        "Du lịch cộng đồng và sinh kế bền vững ở vùng cao",
        "ThS. Đỗ Minh Quân",
        "Trường Đại học Nông Lâm",
        "Tóm tắt",
        "Bài viết phân tích vai trò của du lịch cộng đồng đối với sinh kế của đồng bào vùng cao.",
    )
    verdicts = recurring_verdicts(lines, {4: 3})
    assert verdicts[4] == RECURRING_WEAK


def test_a_menu_word_between_menu_lines_is_still_chrome():
    lines = _lines(
        "Trang chủ",
        "Tin tức",
        "Tóm tắt",
        "Bài viết phân tích vai trò của du lịch cộng đồng đối với sinh kế của đồng bào vùng cao.",
    )
    verdicts = recurring_verdicts(lines, {1: 3, 2: 3, 3: 3})
    assert verdicts[3] == RECURRING


# --- a paragraph broken after its first word -----------------------------------------------------


def test_a_paragraph_broken_after_its_first_word_is_one_paragraph():
    rest = "ngày 4/5, đoàn công tác của huyện đã đến thăm và tặng quà các trường nội trú vùng cao."
    assert continues_line("Sáng", rest)
    joined, followers = join_hard_wraps(_lines(TITLE, "Sáng", rest, *BODY))
    assert followers == {2: [3]} and joined[1].text == f"Sáng {rest}"


def test_a_lone_word_over_other_lines_is_not_joined():
    rest = "ngày 4/5, đoàn công tác của huyện đã đến thăm và tặng quà các trường nội trú vùng cao."
    assert not continues_line("T", "rong năm học qua, các trường nội trú vùng cao đã đón thêm học sinh.")
    assert not continues_line("VIDEO", rest)  # a label in capitals
    assert not continues_line("Tags", "du lịch, lễ hội, vùng cao")  # a tag list: no running text
    assert not continues_line("Sáng", "ngày 4/5/2027")  # a stamp


# --- widgets of shops, search engines and blogs ---------------------------------------------------


def test_a_shops_buttons_and_tabs_are_widgets():
    for label in (
        "Thêm vào giỏ hàng",
        "Mua ngay",
        "Mô tả sản phẩm",
        "Đánh giá sản phẩm",
        "Chưa có đánh giá nào.",
    ):
        assert is_widget(label), label
    assert not is_widget("Người mua nên chọn giống lan khỏe, lá dày và rễ xanh.")
    assert not is_widget("Mua sắm cuối năm tăng mạnh")


def test_related_products_and_related_searches_take_their_lower_case_items():
    lines = _lines(
        *_STORY,
        "Tìm kiếm có liên quan",
        "du lịch cộng đồng vùng cao",
        "trường nội trú miền núi",
    )
    assert set(bp.related_runs(lines, skip=set())) == {lines[-3].no, lines[-2].no, lines[-1].no}
    assert bp.is_related_label("Sản phẩm tương tự")


def test_a_lower_case_sentence_under_a_label_is_no_item():
    lines = _lines(
        *_STORY,
        "Tin liên quan",
        "trong năm học tới, nhà trường dự kiến tuyển thêm giáo viên dạy tiếng dân tộc và mở lớp bán trú.",
    )
    assert lines[-1].no not in bp.related_runs(lines, skip=set())


def test_a_see_also_link_in_the_text_is_a_widget():
    assert widget_rule("Tham khảo: Du lịch cộng đồng là gì? Lợi ích cho người dân") == SEE_ALSO
    assert widget_rule("Tham khảo: Kinh tế tuần hoàn (Circular economy) là gì") == SEE_ALSO


def test_a_reference_entry_or_a_sentence_is_no_see_also_link():
    assert widget_rule("Tham khảo: Nguyễn Văn Hòa, Du lịch cộng đồng, Nxb Thế giới, 2021") is None
    assert widget_rule("Tham khảo: Bộ Giáo dục (2020)") is None
    assert widget_rule("Tham khảo: các trường đã gửi báo cáo về sở trước ngày quy định.") is None


def test_question_headlines_under_a_label_are_its_items():
    lines = _lines(*_STORY, "Bài viết mới", "Hồ sơ xin học bổng gồm những gì?", "Mẫu đơn xin chuyển trường")
    assert set(bp.related_runs(lines, skip=set())) == {lines[-3].no, lines[-2].no, lines[-1].no}


def test_a_paragraph_with_a_question_is_no_item():
    lines = _lines(
        *_STORY,
        "Bài viết mới",
        "Vì sao học sinh vùng cao thích ở nội trú? Các em cho biết được ăn no và học nhóm mỗi tối.",
    )
    assert lines[-1].no not in bp.related_runs(lines, skip=set())


def test_keyword_links_closing_a_spam_page_are_trailing_chrome():
    tail = _lines(
        *BODY,
        "vuabet kết quả xổ số hôm nay",
        "vuabet lịch thi đấu bóng đá",
        "vuabet tỷ lệ kèo trực tuyến",
    )
    assert bp.keyword_links(tail) == {3, 4, 5}
    assert set(bp.trailing_chrome(tail, lambda text: False)) == {3, 4, 5}


def test_lower_case_lines_without_a_shared_first_word_are_no_keyword_links():
    tail = _lines(*BODY, "các trường nội trú vùng cao", "nhà văn hóa thôn bản", "đường liên xã mới")
    assert bp.keyword_links(tail) == set()
    two = _lines(*BODY, "vuabet kết quả xổ số hôm nay", "vuabet lịch thi đấu bóng đá")
    assert bp.keyword_links(two) == set()  # two lines prove no keyword block


def test_a_relative_time_in_words_is_chrome():
    assert is_relative_time("một giờ trước")
    assert is_relative_time("Vài phút trước")
    assert not is_relative_time("Một tháng trước đó, hai huyện đã ký kết thỏa thuận.")
    assert not is_relative_time("hai ngày trước khi khai giảng")


def test_a_relative_time_under_a_headline_is_no_wrapped_rest():
    headline = "Sĩ quan trẻ hai huyện giao lưu về chuyển đổi số trong công tác dân vận ở cơ sở"
    assert not continues_line(headline, "một giờ trước")
    assert continues_line(headline, "vùng cao, một giờ trước khi lễ khai mạc diễn ra tại nhà văn hóa.")


def test_a_learning_platforms_login_notice_and_category_picker_are_software_strings():
    assert is_software_string("Bạn đang truy cập với tư cách khách (Đăng nhập)")
    assert is_software_string("Danh mục khóa học:")
    assert not is_software_string("Bạn đang truy cập trang thông tin của trường nội trú.")
    assert not is_software_string("Danh mục khóa học gồm ba học phần bắt buộc và hai học phần tự chọn.")
