"""Related links of a story's reports are judged at the level of the story.

Our own short Vietnamese texts: three reports of one ship visit, one of them
about a friendly volleyball match between the crews; the navy on other
occasions; two volleyball reports of sports leagues, in no story; off-topic
background. By its own text the match report resembles the sports reports;
as a report of the visit it must not send a reader to them.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from seed_articles.relations.linking import length_floor, story_related
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import DEFAULT_MIN_SIMILARITY, related_index

VISIT_DAY = (2025, 6, 12, 0, 0, 0)

# The press release every site retells.
RELEASE = [
    "Sáng 12/6, tàu hộ vệ KD Lekiu của Hải quân Hoàng gia Malaysia cập cảng quốc tế Cam Ranh, tỉnh Khánh Hòa, bắt đầu chuyến thăm hữu nghị Việt Nam trong bốn ngày.",
    "Chỉ huy tàu và thủy thủ đoàn đã chào xã giao Bộ Tư lệnh Vùng 4 Hải quân, trao đổi kinh nghiệm về tìm kiếm cứu nạn trên biển và bảo đảm an ninh hàng hải.",
    "Chuyến thăm góp phần tăng cường quan hệ hợp tác quốc phòng giữa Quân đội nhân dân Việt Nam và Lực lượng vũ trang Malaysia.",
]
VISIT_A = "\n".join(
    [
        "Tàu hộ vệ Hải quân Hoàng gia Malaysia thăm Cam Ranh",
        *RELEASE,
        "Trong thời gian ở Khánh Hòa, đoàn còn đến thăm Học viện Hải quân và đặt vòng hoa tại đài tưởng niệm liệt sĩ.",
    ]
)
VISIT_B = "\n".join(
    [
        "Vùng 4 Hải quân đón tàu KD Lekiu của Malaysia",
        "Lễ đón tàu được tổ chức trang trọng tại cảng quốc tế Cam Ranh với nghi thức hải quân.",
        *RELEASE,
        "Đây là lần thứ ba tàu Hải quân Hoàng gia Malaysia thăm Việt Nam trong năm năm gần đây.",
    ]
)
# The visit's side event: a friendly volleyball match between the two crews.
MATCH = "\n".join(
    [
        "Thủy thủ Malaysia và Việt Nam so tài bóng chuyền giao hữu",
        RELEASE[0],
        "Chiều cùng ngày, trên sân bóng chuyền của Lữ đoàn, đội bóng chuyền thủy thủ tàu KD Lekiu đấu giao hữu với đội bóng chuyền chiến sĩ Vùng 4 Hải quân.",
        "Trận đấu diễn ra sôi nổi qua năm set, các chủ công hai đội liên tục đập bóng uy lực, khán giả reo hò cổ vũ từng pha chắn bóng.",
        "Đội bóng chuyền Vùng 4 Hải quân thắng chung cuộc 3-2 sau set quyết định với tỷ số 15-13, hai đội trao cờ lưu niệm và chụp ảnh sau trận đấu.",
        RELEASE[1],
        RELEASE[2],
    ]
)
# Off the archive's subject: a league's volleyball report, three days after the visit...
SPORTS = """Đội bóng chuyền nữ thắng ngược sau năm set
Tối 15/6, đội bóng chuyền nữ chủ nhà thắng ngược 3-2 trong trận đấu thuộc vòng bảng giải vô địch quốc gia. Sau khi thua hai set đầu, các chủ công đội chủ nhà đập bóng mạnh hơn, chắn bóng chắc và giao bóng biến hóa. Ở set quyết định, đội chủ nhà thắng với tỷ số 15-12 trước sự cổ vũ của khán giả. Huấn luyện viên cho biết đội bóng chuyền sẽ nghỉ hai ngày trước trận đấu tiếp theo trên sân khách."""
# ...and another, two months later: in no story, it links by its own text.
CUP = """Giải bóng chuyền nam tranh cúp mùa hè khởi tranh
Tối 20/8, giải bóng chuyền nam tranh cúp mùa hè khởi tranh với tám đội bóng chuyền mạnh nhất cả nước. Trận đấu mở màn diễn ra qua năm set căng thẳng, các chủ công đập bóng mạnh, chắn bóng chắc và giao bóng biến hóa. Đội chủ nhà thắng 3-2 sau set quyết định trước sự cổ vũ của đông đảo khán giả."""
# The navy's foreign relations on other occasions.
DEFENCE = {
    "tau-an-do": (
        (2025, 3, 4, 0, 0, 0),
        """Tàu khu trục Hải quân Ấn Độ thăm Đà Nẵng
Sáng 4/3, tàu khu trục của Hải quân Ấn Độ cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm hữu nghị Việt Nam. Chỉ huy tàu và thủy thủ đoàn chào xã giao Bộ Tư lệnh Vùng 3 Hải quân, trao đổi kinh nghiệm về tìm kiếm cứu nạn và bảo đảm an ninh hàng hải. Chuyến thăm góp phần tăng cường hợp tác quốc phòng giữa hai nước.""",
    ),
    "tau-viet-nam": (
        (2024, 11, 20, 0, 0, 0),
        """Tàu Hải quân Việt Nam thăm Malaysia
Tàu hộ vệ tên lửa của Hải quân nhân dân Việt Nam cập cảng Kota Kinabalu, bắt đầu chuyến thăm hữu nghị Malaysia. Thủy thủ đoàn chào xã giao Hải quân Hoàng gia Malaysia, trao đổi kinh nghiệm bảo đảm an ninh hàng hải và tìm kiếm cứu nạn trên biển, góp phần tăng cường hợp tác quốc phòng giữa hai nước.""",
    ),
    "dien-tap": (
        (2025, 1, 15, 0, 0, 0),
        """Hải quân Việt Nam và Malaysia diễn tập tìm kiếm cứu nạn
Hải quân nhân dân Việt Nam và Hải quân Hoàng gia Malaysia tổ chức diễn tập tìm kiếm cứu nạn trên biển tại vùng biển Khánh Hòa. Các tàu hai bên phối hợp cứu người bị nạn, trao đổi kinh nghiệm bảo đảm an ninh hàng hải, góp phần tăng cường hợp tác quốc phòng.""",
    ),
}
WEATHER = """Nắng nóng gay gắt kéo dài ở Trung Bộ
Từ ngày 12/6, các tỉnh Trung Bộ nắng nóng gay gắt, nhiệt độ cao nhất 37-39 độ C, độ ẩm thấp. Cơ quan khí tượng khuyến cáo người dân hạn chế ra đường buổi trưa, uống đủ nước và đề phòng cháy rừng."""
PRICES = """Giá rau củ tại chợ đầu mối tăng mạnh
Sáng 12/6, giá nhiều loại rau ăn lá tại các chợ đầu mối tăng 20-30% so với tuần trước do nguồn hàng về ít. Tiểu thương dự báo giá sẽ giảm khi thời tiết thuận lợi hơn vào tuần sau."""

STORY = ["match", "visit-a", "visit-b"]


def _doc(key: str, text: str, date: tuple | None = VISIT_DAY) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date)


def corpus(with_visit_reports: bool = True) -> list[RelationDoc]:
    visit = [_doc("visit-a", VISIT_A), _doc("visit-b", VISIT_B)] if with_visit_reports else []
    return [
        *visit,
        _doc("match", MATCH),
        _doc("sports", SPORTS, (2025, 6, 15, 0, 0, 0)),
        _doc("cup", CUP, (2025, 8, 20, 0, 0, 0)),
        *(_doc(key, text, date) for key, (date, text) in DEFENCE.items()),
        _doc("weather", WEATHER),
        _doc("prices", PRICES),
    ]


@pytest.fixture(scope="module")
def index():
    return related_index(corpus())


@pytest.fixture(scope="module")
def without_story():
    """The match report alone: its visit's other reports are not in the archive."""
    return related_index(corpus(with_visit_reports=False))


def _targets(index, key: str, same_story: bool | None = None) -> list[str]:
    return [r.target for r in index.related[key] if same_story is None or r.same_story == same_story]


def test_match_report_is_a_report_of_the_visit(index):
    assert STORY in index.groups


def test_by_its_own_text_the_match_report_links_to_the_sports_reports(without_story):
    # What the story-level test guards against: outside a story, text alone links them.
    assert without_story.groups == []
    assert "sports" in _targets(without_story, "match")
    assert "match" in _targets(without_story, "sports")


def test_match_report_does_not_link_to_the_sports_reports(index):
    for sports in ("sports", "cup"):
        assert sports not in _targets(index, "match")
        assert "match" not in _targets(index, sports)


def test_match_report_still_lists_its_story_and_the_related_defence_articles(index):
    assert sorted(_targets(index, "match", same_story=True)) == ["visit-a", "visit-b"]
    assert sorted(_targets(index, "match", same_story=False)) == sorted(DEFENCE)
    for key in DEFENCE:
        assert "match" in _targets(index, key)


def test_shared_terms_are_still_those_of_each_pair(index):
    texts = {doc.key: f"{doc.title}\n{doc.text}".lower() for doc in corpus()}
    for relation in index.related["match"]:
        assert relation.shared_terms
        for term in relation.shared_terms:
            assert term.lower() in texts["match"] and term.lower() in texts[relation.target]
    # Per pair, not per story: the match report's terms with the sports-free visit report
    # differ from its terms with a report of another visit.
    by_target = {r.target: r.shared_terms for r in index.related["match"]}
    assert by_target["visit-a"] != by_target["tau-an-do"]


def test_articles_outside_any_story_keep_linking_by_their_own_text(index):
    # The two league reports are in no story: they link each other as before...
    assert "cup" in _targets(index, "sports")
    assert "sports" in _targets(index, "cup")
    # ...and the navy's other occasions, related to the whole visit, link its reports.
    for key in DEFENCE:
        assert {"visit-a", "visit-b"} <= set(_targets(index, key))
    for key in ("weather", "prices"):
        assert index.related[key] == []


def test_story_links_do_not_depend_on_input_order(index):
    assert related_index(corpus()[::-1]).related == index.related


def _rows(*rows: list[float]) -> sparse.csr_matrix:
    matrix = np.array(rows, dtype=np.float32)
    return sparse.csr_matrix(matrix / np.linalg.norm(matrix, axis=1, keepdims=True))


def test_the_rest_of_the_story_must_vouch_for_a_link():
    # Reports 0 and 1 are one story; 2 resembles report 0's angle only, 3 the whole story.
    matrix = _rows([1, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1], [1, 1, 0, 0.2])
    first, second = np.array([0, 0, 1]), np.array([2, 3, 3])
    scores = np.asarray(matrix[first].multiply(matrix[second]).sum(axis=1)).ravel()
    floor = length_floor(np.array([600]), np.array([600]), DEFAULT_MIN_SIMILARITY)[0]
    assert scores[0] >= floor  # by its own text, 0 would link to 2
    check = np.ones(3, dtype=bool)
    found = story_related(matrix, first, second, scores, [[0, 1]], check, DEFAULT_MIN_SIMILARITY)
    assert found.tolist() == [False, True, True]
    # Outside a story, or not asked about, a pair is left alone.
    assert story_related(matrix, first, second, scores, [], check, DEFAULT_MIN_SIMILARITY).all()
    assert story_related(matrix, first, second, scores, [[0, 1]], ~check, DEFAULT_MIN_SIMILARITY).all()
