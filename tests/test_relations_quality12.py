"""Related-article quality, round 12: listing pages, same-event partners in a crowded subject,
and words a site prints on every page. Our own short Vietnamese texts, the seeds as background."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from scipy import sparse
from seed_articles.build.relations_stage import relation_doc
from seed_articles.model import ArticleDate, Block, DroppedLine, ParsedArticle
from seed_articles.parsing import parse_text
from seed_articles.relations import candidates, similarity
from seed_articles.relations.memory import RelationMemory
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from test_relations_similarity import seed_docs

DAY = (2025, 4, 9, 0, 0, 0)


def _doc(key: str, text: str, date: tuple | None = DAY, **extra) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date, **extra)


def _targets(index, key: str) -> list[str]:
    return [relation.target for relation in index.related[key]]


# --- Listing pages take no related slots -------------------------------------------------

DRILL_A = """Diễn tập cứu hộ cứu nạn trên hồ Kẻ Gỗ
Sáng 9/4, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh tổ chức diễn tập cứu hộ cứu nạn trên hồ Kẻ Gỗ với sự tham gia của 300 cán bộ, chiến sĩ, ca nô và xuồng máy. Các lực lượng xử lý tình huống lật thuyền, tìm kiếm người mất tích và sơ cứu nạn nhân đuối nước."""
DRILL_B = """Hà Tĩnh diễn tập tìm kiếm người đuối nước ở hồ Kẻ Gỗ
Ngày 9/4, 300 cán bộ, chiến sĩ thuộc Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh cùng dân quân các xã ven hồ Kẻ Gỗ diễn tập cứu hộ cứu nạn. Ca nô tiếp cận thuyền bị lật, đưa người bị nạn vào bờ sơ cứu, hô hấp nhân tạo."""
DRILL_LISTING = """Tin tức diễn tập cứu hộ cứu nạn
Diễn tập cứu hộ cứu nạn trên hồ Kẻ Gỗ
Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh diễn tập cứu hộ cứu nạn trên hồ Kẻ Gỗ, ca nô tìm kiếm người mất tích, sơ cứu nạn nhân đuối nước.
Hà Tĩnh diễn tập tìm kiếm người đuối nước ở hồ Kẻ Gỗ
Cán bộ, chiến sĩ và dân quân ven hồ Kẻ Gỗ diễn tập cứu hộ cứu nạn, đưa người bị nạn vào bờ sơ cứu."""


def test_a_listing_page_neither_links_nor_is_linked():
    docs = [
        *seed_docs(),
        _doc("drill-a", DRILL_A),
        _doc("drill-b", DRILL_B),
        _doc("drill-listing", DRILL_LISTING, date=None, listing=True),
    ]
    index = related_index(docs)
    assert "drill-b" in _targets(index, "drill-a")
    assert "drill-a" in _targets(index, "drill-b")
    assert index.related["drill-listing"] == []
    assert not any("drill-listing" in _targets(index, key) for key in index.related)
    assert not any("drill-listing" in group for group in index.groups)


def test_the_same_page_as_an_article_links():
    # The control: the listing's text is close to both reports, so only its kind keeps it out.
    docs = [
        *seed_docs(),
        _doc("drill-a", DRILL_A),
        _doc("drill-b", DRILL_B),
        _doc("drill-listing", DRILL_LISTING, date=None),
    ]
    index = related_index(docs)
    assert "drill-listing" in _targets(index, "drill-a")


TAG_PAGE = """Báo Ven Biển
Trang chủ
Thời sự
Từ khóa: Diễn tập cứu hộ
Ca nô cứu hộ Hà Tĩnh diễn tập tìm người mất tích trên biển
09/04/2025 08:10
Lực lượng cứu hộ tỉnh phối hợp ngư dân diễn tập tìm kiếm người mất tích trong đêm...
Quảng Bình mở lớp tập huấn sơ cứu cho thuyền viên tàu cá
07/04/2025 15:30
Hơn năm mươi thuyền viên được hướng dẫn cách sơ cứu người đuối nước và gọi trợ giúp...
Nghệ An bổ sung áo phao cho các tổ đội đánh cá xa bờ
05/04/2025 10:05
Các tổ đội đánh cá được cấp thêm áo phao và phao tròn trước mùa biển động...
"""

ONE_STORY = """Báo Ven Biển
Trang chủ
Thời sự
Ca nô cứu hộ Hà Tĩnh diễn tập tìm người mất tích trên biển
09/04/2025 08:10
Sáng 9/4, lực lượng cứu hộ tỉnh Hà Tĩnh phối hợp ngư dân diễn tập tìm kiếm người mất tích trên biển.
Cuộc diễn tập kéo dài ba giờ với hai ca nô và mười tàu cá tham gia.
"""


def _parsed(lead: str, date: ArticleDate | None, source: str | None) -> ParsedArticle:
    return ParsedArticle(
        seed="seeds/x.txt",
        title="Diễn tập cứu hộ",
        lead=lead,
        blocks=[Block(kind="paragraph", text="Ca nô tìm kiếm người mất tích.")],
        date=date,
        source=source,
    )


def test_the_parser_s_listing_flag_makes_a_listing_doc():
    # The parser marks a tag page (stories under a heading); the relation doc follows its mark.
    tag_page = parse_text(TAG_PAGE, "seeds/tag.txt")
    assert tag_page.listing
    assert relation_doc(tag_page, []).listing
    story = parse_text(ONE_STORY, "seeds/story.txt")
    assert not story.listing
    assert not relation_doc(story, []).listing


# --- Same-event partners in a crowded subject ------------------------------------------------

# Many reports of the same kind of meeting on other dates share more wording with each report
# of this one than its two reports share with each other.
MEETING = (
    "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN bàn về hợp tác quốc phòng, an ninh biển, "
    "gìn giữ hòa bình, ứng phó thảm họa và cứu trợ nhân đạo trong khu vực."
)
AGENDA = (
    "Các bộ trưởng ra tuyên bố chung, thông qua kế hoạch hợp tác ba năm về quân y, "
    "rà phá bom mìn, an ninh mạng và đào tạo sĩ quan trẻ."
)
EVENT_A = f"""Bộ trưởng Quốc phòng dự hội nghị tại Viêng Chăn
Sáng 9/4 tại Viêng Chăn, đoàn Việt Nam do Đại tướng Phan Minh Khải dẫn đầu dự hội nghị. {MEETING}"""
EVENT_B = f"""Đại tướng Phan Minh Khải phát biểu ở Viêng Chăn
Phát biểu tại Viêng Chăn ngày 9/4, Đại tướng Phan Minh Khải đề nghị các nước đẩy mạnh trao đổi đoàn. {AGENDA}"""
OTHER_PLACES = ("Băng Cốc", "Manila", "Jakarta", "Singapore", "Phnom Pênh", "Yangon")


def _crowded_corpus() -> list[RelationDoc]:
    others = [
        _doc(
            f"meeting-{number}",
            f"Hội nghị quốc phòng ở {place}\nĐoàn Việt Nam do Đại tướng Phan Minh Khải dẫn đầu dự hội nghị tại "
            f"{place}. Phát biểu tại hội nghị, Đại tướng Phan Minh Khải đề nghị các nước đẩy mạnh trao đổi "
            f"đoàn. {MEETING} {AGENDA}",
            date=(2025, 1 + number, 20, 0, 0, 0),
        )
        for number, place in enumerate(OTHER_PLACES)
    ]
    return [*seed_docs(), *others, _doc("event-a", EVENT_A), _doc("event-b", EVENT_B)]


@pytest.fixture
def crowded_search(monkeypatch):
    """A text search whose best partners of every article are other meetings of the same body,
    as in an archive with many articles on one subject: it finds no pair of this meeting's reports."""
    real = candidates.best_partners
    reports = {}

    def crowded(pruned, per_row, rows, memory, threads):
        first, second, kept, stats = real(pruned, per_row, rows, memory, threads)
        event = {rows.keys.index("event-a"), rows.keys.index("event-b")}
        lost = np.isin(first, list(event)) & np.isin(second, list(event))
        reports["lost"] = int(lost.sum())
        return first[~lost], second[~lost], kept, stats

    monkeypatch.setattr(candidates, "best_partners", crowded)
    return reports


def test_same_day_reports_are_found_beyond_the_text_search(crowded_search):
    index = related_index(_crowded_corpus(), top_n=1, story_limit=1)
    assert crowded_search["lost"] > 0
    assert "event-b" in _targets(index, "event-a")
    assert "event-a" in _targets(index, "event-b")


def test_without_the_window_search_the_pair_is_lost(crowded_search, monkeypatch):
    # The premise of the test above: what the text search misses, nothing else finds.
    monkeypatch.setattr(candidates, "CLOSE_CANDIDATES", 0)
    index = related_index(_crowded_corpus(), top_n=1, story_limit=1)
    assert "event-b" not in _targets(index, "event-a")


def test_window_search_keeps_only_close_partners_best_first():
    rows = sparse.csr_matrix(
        np.array(
            [
                [1.0, 0.0, 0.0],
                [0.9, 0.1, 0.0],
                [0.4, 0.6, 0.0],
                [1.0, 0.0, 0.0],  # the same text as row 0, a month later
                [0.0, 0.0, 1.0],  # nothing in common
            ],
            dtype=np.float32,
        )
    )
    day = dt.date(2025, 4, 9)
    later = dt.date(2025, 5, 9)
    dates = [
        (day, day),
        (day, day),
        (day + dt.timedelta(days=2), day + dt.timedelta(days=2)),
        (later, later),
        None,
    ]
    first, second = candidates._close_in_time(rows, dates, days=7, per_row=1)
    assert sorted(zip(first.tolist(), second.tolist(), strict=True)) == [(0, 1), (1, 0), (2, 1)]


def test_window_search_gives_warm_results_equal_to_cold(monkeypatch):
    monkeypatch.setattr(similarity, "MIN_CANDIDATES", 1)  # few partners by text: the window adds some
    docs = _crowded_corpus()
    memory = RelationMemory()
    related_index(docs, top_n=1, story_limit=1, memory=memory)
    changed = [*docs[:-1], _doc("event-b", EVENT_B + " Hội nghị bế mạc chiều cùng ngày.")]
    warm = related_index(changed, top_n=1, story_limit=1, memory=memory)
    cold = related_index(changed, top_n=1, story_limit=1)
    assert warm == cold


# --- Words a site prints on every page -----------------------------------------------------

SITE_CHROME = (
    "HỘI CỰU GIÁO CHỨC TỈNH LẠNG SƠN",
    "Trang chủ | Tin tức - Hoạt động Hội | Gương cựu giáo chức | Giải thưởng Hội | Văn bản",
    "Cơ quan của Hội Cựu giáo chức tỉnh Lạng Sơn. Chịu trách nhiệm nội dung: Ban Thường vụ Hội.",
)
SITE_A = """Hội Cựu giáo chức tỉnh Lạng Sơn trao Giải thưởng Hội cho 40 hội viên
Ngày 9/4, Hội Cựu giáo chức tỉnh Lạng Sơn tổ chức lễ trao Giải thưởng Hội năm 2025 cho 40 hội viên có sáng kiến khuyến học. Hội Cựu giáo chức tỉnh Lạng Sơn ghi nhận các hội viên đã giúp học sinh nghèo vùng cao tiếp tục đến trường."""
SITE_B = """Cựu giáo chức Lạng Sơn tham gia bảo vệ rừng đầu nguồn
Ngày 11/4, Hội Cựu giáo chức tỉnh Lạng Sơn phối hợp với kiểm lâm huyện Đình Lập trồng 2.000 cây keo, tuần tra phòng cháy rừng đầu nguồn. Hội Cựu giáo chức tỉnh Lạng Sơn sẽ xét Giải thưởng Hội cho hội viên tiêu biểu."""
SITE_C = """Cựu giáo chức Lạng Sơn vận động quỹ khuyến học cho học sinh vùng cao
Ngày 10/4, Hội Cựu giáo chức tỉnh Lạng Sơn vận động hội viên góp quỹ khuyến học, tặng 40 suất học bổng cho học sinh nghèo vùng cao có sáng kiến học tập, giúp các em tiếp tục đến trường."""


def _site_corpus(chrome: tuple[str, ...]) -> list[RelationDoc]:
    return [
        *seed_docs(),
        _doc("site-a", SITE_A, chrome=chrome),
        _doc("site-b", SITE_B, date=(2025, 4, 11, 0, 0, 0), chrome=chrome),
        _doc("site-c", SITE_C, date=(2025, 4, 10, 0, 0, 0), chrome=chrome),
    ]


def test_site_words_alone_do_not_link_two_articles_of_one_site():
    index = related_index(_site_corpus(SITE_CHROME))
    assert "site-b" not in _targets(index, "site-a")
    assert "site-a" not in _targets(index, "site-b")


def test_without_the_chrome_the_site_words_would_link_them():
    # The premise: the association's name and award are rare in the archive, so they weigh.
    index = related_index(_site_corpus(()))
    assert "site-b" in _targets(index, "site-a")


def test_two_articles_of_one_site_on_one_subject_still_link():
    index = related_index(_site_corpus(SITE_CHROME))
    assert "site-c" in _targets(index, "site-a")
    assert "site-a" in _targets(index, "site-c")


def test_chrome_of_the_parsed_article_reaches_the_relation_doc():
    article = _parsed("Sáng 9/4, Hà Tĩnh diễn tập.", ArticleDate(year=2025, month=4, day=9), None)
    article.category = "Tin tức - Hoạt động Hội"
    article.dropped = [
        DroppedLine(1, SITE_CHROME[0], "recurring"),
        DroppedLine(2, SITE_CHROME[1], "menu"),
        DroppedLine(
            9, "Hà Tĩnh khánh thành cầu mới ở Hương Khê", "related-block"
        ),  # a teaser: not site words
    ]
    assert relation_doc(article, []).chrome == (SITE_CHROME[0], SITE_CHROME[1], "Tin tức - Hoạt động Hội")
