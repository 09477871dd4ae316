"""The corpus evaluation: gold validation, comparison rules and every scored field.

Each field is shown both ways: a gold the output agrees with scores right,
a gold it disagrees with scores a miss (a check that cannot fail measures
nothing). The fixtures are our own sentences, written here.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from seed_articles.build.types import ArticleRecord, SiteBuild
from seed_articles.evaluation import CorpusError, GoldError, evaluate, failures
from seed_articles.evaluation.compare import as_line, same_definition, squeezed
from seed_articles.evaluation.corpus import CorpusRun, Fixture
from seed_articles.evaluation.dates import components, date_matches, gold_iso, is_invented
from seed_articles.evaluation.gold import load_gold, parse_gold
from seed_articles.evaluation.results import Scores
from seed_articles.evaluation.scoring import evaluate_run
from seed_articles.model import ArticleDate, ParsedArticle

SEED = """\
Trang chủ > Quốc phòng
Hải đội dân quân biển tập huấn cứu hộ trên vùng biển phía Bắc
Thứ Sáu, 27/12/2024 14:27
(QĐND) - Sáng 27/12, hải đội dân quân thường trực tỉnh ven biển tổ chức buổi tập huấn cứu hộ, cứu nạn cho hơn 60 cán bộ, chiến sĩ.
Nội dung tập huấn gồm kỹ năng sơ cứu người bị đuối nước, cách điều khiển xuồng cao tốc khi sóng lớn và phối hợp với Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải (MRCC).
Theo ban tổ chức, các tình huống được xây dựng sát với thực tế mùa mưa bão vừa qua, giúp lực lượng dân quân chủ động hơn khi tàu cá gặp nạn.
Kết thúc buổi tập, đơn vị rút kinh nghiệm và đề xuất bổ sung phao cứu sinh cho các tổ trực ở đảo nhỏ./.
MINH ANH
Xem thêm: Dân quân biển luyện tập ứng phó bão số 9
"""
TITLE = "Hải đội dân quân biển tập huấn cứu hộ trên vùng biển phía Bắc"
MORE_LINK = "Xem thêm: Dân quân biển luyện tập ứng phó bão số 9"

GOLD = {
    "site": "mau",
    "kind": "article",
    "title": TITLE,
    "title_source": "text",
    "date": "2024-12-27T14:27",
    "date_precision": "minute",
    "authors": ["Minh Anh"],
    "source": "QĐND",
    "meta": ["Trang chủ > Quốc phòng", TITLE, "Thứ Sáu, 27/12/2024 14:27", "MINH ANH"],
    "chrome": [MORE_LINK],
    "abbreviations": [],
    "topic": None,
}


def write_corpus(root: Path, fixtures: dict[str, tuple[str, dict]]) -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "gold").mkdir(parents=True, exist_ok=True)
    for name, (text, gold) in fixtures.items():
        (root / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "gold" / f"{name}.yml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    return root


def score_one(tmp_path: Path, **changes) -> Scores:
    evaluation = evaluate(write_corpus(tmp_path, {"mau-1": (SEED, {**GOLD, **changes})}))
    return evaluation.per_fixture["mau-1"]


def right(scores: Scores, field: str) -> tuple[int, int]:
    tally = scores.fields[field]
    return tally.right, tally.checked


# -- the real pipeline on a small corpus ---------------------------------------------


def test_a_gold_that_agrees_scores_every_field_right(tmp_path):
    scores = score_one(tmp_path)
    for field in ("title", "date", "authors", "source"):
        assert right(scores, field) == (1, 1), field
    assert right(scores, "chrome removed") == (1, 1)
    assert right(scores, "body kept") == (4, 4)  # lead and three paragraphs
    assert scores.counters == {"invented dates": 0, "body lines lost": 0, "off-topic links": 0}
    assert failures(scores) == []


def test_wrong_title_is_a_miss(tmp_path):
    other = "Hải đội dân quân biển diễn tập cứu hộ"
    scores = score_one(tmp_path, title=other)
    assert right(scores, "title") == (0, 1)
    assert any("title" in reason for reason in failures(scores))


def test_title_compared_after_nfc_and_whitespace(tmp_path):
    import unicodedata

    spaced = "  " + unicodedata.normalize("NFD", TITLE).replace(" ", "   ") + " "
    assert right(score_one(tmp_path, title=spaced), "title") == (1, 1)


def test_derived_title_must_be_flagged(tmp_path):
    # The page has a headline, so the parser does not flag its title derived: a miss.
    scores = score_one(tmp_path, title=None, title_source="derived")
    assert right(scores, "title") == (0, 1)
    # A seed without any headline line: the parser derives the title and says so.
    headless = "\n".join(SEED.splitlines()[3:7]) + "\n"
    gold = {**GOLD, "title": None, "title_source": "derived", "date": None, "date_precision": "none"}
    gold.update(meta=[], chrome=[], source="QĐND", authors=[])
    evaluation = evaluate(write_corpus(tmp_path / "headless", {"mau-1": (headless, gold)}))
    assert right(evaluation.per_fixture["mau-1"], "title") == (1, 1)


def test_wrong_dates_and_invented_dates(tmp_path):
    # Gold minute "14:30": the parser's 14:27 contradicts a stated component → invented.
    scores = score_one(tmp_path, date="2024-12-27T14:30")
    assert right(scores, "date") == (0, 1)
    assert scores.counters["invented dates"] == 1
    # Gold null: any date is invented.
    scores = score_one(tmp_path / "null", date=None, date_precision="none")
    assert scores.counters["invented dates"] == 1
    assert any("invented dates" in reason for reason in failures(scores))


def test_authors_and_source_misses(tmp_path):
    scores = score_one(tmp_path, authors=["minh anh", "Thu Hà"], source="VOV")
    assert right(scores, "authors") == (0, 1)
    assert right(scores, "source") == (0, 1)
    scores = score_one(tmp_path / "case", authors=["minh ANH"], source="(qđnd) -")
    assert right(scores, "authors") == (1, 1)
    assert right(scores, "source") == (1, 1)


def test_chrome_kept_in_the_body_is_a_miss(tmp_path):
    paragraph = "Theo ban tổ chức, các tình huống được xây dựng sát với thực tế mùa mưa bão vừa qua, giúp lực lượng dân quân chủ động hơn khi tàu cá gặp nạn."
    scores = score_one(tmp_path, chrome=[MORE_LINK, paragraph])
    assert right(scores, "chrome removed") == (1, 2)
    assert right(scores, "body kept") == (3, 3)


def test_body_line_dropped_is_lost(tmp_path):
    # Without the "Xem thêm" line in chrome the gold calls it body; the parser drops it.
    corpus = write_corpus(tmp_path, {"mau-1": (SEED, {**GOLD, "chrome": []})})
    evaluation = evaluate(corpus)
    scores = evaluation.per_fixture["mau-1"]
    assert right(scores, "body kept") == (4, 5)
    assert scores.counters["body lines lost"] == 1
    (miss,) = [miss for miss in evaluation.misses if miss.field == "body kept"]
    assert miss.fixture == "mau-1" and "line 9" in miss.expected and miss.got.startswith("dropped:")
    assert any("body lines lost" in reason for reason in failures(scores))


def test_chrome_by_line_number(tmp_path):
    assert right(score_one(tmp_path, chrome=[9]), "chrome removed") == (1, 1)
    with pytest.raises(GoldError, match="line 42"):
        score_one(tmp_path / "out", chrome=[42])


def test_gold_line_text_that_matches_nothing_is_an_error(tmp_path):
    with pytest.raises(GoldError, match="chrome") as error:
        score_one(tmp_path, chrome=["Dòng không có trong bài"])
    assert "mau-1.yml" in str(error.value)


def test_abbreviation_recognised_and_defined(tmp_path):
    abbreviation = {"form": "MRCC", "definition": "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải"}
    scores = score_one(tmp_path, abbreviations=[abbreviation])
    # The article defines MRCC itself, so the glossary discovers it with that definition.
    assert right(scores, "abbreviations recognised") == (1, 1)
    assert right(scores, "definitions in glossary") == (1, 1)
    wrong = {"form": "MRCC", "definition": "Hải đội dân quân thường trực"}
    unknown = {"form": "XYZQ", "base": "XYZ", "definition": None}
    scores = score_one(tmp_path / "wrong", abbreviations=[wrong, unknown])
    assert right(scores, "abbreviations recognised") == (1, 2)
    assert right(scores, "definitions in glossary") == (0, 1)


def test_a_seed_without_page_misses_every_field(tmp_path):
    gold = {**GOLD, "meta": [], "chrome": []}
    corpus = write_corpus(tmp_path, {"mau-1": (SEED, gold), "mau-2": ("  \n\n", gold)})
    evaluation = evaluate(corpus)
    scores = evaluation.per_fixture["mau-2"]
    for field in ("title", "date", "authors", "source"):
        assert right(scores, field) == (0, 1), field
    assert [problem.split(":")[0] for problem in evaluation.problems] == ["seeds/mau-2.txt"]


def test_unpaired_files_are_errors(tmp_path):
    corpus = write_corpus(tmp_path, {"mau-1": (SEED, GOLD)})
    (corpus / "seeds" / "mau-2.txt").write_text(SEED, encoding="utf-8")
    with pytest.raises(CorpusError, match="mau-2"):
        evaluate(corpus)
    (corpus / "seeds" / "mau-2.txt").unlink()
    (corpus / "gold" / "mau-3.yml").write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    with pytest.raises(CorpusError, match="mau-3"):
        evaluate(corpus)


def test_cli_exit_code_only_fails_with_check(tmp_path, capsys):
    from seed_articles.cli import main

    corpus = write_corpus(tmp_path, {"mau-1": (SEED, {**GOLD, "title": "Một tiêu đề khác hẳn"})})
    assert main(["evaluate", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "Corpus evaluation: 1 fixtures, 1 sites" in out and "0 / 1" in out
    assert main(["evaluate", str(corpus), "--check", "--verbose", "--by-site"]) == 1
    out = capsys.readouterr().out
    assert "below threshold:" in out and "Một tiêu đề khác hẳn" in out and "Per site" in out
    write_corpus(tmp_path, {"mau-1": (SEED, GOLD)})
    assert main(["evaluate", str(corpus), "--check"]) == 0
    assert "all thresholds met" in capsys.readouterr().out


def test_cli_reports_a_bad_gold_file(tmp_path, capsys):
    from seed_articles.cli import main

    corpus = write_corpus(tmp_path, {"mau-1": (SEED, {**GOLD, "kind": "story"})})
    assert main(["evaluate", str(corpus)]) == 2
    out = capsys.readouterr().out
    assert "mau-1.yml" in out and "'kind'" in out


# -- relations, scored on hand-made build results ------------------------------------


def _fixture(name: str, url: str, related: list[str], topic: str | None, kind: str = "article") -> Fixture:
    bare = {**GOLD, "kind": kind, "topic": topic, "meta": [], "chrome": []}
    gold = parse_gold(bare, Path(f"gold/{name}.yml"))
    article = ParsedArticle(seed=f"seeds/{name}.txt", title=TITLE, lead="")
    record = ArticleRecord(article, name, f"bai-viet/{name}.md", url, meta={"related": related})
    return Fixture(gold, Path(f"seeds/{name}.txt"), article.seed, record, roles={}, lines={})


def _run(fixtures: list[Fixture]) -> CorpusRun:
    build = SiteBuild(articles=[f.record for f in fixtures], pages={}, problems=[])
    return CorpusRun(fixtures, build)


def test_related_recall_counts_ordered_pairs_of_a_topic():
    a = _fixture("mau-1", "a/", ["b/"], "bao-so-9")
    b = _fixture("mau-2", "b/", [], "bao-so-9")  # misses its link back to A
    c = _fixture("mau-3", "c/", ["a/"], None)  # no topic: not checked, linking is allowed
    evaluation = evaluate_run(_run([a, b, c]))
    total = evaluation.total()
    assert (total.fields["related recall"].right, total.fields["related recall"].checked) == (1, 2)
    (miss,) = [m for m in evaluation.misses if m.field == "related recall"]
    assert miss.fixture == "mau-2" and miss.expected == "links to mau-1"
    assert total.counters["off-topic links"] == 0


def test_links_from_or_to_off_topic_fixtures_are_counted():
    a = _fixture("mau-1", "a/", ["x/"], "bao-so-9")  # to an off-topic page
    x = _fixture("mau-2", "x/", ["a/", "y/"], None, kind="off-topic")  # to a/ counts, to y/ (off-topic) not
    y = _fixture("mau-3", "y/", [], None, kind="off-topic")
    total = evaluate_run(_run([a, x, y])).total()
    assert total.counters["off-topic links"] == 2
    assert any("off-topic" in reason for reason in failures(total))


def test_definitions_compare_folded_with_containment():
    fixture = _fixture("mau-1", "a/", [], None)
    fixture.gold = parse_gold(
        {
            **GOLD,
            "meta": [],
            "chrome": [],
            "abbreviations": [
                {
                    "form": "ADMM-19",
                    "base": "ADMM",
                    "definition": "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN",
                },
                {"form": "HADR", "definition": "hỗ trợ nhân đạo và cứu trợ thảm họa"},
            ],
        },
        Path("gold/mau-1.yml"),
    )
    fixture.record.meta["abbreviations"] = ["ADMM"]
    run = _run([fixture])
    run.build.glossary_expansions = {
        "ADMM": ["hội nghị  bộ trưởng quốc phòng các nước ASEAN", "ASEAN Defence Ministers' Meeting"],
        "HADR": ["Humanitarian Assistance and Disaster Relief"],
    }
    scores = evaluate_run(run).per_fixture["mau-1"]
    assert (
        scores.fields["abbreviations recognised"].right,
        scores.fields["abbreviations recognised"].checked,
    ) == (1, 2)
    assert (
        scores.fields["definitions in glossary"].right,
        scores.fields["definitions in glossary"].checked,
    ) == (1, 2)


# -- comparison rules and gold validation ---------------------------------------------


def test_date_rules():
    minute = ArticleDate(2024, 12, 27, 14, 27, precision="minute")
    assert gold_iso("2024-12-27T14:27") == "2024-12-27T14:27:00+07:00"
    assert date_matches("2024-12-27T14:27", "minute", minute)
    assert not date_matches("2024-12-27", "day", minute)
    assert date_matches(None, "none", None)
    month = ArticleDate(2024, 12, precision="month")
    assert not date_matches("2024-12-27", "day", month)
    assert not is_invented("2024-12-27", month)  # less precise, consistent
    assert is_invented("2024-11-27", month)  # contradicts the month
    assert is_invented(None, month)
    assert is_invented("--12-27", ArticleDate(2024, 12, 27, precision="day"))  # a year the text lacks
    assert is_invented("2024-12-27", minute)  # a time the text lacks
    assert not is_invented("--12-27", ArticleDate(None, 12, 27, precision="day-month"))
    assert is_invented("--12-26", ArticleDate(2024, 12, 27, precision="day"))
    assert components("--12-27") == {"month": 12, "day": 27}
    assert components("2024-12-27T14:27:00+07:00") == {
        "year": 2024,
        "month": 12,
        "day": 27,
        "hour": 14,
        "minute": 27,
    }


def test_text_rules():
    assert squeezed("(QĐND) -") == squeezed("qđnd")
    assert squeezed("Báo Nhân Dân") != squeezed("Nhân Dân")
    assert same_definition("đối ngoại quốc phòng", "Đối ngoại  Quốc phòng (Defence diplomacy)")
    assert not same_definition("đối ngoại quốc phòng", "")
    assert as_line("  ADMM \u00a0 ASEAN\tQuốc phòng ") == "ADMM ASEAN Quốc phòng"


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"kind": "story"}, "kind"),
        ({"date": "27/12/2024"}, "date"),
        ({"date": "2024-12-27", "date_precision": "month"}, "date"),
        ({"date": "2024-02-30", "date_precision": "day"}, "date"),
        ({"date": None}, "date_precision"),
        ({"title": None}, "title"),
        ({"authors": "Minh Anh"}, "authors"),
        ({"chrome": [0]}, "chrome"),
        ({"abbreviations": [{"base": "ADMM"}]}, "abbreviations[1].form"),
        ({"colour": "red"}, "colour"),
        ({"site": "khac"}, "site"),
    ],
)
def test_bad_gold_names_file_and_key(tmp_path, change, key):
    path = tmp_path / "gold" / "mau-1.yml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump({**GOLD, **change}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert error.value.key == key
    assert str(path) in str(error.value) and repr(key) in str(error.value)


def test_missing_key_is_an_error(tmp_path):
    path = tmp_path / "mau-1.yml"
    gold = dict(GOLD)
    del gold["topic"]
    path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    with pytest.raises(GoldError, match="'topic'"):
        load_gold(path)


def test_unquoted_yaml_dates_are_read(tmp_path):
    path = tmp_path / "mau-1.yml"
    text = yaml.safe_dump({**GOLD, "date": None}, allow_unicode=True)
    path.write_text(
        text.replace("date: null", "date: 2024-12-27").replace(
            "date_precision: minute", "date_precision: day"
        ),
        encoding="utf-8",
    )
    assert load_gold(path).date == "2024-12-27"
    path.write_text(
        textwrap.dedent(text)
        .replace("date: null", "date: 2024")
        .replace("date_precision: minute", "date_precision: year"),
        encoding="utf-8",
    )
    assert load_gold(path).date == "2024"


def test_definitions_in_other_words_count_only_when_nearly_every_word_is_there() -> None:
    from seed_articles.evaluation.compare import same_definition

    assert same_definition(
        "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng", "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng"
    )
    assert same_definition("thủy quân lục chiến", "Thuỷ quân lục chiến")  # tone mark placed the old way
    assert not same_definition("Liên Hiệp Quốc", "Liên hợp quốc")  # one word in three differs
    assert not same_definition("Bộ Quốc phòng", "Cục Đối ngoại")
