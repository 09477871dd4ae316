"""``inspect``: the report shows metadata, structure and dropped lines with their rules."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from seed_articles.inspect_cli import run_inspect

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def report(path: Path, root: Path = REPO) -> tuple[int, str]:
    console = Console(record=True, width=200, color_system=None, force_terminal=False)
    code = run_inspect(path, root, console=console)
    return code, console.export_text()


def test_inspect_real_seed():
    (path,) = SEEDS.glob("000_*.txt")
    code, text = report(path)
    assert code == 0
    assert "seeds/000_8d445e79f0f1066f.txt" in text
    assert "Đẩy mạnh đối ngoại quốc phòng góp phần bảo vệ Tổ quốc từ sớm, từ xa" in text
    assert "2024-12-09T14:27:00+07:00 (precision minute" in text
    assert "Minh Đức" in text and "Truyền thông" in text
    assert "heading" in text and "Tăng cường đối ngoại quốc phòng trong tình hình mới" in text
    assert "picture1.png" in text and "1-7-.jpg" in text
    assert "Dropped lines (27)" in text
    for rule in ("related-block", "title-repeat", "footer"):
        assert rule in text
    assert "byline" in text  # line 5 read as metadata


def test_inspect_shows_inferred_year_and_derived_title():
    (path,) = SEEDS.glob("004_*.txt")
    assert "inferred: year" in report(path)[1]
    (path,) = SEEDS.glob("001_*.txt")
    text = report(path)[1]
    assert "(derived from the lead)" in text
    assert "teaser" in text


def test_inspect_reports_a_bad_seed(tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x00\x01binary")
    code, text = report(path, tmp_path)
    assert code == 1
    assert "Cannot parse" in text and "bad.txt" in text and "NUL" in text


def test_inspect_reports_a_bad_sidecar(tmp_path: Path):
    (source,) = SEEDS.glob("002_*.txt")
    seed = tmp_path / source.name
    shutil.copyfile(source, seed)
    seed.with_suffix(".yml").write_text("colour: red\n", encoding="utf-8")
    code, text = report(seed, tmp_path)
    assert code == 1
    assert "unknown key 'colour'" in text


def test_inspect_command_line():
    (path,) = SEEDS.glob("002_*.txt")
    completed = subprocess.run(
        [sys.executable, "-m", "seed_articles", "inspect", str(path)],
        cwd=REPO,
        env={"PYTHONPATH": str(REPO / "plugins"), "COLUMNS": "160", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Bqp.vn" in completed.stdout
    assert "Thùy Linh" in completed.stdout
