"""Glossary rules and entries added after held-out set 10 (invented sentences, positive and negative)."""

from __future__ import annotations

from glossary_helpers import defs as _defs
from glossary_helpers import keys as _keys
from seed_articles.glossary import (
    Glossary,
    GlossaryEntry,
    discover_entries,
    find_undefined,
    load_glossary,
    merge_discovered,
)
from seed_articles.glossary.alternatives import wording_from
from seed_articles.glossary.discovery import text_wordings


def _merged(texts: list[str], curated: Glossary) -> Glossary:
    found = [
        entry for number, text in enumerate(texts) for entry in discover_entries(text, f"seeds/{number}.txt")
    ]
    glossary, _ = merge_discovered(curated, found)
    return glossary


_EXERCISE = GlossaryEntry(key="CMX", vi="Huấn luyện phối hợp trên biển", en="Combined Maritime Training")


# --- a text's own wording of a known entry becomes one of its alternatives ----------


def test_text_wording_of_a_curated_entry_is_an_alternative() -> None:
    text = "Hai biên đội sẽ tổ chức theo hình thức huấn luyện phối hợp ngoài khơi (CMX) vào cuối tuần."
    glossary = _merged([text], Glossary([_EXERCISE]))
    # From the entry's own first word ("Huấn luyện") on, not from "hình thức".
    assert glossary["CMX"].alternatives == ("Huấn luyện phối hợp ngoài khơi",)
    assert "Huấn luyện phối hợp ngoài khơi" in glossary["CMX"].expansions()


def test_text_wording_of_the_shipped_passex_entry() -> None:
    text = "Trước khi rời cảng, hai tàu sẽ cùng diễn tập thông qua (PASSEX) trong vùng biển quốc tế."
    glossary = _merged([text], load_glossary())
    assert "Diễn tập thông qua" in glossary["PASSEX"].expansions()


def test_wording_never_makes_an_entry_of_its_own() -> None:
    # The start of a lower-case long form before an unknown acronym would be a guess.
    text = "Các em được học lập trình máy tính cơ bản (ZQXW) mỗi tuần hai buổi."
    entries = discover_entries(text, "seeds/a.txt")
    assert [(e.key, e.source) for e in entries] == [("ZQXW", "wording")]
    glossary = _merged([text], Glossary([_EXERCISE]))
    assert "ZQXW" not in glossary
    assert glossary["CMX"].alternatives == ()


def test_wording_that_names_something_else_is_refused() -> None:
    # Shares too few words with the entry's long form.
    text = "Đơn vị đã kiểm tra huấn luyện thể lực định kỳ (CMX) cho toàn bộ chiến sĩ."
    assert _merged([text], Glossary([_EXERCISE]))["CMX"].alternatives == ()
    # The entry's first word is not written: no start for the wording.
    text = "Các tàu tham gia hoạt động phối hợp trên biển (CMX) theo kế hoạch."
    assert _merged([text], Glossary([_EXERCISE]))["CMX"].alternatives == ()


def test_wording_already_said_adds_nothing() -> None:
    text = "Hai bên tiến hành huấn luyện phối hợp trên biển (CMX) lần thứ ba."
    assert _merged([text], Glossary([_EXERCISE]))["CMX"].alternatives == ()


def test_text_wordings_stay_in_the_clause_and_skip_defined_ones() -> None:
    assert text_wordings("Kết quả khảo sát, các chuyên gia đánh giá cao (EXQ) năm nay.") == [
        ("EXQ", "các chuyên gia đánh giá cao")
    ]
    # A capitalised word ends the run; a definition the rules read is no wording.
    assert text_wordings("Theo lời ông Hùng báo cáo nhanh (QRX) hôm qua.") == [("QRX", "báo cáo nhanh")]
    assert text_wordings("Ông phụ trách đối ngoại quốc phòng (ĐNQP) của đơn vị.") == []
    assert text_wordings("Đại diện Việt Nam (VN) phát biểu.") == []


def test_wording_from_anchors_on_each_long_form() -> None:
    entry = GlossaryEntry(key="ABC", vi="Diễn tập đi qua", alternatives=("Huấn luyện đi qua",))
    assert wording_from(entry, "theo hình thức huấn luyện thông qua") == ["Huấn luyện thông qua"]
    assert wording_from(entry, "đội hình diễn tập") == ["Diễn tập"]
    assert wording_from(entry, "các đội cùng diễn") == []  # one word left: no wording
    assert wording_from(entry, "các đội cùng luyện tập") == []  # no first word of the entry


# --- "với Tổ chức … - IFC tổ chức": an English acronym after a name, mid-sentence ---


def test_name_object_of_preposition_before_dash_acronym() -> None:
    text = "Dự án do Cơ quan Hợp tác phát triển quốc tế - ABCD tài trợ, kéo dài ba năm."
    assert _defs(text) == [("ABCD", "Cơ quan Hợp tác phát triển quốc tế")]
    text = "Hội thảo được tổ chức phối hợp với Quỹ Bảo tồn thiên nhiên quốc tế - WWFX tại Hà Nội."
    assert _defs(text) == [("WWFX", "Quỹ Bảo tồn thiên nhiên quốc tế")]
    # A capitalised word after the acronym: "WWFX Việt Nam" may be a longer name.
    text = "Hội thảo được tổ chức phối hợp với Quỹ Bảo tồn thiên nhiên quốc tế - WWFX Việt Nam tại Huế."
    assert _defs(text) == []


def test_dash_between_two_parties_is_not_a_definition() -> None:
    # The name ends with a capitalised word: "Việt Nam - EFTA" pairs two parties.
    assert (
        _defs("Hàng hóa được hưởng ưu đãi theo Hiệp định thương mại tự do Việt Nam - EFTA từ năm sau.") == []
    )
    assert _defs("Đoàn đã làm việc với Tổ chức Hợp tác Khu vực - KVX Việt Nam về dự án.") == []


def test_dash_acronym_needs_a_preposition_and_a_predicate() -> None:
    # No preposition before the name: it may be the subject of a comparison or a pair.
    assert _defs("Quan hệ Ngân hàng Phát triển khu vực - IFCX ngày càng chặt chẽ.") == []
    assert _defs("Hợp tác giữa Ngân hàng Phát triển khu vực - IFCX đã mở rộng.") == []
    # After "của" the acronym may name the possessor or the possessed.
    assert _defs("Dự án được triển khai với Quỹ Nhi đồng của Liên hợp quốc - UNX hỗ trợ.") == []
    # Nothing, or a comma, after the acronym: the older item rules decide (none here).
    assert _defs("Lãnh đạo tỉnh làm việc với Ngân hàng Phát triển khu vực - IFCX, WB.") == []


# --- curated: well-known abbreviations of set 10 ------------------------------------


def test_well_known_abbreviations_are_curated() -> None:
    glossary = load_glossary()
    text = (
        "Các nhóm như Bộ Tứ (QUAD) và AUKUS được bàn tới; doanh nghiệp dùng GPS, tăng chi cho R&D, "
        "vay vốn IFC và xuất khẩu sang khối EFTA."
    )
    assert _keys(text, glossary) == ["QUAD", "AUKUS", "GPS", "R&D", "IFC", "EFTA"]
    assert find_undefined(text, glossary) == []
    assert "Bộ Tứ" in glossary["QUAD"].expansions()
    assert glossary["IFC"].vi == "Tổ chức Tài chính Quốc tế"
    assert glossary["R&D"].en == "Research and Development"


def test_and_sign_form_is_one_abbreviation() -> None:
    glossary = load_glossary()
    # "R&D" as a whole; neither "R" nor "D" alone, and not inside a longer token.
    assert _keys("Chi cho R&D tăng mạnh.", glossary) == ["R&D"]
    assert _keys("Chi cho R&DX tăng mạnh.", glossary) == []


def test_iuu_common_wording_is_an_alternative() -> None:
    iuu = load_glossary()["IUU"]
    assert "Đánh bắt cá bất hợp pháp, không báo cáo và không theo quy định" in iuu.expansions()
