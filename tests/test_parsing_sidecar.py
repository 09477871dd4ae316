"""Sidecar YAML next to a seed: overrides win, passages can be kept or dropped, errors are precise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from seed_articles.parsing import SeedError, parse_seed, parse_sidecar

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def copy_seed(tmp_path: Path, prefix: str) -> Path:
    (source,) = SEEDS.glob(f"{prefix}_*.txt")
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    return target


def parse_with(tmp_path: Path, prefix: str, sidecar: str):
    seed = copy_seed(tmp_path, prefix)
    seed.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    return parse_seed(seed, f"seeds/{seed.name}")


def test_front_matter_overrides_win(tmp_path: Path):
    article = parse_with(
        tmp_path,
        "001",
        "title: Kiên định chính sách quốc phòng “bốn không”\n"
        "date: 2021-12-07\n"
        "authors: [Phóng viên QĐND]\n"
        "source: qdnd.vn\n"
        "category: Quốc phòng\n"
        "summary: Tóm tắt do biên tập viên viết.\n"
        "tags: [đối ngoại quốc phòng, ASEAN]\n"
        "slug: bon-khong-2021\n",
    )
    assert article.title == "Kiên định chính sách quốc phòng “bốn không”"
    assert article.title_derived is False
    assert article.date is not None and article.date.iso() == "2021-12-07"
    assert article.date.inferred == ()
    assert article.authors == ["Phóng viên QĐND"]
    assert (article.source, article.category) == ("qdnd.vn", "Quốc phòng")
    assert article.overrides == {
        "title": "Kiên định chính sách quốc phòng “bốn không”",
        "date": "2021-12-07",
        "authors": ["Phóng viên QĐND"],
        "source": "qdnd.vn",
        "category": "Quốc phòng",
        "summary": "Tóm tắt do biên tập viên viết.",
        "tags": ["đối ngoại quốc phòng", "ASEAN"],
        "slug": "bon-khong-2021",
    }


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        ('"2024-12-09 14:27"', "2024-12-09T14:27:00+07:00", "minute"),
        ("2024-12-09T14:27:00+07:00", "2024-12-09T14:27:00+07:00", "minute"),
        ('"09/12/2024"', "2024-12-09", "day"),
        ('"2024-12"', "2024-12", "month"),
        ("2024", "2024", "year"),
    ],
)
def test_date_forms(value, iso, precision):
    sidecar = parse_sidecar(f"date: {value}\n", "seeds/x.yml")
    assert sidecar.date is not None
    assert (sidecar.date.iso(), sidecar.date.precision) == (iso, precision)


def test_keep_restores_a_dropped_passage_and_drop_removes_one(tmp_path: Path):
    article = parse_with(
        tmp_path,
        "001",
        "keep:\n  - Quân đội là lực lượng nòng cốt\ndrop: [Đặc biệt, năm 2020, Bộ Quốc phòng]\n",
    )
    texts = [block.text for block in article.blocks]
    assert any(text.startswith("Quân đội là lực lượng nòng cốt") for text in texts)
    rules = {line.line: line.rule for line in article.dropped}
    assert rules[6] == "sidecar-drop"
    assert 18 not in rules
    assert not any(text.startswith("Đặc biệt, năm 2020") for text in texts)


def test_fragments_ignore_case_and_diacritics_and_unmatched_ones_warn(tmp_path: Path):
    article = parse_with(
        tmp_path, "004", "drop: ['dang chu y, HOAT DONG gin giu']\nkeep: [không có dòng này]\n"
    )
    rules = {line.line: line.rule for line in article.dropped}
    assert rules[23] == "sidecar-drop"
    assert any("keep fragment" in warning for warning in article.warnings)


def test_unknown_key_names_file_key_and_line(tmp_path: Path):
    with pytest.raises(SeedError) as error:
        parse_with(tmp_path, "002", "title: A\nauthor: Thùy Linh\n")
    assert "seeds/002_e15f26f2c3d01ef0.yml" in error.value.message
    assert "'author'" in error.value.message
    assert error.value.line == 2


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("title: [a, b]\n", "title", 1),
        ("\ndate: yesterday\n", "date", 2),
        ("authors: 5\n", "authors", 1),
        ("tags: [ok, 3]\n", "tags", 1),
        ("slug: Not A Slug\n", "slug", 1),
        ("keep: {a: b}\n", "keep", 1),
    ],
)
def test_wrong_types(text, key, line):
    with pytest.raises(SeedError, match=f"key '{key}' must be") as error:
        parse_sidecar(text, "seeds/x.yml")
    assert error.value.line == line
    assert "seeds/x.yml" in error.value.message


def test_broken_yaml_reports_its_line():
    with pytest.raises(SeedError, match="broken YAML") as error:
        parse_sidecar("title: ok\ntags: [a, b\nslug: x\n", "seeds/x.yml")
    assert error.value.line == 3
    assert error.value.message.startswith("seeds/x.yml")


def test_not_a_mapping_and_empty():
    with pytest.raises(SeedError, match="mapping"):
        parse_sidecar("- a\n- b\n", "seeds/x.yml")
    assert parse_sidecar("", "seeds/x.yml").fields == {}
