"""Relations between short articles (0.5-2 KB): our own short Vietnamese texts, seeds as background."""

from __future__ import annotations

import numpy as np
import pytest
from seed_articles.relations import linking
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import DEFAULT_MIN_SIMILARITY, related_index
from test_relations_similarity import seed_docs

DAY = (2025, 4, 9, 0, 0, 0)
LATER = (2025, 4, 25, 0, 0, 0)  # sixteen days on: past a story's window, within a month
PATROL_A = """Biên phòng Điện Biên và Lào tuần tra chung đoạn biên giới Tây Trang
Sáng 9/4, Đồn Biên phòng cửa khẩu Tây Trang phối hợp với Đại đội bảo vệ biên giới của Lào tổ chức tuần tra song phương trên tuyến biên giới thuộc huyện Điện Biên. Hai lực lượng kiểm tra hệ thống cột mốc, trao đổi tình hình buôn lậu qua đường mòn và thống nhất kế hoạch tuần tra chung trong mùa khô."""
PATROL_B = """Bộ đội hai nước cùng đi trên đường biên
Hôm qua, những người lính mang quân hàm xanh ở Tây Trang đã cùng bạn Lào vượt dốc, băng rừng suốt một ngày. Dọc đường, hai tổ công tác dừng lại phát quang quanh từng cột mốc, ghi chép dấu vết lạ và dặn bà con bản giáp ranh báo ngay khi thấy người lạ mang hàng qua lối tắt."""
LONG = """Điện Biên và Lào phối hợp chặt chẽ giữ bình yên biên giới
Sáng 9/4, Đồn Biên phòng cửa khẩu Tây Trang phối hợp với Đại đội bảo vệ biên giới của Lào tổ chức tuần tra song phương trên tuyến biên giới thuộc huyện Điện Biên.
Trước khi xuất phát, lãnh đạo hai đơn vị đã họp thống nhất lộ trình, phân công nhiệm vụ cho từng tổ và quy ước cách liên lạc khi đi qua khu vực sóng điện thoại yếu.
Trong ngày, các tổ tuần tra đã đi qua nhiều đoạn đường rừng dốc, phát quang, kiểm tra tình trạng của các cột mốc và cọc dấu, chụp ảnh lưu hồ sơ những vị trí bị sạt lở để báo cáo cấp trên.
Tại các bản giáp biên, cán bộ hai bên gặp gỡ già làng, trưởng bản, tuyên truyền người dân không tiếp tay cho đối tượng buôn lậu, vận chuyển hàng cấm qua đường mòn, lối mở.
Kết thúc chuyến tuần tra, hai bên đánh giá tình hình an ninh trật tự khu vực biên giới cơ bản ổn định, song vẫn tiềm ẩn nguy cơ xuất nhập cảnh trái phép vào mùa khô.
Hai đơn vị thống nhất tiếp tục duy trì cơ chế tuần tra chung định kỳ hằng quý, trao đổi thông tin kịp thời và phối hợp giải quyết các vụ việc phát sinh trên tuyến biên giới.
Lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên đánh giá cao tinh thần trách nhiệm của cán bộ, chiến sĩ hai nước, coi đây là biểu hiện sinh động của tình đoàn kết đặc biệt Việt Nam - Lào."""
SHIP = """Tàu hải quân Ấn Độ cập cảng Tiên Sa
Chiều 9/4, tàu khu trục của Hải quân Ấn Độ cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm hữu nghị bốn ngày. Thủy thủ đoàn sẽ chào xã giao lãnh đạo Vùng 3 Hải quân, giao lưu thể thao và tham quan di tích lịch sử tại địa phương."""
FOOTBALL = """Đội chủ nhà thắng đậm trong trận cầu mưa bàn thắng
Tối 9/4, đội bóng chủ nhà thắng 4-1 nhờ cú đúp của tiền đạo trẻ trong hiệp hai. Huấn luyện viên cho biết toàn đội sẽ nghỉ hai ngày trước trận sân khách cuối tuần, khi đội đang đứng thứ ba trên bảng xếp hạng."""
WEATHER = """Nắng nóng gay gắt kéo dài ở Trung Bộ
Từ ngày 9/4, các tỉnh Trung Bộ nắng nóng gay gắt, nhiệt độ cao nhất 37-39 độ C, độ ẩm thấp. Cơ quan khí tượng khuyến cáo người dân hạn chế ra đường buổi trưa, uống đủ nước và đề phòng cháy rừng."""
PRICES = """Giá rau củ tại chợ đầu mối tăng mạnh
Sáng 9/4, giá nhiều loại rau ăn lá tại các chợ đầu mối tăng 20-30% so với tuần trước do nguồn hàng về ít. Tiểu thương dự báo giá sẽ giảm khi thời tiết thuận lợi hơn vào tuần sau."""

OFF_TOPIC = ("football", "weather", "prices")


def _doc(key: str, text: str, date: tuple | None = DAY) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date)


def _short_corpus() -> list[RelationDoc]:
    return [
        *seed_docs(),
        _doc("patrol-a", PATROL_A),
        _doc("patrol-b", PATROL_B),
        _doc("long", LONG),
        _doc("ship", SHIP),
        *(_doc(key, text) for key, text in zip(OFF_TOPIC, (FOOTBALL, WEATHER, PRICES), strict=True)),
    ]


@pytest.fixture(scope="module")
def short_index():
    return related_index(_short_corpus())


def _targets(index, key: str) -> list[str]:
    return [relation.target for relation in index.related[key]]


def test_two_short_reports_of_one_event_link(short_index):
    # Worded differently: their cosine is below the floor of long texts, above theirs.
    assert "patrol-b" in _targets(short_index, "patrol-a")
    assert "patrol-a" in _targets(short_index, "patrol-b")
    relation = next(r for r in short_index.related["patrol-b"] if r.target == "patrol-a")
    assert relation.score < DEFAULT_MIN_SIMILARITY


def test_long_and_short_text_on_one_subject_link(short_index):
    assert "patrol-b" in _targets(short_index, "long")
    assert "long" in _targets(short_index, "patrol-b")
    assert _targets(short_index, "long")[0] == "patrol-a"  # the closer retelling ranks first


@pytest.mark.parametrize("key", OFF_TOPIC)
def test_off_topic_short_text_links_to_nothing(short_index, key):
    assert short_index.related[key] == []
    assert not any(key in _targets(short_index, other) for other in short_index.related)


def test_short_reports_on_different_defence_events_do_not_link(short_index):
    assert short_index.related["ship"] == []


def test_same_subject_weeks_apart_still_links_but_ranks_lower():
    """Distance in time orders links; weeks apart, a pair on the same subject still links.

    (Months apart, a pair only just above its floor no longer does:
    ``test_far_apart_pairs_need_a_clearer_similarity``.)
    """
    later = _doc("patrol-b", PATROL_B, date=LATER)
    docs = [doc if doc.key != "patrol-b" else later for doc in _short_corpus()]
    index = related_index(docs)
    assert "patrol-b" in _targets(index, "patrol-a")
    near = {rel.target: rel.score for rel in related_index(_short_corpus()).related["patrol-a"]}
    far = {rel.target: rel.score for rel in index.related["patrol-a"]}
    assert far["patrol-b"] < near["patrol-b"]


def test_floor_scales_with_length_up_to_the_long_text_floor():
    features = np.array([50, 150, 600, 2000])
    floors = linking.length_floor(features, features, 0.2)
    assert np.all(np.diff(floors) >= 0)
    assert floors[0] < 0.1 and floors[-1] == floors[-2] == pytest.approx(0.2)


def test_time_factor_is_one_within_a_story_and_halves_per_half_life():
    gaps = np.array([0, 7, 7 + int(linking.HALF_LIFE_DAYS), 3650, -1])
    factors = linking.time_factor(gaps, story_days=7)
    assert factors[:4].tolist() == pytest.approx([1.0, 1.0, 0.5, linking.MIN_TIME_FACTOR])
    assert factors[4] == pytest.approx(linking.UNDATED_FACTOR)


def test_evidence_needs_shared_distinctive_words():
    strengths = np.array([0.3, 0.3])
    evidence = np.array([linking.MIN_EVIDENCE, linking.MIN_EVIDENCE - 0.5])
    features = np.array([100, 100])
    assert linking.linkable(strengths, evidence, features, features, 0.2).tolist() == [True, False]


def test_far_apart_pairs_need_a_clearer_similarity():
    features = np.array([600, 600, 600, 600])  # long texts: the floor is min_similarity itself
    scores = np.array([0.25, 0.25, 0.35, 0.25])
    evidence = np.full(4, linking.MIN_EVIDENCE)
    gaps = np.array([3, 3650, 3650, -1])  # same week, ten years apart (twice), date unknown
    factors = linking.time_factor(gaps, story_days=7)
    shown = linking.linkable(scores, evidence, features, features, 0.2, factors)
    # Just above the floor: linked when close or undated, not ten years apart; a clear
    # similarity (1.75 x the floor) links at any distance.
    assert shown.tolist() == [True, False, True, True]
    assert linking.linkable(scores, evidence, features, features, 0.2).all()
