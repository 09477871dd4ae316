"""Credits of held-out sets 25 and 26 (invented text): foreign writers' names in a credit, a
provincial branch of the site's organisation as the source of a signature, and a post card's
writer printed over its stamp and headline."""

from __future__ import annotations

import pytest
from parsing_helpers import BODY, LEAD, TITLE, parse
from seed_articles.parsing.bylines import branch_credit, parse_names, read_byline
from seed_articles.parsing.header_credits import card_credits
from seed_articles.parsing.lines import SourceLine

# --- foreign names in a credit position -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Người viết: Park Min-jun", ["Park Min-jun"]),  # a Korean given name romanised
        ("Tác giả: Lee Seo-yeon", ["Lee Seo-yeon"]),
        ("Tác giả: Jean-Luc Moreau", ["Jean-Luc Moreau"]),  # a Western compound given name
        ("Tác giả: Pieter van Dijk", ["Pieter van Dijk"]),  # a particle inside the name
        ("Tanaka Haruka", ["Tanaka Haruka"]),
        ("CHOI JI-HOON", ["Choi Ji-Hoon"]),
        ("Vũ Thanh Tâm - Jean-Luc Moreau", ["Vũ Thanh Tâm", "Jean-Luc Moreau"]),
        ("Hoài An-Ngọc Khánh", ["Hoài An", "Ngọc Khánh"]),  # two writers joined by a hyphen stay two
    ],
)
def test_foreign_names_in_a_credit_are_names(text, names):
    assert parse_names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Check-in Online",  # interface words
        "Pop-up Store",
        "Người viết : Đà Nẵng",  # a place
        "Shangri-La   Nha Trang",  # a tag row: a hotel and a place, with Vietnamese letters
        "van Dijk Pieter",  # a particle never opens a name
        "Gặp gỡ Min-jun",  # a lower-case Vietnamese word
        "Cam-pu-chia Lào",
    ],
)
def test_interface_words_and_places_stay_out(text):
    assert parse_names(text) is None


def test_a_board_row_credits_its_korean_writer():
    byline = read_byline("Người viết : Park Min-jun | Ngày : 2026-10-02 14:30 | Lượt xem : 55")
    assert byline is not None
    assert byline.authors == ["Park Min-jun"]
    assert byline.stamp == "2026-10-02 14:30"


def test_a_board_row_under_the_headline_gives_the_writer():
    article = parse(
        TITLE, "Người viết : Park Min-jun | Ngày : 2026-10-02 14:30 | Lượt xem : 55", LEAD, *BODY
    ).article
    assert article.authors == ["Park Min-jun"]


# --- a branch of the site's organisation signs the item ------------------------------------

UNION_SITE = ["CÔNG ĐOÀN VIỆT NAM - Cổng thông tin Tổng Liên đoàn Lao động Việt Nam", "Trang chủ | Tin tức"]
VETERANS_SITE = ["HỘI CỰU CHIẾN BINH VIỆT NAM"]


@pytest.mark.parametrize(
    ("signature", "site", "source"),
    [
        ("Quỳnh Mai (LĐLĐ Gia Lai)", UNION_SITE, "LĐLĐ Gia Lai"),  # the organisation's initials
        ("Hữu Phước (Hội Cựu chiến binh Nghệ An)", VETERANS_SITE, "Hội Cựu chiến binh Nghệ An"),
        ("Hữu Phước (Hội Cựu chiến binh tỉnh Nghệ An)", VETERANS_SITE, "Hội Cựu chiến binh tỉnh Nghệ An"),
    ],
)
def test_a_local_branch_of_the_sites_organisation_is_the_source(signature, site, source):
    assert branch_credit(signature, site) == source


@pytest.mark.parametrize(
    ("signature", "site"),
    [
        ("Minh Thư (Phòng Tổ chức)", UNION_SITE),  # a department, no place: where the writer works
        (
            "Lan Hương (Trường Cao đẳng Sư phạm Gia Lai)",
            ["Ban Tuyên giáo và Dân vận Trung ương"],
        ),  # another body
        ("Quỳnh Mai (LĐLĐ Gia Lai)", []),  # no site name to compare with
        (
            "Đức Long (Sở Công Thương Nghệ An)",
            ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN", "SỞ CÔNG THƯƠNG"],
        ),  # the site itself
        ("Hữu Phước (Hội Cựu chiến binh Việt Nam)", VETERANS_SITE),  # the organisation, not a branch
        ("Quỳnh Mai (CTV)", UNION_SITE),
        ("Các đại biểu (LĐLĐ Gia Lai)", UNION_SITE),  # no writer's name before the unit
    ],
)
def test_other_units_are_no_source(signature, site):
    assert branch_credit(signature, site) is None


# --- a post card's writer over its stamp and headline -------------------------------------


def _region(*texts: str) -> list[SourceLine]:
    return [SourceLine(no, text, 0) for no, text in enumerate(texts, 1)]


def _card(*texts: str, title_no: int) -> set[int]:
    region = _region(*texts)
    return card_credits(region, {line.no: read_byline(line.text) for line in region}, title_no)


def test_a_full_name_over_the_stamp_over_the_headline_is_the_writer():
    assert _card("Đăng tin", "Trịnh Minh Khôi", "05/10/2026 08:40 · 4 phút đọc", TITLE, title_no=4) == {2}


@pytest.mark.parametrize(
    ("texts", "title_no"),
    [
        (("Minh Khôi", "05/10/2026 08:40", TITLE), 3),  # a two-syllable name above a headline: a site's
        (("Trịnh Minh Khôi", "05/10/2026 08:40", "Tin tức", TITLE), 4),  # not one block with the headline
        (("Trịnh Minh Khôi", "Tin tức", TITLE), 3),  # no stamp under the name
        (("Trịnh Minh Khôi", "05/10/2026 08:40", TITLE), None),  # no headline
        (("Hội Nông Dân Việt", "05/10/2026 08:40", TITLE), 3),  # no family name: a site's name
    ],
)
def test_other_name_lines_above_the_headline_are_no_card_credit(texts, title_no):
    assert _card(*texts, title_no=title_no) == set()
