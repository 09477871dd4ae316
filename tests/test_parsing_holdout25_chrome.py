"""Round 6 chrome rules (held-out sets 25 and 26), on invented Vietnamese text.

Each rule is a shape no author writes (a share bar, a pager, a login notice, a sign-up button,
a menu of Markdown links, a list menu from its home link) or evidence (a block the site prints
after the text of several pages), with near misses that must stay article text.
"""

from __future__ import annotations

from parsing_helpers import BODY, LEAD, TITLE, kept
from seed_articles.parsing import boilerplate as bp
from seed_articles.parsing import parse_result
from seed_articles.parsing.chrome_widgets import (
    is_login_notice,
    is_markdown_menu,
    is_pager,
    is_share_row,
    is_sign_up_button,
    widget_rule,
)
from seed_articles.parsing.evidence import CorpusEvidence, text_keys
from seed_articles.parsing.furniture_tail import forum_post_heads, header_menus
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.recurrence import RECURRING, RECURRING_WEAK, recurring_verdicts


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


def _counts(target: list, *others: str) -> dict[int, int]:
    """Seeds holding each line of ``target`` (the line's number → count), as the pipeline reads it."""
    evidence = _evidence("\n".join(line.text for line in target), *others)
    return {line.no: evidence.seeds_with(line.text) for line in target}


# --- widgets by shape -------------------------------------------------------------------------


def test_a_row_of_share_buttons_is_chrome():
    assert is_share_row("Facebook Twitter LinkedIn Email")
    assert is_share_row("Zalo | Facebook | Sao chép liên kết")
    assert widget_rule("Facebook  Pinterest  In") == "share"


def test_a_single_network_or_a_sentence_naming_networks_is_no_share_row():
    assert not is_share_row("Facebook")  # one name: a page's link, a caption's word
    assert not is_share_row("Facebook và Twitter đều chặn tài khoản này")
    assert not is_share_row("Email")


def test_a_pager_is_chrome():
    assert is_pager("« Trang trước | Trang sau »")
    assert is_pager("‹ Trước 1 2 3 … 9 Sau ›")
    assert is_pager("Previous | Next")


def test_words_of_time_are_no_pager():
    assert not is_pager("Trước sau như một, anh vẫn giữ lời hứa.")
    assert not is_pager("Sau")
    assert not is_pager("Trang sau của cuốn sổ ghi lại chuyến đi")


def test_a_login_notice_is_chrome():
    assert is_login_notice("Bạn chưa đăng nhập. Đăng nhập để đọc toàn bộ bài phân tích")
    assert is_login_notice("Bạn cần đăng nhập để bình luận bài viết này.")
    assert is_login_notice("Quý vị phải đăng nhập để xem đầy đủ số liệu.")


def test_a_how_to_sentence_about_logging_in_is_text():
    assert not is_login_notice("Bạn phải đăng nhập vào ứng dụng VNeID trước khi nộp hồ sơ trực tuyến.")
    assert not is_login_notice("Nếu bạn chưa đăng nhập, hệ thống sẽ chuyển sang trang xác thực.")
    assert not is_login_notice("Bạn cần đăng nhập để tra cứu kết quả thi trên cổng của sở.")


def test_a_sign_up_button_is_chrome():
    assert is_sign_up_button("Đăng ký nhận bản tin hằng tháng")
    assert is_sign_up_button("Đăng ký nhận tin")
    assert widget_rule("Subscribe to our newsletter") == "newsletter"


def test_a_sentence_about_a_newsletter_is_text():
    assert not is_sign_up_button("Đăng ký nhận bản tin, người đọc sẽ được gửi báo cáo thị trường mỗi tuần.")
    assert not is_sign_up_button("Đăng ký tham gia hội chợ trước ngày 5/12")


def test_a_row_of_markdown_links_is_a_menu():
    assert is_markdown_menu(
        "[Trang nhất](https://tinmau.vn/) [Kinh tế](https://tinmau.vn/kinh-te) [Xã hội](https://tinmau.vn/xa-hoi)"
    )
    assert widget_rule("[Giới thiệu](/gioi-thieu) | [Dịch vụ](/dich-vu) | [Liên hệ](/lien-he)") == "menu"


def test_markdown_links_inside_a_sentence_or_long_anchors_are_no_menu():
    assert not is_markdown_menu(
        "Theo [Bộ Công Thương](https://a.vn), [Hải quan](https://b.vn) và [Thuế](https://c.vn) đã thống nhất."
    )
    assert not is_markdown_menu("[Doanh nghiệp vùng cao chuyển mình nhờ thương mại điện tử](https://a.vn/x)")
    assert not is_markdown_menu("[A](https://a.vn) [B](https://b.vn)")  # two links: a pair, not a menu


# --- footers ----------------------------------------------------------------------------------


def test_a_copyright_line_with_a_brand_in_camel_case_is_a_footer():
    # "tV" in a brand looked like a caption glued to a photo credit
    assert bp.is_footer("© 2026 PhapLuatMoi. Bản quyền thuộc về Công ty Cổ phần Tri thức Số")
    assert bp.is_footer("© 2026 TinNhanh. Bảo lưu mọi quyền.")


def test_a_credit_glued_to_its_caption_is_still_no_footer():
    assert not bp.is_footer("© Reuters / Minh AnhCảng biển quốc tế đón chuyến tàu đầu tiên trong năm")


def test_a_contact_label_is_a_footer_a_sentence_is_not():
    assert bp.is_footer("Liên hệ: Văn phòng Đại diện Thương mại tại Đà Nẵng")
    assert not bp.is_footer("Liên hệ với đối tác nước ngoài, doanh nghiệp cần chuẩn bị hồ sơ năng lực.")


# --- the header's list menu and a menu's label --------------------------------------------------


def test_a_list_menu_from_its_home_link_and_a_label_over_a_menu_are_chrome():
    content = _lines(
        "Tin Mẫu", "- Trang chủ", "- Thời sự", "- Kinh tế", "Mục lục:", "Thời sự | Kinh tế", TITLE, LEAD
    )
    rules = {6: "menu"}
    kept_lines = {1, 2, 3, 4, 5, 7, 8}
    assert header_menus(content, rules, kept_lines, start=8) == {2: "menu", 3: "menu", 4: "menu", 5: "menu"}


def test_a_list_without_a_home_link_and_a_label_over_text_stay():
    content = _lines("- Thời sự", "- Kinh tế", "Tóm tắt:", TITLE, LEAD)
    assert header_menus(content, {}, {1, 2, 3, 4, 5}, start=5) == {}


# --- a block the site prints after the text ------------------------------------------------------

PROFILE = "Công ty Cổ phần Cảng Mẫu là doanh nghiệp khai thác cảng hàng đầu, hoạt động tại 9 tỉnh ven biển."
OTHER_TITLE = "Cảng Mẫu mở tuyến vận tải container mới đi Nhật Bản"
OTHER_LEAD = (
    "Ngày 2/11, Cảng Mẫu đón chuyến tàu container đầu tiên của tuyến mới nối miền Trung với cảng Osaka."
)
OTHER_BODY = (
    "Tuyến có tần suất hai chuyến mỗi tuần, rút ngắn thời gian vận chuyển hàng thủy sản xuống còn năm ngày."
)


def _release(title: str, lead: str, body: str, *tail: str) -> str:
    return "\n".join(["Cảng Mẫu", "Giới thiệu  Tin tức  Về Cảng Mẫu  Tuyển dụng", title, lead, body, *tail])


def test_the_company_profile_after_the_text_of_two_releases_is_chrome():
    seed = _release(TITLE, LEAD, BODY[0], "Về Cảng Mẫu", PROFILE)
    other = _release(OTHER_TITLE, OTHER_LEAD, OTHER_BODY, "Về Cảng Mẫu", PROFILE)
    result = parse_result(seed, "seeds/test.txt", evidence=_evidence(seed, other))
    assert result.roles[6] == "dropped:recurring" and result.roles[7] == "dropped:recurring"
    assert result.article.authors == []  # "Về Cảng Mẫu", a menu item, is no writer
    assert 5 in kept(result)


def test_a_closing_sentence_two_stories_share_stays():
    closing = "Chương trình kéo dài đến hết ngày 30/11."
    target = _lines(TITLE, LEAD, BODY[0], closing, "Minh Hà")
    other = "\n".join([OTHER_TITLE, OTHER_LEAD, OTHER_BODY, closing, "Minh Hà"])
    verdicts = recurring_verdicts(target, _counts(target, other))
    assert verdicts.get(4) != RECURRING  # under the text's own paragraph: the text's sentence


def test_a_post_stamp_after_the_text_is_left_to_the_signature():
    stamp = "Đăng bởi Minh Hà lúc 10:15"
    target = _lines(TITLE, LEAD, BODY[0], stamp, "Không có nhận xét nào")
    other = "\n".join(
        [OTHER_TITLE, OTHER_LEAD, OTHER_BODY, "Đăng bởi Minh Hà lúc 21:40", "Không có nhận xét nào"]
    )
    verdicts = recurring_verdicts(target, _counts(target, other))
    assert verdicts.get(4) != RECURRING


def test_a_heading_echoing_the_headline_stays_however_common():
    title = "Chuỗi cung ứng xanh (Green supply chain) là gì?"
    heading = "Chuỗi cung ứng xanh"
    # a picture's caption between headline and heading, a sub-heading under it
    target = _lines("Blog Mẫu", title, "Hình minh họa. Nguồn: Internet", heading, "Định nghĩa", LEAD, BODY[0])
    others = [f"Trang {n}\n{heading}\nMột đoạn văn khác hẳn của trang số {n}." for n in range(3)]
    verdicts = recurring_verdicts(target, _counts(target, *others))
    assert verdicts.get(4) == RECURRING_WEAK


def test_a_short_menu_word_under_a_headline_sharing_it_is_still_chrome():
    title = "Kinh tế số tăng tốc ở vùng đồng bằng"
    target = _lines("Tin Mẫu", title, "Kinh tế", LEAD, BODY[0])
    others = [f"Trang {n}\nKinh tế\nMột đoạn văn khác hẳn của trang số {n}." for n in range(3)]
    verdicts = recurring_verdicts(target, _counts(target, *others))
    assert verdicts.get(3) != RECURRING_WEAK


# --- a forum post's head ------------------------------------------------------------------------


def test_a_forum_post_head_and_its_login_are_chrome():
    content = _lines(
        "Hỏi về thủ tục nhập khẩu máy nông nghiệp?",
        "Mình đang tìm hiểu thủ tục nhập máy gặt từ Nhật, các bác cho hỏi cần giấy tờ gì ạ?",
        "nongdan_88",
        "05/11/2026 08:12 · #2",
        "Bác hỏi bên hải quan cửa khẩu là rõ nhất, mỗi loại máy một mã HS khác nhau.",
    )
    found = forum_post_heads(content, {line.no for line in content})
    assert found == {3: "forum-post-head", 4: "forum-post-head"}


def test_a_sentence_with_a_hashtag_number_or_a_lone_word_stays():
    content = _lines(
        "Đội tuyển giành vị trí #1 trong bảng xếp hạng khu vực năm nay.",
        "nongdan_88",
        "Bác hỏi bên hải quan cửa khẩu là rõ nhất.",
    )
    assert forum_post_heads(content, {line.no for line in content}) == {}
