"""Held-out sets 23 and 24: party-to-party forms (B2B) and interview labels (PV:) are
abbreviations an article uses; definitions behind an event verb, a named rule or portal, a
time adverb before the verb, and two wordings of one legal text.  Invented sentences,
each rule with near-misses that must not fire."""

from __future__ import annotations

import pytest
from seed_articles.build.glossary_stage import GlossaryCache, run_glossary_stage, scan_article
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    discover_entries,
    find_definitions,
    load_glossary,
    merge_discovered,
)
from seed_articles.glossary.undefined import interview_labels, is_listed_undefined
from seed_articles.model import Block, ParsedArticle
from seed_articles.pages.glossary import render_glossary_page


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _article(body: str, seed: str = "seeds/a.txt") -> ParsedArticle:
    paragraphs = [Block("paragraph", text) for text in body.split("\n")]
    return ParsedArticle(seed=seed, title="Tin tổng hợp", lead="", blocks=paragraphs)


def _definitions(text: str) -> dict[str, str]:
    return {d.base: d.base_long_form for d in find_definitions(text)}


# --- party-to-party forms -------------------------------------------------------------


@pytest.mark.parametrize("base", ["B2B", "B2C", "G2G", "P2P", "O2O", "B2B2C"])
def test_party_to_party_forms_are_listed(base: str) -> None:
    assert is_listed_undefined(base)


@pytest.mark.parametrize("base", ["H2O", "N2O", "H2S", "B2", "A5X", "T9S", "HN"])
def test_formulas_model_codes_and_initials_are_not(base: str) -> None:
    assert not is_listed_undefined(base)


def test_an_article_using_b2b_lists_it(glossary: Glossary) -> None:
    article = _article("Ban tổ chức sắp xếp các cuộc gặp B2B giữa nhà nhập khẩu và hợp tác xã chè.")
    assert "B2B" in scan_article(article, glossary)[0].keys


def test_a_unit_after_a_number_stays_out(glossary: Glossary) -> None:
    article = _article("Mạng 5G phủ sóng 12 xã, tốc độ đạt 2 GB mỗi giây.")
    assert scan_article(article, glossary)[0].keys == []


# --- interview labels ------------------------------------------------------------------

_INTERVIEW = (
    "PV: Thưa bà, mặt hàng rau quả đã tận dụng ưu đãi thuế ra sao?\n"
    "Bà Hoa: Năm qua kim ngạch tăng khá nhờ cắt giảm thuế.\n"
    "PV: Vậy khó khăn lớn nhất của nhà vườn là gì?\n"
    "Bà Hoa: Chủ yếu là truy xuất nguồn gốc."
)


def test_an_interviewers_label_is_an_abbreviation(glossary: Glossary) -> None:
    assert interview_labels(_INTERVIEW.split("\n")) == {"PV"}
    assert "PV" in scan_article(_article(_INTERVIEW), glossary)[0].keys


def test_the_label_becomes_an_entry_without_long_form() -> None:
    result = run_glossary_stage([_article(_INTERVIEW)], None, GlossaryCache())
    assert result.glossary["PV"].source == "undefined"


@pytest.mark.parametrize(
    "body",
    [
        # once only: a line of a credit, not the turns of an interview
        "PV: Thưa ông, thị trường nào hứa hẹn nhất?\nÔng Nam: Thị trường Trung Đông.",
        # no question: labels of a filing or credit block
        "VT: lưu hồ sơ tại văn phòng.\nVT: bản sao gửi các phòng.",
        # the label inside a sentence, not opening it
        "Theo PV: thị trường nào hứa hẹn nhất?\nTheo PV: còn khó khăn gì?",
    ],
)
def test_what_is_no_interview_gives_no_label(body: str) -> None:
    assert interview_labels(body.split("\n")) == set()


# --- definitions -------------------------------------------------------------------------


def test_an_event_verb_starts_the_events_name() -> None:
    text = (
        "Sáng 4/3, Bộ Công Thương chủ trì khai mạc Diễn đàn xúc tiến hàng nông sản Mê Kông "
        "lần thứ 2 (MAPF-2) với 40 doanh nghiệp tham gia."
    )
    assert _definitions(text)["MAPF"] == "Diễn đàn xúc tiến hàng nông sản Mê Kông"
    text = "Bộ Ngoại giao chủ trì khai mạc Giao lưu nhà ngoại giao trẻ Mê Kông (YDM) tại Cần Thơ."
    assert _definitions(text)["YDM"] == "Giao lưu nhà ngoại giao trẻ Mê Kông"


def test_without_an_event_verb_the_name_starts_at_its_head() -> None:
    text = "Đại biểu dự Hội nghị Bộ trưởng Nông nghiệp các nước Mê Kông (MAMM) tại Viêng Chăn."
    assert _definitions(text)["MAMM"] == "Hội nghị Bộ trưởng Nông nghiệp các nước Mê Kông"


def test_a_named_rule_and_portal_head_their_names() -> None:
    text = "Doanh nghiệp quan tâm nhiều tới Quy định chống hàng giả của Canada (CAFR) trong năm nay."
    assert _definitions(text)["CAFR"] == "Quy định chống hàng giả của Canada"
    text = "Theo bà Lan, ASWP - Cổng thông tin thủ tục nông sản hiện đã kết nối 9 tỉnh, thành."
    assert _definitions(text)["ASWP"] == "Cổng thông tin thủ tục nông sản"


def test_a_lower_case_rule_verb_defines_nothing() -> None:
    text = "Thông tư quy định doanh nghiệp có vốn đầu tư nước ngoài (FDIE) phải báo cáo hằng quý."
    assert "FDIE" not in _definitions(text)


def test_a_rule_named_with_its_author_words_an_entry_another_text_defines() -> None:
    # Either noun may be what the letters abbreviate: alone it defines nothing ...
    ambiguous = "Quy định của Liên minh châu Âu về nhãn sinh thái hàng dệt (EUTL) áp dụng từ năm sau."
    assert "EUTL" not in _definitions(ambiguous)
    assert discover_entries(ambiguous, "b") and "EUTL" not in {
        e.key for e in discover_entries(ambiguous, "b") if e.source == "discovered"
    }
    # ... but it words the entry a plain text defines.
    plain = "Doanh nghiệp dệt lo ngại Quy định nhãn sinh thái hàng dệt của EU (EUTL) sẽ sớm áp dụng."
    merged, _ = merge_discovered(
        Glossary([]), [*discover_entries(plain, "a"), *discover_entries(ambiguous, "b")]
    )
    assert merged["EUTL"].vi == "Quy định nhãn sinh thái hàng dệt của EU"
    assert merged["EUTL"].alternatives == ("Quy định của Liên minh châu Âu về nhãn sinh thái hàng dệt",)


def test_an_author_with_a_named_topic_stays_ambiguous() -> None:
    text = "Tuyên bố của Bộ Ngoại giao Mỹ về Biển Đông (DOSM) được nhiều báo đăng lại."
    assert "DOSM" not in _definitions(text)


def test_an_ambiguous_name_alone_makes_no_entry() -> None:
    text = "Văn kiện là Tuyên bố chung của Hội đồng Bảo an Liên hợp quốc về biển (UNSCM) năm nay."
    merged, _ = merge_discovered(Glossary([]), discover_entries(text, "a"))
    assert "UNSCM" not in merged


def test_a_time_adverb_stays_out_of_the_name_but_a_relation_defines_nothing() -> None:
    text = "Theo ông Bình, NAP - Nền tảng cấp phép nông sản hiện nay đang thử nghiệm tại 3 tỉnh."
    assert "NAP" not in _definitions(text)  # "Nền tảng" heads no name the rules know
    text = "Theo ông Bình, ASWP - Cổng thông tin thủ tục nông sản hiện nay đang thử nghiệm."
    assert _definitions(text)["ASWP"] == "Cổng thông tin thủ tục nông sản"


def test_two_wordings_of_one_rule_are_one_entry() -> None:
    found = [
        GlossaryEntry(
            key="EUTL", vi="Quy định nhãn sinh thái hàng dệt của EU", source="discovered", found_in=("a",)
        ),
        GlossaryEntry(
            key="EUTL",
            vi="Quy định của Liên minh châu Âu về nhãn xanh cho hàng dệt",
            source="discovered",
            found_in=("b",),
        ),
    ]
    merged, _ = merge_discovered(Glossary([]), found)
    assert merged["EUTL"].alternatives == ("Quy định của Liên minh châu Âu về nhãn xanh cho hàng dệt",)


def test_two_rules_with_nothing_in_common_stay_apart() -> None:
    found = [
        GlossaryEntry(
            key="EUTL", vi="Quy định nhãn sinh thái hàng dệt", source="discovered", found_in=("a",)
        ),
        GlossaryEntry(key="EUTL", vi="Quy định về an toàn lao động", source="discovered", found_in=("b",)),
        GlossaryEntry(key="EUTX", vi="Hội nghị nhãn sinh thái", source="discovered", found_in=("c",)),
        GlossaryEntry(key="EUTX", vi="Hội nghị nhãn xanh châu Âu", source="discovered", found_in=("d",)),
    ]
    merged, _ = merge_discovered(Glossary([]), found)
    assert merged["EUTL"].alternatives == ()
    assert merged["EUTX"].alternatives == ()  # a meeting is no legal text: the usual test decides


# --- the page ---------------------------------------------------------------------------


def test_an_entry_without_long_form_says_so_in_plain_vietnamese() -> None:
    entry = GlossaryEntry(key="QTRV", vi="", source="undefined")
    page = render_glossary_page(Glossary([entry]), {"QTRV": [("Bài A", "a/")]})
    assert "Chưa rõ dạng đầy đủ: bài viết dưới đây dùng chữ viết tắt này mà không ghi tên đầy đủ." in page
    assert "Mỗi mục ghi dạng đầy đủ (khi đã biết)" in page
