"""Short texts of one field vs short reports of one subject: shared names decide the margin.

Our own invented Vietnamese texts; the real seeds (a defence archive) are the background.
"""

from __future__ import annotations

import numpy as np
import pytest
from seed_articles.relations import linking
from seed_articles.relations.corpus import vectorize
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from test_relations_similarity import seed_docs

DAY = (2025, 3, 14, 0, 0, 0)
NEXT = (2025, 3, 15, 0, 0, 0)
TWO_DAYS_ON = (2025, 3, 16, 0, 0, 0)

# One provincial site, two off-subject texts: a farm fair and a street-food festival. They share
# the field's words (gian hàng, ban tổ chức, cuối tuần) and the site's closing line, no name.
CLOSING = "Mời bạn đọc theo dõi tin tức mới nhất trên trang điện tử của báo."
FAIR = f"""Hội chợ nông sản cuối tuần thu hút đông khách
Sáng 14/3, tại quảng trường Hùng Vương, hội chợ nông sản và đặc sản vùng miền khai mạc với hơn 120 gian hàng của hợp tác xã và doanh nghiệp trong tỉnh.
Khách tham quan được thử miễn phí mật ong rừng, chè búp, cam sành và gạo nếp cái hoa vàng, nhiều sản phẩm đạt chuẩn được bán với giá ưu đãi.
Các hợp tác xã cũng ký kết hợp đồng bao tiêu với ba siêu thị lớn, mở đường đưa nông sản sạch vào kênh bán lẻ hiện đại.
Ban tổ chức cho biết hội chợ kéo dài đến hết ngày 17/3, mỗi tối có chương trình văn nghệ của các câu lạc bộ nghệ thuật quần chúng.
{CLOSING}"""
FOOD = f"""Lễ hội ẩm thực đường phố mở cửa đón du khách
Tối 15/3, lễ hội ẩm thực đường phố khai mạc ở khu phố đi bộ ven sông với 80 gian hàng bán bánh xèo, bún cá, nem nướng và chè ba màu.
Các đầu bếp trình diễn cách tráng bánh, gói nem ngay tại chỗ; du khách có thể tự tay làm món ăn dưới sự hướng dẫn của nghệ nhân.
Ban tổ chức bố trí sân khấu ca nhạc, khu trò chơi cho trẻ em và bãi giữ xe miễn phí, đồng thời yêu cầu các quầy dùng hộp giấy thay túi ni lông.
Lễ hội diễn ra đến cuối tuần, dự kiến đón khoảng 30.000 lượt khách.
{CLOSING}"""

# Another report of the fair, two days on: one stall, worded apart, naming the square.
FAIR_B = """Mận hậu hút khách ở Hùng Vương
Ngày thứ ba của hội chợ, quầy mận hậu của một hợp tác xã miền núi luôn kín người chờ nếm thử.
Chủ nhiệm kể năm nay vườn mận được mùa, sản lượng gấp rưỡi năm ngoái, riêng hai ngày đầu đã bán hết gần hai tấn quả.
Nhiều người mua xong còn xin số điện thoại để đặt hàng qua mạng sau khi phiên chợ khép lại."""

# Two short reports of one drill, worded apart; both name the port.
DRILL_A = """Diễn tập cứu nạn tàu hàng tại cảng Chân Mây
Sáng 14/3, Bộ đội Biên phòng và Cảnh sát biển phối hợp tổ chức diễn tập tìm kiếm cứu nạn tại vùng nước cảng Chân Mây.
Tình huống giả định một tàu hàng bị cháy buồng máy khi đang vào cầu cảng, hai thuyền viên rơi xuống biển.
Tàu lai dắt của doanh nghiệp khai thác cảng cùng các tàu tuần tra đưa thuyền viên lên bờ cấp cứu và kéo tàu hàng ra khu neo đậu."""
DRILL_B = """Những người lính vượt sóng
Khói đen bốc lên từ con tàu giả định gặp nạn ở Chân Mây, chỉ ít phút sau xuồng cao tốc của lính biên phòng đã áp sát.
Từng chiến sĩ nhảy xuống nước kéo người bị nạn lên xuồng, rồi đưa họ vào bờ giữa tiếng reo của bà con làng chài."""


def _doc(key: str, text: str, date: tuple | None) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date)


def _corpus() -> list[RelationDoc]:
    return [
        *seed_docs(),
        _doc("fair", FAIR, DAY),
        _doc("food", FOOD, NEXT),
        _doc("drill-a", DRILL_A, DAY),
        _doc("drill-b", DRILL_B, TWO_DAYS_ON),
    ]


@pytest.fixture(scope="module")
def index():
    return related_index(_corpus())


def _targets(index, key: str) -> list[str]:
    return [relation.target for relation in index.related[key]]


def test_same_site_texts_of_one_field_without_a_shared_name_do_not_link(index):
    # Above their length floor on field words and the site's closing line, below the
    # clearance a pair without a shared name needs.
    assert index.related["fair"] == []
    assert index.related["food"] == []


def test_short_reports_naming_one_place_link(index):
    assert "drill-b" in _targets(index, "drill-a")
    assert "drill-a" in _targets(index, "drill-b")


def test_a_short_report_links_to_the_other_report_of_its_event_before_a_field_neighbour():
    """With one related article per page, the fair's slot goes to the other report of the fair
    (a stall, "Hùng Vương"), not to the food festival that shares more field words and no name."""
    docs = [
        *seed_docs(),
        _doc("fair", FAIR, DAY),
        _doc("food", FOOD, NEXT),
        _doc("fair-b", FAIR_B, TWO_DAYS_ON),
    ]
    index = related_index(docs, top_n=1)
    assert _targets(index, "fair") == ["fair-b"]
    assert _targets(index, "fair-b") == ["fair"]
    assert index.related["food"] == []


def test_the_field_pair_clears_its_floor_but_not_the_clearance():
    """The reason the pair above does not link: its similarity is between the two bars."""
    docs = _corpus()
    corpus = vectorize(docs)
    keys = [doc.key for doc in docs]
    a = np.array([keys.index("fair"), keys.index("drill-a")])
    b = np.array([keys.index("food"), keys.index("drill-b")])
    scores = corpus.weights.cosine(a, b)
    features = np.diff(corpus.matrix.indptr)
    floors = linking.length_floor(features[a], features[b], 0.25)
    names = linking.shared_names(corpus.tokens.name_matrix(corpus.numbers), a, b)
    assert names.tolist()[0] == 0 and names.tolist()[1] >= 1  # "Chân Mây"
    assert floors[0] <= scores[0] < linking.UNNAMED_CLEARANCE * floors[0]
    assert scores[1] >= floors[1]


def test_name_matrix_finds_capitalised_pairs_and_acronyms():
    docs = [
        _doc("a", "Tàu ghé Cam Ranh\nĐoàn ASEAN thăm cảng Cam Ranh, Việt Nam.", DAY),
        _doc("b", "Hội nghị ASEAN\nCác nước ASEAN họp ở Việt Nam, không qua Cam Ranh.", DAY),
        _doc("c", "Giá lúa\nNông dân Việt Nam bán lúa sớm.", DAY),
        *(_doc(f"other-{n}", f"Thời tiết\nTrời mưa rải rác ở Việt Nam, ngày {n}.", DAY) for n in range(3)),
    ]
    corpus = vectorize(docs)
    names = corpus.tokens.name_matrix(corpus.numbers)
    written = [{corpus.tokens.feature_name(int(corpus.numbers[col])) for col in row.indices} for row in names]
    assert {"cam ranh", "asean", "viêt5 nam"} <= written[0]
    assert "nông" not in {part for name in written[2] for part in name.split()}
    # "Việt Nam" is in most texts: no evidence of one subject; "Cam Ranh" and "ASEAN" are.
    shared = linking.shared_names(names, np.array([0, 0, 1]), np.array([1, 2, 2]))
    assert shared.tolist() == [2, 0, 0]


def test_a_run_of_capitalised_words_is_one_name():
    docs = [
        _doc("a", "Diễn đàn\nBộ Công Thương phối hợp tổ chức diễn đàn.", DAY),
        _doc("b", "Hội chợ\nSở Công Thương tỉnh tổ chức hội chợ.", DAY),
        _doc("c", "Hội thảo\nĐại diện Bộ Công Thương dự hội thảo.", DAY),
        *(_doc(f"other-{n}", f"Thời tiết\nTrời mưa rải rác, ngày {n}.", DAY) for n in range(3)),
    ]
    corpus = vectorize(docs)
    names = corpus.tokens.name_matrix(corpus.numbers)
    # The ministry and a province's department are two names, not one shared "Công Thương".
    assert linking.shared_names(names, np.array([0, 0]), np.array([1, 2])).tolist() == [0, 1]


def test_pairs_without_a_name_or_a_date_need_a_clearer_similarity():
    features = np.full(5, 600)  # long texts: the floor is min_similarity itself
    scores = np.full(5, 0.25 * 1.2)  # 1.2 times the floor
    evidence = np.full(5, linking.MIN_EVIDENCE)
    names = np.array([1, 0, 1, 1, linking.UNDATED_NAMES])
    gaps = np.array([2, 2, -1, 2, -1])
    shown = linking.linkable(scores, evidence, features, features, 0.25, names=names, gaps=gaps)
    # Named and dated: the floor; no name: more; date unknown: more, unless the pair names
    # enough same things to place it.
    assert shown.tolist() == [True, False, False, True, True]
    clear = np.full(5, 0.25 * max(linking.UNNAMED_CLEARANCE, linking.UNDATED_CLEARANCE))
    assert linking.linkable(clear, evidence, features, features, 0.25, names=names, gaps=gaps).all()
