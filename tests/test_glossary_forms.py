"""Numbered, compound and two-word abbreviation forms; Đ inside; what is never an abbreviation.

Each sentence is our own; each form must be found with the glossary entry it
belongs to, both with the shipped glossary and (for unknown bases) as an
undefined candidate carrying its base.
"""

from __future__ import annotations

import pytest
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    discover_entries,
    find_definitions,
    find_mentions,
    find_undefined,
    load_glossary,
    merge_discovered,
    parse_glossary,
)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary) -> list[tuple[str, str, str]]:
    return [(m.surface, m.key, m.number) for m in find_mentions(text, glossary)]


# --- recognition with the shipped glossary -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "key", "number"),
    [
        ("Đoàn dự Hội nghị ADMM-17 tại Viêng Chăn.", "ADMM-17", "ADMM", "17"),
        ("Thành viên ADSOM+ thảo luận trực tuyến.", "ADSOM+", "ADSOM+", ""),
        ("Doanh nghiệp tận dụng CMCN 4.0 để đổi mới.", "CMCN 4.0", "CMCN", "4.0"),
        ("Các bên bàn về RCEP2 trong phiên chiều.", "RCEP2", "RCEP", "2"),
        ("Hội nghị thượng đỉnh G20 năm nay bàn về nợ công.", "G20", "G20", ""),
        ("Chiến dịch tiêm chủng phòng COVID-19 kết thúc.", "COVID-19", "COVID-19", ""),
        ("Vòng tham vấn JWG-DOC được tổ chức trực tuyến.", "JWG-DOC", "JWG-DOC", ""),
        ("Lãnh đạo Bộ TT&TT trả lời báo chí.", "TT&TT", "TT&TT", ""),
        ("Chương trình do UN Women tài trợ đã kết thúc.", "UN Women", "UN Women", ""),
        ("Phó Chỉ huy trưởng Bộ CHQS tỉnh tiếp đoàn.", "Bộ CHQS", "Bộ CHQS", ""),
        ("Tàu CSB 8001 rời cảng lúc sáng sớm.", "CSB 8001", "CSB", "8001"),
        ("Đêm qua VTV1 phát phóng sự về biên giới.", "VTV1", "VTV", "1"),
        ("Hội nghị kết thúc (SOMTC 25).", "SOMTC 25", "SOMTC", "25"),
        ("Tàu HQ-571 cập cảng quốc tế.", "HQ-571", "HQ", "571"),
        ("Đại diện EuroCham phát biểu tại diễn đàn.", "EuroCham", "EuroCham", ""),
    ],
)
def test_numbered_and_compound_forms_link_to_their_entry(
    glossary: Glossary, sentence: str, surface: str, key: str, number: str
) -> None:
    assert (surface, key, number) in _found(sentence, glossary)
    mention = next(m for m in find_mentions(sentence, glossary) if m.surface == surface)
    assert sentence[mention.start : mention.end] == surface


def test_two_known_tokens_stay_two_mentions(glossary: Glossary) -> None:
    assert _found("Nhóm ADMM+ EWG về an ninh biển họp.", glossary) == [
        ("ADMM+", "ADMM+", ""),
        ("EWG", "EWG", ""),
    ]


def test_plus_form_falls_back_to_its_base_when_not_curated() -> None:
    only_base = Glossary([GlossaryEntry("ADSOM", "Hội nghị Quan chức Quốc phòng cấp cao ASEAN")])
    assert _found("Phiên họp ADSOM+ khai mạc.", only_base) == [("ADSOM+", "ADSOM", "")]


@pytest.mark.parametrize("key", ["BĐBP", "HĐND", "QĐND", "ĐNQP", "ĐBQH", "ĐCSVN"])
def test_d_with_stroke_inside_and_its_lookalikes(glossary: Glossary, key: str) -> None:
    sentence = f"Báo cáo của {key} được gửi đi; bản sao gửi {key.replace('Đ', chr(0xD0))}."
    assert [m.key for m in find_mentions(sentence, glossary)] == [key, key]


def test_quantities_and_years_are_not_numbers_of_an_abbreviation(glossary: Glossary) -> None:
    assert _found("Năm Chủ tịch ASEAN 2020, khối ASEAN 680 triệu dân.", glossary) == [
        ("ASEAN", "ASEAN", ""),
        ("ASEAN", "ASEAN", ""),
    ]
    assert _found("Có 12 UBND 150 người dự.", glossary) == [("UBND", "UBND", "")]


# --- unknown bases: candidates carry the base ---------------------------------


def test_undefined_numbered_forms_report_their_base() -> None:
    empty = Glossary([])
    text = "Phiên XYZM-17, nhóm QRST2, chuẩn ABCD 4.0, khối PQR+ và ÐKTT bàn bạc."
    assert [(c.surface, c.base, c.number) for c in find_undefined(text, empty)] == [
        ("XYZM-17", "XYZM", "17"),
        ("QRST2", "QRST", "2"),
        ("ABCD 4.0", "ABCD", "4.0"),
        ("PQR+", "PQR", ""),
        ("\u00d0KTT", "ĐKTT", ""),
    ]


# --- never abbreviations ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội XIII của Đảng, Quốc hội khóa XIV, thế kỷ XXI và lần thứ XIX.",
        "THÙY LINH",
        "MINH ĐỨC - TUẤN ANH",
        "BỘ QUỐC PHÒNG NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BO QUOC PHONG VIET NAM",
        "Ảnh: LINH",
        "Nhà máy 10 MW, ổ cứng 3 GB, tuyến dài 20 KM và lúc 11:40 GMT+7.",
    ],
)
def test_numerals_capitalised_names_signatures_and_units_are_not_abbreviations(text: str) -> None:
    # Even with an empty glossary, nothing here is an unknown abbreviation.
    assert find_undefined(text, Glossary([])) == []
    assert find_mentions(text, load_glossary()) == []


# --- definitions in the text --------------------------------------------------

DEFINITIONS = [
    # long form (ABBR), Đ inside
    ("Lực lượng Bộ đội Biên phòng (BĐBP) tuần tra.", "BĐBP", "Bộ đội Biên phòng"),
    # ABBR (long form), English acronym with a Vietnamese gloss
    (
        "Hai bên tôn trọng UNCLOS (Công ước Liên hợp quốc về Luật Biển năm 1982) trong mọi tranh chấp.",
        "UNCLOS",
        "Công ước Liên hợp quốc về Luật Biển năm 1982",
    ),
    ("Đội tàu diễn tập SAR (tìm kiếm cứu nạn) trên biển.", "SAR", "tìm kiếm cứu nạn"),
    # long form - ABBR and ABBR - long form, checked by initials (W = ư, Telex)
    ("Ý kiến của Quân ủy Trung ương - QUTW đã được ghi nhận.", "QUTW", "Quân ủy Trung ương"),
    ("Theo QUTW – Quân ủy Trung ương, kế hoạch được duyệt.", "QUTW", "Quân ủy Trung ương"),
    # ABBR - gloss, an English acronym set off by commas or a second dash
    (
        "Các nước cần sớm hoàn tất COC - Bộ quy tắc ứng xử ở Biển Đông, bảo đảm hiệu quả.",
        "COC",
        "Bộ quy tắc ứng xử ở Biển Đông",
    ),
    (
        "Theo ông, ASEAN - Hiệp hội các quốc gia Đông Nam Á - đang đứng trước sức ép.",
        "ASEAN",
        "Hiệp hội các quốc gia Đông Nam Á",
    ),
    ("EWG - Nhóm chuyên gia là cơ chế hợp tác thực tiễn.", "EWG", "Nhóm chuyên gia"),
    (
        "ADMM+ - Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng, gồm 18 nước.",
        "ADMM+",
        "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng",
    ),
    (
        "Đại diện EuroCham (Phòng Thương mại châu Âu tại Việt Nam) cho biết thêm.",
        "EuroCham",
        "Phòng Thương mại châu Âu tại Việt Nam",
    ),
    # numbered forms
    (
        "Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 (ADMM-17) khai mạc.",
        "ADMM-17",
        "Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17",
    ),
    (
        "Cuộc Cách mạng công nghiệp lần thứ tư (CMCN 4.0) đặt ra yêu cầu mới.",
        "CMCN 4.0",
        "Cách mạng công nghiệp lần thứ tư",
    ),
    (
        "Đơn vị Bệnh viện dã chiến cấp 2 số 8 (BVDC 2.8) lên đường.",
        "BVDC 2.8",
        "Bệnh viện dã chiến cấp 2 số 8",
    ),
    # two-word forms
    (
        "Đại diện Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ (UN Women) phát biểu.",
        "UN Women",
        "Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ",
    ),
    ("Lãnh đạo Bộ Chỉ huy Quân sự (Bộ CHQS) ba tỉnh dự họp.", "Bộ CHQS", "Bộ Chỉ huy Quân sự"),
    # a comma inside the name
    (
        "Hội nghị Quan chức cấp cao ASEAN về phòng, chống tội phạm xuyên quốc gia (SOMTC) bế mạc.",
        "SOMTC",
        "Hội nghị Quan chức cấp cao ASEAN về phòng, chống tội phạm xuyên quốc gia",
    ),
    (
        "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) dự lễ.",
        "VHTTDL",
        "Văn hóa, Thể thao và Du lịch",
    ),
    # an appositive "X của Y" whose possessor is too short to be the name
    (
        "Đội công binh đến Lực lượng An ninh lâm thời của Liên hợp quốc tại Abyei (UNISFA).",
        "UNISFA",
        "Lực lượng An ninh lâm thời của Liên hợp quốc tại Abyei",
    ),
    # two abbreviations side by side in one pair of parentheses
    ("Lực lượng gìn giữ hòa bình Liên hợp quốc (GGHB LHQ) lên đường.", "GGHB", "gìn giữ hòa bình"),
    ("Lực lượng gìn giữ hòa bình Liên hợp quốc (GGHB LHQ) lên đường.", "LHQ", "Liên hợp quốc"),
    # a lower-case head noun that is never a verb
    ("EVFTA là một hiệp định thương mại tự do (FTA) thế hệ mới.", "FTA", "hiệp định thương mại tự do"),
]


@pytest.mark.parametrize(("sentence", "abbr", "long_form"), DEFINITIONS)
def test_definitions_in_each_direction(sentence: str, abbr: str, long_form: str) -> None:
    found = {d.abbr: d for d in find_definitions(sentence)}
    assert abbr in found, found
    assert found[abbr].long_form == long_form
    assert sentence[found[abbr].start :].startswith(long_form)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quan hệ ASEAN - Liên minh châu Âu ngày càng phát triển.",
        "Hợp tác Việt Nam - ASEAN được củng cố.",
        "Phiên họp ADMM+ (mở rộng) diễn ra hôm qua.",
        "Năm Chủ tịch ASEAN (năm nay) có nhiều sự kiện.",
        "Đại diện USAID (Mỹ) phát biểu.",
        "Tuyên bố chung của Bộ trưởng Quốc phòng các nước ASEAN (ADMM) được thông qua.",
        "Đại hội XIII (2021) của Đảng.",
        "Tỷ số chung cuộc Hà Nội FC - HAGL là 2-1.",
    ],
)
def test_look_alike_sentences_define_nothing(sentence: str) -> None:
    assert find_definitions(sentence) == []


def test_numbered_definition_goes_to_the_base_entry_without_the_number() -> None:
    text = "Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 (ADMM-17) khai mạc."
    (entry,) = discover_entries(text, "seeds/a.txt")
    assert (entry.key, entry.vi) == ("ADMM", "Hội nghị Bộ trưởng Quốc phòng ASEAN")
    text = "Cuộc Cách mạng công nghiệp 4.0 (CMCN 4.0) lan rộng."
    (entry,) = discover_entries(text, "seeds/b.txt")
    assert (entry.key, entry.vi) == ("CMCN", "Cách mạng công nghiệp")


def test_discovered_two_word_entry_is_recognised_as_one_mention() -> None:
    text = (
        "Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ (UN Women) hỗ trợ. UN Women cảm ơn."
    )
    glossary, _ = merge_discovered(Glossary([]), discover_entries(text, "seeds/a.txt"))
    assert [m.surface for m in find_mentions(text, glossary)] == ["UN Women", "UN Women"]


# --- the curated file and its loader -------------------------------------------


def test_two_word_keys_are_validated() -> None:
    glossary = parse_glossary("entries:\n  - abbr: UN Women\n    vi: A\n  - abbr: Bộ CHQS\n    vi: B\n")
    assert set(glossary.entries) == {"UN Women", "Bộ CHQS"}
    for bad in ("Liên Hợp", "UN women", "UN Women Now", "Bộ Quốc"):
        with pytest.raises(Exception, match="cannot be recognised"):
            parse_glossary(f"entries:\n  - abbr: {bad}\n    vi: A\n")


REQUIRED = [
    "QĐND",
    "QUTW",
    "BTTM",
    "TCCT",
    "BQP",
    "BNG",
    "BCA",
    "BĐBP",
    "CSB",
    "HQ",
    "PK-KQ",
    "TTXVN",
    "VOV",
    "VTV",
    "UBND",
    "HĐND",
    "MTTQ",
    "QH",
    "ĐBQH",
    "T.Ư",
    "BCT",
    "BCH",
    "ASEAN",
    "ADMM",
    "ADMM+",
    "ADSOM",
    "ADSOM+",
    "ARF",
    "EAS",
    "APEC",
    "ASEM",
    "WTO",
    "FTA",
    "EVFTA",
    "CPTPP",
    "RCEP",
    "UNCLOS",
    "DOC",
    "COC",
    "LHQ",
    "UN",
    "UNSC",
    "GGHB",
    "PKO",
    "NATO",
    "EU",
    "ODA",
    "FDI",
    "IUU",
    "CBMs",
    "HADR",
    "MSC",
    "SLD",
    "IISS",
    "ICJ",
    "PCA",
    "IMO",
    "ILO",
    "WHO",
    "UNESCO",
    "UNICEF",
    "UNDP",
    "UNHCR",
    "ICRC",
    "EWG",
    "JWG",
]


def test_curated_glossary_is_large_complete_and_deterministic() -> None:
    glossary = load_glossary()
    assert len(glossary) >= 120
    for entry in glossary:
        assert entry.vi.strip(), entry.key
        assert entry.line is not None
    for key in REQUIRED:
        assert glossary.resolve(key) is not None, key
    assert glossary.resolve("TW") is glossary["T.Ư"]
    assert glossary["SLD"].en == "Shangri-La Dialogue"
    # International entries keep the English original.
    for key in ("ASEAN", "ADMM", "UNCLOS", "NATO", "WHO", "IISS", "EWG", "CBMs"):
        assert glossary[key].en, key


def test_curated_file_has_no_duplicates_and_is_in_vietnamese_order() -> None:
    glossary = load_glossary()  # raises GlossaryError on a duplicate key or spelling
    by_line = sorted(glossary.entries.values(), key=lambda e: e.line or 0)
    assert [e.key for e in by_line] == [e.key for e in glossary]  # file order is the sorted order
    spellings = [s for e in glossary.entries.values() for s in e.spellings()]
    assert len(spellings) == len(set(spellings))
    assert list(load_glossary().entries) == list(glossary.entries)  # loaded the same way twice


def test_no_curated_key_is_a_roman_numeral_or_a_unit() -> None:
    from seed_articles.glossary.recognizer import UNIT_CODES
    from seed_articles.glossary.tokens import is_roman_numeral

    for entry in load_glossary():
        for spelling in entry.spellings():
            assert not is_roman_numeral(spelling) and spelling not in UNIT_CODES, spelling
