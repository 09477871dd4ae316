"""Two reports a day apart, alike in wording, whose headlines name two different treaties.

Each headline names a treaty the other report never writes: two subjects of one field (rules
of origin under two agreements), not one story, though they stay related. Invented Vietnamese
text, not corpus text.
"""

from __future__ import annotations

import pytest
import seed_articles.relations.stories as stories
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from seed_articles.relations.stories import _headline_abbreviations, _headlines_disagree
from test_relations_similarity import seed_docs

EVFTA_RULES = RelationDoc(
    "evfta",
    "Quy tắc xuất xứ mới trong EVFTA có hiệu lực từ tháng tới",
    "Bộ Công Thương vừa ban hành thông tư sửa đổi quy tắc xuất xứ hàng hóa trong Hiệp định EVFTA, "
    "có hiệu lực sau 45 ngày. Điểm mới là thương nhân được khai báo chứng nhận xuất xứ hoàn toàn trực "
    "tuyến bằng chữ ký số. Danh mục quy tắc cụ thể mặt hàng được cập nhật theo mã hàng mới, doanh nghiệp "
    "cần rà soát lại mã hàng trước khi xin cấp chứng từ. Hiệp hội dệt may khuyến nghị hội viên sớm chuẩn "
    "bị hồ sơ nguyên liệu.",
    (2026, 5, 10, 0, 0, 0),
    ["EVFTA"],
)
AANZFTA_RULES = RelationDoc(
    "aanzfta",
    "Doanh nghiệp lưu ý gì khi quy tắc xuất xứ AANZFTA thay đổi",
    "Thông tư mới về xuất xứ hàng hóa theo Hiệp định AANZFTA do Bộ Công Thương ban hành sẽ áp dụng sau "
    "60 ngày. Theo thông tư, chứng nhận xuất xứ từ nay khai báo trực tuyến, thương nhân dùng chữ ký số "
    "thay bản giấy. Quy tắc cụ thể từng mặt hàng cũng đổi theo mã hàng mới, nên doanh nghiệp thủy sản "
    "phải đối chiếu bảng mã trước mỗi lô hàng. Các chuyên gia cho rằng thủ tục gọn hơn sẽ giúp tăng tỷ "
    "lệ tận dụng ưu đãi thuế quan.",
    (2026, 5, 11, 0, 0, 0),
    ["AANZFTA"],
)


def _as_evfta(doc: RelationDoc) -> RelationDoc:
    return RelationDoc(
        doc.key,
        doc.title.replace("AANZFTA", "EVFTA"),
        doc.text.replace("AANZFTA", "EVFTA"),
        doc.date_sort,
        ["EVFTA"],
    )


def _link(a: RelationDoc, b: RelationDoc) -> tuple[bool, bool]:
    """Whether ``a`` lists ``b``, and as a report of its story."""
    found = {r.target: r.same_story for r in related_index([a, b, *seed_docs()]).related[a.key]}
    return b.key in found, found.get(b.key, False)


def test_headlines_naming_two_treaties_are_two_stories_yet_related() -> None:
    assert _link(EVFTA_RULES, AANZFTA_RULES) == (True, False)


def test_the_same_pair_naming_one_treaty_is_one_story() -> None:
    assert _link(EVFTA_RULES, _as_evfta(AANZFTA_RULES)) == (True, True)


def test_without_the_rule_the_pair_would_be_one_story(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "_headlines_disagree", lambda *args: False)
    assert _link(EVFTA_RULES, AANZFTA_RULES) == (True, True)


def _doc(title: str, text: str = "") -> RelationDoc:
    return RelationDoc(title[:8], title, text)


def test_one_headline_naming_what_the_other_omits_is_a_side_angle() -> None:
    opening = _doc("Khai mạc hội nghị ADMM tại Viêng Chăn", "Các bộ trưởng quốc phòng họp phiên toàn thể.")
    sideline = _doc("Gặp song phương bên lề hội nghị", "Hai đoàn gặp nhau bên lề ADMM.")
    other = _doc("Đối thoại KOTRA với doanh nghiệp", "Doanh nghiệp Hàn Quốc nêu kiến nghị.")
    assert not _headlines_disagree(opening, sideline, frozenset())  # the second names nothing
    assert _headlines_disagree(opening, other, frozenset())  # each names what the other omits
    # The other report writes the meeting in its text: no disagreement.
    written = _doc("Đối thoại KOTRA với doanh nghiệp", "Bên lề ADMM, doanh nghiệp Hàn Quốc nêu kiến nghị.")
    assert not _headlines_disagree(opening, written, frozenset())


@pytest.mark.parametrize(
    ("title", "common", "expected"),
    [
        ("Diễn đàn CPTPP và RCEP tại Hà Nội", frozenset(), {"cptpp", "rcep"}),
        ("Hội nghị ADMM+ bàn về an ninh biển", frozenset(), {"admm"}),  # the series
        ("DOANH NGHIỆP HẢI PHÒNG TÌM CÁCH TẬN DỤNG EVFTA", frozenset(), set()),  # set in capitals
        ("Xuất khẩu của VN sang EU tăng mạnh", frozenset(), set()),  # two letters: short forms
        ("Các HTX ven biển ký đơn hàng với KOTRA", frozenset({"htx"}), {"kotra"}),  # a common noun
    ],
)
def test_headline_abbreviations(title: str, common: frozenset[str], expected: set[str]) -> None:
    assert _headline_abbreviations(title, common) == expected
