"""Glossary rules and entries added after held-out sets 17-18 were folded in (invented sentences,
positive and negative)."""

from __future__ import annotations

import pytest
from glossary_helpers import defs as _defs
from glossary_helpers import keys as _keys
from seed_articles.glossary import Glossary, GlossaryEntry, discover_entries, load_glossary, merge_discovered
from seed_articles.glossary.alternatives import wording_from


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def _merged(texts: list[str], curated: Glossary) -> Glossary:
    found = [
        entry for number, text in enumerate(texts) for entry in discover_entries(text, f"seeds/{number}.txt")
    ]
    merged, _ = merge_discovered(curated, found)
    return merged


# --- "long form, viết tắt là ABBR": the abbreviation named after a comma ---------------------


def test_a_name_then_viet_tat_la_defines_the_abbreviation() -> None:
    text = "Năm 2019, Liên đoàn Bóng chuyền Đông Nam Á, viết tắt là LĐBCĐNA, được thành lập tại Bangkok."
    assert _defs(text) == [("LĐBCĐNA", "Liên đoàn Bóng chuyền Đông Nam Á")]


def test_a_head_noun_name_then_goi_tat_defines_an_english_acronym() -> None:
    text = (
        "Sau ba năm đàm phán, Hiệp định đối tác về an ninh nguồn nước vùng Mê Kông, gọi tắt là MWSP, được ký."
    )
    assert _defs(text) == [("MWSP", "Hiệp định đối tác về an ninh nguồn nước vùng Mê Kông")]


def test_an_english_name_after_tieng_anh_la_then_viet_tat() -> None:
    text = (
        "Học viện Kỹ thuật Biển Quy Nhơn, tên tiếng Anh là Quy Nhon Marine Technical Academy, "
        "viết tắt QMTA, mở thêm hai ngành."
    )
    found = _defs(text)
    assert ("QMTA", "Quy Nhon Marine Technical Academy") in found
    # The English long form fills the entry's English name when a Vietnamese one is known.
    viet = "Học viện Kỹ thuật Biển Quy Nhơn (QMTA) tuyển 800 chỉ tiêu."
    merged = _merged([viet, text], Glossary([]))
    assert merged["QMTA"].vi == "Học viện Kỹ thuật Biển Quy Nhơn"
    assert merged["QMTA"].en == "Quy Nhon Marine Technical Academy"


def test_viet_tat_after_a_comma_needs_a_long_form_that_fits() -> None:
    # The English name's letters are not those of the abbreviation: no definition.
    text = "Tên tiếng Anh là Green River Park, viết tắt KLM, nằm ở phía tây thành phố."
    assert _defs(text) == []
    # An ordinary clause before the comma names nothing.
    assert _defs("Anh ấy nói rất nhanh, viết tắt là XYZ, rồi rời phòng họp.") == []
    # No comma: "viết tắt" is talked about, not used to name anything.
    assert _defs("Học sinh hay viết tắt VN trong bài kiểm tra môn văn.") == []


# --- a text's own wording that keeps the tail of an entry's long form ---------------------------


_DRONE = GlossaryEntry(key="ZUAV", vi="Máy bay không người lái", en="Unmanned Aerial Vehicle")


def test_a_wording_with_its_own_head_noun_starts_at_that_head() -> None:
    # The entry's head has one word ("Máy"): the text's may have one more, not three.
    assert wording_from(_DRONE, "đội cứu hộ dùng thiết bị bay không người lái") == [
        "Thiết bị bay không người lái"
    ]


def test_the_head_stops_at_a_function_word() -> None:
    assert wording_from(_DRONE, "tìm người mất tích bằng thiết bị bay không người lái") == [
        "Thiết bị bay không người lái"
    ]


def test_a_wording_with_its_own_head_becomes_an_alternative() -> None:
    text = "Sáng nay, đội cứu hộ khảo sát vùng lũ bằng thiết bị bay không người lái (ZUAV) trong hai giờ."
    merged = _merged([text], Glossary([_DRONE]))
    assert merged["ZUAV"].alternatives == ("Thiết bị bay không người lái",)


def test_a_wording_sharing_too_short_a_tail_is_no_alternative() -> None:
    # Only "lái" is shared: another thing, not the entry's name.
    text = "Các học viên được dạy kỹ năng điều khiển xe tự lái (ZUAV) trên sa hình."
    assert _merged([text], Glossary([_DRONE]))["ZUAV"].alternatives == ()


# --- curated entries: well-known expansions -------------------------------------------------------


def test_command_and_control_c2_is_known(glossary: Glossary) -> None:
    assert _keys("Trung tâm C2 của lữ đoàn được nâng cấp phần mềm mới.", glossary) == ["C2"]
    assert glossary["C2"].en == "Command and Control"
    # Inside a class name, a model number or a longer code: not the abbreviation.
    assert _keys("Em học lớp 12C2, nhà em có chiếc xe C200 cũ.", glossary) == []


def test_recaap_is_known_in_its_mixed_case(glossary: Glossary) -> None:
    assert _keys("Trung tâm chia sẻ thông tin của ReCAAP ghi nhận ít vụ cướp hơn.", glossary) == ["ReCAAP"]
    assert "Regional Cooperation Agreement" in glossary["ReCAAP"].en


def test_fta_also_reads_as_a_free_trade_area(glossary: Glossary) -> None:
    assert "Khu vực mậu dịch tự do" in glossary["FTA"].expansions()


def test_uav_also_reads_as_thiet_bi_bay(glossary: Glossary) -> None:
    assert "Thiết bị bay không người lái" in glossary["UAV"].expansions()


def test_arc_is_the_alien_registration_card(glossary: Glossary) -> None:
    assert _keys("Lao động nước ngoài phải mang thẻ ARC khi ra vào khu công nghiệp.", glossary) == ["ARC"]
    assert glossary["ARC"].en == "Alien Registration Card"
