"""Headline rules from held-out sets 23-24, on invented text: mastheads, question headlines,
document pages and syndicated headlines that recurrence removed."""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse
from seed_articles.parsing.header import is_dated_credit, is_masthead, read_header
from seed_articles.parsing.header_documents import _document_name, _document_text_start
from seed_articles.parsing.lines import SourceLine


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(no, text, 0, 1) for no, text in enumerate(texts, start=1)]


# --- a site's masthead is never the headline ------------------------------------------


def test_a_masthead_naming_the_kind_of_site_is_no_headline() -> None:
    for masthead in (
        "XeViet - Diễn đàn những người mê xe",
        "Hoasen.vn - Thư viện tài liệu, bài giảng",
        "Bến Nghé - Chia sẻ kiến thức xuất nhập khẩu",
        "TRUNG DUNG JSC - Dịch vụ kho vận & hải quan",
    ):
        assert is_masthead(masthead), masthead
        # the page's text under it has no headline of its own: the title is derived
        result = parse(masthead, LEAD, *BODY)
        assert result.article.title != masthead
        assert result.article.title_derived
        assert parse(masthead, TITLE, LEAD, *BODY).article.title == TITLE


def test_headlines_with_a_dash_are_no_masthead() -> None:
    for headline in (
        "Việt Nam - Lào chia sẻ kinh nghiệm đào tạo nghề",
        "Hội nghị ASEAN - Nhật Bản bàn về chuỗi cung ứng",
        "Bảo Long - Dịch vụ hải quan được khách hàng tin tưởng.",  # a sentence
        "Quảng Ninh - Dịch vụ logistics tăng trưởng 12% năm 2026",  # a date in it
    ):
        assert not is_masthead(headline), headline
    assert parse("Việt Nam - Lào chia sẻ kinh nghiệm đào tạo nghề", LEAD, *BODY).article.title == (
        "Việt Nam - Lào chia sẻ kinh nghiệm đào tạo nghề"
    )


# --- a headline asking a question under the page's frame --------------------------------

QUESTION = "Vì sao hai tỉnh biên giới chọn giáo dục làm trọng tâm hợp tác?"


def test_a_question_under_the_sites_menu_and_date_is_the_headline() -> None:
    result = parse(
        "Sông Lam",
        "Trang chủ | Thời sự | Kinh tế | Giáo dục",
        "Thứ Sáu, 20 tháng 11, 2026",
        QUESTION,
        "Tác giả: Trần Minh Khoa",
        LEAD,
        *BODY,
    )
    assert result.article.title == QUESTION
    assert not result.article.title_derived


def test_a_question_sapo_under_a_headline_stays_the_lead() -> None:
    longer = (
        "Câu trả lời nằm ở nhu cầu nhân lực của các khu kinh tế cửa khẩu, nơi doanh nghiệp hai bên "
        "đang thiếu lao động có tay nghề và biết ngoại ngữ."
    )
    result = parse("Sông Lam", "Thứ Sáu, 20 tháng 11, 2026", TITLE, QUESTION, longer, *BODY)
    assert result.article.title == TITLE


def test_a_thread_starters_credit_and_date_make_the_question_its_headline() -> None:
    question = "Thuế linh kiện giảm thì giá xe lắp ráp trong nước có giảm không các bác?"
    result = parse(
        "XeViet - Diễn đàn những người mê xe",
        "Diễn đàn | Tin tức | Mua bán",
        question,
        "Chủ đề trong 'Hỏi đáp' bắt đầu bởi tuan_vu88, 03/10/2026.",
        "Em thấy báo đưa tin thuế nhập khẩu linh kiện ô tô sẽ giảm theo lộ trình mới, không biết giá xe "
        "lắp ráp có giảm theo không.",
        "Nhà em đang định mua xe cuối năm nên hỏi các bác có kinh nghiệm, chờ thêm hay mua luôn?",
    )
    assert result.article.title == question
    assert date_text(result) == "2026-10-03"


def test_a_paragraph_with_an_author_word_and_a_date_is_no_credit() -> None:
    assert is_dated_credit("Đăng bởi minh_an, 12/03/2026")
    assert not is_dated_credit(
        "Bộ Giáo dục cho biết chương trình được xây dựng bởi các chuyên gia hai nước từ ngày 12/03/2026, "
        "với sự tham gia của hơn hai trăm giáo viên ở các tỉnh biên giới phía Bắc."
    )
    assert not is_dated_credit("Đăng bởi minh_an")  # no date: a credit only


# --- a legal document's page whose national row recurrence removed ------------------

DOCUMENT_PAGE = (
    "VĂN BẢN TỈNH NHÀ",
    "Trang chủ › Văn bản › Quyết định",
    "Quyết định 15/QĐ-UBND năm 2026 về hợp tác giáo dục với tỉnh Xiêng Khoảng",
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÒA AN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 15/QĐ-UBND",
    "Hòa An, ngày 10 tháng 3 năm 2026",
    "QUYẾT ĐỊNH",
    "VỀ VIỆC HỢP TÁC GIÁO DỤC VỚI TỈNH XIÊNG KHOẢNG",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025; theo đề nghị của Sở Giáo dục.",
    "Điều 1. Phê duyệt nội dung hợp tác giáo dục giai đoạn 2026 - 2030 với tỉnh bạn.",
)


def test_a_documents_page_headline_though_its_national_row_was_removed() -> None:
    lines = _lines(*DOCUMENT_PAGE)
    removed = [line for line in lines if line.no in (6, 7)]  # printed on every page of the folder
    kept = [line for line in lines if line.no not in (6, 7)]
    header = read_header(kept, {6, 7}, dropped=removed)
    assert header.title is not None and header.title.no == 3
    # the document's own type heading and subject are its text, not the header's
    assert 10 not in header.chrome and 11 not in header.chrome


def test_removed_lines_that_are_no_national_row_prove_no_document() -> None:
    lines = _lines(*DOCUMENT_PAGE)
    kept = [line for line in lines if line.no not in (1, 2, 6, 7)]
    assert _document_name(kept, [lines[5]]) == 0  # the national row, removed: line 3 is the headline
    # removed lines that are no national row (the masthead, the crumbs) prove no document page
    assert _document_name(kept, [line for line in lines if line.no in (1, 2)]) is None
    assert _document_text_start(kept, [line for line in lines if line.no in (1, 2)]) == len(kept)


# --- a syndicated headline that recurrence removed -------------------------------------

SHARED = "Hai tỉnh biên giới mở lớp tiếng Lào cho cán bộ hải quan cửa khẩu"
SAPO = (
    "Sáng 14/11, tại Hà Tĩnh, lớp tiếng Lào dành cho cán bộ hải quan cửa khẩu của hai tỉnh biên giới "
    "đã khai giảng với hơn bốn mươi học viên."
)


def test_a_removed_headline_over_the_pages_stamp_is_read_back() -> None:
    lines = _lines("Báo Sông Lam - Tin tức", SHARED, "14/11/2026 16:45", SAPO, *BODY)
    header = read_header([line for line in lines if line.no != 2], {2}, dropped=[lines[1]])
    assert header.title is not None and header.title.text == SHARED


def test_a_removed_slogan_over_the_stamp_is_no_headline() -> None:
    slogan = "Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh nhà"
    lines = _lines("Báo Sông Lam", slogan, "14/11/2026 16:45", SAPO, *BODY)
    header = read_header([line for line in lines if line.no != 2], {2}, dropped=[lines[1]])
    assert header.title is None or header.title.text != slogan


def test_a_removed_headline_typed_against_the_sapo_is_the_title() -> None:
    lines = _lines(SHARED, SHARED + SAPO, *BODY)
    header = read_header(lines[1:], {1}, dropped=[lines[0]])
    assert header.title is not None and header.title.no == 1
    assert header.lead is not None and header.lead.text == SAPO


# --- a listing whose cards close with a bare "Đọc thêm" button --------------------------

CARDS = (
    "Thủ tục cấp C/O mẫu EUR.1 cho hàng dệt may",
    "Các bước khai báo, hồ sơ cần chuẩn bị và những lỗi doanh nghiệp hay gặp khi xin cấp chứng nhận...",
    "Đọc thêm",
    "Lộ trình giảm thuế với hàng nông sản sang Anh",
    "Tổng hợp các mức thuế ưu đãi năm tới và những mặt hàng được hưởng lợi nhiều nhất từ hiệp định...",
    "Đọc thêm",
    "Doanh nghiệp kho vận trước cam kết mở cửa dịch vụ",
    "Các cam kết mở cửa thị trường vận tải đem lại cơ hội mới cùng sức ép cạnh tranh không nhỏ cho doanh nghiệp...",
    "Đọc thêm",
    "1 2 3 Trang sau ›",
)


def test_a_removed_lower_case_tag_heads_cards_closed_by_read_more_buttons() -> None:
    lines = _lines("TRUNG DUNG JSC - Dịch vụ kho vận & hải quan", "quy tắc xuất xứ", *CARDS)
    removed = {2, 5, 8, 11, 12}  # the tag (printed in other seeds' menus), the buttons, the pages
    header = read_header(
        [line for line in lines if line.no not in removed],
        {2},
        dropped=[line for line in lines if line.no in removed],
    )
    assert header.listing
    assert header.title is not None and header.title.text == "quy tắc xuất xứ"


def test_an_articles_read_more_button_makes_no_listing() -> None:
    result = parse(TITLE, LEAD, *BODY, "Đọc thêm", "Hai tỉnh ký kết hợp tác y tế")
    assert result.article.title == TITLE


def test_markdown_numbered_headings_of_the_answer_are_kept() -> None:
    result = parse(
        "Hỏi Đáp Nhanh - Cộng đồng học tập",
        "Vai trò của cửa khẩu quốc tế đối với kinh tế vùng biên",
        "Đã hỏi: 12/10/2026 08:15",
        "### 1. **Về thương mại**",
        "- **Thông quan**: hàng hóa qua lại nhanh hơn, chi phí vận chuyển giảm.",
        "### 2. **Về việc làm**",
        "- Tạo thêm việc làm cho lao động địa phương trong dịch vụ kho bãi.",
        "Đăng ký thành viên để đọc toàn bộ lời giải chi tiết",
    )
    assert {4, 6} <= set(kept(result))


def test_a_short_label_line_above_the_headline_is_still_chrome() -> None:
    result = parse("Hỏi đáp", "Lớp 10", TITLE, LEAD, *BODY)
    assert 2 not in kept(result)
