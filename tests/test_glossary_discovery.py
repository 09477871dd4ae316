"""Discovery of abbreviations defined in article text.

Precision and recall are measured per pattern and per Vietnamese-initials
case over a labelled set of synthetic sentences (positives and look-alike
negatives), and discovery is run on the real seeds' raw text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    discover_entries,
    find_definitions,
    load_glossary,
    merge_discovered,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (category, sentence, expected {(abbr, long form as written)})
LABELLED: list[tuple[str, str, set[tuple[str, str]]]] = [
    # long form (ABBR)
    (
        "long-paren",
        "Sở Giáo dục và Đào tạo (GD&ĐT) Hà Nội công bố lịch thi.",
        {("GD&ĐT", "Giáo dục và Đào tạo")},
    ),
    (
        "long-paren",
        "Các doanh nghiệp vừa và nhỏ (DNVVN) còn gặp khó khăn.",
        {("DNVVN", "doanh nghiệp vừa và nhỏ")},
    ),
    (
        "long-paren",
        "Ngân hàng Nhà nước (NHNN) giữ nguyên lãi suất điều hành.",
        {("NHNN", "Ngân hàng Nhà nước")},
    ),
    ("long-paren", "Theo Tổng cục Thống kê (TCTK), kinh tế tăng 7%.", {("TCTK", "Tổng cục Thống kê")}),
    (
        "long-paren",
        "Hệ thống thông tin địa lý (HTTTĐL) được đưa vào sử dụng.",
        {("HTTTĐL", "Hệ thống thông tin địa lý")},
    ),
    ("long-paren", "Cục Cảnh sát giao thông (CSGT) ra quân đầu năm.", {("CSGT", "Cảnh sát giao thông")}),
    ("long-paren", "Đại hội XIII (2021) đã thông qua nhiều văn kiện.", set()),
    ("long-paren", "Cuộc họp tại Hà Nội (VN) kéo dài hai ngày.", set()),
    ("long-paren", "Đoàn công tác của tỉnh (ảnh trên) thăm hỏi bà con.", set()),
    ("long-paren", "Quốc hội khóa XV (XV) họp phiên bất thường.", set()),
    # ABBR (long form)
    (
        "abbr-paren",
        "Tổ chức WHO (World Health Organization) khuyến cáo tiêm chủng.",
        {("WHO", "World Health Organization")},
    ),
    (
        "abbr-paren",
        "Chỉ số PMI (Purchasing Managers Index) tăng trở lại.",
        {("PMI", "Purchasing Managers Index")},
    ),
    ("abbr-paren", "Hệ thống CNTT (công nghệ thông tin) được nâng cấp.", {("CNTT", "công nghệ thông tin")}),
    (
        "abbr-paren",
        "Quỹ IMF (International Monetary Fund) dự báo tăng trưởng.",
        {("IMF", "International Monetary Fund")},
    ),
    (
        "abbr-paren",
        "Các tiêu chuẩn ESG (Environmental, Social and Governance) ngày càng quan trọng.",
        {("ESG", "Environmental, Social and Governance")},
    ),
    ("abbr-paren", "Đại diện USAID (Mỹ) cho biết sẽ tiếp tục hỗ trợ.", set()),
    ("abbr-paren", "Đội công binh đến phái bộ UNMISS (Nam Sudan) làm nhiệm vụ.", set()),
    ("abbr-paren", "Ông Nguyễn Văn An (SN 1980) bị tạm giữ.", set()),
    ("abbr-paren", "Lễ ra mắt OTT (tháng 5) thu hút nhiều khách.", set()),
    # long form - ABBR
    (
        "dash",
        "Hội đồng nhân dân - HĐND, cơ quan quyền lực ở địa phương, họp kỳ cuối năm.",
        {("HĐND", "Hội đồng nhân dân")},
    ),
    (
        "dash",
        "Hai tổ chức (Liên hợp quốc - UN, Quỹ Tiền tệ Quốc tế - IMF) cùng tham gia.",
        {("UN", "Liên hợp quốc"), ("IMF", "Quỹ Tiền tệ Quốc tế")},
    ),
    (
        "dash",
        "Các đối tác (Ngân hàng Thế giới - WB; Ngân hàng Phát triển châu Á - ADB) cam kết tài trợ.",
        {("WB", "Ngân hàng Thế giới"), ("ADB", "Ngân hàng Phát triển châu Á")},
    ),
    ("dash", "Bản tin của Thông tấn xã Việt Nam - TTXVN.", {("TTXVN", "Thông tấn xã Việt Nam")}),
    ("dash", "Thúc đẩy quan hệ Việt Nam - ASEAN, Việt Nam - EU trong giai đoạn mới.", set()),
    ("dash", "Hợp tác song phương (Việt Nam - ASEAN) được củng cố.", set()),
    ("dash", "Hội nghị Thứ trưởng Quốc phòng ASEAN - Nhật Bản lần thứ 13.", set()),
    ("dash", "Tỷ số chung cuộc là Hà Nội FC - HAGL.", set()),
    # A và B (X và Y)
    (
        "compound",
        "Triển khai công tác khoa học công nghệ và đổi mới sáng tạo (KHCN và ĐMST) năm nay.",
        {("KHCN", "khoa học công nghệ"), ("ĐMST", "đổi mới sáng tạo")},
    ),
    (
        "compound",
        "Công tác hội nhập quốc tế, đối ngoại quốc phòng và an ninh quốc gia (HNQT, ĐNQP và ANQG) được bàn kỹ.",
        {("HNQT", "hội nhập quốc tế"), ("ĐNQP", "đối ngoại quốc phòng"), ("ANQG", "an ninh quốc gia")},
    ),
    (
        "compound",
        "Lãnh đạo Ủy ban nhân dân và Hội đồng nhân dân (UBND và HĐND) thành phố dự lễ.",
        {("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân")},
    ),
    ("compound", "Giao lưu với các nước láng giềng (Lào và Campuchia) tiếp tục.", set()),
    ("compound", "Hai bên (ASEAN và EU) ký thỏa thuận.", set()),
    # Vietnamese initials: Đ
    ("initial-Đ", "Đoàn Thanh niên (ĐTN) phát động phong trào.", {("ĐTN", "Đoàn Thanh niên")}),
    ("initial-Đ", "Đại hội đồng cổ đông (ĐHĐCĐ) thường niên đã bế mạc.", {("ĐHĐCĐ", "Đại hội đồng cổ đông")}),
    ("initial-Đ", "Quân đội nhân dân (QĐND) Việt Nam.", {("QĐND", "Quân đội nhân dân")}),
    ("initial-Đ", "Đây là vấn đề dân tộc (ĐT) quan trọng.", set()),
    # Vietnamese initials: Đ written D
    (
        "initial-D-for-Đ",
        "Công tác đối ngoại quốc phòng (DNQP) được đẩy mạnh.",
        {("DNQP", "đối ngoại quốc phòng")},
    ),
    (
        "initial-D-for-Đ",
        "Sinh viên Đại học Quốc gia (DHQG) tham gia tình nguyện.",
        {("DHQG", "Đại học Quốc gia")},
    ),
    ("initial-D-for-Đ", "Ban Dân vận Đảng ủy (BDVDU) tổ chức hội nghị.", {("BDVDU", "Ban Dân vận Đảng ủy")}),
    # Vietnamese initials: diacritic on the first letter
    ("initial-diacritic", "Ủy ban Kiểm tra (UBKT) Trung ương họp kỳ thứ 20.", {("UBKT", "Ủy ban Kiểm tra")}),
    (
        "initial-diacritic",
        "Chương trình giảm ô nhiễm môi trường (ONMT) được triển khai.",
        {("ONMT", "ô nhiễm môi trường")},
    ),
    (
        "initial-diacritic",
        "Ứng dụng công nghệ (UDCN) vào sản xuất nông nghiệp.",
        {("UDCN", "Ứng dụng công nghệ")},
    ),
    ("initial-diacritic", "Ông Ấn Độ tham dự (AD) hôm qua.", set()),
    # Vietnamese initials: function words skipped
    (
        "initial-skip",
        "Bộ Tài nguyên và Môi trường (BTNMT) ban hành thông tư.",
        {("BTNMT", "Bộ Tài nguyên và Môi trường")},
    ),
    (
        "initial-skip",
        "Hiệp hội các doanh nghiệp (HHDN) kiến nghị giảm thuế.",
        {("HHDN", "Hiệp hội các doanh nghiệp")},
    ),
    (
        "initial-skip",
        "Viện Nghiên cứu về Biển (VNCB) công bố báo cáo.",
        {("VNCB", "Viện Nghiên cứu về Biển")},
    ),
    (
        "initial-skip",
        "Thực hiện chương trình của Chính phủ (CTCP) về nhà ở.",
        {("CTCP", "chương trình của Chính phủ")},
    ),
    (
        "initial-skip",
        "Bộ Thông tin và Truyền thông (TT&TT) chủ trì.",
        {("TT&TT", "Thông tin và Truyền thông")},
    ),
    # English acronym with a Vietnamese long form
    (
        "english-acronym",
        "Việt Nam dự Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM) tại Viêng Chăn.",
        {("AMM", "Hội nghị Bộ trưởng Ngoại giao ASEAN")},
    ),
    (
        "english-acronym",
        "Các nước tham gia Diễn đàn Khu vực ASEAN (ARF) năm nay.",
        {("ARF", "Diễn đàn Khu vực ASEAN")},
    ),
    (
        "english-acronym",
        "Theo Tổ chức Y tế Thế giới (WHO), số ca bệnh giảm.",
        {("WHO", "Tổ chức Y tế Thế giới")},
    ),
    (
        "english-acronym",
        "Quỹ Tiền tệ Quốc tế (IMF) nâng dự báo tăng trưởng.",
        {("IMF", "Quỹ Tiền tệ Quốc tế")},
    ),
    (
        "english-acronym",
        "Khoản vay của Ngân hàng Thế giới (WB) được giải ngân.",
        {("WB", "Ngân hàng Thế giới")},
    ),
    (
        "english-acronym",
        "Dự án do Chương trình Phát triển Liên hợp quốc (UNDP) tài trợ.",
        {("UNDP", "Chương trình Phát triển Liên hợp quốc")},
    ),
    (
        "english-acronym",
        "Việt Nam phê chuẩn Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP) năm 2018.",
        {("CPTPP", "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương")},
    ),
    (
        "english-acronym",
        "Đoàn thanh tra của Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) đến làm việc.",
        {("IAEA", "Cơ quan Năng lượng Nguyên tử Quốc tế")},
    ),
    (
        "english-acronym",
        "Đội công binh đến Phái bộ Liên hợp quốc tại Nam Sudan (UNMISS) làm nhiệm vụ.",
        {("UNMISS", "Phái bộ Liên hợp quốc tại Nam Sudan")},
    ),
    (
        "english-acronym",
        "Các nhà khoa học huấn luyện trí tuệ nhân tạo (AI) để dự báo bão.",
        {("AI", "trí tuệ nhân tạo")},
    ),
    (
        "english-acronym",
        "Tìm kiếm quân nhân Mỹ mất tích trong chiến tranh Việt Nam (MIA) theo kế hoạch.",
        set(),
    ),
    (
        "english-acronym",
        "Tuyên bố chung của Bộ trưởng Quốc phòng các nước ASEAN (ADMM) được thông qua.",
        set(),
    ),
    ("english-acronym", "Ông Nguyễn Văn Nam, Giám đốc Sở (TTXVN) cho biết.", set()),
    # English acronym with a lower-case Vietnamese long form: anchored on its first letter
    (
        "lower-case-gloss",
        "Hải quân hai nước diễn tập hỗ trợ nhân đạo và cứu trợ thảm họa (HADR) ở vùng biển phía nam.",
        {("HADR", "hỗ trợ nhân đạo và cứu trợ thảm họa")},
    ),
    (
        "lower-case-gloss",
        "Trong tháng 5, chỉ số giá tiêu dùng (CPI) nhích nhẹ so với tháng trước.",
        {("CPI", "chỉ số giá tiêu dùng")},
    ),
    # No syllable starts with the acronym's first letter: the start would be a guess.
    ("lower-case-gloss", "Tỉnh thu hút thêm vốn đầu tư trực tiếp nước ngoài (FDI) vào khu kinh tế.", set()),
    # Too few words for the letters, a clause word, a preposition in the run.
    ("lower-case-gloss", "Bà con vùng lũ đã được hỗ trợ (HADR) kịp thời.", set()),
    ("lower-case-gloss", "Giá xăng tăng cao trong nhiều tháng liền (CPI) khiến người dân lo lắng.", set()),
    # A two-letter or Vietnamese abbreviation is spelled by its initials or not at all.
    ("lower-case-gloss", "Các kỹ sư cải tiến hệ thống điều hòa (HT) cho tòa nhà.", set()),
]

CATEGORIES = sorted({category for category, _, _ in LABELLED})


def _scores(category: str) -> tuple[float, float, list[str]]:
    true_positive = predicted = expected = 0
    misses: list[str] = []
    for cat, sentence, gold in LABELLED:
        if cat != category:
            continue
        found = {(d.abbr, d.long_form) for d in find_definitions(sentence)}
        true_positive += len(found & gold)
        predicted += len(found)
        expected += len(gold)
        if found != gold:
            misses.append(f"{sentence!r}: found {sorted(found)}, expected {sorted(gold)}")
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / expected if expected else 1.0
    return precision, recall, misses


@pytest.mark.parametrize("category", CATEGORIES)
def test_precision_and_recall_per_case(category: str) -> None:
    precision, recall, misses = _scores(category)
    assert precision >= 0.9, misses
    assert recall >= 0.9, misses


def test_every_category_has_positives_and_negatives() -> None:
    for category in CATEGORIES:
        gold = [g for c, _, g in LABELLED if c == category]
        assert any(gold), category
    negatives = [s for _, s, g in LABELLED if not g]
    assert len(negatives) >= 15


def test_definition_offsets_point_at_the_long_form() -> None:
    text = "Mở đầu. Ngân hàng Nhà nước (NHNN) giữ nguyên lãi suất."
    (definition,) = find_definitions(text)
    assert text[definition.start :].startswith(definition.long_form)


def test_shortest_long_form_wins_and_start_is_not_a_function_word() -> None:
    definitions = find_definitions("Ông nói về công tác và đối ngoại quốc phòng (ĐNQP) năm nay.")
    assert [(d.abbr, d.long_form) for d in definitions] == [("ĐNQP", "đối ngoại quốc phòng")]


def _seed_text(prefix: str) -> tuple[str, str]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.relative_to(SEEDS.parent).as_posix(), path.read_text(encoding="utf-8")


def test_real_seed_003_defines_hnqt_and_dnqp() -> None:
    seed, text = _seed_text("003")
    entries = {e.key: e for e in discover_entries(text, seed)}
    assert entries["HNQT"].vi == "Hội nhập quốc tế"
    assert entries["ĐNQP"].vi == "Đối ngoại quốc phòng"
    assert entries["ĐNQP"].found_in == (seed,)
    assert entries["ĐNQP"].source == "discovered"


def test_real_seed_000_defines_un_eu_iho() -> None:
    seed, text = _seed_text("000")
    entries = {e.key: e.vi for e in discover_entries(text, seed)}
    assert entries["UN"] == "Liên hợp quốc"
    assert entries["EU"] == "Liên minh châu Âu"
    assert entries["IHO"] == "Tổ chức Thủy văn Quốc tế"
    # An elliptical "… (ADMM) và ASEAN Mở rộng (ADMM+)" is not taken as a definition.
    assert "ADMM+" not in entries


def test_real_seeds_discoveries_are_not_wrong_where_curated_knows_better() -> None:
    curated = load_glossary()
    for path in sorted(SEEDS.glob("*.txt")):
        for entry in discover_entries(path.read_text(encoding="utf-8"), path.name):
            known = curated.resolve(entry.key)
            if known is not None:
                # Discovered long forms of known abbreviations agree with the curated text.
                assert known.vi.casefold().startswith(entry.vi.casefold()[:12]), (entry, known)


def test_curated_entries_win_and_seeds_accumulate() -> None:
    curated = Glossary([GlossaryEntry("ĐNQP", "Đối ngoại quốc phòng", variants=("DNQP",))])
    found = [
        GlossaryEntry("DNQP", "Sai", source="discovered", found_in=("seeds/a.txt",)),
        GlossaryEntry("NHNN", "Ngân hàng Nhà nước", source="discovered", found_in=("seeds/b.txt",)),
        GlossaryEntry("NHNN", "Ngân hàng nhà nước", source="discovered", found_in=("seeds/a.txt",)),
    ]
    merged, report = merge_discovered(curated, found)
    assert merged["ĐNQP"].vi == "Đối ngoại quốc phòng"
    assert "DNQP" not in merged
    assert merged["NHNN"].vi == "Ngân hàng nhà nước"  # from the first seed in path order
    assert merged["NHNN"].found_in == ("seeds/a.txt", "seeds/b.txt")
    assert [e.key for e, _ in report.kept_curated] == ["DNQP"]


# --- exercise and event names with a year; new head nouns --------------------------


def _defined(text: str) -> list[tuple[str, str, str]]:
    return [(d.abbr, d.base, d.long_form) for d in find_definitions(text)]


def test_abbreviation_with_a_year_in_parentheses_defines_its_base() -> None:
    text = "Sáng 2/6, Bộ Quốc phòng hai nước khai mạc Diễn tập cứu hộ Hải quân Việt Nam - Nhật Bản (VIJAREX 2027) tại Đà Nẵng."
    assert _defined(text) == [("VIJAREX 2027", "VIJAREX", "Diễn tập cứu hộ Hải quân Việt Nam - Nhật Bản")]


def test_abbreviation_with_a_year_then_a_dash_defines_its_base() -> None:
    text = "VIJAREX 2027 - Diễn tập cứu hộ Hải quân Việt Nam - Nhật Bản - kéo dài bốn ngày."
    assert _defined(text) == [("VIJAREX 2027", "VIJAREX", "Diễn tập cứu hộ Hải quân Việt Nam - Nhật Bản")]


@pytest.mark.parametrize(
    "text",
    [
        "Trong năm ASEAN 2026 - năm Philippines làm Chủ tịch - nhiều hội nghị sẽ diễn ra.",
        "Hội nghị ASEAN 2026 (năm nay) diễn ra tại Manila.",
        "Kỳ họp thứ 10 Quốc hội khóa XV (XV) bế mạc.",
    ],
)
def test_a_year_or_a_numeral_alone_defines_nothing(text: str) -> None:
    assert _defined(text) == []


def test_assembly_and_army_names_head_a_long_form() -> None:
    assert _defined("Hai bên phối hợp tại Đại hội đồng Liên minh nghị viện châu Á (APPU) năm nay.") == [
        ("APPU", "APPU", "Đại hội đồng Liên minh nghị viện châu Á")
    ]
    assert _defined("Phía bạn cho biết Hải quân Hoàng gia Campuchia (RCN) sẽ cử tàu tham gia.") == [
        ("RCN", "RCN", "Hải quân Hoàng gia Campuchia")
    ]


def test_an_army_as_the_subject_of_a_sentence_names_nothing() -> None:
    assert _defined("Không quân hai nước huấn luyện bay tuần tra chung (JPT) trên biển.") == []
