"""Boilerplate rules on synthetic seeds: each kind is removed by what it is, with its rule id."""

from __future__ import annotations

from seed_articles.parsing import parse_text
from seed_articles.parsing.boilerplate import is_related_label

TITLE = "Nông nghiệp công nghệ cao thay đổi đời sống nông dân Lâm Đồng"
LEAD = (
    "(Nông Nghiệp) - Ngày 5/3, các hợp tác xã nông nghiệp công nghệ cao tại Lâm Đồng tổng kết mô hình "
    "nhà kính năm 2024, giúp nông dân tăng thu nhập và giảm chi phí sản xuất rau sạch."
)
# A body long enough to have a vocabulary of its own (nhà kính, nông dân, rau sạch, hợp tác xã ...).
BODY = [
    "Mô hình nhà kính giúp nông dân Lâm Đồng chủ động tưới tiêu, giảm chi phí phân bón và tăng "
    "năng suất rau sạch trong mỗi vụ sản xuất.",
    "Theo hợp tác xã, năng suất rau sạch trong nhà kính tăng gấp đôi so với canh tác truyền thống, "
    "còn chi phí sản xuất giảm gần một phần ba.",
    "Nông dân được tập huấn vận hành hệ thống cảm biến đo độ ẩm đất, hệ thống tưới nhỏ giọt và phần "
    "mềm theo dõi nhà kính trên điện thoại.",
    "Nhờ nông nghiệp công nghệ cao, nhiều hợp tác xã ký hợp đồng bao tiêu rau sạch với siêu thị, "
    "bảo đảm đầu ra ổn định cho nông dân.",
    "Tỉnh Lâm Đồng đặt mục tiêu mở rộng diện tích nhà kính, hỗ trợ vốn cho hợp tác xã và nông dân "
    "chuyển đổi sang sản xuất rau sạch công nghệ cao.",
    "Đại diện hợp tác xã cho biết chi phí đầu tư nhà kính còn cao, nông dân cần thêm vốn vay ưu đãi "
    "để mở rộng sản xuất rau sạch.",
    "Các chuyên gia nông nghiệp khuyến nghị hợp tác xã liên kết với doanh nghiệp để chia sẻ chi phí "
    "đầu tư hệ thống nhà kính và cảm biến.",
    "Nhiều nông dân trẻ trở về quê khởi nghiệp, xây dựng thương hiệu rau sạch riêng và bán hàng qua "
    "sàn thương mại điện tử.",
    "Sở Nông nghiệp Lâm Đồng cho biết giá trị sản xuất trên mỗi héc-ta nhà kính cao gấp ba lần so "
    "với sản xuất ngoài trời.",
]
LAST = (
    "Trong thời gian tới, Lâm Đồng sẽ tiếp tục hỗ trợ nông dân và hợp tác xã phát triển nông nghiệp "
    "công nghệ cao, nâng cao giá trị rau sạch."
)
FOOTBALL = (
    "Đội tuyển bóng đá quốc gia giành chiến thắng thuyết phục trước đối thủ trong trận đấu vòng loại "
    "diễn ra tối qua trên sân Mỹ Đình."
)
WEATHER = (
    "Không khí lạnh tăng cường khiến miền Bắc chuyển rét đậm, vùng núi cao có nơi xuất hiện băng giá "
    "và sương muối trong nhiều ngày liền."
)


def parse(*lines: str, sidecar=None):
    return parse_text("\n".join(lines), "seeds/test.txt", sidecar)


def rules(article) -> dict[int, str]:
    return {line.line: line.rule for line in article.dropped}


def paragraphs(article) -> list[str]:
    return [block.text for block in article.blocks if block.kind == "paragraph"]


def test_clean_article_loses_nothing():
    article = parse(TITLE, LEAD, *BODY, LAST)
    assert article.dropped == []
    assert paragraphs(article) == [*BODY, LAST]


def test_player_residue():
    article = parse(TITLE, "0:00 / 0:00", "0:00", "Nghe bài viết", LEAD, *BODY, LAST)
    assert rules(article) == {2: "player", 3: "player", 4: "player"}


def test_footer_lines():
    article = parse(TITLE, LEAD, *BODY, LAST, "POWERED BY ONECMS - A PRODUCT OF NEKO", "© 2024 Công ty X")
    assert set(rules(article).values()) == {"footer"}
    assert paragraphs(article)[-1] == LAST


def test_related_block_with_its_items_and_teasers():
    article = parse(
        TITLE,
        LEAD,
        *BODY,
        LAST,
        "Tin liên quan",
        "Giá xăng giảm mạnh từ chiều nay",
        "Giá xăng RON95 giảm hơn 500 đồng mỗi lít theo điều chỉnh của liên bộ Công Thương - Tài chính.",
        "Hà Nội công bố lịch nghỉ Tết Nguyên đán",
        "Xem thêm",
        "  • Bão số 3 đổ bộ miền Trung",
        "    Cơn bão mạnh nhất năm gây mưa lớn diện rộng tại các tỉnh miền Trung.",
    )
    assert paragraphs(article)[-1] == LAST
    dropped = rules(article)
    assert len(dropped) == 7
    assert set(dropped.values()) == {"related-block"}


def test_inline_see_also_drops_only_its_own_line():
    article = parse(TITLE, LEAD, BODY[0], "Xem thêm: Giá rau Đà Lạt tăng mạnh dịp cuối năm", *BODY[1:], LAST)
    assert rules(article) == {4: "related-block"}
    assert paragraphs(article) == [*BODY, LAST]


def test_prose_that_starts_like_a_label_is_kept():
    line = "Nổi bật là, nhiều hợp tác xã đã xuất khẩu rau sạch sang Nhật Bản và Hàn Quốc trong năm 2024."
    assert not is_related_label(line)
    assert is_related_label("Nổi bật Tạp chí Thông tin & Truyền thông")
    assert is_related_label("Tin cùng chuyên mục:")
    article = parse(TITLE, LEAD, *BODY, line, LAST)
    assert line in paragraphs(article)


def test_title_repeated_at_the_end():
    article = parse(TITLE, LEAD, *BODY, LAST, TITLE)
    assert rules(article) == {len(BODY) + 4: "title-repeat"}


def test_exact_and_near_duplicate_captions_kept_once():
    caption = "Nông dân Lâm Đồng thu hoạch rau sạch trong nhà kính. Ảnh: TTXVN."
    near = "Nông dân Lâm Đồng thu hoạch rau sạch trong nhà kính. Ảnh: TTXVN"
    article = parse(TITLE, LEAD, caption, caption, BODY[0], near, *BODY[1:], LAST)
    figures = [block for block in article.blocks if block.kind == "figure"]
    assert [figure.text for figure in figures] == [caption]
    assert rules(article) == {4: "duplicate", 6: "duplicate"}


def test_everything_after_the_closing_mark_except_the_signature():
    article = parse(TITLE, LEAD, *BODY, LAST + "./.", "MINH ANH", "Giá vàng hôm nay", FOOTBALL)
    assert paragraphs(article)[-1] == LAST + "./."
    assert article.authors == ["Minh Anh"]
    assert set(rules(article).values()) == {"after-closing-mark"}
    assert len(rules(article)) == 2


def test_second_dateline_marks_teasers_with_their_headlines():
    article = parse(
        TITLE,
        LEAD,
        *BODY,
        LAST,
        "Đội tuyển thắng trận mở màn",
        "(Nông Nghiệp) - " + FOOTBALL,
        "Rét đậm bao trùm miền Bắc",
        "Rét đậm bao trùm miền Bắc",
        "(Nông Nghiệp) - " + WEATHER,
    )
    assert paragraphs(article)[-1] == LAST
    assert list(rules(article).values()) == ["teaser"] * 5


def test_trailing_story_cards_sharing_no_vocabulary_are_teasers():
    article = parse(
        TITLE,
        LEAD,
        *BODY,
        LAST,
        "Đội tuyển thắng trận mở màn",
        FOOTBALL,
        "Rét đậm bao trùm miền Bắc",
        WEATHER,
    )
    assert paragraphs(article)[-1] == LAST
    assert set(rules(article).values()) == {"teaser"}
    assert len(rules(article)) == 4


def test_trailing_paragraphs_sharing_no_vocabulary_alone_are_kept():
    # vocabulary alone is weak evidence: two closing paragraphs that stray from the topic stay
    article = parse(TITLE, LEAD, *BODY, LAST, FOOTBALL, WEATHER)
    assert paragraphs(article)[-2:] == [FOOTBALL, WEATHER]
    assert article.dropped == []


def test_a_single_loosely_related_closing_paragraph_is_kept():
    article = parse(TITLE, LEAD, *BODY, LAST, WEATHER)
    assert paragraphs(article)[-1] == WEATHER
    assert article.dropped == []


def test_a_continuation_opening_protects_the_closing_paragraphs():
    closing = "Bên cạnh đó, " + WEATHER[0].lower() + WEATHER[1:]
    article = parse(TITLE, LEAD, *BODY, LAST, FOOTBALL, closing)
    assert paragraphs(article)[-1] == closing
    assert article.dropped == []


def test_a_short_article_is_never_emptied():
    article = parse(TITLE, LEAD, FOOTBALL, WEATHER)
    assert paragraphs(article) == [FOOTBALL, WEATHER]
