"""Curated glossary entries added after held-out set 6 (invented sentences)."""

from __future__ import annotations

from seed_articles.glossary import find_mentions, load_glossary


def test_coast_guards_rescue_centre_mia_agency_ngo_and_single_member_companies() -> None:
    glossary = load_glossary()
    text = (
        "Trung tâm VMRCC và lực lượng JCG, PCG diễn tập; DPAA nhận hài cốt; một tổ chức NGO tài trợ; "
        "Công ty TNHH MTV Cảng biển hỗ trợ tàu."
    )
    keys = [mention.key for mention in find_mentions(text, glossary)]
    assert {"VMRCC", "JCG", "PCG", "DPAA", "NGO", "MTV"} <= set(keys)


def test_other_wordings_news_text_uses() -> None:
    entries = load_glossary().entries
    assert "Lực lượng Tuần duyên Nhật Bản" in entries["JCG"].alternatives
    assert "Lực lượng Tuần duyên Philippines" in entries["PCG"].alternatives
    assert entries["DPAA"].vi.endswith("thuộc Bộ Quốc phòng Hoa Kỳ")
