"""Credits of held-out set 25 read in whole pages (invented text): a provincial branch of the
site's organisation signing the item, and a post card's writer over its stamp and headline.
Needs credits-pipeline.py.diff and credits-header.py.diff applied."""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, parse

STAMP = "05/10/2026 08:40"


def test_a_branch_of_the_site_organisation_in_the_signature_is_the_source():
    article = parse(
        "HỘI CỰU CHIẾN BINH VIỆT NAM",
        "Trang chủ | Tin tức | Hoạt động Hội | Liên hệ",
        TITLE,
        STAMP,
        LEAD,
        *BODY,
        "Hữu Phước (Hội Cựu chiến binh Nghệ An)",
    ).article
    assert article.authors == ["Hữu Phước"]
    assert article.source == "Hội Cựu chiến binh Nghệ An"


def test_a_department_in_the_signature_is_no_source():
    article = parse(
        "HỘI CỰU CHIẾN BINH VIỆT NAM",
        "Trang chủ | Tin tức | Hoạt động Hội | Liên hệ",
        TITLE,
        STAMP,
        LEAD,
        *BODY,
        "Hữu Phước (Ban Tuyên huấn)",
    ).article
    assert article.authors == ["Hữu Phước"]
    assert article.source is None


def test_another_body_in_the_signature_is_no_source():
    article = parse(
        "HỘI CỰU CHIẾN BINH VIỆT NAM",
        "Trang chủ | Tin tức | Hoạt động Hội | Liên hệ",
        TITLE,
        STAMP,
        LEAD,
        *BODY,
        "Hữu Phước (Trường Chính trị tỉnh Nghệ An)",
    ).article
    assert article.source is None


def test_a_full_name_over_the_stamp_over_the_headline_is_the_writer():
    article = parse(
        "SINHVIEN.VN",
        "Học bổng  Việc làm  Sự kiện",
        "Trịnh Minh Khôi",
        f"{STAMP} · 4 phút đọc",
        TITLE,
        LEAD,
        *BODY,
    ).article
    assert article.authors == ["Trịnh Minh Khôi"]
    assert article.title == TITLE


def test_a_short_name_over_the_stamp_over_the_headline_is_no_writer():
    article = parse(
        "SINHVIEN.VN", "Học bổng  Việc làm  Sự kiện", "Minh Khôi", STAMP, TITLE, LEAD, *BODY
    ).article
    assert article.authors == []
