"""The package's structure: imports go down the layers, no cycles, no MkDocs below the adapter.

The contracts live in pyproject.toml ([tool.importlinter]); ``lint-imports`` checks them
against the real import graph. A module missing from the layers would escape them, so the
second test requires every top-level module of the package to be named there.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "plugins" / "seed_articles"


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_module_has_a_layer() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layers,) = [contract["layers"] for contract in contracts if contract["type"] == "layers"]
    named = {part.strip() for layer in layers for part in layer.split("|")}
    top_level = {
        f"seed_articles.{path.stem if path.is_file() else path.name}"
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").is_file()
    }
    assert top_level - named == set(), "modules outside every layer of the import contract"
    assert named - top_level == set(), "layers naming modules that do not exist"
