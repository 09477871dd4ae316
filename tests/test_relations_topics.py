"""Topic tags from the vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_articles.relations.topics import assign_topics, load_topics, topic_counts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_shipped_vocabulary_has_the_corpus_topics():
    labels = {t.label for t in load_topics()}
    assert {
        "ASEAN",
        "Gìn giữ hòa bình",
        "Biên giới",
        "Khắc phục hậu quả chiến tranh",
        "Công nghiệp quốc phòng",
        "Hợp tác song phương",
        "Đối ngoại đa phương",
        "Biển Đông",
        "Hỗ trợ nhân đạo",
        "Thông tin đối ngoại",
    } <= labels


def test_tone_placement_and_case_do_not_matter_but_tones_do():
    vocabulary = {"Biển Đông": ["Biển Đông"], "Hòa bình": ["hòa bình"]}
    assert assign_topics("tình hình BIỂN ĐÔNG, giữ hoà bình", vocabulary) == ["Biển Đông", "Hòa bình"]
    assert assign_topics("giá vàng biến động mạnh", vocabulary) == []


def test_whole_syllables_only_and_not_across_punctuation():
    vocabulary = {"Biên giới": ["biên giới"]}
    assert assign_topics("biên giới", vocabulary) == ["Biên giới"]
    assert assign_topics("biên, giới", vocabulary) == []
    assert assign_topics("Abiên giới", vocabulary) == []


def test_min_count_and_order_by_matches():
    vocabulary = {
        "ASEAN": {"phrases": ["ASEAN", "ADMM"], "min_count": 2},
        "Biên giới": ["biên giới"],
    }
    assert assign_topics("ASEAN họp về biên giới", vocabulary) == ["Biên giới"]
    text = "ASEAN, ADMM và ASEAN bàn về biên giới"
    assert assign_topics(text, vocabulary) == ["ASEAN", "Biên giới"]
    assert assign_topics(text, vocabulary, limit=1) == ["ASEAN"]


def test_longer_phrase_counts_once():
    vocabulary = {"KPHQCT": ["khắc phục hậu quả chiến tranh", "hậu quả chiến tranh"]}
    assert topic_counts("khắc phục hậu quả chiến tranh", vocabulary) == {"KPHQCT": 1}


def test_real_seed_topics():
    text = (SEEDS / "003_ad286beecb1bc4e2.txt").read_text("utf-8")
    topics = assign_topics(text)
    assert {"Biên giới", "ASEAN", "Gìn giữ hòa bình", "Công nghiệp quốc phòng"} <= set(topics)
    economy = "Kim ngạch xuất khẩu tăng, lạm phát được kiểm soát, thị trường chứng khoán biến động."
    assert assign_topics(economy) == []


def test_topic_without_phrases_is_rejected():
    with pytest.raises(ValueError):
        assign_topics("x", {"Trống": []})
