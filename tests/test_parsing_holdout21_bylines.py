"""Credits after held-out sets 21 and 22, on invented text.

The rules, stated as principles: a name ending in the syllable "Đăng" keeps it ("Trần Hải Đăng |
<date>": "đăng" means "posted" only as a label or set off from the name), and a credit label
("Tác giả: X") never becomes a source; an office credited for an item ("Tin, ảnh: Sở VHTTDL X")
is a credit line naming no writer; names each marked for a footnote ("X(*) - Y(**)") are a paper's
writers; an author word after the names ("X thực hiện", "Y (ghi)", "Z lược dịch") credits them;
"Theo báo QĐND" names the outlet without the common noun "báo"; a header line giving the origin,
its date and "Theo X" names the origin; a place is never an outlet; WordPress's "Posted in X |
N Comments »" footer is no text; a legal document's signer is no writer.
"""

from __future__ import annotations

import pytest
from seed_articles.parsing import parse_result
from seed_articles.parsing import pipeline as pipeline_module
from seed_articles.parsing.bylines import (
    credit_source,
    is_office_name,
    is_post_meta_footer,
    is_signing_row,
    parse_names,
    read_byline,
    signature_parts,
)
from seed_articles.parsing.evidence import SeedEvidence, line_key
from seed_articles.parsing.header_credits import _header_credit_source


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/page.txt")


# -- "Đăng" at the end of a name, and credit labels that are no source -------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tác giả: Trần Hải Đăng | 03/11/2026", ["Trần Hải Đăng"]),
        ("Bài: Phan Minh Đăng - 03/11/2026 08:15", ["Phan Minh Đăng"]),
        ("Hải Đăng 03/11/2026", ["Hải Đăng"]),
    ],
)
def test_a_name_ending_in_dang_keeps_it_and_is_no_source(text, names):
    byline = read_byline(text)
    assert byline is not None
    assert byline.authors == names
    assert byline.source is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minh Khoa | Đăng lúc 08:15 03/11/2026", ["Minh Khoa"]),  # "Đăng" set off: "posted"
        ("Ngày đăng: 03/11/2026", []),
        ("Lê Hoa đăng 03/11/2026", ["Lê Hoa"]),  # "đăng" in lower case: the label
        ("Minh Khoa | Thứ Ba, 03/11/2026 08:15", ["Minh Khoa"]),
    ],
)
def test_stamp_words_are_still_stripped(text, names):
    byline = read_byline(text)
    assert byline is not None
    assert byline.authors == names


def test_an_outlet_before_its_stamp_is_still_a_source():
    # near-miss: capitalised words that are no writer's full name, set off by a bar
    byline = read_byline("Một Góc Nhìn | 14/10/2026, 10:30")
    assert byline is not None and byline.source == "Một Góc Nhìn"


def test_an_analysis_blogs_author_line_under_the_headline():
    result = parse(
        "Góc Nhìn Chiến Lược",
        "Trang chủ",
        "Phân tích",
        "Liên hệ",
        "Hợp tác hải quân Đông Nam Á: Ba xu hướng sau cuộc diễn tập tháng Mười",
        "Tác giả: Trần Hải Đăng | 03/11/2026",
        "Cuộc diễn tập đa phương tháng Mười cho thấy các lực lượng hải quân trong khu vực ngày càng "
        "chú trọng tới khả năng phối hợp trong tình huống cứu nạn.",
        "Trước hết, các nước chia sẻ thông tin thời tiết và vị trí tàu nhanh hơn so với những năm trước.",
        "Thứ hai, sĩ quan trẻ được cử tham gia nhiều hơn, tạo nền tảng cho quan hệ lâu dài.",
        "© Góc Nhìn Chiến Lược",
    )
    assert result.article.authors == ["Trần Hải Đăng"]
    assert result.article.source is None


# -- offices are no writers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tin, ảnh: Sở VHTTDL Quảng Trị",
        "Bài: Trung tâm Văn hóa tỉnh",
        "Tin: PHÒNG VĂN HÓA HUYỆN",
        "Tin và ảnh: Ban Tuyên giáo Huyện ủy",
    ],
)
def test_an_office_credited_for_the_item_is_no_writer(text):
    assert parse_names(text) is None
    assert signature_parts(text, bare_names=True) is None
    assert is_signing_row(text)  # the office signs in a writer's place: a closing row, no writer


@pytest.mark.parametrize("text", ["Tin, ảnh: Hoàng Vy", "Bài: Ngọc Hà - Sở Ngoại vụ", "Hoàng Vy"])
def test_a_writers_credit_is_no_office_row(text):
    assert not is_signing_row(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tin, ảnh: Hoàng Vy", ["Hoàng Vy"]),
        ("Bài: Ngọc Hà - Sở Ngoại vụ", ["Ngọc Hà"]),  # the writer's office after a dash
        ("Vũ Phòng", ["Vũ Phòng"]),  # an office word inside a name, not opening it
        ("Trường Sơn", ["Trường Sơn"]),  # "Trường" alone opens a pen name
    ],
)
def test_writers_with_an_office_word_still_sign(text, names):
    assert parse_names(text) == names


@pytest.mark.parametrize("text", ["Sở Ngoại vụ", "CỤC ĐỐI NGOẠI", "Học Viện Hải Quân", "Trung Tâm"])
def test_office_names(text):
    assert is_office_name(text)


def test_a_ministry_portals_office_credit_names_no_author():
    result = parse(
        "CỔNG THÔNG TIN DU LỊCH",
        "Trang chủ | Tin tức | Liên hệ",
        "Hội chợ đặc sản miền núi sẽ khai mạc vào đầu tháng 12",
        "12/11/2026 | 09:40",
        "Ban Tổ chức hội chợ đặc sản miền núi vừa công bố kế hoạch tổ chức sự kiện thường niên "
        "tại quảng trường trung tâm tỉnh trong bốn ngày.",
        "Hội chợ dự kiến có khoảng 150 gian hàng nông sản, thủ công mỹ nghệ và ẩm thực của các huyện.",
        "Du khách sẽ được tham gia các hoạt động trải nghiệm làm bánh truyền thống và giao lưu văn nghệ.",
        "Tin, ảnh: Sở VHTTDL Lào Cai",
        "In bài viết",
        "Các tin khác",
    )
    assert result.article.authors == []
    assert result.article.source is None


# -- footnote-marked co-authors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trần Thu Nga(*) - Hồ Minh Khang(**)", ["Trần Thu Nga", "Hồ Minh Khang"]),
        ("Trần Thu Nga (*), Hồ Minh Khang (**)", ["Trần Thu Nga", "Hồ Minh Khang"]),
        ("Trần Thu Nga*, Hồ Minh Khang**", ["Trần Thu Nga", "Hồ Minh Khang"]),
    ],
)
def test_footnote_marked_coauthors(text, names):
    assert parse_names(text) == names


def test_the_footnote_itself_names_no_one():
    assert parse_names("(*) Trường Đại học Sư phạm; (**) Học viện Ngoại giao") is None


def test_a_profile_pages_paper_credits_its_coauthors():
    result = parse(
        "TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI",
        "Trang cá nhân | Công trình khoa học",
        "QUAN HỆ VIỆT NAM - NEW ZEALAND: HAI MƯƠI NĂM ĐỐI TÁC",
        "(Đăng trên tạp chí Nghiên cứu Quốc tế)",
        "Trần Thu Nga(*) - Hồ Minh Khang(**)",
        "Bài viết điểm lại quá trình phát triển quan hệ song phương giữa hai nước trong hai thập niên, "
        "từ trao đổi giáo dục đến hợp tác quốc phòng.",
        "1. Bối cảnh",
        "Hai nước có nhiều điểm tương đồng trong cách tiếp cận các vấn đề khu vực và đều coi trọng luật lệ.",
        "(*) Trường Đại học Khoa học Xã hội; (**) Học viện Ngoại giao",
    )
    assert result.article.authors == ["Trần Thu Nga", "Hồ Minh Khang"]


# -- an author word after the names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hà Linh thực hiện", ["Hà Linh"]),
        ("Quế Chi (ghi)", ["Quế Chi"]),
        ("Đào Minh Trí lược dịch", ["Đào Minh Trí"]),
        ("Hà Linh - Bảo Ngọc thực hiện", ["Hà Linh", "Bảo Ngọc"]),
    ],
)
def test_an_author_word_after_the_names(text, names):
    byline = read_byline(text)
    assert byline is not None
    assert byline.authors == names
    assert byline.introduced


@pytest.mark.parametrize(
    "text", ["Bộ Ngoại giao thực hiện", "Hà Nội thực hiện", "Tổ chức thực hiện", "Đà Nẵng ghi"]
)
def test_no_names_before_the_author_word(text):
    assert parse_names(text) is None


def test_an_interviews_credit_under_its_stamp():
    result = parse(
        "Tạp chí Khoa học Ngày nay",
        "Chính sách",
        "Công nghệ",
        'Hợp tác nghiên cứu biển: "Cần dữ liệu chung trước khi bàn dự án lớn"',
        "Thứ Tư, 14/10/2026 09:00",
        "Hà Linh thực hiện",
        "Tháng trước, các viện hải dương học trong khu vực thống nhất lập cơ sở dữ liệu chung. "
        "Tạp chí trao đổi với một nhà khoa học tham gia chương trình.",
        "Thưa ông, vì sao cơ sở dữ liệu lại được ưu tiên?",
        "Vì mọi đề xuất hợp tác đều cần số liệu đáng tin cậy mà các bên cùng chấp nhận.",
        "Xin cảm ơn ông!",
        "Bài cùng chuyên mục",
    )
    assert result.article.authors == ["Hà Linh"]


# -- sources ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Theo báo QĐND", "QĐND"),
        ("Nguồn: trang Vietnamplus", "Vietnamplus"),
        ("Theo Báo Hải Phòng", "Báo Hải Phòng"),  # capitalised: the paper's own name
    ],
)
def test_a_lower_case_press_word_before_the_outlet(text, source):
    assert credit_source(text) == source


@pytest.mark.parametrize("text", ["Theo báo cáo", "Theo báo cáo của UBND", "Theo báo chí", "Theo Hà Nội"])
def test_no_outlet_in_these_credits(text):
    assert credit_source(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("IISS .05 Tháng Mười 2026. Theo IISS", "IISS"),
        ("15/10/2026 | Nguồn: Báo Quảng Ninh", "Báo Quảng Ninh"),
        ("Chinhphu.vn, 15/10/2026. Theo Chinhphu.vn", "Chinhphu.vn"),
    ],
)
def test_a_header_line_with_the_origin_its_date_and_credit(text, source):
    assert _header_credit_source(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 15/10/2026, tại Hà Nội, các đại biểu đã thảo luận nhiều vấn đề. Theo TTXVN",
        "Cập nhật 15/10/2026. Theo Hà Nội",  # a place
        "Nhóm nghiên cứu. Theo IISS",  # no date beside the credit
        "Ngày 15/10/2026. Theo kế hoạch",
    ],
)
def test_no_header_credit_in_these_lines(text):
    assert _header_credit_source(text) is None


def test_a_translation_blogs_header_credit_names_the_origin():
    result = parse(
        "Biển Xa",
        "Trang chủ",
        "Dịch thuật",
        "Thứ Sáu, 16 tháng 10, 2026",
        "Tuần duyên Đông Nam Á: hợp tác từ những việc nhỏ",
        "IISS .14 Tháng Mười 2026. Theo IISS",
        "Đào Minh Trí lược dịch",
        "Những năm gần đây, lực lượng tuần duyên các nước Đông Nam Á gặp nhau thường xuyên hơn, "
        "không chỉ trong các hội nghị mà cả trên biển.",
        "Báo cáo cho rằng các hoạt động nhỏ như tập huấn chung đang dần tạo ra lòng tin giữa các bên.",
        "Tuy vậy, năng lực tàu thuyền giữa các nước vẫn còn chênh lệch đáng kể.",
        "Đăng bởi Đào Minh Trí lúc 20:10",
        "Không có nhận xét nào:",
    )
    assert result.article.source == "IISS"
    assert result.article.authors == ["Đào Minh Trí"]


# -- closing footers and signing blocks -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Posted in Quốc phòng - An ninh | 3 Comments »",
        "Filed under: Biển Đông",
        "Posted in Uncategorized | Leave a comment",
        "Đăng trong Thời sự | Để lại bình luận",
    ],
)
def test_a_blogs_category_footer(text):
    assert is_post_meta_footer(text)


@pytest.mark.parametrize(
    "text",
    ["Đăng trong năm 2026 có nhiều bài viết về chủ đề này", "Posted in 2026", "Thu Hà"],
)
def test_no_category_footer(text):
    assert not is_post_meta_footer(text)


_NEEDS_PIPELINE_DIFF = pytest.mark.skipif(
    not hasattr(pipeline_module, "_under_signing_row"),
    reason="needs /work/round4/credits-pipeline.diff applied to pipeline.py",
)


@_NEEDS_PIPELINE_DIFF
def test_a_pen_name_signature_above_a_wordpress_footer():
    result = parse(
        "Nhật Ký Xa Nhà",
        "Trang chủ",
        "Giới thiệu",
        "03/11/2026",
        "Chuyện một chuyến tàu thăm cảng Cam Ranh",
        "Tuần trước, một người bạn ở Nha Trang gửi cho tôi mấy tấm ảnh chụp tàu huấn luyện nước bạn cập cảng.",
        "Nhìn ảnh mới thấy các chuyến thăm như thế nay đã thành chuyện thường, không còn hiếm như trước.",
        "Thôi, chuyện còn dài, hẹn dịp khác.",
        "Tư Lù",
        "Share this:",
        "Like this:",
        "Posted in Đời sống - Xã hội | 3 Comments »",
        "Blog at WordPress.com.",
    )
    assert result.article.authors == ["Tư Lù"]


# the signing block's rows recur in every document of a legal database's folder
_SIGNING_ROWS = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT, NV."]


@_NEEDS_PIPELINE_DIFF
def test_a_legal_documents_signer_is_no_writer():
    result = parse_result(
        "\n".join(
            [
                "CƠ SỞ DỮ LIỆU VĂN BẢN",
                "Kế hoạch hợp tác quốc tế năm 2026 của tỉnh Hòa Bình",
                "Hợp tác quốc tế năm 2026",
                "1. Tổ chức ít nhất hai đoàn xúc tiến đầu tư tại các địa phương của Hàn Quốc và Nhật Bản trong năm.",
                "2. Phối hợp với các cơ quan đại diện ở nước ngoài giới thiệu sản phẩm nông nghiệp của tỉnh.",
                "Sở Ngoại vụ là cơ quan thường trực, theo dõi và báo cáo kết quả thực hiện định kỳ.",
                "Nơi nhận:",
                "- Bộ Ngoại giao;",
                "- Lưu: VT, NV.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Lương Văn Kiên",
            ]
        ),
        "seeds/page.txt",
        evidence=SeedEvidence({line_key(text): 6 for text in _SIGNING_ROWS}),
    )
    assert result.article.authors == []


def test_a_closing_name_under_a_paragraph_still_signs():
    # near-miss: the same name closing a news item, with no signing block above it
    result = parse(
        "Tin tức tỉnh Hòa Bình",
        "Tỉnh Hòa Bình đón đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư",
        "Ngày 14/10/2026, lãnh đạo tỉnh tiếp đoàn doanh nghiệp Hàn Quốc đến tìm hiểu cơ hội đầu tư.",
        "Đoàn đã khảo sát hai khu công nghiệp và làm việc với các sở, ngành liên quan.",
        "Lương Văn Kiên",
    )
    assert result.article.authors == ["Lương Văn Kiên"]
