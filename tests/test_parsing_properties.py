"""Properties of the parser on arbitrary text, and its speed."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_articles.parsing import SeedError, parse_result, parse_text
from seed_articles.parsing.lines import split_lines

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Lines made of pieces that trigger the rules, mixed with arbitrary text.
_PIECES = st.sampled_from(
    [
        "Bài liên quan",
        "Xem thêm:",
        "  • ",
        "- ",
        "(Ngày Nay) - ",
        "THÙY LINH",
        "0:00 / 0:00",
        "picture1.png",
        " (Ảnh: Internet)",
        "./.",
        "Ngày 27/12, ",
        "09/12/2024 14:27",
        "tháng 12-2024",
        "POWERED BY X",
        "Đối ngoại quốc phòng",
        "hội nhập quốc tế. ",
        "Ð",
        "\u00a0",
        "\t",
        "\u0301",
        ".",
        ":",
    ]
)
_LINE = st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=6).map("".join)
_DOCUMENT = st.lists(_LINE, min_size=0, max_size=25).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r"]).map(lambda end: end.join(lines))
)


def _article_texts(article) -> list[str]:
    texts = [article.title, article.lead]
    for block in article.blocks:
        texts.extend([block.text, block.image, *block.items])
    return texts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENT)
def test_parse_never_crashes_and_loses_no_line(text):
    try:
        result = parse_result(text, "seeds/x.txt")
    except SeedError:
        return
    article = result.article
    dropped = {line.line: line for line in article.dropped}
    texts = _article_texts(article)
    for line in split_lines(text):
        if not line.text:
            assert line.no not in result.roles
            continue
        role = result.roles[line.no]
        if role.startswith("dropped:"):
            assert dropped[line.no].text == line.text
            assert dropped[line.no].rule == role.removeprefix("dropped:")
        elif role in ("block", "title"):
            # the line's words are in the article (joined lines and list items keep them)
            body = " ".join(texts)
            if role == "title":
                # a listing's "Từ khóa: X" line gives the title X; a headline's glued stamp is cut
                title = article.title
                assert line.text.endswith(title) or line.text.startswith(title) or article.overrides
            else:
                core = line.text.lstrip("•●◦▪▫■□○·‣∙⁃*+-–— ")
                assert core in body, (line, texts)
        elif role == "lead":
            assert line.text.endswith(article.lead) or _part_of_lead(line.text, article.lead)
        elif role == "image":  # a figure's file name: kept as the figure's reference
            assert line.text in [block.image for block in article.blocks]
        else:
            assert role in ("category", "byline", "date", "signature")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_only_raises_seed_error(text):
    with contextlib.suppress(SeedError):
        parse_text(text, "seeds/x.txt")


def _part_of_lead(text: str, lead: str) -> bool:
    """A line of a hard-wrapped lead (read as one line): inside it, or opening it after the
    publisher marker the lead drops."""
    words = text.split(" ")
    return text in lead or any(lead.startswith(" ".join(words[i:])) for i in range(1, len(words)))
