"""Chrome and body rules added when held-out set 23 was folded in, on invented text.

Every sentence here is our own. The rules, as principles: a teaser list is printed by one template,
so a run mixing a caption under the article's picture with a subheading is no list; one dated
paragraph under one subheading or caption is at most one card, too little to take for another
story's without an outlet's marker; a recurring heading stays when it sits inside the article's own
text run (an ad's label may stand between it and the paragraph above), when it is a numbered
heading in sequence with the text's own outline, or when only one other page prints it and the
seed's own sentence follows; a line of labels between bars recurring in other seeds is a menu.
"""

from __future__ import annotations

from parsing_helpers import LEAD, TITLE, kept, parse
from seed_articles.parsing import boilerplate as bp
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.recurrence import (
    RECURRING,
    RECURRING_WEAK,
    heads_own_text,
    is_barred_list,
    recurring_verdicts,
)
from seed_articles.parsing.teasers import teaser_run


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


_PARAGRAPH = (
    "Các đại biểu thống nhất rằng việc chia sẻ dữ liệu thời tiết giữa các tỉnh ven biển sẽ giúp ngư "
    "dân chủ động hơn khi ra khơi trong mùa mưa bão."
)
_CAPTION = "Đại biểu trao đổi bên lề hội nghị. Nguồn: Ban Tổ chức"
_SUBHEADING = "Chia sẻ dữ liệu giữa các địa phương"
_OTHER_STORY = "Khánh thành nhà văn hóa mới tại xã đảo Nhơn Châu"


# --- a teaser list's items are alike: a caption beside a subheading is no list ---------------------


def test_a_caption_under_the_picture_beside_a_subheading_is_no_teaser_list():
    lines = _lines(_CAPTION, _SUBHEADING, _PARAGRAPH)
    assert teaser_run(lines, captioned={1}) == []


def test_headlines_all_under_thumbnails_or_none_are_still_a_teaser_list():
    lines = _lines(_OTHER_STORY, _SUBHEADING + " ven biển miền Trung", _PARAGRAPH)
    assert teaser_run(lines) == [1, 2]
    assert teaser_run(lines, captioned={1, 2}) == [1, 2]


def test_the_caption_and_subheading_under_the_articles_own_picture_are_kept():
    result = parse(TITLE, LEAD, f"{TITLE} - Ảnh 1.", _CAPTION, _SUBHEADING, _PARAGRAPH)
    assert {4, 5, 6} <= set(kept(result))


# --- one dated paragraph under one heading is at most one card -----------------------------------

_ARTICLE = (
    "Đoàn công tác của tỉnh miền núi đã đến thăm các trường nội trú ở huyện vùng cao, trao tặng "
    "máy tính, sách giáo khoa và chăn ấm cho học sinh người dân tộc thiểu số.",
    "Tại buổi làm việc, lãnh đạo huyện báo cáo tình hình dạy học, những khó khăn về đường sá, nước "
    "sạch, nhà ở bán trú và đề xuất hỗ trợ xây thêm phòng học kiên cố.",
    "Ban giám hiệu các trường cho biết tỷ lệ học sinh chuyên cần tăng rõ rệt nhờ bữa ăn trưa miễn "
    "phí, lớp học tiếng phổ thông buổi tối và câu lạc bộ đọc sách cuối tuần.",
)
_DATED = "Ngày 9/6, đoàn sẽ khảo sát thực tế tại khu tái định cư ven sông Đà và làng nghề dệt thổ cẩm."
_DATED_2 = "Sáng 3/6, hội thi nấu ăn của phụ nữ ba thôn diễn ra sôi nổi tại nhà văn hóa trung tâm xã."


def _tail(*last: str, marker: str | None = None) -> dict[int, str]:
    body = _lines(*_ARTICLE, *last)
    return bp.teaser_tail(
        [TITLE, LEAD],
        body,
        is_marker_line=lambda text: marker is not None and text.startswith(marker),
        is_stop_line=lambda line: False,
    )


def test_one_dated_paragraph_under_its_caption_is_no_teaser():
    assert _tail("Học sinh nhận quà tại điểm trường", _DATED) == {}


def test_two_dated_cards_are_still_teasers():
    found = _tail("Học sinh nhận quà tại điểm trường", _DATED, "Hội thi nấu ăn mừng ngày hè", _DATED_2)
    assert set(found) == {4, 5, 6, 7}


def test_one_card_with_an_outlets_marker_is_still_a_teaser():
    found = _tail("Hội thi nấu ăn mừng ngày hè", "TPO - " + _DATED_2, marker="TPO - ")
    assert set(found) == {4, 5}


# --- a recurring heading inside the text's own run -------------------------------------------------


def test_a_recurring_heading_under_an_ads_label_inside_the_text_is_kept():
    lines = _lines(_PARAGRAPH, "Quảng bá trang này", "Tóm tắt", _DATED)
    assert recurring_verdicts(lines, {3: 3})[3] == RECURRING_WEAK


def test_a_recurring_heading_under_a_long_menu_is_still_chrome():
    menu = "Thời sự Chính trị Kinh tế Xã hội Quốc phòng An ninh Pháp luật Thể thao Văn hóa Giải trí Du lịch"
    lines = _lines(menu, "Tóm tắt", _DATED)
    assert recurring_verdicts(lines, {2: 3})[2] == RECURRING
    lines = _lines(_PARAGRAPH, "Trang chủ", "Tóm tắt", _DATED)  # a recurring item between: a menu
    assert recurring_verdicts(lines, {2: 3, 3: 3})[3] == RECURRING


def test_a_numbered_heading_after_its_predecessor_is_kept():
    lines = _lines("1. Bối cảnh", _PARAGRAPH, "Trang 2", "2. Kết luận", _DATED)
    verdicts = recurring_verdicts(lines, {1: 3, 3: 3, 4: 3})
    assert verdicts[4] == RECURRING_WEAK
    assert verdicts[3] == RECURRING


def test_a_numbered_heading_without_its_outline_is_still_chrome():
    lines = _lines(_PARAGRAPH, "Trang 2", "2. Kết luận", _DATED)
    assert recurring_verdicts(lines, {2: 3, 3: 3})[3] == RECURRING


def test_a_heading_one_other_page_prints_over_the_texts_own_sentence_is_kept():
    lines = _lines(TITLE, _CAPTION, "Hợp tác giáo dục", "Khái niệm", _PARAGRAPH)
    counts = {3: 2}
    assert heads_own_text(lines, 2, counts)
    assert recurring_verdicts(lines, counts)[3] == RECURRING_WEAK


def test_a_button_at_every_card_or_a_line_in_a_recurring_cluster_is_still_chrome():
    lines = _lines(_OTHER_STORY, "Chi tiết", _PARAGRAPH, "Chi tiết", _DATED)
    assert recurring_verdicts(lines, {2: 2, 4: 2})[2] == RECURRING
    lines = _lines(_CAPTION, "Hợp tác giáo dục", "Liên hệ", _PARAGRAPH)
    assert recurring_verdicts(lines, {2: 2, 3: 3})[2] == RECURRING
    lines = _lines(_CAPTION, "Hợp tác giáo dục", _PARAGRAPH)
    assert recurring_verdicts(lines, {2: 3})[2] == RECURRING  # three pages print it: evidence enough


# --- a menu between bars ---------------------------------------------------------------------------


def test_labels_between_bars_recurring_in_another_seed_are_a_menu():
    menu = "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công tác lãnh sự | Kiều bào ở nước ngoài | Liên hệ"
    assert is_barred_list(menu)
    lines = _lines(menu, TITLE, LEAD)
    assert recurring_verdicts(lines, {1: 2})[1] == RECURRING


def test_a_table_row_a_stamp_or_a_sentence_between_bars_is_no_menu():
    assert not is_barred_list("| STT | Nội dung | Đơn vị | Ghi chú |")
    assert not is_barred_list("Thứ Năm | 12/11/2026 | 10:30 | Lượt xem")
    assert not is_barred_list("Giáo dục | Y tế | Hai bên cam kết hỗ trợ nhau trong mọi lĩnh vực. | Văn hóa")
    assert not is_barred_list("Trang chủ | Giới thiệu | Liên hệ")
