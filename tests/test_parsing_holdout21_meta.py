"""Titles, dates and listing pages of the shapes folded in with holdout 21-22: own sentences."""

from __future__ import annotations

from seed_articles.parsing import parse_result
from seed_articles.parsing.bylines import read_byline
from seed_articles.parsing.dates import catalogue_year
from seed_articles.parsing.header import _headline_over_caps_heading, photo_alt_base
from seed_articles.parsing.lines import SourceLine
from seed_articles.parsing.listings import find_listing


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/page.txt")


def numbered(*texts: str, start: int = 1) -> list[SourceLine]:
    return [SourceLine(no, text, 0) for no, text in enumerate(texts, start)]


# --- a blog's date header over a translated report's origin credit -------------------------------

BLOG_TRANSLATION = [
    "Góc biển xa",
    "Trang chủ",
    "Thứ Hai, 16 tháng 11, 2026",
    "Ngư dân và lực lượng kiểm ngư: một mối quan hệ cần vun đắp",
    "IMRS .13 Tháng Mười Một 2026. Theo IMRS",
    "Trần Hải lược dịch",
    "Các đội kiểm ngư trong vùng đã tổ chức nhiều buổi gặp gỡ ngư dân tại các cảng cá lớn trong mùa mưa bão vừa qua.",
    "Những buổi gặp này giúp hai bên hiểu nhau hơn, nhất là về quy định đánh bắt ở vùng biển chồng lấn.",
    "Nhóm nghiên cứu khuyến nghị duy trì kênh liên lạc thường xuyên giữa ngư dân và lực lượng chấp pháp.",
    "Đăng bởi Trần Hải lúc 20:05",
    "Không có nhận xét nào:",
]


def test_a_blog_date_header_wins_over_the_origins_date_on_the_credit_under_the_headline():
    # the credit names the report's origin and the day IT was published: the post is the blog's
    article = parse(*BLOG_TRANSLATION).article
    assert article.date is not None
    assert (article.date.year, article.date.month, article.date.day) == (2026, 11, 16)


def test_a_plain_stamp_right_under_the_headline_still_beats_a_date_above_it():
    # near miss: no origin credit on the line under the headline, it is the page's own stamp
    article = parse(
        "Báo Miền Biển",
        "Thứ Hai, 16/11/2026",
        "Ngư dân và lực lượng kiểm ngư: một mối quan hệ cần vun đắp",
        "13/11/2026 08:30",
        "Các đội kiểm ngư trong vùng đã tổ chức nhiều buổi gặp gỡ ngư dân tại các cảng cá lớn trong mùa mưa bão vừa qua.",
        "Những buổi gặp này giúp hai bên hiểu nhau hơn, nhất là về quy định đánh bắt ở vùng biển chồng lấn.",
    ).article
    assert article.date is not None
    assert (article.date.month, article.date.day) == (11, 13)


# --- a catalogue record's publication year --------------------------------------------------------


def test_catalogue_year_reads_a_labelled_publication_year_only():
    assert catalogue_year("Năm xuất bản: 2025").year == 2025
    assert catalogue_year("Năm bảo vệ: 2024").precision == "year"
    assert catalogue_year("Publication year: 2023").year == 2023
    assert catalogue_year("Năm thành lập: 1998") is None  # a founding year dates no record
    assert catalogue_year("Năm xuất bản: 2025, tái bản lần thứ hai năm 2026") is None


CATALOGUE_RECORD = [
    "THƯ VIỆN SỐ TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG",
    "Trang chủ",
    "Tra cứu",
    "Chi tiết tài liệu",
    "Giải pháp giám sát chất lượng nước sông bằng cảm biến giá rẻ",
    "Tác giả: Lê Văn Khôi",
    "Năm xuất bản: 2025",
    "Loại tài liệu: Luận văn thạc sĩ",
    "Tóm tắt:",
    "Luận văn đề xuất một mạng cảm biến giá rẻ đo độ đục, nhiệt độ và độ dẫn điện của nước sông theo thời gian thực.",
    "Dữ liệu được gửi về máy chủ qua mạng di động và hiển thị trên bản đồ cho cơ quan quản lý môi trường.",
]


def test_a_catalogue_record_is_dated_by_its_publication_year():
    article = parse(*CATALOGUE_RECORD).article
    assert article.date is not None
    assert (article.date.year, article.date.precision) == (2025, "year")


def test_a_catalogue_year_never_replaces_a_real_stamp():
    # near miss: the page prints its own stamp; the labelled year is not needed
    lines = list(CATALOGUE_RECORD)
    lines.insert(6, "Ngày đăng: 12/10/2026")
    article = parse(*lines).article
    assert article.date is not None
    assert (article.date.year, article.date.precision) == (2026, "day")


# --- a section page of cut teasers closed by read-more buttons ------------------------------------

CUT_CARDS = numbered(
    "Trang chủ",
    "Đối ngoại",
    "Hội thảo khoa học về hợp tác giáo dục biên giới lần thứ hai",
    "Sáng 12/10/2026, nhà trường tổ chức hội thảo với sự tham dự của nhiều nhà khoa học trong và ngoài nước...",
    "Chi tiết",
    "Đoàn giảng viên sang trao đổi kinh nghiệm tại Thái Lan",
    "Trong một tuần, đoàn đã làm việc với ba trường đại học về chương trình đào tạo chung...",
    "Chi tiết",
    "Sinh viên quốc tế trải nghiệm Tết cổ truyền",
    "Hơn 80 sinh viên đến từ 12 quốc gia đã cùng gói bánh chưng và học viết thư pháp...",
    "Chi tiết",
    "Trang 1 / 9",
    "Trường Đại học Mẫu - Sample University",
)


def test_cut_teasers_whose_buttons_and_page_row_the_furniture_rules_removed_are_a_listing():
    removed = {2, 5, 8, 11, 12}  # menu label, the buttons and the page row: removed as recurring
    lines = [line for line in CUT_CARDS if line.no not in removed]
    dropped = [line for line in CUT_CARDS if line.no in removed]
    region = [line for line in lines if line.no <= 3]
    found = find_listing(region, lines, dropped)
    assert found is not None and found.title is not None
    assert found.title.text == "Đối ngoại"
    assert found.chrome.get(13) == "after-article"  # the site's footer under the page row


def test_cut_teasers_without_a_page_row_are_no_listing():
    # near miss: an article quoting three cut excerpts has no page navigation under it
    removed = {2, 5, 8, 11}
    lines = [line for line in CUT_CARDS if line.no not in removed and line.no < 12]
    dropped = [line for line in CUT_CARDS if line.no in removed]
    region = [line for line in lines if line.no <= 3]
    assert find_listing(region, lines, dropped) is None


# --- headline choices -------------------------------------------------------------------------------


def test_photo_alt_base_reads_the_numbered_copy_of_a_headline():
    assert photo_alt_base("Mùa lúa mới trên cao nguyên - 1") == "Mùa lúa mới trên cao nguyên"
    assert photo_alt_base("Mùa lúa mới trên cao nguyên - Ảnh 2.") == "Mùa lúa mới trên cao nguyên"
    assert photo_alt_base("Hội nghị SOMDM-12") is None  # a numbered meeting, no alt text
    assert photo_alt_base("Kế hoạch giai đoạn 2026 - 2030") is None


def test_a_photo_alt_copy_of_the_headline_is_not_the_headline():
    headline = "Tập huấn cứu hộ đường thủy cho dân quân ven biển: Sẵn sàng trong mùa bão"
    result = parse(
        "Tạp chí Đời sống Ven biển",
        "Thời sự | Đời sống | Văn hóa",
        headline,
        "Thứ Năm, 19/11/2026 | 09:10",
        f"{headline} - 1",
        "Trong ba ngày, hơn 120 dân quân của các xã ven biển đã được hướng dẫn kỹ năng cứu người đuối nước và sử dụng xuồng máy.",
        "Lớp tập huấn do Bộ Chỉ huy Quân sự tỉnh phối hợp với Hội Chữ thập đỏ tổ chức.",
    )
    assert result.article.title == headline
    assert result.roles[5].startswith("dropped:")


BLOG_POST = [
    "Lão Nông",
    "Chuyện làng quê của một ông giáo về hưu",
    "Thứ Tư, 18 tháng 11, 2026",
    "Đưa cháu đi nhập ngũ",
    "Sáng nay cả xóm dậy sớm tiễn thằng cháu út lên đường nhập ngũ,",
    "bà nội nó cứ dặn đi dặn lại phải ăn uống cho đủ, ngủ cho đủ giấc.",
    "Ở đơn vị mới có nhiều anh em cùng quê, chắc cháu cũng đỡ nhớ nhà,",
    "mà ông thì vẫn cứ thấy nao nao khi nhìn chiếc xe đi khuất đầu làng.",
    "Đăng bởi Lão Nông lúc 19:40",
    "Gửi email bài đăng này",
]


def test_a_blog_posts_title_is_the_line_under_its_date_header():
    article = parse(*BLOG_POST).article
    assert article.title == "Đưa cháu đi nhập ngũ"


def test_without_a_post_footer_the_date_header_rule_does_not_apply():
    # near miss: a news page's headline above its stamp, a caption-like line under the stamp
    article = parse(
        "Báo Làng Quê",
        "Tiễn tân binh lên đường nhập ngũ trong không khí ấm áp",
        "Thứ Tư, 18/11/2026",
        "Sáng nay toàn huyện tổ chức lễ giao nhận quân cho 215 thanh niên trúng tuyển nghĩa vụ quân sự.",
        "Các tân binh được gia đình và chính quyền địa phương động viên, tặng quà trước khi lên đường.",
    ).article
    assert article.title == "Tiễn tân binh lên đường nhập ngũ trong không khí ấm áp"


def test_a_heading_repeating_the_last_crumb_of_a_home_trail_is_the_title():
    article = parse(
        "Tư vấn Đầu tư Phương Nam - Giải pháp cho doanh nghiệp",
        "Home",
        "Dịch vụ",
        "Home / Kiến thức / Tin tức / CPTPP VÀ CƠ HỘI CHO HÀNG DỆT MAY",
        "CPTPP VÀ CƠ HỘI CHO HÀNG DỆT MAY",
        "Hiệp định CPTPP mở ra cơ hội lớn cho ngành dệt may khi nhiều thị trường thành viên cắt giảm thuế nhập khẩu về 0%.",
        "Doanh nghiệp cần chuẩn bị kỹ về quy tắc xuất xứ để tận dụng ưu đãi.",
    ).article
    assert article.title == "CPTPP VÀ CƠ HỘI CHO HÀNG DỆT MAY"
    assert not article.title_derived


def test_a_heading_in_capitals_under_the_byline_opens_the_text():
    headline = "Trường đăng cai hội thảo quốc tế về logistics cảng biển khu vực"
    result = parse(
        "TRƯỜNG ĐẠI HỌC HÀNG HẢI MẪU",
        "Giới thiệu",
        headline,
        "18 tháng 11, 2026 bởi",
        headline,
        "Phạm Minh Khoa",
        "HỘI THẢO QUỐC TẾ VỀ LOGISTICS",
        "Ngày 17 tháng 11 năm 2026, nhà trường đã đăng cai hội thảo quốc tế về logistics cảng biển với hơn 150 đại biểu.",
        "Các tham luận tập trung vào chuyển đổi số và cảng xanh.",
    )
    assert result.article.title == headline
    assert not result.roles[7].startswith("dropped:")


def test_a_heading_in_capitals_stays_chosen_without_a_copy_or_credit_between():
    # near miss: a cased line above the capitals with nothing between them (a slogan, a kicker)
    view = numbered(
        "Nơi ươm mầm tri thức cho những người con của biển cả",
        "HỘI THẢO QUỐC TẾ VỀ LOGISTICS CẢNG BIỂN KHU VỰC",
    )
    assert _headline_over_caps_heading(view, {}, 1) is None
    bylines = {2: read_byline("Phạm Minh Khoa")}
    view = numbered(
        "Trường đăng cai hội thảo quốc tế về logistics cảng biển khu vực",
        "Phạm Minh Khoa",
        "HỘI THẢO QUỐC TẾ VỀ LOGISTICS",
    )
    assert _headline_over_caps_heading(view, bylines, 2) == 0


# --- legal documents copied from a law library: cells broken over short lines --------------------

LEGAL_PAGE = [
    "KHO VĂN BẢN MẪU",
    "Văn bản",
    "Biểu mẫu",
    "Quyết định 318/QĐ-UBND năm 2026 về tổ chức đón đoàn đại biểu tỉnh bạn giai đoạn cuối năm",
    "Tóm tắt",
    "Nội dung",
    "ỦY",
    "BAN NHÂN DÂN",
    "TỈNH HÒA BÌNH MẪU",
    "-------",
    "|",
    "CỘNG",
    "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "|",
    "Số: 318/QĐ-UBND",
    "|",
    "Hòa",
    "Bình, ngày 14 tháng 11 năm 2026",
    "|",
    "QUYẾT ĐỊNH",
    "VỀ VIỆC TỔ CHỨC ĐÓN ĐOÀN ĐẠI BIỂU TỈNH BẠN",
    "Kính gửi: Các sở, ban, ngành của tỉnh.",
    "Thực hiện chương trình hợp tác năm 2026, Ủy ban nhân dân tỉnh đề nghị các đơn vị chuẩn bị chu đáo nội dung làm việc với đoàn.",
    "Sở Ngoại vụ chủ trì, phối hợp với các đơn vị liên quan xây dựng lịch trình chi tiết và báo cáo trước ngày 20 tháng 11 năm 2026.",
]


def test_a_law_librarys_page_headline_names_the_document_over_its_broken_header_cells():
    result = parse(*LEGAL_PAGE)
    article = result.article
    assert article.title == LEGAL_PAGE[3]
    assert article.authors == []  # "QUYẾT ĐỊNH" is the document's type heading, no writer
    assert article.date is not None and (article.date.month, article.date.day) == (11, 14)
    # the document's own type heading and subject under its number and date rows are its text
    assert not result.roles[21].startswith("dropped:")
    assert not result.roles[22].startswith("dropped:")


def test_a_mixed_case_country_name_is_no_documents_national_row():
    # near miss: an embassy's masthead names the country in ordinary case; no document header
    from seed_articles.parsing.header_documents import _document_name

    region = numbered(
        "Đại sứ quán nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Hàn Quốc",
        "Thông báo về lịch làm việc của bộ phận lãnh sự dịp cuối năm",
    )
    assert _document_name(region) is None


# --- a document-sharing page's description above the document's text ------------------------------

SHARING_PAGE = [
    "Kho tài liệu mẫu",
    "Trang chủ",
    "Luận văn",
    "Hợp tác kinh tế biên giới Việt - Lào: thực trạng và giải pháp",
    "Tài liệu Hợp tác kinh tế biên giới Việt - Lào: thực trạng và giải pháp: HỢP TÁC KINH TẾ BIÊN GIỚI VIỆT - LÀO Trần Minh Đức Hợp tác kinh tế biên giới giữa hai nước đã có bước phát triển rõ nét trong mười năm qua, nhất là ở các cặp cửa khẩu...",
    "pdf12 trang | Chia sẻ: tailieu88 | Lượt xem: 210",
    "HỢP TÁC KINH TẾ BIÊN GIỚI VIỆT - LÀO",
    "Trần Minh Đức",
    "Hợp tác kinh tế biên giới giữa hai nước đã có bước phát triển rõ nét trong mười năm qua, nhất là ở các cặp cửa khẩu quốc tế và cửa khẩu chính.",
    "Kim ngạch thương mại qua biên giới tăng đều, song cơ sở hạ tầng kho bãi còn thiếu và thủ tục chưa đồng bộ.",
]


def test_a_description_cut_with_an_ellipsis_above_the_full_text_is_no_lead():
    result = parse(*SHARING_PAGE)
    assert result.article.lead.startswith("Hợp tác kinh tế biên giới giữa hai nước")
    assert result.roles[5].startswith("dropped:")
    assert result.article.title == SHARING_PAGE[3]


def test_a_lead_ending_in_an_ellipsis_without_a_full_copy_stays_the_lead():
    # near miss: an essay's sapo trails off on purpose; nothing under it repeats it
    lead = (
        "Có những chuyến đi mà người ta chỉ hiểu hết ý nghĩa khi đã trở về, ngồi lặng nhìn lại từng "
        "tấm ảnh cũ và những dòng ghi chép vội..."
    )
    result = parse(
        "Tạp chí Mẫu",
        "Những ngày ở vùng biên: ghi chép của một giáo viên tình nguyện",
        lead,
        "Tôi đến điểm trường vào một sáng đầu tháng chín, khi sương còn phủ kín con dốc dẫn lên bản.",
        "Lớp học có mười hai em, nhiều em chưa nói sõi tiếng phổ thông.",
    )
    assert result.article.lead == lead


def test_a_documents_type_heading_is_no_writer_when_its_date_row_is_unreadable():
    # the place-and-date row lost in the copy: the header runs on, the headings stay no byline
    lines = [line for line in LEGAL_PAGE if line not in ("Hòa", "Bình, ngày 14 tháng 11 năm 2026")]
    article = parse(*lines).article
    assert article.authors == []


# --- a name printed twice in the header, when nothing else reads as the headline -------------------


def test_a_name_printed_twice_in_the_header_is_the_headline_when_none_was_chosen():
    from seed_articles.parsing.header import _printed_twice

    region = numbered(
        "Cửa hàng Mẫu",
        "cách ủ phân hữu cơ cho vườn rau sân thượng",
        "Liên hệ",
        "cách ủ phân hữu cơ cho vườn rau sân thượng",
    )
    assert _printed_twice(region, []) == 1


def test_a_short_label_printed_twice_or_lines_printed_once_give_no_headline():
    from seed_articles.parsing.header import _printed_twice

    assert _printed_twice(numbered("Tin tức", "Sự kiện", "Tin tức"), [0, 1, 2]) is None
    region = numbered(
        "Khai mạc hội chợ nông sản vùng biên giới năm nay", "Đoàn doanh nghiệp Lào thăm khu kinh tế"
    )
    assert _printed_twice(region, [0, 1]) is None


# --- a writing platform's topic page: question headlines, writer and reading time, cut leads -------

PLATFORM_TOPIC = numbered(
    "Góc Viết",
    "Trang chủ",
    "Chủ đề",
    "Giáo dục - Nghề nghiệp",
    "Mới nhất | Nổi bật",
    "Có nên đi làm thêm ngay từ năm nhất đại học?",
    "Ngô Thảo · 5 phút đọc",
    "Tôi bắt đầu đi làm thêm từ tuần thứ hai ở ký túc xá, và đến giờ vẫn chưa biết đó là quyết định đúng hay sai...",
    "Học nghề ở tuổi ba mươi: muộn hay vừa kịp?",
    "Lâm Đức · 8 phút đọc",
    "Bạn bè cùng lớp đã có nhà, có xe, còn tôi quay lại ghế học với những người kém mình cả chục tuổi...",
    "Thư gửi người thầy đầu tiên của tôi",
    "Hà Vy · 4 phút đọc",
    "Thầy có lẽ không còn nhớ cậu học trò ngồi bàn cuối, nhưng con thì vẫn nhớ giọng đọc của thầy...",
    "1",
    "2",
    "Trang sau",
)


def test_a_topic_page_of_question_headlines_with_reading_times_is_a_listing():
    removed = {1, 4, 15, 16, 17}  # the site name, the topic (a menu label) and the page row
    lines = [line for line in PLATFORM_TOPIC if line.no not in removed]
    dropped = [line for line in PLATFORM_TOPIC if line.no in removed]
    region = [line for line in lines if line.no <= 5]
    found = find_listing(region, lines, dropped)
    assert found is not None and found.title is not None
    assert found.title.text == "Giáo dục - Nghề nghiệp"


def test_an_essay_with_one_question_and_no_page_row_is_no_listing():
    # near miss: an essay opening with a question headline and a trailing sapo, not paged
    removed = {1, 4}
    lines = [line for line in PLATFORM_TOPIC if line.no not in removed and line.no <= 8]
    dropped = [line for line in PLATFORM_TOPIC if line.no in removed]
    region = [line for line in lines if line.no <= 5]
    assert find_listing(region, lines, dropped) is None
