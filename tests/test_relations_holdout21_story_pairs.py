"""A pair that is itself one event's pair (same day, one meeting's abbreviation) links without the
vouching of the story its report is grouped in (similarity.related_index): the side meeting of a
conference, reported by one site, stays linked to the report that covers it.

Our own invented Vietnamese texts over the real seeds as background.
"""

from __future__ import annotations

import pytest
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from test_relations_similarity import seed_docs

DAY = (2026, 6, 10, 0, 0, 0)
CORE = (
    "Hội nghị hợp tác nghề cá khu vực lần thứ sáu khai mạc sáng nay tại thành phố Quy Nhơn với sự tham dự của đại biểu mười hai nước.\n"
    "Các đại biểu thảo luận cơ chế chia sẻ dữ liệu tàu cá, kiểm soát sản lượng khai thác xa bờ và phối hợp cứu hộ ngư dân gặp nạn trên biển.\n"
    "Ban tổ chức cho biết hội nghị sẽ thông qua tuyên bố chung về phát triển nghề cá bền vững vào chiều mai."
)
SIDE = (
    "Bên lề hội nghị, Trung tâm Phát triển Nghề cá Đông Nam Á (SEAFDEC) ký biên bản ghi nhớ với Trường Cao đẳng Kỹ thuật Quy Nhơn "
    "về đào tạo thuyền trưởng tàu cá và thợ máy cho các tỉnh duyên hải Nam Trung Bộ."
)
REPORT = RelationDoc(
    key="hoi-nghi-nghe-ca-bao-a",
    title="Khai mạc Hội nghị hợp tác nghề cá khu vực tại Quy Nhơn",
    text=f"{CORE}\n{SIDE}",
    date_sort=DAY,
    abbreviations=["SEAFDEC"],
)
RETOLD = RelationDoc(
    key="hoi-nghi-nghe-ca-bao-b",
    title="Mười hai nước dự Hội nghị hợp tác nghề cá khu vực",
    text=f"{CORE}\nNhiều ngư dân Bình Định mong hội nghị giúp tháo gỡ khó khăn về nhiên liệu và giá cá ngừ.",
    date_sort=DAY,
)
SIDE_MEETING = RelationDoc(
    key="seafdec-ky-ghi-nho",
    title="SEAFDEC ký ghi nhớ đào tạo thuyền trưởng tàu cá với trường cao đẳng ở Quy Nhơn",
    text=(
        "Trung tâm Phát triển Nghề cá Đông Nam Á (SEAFDEC) và Trường Cao đẳng Kỹ thuật Quy Nhơn vừa ký biên bản ghi nhớ "
        "về đào tạo thuyền trưởng tàu cá và thợ máy cho các tỉnh duyên hải Nam Trung Bộ.\n"
        "Theo biên bản, mỗi năm trung tâm cử chuyên gia giảng dạy hai khóa ngắn hạn về an toàn hàng hải và điều khiển tàu cá vỏ thép.\n"
        "Nhà trường sẽ dành một xưởng thực hành động cơ thủy cho học viên của chương trình."
    ),
    date_sort=DAY,
    abbreviations=["SEAFDEC"],
)


@pytest.fixture(scope="module")
def index():
    return related_index([*seed_docs(), REPORT, RETOLD, SIDE_MEETING])


def test_the_two_reports_are_one_story(index):
    assert [REPORT.key, RETOLD.key] in [sorted(group) for group in index.groups]


def test_the_side_meeting_stays_linked_to_the_report_that_covers_it(index):
    assert REPORT.key in {r.target for r in index.related[SIDE_MEETING.key]}
    assert SIDE_MEETING.key in {r.target for r in index.related[REPORT.key]}
