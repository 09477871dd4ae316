"""Curated entries added after held-out sets 19-20 were folded in: well-known abbreviations
that texts use without defining them (invented sentences, positive and negative)."""

from __future__ import annotations

import pytest
from glossary_helpers import keys as _keys
from seed_articles.glossary import Glossary, load_glossary


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ứng viên nên gửi CV bằng tiếng Anh trước ngày 30/6.", "CV"),
        ("Doanh nghiệp cần tra đúng mã HS của lô hàng gỗ ép trước khi mở tờ khai.", "HS"),
        ("Tạp chí Khoa học Miền Trung có mã số ISSN và ra hai tháng một số.", "ISSN"),
        ("Từ 15 giờ chiều nay, xăng E5 giảm 200 đồng mỗi lít.", "E5"),
        ("Giá xăng RON95 tại các cửa hàng ở Cần Thơ vẫn giữ nguyên.", "RON95"),
        ("GVHD: TS. Lê Minh Khôi. SVTH: Trần Bảo Ngọc.", "GVHD"),
        ("GVHD: TS. Lê Minh Khôi. SVTH: Trần Bảo Ngọc.", "SVTH"),
        ("Nhà máy điện khí LNG đầu tiên ở miền Bắc sẽ vận hành năm tới.", "LNG"),
        ("Nhóm tác giả huấn luyện mô hình LSTM trên số liệu mưa mười năm.", "LSTM"),
        ("Sai số MAPE của mô hình mới chỉ còn 2,1%.", "MAPE"),
        ("Hai bên bàn cách chia sẻ dữ liệu MDA giữa các trung tâm giám sát.", "MDA"),
        ("Việt Nam quan tâm trụ cột sinh thái biển của IPOI.", "IPOI"),
        ("Đại diện KOTRA tại Đà Nẵng giới thiệu ba nhà nhập khẩu.", "KOTRA"),
        ("Hội thảo bàn về AEP và quan hệ Việt Nam - Ấn Độ.", "AEP"),
    ],
)
def test_well_known_undefined_abbreviations_are_recognised(glossary: Glossary, text: str, key: str) -> None:
    assert key in _keys(text, glossary)


@pytest.mark.parametrize(
    ("key", "expansion"),
    [
        ("LNG", "Khí thiên nhiên hóa lỏng"),
        ("MAPE", "Sai số phần trăm tuyệt đối trung bình"),
        ("LSTM", "Mạng nơ-ron hồi quy dài ngắn hạn"),
        ("MDA", "Nhận thức tình huống trên biển"),
        ("KOTRA", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc"),
        ("CV", "Sơ yếu lý lịch"),
    ],
)
def test_curated_expansions(glossary: Glossary, key: str, expansion: str) -> None:
    assert glossary[key].vi == expansion


def test_aep_keeps_its_english_name_and_the_other_wording(glossary: Glossary) -> None:
    entry = glossary["AEP"]
    assert entry.en == "Act East Policy"
    assert "Chính sách Hành động phía Đông" in entry.alternatives


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the letters inside another word or a lower-case word are no mention.
        "Các bạn hs lớp 9 được nghỉ học chiều thứ Bảy.",
        "Trường tổ chức cuộc thi viết cv mẫu cho sinh viên năm cuối.",
        "Lô hàng mang mã HSX01 đã được thông quan.",
    ],
)
def test_near_misses_are_not_recognised(glossary: Glossary, text: str) -> None:
    found = _keys(text, glossary)
    assert "HS" not in found and "CV" not in found
