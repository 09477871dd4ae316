"""General rules added after held-out set 8 (invented sentences, positive and negative).

Every test goes through the whole parser (``parse``) or the one reader the rule lives in,
on an invented article wrapped in the chrome shape; each one failed before its rule.
"""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, WRAPPED, date_text, kept, parse
from seed_articles.evaluation.dates import date_matches, is_invented
from seed_articles.model import ArticleDate
from seed_articles.parsing import CorpusEvidence, parse_result, text_keys
from seed_articles.parsing.bylines import lead_marker, parse_names, read_byline
from seed_articles.parsing.dates import find_dates


def test_a_stamp_with_seconds_is_kept_as_printed_and_scored_at_the_golds_minute() -> None:
    result = parse(TITLE, "", "2026-05-12 10:12:05 |NGUỒN TIN:", "", LEAD, "", *BODY)
    date = result.article.date
    assert date is not None and date.iso() == "2026-05-12T10:12:05+07:00"  # the front matter
    assert date_matches("2026-05-12T10:12", "minute", date)
    assert not date_matches("2026-05-12T10:13", "minute", date)
    assert not is_invented("2026-05-12T10:12", date)
    assert date_matches("2026-05-12T10:12", "minute", ArticleDate(2026, 5, 12, 10, 12, precision="minute"))


def test_a_numbered_section_heading_is_no_search_results_count() -> None:
    result = parse(
        TITLE,
        "",
        "Thứ hai, 07/09/2026",
        "",
        LEAD,
        "",
        "1. Nội dung hợp tác",
        "",
        BODY[0],
        "",
        "2. Kết quả",
        "",
        BODY[1],
    )
    assert result.article.title == TITLE and not result.article.title_derived
    assert date_text(result) == "2026-09-07"
    assert {5, 7, 11} <= set(kept(result))
    # a real count under the search box still makes a search page
    result = parse("Tìm thấy 1.204 kết quả", "", TITLE, LEAD, "Hai tỉnh ký kết", BODY[0])
    assert result.article.title_derived and result.article.date is None


def test_an_editors_insert_photo_here_note_is_chrome() -> None:
    result = parse(TITLE, "", LEAD, "", BODY[0], "", "[Chèn ảnh 2 tại đây - ảnh lễ ký kết]", "", BODY[1])
    assert 7 not in kept(result) and {5, 9} <= set(kept(result))
    # a bracketed line that only starts with the word for "picture" is left alone
    result = parse(TITLE, "", LEAD, "", "[Hình thức hợp tác mới giữa hai tỉnh]", "", *BODY)
    assert 5 in kept(result)


def test_a_clipping_tools_saved_from_line_is_chrome_and_no_part_of_the_headline() -> None:
    result = parse(
        "Đã lưu từ: https://example.vn/giao-duc/hai-tinh-bien-gioi-ky-ket-thoa-thuan — 30/11/2026 21:14",
        TITLE,
        "",
        LEAD,
        "",
        *WRAPPED,
    )
    assert result.article.title == TITLE
    assert 1 not in kept(result)
    assert date_text(result) == "--05-12"  # the lead's dateline, not the time the page was saved


def test_an_english_software_message_above_a_vietnamese_headline_is_chrome() -> None:
    message = 'The service having id "share" is missing, reactivate its module or save again the list.'
    result = parse(message, "", TITLE, "", LEAD, "", *BODY)
    assert result.article.title == TITLE
    assert result.article.lead == LEAD
    assert 1 not in kept(result)
    # an English copy keeps its English sapo; an English quote inside a Vietnamese text stays
    english = "The two provinces signed an agreement on education and health, the officials said."
    result = parse("Two border provinces sign education deal", "", english, "", "It is the first such deal.")
    assert result.article.lead == english
    quote = "It is a good start and we hope this is only the beginning of the work."
    assert 5 in kept(parse(TITLE, "", LEAD, "", quote, "", *BODY))


def test_writer_introduced_by_an_author_word_in_a_stamp_line() -> None:
    result = parse(TITLE, "", "Post by: webmaster | 12/05/2026 | 356 reads", "", LEAD, "", *BODY)
    assert result.article.authors == ["webmaster"]
    assert date_text(result) == "2026-05-12"
    # above the headline, where a name is usually the site's, "bởi" still names the writer
    result = parse("12-05-2026 . bởi Lê Thu Hà", "", TITLE, "", LEAD, "", *BODY)
    assert result.article.authors == ["Lê Thu Hà"]
    assert result.article.title == TITLE
    assert date_text(result) == "2026-05-12"
    assert read_byline("12/05/2026 bởi vì trời mưa to") is None


def test_a_month_in_words_with_the_time_typed_against_the_year() -> None:
    (hit,) = find_dates("21 Tháng Năm 20269:05 SA(Xem: 2318)")
    assert (hit.year, hit.month, hit.day, hit.hour, hit.minute) == (2026, 5, 21, 9, 5)
    (late,) = find_dates("3 tháng Mười Một, 2025 8:40 CH")
    assert (late.year, late.month, late.day, late.hour) == (2025, 11, 3, 20)
    result = parse(TITLE, "", "12 Tháng Năm 20267:41 SA(Xem: 16943)", "", LEAD, "", *BODY)
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    assert 3 not in kept(result)
    assert find_dates("Trong 6 tháng năm 2025, xuất khẩu tăng mạnh.") == []  # six months of 2025


def test_an_image_file_name_without_extension_above_its_caption_is_no_text() -> None:
    caption = "Đại biểu hai tỉnh tại lễ ký kết. Ảnh: Minh Anh"
    result = parse(TITLE, "", LEAD, "", BODY[0], "", "HOPTAC-GIAODUC-02", caption, "", BODY[1])
    assert 7 not in kept(result) and 8 in kept(result)
    # a file name with a space in it ("anh 1.jpg") is a picture's reference too
    result = parse(TITLE, "", LEAD, "", "anh 1.jpg", "", *BODY)
    assert 5 not in kept(result)


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


def test_a_stock_caption_two_outlets_print_is_kept() -> None:
    caption = "Toàn cảnh buổi ký kết."
    lines = [TITLE, "", LEAD, "", "anh-1.jpg", caption, "", *BODY]
    target = "\n".join(lines)
    other = "\n".join(["Hai huyện biên giới tổ chức giao lưu văn nghệ", "Quang cảnh", caption, "Bình luận"])
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert 6 in kept(result)
    # a short label without a full stop, seen in both seeds, is still chrome
    lines = [TITLE, "", LEAD, "", *BODY, "", "Quang cảnh"]
    target = "\n".join(lines)
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert 8 not in kept(result)


CARDS = (
    ("Hai tỉnh biên giới ký kết thỏa thuận hợp tác giáo dục", LEAD),
    (
        "Trường học vùng cao đón giáo viên tình nguyện",
        "Hơn hai mươi giáo viên trẻ đã lên đường tới các điểm trường.",
    ),
    (
        "Học sinh hai nước giao lưu văn hóa dịp hè",
        "Chương trình giao lưu kéo dài một tuần với nhiều hoạt động.",
    ),
)


def test_tag_page_of_cards_with_their_dates_under_a_one_word_lower_case_tag() -> None:
    lines = ["logistics"]
    for (headline, lead), day in zip(CARDS, ("12/03/2026", "05/01/2026", "18/11/2025"), strict=True):
        lines += [headline, lead, day]
    result = parse(*lines, "‹ 1 2 3 4 ›")
    assert result.article.title == "logistics"
    assert result.article.date is None
    assert {2, 3, 5, 6, 8, 9} <= set(kept(result))


def _marked_listing(heading: str) -> list[str]:
    (first, lead1), (second, lead2), (third, lead3) = CARDS
    return [
        heading,
        "Đại biểu hai tỉnh tại lễ ký kết (Ảnh: Minh Anh)",
        first,
        f"{first} Analysis",
        f"Giaoducnet – {lead1}",
        second,
        f"{second} Analysis",
        f"Giaoducnet -- {lead2}",
        third,
        f"Giaoducnet – {lead3}",
        "Trang sau ›",
    ]


def test_tag_page_with_a_photo_above_the_first_card_and_headlines_printed_twice() -> None:
    result = parse(*_marked_listing("Hợp tác giáo dục"))
    assert result.article.title == "Hợp tác giáo dục"
    assert result.article.source is None  # several stories: no single source
    assert {2, 3, 6} <= set(kept(result))
    assert not {4, 7} & set(kept(result))
    assert lead_marker("Giaoducnet -- Hai tỉnh đã ký kết thỏa thuận hợp tác giáo dục.") is not None
    # the tag's name printed as a menu item in other seeds is still this page's heading
    target = "\n".join(_marked_listing("Hợp tác giáo dục"))
    others = ("Hợp tác giáo dục\nTin khác một", "Hợp tác giáo dục\nTin khác hai")
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, *others))
    assert result.article.title == "Hợp tác giáo dục"
    # ... and it beats the site's name printed above it
    target = "\n".join(["Báo Giáo dục Biên giới", *_marked_listing("Hợp tác giáo dục")])
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, *others))
    assert result.article.title == "Hợp tác giáo dục"


def test_outlet_set_off_from_the_stamp_by_a_bullet_under_the_sapo() -> None:
    result = parse(TITLE, "", LEAD, "Báo Biên Cương•13/05/2026", "", *BODY)
    assert result.article.source == "Báo Biên Cương"
    assert date_text(result) == "2026-05-13"
    assert read_byline("Minh Anh • 13/05/2026").authors == ["Minh Anh"]  # a writer stays a writer


def test_two_writers_joined_by_a_bare_hyphen() -> None:
    result = parse(TITLE, "", LEAD, "", *BODY, "", "Hoài An-Minh Khôi")
    assert result.article.authors == ["Hoài An", "Minh Khôi"]
    assert parse_names("Bà Rịa-Vũng Tàu") is None  # a province is no pair of writers


def test_publisher_and_street_address_closing_the_page_is_a_footer() -> None:
    footer = "Tạp chí Giáo dục Biên giới - 12B Trần Phú, Ba Đình, Hà Nội"
    result = parse(TITLE, "", LEAD, "", *BODY, "", footer)
    assert 8 not in kept(result)
    # a heading that names a paper and an anniversary is no address
    heading = "Báo Biên giới - 75 năm xây dựng, chiến đấu, trưởng thành"
    assert 5 in kept(parse(TITLE, "", LEAD, "", heading, "", *BODY))


def test_a_sites_address_copied_without_its_scheme_is_chrome() -> None:
    result = parse(TITLE, "", LEAD, "", *BODY, "", "example.vn/hai-tinh-ky-ket-thoa-thuan-post12345.html")
    assert 8 not in kept(result)


def test_a_sapo_cut_short_above_the_whole_sapo_is_chrome() -> None:
    cut = LEAD[:80].rstrip() + "…"
    result = parse(TITLE, "", cut, "", LEAD, "", *BODY)
    assert result.article.lead == LEAD
    assert 3 not in kept(result) and 5 in kept(result)


def test_a_capitalised_alt_text_over_the_credited_caption_is_a_copy() -> None:
    alt = "Đại biểu hai tỉnh tại lễ ký kết thỏa thuận hợp tác giáo dục"
    caption = f"{alt}, ngày 12/5. (Nguồn: Sở Giáo dục)"
    result = parse(TITLE, "", LEAD, "", BODY[0], "", alt, caption, "", BODY[1])
    assert 7 not in kept(result) and 8 in kept(result)


def test_a_button_label_in_capitals_is_chrome_though_it_reads_like_a_name() -> None:
    result = parse(TITLE, "", LEAD, "", BODY[0], "", "Ý KIẾN", "", BODY[1], "", "Minh Anh")
    assert 7 not in kept(result) and 9 in kept(result)
    assert result.article.authors == ["Minh Anh"]
