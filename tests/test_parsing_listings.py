"""Listing pages (tag, section, search) copied instead of an article: own sentences."""

from __future__ import annotations

from seed_articles.parsing import parse_result

TEASERS = [
    "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính",
    "TPO - Các hợp tác xã đầu tư thêm hệ thống tưới nhỏ giọt và cảm biến độ ẩm.",
    "",
    "Giá cà phê Tây Nguyên lập đỉnh mới trong tuần",
    "TPO - Ngày 12/3/2024, nông dân Đắk Lắk bán cà phê với giá cao nhất từ trước tới nay.",
    "",
    "Nông dân Sóc Trăng trúng mùa lúa thơm",
    "TP - Năng suất lúa thơm vụ này tăng gần một phần năm so với vụ trước.",
]


def parse(*lines: str):
    return parse_result("\n".join(lines), "seeds/tag.txt")


def kept(result) -> list[str]:
    return [no for no, role in result.roles.items() if role in ("lead", "block")]


def test_a_tag_label_names_the_title_and_the_stories_are_the_body():
    result = parse("Báo Nông Thôn", "Thời sự", "", "Từ khóa: nông nghiệp xanh", "", *TEASERS)
    article = result.article
    assert article.title == "nông nghiệp xanh" and not article.title_derived
    assert article.lead == "" and article.source is None and article.date is None
    texts = [block.text for block in article.blocks]
    assert texts[0] == TEASERS[0] and TEASERS[-1] in texts  # no story dropped as a teaser
    assert len(kept(result)) == 6


def test_a_bare_tag_label_takes_the_next_line_as_title():
    result = parse("Từ khóa", "Nông nghiệp xanh", "", *TEASERS)
    assert result.article.title == "Nông nghiệp xanh"
    assert result.roles[1] == "category"


def test_a_search_results_label_is_chrome_and_the_title_is_derived():
    result = parse("Tìm kiếm", "Kết quả tìm kiếm cho từ khóa: nhà kính", "", *TEASERS)
    article = result.article
    assert article.title_derived is True
    assert result.roles[2] == "dropped:search-label"
    assert len(kept(result)) == 6


def test_a_lone_lower_case_tag_heading_makes_a_listing():
    result = parse("Thời sự   Kinh tế   Nông nghiệp", "nông nghiệp xanh", "", *TEASERS)
    assert result.article.title == "nông nghiệp xanh"
    assert len(kept(result)) == 6


def test_an_article_is_not_a_listing():
    lead = "TPO - Các hợp tác xã rau sạch ở Lâm Đồng đầu tư thêm nhà kính để tăng năng suất."
    body = "Nông dân được tập huấn vận hành cảm biến và đọc số liệu trên điện thoại."
    result = parse("Thời sự", "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính", lead, body)
    assert result.article.title == "Hợp tác xã rau sạch Lâm Đồng mở rộng nhà kính"
    assert result.article.lead == "Các hợp tác xã rau sạch ở Lâm Đồng đầu tư thêm nhà kính để tăng năng suất."
    # a tag list at the end of an article does not turn it into a listing
    result = parse("Hợp tác xã rau sạch mở rộng nhà kính", lead, body, "Từ khóa: rau sạch, nhà kính")
    assert result.article.title == "Hợp tác xã rau sạch mở rộng nhà kính"
    assert result.article.source == "TPO"


def test_a_menu_of_lower_case_items_is_not_a_tag_heading():
    result = parse("thời sự", "kinh tế", "nông nghiệp", "", *TEASERS)
    assert result.article.title != "kinh tế"
