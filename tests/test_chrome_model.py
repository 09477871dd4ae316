"""The chrome line model (:mod:`seed_articles.parsing.line_features`) on invented pages.

The text is made up for these tests (a pottery village); no line comes from a real article.
"""

from __future__ import annotations

from seed_articles.parsing import parse_result
from seed_articles.parsing.choice import LinearModel, load_models, recording, shipped_models, using_models
from seed_articles.parsing.line_features import CHROME_MODEL, LineContext, chrome_features, never_dropped
from seed_articles.parsing.lines import split_lines

PROSE_1 = (
    "Sáng sớm, những lò nung ở làng gốm ven sông đã đỏ lửa, khói bay lên hòa vào làn sương mỏng "
    "trên mặt nước, và các nghệ nhân bắt đầu một ngày làm việc quen thuộc bên bàn xoay."
)
PROSE_2 = (
    "Theo những người lớn tuổi trong làng, mỗi mẻ gốm cần ba ngày ba đêm canh lửa liên tục, "
    "chỉ cần lơ là một giờ là cả lò có thể nứt vỡ và công sức của nhiều tuần đổ xuống sông."
)
PROSE_3 = (
    "Những năm gần đây, lớp thợ trẻ đưa thêm men màu mới và mở các lớp học cho khách du lịch, "
    "giúp sản phẩm của làng có mặt ở nhiều cửa hàng trong và ngoài tỉnh."
)
QUOTE = "“Làm gốm là giữ lửa cho làng.”"
HEADING = "Nghề cũ, lối mới"
CAPTION = "Bà Tư bên lò nung cũ. Ảnh: Minh Khoa"
FURNITURE = ["Gốm men lam cổ", "Chợ phiên bến sông", "Đèn lồng giấy dó", "Lễ hội mùa gặt 2031"]

PAGE = "\n".join(
    [
        "Giữ lửa lò gốm bên sông",
        "",
        "Làng gốm ven sông vẫn giữ nghề truyền thống hơn hai trăm năm qua bằng đôi tay của nhiều thế hệ thợ.",
        "",
        PROSE_1,
        "",
        CAPTION,
        "",
        PROSE_2,
        "",
        *FURNITURE,
        "",
        QUOTE,
        "",
        HEADING,
        "",
        PROSE_3,
    ]
)

# A hand-set model over the general shapes (a run of short lines is furniture; a lone short
# line or a sentence is not): it tests the machinery and the guards, whatever the shipped
# weights are.
SHAPES = LinearModel(("short_run", "ends_sentence"), (10.5, -6.0), -4.0, (0.0,) * 2, (1.0,) * 2, 0.9)
EVERYTHING = LinearModel(("short",), (0.0,), 10.0, (0.0,), (1.0,), 0.5)  # every candidate is chrome


def _roles(models: dict[str, LinearModel] | None) -> dict[str, str]:
    if models is None:
        result = parse_result(PAGE, "seeds/gom.txt")
    else:
        with using_models(models):
            result = parse_result(PAGE, "seeds/gom.txt")
    texts = {line.no: line.text for line in split_lines(PAGE) if line.text}
    return {texts[no]: role for no, role in result.roles.items()}


def _with(chrome: LinearModel) -> dict[str, LinearModel]:
    return {**shipped_models(), "chrome": chrome}


def test_furniture_of_no_named_shape_is_dropped_by_the_model() -> None:
    without = _roles({kind: model for kind, model in shipped_models().items() if kind != "chrome"})
    assert all(without[text] == "block" for text in FURNITURE)  # no rule names these lines
    roles = _roles(_with(SHAPES))
    assert all(roles[text] == f"dropped:{CHROME_MODEL}" for text in FURNITURE)


def test_prose_and_short_body_lines_are_kept() -> None:
    roles = _roles(_with(SHAPES))
    for text in (PROSE_1, PROSE_2, PROSE_3, QUOTE, HEADING):
        assert roles[text] == "block", text
    assert roles[CAPTION] == "block"


def test_guards_hold_whatever_the_model_says() -> None:
    roles = _roles(_with(EVERYTHING))
    for text in (PROSE_1, PROSE_2, PROSE_3, CAPTION):
        assert roles[text] == "block", text
    assert roles[HEADING] == f"dropped:{CHROME_MODEL}"  # short lines are the model's to judge
    assert never_dropped(PROSE_1) and never_dropped(CAPTION) and never_dropped("anh-lo-gom-1.jpg")
    assert not never_dropped(HEADING) and not never_dropped(FURNITURE[0])


def test_no_chrome_model_drops_nothing() -> None:
    roles = _roles({kind: model for kind, model in shipped_models().items() if kind != "chrome"})
    assert not any(role == f"dropped:{CHROME_MODEL}" for role in roles.values())


def test_model_file_loads() -> None:
    models = shipped_models()
    assert {"title", "date"} <= set(models)
    for model in models.values():
        assert len(model.features) == len(model.weights) == len(model.means) == len(model.scales)
    text = (
        '{"chrome": {"features": ["short"], "weights": [1.0], "bias": 0.0, "means": [0.0], "scales": [0.0]}}'
    )
    loaded = load_models(text)["chrome"]
    assert loaded.scales == (1.0,) and loaded.threshold == 0.5


def test_features_are_deterministic_and_recorded() -> None:
    content = [line for line in split_lines(PAGE) if line.text]
    context = LineContext(content, {content[1].no: "lead"}, content[1].no, {}, set())
    indices = list(range(len(content)))
    first = chrome_features(context, indices)
    second = chrome_features(context, indices)
    assert [candidate.features for candidate in first] == [candidate.features for candidate in second]
    assert all(list(c.features) == list(first[0].features) for c in first)  # same names, same order
    with recording() as calls:
        parse_result(PAGE, "seeds/gom.txt")
    chrome_calls = [candidates for kind, candidates in calls if kind == "chrome"]
    assert chrome_calls and {candidate.text for candidate in chrome_calls[0]} >= set(FURNITURE)


def _rows(sites: int = 10) -> list:
    from seed_articles.parsing.choice import Candidate

    rows = []
    for site in range(sites):
        for step in range(6):  # furniture: runs of short lines, no sentence end
            features = {"short_run": 0.5 + step / 12, "ends_sentence": 0.0}
            rows.append((Candidate(step, f"nhãn {step}", features), 1, f"site-{site}"))
        for step in range(6):  # body: sentences, alone
            features = {"short_run": step / 24, "ends_sentence": 1.0}
            rows.append((Candidate(10 + step, f"câu {step}.", features), 0, f"site-{site}"))
    return rows


def test_line_model_fit_is_deterministic_and_keeps_body() -> None:
    from seed_articles.evaluation.train import fit_lines

    rows = _rows()
    first, second = fit_lines(rows), fit_lines(rows)
    assert first == second
    assert 0.5 <= first.threshold <= 1.0
    for candidate, label, _ in rows:
        assert (first.probability(candidate.features) >= first.threshold) == bool(label)
