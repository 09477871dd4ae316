"""Same-story lists: every other report of an event, and related articles besides them.

Our own short Vietnamese texts: eight reports of one deployment ceremony
(sites rewrite one press release, each with its own lead and close), six
articles on the same subject on other occasions, and off-topic texts.
"""

from __future__ import annotations

import pytest
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import MAX_SAME_STORY, related_index
from seed_articles.relations.stories import StorySettings
from test_relations_short import FOOTBALL, PRICES, WEATHER

EVENT_DAY = (2025, 5, 20, 0, 0, 0)

CORE = [
    "Bệnh viện dã chiến cấp 2 số 7 gồm 63 quân nhân, trong đó có 10 nữ, sẽ thay thế bệnh viện số 6 tại phái bộ Liên hợp quốc ở Nam Sudan.",
    "Trước khi lên đường, các y bác sĩ đã hoàn thành khóa huấn luyện tiếng Anh, kỹ năng cấp cứu chiến trường và quy trình vận hành bệnh viện theo tiêu chuẩn Liên hợp quốc.",
    "Thứ trưởng Bộ Quốc phòng trao quyết định cho lực lượng gìn giữ hòa bình và yêu cầu cán bộ, nhân viên giữ nghiêm kỷ luật, chăm sóc tốt sức khỏe cho binh sĩ và người dân địa phương.",
    "Đây là lần thứ bảy Việt Nam cử bệnh viện dã chiến tham gia hoạt động gìn giữ hòa bình tại Nam Sudan.",
]
LEADS = [
    "Sáng 20/5, tại Hà Nội, Bộ Quốc phòng tổ chức lễ xuất quân Bệnh viện dã chiến cấp 2 số 7.",
    "Ngày 20/5, lễ xuất quân lực lượng gìn giữ hòa bình đi Nam Sudan đã diễn ra trang trọng tại Thủ đô.",
    "Bệnh viện dã chiến cấp 2 số 7 chính thức lên đường làm nhiệm vụ quốc tế sau buổi lễ sáng 20/5.",
    "Trong không khí trang nghiêm, Bộ Quốc phòng tiễn đoàn y bác sĩ quân đội lên đường sang Nam Sudan sáng 20/5.",
    "Sáng nay 20/5, các quân nhân của Bệnh viện dã chiến cấp 2 số 7 dự lễ xuất quân trước giờ lên đường.",
    "Lễ xuất quân Bệnh viện dã chiến cấp 2 số 7 được tổ chức sáng 20/5 với sự tham dự của lãnh đạo Bộ Quốc phòng.",
    "Hôm nay 20/5, thêm một lực lượng y tế quân đội lên đường tham gia gìn giữ hòa bình Liên hợp quốc.",
    "Sáng 20/5, Cục Gìn giữ hòa bình Việt Nam phối hợp tổ chức lễ xuất quân cho bệnh viện dã chiến.",
]
CLOSES = [
    "Người thân của các quân nhân có mặt từ sớm để tiễn đưa.",
    "Lực lượng sẽ có mặt tại nơi làm nhiệm vụ vào cuối tháng.",
    "Nhiều quân nhân trong đoàn đã từng làm nhiệm vụ quốc tế trước đây.",
    "Trang thiết bị y tế của bệnh viện đã được vận chuyển bằng đường biển.",
    "Buổi lễ khép lại bằng nghi thức chào cờ và chụp ảnh lưu niệm.",
    "Đoàn sẽ bay bằng máy bay vận tải của Liên hợp quốc.",
    "Đơn vị nhận nhiệm vụ trong thời hạn một năm.",
    "Các nữ quân nhân được phân công ở khoa nội và khoa sản.",
]
TITLES = [
    "Bệnh viện dã chiến cấp 2 số 7 xuất quân đi Nam Sudan",
    "Xuất quân lực lượng gìn giữ hòa bình đi Nam Sudan",
    "Bệnh viện dã chiến số 7 lên đường làm nhiệm vụ quốc tế",
    "Tiễn y bác sĩ quân đội sang Nam Sudan",
    "Lễ xuất quân Bệnh viện dã chiến cấp 2 số 7",
    "Bộ Quốc phòng tổ chức lễ xuất quân bệnh viện dã chiến",
    "Thêm lực lượng y tế quân đội gìn giữ hòa bình",
    "Việt Nam tiếp tục cử bệnh viện dã chiến tới Nam Sudan",
]

# The same subject on other occasions, months or years from the ceremony.
OTHER_OCCASIONS = {
    "bv6-ve-nuoc": (
        (2025, 2, 12, 0, 0, 0),
        """Bệnh viện dã chiến cấp 2 số 6 hoàn thành nhiệm vụ trở về nước
Sau một năm làm nhiệm vụ gìn giữ hòa bình tại phái bộ Liên hợp quốc ở Nam Sudan, các quân nhân của Bệnh viện dã chiến cấp 2 số 6 đã về tới sân bay Nội Bài. Trong thời gian làm nhiệm vụ, bệnh viện tiếp nhận hàng nghìn lượt khám chữa bệnh cho binh sĩ Liên hợp quốc và người dân địa phương, được phái bộ đánh giá cao về chuyên môn.""",
    ),
    "bv6-xuat-quan": (
        (2024, 3, 5, 0, 0, 0),
        """Xuất quân Bệnh viện dã chiến cấp 2 số 6
Bộ Quốc phòng tổ chức lễ xuất quân Bệnh viện dã chiến cấp 2 số 6 đi làm nhiệm vụ gìn giữ hòa bình Liên hợp quốc tại Nam Sudan. Bệnh viện gồm các y bác sĩ quân đội đã qua huấn luyện tiếng Anh, cấp cứu chiến trường và quy trình vận hành theo tiêu chuẩn Liên hợp quốc.""",
    ),
    "huan-luyen": (
        (2025, 3, 18, 0, 0, 0),
        """Huấn luyện trước triển khai cho bệnh viện dã chiến
Cục Gìn giữ hòa bình Việt Nam khai giảng khóa huấn luyện cho quân nhân dự kiến làm nhiệm vụ tại bệnh viện dã chiến ở Nam Sudan. Học viên học tiếng Anh chuyên ngành y, kỹ năng cấp cứu chiến trường, luật pháp quốc tế và quy định của phái bộ Liên hợp quốc.""",
    ),
    "nu-quan-nhan": (
        (2025, 1, 8, 0, 0, 0),
        """Nữ quân nhân Việt Nam tại phái bộ Liên hợp quốc
Những nữ bác sĩ, y tá của bệnh viện dã chiến Việt Nam tại Nam Sudan không chỉ chăm sóc binh sĩ Liên hợp quốc mà còn khám bệnh, tặng thuốc cho phụ nữ và trẻ em địa phương. Lực lượng gìn giữ hòa bình Việt Nam được phái bộ ghi nhận là đơn vị y tế tận tâm.""",
    ),
    "muoi-nam": (
        (2024, 6, 27, 0, 0, 0),
        """Mười năm Việt Nam tham gia gìn giữ hòa bình Liên hợp quốc
Từ những sĩ quan đầu tiên năm 2014, Việt Nam đã cử nhiều bệnh viện dã chiến cấp 2 và đội công binh tới Nam Sudan và Abyei. Bộ Quốc phòng đánh giá lực lượng gìn giữ hòa bình đã hoàn thành tốt nhiệm vụ, góp phần nâng cao vị thế của đất nước tại Liên hợp quốc.""",
    ),
    "doi-cong-binh": (
        (2024, 10, 14, 0, 0, 0),
        """Đội Công binh số 3 xuất quân đi Abyei
Bộ Quốc phòng tổ chức lễ xuất quân Đội Công binh số 3 làm nhiệm vụ gìn giữ hòa bình Liên hợp quốc tại khu vực Abyei. Cùng với các bệnh viện dã chiến ở Nam Sudan, đội công binh là lực lượng thứ hai Việt Nam cử tới phái bộ, thực hiện nhiệm vụ sửa chữa đường sá và xây dựng công trình.""",
    ),
}

OFF_TOPIC = {"bong-da": FOOTBALL, "thoi-tiet": WEATHER, "gia-rau": PRICES}

REPORTS = [f"bao-{n}" for n in range(len(LEADS))]


def _doc(key: str, text: str, date: tuple | None) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date)


def _report(n: int) -> RelationDoc:
    # Each site keeps three of the four press-release sentences, in its own order.
    kept = [CORE[(n + k) % len(CORE)] for k in range(3)]
    body = "\n".join([LEADS[n], *kept, CLOSES[n]])
    return RelationDoc(key=REPORTS[n], title=TITLES[n], text=body, date_sort=EVENT_DAY)


def corpus() -> list[RelationDoc]:
    return [
        *(_report(n) for n in range(len(LEADS))),
        *(_doc(key, text, date) for key, (date, text) in OTHER_OCCASIONS.items()),
        *(_doc(key, text, EVENT_DAY) for key, text in OFF_TOPIC.items()),
    ]


@pytest.fixture(scope="module")
def index():
    return related_index(corpus(), top_n=5)


def test_eight_reports_are_one_story(index):
    assert REPORTS in index.groups
    assert not any(set(group) & set(OTHER_OCCASIONS) for group in index.groups)


@pytest.mark.parametrize("key", REPORTS)
def test_each_report_lists_all_seven_others_then_five_related(index, key):
    relations = index.related[key]
    same = [r.target for r in relations if r.same_story]
    others = [r.target for r in relations if not r.same_story]
    assert sorted(same) == sorted(k for k in REPORTS if k != key)
    # The other reports do not use up the related slots: five articles of other occasions follow.
    assert len(others) == 5
    assert set(others) <= set(OTHER_OCCASIONS)
    # Same story first, then the others; each part strongest first.
    assert [r.same_story for r in relations] == [True] * 7 + [False] * 5
    for part in (relations[:7], relations[7:]):
        ranks = [(-r.score, r.target) for r in part]
        assert ranks == sorted(ranks)


def test_other_occasions_list_reports_as_related_not_same_story(index):
    relations = index.related["bv6-xuat-quan"]
    assert relations and not any(r.same_story for r in relations)
    assert len(relations) <= 5
    assert any(r.target in REPORTS for r in relations)


@pytest.mark.parametrize("key", OFF_TOPIC)
def test_off_topic_texts_link_to_nothing(index, key):
    assert index.related[key] == []
    assert not any(key in {r.target for r in rels} for rels in index.related.values())


def test_story_list_is_capped_and_related_count_kept():
    found = related_index(corpus(), top_n=2, story_limit=3)
    for key in REPORTS:
        relations = found.related[key]
        assert [r.same_story for r in relations] == [True] * 3 + [False] * 2
    assert REPORTS in found.groups  # the cap shortens lists, never the group
    assert MAX_SAME_STORY >= 12


def test_related_count_does_not_limit_the_story(index):
    found = related_index(corpus(), top_n=1)
    for key in REPORTS:
        assert sum(r.same_story for r in found.related[key]) == 7
        assert sum(not r.same_story for r in found.related[key]) == 1
        assert [r for r in found.related[key] if r.same_story] == [
            r for r in index.related[key] if r.same_story
        ]


# Two reports of one border meeting, each in its own words (no long runs of wording shared).
MEETING_A = """Biên phòng Nghệ An hội đàm với lực lượng bảo vệ biên giới tỉnh Hủa Phăn
Ngày 14/11, tại cửa khẩu Nậm Cắn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An hội đàm định kỳ với Bộ Chỉ huy Quân sự tỉnh Hủa Phăn của Lào. Hai bên thông báo tình hình an ninh biên giới trong năm, đánh giá kết quả tuần tra song phương, phòng chống buôn lậu ma túy và xuất nhập cảnh trái phép, đồng thời ký biên bản thống nhất kế hoạch phối hợp năm tới."""
MEETING_B = """Nghệ An và Hủa Phăn thống nhất phối hợp quản lý đường biên năm tới
Tại cửa khẩu quốc tế Nậm Cắn hôm 14/11, lãnh đạo biên phòng Nghệ An và quân sự tỉnh Hủa Phăn của nước bạn Lào đã ngồi lại rà soát một năm giữ gìn đường biên chung. Theo biên bản ký kết, hai lực lượng duy trì tuần tra song phương hằng quý, chia sẻ thông tin về các đường dây ma túy, buôn lậu và người vượt biên trái phép."""


def _meeting(date_a: tuple | None, date_b: tuple | None) -> dict:
    docs = [_doc("hoi-dam-a", MEETING_A, date_a), _doc("hoi-dam-b", MEETING_B, date_b), *corpus()]
    found = related_index(docs)
    return {r.target: r.same_story for r in found.related["hoi-dam-a"]}


def test_differently_worded_reports_of_one_day_are_one_story():
    assert _meeting((2024, 11, 14, 0, 0, 0), (2024, 11, 15, 0, 0, 0)) == {"hoi-dam-b": True}


@pytest.mark.parametrize(
    "date_b",
    [
        (2024, 11, 17, 0, 0, 0),  # three days later: maybe a second meeting
        (2024, 11, 0, 0, 0, 0),  # only the month: not known to be close
        None,  # no date
    ],
)
def test_similar_reports_without_close_exact_dates_are_related_only(date_b):
    assert _meeting((2024, 11, 14, 0, 0, 0), date_b) == {"hoi-dam-b": False}


def test_close_path_can_be_switched_off():
    docs = [
        _doc("hoi-dam-a", MEETING_A, (2024, 11, 14, 0, 0, 0)),
        _doc("hoi-dam-b", MEETING_B, (2024, 11, 14, 0, 0, 0)),
        *corpus(),
    ]
    strict = related_index(docs, story=StorySettings(close_similarity=2.0))
    assert {r.target: r.same_story for r in strict.related["hoi-dam-a"]} == {"hoi-dam-b": False}


# --- day and month without a year -------------------------------------------------


def test_yearless_day_is_one_day_on_the_calendar_circle():
    from seed_articles.relations.stories import date_range, days_between

    yearless = date_range((0, 11, 14, 0, 0, 0))
    assert yearless is not None and yearless[0] == yearless[1]
    assert days_between(yearless, date_range((2024, 11, 15, 0, 0, 0))) == 1
    assert days_between(yearless, date_range((0, 11, 14, 0, 0, 0))) == 0
    # 30/12 and 2/1: three days apart whatever the years.
    assert days_between(date_range((0, 12, 30, 0, 0, 0)), date_range((2025, 1, 2, 0, 0, 0))) == 3
    assert days_between(yearless, date_range((2024, 0, 0, 0, 0, 0))) == 0  # a whole year
    assert date_range((0, 11, 0, 0, 0, 0)) is None  # a month without a year tells nothing
    assert date_range((0, 2, 29, 0, 0, 0)) is not None


@pytest.mark.parametrize("date_b", [(0, 11, 14, 0, 0, 0), (0, 11, 15, 0, 0, 0)])
def test_reports_dated_by_day_and_month_only_are_one_story(date_b):
    assert _meeting((2024, 11, 14, 0, 0, 0), date_b) == {"hoi-dam-b": True}
    assert _meeting((0, 11, 14, 0, 0, 0), date_b) == {"hoi-dam-b": True}


def test_reports_on_other_days_of_the_year_are_related_only():
    assert _meeting((2024, 11, 14, 0, 0, 0), (0, 11, 20, 0, 0, 0)) == {"hoi-dam-b": False}
    assert _meeting((0, 3, 14, 0, 0, 0), (0, 11, 14, 0, 0, 0)) == {"hoi-dam-b": False}


# --- reports of one meeting that name it alike ------------------------------------

# Two reports of one meeting from different angles: the opening session and a talk on its
# sidelines. They share the meeting's name but little wording.
NAMED_A = """Khai mạc Hội nghị TMDF lần thứ 9 tại Viêng Chăn
Chiều 3/4, Hội nghị Tư lệnh Hải quân các nước Mekong lần thứ 9 (TMDF) khai mạc tại Viêng Chăn với chủ đề bảo đảm an ninh đường thủy và ứng phó thiên tai trên sông. Đoàn Việt Nam do Tư lệnh Hải quân dẫn đầu đề xuất lập đường dây nóng giữa các lực lượng tuần tra đường sông và diễn tập tìm kiếm cứu nạn chung hằng năm."""
NAMED_B = """Gặp song phương bên lề TMDF lần thứ 9
Bên lề hội nghị ở Viêng Chăn ngày 4/4, trưởng đoàn Hải quân Việt Nam gặp người đồng cấp Campuchia. Hai bên điểm lại việc trao đổi đoàn, đào tạo sĩ quan trẻ, thăm cảng của tàu huấn luyện và hợp tác y tế quân sự; phía bạn cảm ơn sự giúp đỡ trong sửa chữa tàu, nhất trí ký kế hoạch hợp tác giai đoạn tới và mời đoàn Việt Nam dự lễ kỷ niệm thành lập quân chủng."""


def _named(abbr_a: list[str], abbr_b: list[str], date_b: tuple = (2025, 4, 4, 0, 0, 0), **settings) -> bool:
    docs = [
        RelationDoc("tmdf-a", *NAMED_A.split("\n", 1), (2025, 4, 3, 0, 0, 0), abbr_a),
        RelationDoc("tmdf-b", *NAMED_B.split("\n", 1), date_b, abbr_b),
        *corpus(),
    ]
    found = related_index(docs, story=StorySettings(**settings))
    return {r.target: r.same_story for r in found.related["tmdf-a"]}.get("tmdf-b", False)


def test_reports_of_one_day_naming_one_meeting_are_one_story():
    assert _named(["TMDF"], ["TMDF"])


@pytest.mark.parametrize(
    ("abbr_a", "abbr_b", "date_b"),
    [
        ([], [], (2025, 4, 4, 0, 0, 0)),  # no name in common: only the similarity decides
        (["TMDF"], ["ASEAN"], (2025, 4, 4, 0, 0, 0)),  # different names
        (["TMDF"], ["TMDF"], (2025, 4, 7, 0, 0, 0)),  # four days later: maybe the next session
        (["TMDF"], ["TMDF"], (2025, 4, 0, 0, 0, 0)),  # only the month
    ],
)
def test_one_story_by_name_needs_the_name_and_the_next_day(abbr_a, abbr_b, date_b):
    assert not _named(abbr_a, abbr_b, date_b)


def test_a_name_most_articles_use_is_no_evidence():
    assert not _named(["TMDF"], ["TMDF"], named_share=0.0)
