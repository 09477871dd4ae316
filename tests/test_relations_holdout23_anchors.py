"""A preview placed next to a report of its occasion ranks its other dated partners by distance.

Our own invented Vietnamese texts (relations.anchors, ``placed_far``).
"""

from __future__ import annotations

import numpy as np
from seed_articles.relations.anchors import anchored_gaps
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.stories import date_range

PREVIEW = RelationDoc(
    key="sap-dien-ra-doi-thoai",
    title="Sắp diễn ra Đối thoại chính sách quốc phòng Việt Nam - Hàn Quốc",
    text="Đối thoại lần thứ 9 dự kiến diễn ra từ ngày 21 đến 22/5/2026 tại Hà Nội, do thứ trưởng hai nước chủ trì.",
)
OLD_ONLY = RelationDoc(
    key="nhin-lai-doi-thoai",
    title="Nhìn lại mười năm đối thoại quốc phòng",
    text="Ngày 3/4/2014, hai bên lần đầu tổ chức đối thoại cấp thứ trưởng tại Seoul.",
)
REPORT = RelationDoc(
    key="khai-mac", title="Khai mạc đối thoại", text="...", date_sort=(2026, 5, 21, 10, 0, 0)
)
OTHER = RelationDoc(
    key="doi-thoai-khac", title="Đối thoại khác", text="...", date_sort=(2026, 11, 20, 9, 0, 0)
)


def _gaps(docs: list[RelationDoc], pairs: list[tuple[int, int]], placed_far: bool) -> list[int]:
    dates = [date_range(doc.date_sort) for doc in docs]
    first = np.array([a for a, _ in pairs])
    second = np.array([b for _, b in pairs])
    return anchored_gaps(docs, dates, first, second, np.full(len(pairs), -1), 7, placed_far).tolist()


def test_a_placed_preview_is_far_from_a_report_of_another_season() -> None:
    docs = [PREVIEW, REPORT, OTHER]
    near, far = _gaps(docs, [(0, 1), (0, 2)], placed_far=True)
    assert near == 1  # the full date it writes is 22/5/2026
    assert far > 150  # November is half a year from the dialogue it announces
    # Without it (whether a pair may link), a written day only brings pairs closer.
    assert _gaps(docs, [(0, 1), (0, 2)], placed_far=False) == [1, -1]


def test_a_text_with_no_report_of_its_days_stays_undated() -> None:
    # Writes only an old date, and no dated partner stands near it: nothing places it.
    docs = [OLD_ONLY, REPORT, OTHER]
    assert _gaps(docs, [(0, 1), (0, 2)], placed_far=True) == [-1, -1]
