"""Credits after held-out sets 19 and 20, on invented text.

The rules, stated as principles: a table's column heads and a form's field labels printed
alone in capitals ("THỜI GIAN", "ĐỐI TÁC") name no one, nor do a table's column heads in
initials ("STT"); an audio host's feature list under its player ("AI Mastering") is no
signature; a credit introduced by an author word and closed by a full stop
("Tác giả: X.") is the writer's line, not the article's first paragraph; a student paper's
"SVTH: X, Y" credits its writers (its supervisor's "GVHD:" does not); a stamp followed by the
posting unit's name is a stamp naming no other origin; "Tổng hợp và lược dịch: X" and
"Biên soạn: X" introduce the writer, and "Nguồn thông tin: X" under the headline names the origin.
"""

from __future__ import annotations

import pytest
from seed_articles.parsing import parse_result
from seed_articles.parsing.bylines import agency_credit, parse_names, signature_parts
from seed_articles.parsing.header import _introduced_credit


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/page.txt")


@pytest.mark.parametrize("text", ["THỜI GIAN", "ĐỐI TÁC", "NỘI DUNG", "Địa Điểm", "GHI CHÚ", "TRẠNG THÁI"])
def test_field_labels_in_capitals_name_no_one(text):
    assert signature_parts(text, bare_names=True) is None
    assert parse_names(text) is None


@pytest.mark.parametrize(("text", "names"), [("THU HÀ", ["Thu Hà"]), ("Đối Minh Tâm", ["Đối Minh Tâm"])])
def test_names_in_capitals_still_sign(text, names):
    # near-misses: a name in capitals, and a name that merely opens with a label's word
    assert signature_parts(text, bare_names=True) == (names, None)


def test_a_tables_column_head_in_initials_is_no_agency():
    assert agency_credit("STT", bare=True) is None
    assert signature_parts("STT", bare_names=True) is None
    assert agency_credit("TTXVN", bare=True) == "TTXVN"  # near-miss: the agency's initials


@pytest.mark.parametrize("text", ["AI Mastering", "Premium Hosting", "Transcription Upload"])
def test_an_audio_hosts_features_are_no_signature(text):
    assert signature_parts(text, bare_names=True) is None


def test_a_writer_in_mixed_case_still_signs_at_the_end():
    assert signature_parts("Minh Khuê", bare_names=True) == (["Minh Khuê"], None)


def test_a_closing_credit_is_read_over_a_tables_heads_under_it():
    result = parse(
        "Cảng cạn Tân Phước - Dịch vụ kho bãi",
        "Trang chủ",
        "Tin tức",
        "Hàng qua cảng cạn tăng mạnh trong quý ba nhờ tuyến đường sắt mới",
        "Ngày đăng: 02/10/2026 09:10",
        "Lượng container qua cảng cạn Tân Phước trong quý ba tăng gần một phần ba so với cùng kỳ năm trước.",
        "Theo ban điều hành, tuyến đường sắt nối cảng biển giúp rút ngắn thời gian chờ của chủ hàng.",
        "Cảng dự kiến mở thêm hai bãi chứa hàng lạnh vào đầu năm tới để đón mùa nông sản.",
        "Bài: Trịnh Khả Vy",
        "STT",
        "NỘI DUNG",
        "THỜI GIAN",
        "ĐỐI TÁC",
        "© 2026 Cảng cạn Tân Phước",
    )
    assert result.article.authors == ["Trịnh Khả Vy"]
    assert result.article.source is None


@pytest.mark.parametrize("text", ["Tác giả: Lê Minh An.", "Người viết: Hồ Thị Mai Anh."])
def test_an_introduced_credit_closed_by_a_full_stop_is_no_lead(text):
    assert _introduced_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tác giả của cuốn sách đã nhiều lần lên vùng biên để ghi lại chuyện những người giữ mốc.",
        "Lê Minh An đã dành ba năm để viết cuốn sách này.",
        "Tác giả: Lê Minh An",  # no full stop: read as a byline already
    ],
)
def test_sentences_about_a_writer_are_no_credit(text):
    assert not _introduced_credit(text)


def test_a_blog_posts_writer_credited_with_a_full_stop_under_the_headline():
    result = parse(
        "Mười năm đi dạy ở điểm trường vùng cao",
        "Tác giả: Cù Thị Hạnh Dung.",
        "Lần đầu lên điểm trường, tôi mất gần một ngày đi bộ qua hai con dốc và một con suối lớn.",
        "Bây giờ đường đã được đổ bê tông, học trò không còn phải nghỉ học mỗi mùa mưa như trước.",
        "Điều tôi mong nhất là các em giữ được thói quen đọc sách khi xuống huyện học tiếp.",
    )
    assert result.article.authors == ["Cù Thị Hạnh Dung"]
    assert result.article.lead.startswith("Lần đầu lên điểm trường")


# --- a student paper's front page on a document site ----------------------------------------------


def test_a_student_papers_writers_follow_its_svth_label():
    from seed_articles.parsing.bylines import paper_authors

    text = "GVHD: TS. Hà Minh Quang SVTH: Vi Thị Lan, Đàm Quốc Bảo Tóm tắt: Bài viết phân tích hợp tác biên giới."
    assert paper_authors(text) == ["Vi Thị Lan", "Đàm Quốc Bảo"]
    assert paper_authors("Sinh viên thực hiện: Mạc Tuấn Kiệt Lớp: K45 Quan hệ quốc tế") == ["Mạc Tuấn Kiệt"]


@pytest.mark.parametrize(
    "text",
    [
        "GVHD: TS. Hà Minh Quang Tóm tắt: Bài viết phân tích hợp tác biên giới.",  # the supervisor only
        "Các SVTH: đã nộp báo cáo đúng hạn cho khoa",  # the label in a sentence
    ],
)
def test_a_supervisor_or_a_sentence_credits_no_student(text):
    from seed_articles.parsing.bylines import student_writers

    assert student_writers(text) == []


# --- a stamp followed by the unit that posted the item ---------------------------------------------


def test_a_stamp_followed_by_the_posting_unit_is_a_stamp_with_no_origin():
    from seed_articles.parsing.bylines import read_byline

    byline = read_byline("14:15 02-12-2026 Viện Nghiên cứu Đông Nam Á")
    assert byline is not None and byline.stamp == "14:15 02-12-2026" and byline.source is None
    assert not byline.authors


def test_a_stamp_followed_by_a_sentence_is_no_stamp_line():
    from seed_articles.parsing.bylines import read_byline

    # near-miss: a date opening a sentence about an institution
    assert read_byline("02-12-2026 Viện Nghiên cứu Đông Nam Á tổ chức hội thảo về an ninh lương thực") is None


def test_a_stamp_under_the_sapo_with_the_posting_unit_dates_the_item():
    result = parse(
        "Viện Nghiên cứu Đông Nam Á",
        "Trang chủ",
        "Tin tức",
        "Hội thảo về an ninh lương thực khu vực Mê Kông",
        "Các nhà nghiên cứu thảo luận về tác động của biến đổi khí hậu tới sản xuất lúa gạo ở hạ lưu sông Mê Kông.",
        "14:15 02-12-2026 Viện Nghiên cứu Đông Nam Á",
        "Sáng 1/12, hội thảo quy tụ khoảng 80 đại biểu đến từ các viện nghiên cứu và trường đại học trong khu vực.",
        "Các tham luận tập trung vào nguồn nước, giống lúa chịu mặn và liên kết tiêu thụ nông sản giữa các nước.",
    )
    date = result.article.date
    assert date is not None and (date.year, date.month, date.day, date.hour) == (2026, 12, 2, 14)
    assert result.article.source is None


# --- a research blog's header: compiler, project stamp, origin ---------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tổng hợp và lược dịch: Hà Thu Trang", ["Hà Thu Trang"]),
        ("Tổng hợp và dịch: Lục Văn Khang", ["Lục Văn Khang"]),
        ("Biên soạn: Phó Minh Đạt", ["Phó Minh Đạt"]),
    ],
)
def test_a_compilers_credit_introduces_the_writer(text, names):
    from seed_articles.parsing.bylines import read_byline

    byline = read_byline(text)
    assert byline is not None and byline.authors == names and byline.introduced


def test_a_compiling_sentence_is_no_credit():
    from seed_articles.parsing.bylines import read_byline

    # near-miss: "tổng hợp" as a verb in a sentence
    assert read_byline("Tổng hợp và lược dịch các báo cáo quốc tế về nghề cá trong năm qua.") is None


RESEARCH_POST = [
    "Nhật Ký Biển Cả",
    "Ghi chép về nghề cá và biển đảo",
    "Trang chủ",
    "Tư liệu",
    "Diễn đàn nghề cá bền vững lần thứ ba tại Quy Nhơn: những đề xuất chính",
    "Biên soạn: Phó Minh Đạt",
    "Dự án Nhật Ký Biển Cả ngày 5 tháng 12 năm 2026",
    "Nguồn thông tin: Báo Bình Định",
    "Theo thông cáo của Ban tổ chức, diễn đàn có hơn 150 đại biểu đến từ các hội nghề cá và viện nghiên cứu.",
    "Các đề xuất tập trung vào giám sát hành trình tàu cá, truy xuất nguồn gốc và chuyển đổi nghề cho ngư dân.",
]


def test_a_research_posts_header_names_its_writer_and_its_origin():
    article = parse(*RESEARCH_POST).article
    assert article.authors == ["Phó Minh Đạt"]
    assert article.source == "Báo Bình Định"


def test_a_photo_credit_under_the_headline_names_no_origin():
    # near-miss: "Nguồn hình ảnh, X" (no colon) credits the picture
    from seed_articles.parsing.header import _header_credit_source

    assert _header_credit_source("NGUỒN HÌNH ẢNH,TTXVN") is None
    assert _header_credit_source("Nguồn hình ảnh, Getty Images") is None
    assert _header_credit_source("Nguồn thông tin: Báo Bình Định") == "Báo Bình Định"
