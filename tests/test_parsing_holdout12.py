"""Rules added after held-out set 12 (French Blogger, Forumotion, RSS feeds copied as text, YouTube
mirrors, slogan marquees), on invented text.

Every article sentence here is our own; only the software strings (Blogger's French locale,
Forumotion, WordPress's RSS fields, YouTube's Vietnamese stamp) are the fixed texts those engines
print. The rules are stated as principles: a headline is prose, never a counter or a stamp; a
date is the post's own stamp, never a feed channel's build date; a blog's account or a video
channel is no writer; a paragraph the folder's other seeds print above this page's own headline
is the site's slogan, not the lead.
"""

from __future__ import annotations

from linear_time import assert_linear_time
from parsing_helpers import BODY, LEAD, TITLE, date_text, kept, parse
from seed_articles.parsing import CorpusEvidence, parse_result, text_keys
from seed_articles.parsing.boilerplate import is_related_label
from seed_articles.parsing.bylines import paper_authors, posted_at, read_byline, signature_parts
from seed_articles.parsing.chrome import is_breadcrumb
from seed_articles.parsing.dates import find_dates
from seed_articles.parsing.header import is_counter_or_stamp, is_foreign_line
from seed_articles.parsing.lines import split_lines
from seed_articles.parsing.software import (
    archive_widget,
    feed_channel,
    forum_posters,
    is_icon_alt_pair,
    is_software_string,
)
from seed_articles.parsing.titles import derive_title


def _evidence(target: str, *others: str):
    corpus = CorpusEvidence([text_keys(target), *(text_keys(other) for other in others)])
    return corpus.for_seed(text_keys(target))


def _lines(*texts: str):
    return [line for line in split_lines("\n".join(texts)) if line.text]


# --- dates -------------------------------------------------------------------------------


def test_french_month_names_are_read_with_the_time_after_them():
    (hit,) = find_dates("12 mai 2026")
    assert (hit.year, hit.month, hit.day, hit.hour) == (2026, 5, 12, None)
    (hit,) = find_dates("1er août 2026 à 21:05")
    assert (hit.month, hit.day, hit.hour, hit.minute) == (8, 1, 21, 5)
    (hit,) = find_dates("vendredi 3 Décembre 2027")
    assert (hit.year, hit.month, hit.day) == (2027, 12, 3)


def test_french_month_words_inside_vietnamese_text_are_no_date():
    assert find_dates("Nhà vườn bán 20 mai vàng 2026 cây cho dịp Tết") == []  # "mai vàng": a flower
    assert find_dates("12 mars") == []  # no year: not a stamp


def test_youtube_vietnamese_stamp_after_the_view_count():
    (hit,) = find_dates("3.517 lượt xem 9 thg 3, 2027")
    assert (hit.year, hit.month, hit.day) == (2027, 3, 9)
    assert find_dates("9 thg 3") == []  # no year


def test_an_rss_pubdate_in_gmt_is_read_in_vietnam_time():
    (hit,) = find_dates("Fri, 12 Jun 2026 19:30:00 +0000")
    assert (hit.month, hit.day, hit.hour, hit.minute) == (6, 13, 2, 30)  # the day moves on
    (hit,) = find_dates("Fri, 12 Jun 2026 09:30:00 +0700")  # Vietnam time already
    assert (hit.day, hit.hour) == (12, 9)
    (hit,) = find_dates("12 Jun 2026 +0000")  # no time: the day only
    assert (hit.day, hit.hour) == (12, None)


def test_a_french_blogger_footer_gives_the_time_of_the_post():
    assert posted_at("Publié par Lê Hoàng Yến à 21:05") == (["Lê Hoàng Yến"], (21, 5))
    result = parse(
        "Sổ tay miền biển",
        "12 mai 2026",
        TITLE,
        LEAD,
        *BODY,
        "Publié par Lê Hoàng Yến à 21:05",
        "Aucun commentaire:",
    )
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    assert result.article.authors == ["Lê Hoàng Yến"]


def test_a_blog_account_named_as_the_start_of_the_blog_name_is_no_writer():
    head = ("Sổ Tay Miền Biển VN", "Ghi chép của người đi biển", "12 mai 2026", TITLE, LEAD, *BODY)
    result = parse(*head, "Publié par Sổ Tay Miền Biển à 21:05", "Aucun commentaire:")
    assert result.article.authors == []
    result = parse(*head, "Publié par Lê Hoàng Yến à 21:05", "Aucun commentaire:")
    assert result.article.authors == ["Lê Hoàng Yến"]


# --- RSS feeds ---------------------------------------------------------------------------

FEED_HEAD = (
    "Thời sự – Gocbepnhaminh.vn",
    "https://gocbepnhaminh.vn",
    "Bữa cơm gia đình – Nơi giữ lửa mỗi ngày.",
    "Sat, 13 Jun 2026 03:00:12 +0000",
    "vi",
    "hourly",
    "1",
    "https://wordpress.org/?v=6.8.1",
    "Thời sự – Gocbepnhaminh.vn",
    "https://gocbepnhaminh.vn",
    "32",
)


def test_an_rss_channel_header_is_chrome_and_the_item_pubdate_is_the_date():
    item = (TITLE, "https://gocbepnhaminh.vn/hai-tinh-ky-ket/", "Fri, 12 Jun 2026 19:30:00 +0000")
    result = parse(*FEED_HEAD, *item, LEAD, *BODY)
    assert result.article.title == TITLE
    assert date_text(result, with_precision=True) == "2026-06-13 (minute)"
    assert (result.article.date.hour, result.article.date.minute) == (2, 30)
    assert not set(range(1, len(FEED_HEAD) + 1)) & set(kept(result))


def test_a_channel_needs_the_feed_fields():
    lines = _lines("Nhật ký", "hourly", TITLE, LEAD)  # "hourly" alone: no language, no generator
    assert feed_channel(lines) == {}
    lines = _lines(*FEED_HEAD, TITLE)
    assert set(feed_channel(lines)) == set(range(1, len(FEED_HEAD) + 1))  # the item title is not


# --- Blogger (French) and Forumotion -----------------------------------------------------


def test_french_blogger_and_forumotion_strings_are_chrome():
    for text in (
        "Aucun commentaire:",
        "Enregistrer un commentaire",
        "Article plus récent Article plus ancien Accueil",
        "Inscription à : Publier les commentaires (Atom)",
        "Archives du blog",
        "Qui êtes-vous ?",
        "Afficher mon profil complet",
        "Thème Filigrane. Fourni par Blogger.",
        "Powered by Blogger.",
        "Bạn có muốn phản ứng với tin nhắn này? Vui lòng đăng ký diễn đàn để tiếp tục.",
        "Về Đầu Trang Go down",
        "Permissions in this forum:",
        "Bạn không có quyền trả lời bài viết",
    ):
        assert is_software_string(text), text


def test_article_lines_with_those_words_are_kept():
    for text in (
        "Accueil là từ tiếng Pháp mà bà con Việt kiều ở Lyon vẫn dùng để chỉ trang chủ.",
        "Bạn có muốn phản ứng với tin nhắn này không, ông hỏi lại.",
        "Đoàn về đầu trang trại lúc 9 giờ sáng.",
    ):
        assert not is_software_string(text), text


def test_the_blog_archive_widget_takes_the_post_titles_between_its_toggles():
    lines = _lines("▼ 2026 (14)", "▼ mai (3)", "Nhật ký chuyến đi Cô Tô", "Mùa cá cơm", "► avril (5)")
    assert set(archive_widget(lines)) == {1, 2, 3, 4, 5}
    # one toggle alone takes nothing around it
    lines = _lines("Mùa cá cơm", "► avril (5)", "Nhật ký chuyến đi Cô Tô")
    assert set(archive_widget(lines)) == {2}


def test_a_forumotion_member_card_with_doubled_login_and_rank_is_chrome():
    lines = _lines(
        TITLE,
        "songlam_88",
        "songlam_88",
        "Hạ sĩ",
        "Hạ sĩ",
        "Tổng số bài gửi : 96",
        "Join date : 04/09/2018",
        "Bài gửi by songlam_88 Fri Jun 12, 2026 8:15 pm",
        LEAD,
    )
    assert set(forum_posters(lines)) == {2, 3, 4, 5, 6, 7}
    # a join date alone (a sentence of the text) makes no card
    assert forum_posters(_lines(TITLE, "Join date : 04/09/2018", LEAD)) == {}


def test_forumotion_icon_alt_between_two_title_copies_is_chrome():
    assert is_icon_alt_pair(f"{TITLE} Empty {TITLE}")
    assert not is_icon_alt_pair("Empty Quarter Empty Quarter trip")
    assert not is_icon_alt_pair(f"{TITLE} Empty nhiều năm")


def test_a_forumotion_thread_reads_the_title_and_the_12_hour_stamp():
    result = parse(
        "Diễn đàn Làng Chài",
        "Diễn đàn Làng Chài",
        "Diễn đàn Làng Chài :: Tin tức :: Thời sự",
        TITLE,
        "songlam_88",
        "songlam_88",
        "Hạ sĩ",
        "Hạ sĩ",
        "Tổng số bài gửi : 96",
        "Join date : 04/09/2018",
        f"{TITLE} Empty {TITLE}",
        "Bài gửi by songlam_88 Fri Jun 12, 2026 8:15 pm",
        LEAD,
        *BODY,
        "Về Đầu Trang Go down",
    )
    assert result.article.title == TITLE
    assert date_text(result, with_precision=True) == "2026-06-12 (minute)"
    assert result.article.date.hour == 20
    assert is_breadcrumb("Diễn đàn Làng Chài :: Tin tức :: Thời sự")
    assert not is_breadcrumb("Tỷ số trận đấu là 2 :: 1")  # digits and no letters in a crumb


def test_an_account_named_as_the_end_of_the_blog_name_is_no_writer():
    head = ("GÓC NHỎ MINH KHOA", "Trang chủ", "Tuesday, May 12, 2026", TITLE, LEAD, *BODY, "Vũ Thanh Bình")
    result = parse(*head, "Posted by Minh Khoa at 8:30 PM", "No comments:")
    assert result.article.authors == ["Vũ Thanh Bình"]  # the signature, not the account
    result = parse(*head, "Posted by Lê Hữu Phước at 8:30 PM", "No comments:")  # not the blog's name
    assert result.article.authors == ["Lê Hữu Phước", "Vũ Thanh Bình"]


def test_nukeviet_print_view_and_document_site_strings_are_chrome():
    for text in (
        "Bản in được tạo tự động từ hệ thống NukeViet",
        "- |In ra",
        "- |Đóng cửa sổ này",
        "Tài liệu đính kèm:",
        "  • pdfbao_cao_tong_ket_nam_hoc.pdf",
        "Nội dung text: Báo cáo tổng kết năm học 2025 - 2026 của nhà trường",
    ):
        assert is_software_string(text), text
    for text in (
        "Bản in được gửi tới các đại biểu trước phiên họp.",
        "Nội dung chương trình gồm ba phần.",
        "Tài liệu đính kèm gồm báo cáo và phụ lục được gửi tới các sở, ngành.",
    ):
        assert not is_software_string(text), text
    assert is_related_label("Tài liệu liên quan") and is_related_label("Văn bản liên quan")


def test_a_credit_with_a_link_to_the_original_names_the_source():
    line = "Nguồn tin: Sở Giáo dục và Đào tạo. Link xem bài viết gốc tại đây: https://example.vn/tin/12"
    assert signature_parts(line, bare_names=True) == ([], "Sở Giáo dục và Đào tạo")
    result = parse(TITLE, LEAD, *BODY, line)
    assert result.article.source == "Sở Giáo dục và Đào tạo"
    # the link alone credits no one
    assert (
        signature_parts("Link xem bài viết gốc tại đây: https://example.vn/tin/12", bare_names=True) is None
    )


def test_a_derived_title_is_never_the_bare_number_of_a_list_item():
    lead = "1. Rà soát, bổ sung quy chế phối hợp giữa các sở, ngành trong công tác đối ngoại của tỉnh."
    assert derive_title(lead) == "Rà soát, bổ sung quy chế phối hợp giữa các sở, ngành trong công tác…" or (
        not derive_title(lead)[0].isdigit()
    )
    assert derive_title("12 trường học đã hoàn thành việc sửa chữa trước năm học mới.")[0] == "1"


# --- headlines ---------------------------------------------------------------------------


def test_a_counter_or_stamp_line_is_never_a_headline():
    for text in (
        "3.517 lượt xem 9 thg 3, 2027",
        "12,4 N người đăng ký",
        "1",
        "208 views",
        "12/05/2026",
        "Hôm qua: 1.208",
    ):
        assert is_counter_or_stamp(text), text
    for text in (
        "Hơn 3.000 người đăng ký tham gia giải chạy vì biển đảo",
        "G20",
        "Covid-19",
        "Thời sự",
        "Festival Biển 2026",
        "Đà Nẵng: 12 dự án được cấp phép trong quý I",
    ):
        assert not is_counter_or_stamp(text), text


MIRROR_TITLE = "Lễ hội Cầu Ngư làng biển năm 2027 có nhiều điểm mới"
MIRROR_LEAD = (
    "(STV) - Lễ hội Cầu Ngư làng biển năm 2027 sẽ diễn ra từ ngày 5 đến 7/3/2027 với nhiều hoạt động "
    "văn hóa dân gian."
)


def test_a_video_mirror_page_takes_the_bare_title_not_the_view_counter():
    result = parse(
        "sonlamtube",
        "Tìm kiếm video",
        "Kênh Sông Lam TV: " + MIRROR_TITLE,
        "00:00 / 02:10",
        MIRROR_TITLE,
        "Kênh Sông Lam TV",
        "12,4 N người đăng ký",
        "Đăng ký",
        "95",
        "Thích",
        "3.517 lượt xem 9 thg 3, 2027",
        MIRROR_LEAD,
        *BODY,
    )
    assert result.article.title == MIRROR_TITLE and not result.article.title_derived
    assert date_text(result) == "2027-03-09"
    assert result.article.source == "STV"


def test_a_channel_named_by_the_mirror_title_is_no_writer():
    result = parse(
        "Kênh Sông Lam TV: " + TITLE, TITLE, "Kênh Sông Lam TV", "Thứ ba, 12/05/2026 08:15", LEAD, *BODY
    )
    assert result.article.title == TITLE and result.article.authors == []


def test_a_reporter_under_the_headline_is_still_the_author():
    result = parse("Tin miền Trung", TITLE, "Trần Bảo Ngọc", "Thứ ba, 12/05/2026 08:15", LEAD, *BODY)
    assert result.article.authors == ["Trần Bảo Ngọc"]


# --- slogan marquees ---------------------------------------------------------------------

SLOGAN = (
    "Chào mừng kỷ niệm 80 năm Ngày truyền thống ngành Giáo dục tỉnh (15/3/1946 - 15/3/2026) - "
    "Thi đua lập thành tích chào mừng Đại hội Đảng bộ các cấp"
)


def test_a_slogan_the_folder_prints_above_each_headline_is_not_the_lead():
    def page(title: str, stamp: str, lead: str) -> str:
        return "\n".join(("HỘI KHUYẾN HỌC TỈNH", SLOGAN, "Tin tức", title, stamp, lead, *BODY))

    other_lead = "Chiều 3/4, hội đồng xét tuyển đã công bố danh sách học sinh nhận học bổng năm học mới."
    other = page("Trao học bổng cho học sinh vùng cao", "Thứ Sáu, 03/04/2026 16:10", other_lead)
    target = page(TITLE, "Thứ Ba, 12/05/2026 09:30", LEAD)
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert result.article.title == TITLE and not result.article.title_derived
    assert date_text(result, with_precision=True) == "2026-05-12 (minute)"
    assert 2 not in kept(result) and 6 in kept(result)


def test_a_shared_lead_under_a_stamp_stays_the_text():
    # a listing item's lead that another seed prints as its sapo sits under its own stamp
    shared = "Chiều 3/4, hội đồng xét tuyển đã công bố danh sách học sinh nhận học bổng năm học mới."
    target = "\n".join(
        ("TIN GIÁO DỤC", "Học bổng", "Trao học bổng", "03/04/2026", shared, TITLE, "12/05/2026", LEAD)
    )
    other = "\n".join(("TIN GIÁO DỤC", "Trao học bổng", "03/04/2026", shared, *BODY))
    result = parse_result(target, "seeds/test.txt", evidence=_evidence(target, other))
    assert 5 in kept(result)
    # without the folder's evidence nothing is a slogan
    result = parse("HỘI KHUYẾN HỌC TỈNH", SLOGAN, "Tin tức", TITLE, "Thứ Ba, 12/05/2026 09:30", LEAD, *BODY)
    assert result.roles.get(2) != "dropped:shared-slogan"


# --- linear time -------------------------------------------------------------------------


def test_the_new_patterns_are_linear():
    from seed_articles.parsing.dates import _PATTERNS

    patterns = [
        pattern for name, pattern in _PATTERNS if name in ("french-dmy", "youtube-thg", "english-dmy")
    ]
    piece = "12 mai 2026 à 09:12 | 9 thg 3, 2027 | 12 Jun 2026 19:30:00 +0000 "

    def dates(n: int) -> None:
        text = piece * (n // len(piece))
        for pattern in patterns:
            list(pattern.finditer(text))

    assert_linear_time(dates, label="dates")
    assert_linear_time(lambda n: is_counter_or_stamp("1.284 lượt xem " * (n // 15)), label="counters")
    assert_linear_time(lambda n: is_software_string("▼ " + "(1) " * (n // 4)), label="archive toggle")
    assert_linear_time(
        lambda n: is_software_string("Thème " + "a. " * (n // 3) + "Fourni par Blogger."), label="theme"
    )


# --- listings ----------------------------------------------------------------------------

ITEMS = (
    "Hai trường đại học ký kết hợp tác đào tạo giáo viên",
    "11/05/2026 09:10",
    "Theo thỏa thuận, hai trường sẽ trao đổi giảng viên và sinh viên trong ba năm học tới.",
    "Sở Giáo dục tổ chức hội thảo về chuyển đổi số trong nhà trường",
    "08/05/2026 14:00",
    "Hơn 200 cán bộ quản lý giáo dục đã tham dự hội thảo và chia sẻ nhiều kinh nghiệm hay.",
    "Trao 300 suất học bổng cho học sinh vùng biên giới",
    "02/05/2026 08:30",
    "Các suất học bổng được trao cho những học sinh vượt khó, học tốt tại các xã biên giới.",
)


def test_an_unaccented_tag_heading_over_dated_items_is_the_listing_title():
    result = parse(
        "TIN GIÁO DỤC", "Thời sự Giáo dục Tuyển sinh Du học", "hop tac dao tao", *ITEMS, "Xem thêm"
    )
    assert result.article.title == "hop tac dao tao" and result.article.date is None
    assert {4, 5, 6, 7, 8} <= set(kept(result))  # the first item's headline and its stamp stay text


def test_an_address_or_a_file_name_is_no_tag_heading():
    for heading in ("hop-tac-dao-tao", "tin/hop-tac", "bao_cao.pdf"):
        result = parse("TIN GIÁO DỤC", "Thời sự Giáo dục Tuyển sinh Du học", heading, *ITEMS, "Xem thêm")
        assert result.article.title != heading


def test_a_short_line_printed_three_times_in_a_page_is_furniture():
    slogan = "Tin nhanh mỗi ngày, đọc ở mọi nơi"
    result = parse(TITLE, LEAD, slogan, BODY[0], slogan, BODY[1], slogan)
    assert kept(result) == [2, 4, 6]
    # printed twice: the first copy stays; a sentence printed three times keeps its first copy
    result = parse(TITLE, LEAD, slogan, BODY[0], slogan, BODY[1])
    assert 3 in kept(result)
    result = parse(TITLE, LEAD, BODY[0], BODY[1], BODY[0], BODY[0])
    assert 3 in kept(result)


def test_a_paper_names_its_authors_by_their_footnote_digits_before_the_abstract():
    first_page = (
        "  1. GIÁO DỤC NGHỀ NGHIỆP VÙNG BIÊN: THỰC TRẠNG VÀ GIẢI PHÁP Phạm Thu Trang1 Vũ Đức Long2 "
        "Tóm tắt Bài viết đánh giá thực trạng đào tạo nghề cho thanh niên các xã biên giới."
    )
    assert paper_authors(first_page) == ["Phạm Thu Trang", "Vũ Đức Long"]
    result = parse(
        TITLE, "pdf 8 trang Minh Thư 12/05/2026 640", first_page, "  2. Đặt vấn đề " + BODY[0], BODY[1]
    )
    assert sorted(result.article.authors) == ["Phạm Thu Trang", "Vũ Đức Long"]
    # no footnote digits, or no abstract after the names: no authors
    assert paper_authors("GIÁO DỤC NGHỀ NGHIỆP Phạm Thu Trang Vũ Đức Long Tóm tắt Bài viết") == []
    assert paper_authors("Theo Phạm Thu Trang1, tóm tắt lại, bài viết đánh giá") == []
    assert paper_authors("Năm 2026 Tóm tắt") == []


# --- legal documents ---------------------------------------------------------------------


def test_a_legal_documents_own_headings_under_its_header_rows_are_text():
    result = parse(
        "KHO VĂN BẢN ĐỊA PHƯƠNG",
        "Trang chủ » Văn bản » Kế hoạch",
        "Kế hoạch phát triển giáo dục nghề nghiệp năm 2026 của tỉnh",
        "Ngày ban hành: 12/05/2026",
        "ỦY BAN NHÂN DÂN TỈNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "------- | Độc lập - Tự do - Hạnh phúc",
        "Số: 21/KH-UBND | Nghệ An, ngày 12 tháng 5 năm 2026 |",
        "KẾ HOẠCH",
        "PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP NĂM 2026",
        "I. MỤC ĐÍCH",
        "1. Nâng cao chất lượng đào tạo nghề cho thanh niên, nhất là thanh niên các xã miền núi, biên giới.",
        "2. Gắn đào tạo nghề với nhu cầu tuyển dụng của doanh nghiệp trong và ngoài tỉnh.",
    )
    assert {8, 9} <= set(kept(result))
    assert date_text(result) == "2026-05-12"


def test_a_masthead_naming_the_country_is_no_document_header():
    result = parse(
        "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Trang chủ Tin tức Liên hệ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        TITLE,
        LEAD,
        *BODY,
    )
    assert result.article.title == TITLE and 3 not in kept(result)


def test_a_forumotion_post_stamp_names_a_poster_not_a_writer():
    byline = read_byline("Bài gửi by songlam_88 Fri Jun 12, 2026 8:15 pm")
    assert byline is not None and byline.authors == [] and byline.stamp == "Fri Jun 12, 2026 8:15 pm"
    assert read_byline("Bài gửi by songlam_88 Fri Jun 12, 2026 8:15 pm về hợp tác giáo dục") is None


def test_a_masthead_translation_in_another_alphabet_is_never_the_headline():
    assert is_foreign_line("Związek Stowarzyszeń Wietnamczyków w Polsce")
    assert is_foreign_line("Vietnamesisch-Deutscher Verein für Kultur")
    for text in (
        "Hội thảo tại Łódź bàn về hợp tác giáo dục",
        "Vietnam and Poland sign education plan",
        TITLE,
    ):
        assert not is_foreign_line(text), text
    result = parse(
        "HỘI NGƯỜI VIỆT TẠI BA LAN",
        "Związek Stowarzyszeń Wietnamczyków w Polsce",
        TITLE,
        "- Thứ bảy - 09/05/2026 10:05",
        "- |In ra",
        LEAD,
        *BODY,
    )
    assert result.article.title == TITLE and not result.article.title_derived
