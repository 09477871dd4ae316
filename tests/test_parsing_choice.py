"""The scored choices (headline, publication date): our own sentences, including the page
shapes the old hand-ordered rules got wrong."""

from __future__ import annotations

from types import SimpleNamespace

from seed_articles.parsing import parse_result
from seed_articles.parsing.choice import (
    Candidate,
    LinearModel,
    choose,
    dump_models,
    load_models,
    recording,
    shipped_models,
    using_models,
)

TITLE = "Làng gốm ven sông Đáy khôi phục lò nung cổ đón khách du lịch"
SAPO = "Sau nhiều năm vắng bóng, những lò nung bằng củi của làng gốm ven sông Đáy đã đỏ lửa trở lại."
BODY = [
    "Các nghệ nhân cao tuổi được mời hướng dẫn thế hệ trẻ cách xếp lò và giữ lửa suốt ba ngày đêm.",
    "Chính quyền xã dự định mở thêm tuyến tham quan bằng thuyền dọc các xưởng gốm trong mùa thu tới.",
]


def parse(*lines: str):
    return parse_result("\n\n".join(lines), "seeds/test.txt")


# -- headline ---------------------------------------------------------------------------------


def test_breadcrumb_glued_to_the_headline_loses_to_the_clean_headline():
    """Old rule: of two adjacent title-shaped lines the first was the headline, so a breadcrumb
    run together with the headline ("Trang chủTin tức...") won."""
    result = parse("Trang chủTin tứcVăn hóa" + TITLE, TITLE, SAPO, *BODY)
    assert result.article.title == TITLE
    assert result.article.title_derived is False


def test_the_headline_under_a_masthead_and_section_label_wins():
    result = parse("Báo Đồng Bằng Online", "Văn hóa", TITLE, SAPO, *BODY)
    assert result.article.title == TITLE
    assert result.article.lead == SAPO


def test_headline_followed_by_its_stamp_beats_a_teaser_above():
    teaser = "Người trẻ mang nghề đan lát lên sàn thương mại điện tử"
    result = parse(teaser, "", TITLE, "08:15 | 14/05/2025", SAPO, *BODY)
    assert result.article.title == TITLE


def test_a_motto_alone_above_the_lead_is_never_the_headline():
    result = parse("Độc lập - Tự do - Hạnh phúc", SAPO, *BODY)
    assert result.article.title_derived is True


# -- publication date ---------------------------------------------------------------------------


def test_stamp_with_weekday_and_view_counter_gives_the_minute():
    """Old rule: the stamp line was not read (weekday between time and date, a counter after
    it), so the lead's dateline gave day and month only."""
    stamp = "07:40 - Thứ Sáu, 16/05/2025 Lượt xem: 315 In bài viết"
    lead = "Sáng 16/5, " + SAPO[0].lower() + SAPO[1:]
    result = parse(TITLE, stamp, lead, *BODY)
    assert result.article.date is not None
    assert result.article.date.iso() == "2025-05-16T07:40:00+07:00"


def test_outlet_glued_to_a_date_under_the_sapo_is_the_date():
    """Old rule: only a line read as a stamp under the sapo counted; "<outlet>•<date>" was not."""
    result = parse(TITLE, SAPO, "Báo Đồng Bằng•16/05/2025", *BODY)
    assert result.article.date is not None
    assert result.article.date.iso() == "2025-05-16"


def test_viewing_date_widget_with_search_box_is_never_the_date():
    widget = "Thứ Sáu, ngày 16 tháng 05 năm 2025 Tìm kiếm"
    result = parse("Cổng thông tin điện tử huyện", widget, TITLE, SAPO, *BODY)
    assert result.article.date is None


def test_dates_in_a_caption_under_the_lead_are_not_the_date():
    caption = "Du khách xem nghệ nhân nặn gốm ngày 10/05/2025. (Ảnh: Thu Hà)"
    result = parse(TITLE, SAPO, caption, *BODY)
    assert result.article.date is None


# -- listings found by their story cards --------------------------------------------------------


def test_story_cards_opening_with_their_stamps_make_a_listing():
    """Old rule: the first card's headline became the page's headline and its label and author
    lines were dropped as header chrome (lost body lines)."""
    cards = []
    for headline, stamp, lead in (
        ("Làng nghề dệt thổ cẩm nhận đơn hàng lớn", "20:10, 03/03/2025", SAPO),
        ("Xã vùng cao mở lớp dạy nghề mây tre", "09:30, 27/02/2025", BODY[0]),
        ("Chợ phiên biên giới nhộn nhịp đầu năm", "15:45, 20/02/2025", BODY[1]),
    ):
        cards += [headline, "Kinh tế -", "Lan Anh -", f"{stamp} {lead}"]
    result = parse("Báo Đồng Bằng", "Làng nghề truyền thống", *cards)
    assert result.article.title == "Làng nghề truyền thống"
    assert result.article.date is None
    # the cards' headlines, labels and author lines stay in the page's text
    assert "dropped:header-chrome" not in [role for no, role in result.roles.items() if no > 3]
    assert all(role != "title" for no, role in result.roles.items() if no > 3)


def test_a_card_headline_printed_twice_does_not_become_the_heading():
    cards = []
    for headline, lead in (
        ("Hai tỉnh biên giới ký kế hoạch phối hợp năm mới", SAPO),
        ("Học viên nước bạn tốt nghiệp khóa bồi dưỡng nghiệp vụ", BODY[0]),
        ("Phối hợp tuần tra chung trên tuyến biên giới", BODY[1]),
    ):
        cards += [headline, headline, "ĐB - " + lead]
    result = parse("Báo Đồng Bằng", "Hợp tác biên giới", *cards)
    assert result.article.title == "Hợp tác biên giới"


# -- the model machinery ------------------------------------------------------------------------


def _model(weight: float, threshold: float = 0.5) -> LinearModel:
    return LinearModel(("x",), (weight,), 0.0, (0.0,), (1.0,), threshold)


def test_choose_takes_the_best_candidate_and_none_under_the_threshold():
    candidates = [Candidate("a", "a", {"x": -1.0}), Candidate("b", "b", {"x": 2.0})]
    with using_models({"title": _model(1.0), "date": _model(1.0)}):
        assert choose("title", candidates).chosen.item == "b"
    with using_models({"title": _model(1.0, threshold=0.99), "date": _model(1.0)}):
        assert choose("title", candidates).chosen is None
    with using_models({"title": _model(1.0), "date": _model(1.0)}):
        assert choose("title", []).chosen is None


def test_recording_collects_every_choice_of_a_parse():
    with recording() as calls:
        parse(TITLE, SAPO, *BODY)
    kinds = [kind for kind, _ in calls]
    assert "title" in kinds
    titles = [candidate.text for kind, candidates in calls if kind == "title" for candidate in candidates]
    assert TITLE in titles


def test_models_survive_a_round_trip_and_the_shipped_file_loads():
    models = {"title": _model(0.5, 0.3), "date": _model(-1.0)}
    again = load_models(dump_models(models, {"note": "test"}))
    assert again["title"].threshold == 0.3 and again["date"].weights == (-1.0,)
    shipped = shipped_models()
    assert set(shipped) == {"title", "date"}
    assert all(len(m.features) == len(m.weights) for m in shipped.values())


def test_site_folds_keep_a_site_together_and_are_deterministic():
    from seed_articles.evaluation.crossval import site_folds

    fixtures = [
        SimpleNamespace(gold=SimpleNamespace(site=site))
        for site in ["a", "a", "a", "b", "b", "c", "d", "d", "e", "f"]
    ]
    folds = site_folds(fixtures, 3)
    assert folds == site_folds(list(reversed(fixtures)), 3)
    assert sorted(site for fold in folds for site in fold) == ["a", "b", "c", "d", "e", "f"]
    assert len(folds) == 3 and all(folds)
