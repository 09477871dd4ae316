"""Titles, dates and listing pages of the shapes folded in with holdout 14-16: own sentences."""

from __future__ import annotations

from seed_articles.parsing import parse_result
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.header import is_opening_section_heading, is_search_box, split_outlet_marker
from seed_articles.parsing.lines import SourceLine
from seed_articles.parsing.listings import archive_name, find_listing, is_page_control


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/page.txt")


def numbered(*texts: str, start: int = 1) -> list[SourceLine]:
    return [SourceLine(no, text, 0) for no, text in enumerate(texts, start)]


def body_texts(result) -> list[str]:
    return [block.text for block in result.article.blocks]


# --- listings ---------------------------------------------------------------------------------

CARDS_IN_BRACKETS = [
    "Nông dân Bảo Lâm thu hoạch chè shan tuyết vụ xuân",
    "(02/03/2026)",
    "Giá chè búp tươi năm nay tăng khá, nhiều hộ mở rộng diện tích trồng mới trên các sườn đồi.",
    "Huyện vùng cao khai trương chợ phiên nông sản sạch",
    "(27/02/2026)",
    "Chợ họp vào sáng chủ nhật, bày bán rau, mật ong và thịt gác bếp của bà con các xã lân cận.",
    "Trường nội trú tổ chức ngày hội văn hóa các dân tộc",
    "(20/02/2026)",
    "Học sinh trình diễn trang phục truyền thống và các trò chơi dân gian trong suốt buổi sáng.",
]


def test_dated_cards_with_the_date_in_brackets_under_a_removed_section_heading():
    # the section heading recurs in the menu of the site's pages: the furniture rules removed it
    region = numbered("Thứ Ba, 03/03/2026", "Trang chủ", *CARDS_IN_BRACKETS[:2])
    region = [region[0], region[1], region[2]._replace(no=6), region[3]._replace(no=7)]
    lines = [*region, *(SourceLine(no, text, 0) for no, text in enumerate(CARDS_IN_BRACKETS[2:], 8))]
    dropped = numbered("Kinh tế", "Văn hóa", start=3) + [SourceLine(5, "Nông nghiệp - Nông thôn", 0)]
    dropped.append(SourceLine(20, "1 2 3 4 ... Trang sau", 0))
    found = find_listing(region, lines, dropped)
    assert found is not None and found.title is not None
    assert found.title.text == "Nông nghiệp - Nông thôn"  # not the "Trang chủ" link above the menu


def test_cards_with_a_labelled_date_line_make_a_listing():
    cards = []
    for headline, day, lead in (
        ("Bình Phước: Hợp tác xã điều xuất khẩu lô hàng đầu tiên", "14", "Lô hạt điều đạt chuẩn ..."),
        ("Long An mở lớp tập huấn truy xuất nguồn gốc thanh long", "09", "Hơn sáu chục hộ tham gia ..."),
        ("Tây Ninh kết nối tiêu thụ mãng cầu với siêu thị lớn", "02", "Các nhà bán lẻ cam kết ..."),
    ):
        cards += [headline, f"Tin đăng lúc : {day}-03-2026", lead]
    result = parse("TẠP CHÍ NÔNG SẢN", "Trang chủ › Thị trường", "Thị trường", *cards, "« 1 2 3 »")
    article = result.article
    assert article.title == "Thị trường" and article.date is None
    assert cards[0] in body_texts(result) and "Tin đăng lúc : 09-03-2026" in body_texts(result)


def test_a_stamp_label_must_be_short_to_count_as_a_card_date():
    from seed_articles.parsing.listings import _is_card_stamp

    assert _is_card_stamp("Ngày đăng: 12/03/2026")
    assert _is_card_stamp("(12/03/2026)")
    assert not _is_card_stamp("Hội nghị tổng kết công tác năm của toàn ngành diễn ra: 12/03/2026")
    assert not _is_card_stamp("Ngày đăng: 12/03/2026 tại hội trường lớn")


def test_bare_read_more_links_closing_headline_and_lead_cards_make_a_listing():
    cards = []
    for headline, lead in (
        (
            "Cộng đồng người Việt ở Houston tổ chức hội chợ Tết",
            "Hội chợ năm nay có hơn trăm gian hàng ẩm thực…",
        ),
        ("Lớp tiếng Việt cuối tuần khai giảng khóa mới", "Gần năm chục em nhỏ đăng ký học ngay tuần đầu…"),
        ("Đội bóng thanh niên giành cúp giao hữu mùa hè", "Trận chung kết kéo dài đến loạt sút luân lưu…"),
    ):
        cards += [headline, lead, "Read More"]
    result = parse("Houston Viet News", "Category: Cộng đồng", *cards, "Older posts")
    article = result.article
    assert article.title == "Cộng đồng" and article.date is None and not article.authors
    assert cards[0] in body_texts(result)
    assert all(result.roles[no] == "dropped:read-more" for no in (5, 8, 11))


def test_one_read_more_button_under_an_article_makes_no_listing():
    result = parse(
        "Houston Viet News",
        "Cộng đồng người Việt ở Houston tổ chức hội chợ Tết",
        "Hội chợ năm nay có hơn một trăm gian hàng ẩm thực và văn nghệ của các hội đoàn.",
        "Ban tổ chức cho biết số tiền thu được sẽ dùng để hỗ trợ các lớp tiếng Việt cuối tuần.",
        "Read More",
    )
    assert result.article.title == "Cộng đồng người Việt ở Houston tổ chức hội chợ Tết"


def test_leads_cut_short_over_a_page_row_make_a_listing_without_headlines():
    region = numbered("ĐẢNG BỘ HUYỆN MINH LONG", "Trang chủ > Tin tức > Thế giới")
    leads = [
        "Ngày 4/5, các nước trong khu vực nhất trí mở rộng hợp tác phòng chống thiên tai ...",
        "Tuần qua, giá dầu thô biến động mạnh sau quyết định điều chỉnh sản lượng của các nước ...",
        "Ngày 6/5, hội nghị bộ trưởng kinh tế khu vực bàn về chuỗi cung ứng bán dẫn ...",
    ]
    lines = [*region, *(SourceLine(no, text, 0) for no, text in enumerate(leads, 4))]
    lines += [SourceLine(7, "Trang đầu", 0), SourceLine(8, "<<", 0)]
    dropped = [SourceLine(3, "Thế giới", 0), SourceLine(9, "12", 0), SourceLine(10, "13", 0)]
    found = find_listing(region, lines, dropped)
    assert found is not None and found.title is not None and found.title.text == "Thế giới"


def test_an_article_whose_paragraphs_run_to_a_full_stop_is_no_cut_listing():
    region = numbered(
        "ĐẢNG BỘ HUYỆN MINH LONG", "Trang chủ > Tin tức > Thế giới", "Hội nghị khu vực bàn về thiên tai"
    )
    paragraphs = [
        "Ngày 4/5, các nước trong khu vực nhất trí mở rộng hợp tác phòng chống thiên tai ...",
        "Các đại biểu cho rằng cần chia sẻ dữ liệu khí tượng sớm hơn để cảnh báo người dân.",
        "Hội nghị lần sau sẽ được tổ chức vào mùa thu năm tới tại một nước thành viên.",
    ]
    lines = [*region, *(SourceLine(no, text, 0) for no, text in enumerate(paragraphs, 4))]
    lines.append(SourceLine(7, "Trang đầu", 0))
    assert find_listing(region, lines, []) is None


def test_page_controls():
    for text in ("Trang đầu", "<<", ">>", "165", "Trang cuối", "Older posts", "« Older Entries", "Tiếp »"):
        assert is_page_control(text), text
    for text in ("Trang chủ", "Tin liên quan", "Năm 2026", "Đọc thêm"):
        assert not is_page_control(text), text


def test_archive_labels_around_a_section_name_are_not_its_title():
    assert archive_name("Category: Quốc phòng") == "Quốc phòng"
    assert archive_name("Chuyên mục: Kinh tế biển") == "Kinh tế biển"
    assert archive_name("gìn giữ hòa bình Lưu trữ") == "gìn giữ hòa bình"
    assert archive_name("Kho lưu trữ quốc gia") == "Kho lưu trữ quốc gia"
    assert archive_name("Hội nghị ngành Lưu trữ toàn quốc") == "Hội nghị ngành Lưu trữ toàn quốc"


def test_a_lower_case_byline_is_no_tag_heading():
    result = parse(
        "Sổ tay mùa hạ",
        "Trang chủ",
        "Chuyến đò cuối năm",
        "7 Tháng Tám, 2026",
        "bởi Minh Khuê",
        "Bến đò làng tôi vắng hẳn từ khi cây cầu mới nối hai bờ sông được thông xe vào mùa lũ năm ngoái.",
        "Ông lái đò già vẫn ra bến mỗi sáng, ngồi vá lưới và kể chuyện cho đám trẻ nghe.",
    )
    article = result.article
    assert article.title == "Chuyến đò cuối năm"
    assert article.date is not None and (article.date.year, article.date.month, article.date.day) == (
        2026,
        8,
        7,
    )


def test_a_lone_lower_case_tag_still_makes_a_listing():
    from seed_articles.parsing.listings import _lone_lower_tag

    region = numbered("Báo Nông Thôn", "nông nghiệp xanh")
    assert _lone_lower_tag(region, 1)
    assert not _lone_lower_tag(numbered("Báo Nông Thôn", "bởi Minh Khuê"), 1)


# --- titles -----------------------------------------------------------------------------------


def test_a_bracketed_outlet_marker_is_cut_from_the_headline_and_read_as_the_source():
    result = parse(
        "Đài Phát thanh và Truyền hình Hòa Bình",
        "Trang chủ",
        "(HBTV) Nông dân Mai Châu thu hoạch lúa nếp vụ mùa",
        "09:30, 12/10/2026",
        "Sáng 12/10, bà con các xã vùng cao của huyện bắt đầu thu hoạch lúa nếp, năng suất ước tăng so với năm trước.",
        "Giá nếp mới được thương lái thu mua cao hơn cùng kỳ, nông dân phấn khởi.",
    )
    assert result.article.title == "Nông dân Mai Châu thu hoạch lúa nếp vụ mùa"
    assert result.article.source == "HBTV"


def test_brackets_that_are_no_outlet_marker_stay_in_the_headline():
    assert split_outlet_marker("(TTV) Khai mạc hội chợ nông sản") == ("TTV", "Khai mạc hội chợ nông sản")
    assert split_outlet_marker("(Baohoabinh.vn) Khai mạc hội chợ nông sản") is not None
    assert split_outlet_marker("(Video) Khai mạc hội chợ nông sản") is None
    assert split_outlet_marker("(Ảnh) Mùa lúa chín") is None
    assert split_outlet_marker("Khai mạc hội chợ (TTV) nông sản") is None
    assert split_outlet_marker("(TTV) - Khai mạc hội chợ") is None
    assert split_outlet_marker("(ASEAN) họp") is None


def test_a_long_headline_in_capitals_opening_with_an_organisation_is_the_headline():
    result = parse(
        "TRƯỜNG TRUNG CẤP NGHỀ DUYÊN HẢI",
        "Trang chủ / Tin tức",
        "TRƯỜNG TRUNG CẤP NGHỀ DUYÊN HẢI KÝ KẾT HỢP TÁC ĐÀO TẠO VỚI CÁC DOANH NGHIỆP CẢNG BIỂN",
        "Sáng 3/4, nhà trường và năm doanh nghiệp cảng biển đã ký thỏa thuận đưa học viên đến thực tập có trả lương.",
        "Theo thỏa thuận, doanh nghiệp sẽ ưu tiên tuyển dụng học viên tốt nghiệp loại khá trở lên.",
    )
    assert result.article.title.startswith("TRƯỜNG TRUNG CẤP NGHỀ DUYÊN HẢI KÝ KẾT")


def test_an_organisation_name_in_capitals_stays_furniture():
    from seed_articles.parsing.header import _is_furniture_name

    assert _is_furniture_name("BỘ CHỈ HUY QUÂN SỰ TỈNH THỪA THIÊN HUẾ")
    assert _is_furniture_name("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert not _is_furniture_name(
        "TRƯỜNG TRUNG CẤP NGHỀ DUYÊN HẢI KÝ KẾT HỢP TÁC ĐÀO TẠO VỚI CÁC DOANH NGHIỆP CẢNG BIỂN"
    )


def test_a_search_box_placeholder_is_no_lead():
    assert is_search_box("Tìm kiếm tài liệu, luận văn...")
    assert is_search_box("Nhập từ khóa…")
    assert not is_search_box(
        "Tìm kiếm cứu nạn trên biển kéo dài suốt đêm qua, lực lượng chức năng đã đưa ba ngư dân vào bờ..."
    )
    assert not is_search_box("Tìm kiếm tài liệu")
    result = parse(
        "Thư Viện Mở",
        "Tìm kiếm tài liệu...",
        "Trang chủ › Kinh tế",
        "Khóa luận: Xuất khẩu cà phê Việt Nam sang thị trường châu Âu",
        "Ngày đăng: 03-02-2026 | Số trang: 40",
        "Khóa luận phân tích thực trạng xuất khẩu cà phê và đề xuất giải pháp nâng cao giá trị gia tăng.",
        "Cà phê là một trong những mặt hàng nông sản xuất khẩu chủ lực của Việt Nam trong nhiều năm.",
    )
    article = result.article
    assert article.title == "Khóa luận: Xuất khẩu cà phê Việt Nam sang thị trường châu Âu"
    assert article.date is not None and (article.date.month, article.date.day) == (2, 3)
    assert result.roles[2] == "dropped:search-box"


def test_a_credit_with_its_label_is_never_the_headline():
    result = parse(
        "Kho Luận Văn",
        "Tiểu luận: Kinh tế biển xanh ở các tỉnh duyên hải miền Trung",
        "Tải xuống",
        "Tác giả: Lê Thị Thanh Hương",
        "MỞ ĐẦU",
        "Kinh tế biển xanh là hướng đi tất yếu khi tài nguyên ven biển ngày càng chịu nhiều áp lực.",
        "Tiểu luận gồm ba chương, trình bày cơ sở lý luận, thực trạng và giải pháp.",
    )
    assert result.article.title == "Tiểu luận: Kinh tế biển xanh ở các tỉnh duyên hải miền Trung"
    assert "MỞ ĐẦU" in body_texts(result)


def test_opening_section_headings():
    for text in ("MỞ ĐẦU", "PHẦN MỞ ĐẦU", "LỜI NÓI ĐẦU", "CHƯƠNG 1. TỔNG QUAN", "CHƯƠNG II"):
        assert is_opening_section_heading(text), text
    for text in ("Mở đầu một mùa lễ hội", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH"):
        assert not is_opening_section_heading(text), text


def test_a_legal_document_page_takes_the_site_headline_and_keeps_the_document_heading():
    result = parse(
        "CƠ SỞ DỮ LIỆU VĂN BẢN",
        "Trang chủ › Văn bản › Quyết định",
        "Quyết định ban hành quy chế phối hợp phòng chống thiên tai tỉnh Hòa Bình",
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÒA BÌNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 21/QĐ-UBND",
        "Hòa Bình, ngày 14 tháng 7 năm 2026",
        "QUYẾT ĐỊNH",
        "BAN HÀNH QUY CHẾ PHỐI HỢP PHÒNG CHỐNG THIÊN TAI",
        "Điều 1. Ban hành kèm theo Quyết định này quy chế phối hợp giữa các sở, ngành trong phòng chống thiên tai.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
    )
    article = result.article
    assert article.title == "Quyết định ban hành quy chế phối hợp phòng chống thiên tai tỉnh Hòa Bình"
    assert article.date is not None and (article.date.year, article.date.month, article.date.day) == (
        2026,
        7,
        14,
    )
    assert not article.authors
    texts = body_texts(result)
    assert "QUYẾT ĐỊNH" in texts and "BAN HÀNH QUY CHẾ PHỐI HỢP PHÒNG CHỐNG THIÊN TAI" in texts


# --- dates ------------------------------------------------------------------------------------


def test_year_first_stamps_of_east_asian_sites():
    (hit,) = find_dates("2026.10.05 14:40")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2026, 10, 5, 14, 40)
    (hit,) = find_dates("2026/10/05")
    assert (hit.year, hit.month, hit.day) == (2026, 10, 5)
    assert not find_dates("phiên bản 2026.1.5 của phần mềm")


def test_a_short_date_header_alone_on_its_line():
    (hit,) = find_dates("05/10/26")
    assert (hit.year, hit.month, hit.day) == (2026, 10, 5)
    assert not find_dates("tỷ số 05/10/26 trong bảng")
    assert not find_dates("Lớp 10/26 học sinh")


def test_a_page_without_a_document_header_keeps_the_model_choice():
    result = parse(
        "Cổng thông tin huyện Lạc Thủy",
        "Trang chủ",
        "Báo cáo tháng",
        "Huyện Lạc Thủy ra quân làm đường giao thông nông thôn",
        "Sáng 8/3, hàng trăm người dân và đoàn viên thanh niên các xã đã ra quân làm đường bê tông liên thôn.",
        "Công trình dài gần hai cây số, dự kiến hoàn thành trước mùa mưa.",
    )
    assert result.article.title == "Huyện Lạc Thủy ra quân làm đường giao thông nông thôn"


def test_a_heading_under_its_breadcrumb_is_the_title_of_a_section_page():
    result = parse(
        "TRƯỜNG MẦM NON HOA SEN",
        "Phòng Giáo dục và Đào tạo huyện Lạc Thủy",
        "Trang chủ > Giới thiệu > Cơ sở vật chất",
        "Cơ sở vật chất",
        "Nhà trường có tám phòng học kiên cố, một bếp ăn một chiều và sân chơi rộng rợp bóng cây.",
        "Năm học này, trường được đầu tư thêm bộ đồ chơi ngoài trời và hệ thống lọc nước.",
    )
    assert result.article.title == "Cơ sở vật chất"


def test_a_category_label_repeating_the_crumb_above_a_headline_is_no_title():
    result = parse(
        "Báo Nông Thôn",
        "Trang chủ > Thời sự > Nông nghiệp",
        "Nông nghiệp",
        "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính",
        "Các hợp tác xã rau sạch ở Lâm Đồng đầu tư thêm nhà kính để tăng năng suất vụ đông.",
        "Nông dân được tập huấn vận hành cảm biến và đọc số liệu trên điện thoại.",
    )
    assert result.article.title == "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính"


def test_a_table_of_contents_under_the_headline_is_chrome_and_its_headings_stay_in_the_text():
    result = parse(
        "Góc Kiến Thức",
        "Kinh tế tuần hoàn là gì? Lợi ích đối với doanh nghiệp",
        "Tác giả: Hoàng Lan | Cập nhật: 02/02/2026",
        "Mục lục",
        "1. Khái niệm kinh tế tuần hoàn",
        "2. Lợi ích đối với doanh nghiệp",
        "Kinh tế tuần hoàn là mô hình giữ cho sản phẩm và vật liệu được sử dụng lâu nhất có thể.",
        "1. Khái niệm kinh tế tuần hoàn",
        "Mô hình này khác với cách sản xuất truyền thống khai thác, sản xuất rồi thải bỏ.",
        "2. Lợi ích đối với doanh nghiệp",
        "Doanh nghiệp tiết kiệm nguyên liệu đầu vào và giảm chi phí xử lý chất thải.",
    )
    assert result.article.title == "Kinh tế tuần hoàn là gì? Lợi ích đối với doanh nghiệp"
    assert result.roles[5] == "dropped:table-of-contents" and result.roles[6] == "dropped:table-of-contents"
    texts = body_texts(result)
    assert "1. Khái niệm kinh tế tuần hoàn" in texts and "2. Lợi ích đối với doanh nghiệp" in texts


def test_a_forum_rank_under_the_poster_is_no_writer():
    result = parse(
        "Diễn đàn Xe Việt",
        "Chuyện trò linh tinh",
        "Thanh niên tình nguyện sửa xe miễn phí cho công nhân về quê",
        "Senior Member",
        "Ngày 20/1/2026",
        "Hơn ba mươi bạn trẻ đã dựng điểm sửa xe dọc quốc lộ để giúp công nhân về quê ăn Tết.",
        "Các bạn thay săm, bơm lốp và kiểm tra phanh miễn phí suốt hai ngày cuối tuần.",
    )
    assert "Senior Member" not in result.article.authors
    assert result.roles[4].startswith("dropped:")


# --- training labels --------------------------------------------------------------------------


def test_a_blog_date_header_is_the_right_candidate_for_a_minute_gold_its_footer_completes():
    from types import SimpleNamespace

    from seed_articles.evaluation.train import completed_day_label, date_label
    from seed_articles.model import ArticleDate

    def candidate(date: ArticleDate) -> SimpleNamespace:
        return SimpleNamespace(item=SimpleNamespace(date=date))

    fixture = SimpleNamespace(gold=SimpleNamespace(date="2026-08-07T21:05", date_precision="minute"))
    header_day = candidate(ArticleDate(2026, 8, 7, precision="day"))
    other_day = candidate(ArticleDate(2026, 8, 6, precision="day"))
    assert date_label(fixture)(header_day) == 0  # no exact match: the day alone is not the gold
    assert completed_day_label(fixture)(header_day) == 1
    assert completed_day_label(fixture)(other_day) == 0
    day_gold = SimpleNamespace(gold=SimpleNamespace(date="2026-08-07", date_precision="day"))
    assert completed_day_label(day_gold)(header_day) == 0  # only for a minute gold


def test_a_headline_over_its_stamp_wins_over_a_teaser_list_under_the_stamp():
    result = parse(
        "NTV5",
        "Tiếng Việt",
        "English",
        "Thời sự",
        "Kinh tế",
        "",
        "Bộ trưởng Nông nghiệp các nước ASEAN họp trực tuyến về an ninh lương thực",
        "Cập nhật: 05/04/2026",
        "Ấn Độ và Indonesia nối lại đàm phán thương mại nông sản cấp thứ trưởng",
        "Liên hợp quốc kêu gọi hỗ trợ lương thực khẩn cấp cho vùng Sừng châu Phi",
        "(NTV5) - Các bộ trưởng nhất trí đẩy nhanh việc xây dựng kho dự trữ gạo khẩn cấp của khu vực.",
        "Chiều 5/4, cuộc họp trực tuyến lần thứ 12 đã thông qua kế hoạch hành động giai đoạn mới.",
    )
    assert result.article.title == "Bộ trưởng Nông nghiệp các nước ASEAN họp trực tuyến về an ninh lương thực"
    assert result.roles[9] == result.roles[10] == "dropped:teaser"


def test_a_menu_label_over_a_blog_date_header_is_no_headline():
    from seed_articles.parsing.bylines import read_byline
    from seed_articles.parsing.header import _headline_over_teasers

    region = numbered(
        "Trang chủ",
        "Biển đảo",
        "Thứ Ba, 7 tháng 4, 2026",
        "Ngư dân Lý Sơn vươn khơi đầu vụ cá",
        "-Tin liên quan : Ngư dân Quảng Ngãi trúng mùa cá ngừ & Tàu cá vào bờ tránh bão",
    )
    bylines = {line.no: read_byline(line.text) for line in region}
    assert _headline_over_teasers(region, bylines, 4) is None
