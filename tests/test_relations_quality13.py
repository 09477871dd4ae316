"""Related-article quality, round 13: what two pages share because of their sites, not their
subject. Our own short Vietnamese texts (and invented interface lines), the seeds as background."""

from __future__ import annotations

from seed_articles.relations.memory import RelationMemory
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from test_relations_similarity import seed_docs

DAY = (2025, 4, 9, 0, 0, 0)


def _targets(index, key: str) -> list[str]:
    return [relation.target for relation in index.related[key]]


# --- Interface lines a site's pages keep in their text -------------------------------------

# A podcast mirror in another language: the parser drops some of its interface lines (the
# chrome) but keeps others in the text of every page.
UI_TITLE = "Słuchaj offline w aplikacji Podcast Lokal!"
UI_NOTICE = (
    "Dostawca treści: Góc nhìn Quốc phòng. Wszystkie treści podcastów, w tym odcinki, grafiki i opisy, "
    "są przesyłane bezpośrednio przez Góc nhìn Quốc phòng lub partnera platformy podcastowej."
)
UI_FOOT = "Podcast Lokal przeszukuje internet w poszukiwaniu podcastów wysokiej jakości, abyś mógł ich teraz słuchać."
MIRROR_CHROME = (
    "Podcast Lokal - Radio internetowe",
    "Zaloguj",
    "Przeglądaj",
    "Góc nhìn Quốc phòng",
    "Prawa autorskie 2026 Podcast Lokal",
)
MEDIC = """Quân y hai nước diễn tập cấp cứu thương binh dã chiến
Trong số này, chúng tôi trò chuyện với Trung tá Lê Văn Hòa, bác sĩ Bệnh viện Quân y 175, về đợt diễn tập cấp cứu thương binh dã chiến giữa quân y Việt Nam và Ấn Độ. Các kíp mổ hai nước cùng dựng bệnh viện dã chiến trong sáu giờ, phân loại thương binh và vận chuyển bằng trực thăng."""
MEDIC_2 = """Bệnh viện dã chiến cấp 2 và bài học cấp cứu thương binh
Số này tiếp tục chuyện diễn tập quân y Việt Nam - Ấn Độ: bác sĩ Bệnh viện Quân y 175 kể cách kíp mổ dựng bệnh viện dã chiến, phân loại thương binh theo mức nặng nhẹ và phối hợp trực thăng vận chuyển người bị thương."""
FOOD = """Bánh mì Việt ở Warszawa – từ xe đẩy thành chuỗi cửa hàng
Số đặc biệt cuối tuần: anh Trần Minh Đức kể lại mười lăm năm đưa ổ bánh mì từ một xe đẩy ở chợ Wólczanka thành chuỗi năm cửa hàng, cách tự nướng bánh giòn và làm pa tê theo công thức của mẹ."""


def _episode(key: str, text: str, date: tuple, chrome: tuple[str, ...]) -> RelationDoc:
    title, body = text.split("\n", 1)
    lines = [UI_TITLE, f"Góc nhìn Quốc phòng: {title}", UI_NOTICE, title, body, UI_FOOT]
    # The parser took the interface line for the headline, as it did on the real mirror.
    return RelationDoc(key=key, title=UI_TITLE, text="\n".join(lines), date_sort=date, chrome=chrome)


def _mirror(chrome: tuple[str, ...] = MIRROR_CHROME) -> list[RelationDoc]:
    return [
        *seed_docs(),
        _episode("ep-medic", MEDIC, DAY, chrome),
        _episode("ep-food", FOOD, (2025, 4, 20, 0, 0, 0), chrome),
        _episode("ep-medic-2", MEDIC_2, (2025, 4, 16, 0, 0, 0), chrome),
    ]


def test_interface_lines_one_sites_pages_keep_in_their_text_do_not_link_them():
    index = related_index(_mirror())
    assert "ep-food" not in _targets(index, "ep-medic")
    assert "ep-medic" not in _targets(index, "ep-food")


def test_without_the_chrome_the_interface_lines_would_link_them():
    # The premise: the interface words are rare in the archive, so they weigh.
    index = related_index(_mirror(chrome=()))
    assert "ep-food" in _targets(index, "ep-medic")


def test_two_pages_of_the_mirror_on_one_subject_still_link():
    index = related_index(_mirror())
    assert "ep-medic-2" in _targets(index, "ep-medic")
    assert "ep-medic" in _targets(index, "ep-medic-2")


def test_interface_lines_discount_is_the_same_warm_and_cold():
    docs = _mirror()
    memory = RelationMemory()
    related_index(docs, memory=memory)
    changed = [
        *docs[:-1],
        _episode("ep-medic-2", MEDIC_2 + " Số sau nói về quân y biển.", DAY, MIRROR_CHROME),
    ]
    assert related_index(changed, memory=memory) == related_index(changed)


# --- A name two sites print in their chrome ------------------------------------------------

# One site's weather widget and another's address name the city both are in: that is where
# the sites are, not a name their two articles share.
FAIR = """Hội chợ hàng thủ công mỹ nghệ khai mạc tại Đà Nẵng
Sáng 9/4, hội chợ hàng thủ công mỹ nghệ năm 2025 khai mạc với 200 gian hàng của doanh nghiệp nhỏ và vừa. Các doanh nghiệp giới thiệu sản phẩm mây tre đan, gốm sứ và tìm đối tác xuất khẩu sang thị trường châu Âu."""
LOANS = """Ngân hàng giảm lãi suất cho vay mua nhà ở xã hội
Từ tháng 5, nhiều ngân hàng thương mại tại Đà Nẵng giảm lãi suất cho vay mua nhà ở xã hội xuống 6,5% mỗi năm. Người vay cần chứng minh thu nhập, chưa có nhà và ký hợp đồng mua căn hộ với chủ đầu tư; doanh nghiệp nhỏ và vừa cũng được vay vốn lưu động với lãi suất ưu đãi."""
NEWS_CHROME = ("Trang chủ | Kinh tế | Xã hội", "Đà Nẵng: 30°C")
OFFICE_CHROME = ("Cổng thông tin Sở Công Thương", "Địa chỉ: 12 Trần Phú, Hải Châu, Đà Nẵng")


def _doc(key: str, text: str, chrome: tuple[str, ...]) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=DAY, chrome=chrome)


def _two_sites(with_chrome: bool = True) -> list[RelationDoc]:
    return [
        *seed_docs(),
        _doc("fair", FAIR, NEWS_CHROME if with_chrome else ()),
        _doc("loans", LOANS, OFFICE_CHROME if with_chrome else ()),
    ]


def test_a_city_both_sites_print_in_their_chrome_is_no_shared_name():
    # The two texts share a little trade vocabulary and the city: without the city as a
    # shared name, they must clear their floor by more, and do not.
    index = related_index(_two_sites())
    assert "loans" not in _targets(index, "fair")
    assert "fair" not in _targets(index, "loans")


def test_without_the_chrome_the_city_would_link_them():
    index = related_index(_two_sites(with_chrome=False))
    assert "loans" in _targets(index, "fair")
