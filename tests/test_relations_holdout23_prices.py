"""A price report and a story of another kind must be clearly alike to link.

Invented Vietnamese text, not corpus text.
"""

from __future__ import annotations

import numpy as np
from seed_articles.relations import linking
from seed_articles.relations.linking import PRICE_CLEARANCE, linkable, price_headlines
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from test_relations_similarity import seed_docs


def test_headlines_that_name_a_price() -> None:
    titles = [
        "Giá hồ tiêu hôm nay 5/3: Gia Lai tăng 1.000 đồng/kg",
        "Nông dân Bến Tre phấn khởi vì dừa được giá",
        "Tỷ giá trung tâm đi ngang phiên đầu tuần",
        "GIÁ LÚA GẠO ĐỒNG LOẠT GIẢM",
    ]
    assert price_headlines(titles).tolist() == [True, True, True, True]


def test_value_cost_and_assessment_are_no_price() -> None:
    titles = [
        "Đánh giá ba năm thực thi Hiệp định thương mại với Anh",
        "Giá trị xuất khẩu thủy sản sang Nhật Bản vượt kế hoạch",
        "Hợp đồng trị giá 3 triệu USD được ký tại hội chợ",
        "Giá thành logistics vẫn là điểm nghẽn của doanh nghiệp",
        "Định giá tài sản trí tuệ trong hợp tác khoa học",
        "Hội chợ Gia Lai kết nối doanh nghiệp với nhà nhập khẩu",  # "Gia", not "giá"
    ]
    assert not price_headlines(titles).any()


def _link(ratio: float, apart: bool) -> bool:
    features = np.array([600])
    floor = linking.length_floor(features, features, 0.25)
    return bool(
        linkable(
            np.array([ratio]) * floor,
            np.array([10.0]),
            features,
            features,
            0.25,
            names=np.array([2]),
            gaps=np.array([3]),
            apart=np.array([apart]),
        )[0]
    )


def test_a_price_report_and_a_story_need_a_clear_similarity() -> None:
    # Alike by the goods and the province (1.6 times the floor): not linked across kinds...
    assert not _link(1.6, apart=True)
    # ...the same similarity links two stories, or two price reports.
    assert _link(1.6, apart=False)
    # A pair clearly alike still links across kinds.
    assert _link(PRICE_CLEARANCE + 0.05, apart=True)


DAY = (2026, 4, 8, 0, 0, 0)
PRICE = """Giá hồ tiêu hôm nay 8/4: Đắk Nông tăng 2.000 đồng/kg
Giá hồ tiêu tại Đắk Nông sáng nay tăng 2.000 đồng/kg, lên mức 142.000 đồng/kg, cao nhất khu vực; tại các tỉnh Đông Nam Bộ giá dao động 140.000 - 141.000 đồng/kg.
Thương lái ở Gia Nghĩa cho biết nguồn hàng trong dân còn ít, nhiều nhà vườn chờ giá lên thêm mới bán.
Trên thị trường thế giới, giá tiêu đen giao ngay đi ngang do nhu cầu từ châu Âu chững lại sau kỳ nghỉ lễ."""
FAIR = """Doanh nghiệp Đắk Nông gặp nhà nhập khẩu châu Âu
Sáng 8/4, tại Gia Nghĩa, các doanh nghiệp hồ tiêu, cà phê của Đắk Nông gặp gỡ đại diện 20 nhà nhập khẩu đến từ Liên minh châu Âu để tìm hiểu ưu đãi thuế quan của Hiệp định thương mại tự do.
Các nhà nhập khẩu đề nghị doanh nghiệp bảo đảm truy xuất nguồn gốc vùng trồng và chứng nhận canh tác bền vững.
Hai bên ký ghi nhớ về một đơn hàng thử nghiệm, giao trong quý III."""


def test_a_price_bulletin_does_not_link_the_trade_story_of_its_crop() -> None:
    # Same day, same crop, province and market (1.6 times their floor): without the rule they link.
    docs = [
        *seed_docs(),
        RelationDoc(key="price", title=PRICE.split("\n", 1)[0], text=PRICE.split("\n", 1)[1], date_sort=DAY),
        RelationDoc(key="fair", title=FAIR.split("\n", 1)[0], text=FAIR.split("\n", 1)[1], date_sort=DAY),
    ]
    index = related_index(docs)
    assert not index.groups or ["fair", "price"] not in index.groups
    assert "fair" not in [relation.target for relation in index.related["price"]]
    assert "price" not in [relation.target for relation in index.related["fair"]]
