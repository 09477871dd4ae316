"""Rules added after held-out set 13 (a podcast mirror in a Hungarian locale, Blogger search pages,
chapter lists of an episode), on invented text.

Every article sentence here is our own; only the software strings (Blogger's Vietnamese locale,
its search label) are the fixed texts that engine prints, and the Hungarian interface words are
ordinary words of that language. The rules are stated as principles: a line in a foreign locale's
interface is chrome, never the headline or the lead; a stamp is read in the locale it is written
in; a search label is chrome however long the query it repeats; a list the text itself continues
is the text's, even when its first item is worded alike on another page.
"""

from __future__ import annotations

from linear_time import assert_linear_time
from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse
from seed_articles.parsing import CorpusEvidence, parse_result, text_keys
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.header import is_foreign_line
from seed_articles.parsing.lines import is_foreign_ui_line, is_vietnamese_syllable
from seed_articles.parsing.software import is_software_string


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


# --- dates -------------------------------------------------------------------------------


def test_hungarian_month_first_stamps_are_read():
    (hit,) = find_dates("szept. 14, 2027")
    assert (hit.year, hit.month, hit.day) == (2027, 9, 14)
    (hit,) = find_dates("március 3, 2026 08:15")
    assert (hit.month, hit.day, hit.hour, hit.minute) == (3, 3, 8, 15)
    (hit,) = find_dates("okt. 2, 2026")
    assert (hit.month, hit.day) == (10, 2)


def test_hungarian_month_words_without_a_year_or_inside_words_are_no_date():
    assert find_dates("szept. 14") == []  # no year: not a stamp
    assert find_dates("Bảng giá máj.14, tập 2") == []
    assert find_dates("Ngày mai 14, 2026 người đến") == []


def test_hungarian_dates_are_linear_time():
    assert_linear_time(lambda n: find_dates("máj. " * (n // 5)), label="hungarian month")


# --- a foreign locale's interface ----------------------------------------------------------


def test_vietnamese_syllables_are_told_from_foreign_words():
    for word in ("nghiêng", "Đường", "khuya", "quyết", "giữa", "oanh", "Mở"):
        assert is_vietnamese_syllable(word), word
    for word in ("Kijelentkezés", "epizód", "Pécs", "összes", "offline"):
        assert not is_vietnamese_syllable(word), word


def test_lines_of_a_foreign_interface_are_recognised():
    for text in (
        "Kijelentkezés",
        "Összes epizód megtekintése",
        "Töltse le az alkalmazást még ma!",
        "Pobierz aplikację mobilną",
        "Adatvédelmi irányelvek",
    ):
        assert is_foreign_ui_line(text), text
        assert is_foreign_line(text), text  # never a headline either


def test_vietnamese_lines_with_foreign_names_are_not_a_foreign_interface():
    for text in (
        "Đoàn công tác thăm thành phố Pécs và Győr của Hungary",
        "Bến cảng Đà Nẵng đón chuyến tàu đầu tiên trong năm",
        "Tau ca Ha Noi don khach du lich mua he",  # Vietnamese typed without diacritics
        "The café opened its doors to students and teachers from the city this morning.",
        "Chương trình Erasmus+ mở thêm suất học bổng cho sinh viên",
    ):
        assert not is_foreign_ui_line(text), text


def test_foreign_interface_lines_around_a_vietnamese_episode_are_chrome():
    result = parse(
        "Kijelentkezés",
        "Töltse le az alkalmazást még ma!",
        "Böngészés",
        TITLE,
        "szept. 14, 2027",
        LEAD,
        *BODY,
        "Összes epizód megtekintése",
        "Adatvédelmi irányelvek",
    )
    assert result.article.title == TITLE
    assert date_text(result) == "2027-09-14"
    assert kept(result) == [6, 7, 8]


def test_a_copy_written_in_the_foreign_language_is_left_alone():
    result = parse(
        "Kijelentkezés",
        "A határ menti megyék együttműködési megállapodást írtak alá.",
        "A megállapodás értelmében évente diákcserét és közös képzést szerveznek.",
        "A felek szerint a programok már a következő tanévben elindulhatnak.",
    )
    assert set(kept(result)) >= {3, 4}


# --- Blogger ------------------------------------------------------------------------------


def test_blogger_vietnamese_footer_strings_are_software():
    for text in (
        "Đăng ký: Bài đăng (Atom)",
        "Subscribe to: Posts (Atom)",
        "Được tạo bởi Blogger.",
        "Chủ đề Hình ảnh. Được tạo bởi Blogger.",
        "‹",
        "›",
        "Xem phiên bản web",
    ):
        assert is_software_string(text), text


def test_sentences_naming_blogger_are_not_software():
    for text in (
        "Trang nhật ký này được tạo bởi Blogger từ năm 2009 và vẫn được cập nhật đều đặn.",
        "Đăng ký: Bản tin tuần",
        "Xem phiên bản web của báo cáo tại cổng thông tin tỉnh",
    ):
        assert not is_software_string(text), text


def test_a_blogger_search_label_with_a_long_query_is_chrome_and_the_first_post_is_kept():
    label = (
        "Hiển thị các bài đăng được sắp xếp theo ngày cho truy vấn hợp tác giáo dục biên giới. "
        "Sắp xếp theo mức độ liên quan Hiển thị tất cả bài đăng"
    )
    result = parse(
        "SỔ TAY BIÊN CƯƠNG",
        "Trang chủ",
        label,
        "Tuesday, March 10, 2026",
        "HAI TỈNH BIÊN GIỚI KÝ THỎA THUẬN GIÁO DỤC",
        "Lời giới thiệu: Bản tin tóm tắt các điểm chính của thỏa thuận giữa hai tỉnh về trao đổi giáo viên...",
        "Đọc thêm »",
        "Friday, February 20, 2026",
        "TRƯỜNG NỘI TRÚ ĐÓN ĐOÀN GIÁO VIÊN BẠN",
        "Lời giới thiệu: Ghi chép về chuyến thăm của đoàn giáo viên tới một trường nội trú vùng cao...",
        "Đọc thêm »",
    )
    assert result.article.listing
    assert result.article.date is None
    assert 3 not in kept(result)
    assert {4, 5, 6, 8, 9, 10} <= set(kept(result))


def test_a_long_line_opening_like_the_label_without_its_fixed_tail_is_not_a_search_label():
    text = (
        "Hiển thị các bài đăng được sắp xếp theo ngày cho truy vấn hợp tác giáo dục biên giới "
        "là cách nhanh nhất để bạn đọc tìm lại các ghi chép cũ của trang"
    )
    result = parse(TITLE, LEAD, text, *BODY)
    assert result.article.title == TITLE
    assert 3 in kept(result)


# --- a list of the text's own, its first item worded alike elsewhere ------------------------

_INTRO = "Trong tập này, chúng tôi trò chuyện với một cô giáo vùng cao về những lớp học ghép ở bản xa."


def _episode(*items: str) -> str:
    return "\n".join((TITLE, "12/05/2026", LEAD, _INTRO, "Các phần chính:", "00:00 Mở đầu", *items))


def test_a_chapter_list_opened_by_a_shared_first_item_is_kept():
    target = _episode("04:20 Lớp học ghép ba trình độ", "12:05 Bữa trưa bán trú")
    other = "\n".join(
        (
            "Vườn rau của điểm trường",
            "20/05/2026",
            "Tập mới nói về vườn rau.",
            _INTRO.replace("cô", "thầy"),
            "Các phần chính:",
            "00:00 Mở đầu",
            "05:10 Vườn rau sau mùa mưa",
        )
    )
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert {5, 6, 7, 8} <= set(kept(result))


def test_a_shared_list_whose_items_recur_too_is_still_chrome():
    # the whole list recurs: a widget of the site, not the text's own list
    target = _episode("04:20 Tin mới nhất", "12:05 Đọc nhiều")
    other = "\n".join(
        (
            "Vườn rau của điểm trường",
            "20/05/2026",
            "Tập mới nói về vườn rau.",
            "Một đoạn văn khác hẳn của trang kia.",
            "Các phần chính:",
            "00:00 Mở đầu",
            "04:20 Tin mới nhất",
            "12:05 Đọc nhiều",
        )
    )
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert not {6, 7, 8} & set(kept(result))


def test_a_shared_numbered_item_below_a_widget_is_not_kept():
    target = "\n".join((TITLE, LEAD, *BODY, "Chia sẻ", "1. Mở đầu", "2. Phần riêng của trang này"))
    other = "\n".join(
        ("Một tiêu đề khác hẳn", "Một đoạn mở đầu khác hẳn của trang kia.", "Chia sẻ", "1. Mở đầu")
    )
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert 6 not in kept(result)


# --- a topic page of dated cards ----------------------------------------------------------


def _cards(*extra: str) -> list[str]:
    return [
        "Giáo dục vùng biên",
        "Theo dõi chủ đề",
        "Hai tỉnh biên giới trao đổi đoàn giáo viên",
        "03-11-2026 - 08:10",
        "Đoàn giáo viên của hai tỉnh đã có một tuần dự giờ và chia sẻ kinh nghiệm dạy lớp ghép.",
        "Trường nội trú vùng cao có thêm phòng học ngoại ngữ?",
        "21-10-2026 - 15:45",
        "Phòng học mới được trang bị máy tính và tai nghe cho các em học sinh dân tộc thiểu số.",
        "Bữa trưa bán trú đủ chất cho học sinh điểm trường",
        "09-10-2026 - 11:30",
        "Nhiều điểm trường đã phối hợp với phụ huynh để cải thiện bữa ăn cho các em học sinh.",
        *extra,
    ]


def test_a_topic_page_of_dated_cards_is_a_listing_titled_by_its_heading():
    result = parse("Báo Giáo Dục Biên Cương", *_cards())
    assert result.article.listing
    assert result.article.title == "Giáo dục vùng biên"
    assert result.article.date is None
    assert {4, 5, 6, 7, 8, 9, 10, 11, 12} <= set(kept(result))
    assert 3 not in kept(result)  # the follow button


def test_an_article_with_one_dated_related_card_is_not_a_listing():
    result = parse(
        TITLE,
        "12/05/2026 09:15",
        LEAD,
        *BODY,
        "Trường nội trú vùng cao có thêm phòng học ngoại ngữ",
        "21-10-2026 - 15:45",
        "Phòng học mới được trang bị máy tính và tai nghe cho các em học sinh dân tộc thiểu số.",
    )
    assert not result.article.listing
    assert result.article.title == TITLE
    assert date_text(result) == "2026-05-12"


def test_a_follow_button_is_a_widget_but_a_sentence_about_following_is_not():
    from seed_articles.parsing.chrome import is_widget

    assert is_widget("Theo dõi chủ đề")
    assert is_widget("Bỏ theo dõi chuyên mục này")
    assert not is_widget("Theo dõi chủ đề giáo dục vùng cao suốt ba năm")


def test_new_predicates_are_linear_time():
    from seed_articles.parsing.listings import is_search_label

    assert_linear_time(lambda n: is_foreign_ui_line("épizód " * (n // 7)), label="foreign ui")
    assert_linear_time(
        lambda n: is_search_label("Hiển thị các bài đăng có nhãn " + " " * n + "x"), label="search label"
    )


# --- XenForo -------------------------------------------------------------------------------


def test_xenforo_reactions_bar_and_guest_notice_are_software():
    for text in (
        "Reactions: hoangyen_92, Cây Đa Đầu Làng and 4 others",
        "Reactions: hoangyen_92",
        "Cảm xúc: hoangyen_92 và 7 người khác",
        "You must log in or register to reply here.",
        "Bạn phải đăng nhập hoặc đăng ký để trả lời ở đây.",
    ):
        assert is_software_string(text), text


def test_lines_about_feelings_or_registering_are_not_xenforo_strings():
    for text in (
        "Cảm xúc: vui mừng, tự hào và xúc động",
        "Reactions of the students were recorded by the teachers.",
        "Bạn phải đăng ký trước ngày 15/6 để tham gia lớp học hè.",
    ):
        assert not is_software_string(text), text


# --- a broadcast's credits ----------------------------------------------------------------


def test_a_broadcasts_host_and_editor_credits_are_its_authors():
    result = parse(TITLE, "12/05/2026", LEAD, *BODY, "Dẫn chương trình: Thu Trang", "Biên tập: Minh Khôi")
    assert set(result.article.authors) == {"Thu Trang", "Minh Khôi"}
    assert kept(result) == [3, 4, 5]


def test_an_editing_sentence_is_no_credit():
    result = parse(
        TITLE,
        "12/05/2026",
        LEAD,
        *BODY,
        "Biên tập: khâu cuối cùng trước khi bản tin được phát sóng vào buổi tối.",
    )
    assert result.article.authors == []
    assert 6 in kept(result)


# --- a question headline over its stamp -----------------------------------------------------

_QUESTION = "Lớp học ghép ở bản xa: khó khăn nào còn chờ ở phía trước?"


def test_a_question_over_the_pages_stamp_is_the_headline_even_printed_again():
    result = parse("Trang Nhà", "Giáo Dục", _QUESTION, "14/05/2026 09:15", _QUESTION, LEAD, *BODY)
    assert result.article.title == _QUESTION
    assert date_text(result) == "2026-05-14"
    assert 5 not in kept(result)  # printed again under the stamp
    assert {6, 7, 8} <= set(kept(result))


def test_a_question_under_the_texts_own_prose_is_not_a_headline():
    result = parse(
        TITLE,
        "14/05/2026 09:15",
        LEAD,
        "Vậy khó khăn nào còn chờ ở phía trước?",
        "15/05/2026 10:00",
        *BODY,
    )
    assert result.article.title == TITLE
    assert 4 in kept(result)


def _thread(*reply: str) -> list[str]:
    return [
        TITLE,
        "Thread starter hoangyen_92",
        "hoangyen_92",
        "Senior Member",
        "Jun 3, 2026",
        "#1",
        LEAD,
        *BODY,
        *reply,
    ]


def test_replies_from_the_second_xenforo_post_on_are_chrome():
    result = parse(
        *_thread("caydadaulang", "Member", "Jun 3, 2026", "#2", "Mong có thêm nhiều chương trình như vậy.")
    )
    assert {7, 8, 9} <= set(kept(result))
    assert not {10, 11, 12, 13, 14} & set(kept(result))


def test_a_numbered_hashtag_line_without_a_post_date_is_no_reply_header():
    result = parse(*_thread("#2", "Mong có thêm nhiều chương trình như vậy."))
    assert 11 in kept(result)
