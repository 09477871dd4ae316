"""Curated glossary entries added after held-out set 7 (invented sentences)."""

from __future__ import annotations

from seed_articles.glossary import find_mentions, load_glossary


def test_sea_law_police_outreach_and_ship_entries() -> None:
    glossary = load_glossary()
    text = (
        "Hai nước phân định EEZ; CATP tiếp đoàn bạn; các xã đẩy mạnh PBGDPL; tàu cá lắp VMS; "
        "tàu HMNZS Aotearoa dự CARAT-2026; khách quét mã QR; sinh viên Trường ĐH Ngoại ngữ."
    )
    keys = {mention.key for mention in find_mentions(text, glossary)}
    assert {"EEZ", "CATP", "PBGDPL", "VMS", "HMNZS", "CARAT", "QR", "ĐH"} <= keys


def test_long_forms_the_texts_give() -> None:
    entries = load_glossary().entries
    assert entries["EEZ"].vi == "Vùng đặc quyền kinh tế"
    assert entries["PBGDPL"].vi == "Phổ biến, giáo dục pháp luật"
    assert "Thiết bị giám sát hành trình" in entries["VMS"].alternatives


def test_curated_long_forms_beat_overlong_ones_found_in_texts() -> None:
    entries = load_glossary().entries
    assert entries["PASSEX"].en == "Passing Exercise"
    assert "Huấn luyện đi qua" in entries["PASSEX"].alternatives
    assert entries["CUES"].en == "Code for Unplanned Encounters at Sea"
