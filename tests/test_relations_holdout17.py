"""Relations after held-out sets 17-18 were folded in: an institution's site prints its own name
as its masthead, and two sites' menus may share a short label.

Our own invented Vietnamese texts; the real seeds (a defence archive) are the background where a
whole archive is needed.
"""

from __future__ import annotations

import numpy as np
import pytest
from seed_articles.relations.corpus import tokenize_docs, vectorize
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import _site_words, related_index
from test_relations_similarity import seed_docs

MASTHEAD = "TRƯỜNG CAO ĐẲNG THỦY SẢN MIỀN TRUNG"
SCHOOL_NEWS = """Trường Cao đẳng Thủy sản Miền Trung ký kết hợp tác đào tạo với Học viện Nghề cá Busan
Sáng 6/5, tại Nha Trang, Trường Cao đẳng Thủy sản Miền Trung và Học viện Nghề cá Busan ký thỏa thuận trao đổi giảng viên ngành nuôi trồng và chế biến thủy sản.
Theo thỏa thuận, mỗi năm hai trường cử mười sinh viên sang học một học kỳ, cùng biên soạn giáo trình chế biến hải sản đông lạnh.
Hai bên cũng thống nhất mở phòng thí nghiệm chung về giống tôm hùm tại cơ sở Cam Ranh."""
ADMISSIONS = """Tuyển sinh 2026: Trường Cao đẳng Thủy sản Miền Trung giữ mức học phí
Năm nay Trường Cao đẳng Thủy sản Miền Trung tuyển 900 chỉ tiêu cho các ngành nuôi trồng và chế biến thủy sản, khai thác hải sản và cơ khí tàu cá.
Thí sinh nộp hồ sơ xét học bạ từ tháng 3 đến hết tháng 7; sinh viên ngành khai thác hải sản được miễn học phí năm đầu.
Ký túc xá của trường có 600 chỗ, ưu tiên học sinh các tỉnh ven biển miền Trung."""
SCHOOL_CHROME = (MASTHEAD, "Trang chủ", "Tin tức", "Tuyển sinh", "Địa chỉ: 44 Trần Phú, Nha Trang")
PORTAL_CHROME = ("Cổng tuyển sinh", "Trang chủ", "Tin tức", "© Cổng tuyển sinh")


def _doc(key: str, text: str, date: tuple, chrome: tuple[str, ...]) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date, chrome=chrome)


def _shares(docs: list[RelationDoc], a: str, b: str) -> tuple[float, float, int]:
    corpus = vectorize(docs, tokenize_docs(docs), None)
    words = _site_words(docs, corpus, corpus.tokens.name_matrix(corpus.numbers))
    keys = [doc.key for doc in docs]
    i, j = sorted((keys.index(a), keys.index(b)))
    score, evidence, named = words.shares(np.array([i]), np.array([j]), np.array([0]))
    return float(score[0]), float(evidence[0]), int(named[0])


# --- an institution's masthead name is its site's, not a subject ---------------------------------


def _school_pair(school_chrome: tuple[str, ...], portal_chrome: tuple[str, ...] = PORTAL_CHROME):
    return [
        _doc("school", SCHOOL_NEWS, (2026, 5, 6, 0, 0, 0), school_chrome),
        _doc("portal", ADMISSIONS, (2026, 1, 10, 0, 0, 0), portal_chrome),
    ]


def test_a_masthead_name_the_page_writes_is_site_vocabulary_with_another_site():
    score, _, named = _shares(_school_pair(SCHOOL_CHROME), "school", "portal")
    assert score > 0
    assert named >= 1  # "Trường Cao", the name both write


def test_the_masthead_name_counts_also_against_a_page_without_chrome():
    score, _, _ = _shares(_school_pair(SCHOOL_CHROME, portal_chrome=()), "school", "portal")
    assert score > 0


def test_near_misses_give_no_masthead_share():
    # A short menu label the text also writes ("Tuyển sinh") is no name of the site.
    score, _, _ = _shares(_school_pair(("Trang chủ", "Tuyển sinh")), "school", "portal")
    assert score == 0
    # A long chrome line the page's own text does not write (an address) is no masthead name.
    score, _, _ = _shares(_school_pair(("Địa chỉ: 44 Trần Phú, Nha Trang", "Liên hệ")), "school", "portal")
    assert score == 0


@pytest.fixture(scope="module")
def school_archive() -> list[RelationDoc]:
    return [*seed_docs(), *_school_pair(SCHOOL_CHROME)]


def test_two_occasions_of_one_institution_do_not_link_by_its_name(school_archive):
    index = related_index(school_archive)
    assert "portal" not in [relation.target for relation in index.related["school"]]
    assert "school" not in [relation.target for relation in index.related["portal"]]


# --- two sites sharing a short menu label are not one site ---------------------------------------

REPORT_A = """Diễn tập cứu nạn chung trên vịnh Vân Phong
Sáng 9/6, lực lượng cứu nạn của Việt Nam và Philippines diễn tập chung trên vịnh Vân Phong với bốn tàu và hai trực thăng.
Các kíp tìm kiếm thực hành cứu người rơi xuống biển và dập cháy trên tàu hàng giả định."""
REPORT_B = """Việt Nam - Philippines diễn tập tìm kiếm cứu nạn
Sáng 9/6, lực lượng cứu nạn của Việt Nam và Philippines diễn tập chung trên vịnh Vân Phong với bốn tàu và hai trực thăng.
Đây là lần thứ ba hai nước tổ chức diễn tập, luân phiên đăng cai hằng năm."""
LEAD = "Sáng 9/6, lực lượng cứu nạn"


def _reports(chrome_a: tuple[str, ...], chrome_b: tuple[str, ...]) -> list[RelationDoc]:
    return [
        _doc("a", REPORT_A, (2026, 6, 9, 0, 0, 0), chrome_a),
        _doc("b", REPORT_B, (2026, 6, 9, 0, 0, 0), chrome_b),
    ]


def test_a_lead_two_sites_write_alike_is_no_site_line_when_they_share_only_a_label():
    # Two papers whose menus both print "Thời sự": the lead both write is the event's.
    score, _, _ = _shares(_reports(("Thời sự", "Báo Duyên Hải"), ("Thời sự", "Tin Vạn Ninh")), "a", "b")
    assert score == 0


def test_near_miss_one_sites_pages_still_count_the_lines_they_write_alike():
    # A masthead both pages print: one site, and a line both write alike is its own.
    one_site = ("Báo điện tử Duyên Hải Nam Trung Bộ", "Thời sự")
    score, _, _ = _shares(_reports(one_site, one_site), "a", "b")
    assert score > 0
    # Several short labels alike also show one site's menu.
    menu = ("Thời sự", "Kinh tế", "Xã hội")
    score, _, _ = _shares(_reports(menu, menu), "a", "b")
    assert score > 0
    assert LEAD in REPORT_A and LEAD in REPORT_B
