"""General rules added after held-out set 5 (invented sentences, positive and negative)."""

from __future__ import annotations

from seed_articles.parsing import boilerplate as bp
from seed_articles.parsing.bylines import lead_marker, marker_alone, signature_parts
from seed_articles.parsing.header import _bulleted_headline, _subheading_above_lead
from seed_articles.parsing.lines import SourceLine, split_lines
from seed_articles.parsing.pubdate import event_year, plan_signed_year
from seed_articles.parsing.recurrence import is_meta_shaped
from seed_articles.parsing.wraps import continues_line, join_hard_wraps


def _lines(text: str) -> list[SourceLine]:
    return [line for line in split_lines(text) if line.text]


def test_outlet_marker_alone_on_its_line() -> None:
    assert marker_alone("HQ Online -") == "HQ Online"
    assert marker_alone("(Baoxyz.vn) - ") == "Baoxyz.vn"
    assert marker_alone("Hà Tĩnh -") is None  # a place dateline, not an outlet
    assert marker_alone("Quốc phòng - An ninh") is None
    assert marker_alone("Giá vàng đi ngang trong phiên sáng nay -") is None


def test_initials_and_brand_word_open_the_lead() -> None:
    assert lead_marker("ABC Online - Ngày 4/5, đoàn công tác đã đến thăm đơn vị bạn.")[0] == "ABC Online"
    assert lead_marker("Việt Nam - Lào tăng cường hợp tác trong năm tới.") is None


def test_lower_case_paper_name_in_parentheses_closes_the_item() -> None:
    assert signature_parts("(tuoitre)", bare_names=True) == ([], "tuoitre")
    assert signature_parts("(hết)", bare_names=True) is None
    assert signature_parts("(video)", bare_names=True) is None
    assert signature_parts("(tuoitre)") is None  # only where the line closes the text


def test_agency_initials_alone_are_meta_shaped() -> None:
    assert is_meta_shaped("BBKT")
    assert not is_meta_shaped("Xem thêm")


def test_dated_teaser_items_and_contribution_notes() -> None:
    assert bp.is_dated_teaser_item("- Đoàn văn công biểu diễn tại đảo xa - ( 04-05-26 08:30 )")
    assert bp.is_dated_teaser_item("Khánh thành nhà văn hóa xã (12/04/2026)")
    assert not bp.is_dated_teaser_item("Buổi lễ diễn ra trang trọng tại hội trường (12/04/2026).")
    assert bp.is_contribution_note("Tin bài cộng tác xin gửi về toasoan@baoxyz.vn")
    assert not bp.is_contribution_note("Người dân có thể đăng ký tham gia tại nhà văn hóa xã.")
    assert not bp.is_contribution_note("Địa chỉ hộp thư của đơn vị là lienhe@donvi.vn")


def test_trailing_dated_teasers_and_note_are_chrome_but_not_the_signature() -> None:
    lines = _lines(
        "Buổi giao lưu kết thúc trong không khí ấm áp, thân tình.\n"
        "Tin, ảnh: Minh Quân\n"
        "Bài viết đóng góp cho chuyên mục vui lòng gửi về banbientap@baoxyz.vn\n"
        "- Đoàn văn công biểu diễn tại đảo xa - ( 04-05-26 08:30 )\n"
        "- Hội thi nấu ăn giỏi năm 2026 - ( 03-05-26 09:00 )\n"
    )
    found = bp.trailing_chrome(lines, lambda text: signature_parts(text, bare_names=True) is not None)
    assert sorted(found) == [3, 4, 5]


def test_rating_widget_is_footer() -> None:
    assert bp.is_footer("Tổng số điểm của bài viết là: 4 trong 1 đánh giá")
    assert bp.is_footer("Nhấn để đánh giá bài viết")
    assert bp.is_footer("Bài viết hay? Hãy đánh giá bài viết")
    assert not bp.is_footer("Hội đồng đã đánh giá bài viết của các thí sinh rất cao.")


def test_subheading_right_above_the_lead_is_kept() -> None:
    assert _subheading_above_lead("Cùng nhau gìn giữ biên cương")
    assert not _subheading_above_lead("Chia sẻ")
    assert not _subheading_above_lead("Bình luận (3)")
    assert not _subheading_above_lead("Trang chủ > Thời sự")
    assert not _subheading_above_lead("Cập nhật 10:20")


def test_headline_printed_as_a_bullet_right_above_the_lead() -> None:
    region = _lines("Đài phát thanh tỉnh\n  • Đoàn công tác thăm cán bộ chiến sĩ đảo xa\n")
    assert _bulleted_headline(region) == 1
    two = _lines("• Thời sự\n• Đoàn công tác thăm cán bộ chiến sĩ đảo xa\n")
    assert _bulleted_headline(two) is None  # a menu, not a headline


def test_year_of_the_event_named_in_the_dateline_sentence() -> None:
    assert event_year("Ngày 4/5, lực lượng hai bên đã hội đàm thường niên năm 2026 tại tỉnh bạn.") == 2026
    assert event_year("Chiều 20/4, hội thao truyền thống năm 2026 khép lại tại sân vận động tỉnh.") == 2026
    assert (
        event_year("Sáng 2-4, đơn vị tổ chức lễ tiễn đoàn lên đường thực hiện nhiệm vụ huấn luyện năm 2026.")
        == 2026
    )
    # a plan or a task of a year names another year than the event's
    assert event_year("Sáng 2-12, đơn vị tổ chức hội nghị triển khai nhiệm vụ năm 2026.") is None
    assert event_year("Ngày 4/5, hai bên hội đàm, kỷ niệm 50 năm quan hệ từ năm 1976.") is None


def test_year_of_a_plan_signed_in_the_first_half_of_the_year() -> None:
    sentence = "Chiều 9/4, hai đơn vị hội đàm và ký kế hoạch hợp tác năm 2026 với đoàn bạn."
    assert plan_signed_year(4, sentence) == 2026
    assert plan_signed_year(12, sentence) is None  # signed late: maybe next year's plan
    assert plan_signed_year(4, "Chiều 9/4, hai bên ký kế hoạch giai đoạn 2026 - 2030.") is None


def test_hull_number_continues_a_wrapped_line_but_chrome_never_joins() -> None:
    previous = "Sáng nay, tại quân cảng, đơn vị đã tổ chức lễ tiễn tàu huấn luyện"
    assert continues_line(previous, "315 - Trường Sa lên đường làm nhiệm vụ trên biển xa.")
    assert not continues_line(previous, "3 - Kết quả thi đấu các môn")  # a numbered item
    assert not continues_line(previous, "- Hội thi nấu ăn giỏi - ( 03-05-26 09:00 )")
    lines = _lines(f"{previous}\nbình luận\n")
    assert join_hard_wraps(lines)[1] == {}
