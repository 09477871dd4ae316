"""Chrome of unseen sites: by shape, by recurrence across seeds, and the headline among it.

Own sentences throughout; each rule has a negative case (prose that looks a
little like chrome is kept).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from seed_articles.inspect_cli import run_inspect
from seed_articles.parsing import CorpusEvidence, parse_result, read_seed, text_keys
from seed_articles.parsing.chrome import shape_rule
from seed_articles.parsing.lines import split_lines

TITLE = "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính công nghệ cao"
LEAD = (
    "Các hợp tác xã rau sạch ở Lâm Đồng đầu tư thêm nhà kính, hệ thống tưới nhỏ giọt và cảm biến "
    "độ ẩm để tăng năng suất, giảm chi phí sản xuất."
)
BODY = [
    "Theo hợp tác xã, năng suất rau sạch trong nhà kính tăng gấp đôi so với canh tác ngoài trời, "
    "còn lượng nước tưới giảm gần một nửa.",
    "Nông dân được tập huấn vận hành cảm biến, đọc số liệu trên điện thoại và điều chỉnh lịch tưới "
    "cho từng luống rau.",
    "Nhiều siêu thị đã ký hợp đồng bao tiêu rau sạch dài hạn, giúp hợp tác xã yên tâm mở rộng diện "
    "tích nhà kính.",
]


def parse(*lines: str, evidence=None):
    text = "\n".join(lines)
    if evidence is None:
        return parse_result(text, "seeds/test.txt")
    return parse_result(text, "seeds/test.txt", evidence=evidence)


def run(*lines: str, evidence=None):
    return parse(*lines, evidence=evidence)


def body_texts(result) -> list[str]:
    article = result.article
    return (
        [article.lead]
        + [block.text for block in article.blocks]
        + [item for block in article.blocks for item in block.items]
    )


# --- shapes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("Chia sẻ", "widget"),
        ("In bài", "widget"),
        ("A-  A+", "widget"),
        ("Cỡ chữ", "widget"),
        ("Bình luận (12)", "widget"),
        ("Đăng nhập | Đăng ký", "widget"),
        ("Chia sẻ   Bình luận", "widget"),
        ("Trở lại Thời sự", "widget"),
        ("Theo dõi Báo Nông Thôn trên", "widget"),
        ("Trang chủ > Kinh tế > Nông nghiệp", "breadcrumb"),
        ("Kinh tế › Nông nghiệp", "breadcrumb"),
        ("Thời sự   Kinh tế   Nông nghiệp   Thể thao", "menu"),
        ("Tin tức | Nông nghiệp | Ảnh | Video", "menu"),
        ("Rau sạch   Nhà kính   Lâm Đồng", "menu"),
        ("#Rau sạch #Nhà kính", "hashtags"),
        ("URL: https://example.vn/hop-tac-xa-rau-sach.html", "scraper-header"),
        ("Retrieved: 2025-06-03T08:12:44Z", "scraper-header"),
        ("&nbsp;", "editor-residue"),
        ("<p></p>", "editor-residue"),
        (".article-body p {font-size:17px; line-height:1.6}", "editor-residue"),
        ("Normal 0 false false false EN-US X-NONE X-NONE", "editor-residue"),
        ("![]() |", "editor-residue"),
        ("https://example.vn/nong-nghiep/hop-tac-xa-rau-sach-1234.html", "url"),
        ("hop-tac-xa-rau-sach-lam-dong-mo-rong-nha-kinh", "url"),
        ("Hợp tác xã rau sạch mở rộng nhà kính - Ảnh 1.", "image-alt"),
        ("Hợp tác xã rau sạch mở rộng nhà kính ảnh 2", "image-alt"),
        ("> Nông dân Đà Lạt thu hoạch dâu tây sớm", "inline-related"),
        ("Ảnh: Minh Châu", "photo-credit"),
        ("(Ảnh minh họa)", "photo-credit"),
        ("-HẾT-", "end-marker"),
        ("***", "end-marker"),
        ("Báo Nông Thôn5 giờ trước", "relative-time"),
    ],
)
def test_chrome_shapes(raw, rule):
    (line,) = [line for line in split_lines(raw) if line.text]
    assert shape_rule(line) == rule


@pytest.mark.parametrize(
    "raw",
    [
        "Chia sẻ với phóng viên, ông cho biết hợp tác xã sẽ mở rộng thêm ba nhà kính trong năm tới.",
        "Bình luận về kết quả này, các chuyên gia cho rằng mô hình cần được nhân rộng.",
        "In ấn bao bì rau sạch là khâu tốn kém nhất của hợp tác xã.",
        "Trở lại câu chuyện nhà kính",  # a subheading: the rest is not a section name
        "Ảnh hưởng của mưa đá đến rau sạch",
        "Nhà kính > ruộng ngoài trời về năng suất, theo số liệu của hợp tác xã.",
        "Thu hoạch rau sạch trong nhà kính",
        "https://example.vn/anh/nha-kinh.jpg",  # an image: the figure rules take it
    ],
)
def test_prose_and_headings_that_look_a_little_like_chrome_are_not_chrome(raw):
    (line,) = [line for line in split_lines(raw) if line.text]
    assert shape_rule(line) is None


def test_shapes_are_dropped_with_their_rule_and_the_body_is_whole():
    result = run(
        "Trang chủ > Kinh tế > Nông nghiệp",
        TITLE,
        "Chia sẻ",
        LEAD,
        "&nbsp;",
        *BODY,
        "Rau sạch   Nhà kính   Lâm Đồng",
        "In bài",
    )
    article = result.article
    assert article.title == TITLE
    assert article.category == "Nông nghiệp"
    assert body_texts(result) == [LEAD, *BODY]
    dropped = {line.text: line.rule for line in article.dropped}
    assert dropped == {
        "Chia sẻ": "widget",
        "&nbsp;": "editor-residue",
        "Rau sạch Nhà kính Lâm Đồng": "menu",
        "In bài": "widget",
    }


def test_a_line_without_diacritics_that_repeats_another_is_dropped():
    result = run(TITLE, "hop tac xa rau sach lam dong mo rong nha kinh cong nghe cao", LEAD, *BODY)
    assert [(line.text[:6], line.rule) for line in result.article.dropped] == [("hop ta", "ascii-shadow")]
    # an English sentence without diacritics that repeats nothing is kept
    result = run(TITLE, LEAD, "Smart farming is the future of Lam Dong.", *BODY)
    assert result.article.dropped == []


# --- headline among the chrome ---------------------------------------------------


def test_the_headline_is_the_last_title_shaped_line_before_the_lead():
    result = run(
        "BÁO NÔNG THÔN",
        "Tiếng nói của nhà nông Việt Nam",
        "Thời sự   Kinh tế   Nông nghiệp",
        "Nông nghiệp",
        TITLE,
        "Minh Châu",
        "Thứ Hai, 09/12/2024 - 14:27 (GMT+7)",
        LEAD,
        *BODY,
    )
    article = result.article
    assert article.title == TITLE and not article.title_derived
    assert article.category == "Nông nghiệp"
    assert article.authors == ["Minh Châu"]
    assert article.date is not None and article.date.iso() == "2024-12-09T14:27:00+07:00"
    assert body_texts(result) == [LEAD, *BODY]


@pytest.mark.parametrize(
    "furniture",
    [
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",  # an agency in capitals
        "Độc lập - Tự do - Hạnh phúc",  # a motto
        "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính, giúp nông dân...",  # a truncated lead
        "Báo Nông Thôn Online",
    ],
)
def test_site_names_mottos_and_truncated_leads_are_never_the_title(furniture):
    result = run(furniture, LEAD, *BODY)
    assert result.article.title_derived is True
    assert result.article.title != furniture


def test_no_headline_gives_a_derived_title():
    result = run("Chia sẻ", LEAD, *BODY)
    assert result.article.title_derived is True
    assert result.article.title.startswith("Các hợp tác xã rau sạch")


# --- bylines and signatures ------------------------------------------------------


@pytest.mark.parametrize(
    ("signature", "authors", "source"),
    [
        ("Minh Châu", ["Minh Châu"], None),
        ("THU HƯƠNG", ["Thu Hương"], None),
        ("Bài và ảnh: Lê Văn Nam", ["Lê Văn Nam"], None),
        ("Nhóm PV", ["Nhóm PV"], None),
        ("Đại tá Nguyễn Văn Bình", ["Nguyễn Văn Bình"], None),  # the rank is no part of the name
        ("Tr.Hưng - V.Hùng", ["Tr.Hưng", "V.Hùng"], None),
        ("Theo VOV", [], "VOV"),
        ("Nguồn: Báo Nông Thôn", [], "Báo Nông Thôn"),
    ],
)
def test_closing_signatures(signature, authors, source):
    article = run(TITLE, LEAD, *BODY, signature, "Chia sẻ", "Tin liên quan").article
    assert article.authors == authors
    assert article.source == source
    assert signature not in body_texts(run(TITLE, LEAD, *BODY, signature))


def test_a_photo_credit_is_never_an_author_and_a_mixed_case_heading_mid_text_is_kept():
    result = run(TITLE, LEAD, BODY[0], "Ảnh: Minh Châu", "Nhà Kính Mới", BODY[1], BODY[2])
    assert result.article.authors == []
    assert "Nhà Kính Mới" in body_texts(result)


def test_numbered_sections_are_not_names():
    result = run(TITLE, "I. THÔNG BÁO", LEAD, *BODY)
    assert result.article.authors == []


# --- related runs and teasers ------------------------------------------------------


def test_an_inline_read_more_takes_its_headline_but_not_the_paragraph_after_it():
    resumed = "Theo ông, hợp tác xã cần thêm vốn vay ưu đãi để xây dựng kho lạnh bảo quản rau sạch."
    result = run(
        TITLE, LEAD, BODY[0], "Đọc thêm", "Nông dân Đà Lạt thu hoạch dâu tây sớm", resumed, *BODY[1:]
    )
    assert resumed in body_texts(result)
    assert "Nông dân Đà Lạt thu hoạch dâu tây sớm" not in body_texts(result)


def test_a_closing_paragraph_opening_with_a_full_date_is_not_a_teaser():
    closing = (
        "Ngày 12/3/2024, đội tuyển bóng đá trẻ của tỉnh giành chức vô địch giải đấu khu vực sau loạt "
        "sút luân lưu kịch tính trên sân vận động."
    )
    result = run(TITLE, LEAD, *BODY, *BODY, closing)
    assert closing in body_texts(result)


def test_teasers_under_a_label_are_dropped_as_a_run():
    teasers = ["Nông dân Đà Lạt thu hoạch dâu tây sớm", "Ngày 12/3/2024, giá cà phê tăng mạnh tại Tây Nguyên"]
    result = run(TITLE, LEAD, *BODY, "Bài viết cùng chuyên mục", *teasers)
    assert body_texts(result) == [LEAD, *BODY]


# --- recurrence across seeds ------------------------------------------------------


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


def test_a_line_recurring_in_three_seeds_is_chrome_even_when_long():
    footer = "Mọi hình thức sao chép nội dung phải được sự đồng ý của ban biên tập và ghi rõ nguồn bài viết."
    other = "\n".join(
        ["Giá cà phê tăng mạnh", "Nông dân Tây Nguyên phấn khởi vì được mùa, giá bán tăng.", footer]
    )
    target = "\n".join([TITLE, LEAD, *BODY, footer])
    result = run(TITLE, LEAD, *BODY, footer, evidence=_evidence(target, other, other.replace("mạnh", "nhẹ")))
    assert [(line.text, line.rule) for line in result.article.dropped] == [(footer, "recurring")]


def test_a_short_line_in_two_seeds_is_chrome_and_digits_do_not_matter():
    # not a counter widget ("Lượt xem 1.204" is one by shape alone): only recurrence tells
    target = "\n".join([TITLE, "Mã tin 1.204", LEAD, *BODY])
    other = "\n".join(["Giá cà phê tăng mạnh", "Mã tin 87", "Nông dân Tây Nguyên phấn khởi vì được mùa."])
    result = run(TITLE, "Mã tin 1.204", LEAD, *BODY, evidence=_evidence(target, other))
    assert {line.rule for line in result.article.dropped} == {"recurring"}
    assert result.article.title == TITLE


def test_a_long_line_in_only_two_seeds_is_kept_and_reported_as_suspected():
    shared = BODY[1]
    target = "\n".join([TITLE, LEAD, *BODY])
    other = "\n".join(["Giá cà phê tăng mạnh", shared])
    result = run(TITLE, LEAD, *BODY, evidence=_evidence(target, other))
    assert shared in body_texts(result)
    assert list(result.suspects.values()) == ["recurring-weak"]


def test_a_syndicated_story_in_three_seeds_keeps_its_paragraphs():
    target = "\n".join([TITLE, LEAD, *BODY])
    copy = "\n".join(["Tin nông nghiệp", LEAD, *BODY, "Theo TTXVN"])
    result = run(TITLE, LEAD, *BODY, evidence=_evidence(target, copy, copy + "\nIn bài"))
    assert body_texts(result) == [LEAD, *BODY]


def test_names_recurring_across_seeds_are_still_read_as_the_signature():
    target = "\n".join([TITLE, LEAD, *BODY, "Minh Châu"])
    other = "\n".join(["Giá cà phê tăng mạnh", "Nông dân Tây Nguyên phấn khởi.", "Minh Châu"])
    result = run(TITLE, LEAD, *BODY, "Minh Châu", evidence=_evidence(target, other, other + "\nX"))
    assert result.article.authors == ["Minh Châu"]


def test_read_seed_uses_the_evidence_of_its_folder(tmp_path: Path):
    menu = "Nông thôn mới"
    for index, title in enumerate(["Giá cà phê tăng mạnh", "Lúa đông xuân được mùa", TITLE]):
        (tmp_path / f"{index}.txt").write_text("\n".join([menu, title, LEAD, *BODY]), encoding="utf-8")
    result = read_seed(tmp_path / "2.txt", "seeds/2.txt")
    assert result.roles[1] == "dropped:recurring"
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "2.txt").write_text("\n".join([menu, TITLE, LEAD, *BODY]), encoding="utf-8")
    assert read_seed(alone / "2.txt", "seeds/2.txt").roles[1] != "dropped:recurring"


def test_inspect_lists_kept_suspects(tmp_path: Path):
    (tmp_path / "a.txt").write_text("\n".join([TITLE, LEAD, *BODY]), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n".join(["Giá cà phê tăng mạnh", BODY[1]]), encoding="utf-8")
    console = Console(record=True, width=200, color_system=None, force_terminal=False)
    assert run_inspect(tmp_path / "a.txt", tmp_path, console=console) == 0
    text = console.export_text()
    assert "Kept although suspected (1)" in text and "recurring-weak" in text


def test_the_build_reparses_a_seed_when_its_evidence_changes(tmp_path: Path):
    from seed_articles.pipeline import Pipeline, Settings

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    menu = "Nông thôn mới hôm nay"  # 5 syllables: chrome once it is in two seeds
    (seeds / "a.txt").write_text("\n".join([menu, TITLE, LEAD, *BODY]), encoding="utf-8")
    settings = Settings(repo_root=tmp_path, seeds_dir=seeds)
    pipeline = Pipeline()
    (first,), _, _ = pipeline.read_seeds(settings)
    assert first.dropped == []
    (seeds / "b.txt").write_text("\n".join([menu, "Giá cà phê tăng mạnh", "Nông dân vui."]), encoding="utf-8")
    parsed, _, parsed_now = pipeline.read_seeds(settings)
    assert parsed_now == 2  # a.txt did not change, but what it shares with the folder did
    assert [line.rule for line in parsed[0].dropped] == ["recurring"]
    _, _, parsed_now = pipeline.read_seeds(settings)
    assert parsed_now == 0


# --- rules added for unseen site shapes -------------------------------------------


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("Tin nhanh 24h > Nông nghiệp", "breadcrumb"),  # a digit inside a crumb
        ("Sự kiện: Mùa cà phê", "event-label"),
        ("Trang 1 2 3 4 ... Tiếp", "pagination"),
        ("1  2  3  ›", "pagination"),
        ("Trang 2", "pagination"),
        ("Thời gian lấy tin: 03/06/2025 08:12", "scraper-header"),
        ("Lấy về lúc 08:12 03/06/2025", "scraper-header"),
        ("Tiêu đề: Hợp tác xã rau sạch mở rộng nhà kính", "scraper-header"),
        ("Nguồn: https://example.vn/hop-tac-xa-rau-sach.html", "scraper-header"),
        ("[image: Nhà kính trồng rau ở Đà Lạt]", "image-alt"),
        ("[Image]", "image-alt"),
    ],
)
def test_new_chrome_shapes(raw, rule):
    (line,) = [line for line in split_lines(raw) if line.text]
    assert shape_rule(line) == rule


@pytest.mark.parametrize(
    "raw",
    [
        "# Không phải thẻ",  # "#" then a space: Markdown or text, not a hashtag
        "Sự kiện: hợp tác xã đã ký hợp đồng bao tiêu với ba siêu thị lớn trong tỉnh.",
        "Trang 3 của báo cáo ghi rõ năng suất từng luống rau",
        "2024 2025",  # years, not page numbers
        "Nguồn: Sở Nông nghiệp Lâm Đồng",  # a credit, read by the signature rules
        "Giá rau > 20 nghìn đồng/kg trong tháng 6/2025",  # a date in it: not a breadcrumb
        "[Ảnh chụp màn hình ứng dụng tưới] và chú thích",
    ],
)
def test_prose_and_credits_that_look_like_the_new_shapes_are_not_chrome(raw):
    (line,) = [line for line in split_lines(raw) if line.text]
    assert shape_rule(line) is None


def test_a_hashtag_needs_the_word_glued_to_the_sign():
    assert shape_rule(split_lines("#RauSạch #NhàKính")[0]) == "hashtags"
    assert shape_rule(split_lines("# Không phải thẻ")[0]) is None


def test_a_headline_printed_by_two_outlets_is_kept_as_the_title():
    other = "\n".join([TITLE, "Bài khác của một tờ báo khác về cùng hợp tác xã rau sạch ở Lâm Đồng."])
    target = "\n".join([TITLE, LEAD, *BODY])
    result = run(TITLE, LEAD, *BODY, evidence=_evidence(target, other))
    assert result.article.title == TITLE and not result.article.title_derived
    assert result.roles[1] == "title"
    # in three seeds it is the site's own furniture after all: dropped
    third = other.replace("Bài khác", "Bài thứ ba")
    result = run(TITLE, LEAD, *BODY, evidence=_evidence(target, other, third))
    assert result.article.title_derived is True


def test_a_short_recurring_line_that_is_not_above_the_lead_is_still_chrome():
    target = "\n".join(["Nông nghiệp xanh", TITLE, LEAD, *BODY])
    other = "\n".join(["Nông nghiệp xanh", "Giá cà phê tăng mạnh", "Nông dân phấn khởi vì được mùa."])
    result = run("Nông nghiệp xanh", TITLE, LEAD, *BODY, evidence=_evidence(target, other))
    assert result.article.title == TITLE
    assert [(line.text, line.rule) for line in result.article.dropped] == [("Nông nghiệp xanh", "recurring")]


def test_a_kicker_ending_in_a_colon_is_not_the_lead():
    result = run("Nông nghiệp công nghệ cao:", "", TITLE, "", LEAD, *BODY)
    assert result.article.title == TITLE
    assert result.article.lead == LEAD


def test_a_section_label_made_of_menu_items_is_not_the_title():
    result = run("Kinh tế", "Nông nghiệp", "Thị trường", "", "Nông nghiệp Thị trường", TITLE, "", LEAD, *BODY)
    assert result.article.title == TITLE
    # a headline that merely starts with a menu item is still the headline
    headline = "Nông nghiệp xanh lên ngôi ở cao nguyên Lâm Đồng"
    result = run("Kinh tế", "Nông nghiệp", "Thị trường", "", headline, "", LEAD, *BODY)
    assert result.article.title == headline


def test_teasers_between_the_stamp_and_the_lead_do_not_take_the_title():
    result = run(
        TITLE,
        "Cập nhật: 09/12/2024",
        "Giá cà phê Tây Nguyên lập đỉnh mới trong tuần",
        "Nông dân Sóc Trăng trúng mùa lúa thơm cuối năm",
        LEAD,
        *BODY,
    )
    assert result.article.title == TITLE
    # one title-shaped line after the stamp is the headline (stamp above it)
    result = run("Cập nhật: 09/12/2024", TITLE, LEAD, *BODY)
    assert result.article.title == TITLE


def test_a_numbered_section_heading_above_the_first_paragraph_is_kept():
    result = run("Thông báo của hợp tác xã về mùa vụ mới", "", "I. KẾ HOẠCH", "", "1. " + LEAD, *BODY)
    assert result.article.title == "Thông báo của hợp tác xã về mùa vụ mới"
    assert "I. KẾ HOẠCH" in body_texts(result)
    # an unnumbered short line there is still header furniture
    result = run("Thông báo của hợp tác xã về mùa vụ mới", "", "Nghe đọc", "", LEAD, *BODY)
    assert "Nghe đọc" not in body_texts(result)


def test_an_image_file_name_is_the_figures_reference_not_body_text():
    result = run(TITLE, LEAD, "nha-kinh-da-lat.jpg", "Nhà kính ở Đà Lạt. Ảnh: Minh Châu", *BODY)
    roles = result.roles
    assert roles[3] == "image" and roles[4] == "block"
    figure = next(block for block in result.article.blocks if block.kind == "figure")
    assert figure.image == "nha-kinh-da-lat.jpg"
