"""Body structure rules on small synthetic seeds: paragraphs, headings, figures, lists."""

from __future__ import annotations

from seed_articles.parsing import parse_text

TITLE = "Nông nghiệp công nghệ cao thay đổi đời sống nông dân"
LEAD = "Nhiều hợp tác xã đã ứng dụng nông nghiệp công nghệ cao, giúp nông dân tăng thu nhập đáng kể."
P1 = "Mô hình nhà kính giúp nông dân chủ động tưới tiêu và giảm chi phí phân bón trong mỗi vụ."
P2 = "Theo hợp tác xã, năng suất rau sạch tăng gấp đôi so với cách canh tác truyền thống trước đây."
P3 = "Nông dân cũng được tập huấn để vận hành hệ thống cảm biến đo độ ẩm đất trong nhà kính."


def parse(*lines: str):
    return parse_text("\n".join(lines), "seeds/test.txt")


def kinds(article):
    return [block.kind for block in article.blocks]


def test_paragraphs_by_blank_lines_or_single_breaks_are_the_same():
    single = parse(TITLE, LEAD, P1, P2, P3)
    blank = parse(TITLE, "", LEAD, "", P1, "", "", P2, "", P3, "")
    assert [b.text for b in single.blocks] == [b.text for b in blank.blocks] == [P1, P2, P3]
    assert single.lead == blank.lead == LEAD
    assert single.title == TITLE


def test_short_standalone_line_without_final_punctuation_is_a_heading():
    article = parse(TITLE, LEAD, P1, "Tăng năng suất nhờ cảm biến", P2, "Bài học kinh nghiệm:", P3)
    assert kinds(article) == ["paragraph", "heading", "paragraph", "paragraph", "paragraph"]
    assert article.blocks[1].text == "Tăng năng suất nhờ cảm biến"
    assert article.blocks[1].line == 4


def test_a_headline_like_last_line_is_not_a_heading():
    article = parse(TITLE, LEAD, P1, "Một dòng cuối không có dấu chấm")
    assert kinds(article) == ["paragraph", "paragraph"]


def test_image_reference_takes_the_caption_below_it():
    article = parse(
        TITLE, LEAD, P1, "nha-kinh_01.JPG", "Nhà kính trồng rau tại Lâm Đồng. (Ảnh: Minh Anh)", P2
    )
    figure = article.blocks[1]
    assert figure.kind == "figure"
    assert figure.image == "nha-kinh_01.JPG"
    assert figure.text == "Nhà kính trồng rau tại Lâm Đồng. (Ảnh: Minh Anh)"
    assert [b.text for b in article.blocks if b.kind == "paragraph"] == [P1, P2]


def test_image_reference_without_caption_does_not_swallow_the_next_paragraph():
    article = parse(TITLE, "", LEAD, "", "https://cdn.example.vn/2024/anh.webp?w=800", "", P2)
    assert article.blocks[0].kind == "figure"
    assert article.blocks[0].image == "https://cdn.example.vn/2024/anh.webp?w=800"
    assert article.blocks[0].text == ""
    assert article.blocks[1].text == P2


def test_caption_with_credit_but_no_file_is_a_figure():
    for caption in (
        "Lãnh đạo tỉnh thăm mô hình nhà kính. Ảnh: TTXVN.",
        "Lãnh đạo tỉnh thăm mô hình nhà kính. Ảnh: Trọng Đức",
        "Lãnh đạo tỉnh thăm mô hình nhà kính. (Ảnh: Internet)",
    ):
        article = parse(TITLE, LEAD, P1, caption, P2)
        assert article.blocks[1].kind == "figure", caption
        assert article.blocks[1].image == ""
        assert article.blocks[1].text == caption


def test_a_sentence_that_merely_mentions_photos_is_a_paragraph():
    line = "Ảnh hưởng của hạn hán khiến nhiều hộ dân phải chuyển sang trồng rau trong nhà kính."
    article = parse(TITLE, LEAD, line, P2)
    assert kinds(article) == ["paragraph", "paragraph"]


def test_markdown_list_marks_are_text_not_bullets():
    # "*" and "+" are Markdown, not page text: the seed's Markdown is shown as typed.
    article = parse(TITLE, LEAD, "* không phải danh sách", "+ cũng không phải", P2)
    assert "list" not in kinds(article)


def test_bullet_lists_with_any_marker():
    article = parse(
        TITLE,
        LEAD,
        "Các lợi ích chính gồm:",
        "• Giảm chi phí phân bón",
        "- Tăng năng suất rau sạch",
        "● Chủ động tưới tiêu",
        "– Nông sản đạt chuẩn xuất khẩu",
        P2,
    )
    assert kinds(article) == ["paragraph", "list", "paragraph"]
    assert article.blocks[1].items == (
        "Giảm chi phí phân bón",
        "Tăng năng suất rau sạch",
        "Chủ động tưới tiêu",
        "Nông sản đạt chuẩn xuất khẩu",
    )
    assert article.blocks[1].line == 4


def test_hard_wrapped_paragraph_is_joined():
    article = parse(
        TITLE,
        "",
        LEAD,
        "",
        "Mô hình nhà kính giúp nông dân chủ động tưới tiêu",
        "và giảm chi phí phân bón trong mỗi vụ.",
        "",
        P2,
    )
    assert [b.text for b in article.blocks] == [P1, P2]
    assert article.blocks[0].line == 5


def test_lines_are_trimmed_and_spaces_collapsed():
    article = parse("   " + TITLE + "  ", "\t" + LEAD.replace(" ", "   ", 3), P1)
    assert article.title == TITLE
    assert article.lead == LEAD
