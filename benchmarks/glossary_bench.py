"""How the glossary scan grows with the text: 20 and 400 copies of one paragraph.

Finding abbreviation mentions and the definitions a text writes must stay
linear in the text's length (a regular expression that backtracks or a scan
per mention would make one long article cost minutes). 400 copies are 20x
the text of 20 copies; the target is well under 4x that, i.e. a time ratio
below 80. Moved here from the unit tests: timing belongs in the benchmark.

Usage: ``.venv/bin/python benchmarks/glossary_bench.py`` (prints one JSON line).
"""

from __future__ import annotations

import json
import time

from seed_articles.glossary import find_definitions, find_mentions, load_glossary

UNIT = (
    "Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 (ADMM-17) và UN Women, Bộ CHQS, CSB 8001, "
    "ASEAN - Hiệp hội các quốc gia Đông Nam Á - đang bàn với EU về COC - Bộ quy tắc, VTV1. "
)
TARGET_RATIO = 80.0  # 20x the text may cost at most 4x a linear 20x


def scan_seconds(copies: int, repeats: int = 3) -> float:
    """The best of ``repeats`` scans of ``copies`` copies of the unit paragraph."""
    glossary = load_glossary()
    text = UNIT * copies
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        find_mentions(text, glossary)
        find_definitions(text)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> int:
    scan_seconds(5, repeats=1)  # warm the compiled patterns
    small, large = scan_seconds(20), scan_seconds(400)
    ratio = large / small if small else float("inf")
    print(
        json.dumps(
            {
                "glossary_scan_20_copies_s": round(small, 4),
                "glossary_scan_400_copies_s": round(large, 4),
                "ratio": round(ratio, 1),
                "target_ratio": TARGET_RATIO,
                "met": ratio < TARGET_RATIO,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
