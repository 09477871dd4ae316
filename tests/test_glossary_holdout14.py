"""Glossary rules added after held-out sets 14-16 (invented sentences, positive and negative)."""

from __future__ import annotations

import pytest
from glossary_helpers import defs as _defs
from glossary_helpers import entries as _entries
from glossary_helpers import keys as _keys
from seed_articles.glossary import Glossary, GlossaryEntry, find_mentions, find_undefined, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _found(text: str, glossary: Glossary) -> list[tuple[str, str, str]]:
    return [(m.surface, m.key, m.number) for m in find_mentions(text, glossary)]


# --- "Sở …" and "Cao đẳng …" head the name of a department and of a college ----------


def test_a_department_named_with_so_defines_an_english_acronym() -> None:
    text = "Chị từng làm phiên dịch cho Sở Hải quan và Biên phòng Canada (CBSA) tại Toronto."
    assert _defs(text) == [("CBSA", "Sở Hải quan và Biên phòng Canada")]
    entry = _entries(text)["CBSA"]
    assert entry.vi == "Sở Hải quan và Biên phòng Canada"


def test_a_college_defines_its_acronym_after_a_lower_case_truong() -> None:
    text = "Sáng 4.9, trường Cao đẳng Kỹ thuật Đồng Nai (DNTC) đón 300 tân sinh viên."
    assert _defs(text) == [("DNTC", "Cao đẳng Kỹ thuật Đồng Nai")]


def test_so_opening_a_clause_or_a_common_word_heads_no_name() -> None:
    # "Sở dĩ": "that is why", a conjunction; nothing before "(XYZ)" names a body.
    assert _defs("Sở dĩ dự án được chú ý là nhờ mô hình liên kết mới (PLM) giữa các xã.") == []
    # A lower-case "cao đẳng" is a level of schooling, not a college's name.
    assert _defs("Em đã học xong cao đẳng nghề điện tại quê nhà (BRVT) năm ngoái.") == []


# --- "Bộ CHQS": the abbreviation after a common noun is used too ---------------------


def test_a_noun_and_an_abbreviation_use_both_entries(glossary: Glossary) -> None:
    text = "Đại tá Lê Văn Hòa, Chính ủy Bộ CHQS tỉnh, dự buổi giao lưu."
    found = _found(text, glossary)
    assert ("Bộ CHQS", "Bộ CHQS", "") in found
    assert ("CHQS", "CHQS", "") in found
    # Written after another noun, the abbreviation alone is the entry.
    assert _keys("Ban CHQS huyện tổ chức huấn luyện dân quân.", glossary) == ["CHQS"]


def test_a_proper_name_opened_by_the_abbreviation_stays_one_entry(glossary: Glossary) -> None:
    assert _keys("Quỹ do UN Women vận động đã đến tay phụ nữ vùng cao.", glossary) == ["UN Women"]


def test_the_inner_abbreviation_needs_its_own_entry() -> None:
    only_phrase = Glossary([GlossaryEntry("Bộ XYZ", "Bộ Xây dựng Yên Zên")])
    assert _keys("Lãnh đạo Bộ XYZ phát biểu.", only_phrase) == ["Bộ XYZ"]


# --- "QL1A": a number with one closing capital belongs to the abbreviation ------------


ROADS = Glossary([GlossaryEntry("QL", "Quốc lộ"), GlossaryEntry("ADMM", "Hội nghị ADMM")])


def test_a_road_number_with_a_branch_letter_links_to_its_entry() -> None:
    assert _found("Xe khách lật trên QL1A đoạn qua Phú Yên.", ROADS) == [("QL1A", "QL", "1A")]
    assert _found("Tuyến QL14C nối hai huyện biên giới.", ROADS) == [("QL14C", "QL", "14C")]
    assert _found("Từ QL1A rẽ sang QL19 chừng 5 km.", ROADS) == [("QL1A", "QL", "1A"), ("QL19", "QL", "19")]


def test_two_capitals_after_the_number_make_another_token() -> None:
    assert _found("Mã hàng QL1AB đã hết.", ROADS) == []
    assert [c.surface for c in find_undefined("Mã hàng QL1AB đã hết.", ROADS)] == ["QL1AB"]
    assert _found("Hội nghị ADMM-17 bế mạc.", ROADS) == [("ADMM-17", "ADMM", "17")]


# --- curated entries added with held-out sets 14-16 --------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "key", "expansion"),
    [
        ("Tại COP28, nhiều nước cam kết giảm phát thải.", "COP28", "COP", "Biến đổi khí hậu"),
        ("Nhà máy giảm 20% lượng CO2 thải ra.", "CO2", "CO2", "carbon dioxide"),
        ("Hợp tác xã trồng rau theo chuẩn VietGAP.", "VietGAP", "VietGAP", "nông nghiệp tốt"),
        ("Xưởng cá viên vừa đạt chứng nhận HACCP.", "HACCP", "HACCP", "mối nguy"),
        ("Cổ phiếu được niêm yết trên HNX từ tháng sau.", "HNX", "HNX", "Hà Nội"),
        ("Mã cổ phiếu chuyển sàn sang HSX.", "HSX", "HOSE", "Hồ Chí Minh"),
        ("Danh sách cổ đông do VSDC lập.", "VSDC", "VSDC", "Lưu ký"),
        ("Anh là MC của đêm nhạc gây quỹ.", "MC", "MC", "dẫn chương trình"),
        ("Đoàn Đảng NDCM Lào tỉnh bạn sang thăm.", "NDCM", "NDCM", "Nhân dân Cách mạng"),
        ("Một TTS ở Nhật Bản gửi tiền về quê.", "TTS", "TTS", "Thực tập sinh"),
        ("Cột mốc trên biên giới VN-TQ được sơn lại.", "VN-TQ", "VN-TQ", "Trung Quốc"),
        ("Đoạn QL1A qua thị xã được mở rộng.", "QL1A", "QL", "Quốc lộ"),
    ],
)
def test_new_curated_entries_are_recognised_with_their_expansion(
    glossary: Glossary, sentence: str, surface: str, key: str, expansion: str
) -> None:
    assert surface in [m.surface for m in find_mentions(sentence, glossary) if m.key == key]
    assert expansion.casefold() in " ".join(glossary[key].expansions()).casefold()
