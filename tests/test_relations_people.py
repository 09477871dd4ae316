"""People named with a rank or office, and the people index/page."""

from __future__ import annotations

from pathlib import Path

from seed_articles.pages.people import render_people_page
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.people import build_people_index, find_people

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.rank_or_office, m.name) for m in find_people(text)]


def test_rank_then_name():
    assert _names("Thượng tướng Hoàng Xuân Chiến chủ trì Hội nghị.") == [("Thượng tướng", "Hoàng Xuân Chiến")]
    assert _names("Đại tá Vũ Thành Văn, Cục trưởng Cục Đối ngoại cho biết") == [("Đại tá", "Vũ Thành Văn")]


def test_name_stops_at_comma_before_office():
    text = "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam (thứ 3 từ phải qua)"
    assert _names(text) == [("Đại tướng", "Phan Văn Giang")]


def test_titles_joined_by_comma_belong_to_the_name():
    mentions = find_people("Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng khẳng định")
    assert [(m.titles, m.name, m.kind) for m in mentions] == [
        (("Tổng Bí thư", "Chủ tịch nước"), "Nguyễn Phú Trọng", "office")
    ]


def test_offices_of_organisations_are_not_people():
    assert _names("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM)") == []
    assert _names("Thứ trưởng Bộ Quốc phòng đánh giá") == []
    assert _names("Đại sứ Hà Lan tại Việt Nam") == []


def test_lowercase_rank_and_two_syllable_names():
    assert _names("đại tá Nguyễn Văn An và Thiếu tướng Trần Bình.") == [
        ("Đại tá", "Nguyễn Văn An"),
        ("Thiếu tướng", "Trần Bình"),
    ]


def test_people_in_real_seeds():
    found = {m.name for path in SEEDS.glob("*.txt") for m in find_people(path.read_text("utf-8"))}
    assert {
        "Hoàng Xuân Chiến",
        "Phan Văn Giang",
        "Vũ Thành Văn",
        "Nguyễn Chí Vịnh",
        "Nguyễn Phú Trọng",
    } <= found
    assert all(2 <= len(name.split()) <= 4 for name in found)
    assert not any(name.startswith(("Bộ", "Quốc", "Cục")) for name in found)


def test_rank_changes_merge_into_one_person_latest_first():
    docs = [
        RelationDoc("a", "Bài cũ", "Thượng tướng Hoàng Xuân Chiến phát biểu.", (2023, 5, 1, 0, 0, 0)),
        RelationDoc("b", "Bài mới", "Đại tướng Hoàng Xuân Chiến thăm đơn vị.", (2025, 3, 2, 0, 0, 0)),
        RelationDoc("c", "Không ngày", "Trung tướng HOÀNG Xuân Chiến", None),
    ]
    people = build_people_index(docs)
    chien = [p for p in people if p.name == "Hoàng Xuân Chiến"]
    assert len(chien) == 1 and len(people) == 1
    assert chien[0].titles == ["Đại tướng", "Thượng tướng", "Trung tướng"]
    assert chien[0].articles == ["b", "a", "c"]
    assert chien[0].id == "hoang-xuan-chien"


def test_tone_mark_placement_variants_are_one_person():
    docs = [
        RelationDoc("a", "A", "Thiếu tướng Lê Văn Hoà", (2024, 1, 1, 0, 0, 0)),
        RelationDoc("b", "B", "Thiếu tướng Lê Văn Hòa", (2024, 2, 1, 0, 0, 0)),
    ]
    assert len(build_people_index(docs)) == 1


def test_people_page_sorted_vietnamese_and_escaped():
    docs = [
        RelationDoc("1", "A", "Đại tá Đỗ Văn Bình; Thiếu tá Dương Văn An; Đại úy Trần Văn Cường", None),
    ]
    people = build_people_index(docs)
    assert [p.name for p in people] == ["Dương Văn An", "Đỗ Văn Bình", "Trần Văn Cường"]
    page = render_people_page(people, {"1": ("Bài <b>*quan trọng*</b>", "../bai viet/1/")})
    assert page.index("Dương Văn An") < page.index("Đỗ Văn Bình") < page.index("Trần Văn Cường")
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert "\\*quan trọng\\*" in page
    assert "(../bai%20viet/1/)" in page
    assert "{ #do-van-binh }" in page
