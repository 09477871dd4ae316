"""Date rules from held-out sets 23-24, on invented text: a post's yearless stamp, the year of
a yearly edition."""

from __future__ import annotations

from parsing_helpers import BODY, TITLE, date_text, parse
from seed_articles.parsing.header import is_yearless_stamp
from seed_articles.parsing.pubdate import annual_year

NO_DATELINE = (
    "Chiều nay, lãnh đạo tỉnh đã tiếp đoàn doanh nghiệp Lào đang tìm hiểu cơ hội đầu tư vào nông nghiệp."
)


def test_a_posts_stamp_without_its_year_gives_day_and_month() -> None:
    result = parse("Trang tin tỉnh Hòa An", "14 tháng 10 lúc 09:20 ·", TITLE, NO_DATELINE, *BODY)
    assert date_text(result) == "--10-14"
    assert result.article.date.precision == "day-month"


def test_a_yearless_date_without_a_time_or_with_words_is_no_stamp() -> None:
    assert is_yearless_stamp("14 tháng 10 lúc 09:20 ·")
    assert not is_yearless_stamp("14 tháng 10")  # no time: a label, a widget
    assert not is_yearless_stamp("Hội chợ 14 tháng 10 lúc 09:20")  # words around it
    assert not is_yearless_stamp("14 tháng 10 năm 2026 lúc 09:20")  # with its year: a full stamp
    # a yearless date far from the headline (in the footer) dates nothing
    result = parse(TITLE, NO_DATELINE, *BODY, "14 tháng 10 lúc 09:20 ·")
    assert date_text(result) is None


def test_the_yearly_edition_named_by_its_year_dates_the_dateline() -> None:
    sentence = "Sáng 20/11, hội thảo thương mại thường niên năm 2026 đã thu hút hơn trăm doanh nghiệp."
    assert annual_year(sentence) == 2026
    result = parse(TITLE, sentence, *BODY)
    assert date_text(result) == "2026-11-20"


def test_an_annual_event_planned_or_reviewed_gives_no_year() -> None:
    assert (
        annual_year("Sáng 20/11, ban tổ chức cho biết hội thảo thường niên năm 2027 sẽ diễn ra ở Huế.")
        is None
    )
    assert annual_year("Ngày 8/1, hội nghị tổng kết hoạt động thường niên năm 2025 được tổ chức.") is None
    assert annual_year("Sáng 20/11, hội thảo thường niên năm 2026 nhìn lại chặng đường từ năm 2016.") is None


def test_a_posts_yearless_stamp_that_recurrence_removed_still_dates_it() -> None:
    from seed_articles.parsing.header import read_header
    from seed_articles.parsing.lines import SourceLine

    texts = ("Trang tin tỉnh Hòa An", "14 tháng 10 lúc 09:20 ·", TITLE, NO_DATELINE, *BODY)
    lines = [SourceLine(no, text, 0, 1) for no, text in enumerate(texts, start=1)]
    header = read_header([line for line in lines if line.no != 2], {2}, dropped=[lines[1]])
    assert [line.no for line in header.date_lines] == [2]
    assert header.meta_lines.get(2) == "date"


BLOG_LEAD = (
    "Trong một thập niên qua, hai nước đã mở rộng hợp tác giáo dục từ trao đổi sinh viên sang "
    "đào tạo chung các ngành kỹ thuật."
)


def test_a_blog_posts_date_header_dates_it_not_the_origins_date_under_the_title() -> None:
    from seed_articles.parsing.header import read_header
    from seed_articles.parsing.lines import SourceLine

    texts = (
        "Góc Nhìn Xa",
        "Thứ Ba, 17 tháng 11, 2026",
        TITLE,
        "Nguồn: Tạp chí Giáo dục Quốc tế - November 2, 2026",
        BLOG_LEAD,
        *BODY,
        "Đăng bởi Góc Nhìn Xa lúc 20:30",
    )
    lines = [SourceLine(no, text, 0, 1) for no, text in enumerate(texts, start=1)]
    header = read_header(lines)
    assert [line.no for line in header.date_lines] == [2]  # the origin's date is no candidate
    # no post footer: a page, not a blog post; the line under the title stays a candidate
    header = read_header(lines[:-1])
    assert 4 in [line.no for line in header.date_lines]


def test_without_a_date_header_the_stamp_under_the_title_stays_a_candidate() -> None:
    result = parse(
        "Góc Nhìn Xa",
        TITLE,
        "17/11/2026 20:30",
        BLOG_LEAD,
        *BODY,
        "Đăng bởi Góc Nhìn Xa lúc 20:30",
    )
    assert date_text(result) is not None and date_text(result).startswith("2026-11-17")
