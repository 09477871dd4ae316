"""Titles and dates of the shapes folded in with holdouts 17 and 18: own sentences."""

from __future__ import annotations

from seed_articles.parsing import parse_result
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.header import (
    _headline_under_sapo,
    _labelled_post_stamp,
    _recurring_headline_over_stamp,
    _title_candidate,
)
from seed_articles.parsing.lines import SourceLine


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/page.txt")


def numbered(*texts: str, start: int = 1) -> list[SourceLine]:
    return [SourceLine(no, text, 0) for no, text in enumerate(texts, start)]


# --- a stamp printed with its zone after an ISO date ---------------------------------------------


def test_iso_stamp_in_beijing_time_is_read_in_vietnam_time():
    (hit,) = find_dates("2026-03-14 09:05:41(GMT+08:00) CMG")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2026, 3, 14, 8, 5)


def test_iso_stamp_in_beijing_time_after_midnight_moves_to_the_previous_day():
    (hit,) = find_dates("2026-07-01 00:40:02(GMT+08:00)")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2026, 6, 30, 23, 40)


def test_iso_stamp_without_zone_or_with_a_metadata_offset_is_left_as_printed():
    (plain,) = find_dates("2026-03-14 09:05:41")
    assert (plain.day, plain.hour) == (14, 9)
    (dump,) = find_dates("2026-03-14T21:10:00-05:00")  # a metadata dump's offset is not trusted
    assert (dump.day, dump.hour) == (14, 21)


# --- a blog's labelled post stamp ("Đăng ngày ... bởi ...") -------------------------------------


def test_labelled_post_stamp_is_no_headline():
    text = "Đăng ngày 3 Tháng Tư, 2026 bởi quanghuy"
    assert _labelled_post_stamp(text)
    assert not _title_candidate(text)


def test_headline_telling_of_a_posting_stays_a_candidate():
    # near-misses: the label words start a headline, and no date follows them
    for text in (
        "Đăng ký kết hôn trực tuyến từ ngày 1/7/2026 tại các phường",
        "Ngày đăng ký nghĩa vụ quân sự năm 2026 được lùi lại",
    ):
        assert not _labelled_post_stamp(text)
        assert _title_candidate(text)


def test_recurring_headline_right_above_its_post_stamp_is_read_back():
    region = numbered("Trang chủ", start=3) + numbered("Đăng ngày 3 Tháng Tư, 2026 bởi quanghuy", start=9)
    dropped = numbered("Giới thiệu", start=4) + numbered(
        "Làng gốm ven sông đón đoàn khách quốc tế đầu tiên", start=8
    )
    restored = _recurring_headline_over_stamp(region, dropped, recurring={4, 8})
    assert restored is not None and restored.no == 8


def test_recurring_line_without_a_post_stamp_under_it_stays_removed():
    region = numbered("Trang chủ", start=3) + numbered("Thứ Sáu, 3/4/2026", start=9)
    dropped = numbered("Làng gốm ven sông đón đoàn khách quốc tế đầu tiên", start=8)
    assert _recurring_headline_over_stamp(region, dropped, recurring={8}) is None
    # and a line removed for another reason than recurrence is not read back
    region = numbered("Đăng ngày 3 Tháng Tư, 2026 bởi quanghuy", start=9)
    assert _recurring_headline_over_stamp(region, dropped, recurring=set()) is None


# --- the sapo printed above the headline ----------------------------------------------------------

SAPO_FIRST = [
    "CỔNG THÔNG TIN HUYỆN MIỀN NÚI",
    "Trang chủ",
    "Tin tức",
    "Liên hệ",
    "Sáng 4/3, tại thị trấn, Hội Nông dân huyện tổ chức phiên chợ giới thiệu nông sản của các hợp tác xã vùng cao.",
    "Phiên chợ nông sản vùng cao thu hút đông người dân",
    "Phiên chợ nông sản vùng cao thu hút đông người dân",
    "05/03/2026 - 08:20",
    "Phiên chợ có hơn 40 gian hàng bày bán chè, mật ong, măng khô và các loại rau trồng theo hướng hữu cơ.",
    "Nhiều hộ dân cho biết đã bán hết hàng ngay trong buổi sáng và mong phiên chợ được tổ chức hằng tháng.",
]


def test_sapo_above_the_headline_printed_twice_and_its_stamp():
    result = parse(*SAPO_FIRST)
    article = result.article
    assert article.title == SAPO_FIRST[5] and not article.title_derived
    assert article.date is not None and (article.date.day, article.date.hour, article.date.minute) == (
        5,
        8,
        20,
    )
    texts = [block.text for block in article.blocks]
    assert SAPO_FIRST[8] in texts


def test_helper_finds_headline_copy_and_stamp_under_the_sapo():
    lines = numbered(*SAPO_FIRST)
    found = _headline_under_sapo(lines, 4)
    assert found is not None and [line.no for line in found] == [6, 7, 8]


def test_prose_under_the_lead_is_no_headline_even_above_a_stamp():
    # near-miss: the second paragraph, then a caption date: not a headline under a sapo
    lines = numbered(
        "Sáng 4/3, tại thị trấn, Hội Nông dân huyện tổ chức phiên chợ giới thiệu nông sản của các hợp tác xã.",
        "Phiên chợ có hơn 40 gian hàng bày bán chè, mật ong, măng khô và các loại rau trồng theo hướng hữu cơ.",
        "05/03/2026 - 08:20",
    )
    assert _headline_under_sapo(lines, 0) is None


def test_short_line_under_the_lead_without_a_stamp_is_no_headline():
    lines = numbered(
        "Sáng 4/3, tại thị trấn, Hội Nông dân huyện tổ chức phiên chợ giới thiệu nông sản của các hợp tác xã.",
        "Những con số ấn tượng",
        "Phiên chợ có hơn 40 gian hàng bày bán chè, mật ong, măng khô và các loại rau trồng theo hướng hữu cơ.",
    )
    assert _headline_under_sapo(lines, 0) is None


# --- a lead is a paragraph, not a label broken off at a comma -----------------------------------


def test_short_label_ending_in_a_comma_is_no_lead():
    from seed_articles.parsing.header import _comma_fragment, _is_lead

    assert _comma_fragment("Chú thích hình ảnh,") and not _is_lead("Chú thích hình ảnh,")
    # near-miss: a real paragraph ending in a comma (cut by the copy) stays a lead
    long_text = (
        "Sáng nay, tại hội trường tỉnh, đại biểu các sở ngành đã thảo luận về kế hoạch phát triển du lịch,"
    )
    assert not _comma_fragment(long_text) and _is_lead(long_text)


def test_line_after_a_comma_label_is_no_headline():
    result = parse(
        "Mạng chia sẻ bài viết",
        "Trang chủ",
        "Khám phá",
        "Trang cá nhân của Lê Hòa",
        "Giới thiệu: Giáo viên về hưu, thích viết về quê hương",
        "Học sinh vùng cao hào hứng với thư viện lưu động mới",
        "NGUỒN ẢNH,TTXVN",
        "Chú thích hình ảnh,",
        "Các em học sinh đọc sách bên xe thư viện lưu động giữa sân trường",
        "Chiều 8/4, xe thư viện lưu động của tỉnh đã đến điểm trường bản Lướt với hơn hai nghìn đầu sách.",
        "Các thầy cô cho biết học sinh rất thích những cuốn truyện tranh về lịch sử và khoa học.",
    )
    assert result.article.title == "Học sinh vùng cao hào hứng với thư viện lưu động mới"


# --- a post's age ("một giờ trước") -------------------------------------------------------------


def test_post_age_is_no_tag_heading_and_no_headline():
    from seed_articles.parsing.listings import _lone_lower_tag
    from seed_articles.parsing.stamp_age import is_post_age

    for text in ("một giờ trước", "3 ngày trước", "vài phút trước"):
        assert is_post_age(text) and not _title_candidate(text)
    assert not _lone_lower_tag(numbered("Tiêu đề bài viết khá dài về chuyện làng", "hai giờ trước"), 1)
    # near-misses: a lower-case tag and a sentence about the past stay what they are
    assert not is_post_age("một năm trước khi về hưu")
    assert _lone_lower_tag(numbered("Trang chủ", "gốm sứ bát tràng"), 1)


# --- a caption that calls its picture an illustration -------------------------------------------


def test_illustration_caption_is_no_headline():
    assert not _title_candidate('"Hình Hình minh hoạ. Một đoàn xe chở hàng nông sản qua cửa khẩu sáng sớm')
    assert not _title_candidate("Ảnh minh họa: Nông dân gặt lúa trên cánh đồng mẫu lớn")
    # near-miss: a headline about illustrations themselves
    assert _title_candidate("Hình minh họa sách giáo khoa mới được giáo viên đánh giá cao")


# --- a question headline over a caption and the first headings ----------------------------------


def test_question_headline_over_a_caption_and_headings():
    lines = [
        "KienThucNhanh",
        "Trang chủ",
        "Bài viết",
        "Chuỗi cung ứng xanh (Green supply chain) là gì?",
        "Hình minh họa. Nguồn: Pixabay",
        "Chuỗi cung ứng xanh",
        "Định nghĩa",
        "Chuỗi cung ứng xanh là cách doanh nghiệp đưa yêu cầu bảo vệ môi trường vào mọi khâu từ mua nguyên liệu đến giao hàng.",
        "Nhiều doanh nghiệp xuất khẩu áp dụng mô hình này để đáp ứng yêu cầu của các thị trường khó tính.",
    ]
    result = parse(*lines)
    assert result.article.title == lines[3] and not result.article.title_derived
    texts = " ".join(
        [block.text for block in result.article.blocks]
        + [item for block in result.article.blocks for item in block.items]
    )
    assert "Định nghĩa" in texts and "Chuỗi cung ứng xanh" in texts  # the headings stay body


# --- a Markdown heading's closing marks ---------------------------------------------------------


def test_closing_hashes_are_not_part_of_the_headline():
    from seed_articles.parsing.header import _CLOSING_HASHES_RE

    assert _CLOSING_HASHES_RE.sub("", "Thanh Niên Với Văn Hóa Đọc: Vài Suy Nghĩ ##") == (
        "Thanh Niên Với Văn Hóa Đọc: Vài Suy Nghĩ"
    )
    # near-misses: a language name and a number sign inside the text keep their marks
    assert _CLOSING_HASHES_RE.sub("", "Lập trình C# cho người mới") == "Lập trình C# cho người mới"
    assert _CLOSING_HASHES_RE.sub("", "Học lập trình C#") == "Học lập trình C#"


# --- listings ---------------------------------------------------------------------------------


def test_tag_archive_heading_gives_the_tag_name():
    from seed_articles.parsing.listings import archive_name

    assert archive_name("Tag Archive: gốm sứ truyền thống") == "gốm sứ truyền thống"
    assert archive_name("Category Archives: Du lịch") == "Du lịch"
    assert archive_name("Lưu trữ thẻ: làng nghề") == "làng nghề"
    # near-miss: a headline with a colon is no archive label
    assert archive_name("Tag Heuer: mẫu đồng hồ mới ra mắt") == "Tag Heuer: mẫu đồng hồ mới ra mắt"


DATE_ABOVE_CARDS = [
    "UBND XÃ VEN BIỂN",
    "Trang chủ",
    "Tin tức",
    "Liên hệ",
    "Trang chủ > Tin tức",
    "Tin địa phương",
    "12/04/2026",
    "Xã ra quân dọn vệ sinh bãi biển trước mùa du lịch",
    "Hơn 300 đoàn viên, thanh niên và người dân đã thu gom rác thải dọc hai cây số bờ biển...",
    "03/04/2026",
    "Khai giảng lớp dạy bơi miễn phí cho trẻ em",
    "Lớp học kéo dài hai tuần, do các huấn luyện viên của trung tâm thể thao huyện phụ trách...",
    "28/03/2026",
    "Hội nghị đối thoại với ngư dân về khai thác hải sản",
    "Ngư dân kiến nghị hỗ trợ thiết bị giám sát hành trình và sửa chữa cảng cá...",
    "Trang 1 / 12",
    "Sau »",
]


def test_cards_with_the_date_above_each_headline_give_the_section_heading():
    result = parse(*DATE_ABOVE_CARDS)
    article = result.article
    assert article.title == "Tin địa phương"
    assert article.date is None
    kept = [block.text for block in article.blocks] + [
        item for block in article.blocks for item in block.items
    ]
    joined = " ".join(kept)
    assert "Xã ra quân dọn vệ sinh bãi biển trước mùa du lịch" in joined
    assert "12/04/2026" in joined


def test_page_number_among_pages_is_a_page_control():
    from seed_articles.parsing.listings import is_page_control

    assert is_page_control("Trang 1 / 37")
    assert not is_page_control("Trang 1 / 37 bài viết về biển đảo")


# --- a lead's year: an event carried out in a stated year ----------------------------------------


def test_lead_carried_out_as_the_event_of_a_stated_year():
    from seed_articles.parsing.pubdate import event_year

    assert (
        event_year("Ngày 3/4, hai đơn vị đã tiến hành đợt huấn luyện chung đầu tiên trong năm 2026.") == 2026
    )
    # near-misses: a plan or a period names another year
    assert event_year("Ngày 3/4, đơn vị tiến hành rà soát kế hoạch năm 2027.") is None
    assert event_year("Ngày 3/4, tỉnh tiến hành các dự án giai đoạn 2026 - 2030.") is None


# --- a catalogue page: cards closing with the same labelled detail -------------------------------

COURSE_CARDS = [
    "Cổng học trực tuyến",
    "Trang chủ",
    "Khoa Ngoại ngữ",
    "Tiếng Anh giao tiếp cơ bản",
    "Học phần giúp người học tự tin chào hỏi, giới thiệu bản thân và hỏi đường trong các tình huống quen thuộc.",
    "Giảng viên: Đỗ Thu Trang",
    "Tiếng Nhật sơ cấp",
    "Người học làm quen với bảng chữ cái Hiragana, Katakana và khoảng ba trăm từ vựng thông dụng.",
    "Cuối học phần có bài kiểm tra nói theo cặp.",
    "Giảng viên: Lương Minh Đức",
    "Biên dịch văn bản hành chính",
    "Học phần rèn kỹ năng dịch công văn, hợp đồng và thư tín thương mại giữa hai ngôn ngữ.",
    "Giảng viên: Mai Hồng Nhung",
]


def test_course_cards_give_the_heading_above_them():
    result = parse(*COURSE_CARDS)
    assert result.article.title == "Khoa Ngoại ngữ"
    assert result.article.date is None
    kept = " ".join(
        [block.text for block in result.article.blocks]
        + [item for block in result.article.blocks for item in block.items]
    )
    assert "Tiếng Anh giao tiếp cơ bản" in kept and "Giảng viên: Lương Minh Đức" in kept


def test_an_article_with_one_labelled_line_is_no_catalogue():
    from seed_articles.parsing.listings import _labelled_cards

    # near-miss: the labels differ from card to card (an interview's speakers, a fact box)
    lines = numbered(
        "Khoa Ngoại ngữ",
        "Tiếng Anh giao tiếp cơ bản",
        "Học phần giúp người học tự tin chào hỏi, giới thiệu bản thân và hỏi đường trong các tình huống.",
        "Giảng viên: Đỗ Thu Trang",
        "Tiếng Nhật sơ cấp",
        "Người học làm quen với bảng chữ cái Hiragana, Katakana và khoảng ba trăm từ vựng thông dụng.",
        "Địa điểm: Phòng A2",
        "Biên dịch văn bản hành chính",
        "Học phần rèn kỹ năng dịch công văn, hợp đồng và thư tín thương mại giữa hai ngôn ngữ.",
        "Thời lượng: 30 tiết",
    )
    assert _labelled_cards(lines[:2], lines, ()) is None


# --- a lower-case headline over its labelled post stamp -----------------------------------------


def test_lower_case_headline_over_its_post_stamp():
    lines = [
        "Góc Tuyển Sinh",
        "Trang chủ",
        "Tuyển sinh",
        "học viện nông nghiệp tuyển sinh năm 2026",
        "Đăng ngày 02/04/2026 bởi admin",
        "Năm 2026, Học viện Nông nghiệp dự kiến tuyển khoảng 6.000 chỉ tiêu theo năm phương thức xét tuyển.",
        "Thí sinh có thể đăng ký trực tuyến trên cổng thông tin chung của Bộ Giáo dục và Đào tạo.",
    ]
    result = parse(*lines)
    assert result.article.title == "học viện nông nghiệp tuyển sinh năm 2026"
    assert (result.article.date.year, result.article.date.month, result.article.date.day) == (2026, 4, 2)


def test_lower_case_line_without_a_post_stamp_under_it_is_no_headline():
    from seed_articles.parsing.header import _lower_headline_over_stamp

    region = numbered("học viện nông nghiệp tuyển sinh năm 2026", "Thứ Năm, 02/04/2026")
    assert _lower_headline_over_stamp(region) is None


# --- a caption sentence with the bar of its table cell ------------------------------------------


def test_caption_sentence_with_a_table_bar_is_kept():
    from seed_articles.parsing.header import _sentence_before_bar

    assert _sentence_before_bar("Thanh niên tình nguyện dọn rác trên bãi biển sáng chủ nhật. |")
    # near-misses: a label, a button row
    assert not _sentence_before_bar("Chia sẻ: |")
    assert not _sentence_before_bar("Trang chủ |")
    assert not _sentence_before_bar("Thanh niên tình nguyện dọn rác trên bãi biển sáng chủ nhật.")


# --- a search engine's page and a menu's last item ----------------------------------------------


def test_search_engine_page_has_no_heading():
    from seed_articles.parsing.listings import is_search_count

    assert is_search_count("Khoảng 2.310 kết quả")
    assert is_search_count("Khoảng 2.310 kết quả (0,41 giây)")
    result = parse(
        "Công cụ tìm kiếm",
        "làng nghề gốm sứ",
        "Tất cả",
        "Tin tức",
        "Khoảng 2.310 kết quả",
        "Làng gốm ven sông đón đoàn khách quốc tế đầu tiên",
        "Sáng 3/4, hơn 40 du khách từ Hàn Quốc đã đến tham quan và tự tay nặn gốm tại làng nghề.",
        "Báo Quê Hương · 03/04/2026",
        "Nghệ nhân trẻ đưa gốm truyền thống lên sàn thương mại điện tử",
        "Nhiều sản phẩm gốm mang họa tiết dân gian được bán sang châu Âu qua các nền tảng trực tuyến.",
        "Báo Kinh Tế · 28/03/2026",
    )
    assert result.article.title_derived


def test_lower_tag_heading_without_a_search_count_is_still_the_title():
    from seed_articles.parsing.listings import find_listing

    region = numbered("Trang chủ", "làng nghề gốm sứ")
    found = find_listing(region, region)
    assert found is not None and found.title is not None and found.title.text == "làng nghề gốm sứ"


def test_last_item_of_a_removed_menu_is_no_headline():
    from seed_articles.parsing.header import _menu_run_tails

    region = numbered("Trang chủ", start=3) + numbered("Nhà đất giá rẻ", start=6)
    dropped = numbered("Mua bán", "Cho thuê", start=4)
    assert _menu_run_tails(region, dropped) == {6}
    # near-misses: a headline-sized line under the menu, a short line under one removed label
    region = numbered("Trang chủ", start=3) + numbered(
        "Giá nhà đất ven đô tăng mạnh trong quý đầu năm", start=6
    )
    assert _menu_run_tails(region, dropped) == set()
    assert _menu_run_tails(numbered("Nhà đất giá rẻ", start=6), numbered("Cho thuê", start=5)) == set()
