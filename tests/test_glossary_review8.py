"""Review of the set-8 glossary rules: invented sentences where they misfired."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from seed_articles.glossary import discover_entries, find_definitions, find_mentions, load_glossary


def _keys(text: str) -> list[str]:
    return [mention.key for mention in find_mentions(text, load_glossary())]


def test_a_relation_with_a_one_word_place_is_no_outlet_prefix() -> None:
    # "ASEAN - Úc" pairs two sides, like "ASEAN - Trung Quốc"; only "TP - Các …" is a source.
    assert _keys("ASEAN - Úc nhất trí tăng cường hợp tác quốc phòng.") == ["ASEAN"]
    assert _keys("EU - Mỹ ký thỏa thuận thương mại mới.") == ["EU"]
    assert _keys("ASEAN – Australia nâng cấp quan hệ.") == ["ASEAN"]
    assert _keys("TP - Sau hai ngày làm việc, hội nghị bế mạc.") == []


def test_a_dash_after_with_or_of_is_a_relation_not_a_name() -> None:
    assert _defs("Doanh nghiệp đẩy mạnh hợp tác với XYZ - Liên minh kinh tế khu vực.") == []
    assert _defs("Phiên họp thường niên của APEC – Hội đồng Kinh doanh.") == []
    assert _defs("Thương mại giữa Việt Nam với EU – Liên minh châu Âu tăng mạnh.") == []
    # "theo" takes a standard or a code, one thing with its name.
    assert _defs("Tàu được kiểm tra theo MARPOL – Công ước quốc tế về ngăn ngừa ô nhiễm do tàu gây ra.") == [
        ("MARPOL", "Công ước quốc tế về ngăn ngừa ô nhiễm do tàu gây ra")
    ]


def test_trains_and_aircraft_take_no_ship_prefix() -> None:
    assert discover_entries("Chuyến tàu hỏa SE Express chạy tuyến Bắc - Nam.", "seeds/a.txt") == []
    assert discover_entries("Tàu hoả SE Express khởi hành đúng giờ.", "seeds/a.txt") == []
    assert discover_entries("Hành khách đi tàu điện ngầm MRT Bangkok.", "seeds/a.txt") == []
    assert [e.key for e in discover_entries("Tàu hộ vệ KD Lekiu cập cảng.", "seeds/a.txt")] == ["KD"]
    # "lửa" of "tên lửa" later in the type is no train.
    assert [e.key for e in discover_entries("Tàu hộ vệ tên lửa INS Delhi cập cảng.", "seeds/a.txt")] == [
        "INS"
    ]


def test_a_port_after_the_ship_takes_no_ship_prefix() -> None:
    assert discover_entries("Tàu hàng vào cảng PTSC Dinhvu an toàn.", "seeds/a.txt") == []
    assert discover_entries("Các tàu cập bến ICD Tanamo sáng nay.", "seeds/a.txt") == []


def test_a_team_or_club_after_a_dash_is_a_description() -> None:
    assert _defs("Đội bóng HAGL – đội bóng phố núi, thắng đậm.") == []
    assert _defs("Ông là cổ động viên của HAGL – câu lạc bộ phố núi.") == []
    assert _defs("Doanh nghiệp áp dụng BIM – mô hình thông tin công trình.") == [
        ("BIM", "mô hình thông tin công trình")
    ]


def test_a_word_explained_after_a_number_is_no_unit() -> None:
    assert _defs("Mẫu iPhone 15 pro (phiên bản cao cấp) bán chạy nhất.") == []
    assert _defs("Người dùng mở 2 tab (thẻ trình duyệt) cùng lúc.") == []
    assert _defs("Bụi mịn đo được 50 ppm (phần triệu), vượt ngưỡng.") == [("ppm", "phần triệu")]
    assert _defs("Mỗi viên chứa 5 mg (miligam) hoạt chất.") == [("mg", "miligam")]


def test_one_ascii_word_after_the_long_form_is_no_english_translation() -> None:
    (definition,) = find_definitions("Lãnh đạo UBND (Ủy ban nhân dân – Hanoi) họp.")
    assert (definition.long_form, definition.english) == ("Ủy ban nhân dân", "")
    (definition,) = find_definitions("Đại diện BQP (Bộ Quốc phòng – Ministry of National Defence) phát biểu.")
    assert (definition.long_form, definition.english) == ("Bộ Quốc phòng", "Ministry of National Defence")


def test_hoi_heads_an_association_not_integration() -> None:
    # "và" before "Hội nhập" joins two words of one name; "Hội Nhà văn" would start a second one.
    assert _defs("Ủy ban Kinh tế và Hội nhập quốc tế (CEIC) họp phiên đầu.") == [
        ("CEIC", "Ủy ban Kinh tế và Hội nhập quốc tế")
    ]
    assert _defs("Học viện Ngoại giao và Hội nhập (DAVH) tuyển sinh.") == [
        ("DAVH", "Học viện Ngoại giao và Hội nhập")
    ]
    assert _defs("Hội Chữ thập đỏ Việt Nam (VNRC) trao quà.") == [("VNRC", "Hội Chữ thập đỏ Việt Nam")]
