"""Chrome and body rules added when held-out sets 19 and 20 were folded in, on invented text.

Every sentence here is our own. The rules, as principles: a closing review quiz (a label, a
question, options lettered from A, an answer naming one of them) is the text's own, however
many pages of the site print the same label; a chapter list starting at time zero under the
text's own prose is the text's, however many episodes open it alike; a bare "Xem thêm" under
each cut-off teaser of a listing is one card's link, not the label of a related list, so the
next card's headline stays; a blog's comment section (count heading, reply button, comment form),
a "Tiếp tục đọc “<headline>”" link and an attachment box are chrome; headline-shaped lines whose
next line opens in lower case are a wrapped paragraph, not a teaser list.
"""

from __future__ import annotations

from seed_articles.parsing import boilerplate as bp
from seed_articles.parsing.chrome_widgets import (
    CAPTION_LABEL,
    DOWNLOAD,
    SEE_ALSO,
    is_barred_home_menu,
    is_caption_label,
    widget_rule,
)
from seed_articles.parsing.evidence import SeedEvidence, line_key
from seed_articles.parsing.furniture_quiz import quiz_lines
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.pipeline import parse_lines
from seed_articles.parsing.recurrence import RECURRING, RECURRING_WEAK, recurring_verdicts
from seed_articles.parsing.software import blog_comments, software_lines
from seed_articles.parsing.teasers import teaser_run


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


# --- a closing review quiz is the text's own ------------------------------------------------------

_EXPLAINER = (
    "Trạm thủy văn ven biển đo mực nước, độ mặn và sóng",
    "Trạm thủy văn ven biển là nơi cán bộ kỹ thuật theo dõi mực nước, độ mặn và chiều cao sóng "
    "suốt ngày đêm để báo cho ngư dân và chính quyền các xã ven biển.",
    "Số liệu được gửi về trung tâm dự báo mỗi giờ một lần, giúp lập bản tin cảnh báo triều cường "
    "và xâm nhập mặn cho các huyện đồng bằng trong mùa khô.",
    "Năm nay trạm được lắp thêm thiết bị đo tự động, chạy bằng điện mặt trời và truyền dữ liệu "
    "qua vệ tinh khi sóng điện thoại bị gián đoạn vì bão.",
)
_QUIZ = (
    "Câu hỏi ôn tập:",
    "Số liệu của trạm được gửi về trung tâm bao lâu một lần?",
    "A. Mỗi ngày một lần",
    "B. Mỗi giờ một lần",
    "C. Mỗi tuần một lần",
    "Đáp án: B",
)
_SITE_TAIL = ("Bài viết cùng chuyên mục", "Ôn tập địa lý lớp 8 phần khí hậu", "© 2026 Trang ôn thi Việt")


def test_quiz_block_is_found_with_its_label() -> None:
    lines = _lines(*_EXPLAINER, *_QUIZ)
    assert quiz_lines(lines) == {line.no for line in lines[-len(_QUIZ) :]}


def test_quiz_without_answer_is_no_quiz() -> None:
    # a poll widget: a question and options, no answer
    poll = ("Bình chọn:", "Bạn thường xem bản tin thời tiết lúc nào?", "A. Buổi sáng", "B. Buổi tối")
    assert quiz_lines(_lines(*_EXPLAINER, *poll)) == set()


def test_quiz_needs_options_in_order_and_a_listed_answer() -> None:
    out_of_order = ("Câu hỏi:", "Trạm đo những gì?", "B. Mực nước", "A. Độ mặn", "Đáp án: A")
    assert quiz_lines(_lines(*_EXPLAINER, *out_of_order)) == set()
    unknown_answer = ("Câu hỏi:", "Trạm đo những gì?", "A. Mực nước", "B. Độ mặn", "Đáp án: D")
    assert quiz_lines(_lines(*_EXPLAINER, *unknown_answer)) == set()
    no_question = ("Ghi nhớ:", "Trạm đo mực nước.", "A. Mực nước", "B. Độ mặn", "Đáp án: A")
    assert quiz_lines(_lines(*_EXPLAINER, *no_question)) == set()


def test_quiz_is_kept_though_its_label_recurs_on_the_site() -> None:
    text = "\n".join((*_EXPLAINER, *_QUIZ, *_SITE_TAIL))
    shared = ("Câu hỏi ôn tập:", "Đáp án: B", *_SITE_TAIL)
    evidence = SeedEvidence({line_key(shared_line): 2 for shared_line in shared})
    result = parse_lines(text, "seeds/test.txt", evidence=evidence)
    lines = _lines(text)
    quiz_nos = [line.no for line in lines if line.text in _QUIZ]
    assert all(not result.roles[no].startswith("dropped") for no in quiz_nos), result.roles
    footer_no = next(line.no for line in lines if line.text.startswith("©"))
    assert result.roles[footer_no].startswith("dropped")


def test_quiz_is_kept_without_other_seeds() -> None:
    text = "\n".join((*_EXPLAINER, *_QUIZ, *_SITE_TAIL))
    result = parse_lines(text, "seeds/test.txt")
    quiz_nos = [line.no for line in _lines(text) if line.text in _QUIZ]
    assert all(not result.roles[no].startswith("dropped") for no in quiz_nos), result.roles


def test_lettered_teasers_after_the_article_are_still_dropped() -> None:
    # near miss: lettered lines without question or answer are left to the chrome rules
    teasers = (
        "Bài viết cùng chuyên mục",
        "A. Bản tin triều cường tuần tới",
        "B. Lịch cắt điện khu vực ven biển",
    )
    text = "\n".join((*_EXPLAINER, *teasers))
    result = parse_lines(text, "seeds/test.txt")
    assert quiz_lines(_lines(text)) == set()
    label_no = next(line.no for line in _lines(text) if line.text == teasers[0])
    assert result.roles[label_no].startswith("dropped")


# --- a chapter list from time zero is the text's own -----------------------------------------------

_EPISODE = (
    "Trong tập này, hai khách mời kể về chuyến đi dọc sông Đà để ghi lại tiếng nói của những "
    "người thợ đóng thuyền cuối cùng trong vùng.",
    "Các mốc thời gian:",
    "00:00 Mở đầu",
    "04:10 Người thợ già ở bến Vạn Yên",
    "12:45 Gỗ sao, gỗ lim và nghề xảm thuyền",
    "21:30 Lời hẹn của tập sau",
)


def _verdicts(texts: tuple[str, ...], counts_by_text: dict[str, int]) -> dict[str, str]:
    lines = _lines(*texts)
    counts = {line.no: counts_by_text.get(line.text, 1) for line in lines}
    found = recurring_verdicts(lines, counts)
    return {line.text: found[line.no] for line in lines if line.no in found}


def test_zero_chapter_list_kept_however_many_episodes_print_it() -> None:
    verdicts = _verdicts(_EPISODE, {"Các mốc thời gian:": 4, "00:00 Mở đầu": 4})
    assert verdicts == {"Các mốc thời gian:": RECURRING_WEAK, "00:00 Mở đầu": RECURRING_WEAK}


def test_ticker_from_another_clock_stays_chrome() -> None:
    # near miss: a news ticker's first item recurring on three pages, its clock no time zero
    ticker = (
        _EPISODE[0],
        "Tin mới:",
        "07:30 Giá xăng giảm nhẹ",
        "08:15 Mưa lớn ở miền Trung",
    )
    verdicts = _verdicts(ticker, {"Tin mới:": 3, "07:30 Giá xăng giảm nhẹ": 3})
    assert verdicts == {"Tin mới:": RECURRING, "07:30 Giá xăng giảm nhẹ": RECURRING}


def test_zero_list_whose_items_all_recur_stays_chrome() -> None:
    # near miss: every item recurs (a site's menu of fixed sections), so the list is no own list
    counts = {text: 3 for text in _EPISODE[1:]}
    verdicts = _verdicts(_EPISODE, counts)
    assert set(verdicts.values()) == {RECURRING}


# --- a listing's "Xem thêm" under each card is the card's link ---------------------------------------

_CARDS = (
    "Tin hoạt động",
    "Cảng cạn phía Bắc mở thêm tuyến xe chuyên chở container",
    "12/08/2026",
    "Tuyến mới nối cảng cạn với khu công nghiệp giúp rút ngắn thời gian giao hàng cho doanh nghiệp...",
    "Xem thêm",
    "Kho lạnh ven sông đi vào hoạt động trước mùa trái cây",
    "02/08/2026",
    "Kho có sức chứa hai nghìn tấn, đủ bảo quản thanh long và xoài trong mùa thu hoạch rộ...",
    "Xem thêm",
)


def test_card_links_take_no_headline_with_them() -> None:
    lines = _lines(*_CARDS)
    dropped = bp.related_runs(lines, skip=set())
    assert {lines[no - 1].text for no in dropped} == {"Xem thêm"}


def test_single_see_more_label_still_takes_its_list() -> None:
    # near miss: one "Xem thêm" under the article's full last sentence heads a related list
    article = (
        "Doanh nghiệp vận tải cho biết sẽ tăng số chuyến trong quý tới để đáp ứng nhu cầu xuất khẩu.",
        "Xem thêm",
        "Giá cước nội địa ổn định trong tháng Tám",
        "Cảng biển phía Nam đón tàu trọng tải lớn",
    )
    lines = _lines(*article)
    dropped = bp.related_runs(lines, skip=set())
    assert {line.no for line in lines[1:]} <= set(dropped)


def test_one_see_more_under_a_cut_teaser_still_heads_a_list() -> None:
    # near miss: a single link under an ellipsis shows no card pattern
    page = (
        "Doanh nghiệp vận tải cho biết nhu cầu còn tăng trong những tháng cuối năm...",
        "Xem thêm",
        "Giá cước nội địa ổn định trong tháng Tám",
    )
    lines = _lines(*page)
    assert lines[2].no in bp.related_runs(lines, skip=set())


# --- a blog's comment section, a quoted read-more link, an attachment box ----------------------------

_BLOG_TAIL = (
    "Đăng bởi Thu Hằng vào lúc 09:15",
    "2 nhận xét:",
    "Minh Khoa12 tháng 3, 2026 lúc 20:41",
    "Cảm ơn chị đã chia sẻ chuyến đi rất thú vị.",
    "Trả lời",
    "Đăng nhận xét",
    "Bài đăng Mới hơn",
)


def test_blog_comment_section_is_dropped() -> None:
    lines = _lines(*_BLOG_TAIL)
    found = software_lines(lines)
    assert {line.no for line in lines[1:6]} <= set(found)


def test_comment_count_without_reply_or_form_is_kept() -> None:
    # near miss: a sentence about comments, no blog engine around it
    lines = _lines(
        "Bài viết nhận được nhiều ý kiến của bạn đọc.",
        "3 nhận xét:",
        "Thứ nhất, cần mở rộng mạng lưới trạm đo ở các cửa sông.",
    )
    assert blog_comments(lines) == {}


def test_quoted_read_more_link_is_a_widget() -> None:
    assert widget_rule("Tiếp tục đọc “Ngư dân ven biển đón mùa cá cơm”") == SEE_ALSO
    assert widget_rule('Continue reading "Lớp học bơi mùa hè cho trẻ em vùng sông nước"') == SEE_ALSO
    # near miss: a sentence quoting a title and going on
    assert widget_rule("Tiếp tục đọc “Đất rừng phương Nam”, em thấy yêu quê hương hơn.") is None


def test_attachment_box_is_a_widget() -> None:
    assert widget_rule("Tệp đính kèm: ke-hoach-nam-hoc.pdf") == DOWNLOAD
    assert widget_rule("File đính kèm: bieu-mau-01.docx, danh-sach.xlsx") == DOWNLOAD
    # near miss: a sentence naming an attached file
    assert widget_rule("Hồ sơ đính kèm gồm đơn đăng ký và bản sao giấy khai sinh.") is None


# --- a narrowly wrapped first paragraph is no teaser list --------------------------------------------


def _run_lines(*texts: str):
    lines = _lines(*texts)
    return lines[:-1], lines[-1]


def test_wrapped_paragraph_under_headline_is_no_teaser_run() -> None:
    above, lead = _run_lines(
        "Chúng tôi xuống bến từ sớm",
        "Mỹ Tho vẫn còn ngái ngủ bên",
        "Tiền Giang mờ sương buổi sớm ấy",
        "khi chuyến phà đầu tiên rời bến.",
    )
    assert teaser_run(above, need_prose_after=False, after=lead) == []


def test_headline_run_over_a_sapo_is_still_a_teaser_run() -> None:
    # near miss: the sapo under the run opens a sentence of its own
    above, lead = _run_lines(
        "Mở rộng tuyến xe buýt nối sân bay với trung tâm",
        "Chợ đêm ven sông thu hút khách du lịch cuối tuần",
        "Sáng nay, thành phố khánh thành cây cầu mới bắc qua sông Hậu.",
    )
    assert teaser_run(above, need_prose_after=False, after=lead) == [line.no for line in above]


# --- a broadcaster's photo label over its caption ----------------------------------------------------


def test_caption_label_alone_is_dropped_after_the_header() -> None:
    text = "\n".join(
        (
            _EXPLAINER[0],
            _EXPLAINER[1],
            "Chụp lại hình ảnh,",
            "Cán bộ trạm kiểm tra thiết bị đo sóng trên cầu cảng",
            *_EXPLAINER[2:],
        )
    )
    result = parse_lines(text, "seeds/test.txt")
    lines = _lines(text)
    label = next(line.no for line in lines if line.text == "Chụp lại hình ảnh,")
    caption = label + 1
    assert result.roles[label] == f"dropped:{CAPTION_LABEL}"
    assert not result.roles[caption].startswith("dropped")
    assert result.article.title == _EXPLAINER[0]


def test_sentence_opening_like_a_caption_label_is_kept() -> None:
    assert not is_caption_label("Chụp lại hình ảnh, anh gửi cho gia đình ở quê.")
    assert not is_caption_label("Hình ảnh,")


# --- a menu between bars, in lower case --------------------------------------------------------------


def test_lower_case_barred_home_menu_is_a_menu() -> None:
    assert is_barred_home_menu("trang chủ | thời sự | kinh tế | văn hóa")
    assert widget_rule("Trang chủ | Giáo dục | Sức khỏe | Du lịch") is not None


def test_short_or_worded_bar_lines_are_left() -> None:
    # near misses: a two-level breadcrumb, an item with a figure, a sentence between bars
    assert not is_barred_home_menu("Trang chủ | Giáo dục")
    assert not is_barred_home_menu("Trang chủ | Tin tức | Lúc 8:15 | Du lịch")
    assert not is_barred_home_menu(
        "Trang chủ | Tin tức | Sở Giáo dục tổ chức hội nghị tổng kết năm học | Du lịch"
    )
