"""Synthetic corpora built from the real seeds' paragraphs, for benchmarks.

Each synthetic seed looks like a scraped page: a title, a byline with date
and time, a dateline with a publisher marker, 4-12 paragraphs drawn from
the real articles (so abbreviations, names and Vietnamese text are real),
and sometimes a "Bài liên quan" block. Every 25th article retells the
previous one from another source, so same-story detection has work to do.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from seed_articles.build.parse_stage import list_seeds
from seed_articles.parsing import parse_seed

REPO = Path(__file__).resolve().parent.parent
SOURCES = ["Bqp.vn", "Ngày Nay", "QĐND", "VOV.VN", "TTXVN", "PL", "Nhân Dân", "Tuổi Trẻ"]
AUTHORS = ["Minh Đức", "Thùy Linh", "Hoàng Anh", "Ngọc Ánh", "Quốc Huy", "Thanh Hà", "Đức Thắng"]
TITLE_OPENERS = [
    "Đẩy mạnh",
    "Tăng cường",
    "Tiếp tục đổi mới",
    "Nâng cao hiệu quả",
    "Thúc đẩy",
    "Tổng kết",
    "Triển khai",
]
TITLE_TOPICS = [
    "đối ngoại quốc phòng",
    "hội nhập quốc tế",
    "hợp tác quốc phòng song phương",
    "gìn giữ hòa bình Liên hợp quốc",
    "đối ngoại biên giới",
    "khắc phục hậu quả chiến tranh",
    "công nghiệp quốc phòng",
    "hợp tác ASEAN",
]
TITLE_TAILS = [
    "năm {year}",
    "giai đoạn mới",
    "tại {place}",
    "trong tình hình mới",
    "với các nước láng giềng",
    "lần thứ {n}",
]
PLACES = ["Hà Nội", "Lào", "Campuchia", "Singapore", "Nam Sudan", "Jakarta", "Đà Nẵng", "Huế"]


def real_paragraphs() -> list[str]:
    """Cleaned paragraphs of the real seeds, as the parser extracts them."""
    paragraphs: list[str] = []
    for path in list_seeds(REPO / "seeds"):
        article = parse_seed(path, f"seeds/{path.name}")
        paragraphs.append(article.lead)
        paragraphs.extend(block.text for block in article.blocks if block.kind == "paragraph" and block.text)
    return [p for p in dict.fromkeys(paragraphs) if len(p) > 60]


def synthetic_seed(rng: random.Random, index: int, paragraphs: list[str], base: str | None = None) -> str:
    year = rng.randint(2015, 2025)
    title = (
        f"{rng.choice(TITLE_OPENERS)} {rng.choice(TITLE_TOPICS)} "
        + rng.choice(TITLE_TAILS).format(year=year, place=rng.choice(PLACES), n=rng.randint(2, 20))
        + f" (số {index})"
    )
    byline = f"{rng.choice(AUTHORS)} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    if base is not None:
        body = base  # same story, retold by another source
    else:
        chosen = rng.sample(paragraphs, rng.randint(4, 12))
        body = "\n\n".join(chosen[1:])
        body = f"({rng.choice(SOURCES)}) - {chosen[0]}\n\n{body}"
    parts = [title, byline, body]
    if rng.random() < 0.3:
        parts.append("Bài liên quan\n  • " + rng.choice(TITLE_OPENERS) + " " + rng.choice(TITLE_TOPICS))
    return "\n\n".join(parts) + "\n"


def make_corpus(seeds_dir: Path, count: int, random_seed: int = 20241209) -> list[Path]:
    """Write ``count`` synthetic seeds into ``seeds_dir``; returns their paths."""
    rng = random.Random(random_seed)
    paragraphs = real_paragraphs()
    seeds_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    previous_body: str | None = None
    for index in range(count):
        same_story = previous_body is not None and index % 25 == 1
        text = synthetic_seed(rng, index, paragraphs, previous_body if same_story else None)
        previous_body = text.split("\n\n", 2)[2] if not same_story else None
        path = seeds_dir / f"{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def make_project(target: Path, count: int) -> Path:
    """A copy of this project whose seeds/ holds ``count`` synthetic articles."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "docs", target / "docs")
    make_corpus(target / "seeds", count)
    return target
