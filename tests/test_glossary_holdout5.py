"""Glossary rules added after held-out set 5 (invented sentences, positive and negative)."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from seed_articles.glossary import find_mentions, load_glossary


def test_foreign_long_form_after_tieng_x_la() -> None:
    assert _defs("Hai bên diễn tập (tiếng Anh là Search And Rescue Exercise - SAREX) trên biển.") == [
        ("SAREX", "Search And Rescue Exercise")
    ]
    text = "Lực lượng vũ trang bạn (tiếng Indonesia là Tentara Nasional, viết tắt là Tentnas) đến thăm."
    assert _defs(text) == [("Tentnas", "Tentara Nasional")]


def test_foreign_long_form_needs_the_letters_in_order() -> None:
    assert _defs("Hãng tin (tiếng Pháp là Agence France, viết tắt là AFP) đưa tin.") == []
    assert _defs("Triển lãm (tiếng Anh là Vietnam Defence Expo 2026) sẽ khai mạc.") == []


def test_place_after_an_abbreviation_is_not_a_two_word_form() -> None:
    assert _defs("Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (CHDCND Lào) cử đoàn sang thăm.") == []
    assert ("UN Women", "Cơ quan Liên hợp quốc về Bình đẳng giới") in _defs(
        "Cơ quan Liên hợp quốc về Bình đẳng giới (UN Women) tài trợ dự án."
    )


def test_co_che_heads_a_name() -> None:
    assert _defs("Hai bên kết nối với Cơ chế hợp tác tiểu vùng (CHT) để trao đổi.") == [
        ("CHT", "Cơ chế hợp tác tiểu vùng")
    ]


def test_curated_ship_prefixes_age_groups_and_chdcnd() -> None:
    glossary = load_glossary()
    text = "Tàu INS Kolkata và tàu HMAS Anzac cập cảng; nhóm tuổi U12 thi đấu; đoàn CHDCND Lào đến thăm."
    keys = [mention.key for mention in find_mentions(text, glossary)]
    assert keys == ["INS", "HMAS", "U12", "CHDCND"]
    assert find_mentions("Tiền vệ Insigne ghi bàn.", glossary) == []
