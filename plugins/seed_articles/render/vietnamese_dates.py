"""Dates as Vietnamese readers write them."""

from __future__ import annotations

from ..model import ArticleDate


def format_date_vi(date: ArticleDate | None) -> str:
    """``09/12/2024 14:27``, ``27/12/2024``, ``tháng 12/2024`` or ``năm 2024``; '' when unknown."""
    if date is None:
        return ""
    if date.year is None:  # day and month, year unknown
        return f"{date.day or 0:02d}/{date.month or 0:02d}"
    if date.month is None:
        return f"năm {date.year}"
    if date.day is None:
        return f"tháng {date.month}/{date.year}"
    text = f"{date.day:02d}/{date.month:02d}/{date.year}"
    if date.hour is not None:
        text += f" {date.hour:02d}:{date.minute or 0:02d}"
    return text


def month_heading_vi(year: int, month: int) -> str:
    return f"Tháng {month} năm {year}"
