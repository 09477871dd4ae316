"""Headline and date after held-out sets 25 and 26, on invented text.

The rules, stated as principles: a date in Japanese or Chinese notation ("2026年11月30日") is a
date like any other, so a page's own stamp in it outranks the lead's event day; a weekday-and-time
clock right under the site's menu, days after the day the lead reports, shows when the page was
viewed; a site's name (also a portal's name in ordinary case, "Cổng Thông tin điện tử tỉnh X") is
never the headline, on any path that picks one; the site's greeting ("Chào mừng bạn đến với ...")
is never the sapo; the day a reader sent a question ("Ngày gửi: ...") does not date the Q&A page;
a legal document's number and place-date rows mark its header even when recurrence removed them.
"""

from __future__ import annotations

import pytest
from seed_articles.parsing import parse_result, parse_text
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.evidence import SeedEvidence, line_key
from seed_articles.parsing.header import _is_furniture_name


def parse(*lines: str, evidence: SeedEvidence | None = None):
    if evidence is None:
        return parse_result("\n".join(lines), "seeds/page.txt")
    return parse_result("\n".join(lines), "seeds/page.txt", evidence=evidence)


def _date(result) -> str | None:
    date = result.article.date
    return None if date is None else date.isoformat() if hasattr(date, "isoformat") else str(date)


# -- dates in East Asian notation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2026年11月30日", (2026, 11, 30, None)),
        ("2025年3月5日 09:40", (2025, 3, 5, 9)),
        ("Đăng ngày 2024年 7月 1日", (2024, 7, 1, None)),
    ],
)
def test_cjk_dates_are_read(text, parts):
    hits = find_dates(text)
    assert len(hits) == 1
    assert (hits[0].year, hits[0].month, hits[0].day, hits[0].hour) == parts


def test_a_cjk_stamp_outranks_the_event_day_of_the_lead():
    result = parse(
        "Văn phòng Xúc tiến Thương mại Osaka",
        "Trang chủ > Tin tức > Thông báo",
        "2026年10月12日",
        "Văn phòng Osaka dự hội thảo về nông sản Việt Nam tại Kobe",
        "Ngày 9 tháng 10 năm 2026, Văn phòng Osaka đã tham dự hội thảo giới thiệu nông sản Việt Nam "
        "với các nhà nhập khẩu vùng Kansai.",
        "Hội thảo thu hút hơn 40 doanh nghiệp nhập khẩu trái cây và thủy sản của Nhật Bản.",
    )
    date = result.article.date
    assert (date.year, date.month, date.day) == (2026, 10, 12)


def test_a_plain_number_is_no_cjk_date():
    assert find_dates("Mã hàng 2026 11 30") == []


# -- the masthead's clock ----------------------------------------------------------------------

_CLOCK_PAGE = (
    "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH HÀ GIANG",
    "Trang chủ  Thời sự  Kinh tế  Xã hội  Văn hóa  Thể thao",
    "Thứ Sáu, 15/05/2026 | 08:20",
    "Văn hóa",
    "Hội diễn nghệ thuật quần chúng các dân tộc huyện Mèo Vạc",
    "(HGTV) Tối {day}/5, tại sân vận động huyện diễn ra hội diễn nghệ thuật quần chúng với sự tham gia "
    "của 18 đội văn nghệ đến từ các xã, thị trấn.",
    "Các tiết mục tái hiện nét đẹp văn hóa của đồng bào Mông, Dao, Lô Lô trên cao nguyên đá.",
    "Minh Khang",
)


def test_a_clock_under_the_menu_days_after_the_event_is_no_stamp():
    result = parse(*[line.replace("{day}", "6") for line in _CLOCK_PAGE])
    date = result.article.date
    assert date is not None
    assert (date.year, date.month, date.day) == (None, 5, 6)


def test_a_stamp_under_the_menu_on_the_day_after_the_event_stays():
    # near-miss: published the morning after the evening it reports
    result = parse(*[line.replace("{day}", "14") for line in _CLOCK_PAGE])
    date = result.article.date
    assert (date.year, date.month, date.day, date.hour) == (2026, 5, 15, 8)


# -- a site's name is never the headline ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cổng Thông tin điện tử tỉnh Hà Giang",
        "Trang thông tin điện tử Sở Công Thương tỉnh Bến Tre",
        "Cổng thông tin điện tử của Bộ Tài chính",
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN",
    ],
)
def test_portal_names_are_furniture(text):
    assert _is_furniture_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cổng thông tin điện tử tỉnh Hà Giang ra mắt giao diện mới",
        "Cổng thông tin điện tử tỉnh được nâng cấp",
        "Trang thông tin điện tử hỗ trợ doanh nghiệp xuất khẩu nông sản",
    ],
)
def test_headlines_about_a_portal_are_not_names(text):
    assert not _is_furniture_name(text)


def test_a_site_name_over_its_date_widget_is_never_the_headline():
    site = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN"
    result = parse(
        site,
        "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân",
        "Thứ Hai, 08/06/2026",
        "Tin tức - Sự kiện » Đối ngoại",
        "Chuẩn bị tiếp đoàn công tác tỉnh Phongsaly sang thăm và làm việc",
        "UBND tỉnh vừa ban hành kế hoạch tiếp đoàn công tác tỉnh Phongsaly, nước CHDCND Lào, sang thăm "
        "và làm việc tại tỉnh từ ngày 10 đến 12/6/2026.",
        "Theo kế hoạch, hai bên sẽ rà soát kết quả hợp tác và ký biên bản ghi nhớ giai đoạn mới.",
        "Ngọc Lan",
        evidence=SeedEvidence({line_key(site): 3}),
    )
    assert result.article.title == "Chuẩn bị tiếp đoàn công tác tỉnh Phongsaly sang thăm và làm việc"


# -- a Q&A page: the greeting and the asker's date ------------------------------------------------

_QA_PAGE = (
    "Cổng Thông tin điện tử tỉnh Bến Tre",
    "Giới thiệu  Tin tức  Chính quyền  Công dân  Doanh nghiệp  Hỏi đáp",
    "Chào mừng bạn đến với Cổng Thông tin điện tử tỉnh Bến Tre!",
    "Hỏi đáp > Nông nghiệp",
    "Hợp tác xã trồng dừa có được vay vốn ưu đãi để mua máy sơ chế không?",
    "Người gửi: Lê Văn Tâm | Địa chỉ: xã Phú Lễ | Ngày gửi: 02/08/2026",
    "Hợp tác xã chúng tôi có 40 thành viên trồng dừa hữu cơ, muốn mua máy sơ chế cơm dừa để bán cho "
    "doanh nghiệp xuất khẩu. Xin hỏi hợp tác xã cần đáp ứng điều kiện gì để được vay vốn ưu đãi?",
    "Trả lời",
    "Sở Nông nghiệp trả lời như sau: hợp tác xã cần có phương án sản xuất kinh doanh khả thi và "
    "được UBND cấp huyện xác nhận.",
)


def test_the_greeting_is_no_sapo_and_the_question_is_the_headline():
    result = parse(*_QA_PAGE)
    assert result.article.title == "Hợp tác xã trồng dừa có được vay vốn ưu đãi để mua máy sơ chế không?"
    assert result.roles.get(3, "").startswith("dropped")


def test_the_day_a_question_was_sent_does_not_date_the_page():
    result = parse(*_QA_PAGE)
    assert result.article.date is None


def test_a_welcome_in_a_sentence_of_the_text_is_kept():
    # near-miss: "chào mừng" inside a report's sapo is the text's own sentence
    result = parse(
        "Lễ kỷ niệm 30 năm thành lập Hội Doanh nhân trẻ tỉnh",
        "Sáng 3/7/2026, Hội Doanh nhân trẻ tỉnh tổ chức lễ chào mừng 30 năm thành lập với sự tham dự "
        "của lãnh đạo tỉnh và hơn 200 hội viên.",
        "Tại buổi lễ, Hội đã trao bằng khen cho 25 doanh nghiệp có thành tích xuất sắc.",
    )
    assert result.roles.get(2) == "lead"


# -- a legal document's header, its rows removed by recurrence ------------------------------------

_DOCUMENT_ROWS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1234/QĐ-UBND")


def test_the_document_heading_stays_when_its_number_row_recurs():
    result = parse(
        "Thư viện Văn bản - Cơ sở dữ liệu văn bản pháp luật",
        "Trang chủ > Văn bản > Quyết định",
        "Quyết định 1234/QĐ-UBND 2026 ban hành Kế hoạch phát triển thương mại điện tử tỉnh Sơn La",
        "UỶ BAN NHÂN DÂN TỈNH SƠN LA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 1234/QĐ-UBND",
        "Sơn La, ngày 3 tháng 9 năm 2026",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch phát triển thương mại điện tử năm 2027",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Xét đề nghị của Giám đốc Sở Công Thương.",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử năm 2027.",
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        evidence=SeedEvidence({line_key(text): 5 for text in _DOCUMENT_ROWS}),
    )
    assert not result.roles.get(9, "").startswith("dropped")


# -- a list of dated items: the first item's stamp is the list's text ------------------------------

_UPDATES = (
    "Hiệp hội Doanh nghiệp Châu Âu",
    "Home > Tin tức > Bản tin hội viên",
    "Bản tin hội viên",
    "Cập nhật ngày 12 tháng 9, 2026",
    "Hiệp hội đã gửi góp ý về dự thảo thông tư hướng dẫn hóa đơn điện tử cho hàng xuất khẩu tại chỗ.",
    "Cập nhật ngày 29 tháng 8, 2026",
    "Ủy ban Logistics đã làm việc với cảng vụ về thời gian thông quan hàng lạnh tại cảng Cái Mép.",
    "Cập nhật ngày 15 tháng 8, 2026",
    "Hội viên được mời dự hội thảo về quy định chống phá rừng của Liên minh châu Âu tại Hà Nội.",
)


def test_the_first_stamp_of_a_dated_list_stays_in_the_text():
    result = parse(*_UPDATES)
    assert result.roles.get(4) == "block"
    assert result.article.date is None


def test_a_stamp_printed_once_above_the_lead_is_the_date():
    # near-miss: one stamp, no other item under the same label
    result = parse(*_UPDATES[:5], "Các doanh nghiệp hội viên được mời gửi ý kiến trước ngày 20/9.")
    assert result.roles.get(4) == "date"


# -- an organisation's initials and name in capitals; a button; credits under a headline ----------


@pytest.mark.parametrize(
    "text",
    [
        "HUTECH - ĐẠI HỌC CÔNG NGHỆ TP. HỒ CHÍ MINH",
        "HCMUE - TRƯỜNG ĐẠI HỌC SƯ PHẠM TP. HỒ CHÍ MINH",
        "Mở khóa để xem toàn bộ lời giải",
        "Đăng nhập để đọc tiếp bài viết",
    ],
)
def test_names_and_buttons_are_furniture(text):
    assert _is_furniture_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "HUTECH - ĐẠI HỌC CÔNG NGHỆ KÝ KẾT HỢP TÁC ĐÀO TẠO VỚI BA DOANH NGHIỆP NHẬT BẢN",
        "Đăng ký kinh doanh qua mạng tăng mạnh trong quý III",
    ],
)
def test_headlines_in_capitals_or_about_registration_are_not_furniture(text):
    assert not _is_furniture_name(text)


def test_a_question_over_its_asker_and_stamp_is_the_headline_without_a_sapo():
    result = parse(
        "Hoc247.vn - Cộng đồng học tập trực tuyến",
        "Hỏi đáp | Đề thi | Tài liệu",
        "Trang chủ > Hỏi đáp > Sinh học > Lớp 11",
        "Trình bày quá trình thoát hơi nước ở lá cây",
        "Phạm Minh Anh | Sinh học - Lớp 11",
        "Đã hỏi: 04/10/2026 21:35",
        "1 câu trả lời",
        "### 1. **Con đường qua khí khổng**",
        "- Hơi nước khuếch tán qua khí khổng, được điều chỉnh bằng việc đóng mở khí khổng.",
        "- Vận tốc lớn, là con đường chủ yếu ở lá trưởng thành.",
        "### 2. **Con đường qua cutin**",
        "- Hơi nước khuếch tán qua bề mặt lớp cutin, vận tốc nhỏ.",
        "- Không được điều chỉnh, đáng kể ở lá non.",
        "Mở khóa để xem toàn bộ lời giải",
    )
    assert result.article.title == "Trình bày quá trình thoát hơi nước ở lá cây"


# -- a newsletter's issue line dates the issue by its month -----------------------------------------

_NEWSLETTER = (
    "Xem email này trên trình duyệt",
    "HIỆP HỘI CHẾ BIẾN GỖ TỈNH BÌNH DƯƠNG",
    "BẢN TIN GỖ VIỆT | Số 12, tháng 9/2026",
    "Xuất khẩu đồ gỗ sang Canada: cơ hội từ CPTPP",
    "Kính gửi Quý hội viên,",
    "Trong tám tháng đầu năm, kim ngạch xuất khẩu đồ gỗ của tỉnh sang Canada tăng đáng kể nhờ ưu đãi "
    "thuế quan, song doanh nghiệp cần chứng minh nguồn gốc gỗ hợp pháp.",
    "Hiệp hội sẽ tổ chức lớp tập huấn về quy tắc xuất xứ cho hội viên trong tháng tới.",
)


def test_an_issue_line_gives_the_month():
    date = parse(*_NEWSLETTER).article.date
    assert (date.year, date.month, date.day, date.precision) == (2026, 9, None, "month")


def test_a_month_in_a_headline_is_no_issue():
    # near-miss: the month inside a line that is no issue line gives no date
    lines = list(_NEWSLETTER)
    lines[2] = "BẢN TIN GỖ VIỆT"
    lines[3] = "Kế hoạch xuất khẩu đồ gỗ sang Canada tháng 9/2026"
    assert parse(*lines).article.date is None


def test_a_related_box_with_stamps_of_the_same_shape_keeps_the_pages_own_date():
    # Near miss of the dated-items rule: a news page's stamp above its lead, and a related-stories
    # box below whose stamps have the same shape under short headlines.
    lead = (
        "Sáng 20/11, đoàn công tác của tỉnh đã có buổi làm việc với đối tác nước ngoài về hợp tác "
        "thương mại và đầu tư trong giai đoạn tới."
    )
    body = (
        "Hai bên thống nhất thành lập nhóm công tác chung để theo dõi việc thực hiện các thỏa thuận "
        "đã ký, báo cáo định kỳ mỗi quý."
    )
    page = "\n".join(
        [
            "Báo Tỉnh",
            "Trang chủ > Đối ngoại",
            "Tỉnh tăng cường hợp tác thương mại với đối tác nước ngoài",
            "20/11/2026 09:40",
            lead,
            body,
            "Tin liên quan",
            "Đoàn doanh nghiệp khảo sát thị trường",
            "18/11/2026 14:00",
            "Hội nghị xúc tiến đầu tư mùa thu",
            "15/11/2026 08:30",
        ]
    )
    article = parse_text(page, "related-box")
    assert article.date is not None
    assert (article.date.year, article.date.month, article.date.day) == (2026, 11, 20)
