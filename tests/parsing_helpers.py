"""Helpers the parser's rule tests share: parse a few lines, read what was kept and dated."""

from __future__ import annotations

from seed_articles.parsing import parse_result

# An invented article (headline, lead, two body paragraphs) the rule tests wrap in chrome.
TITLE = "Hai tỉnh biên giới ký kết thỏa thuận hợp tác giáo dục"
LEAD = (
    "Sáng 12/5, tại thành phố Vinh, lãnh đạo hai tỉnh đã ký kết thỏa thuận hợp tác về giáo dục, "
    "y tế và phát triển nguồn nhân lực."
)
BODY = (
    "Theo thỏa thuận, mỗi năm hai bên trao đổi đoàn giáo viên và học sinh, phối hợp đào tạo cán bộ y tế.",
    "Đại diện hai tỉnh khẳng định sẽ tạo điều kiện thuận lợi để các nội dung hợp tác sớm đi vào thực chất.",
)


def parse(*lines: str):
    """The parse of ``lines`` (one per line) as a seed named ``seeds/test.txt``."""
    return parse_result("\n".join(lines), "seeds/test.txt")


def kept(result) -> list[int]:
    """Numbers of the lines kept as article text (lead and body blocks)."""
    return [no for no, role in result.roles.items() if role in ("lead", "block")]


def date_text(result, with_precision: bool = False) -> str | None:
    """The publication date as ``YYYY-MM-DD`` (``--MM-DD`` without a year), or None.

    ``with_precision`` adds the precision when it is not a day, e.g. ``2026-03-12 (minute)``.
    """
    date = result.article.date
    if date is None:
        return None
    if date.year is None:
        return f"--{date.month:02d}-{date.day:02d}"
    day = f"{date.year}-{date.month:02d}-{date.day:02d}"
    return day if not with_precision or date.precision == "day" else f"{day} ({date.precision})"


# A paragraph hard-wrapped as a clipping tool saves it.
WRAPPED = (
    "Trong năm qua, hai tỉnh đã trao đổi hơn ba mươi đoàn giáo viên, học sinh và cán bộ y tế,",
    "phối hợp tổ chức nhiều lớp bồi dưỡng chuyên môn và hội thảo về quản lý giáo dục tại hai",
    "địa phương.",
    "",
    "Đại diện hai tỉnh khẳng định sẽ tiếp tục tạo điều kiện thuận lợi để các nội dung hợp tác",
    "sớm đi vào thực chất, trước hết trong đào tạo nghề và trao đổi sinh viên giữa các trường.",
)
