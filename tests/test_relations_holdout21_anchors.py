"""Undated previews placed by the day their text writes (relations.anchors), and a heading with a
number in the chrome is no masthead name (relations.sites).

Our own invented Vietnamese texts.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from scipy import sparse
from seed_articles.relations.anchors import anchored_gaps, written_days
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.sites import SiteWords
from seed_articles.relations.stories import date_range

PREVIEW = RelationDoc(
    key="sap-dien-ra-hoi-cho",
    title="Sắp khai mạc Hội chợ nông sản biên giới Việt - Lào",
    text=(
        "Hội chợ nông sản biên giới Việt - Lào dự kiến diễn ra từ ngày 3 đến 6/8/2026 tại cửa khẩu Cầu Treo.\n"
        "Năm 2019, hội chợ lần đầu được tổ chức với 80 gian hàng."
    ),
)
YEARLESS = RelationDoc(
    key="hoi-cho-khong-nam",
    title="Hội chợ nông sản biên giới khai mạc",
    text="Sáng 4/8, hội chợ khai mạc với 150 gian hàng của doanh nghiệp hai nước.",
)
OLD_DATES = RelationDoc(
    key="nhin-lai-hoi-cho",
    title="Nhìn lại mười năm hội chợ biên giới",
    text="Ngày 12/3/2016, hai tỉnh ký biên bản ghi nhớ về việc luân phiên tổ chức hội chợ.",
)
REPORT = RelationDoc(
    key="hoi-cho-khai-mac", title="Khai mạc hội chợ", text="...", date_sort=(2026, 8, 4, 9, 0, 0)
)
LATER = RelationDoc(
    key="hoi-cho-mua-sau", title="Hội chợ mùa sau", text="...", date_sort=(2027, 8, 4, 9, 0, 0)
)


def test_written_days_are_the_full_dates() -> None:
    days = [dt.date.fromordinal(day) for day in written_days(PREVIEW)]
    assert days == [dt.date(2026, 8, 6)]  # "năm 2019" is a year, not a day
    assert written_days(YEARLESS) == ()  # a day and month alone fit any year


def _gaps(docs: list[RelationDoc], first: list[int], second: list[int]) -> list[int]:
    dates = [date_range(doc.date_sort) for doc in docs]
    gaps = np.full(len(first), -1, dtype=np.int64)
    return anchored_gaps(docs, dates, np.array(first), np.array(second), gaps, 7).tolist()


def test_a_preview_is_placed_next_to_the_report_of_its_day() -> None:
    assert _gaps([PREVIEW, REPORT], [0], [1]) == [2]
    assert _gaps([REPORT, PREVIEW], [0], [1]) == [2]


def test_a_preview_is_not_placed_by_a_date_of_another_year_or_none() -> None:
    # Near misses: the same occasion a year later, a day without a year, only an old date.
    assert _gaps([PREVIEW, LATER], [0], [1]) == [-1]
    assert _gaps([YEARLESS, REPORT], [0], [1]) == [-1]
    assert _gaps([OLD_DATES, REPORT], [0], [1]) == [-1]
    # Two undated texts stay undated: neither has a day to measure from.
    assert _gaps([PREVIEW, YEARLESS], [0], [1]) == [-1]


def test_known_gaps_are_kept() -> None:
    dates = [date_range(doc.date_sort) for doc in (PREVIEW, REPORT)]
    kept = anchored_gaps([PREVIEW, REPORT], dates, np.array([0]), np.array([1]), np.array([40]), 7)
    assert kept.tolist() == [40]


def _own_name_columns(chrome: tuple[str, ...], text: str) -> frozenset[int]:
    doc = RelationDoc(key="van-ban", title="", text=text, chrome=chrome)
    columns: dict[str, int] = {}

    def column_of(feature: str) -> int:
        return columns.setdefault(feature, len(columns))

    empty = sparse.csr_matrix((1, 1))
    words = SiteWords([doc], empty, empty, np.zeros(1), column_of)
    return words.own_name(0)


def test_a_heading_with_a_number_is_not_the_sites_own_name() -> None:
    text = "Ban hành kế hoạch hợp tác giữa tỉnh Hòa Bình và tỉnh Hủa Phăn giai đoạn 2027 - 2031 kèm theo quyết định."
    assert _own_name_columns(("TỈNH HỦA PHĂN GIAI ĐOẠN 2027 - 2031",), text) == frozenset()


def test_a_masthead_name_the_text_writes_is_still_the_sites_own_name() -> None:
    # Near miss: an institution's name, no number.
    text = "Sáng nay, Trường Cao đẳng Nghề Biển Đông tiếp đoàn giảng viên nước bạn."
    assert _own_name_columns(("TRƯỜNG CAO ĐẲNG NGHỀ BIỂN ĐÔNG",), text)
