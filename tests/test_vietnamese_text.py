"""The shared Vietnamese text rules: NFC, look-alikes, folding, tone keys, sorting."""

from __future__ import annotations

import unicodedata

from seed_articles.text.vietnamese import first_letter, fold, normalize_text, sort_key, syllables, tone_key


def test_nfd_and_lookalikes_normalise_to_the_same_text() -> None:
    text = "Ðối ngoại\u00a0quốc phòng\u200b"
    assert normalize_text(unicodedata.normalize("NFD", text)) == "Đối ngoại quốc phòng"


def test_fold_maps_d_with_stroke_and_drops_every_mark() -> None:
    assert fold("ĐẨY MẠNH Đối ngoại Ðại tá") == "day manh doi ngoai dai ta"


def test_tone_key_ignores_where_the_mark_sits_but_not_which_tone() -> None:
    assert tone_key("hoà") == tone_key("hòa") == tone_key("HÒA")
    assert tone_key("thuỷ") == tone_key("thủy")
    assert tone_key("hòa") != tone_key("hóa") != tone_key("hoa")


def test_vietnamese_alphabetical_order_then_tones() -> None:
    words = ["Đông", "Dương", "Ê-đê", "Em", "ăn", "an", "ân", "bà", "ba", "bá", "bả", "bã", "bạ", "Zalo"]
    ordered = sorted(words, key=sort_key)
    assert ordered == [
        "an",
        "ăn",
        "ân",
        "ba",
        "bà",
        "bả",
        "bã",
        "bá",
        "bạ",
        "Dương",
        "Đông",
        "Em",
        "Ê-đê",
        "Zalo",
    ]


def test_letter_index_keeps_d_with_stroke_apart() -> None:
    assert [first_letter(w) for w in ("ĐNQP", "DOC", "ăn", "123")] == ["Đ", "D", "Ă", "#"]


def test_syllables_are_letter_and_digit_runs() -> None:
    assert syllables("ADMM+ năm 2024, hòa-bình") == ["ADMM", "năm", "2024", "hòa", "bình"]
