"""The template cache of `mkdocs serve` (integration.template_cache.TemplateCodeCache) computes an
environment's compile options once, not for every template it loads, and again only for another
environment or once filters, tests or extensions were added: what it renders stays what a freshly
compiled template renders."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, pass_context
from seed_articles.integration.template_cache import TemplateCodeCache


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    (tmp_path / "base.html").write_text("<b>{% block body %}{% endblock %}</b>", encoding="utf-8")
    for n in range(5):
        (tmp_path / f"page{n}.html").write_text(
            '{% extends "base.html" %}{% block body %}' + str(n) + " {{ name | shout }}{% endblock %}",
            encoding="utf-8",
        )
    return tmp_path


def _env(folder: Path, cache: TemplateCodeCache | None) -> Environment:
    env = Environment(loader=FileSystemLoader(str(folder)), auto_reload=False)
    env.filters["shout"] = lambda value: str(value).upper()
    env.bytecode_cache = cache
    return env


def _render_all(env: Environment) -> list[str]:
    return [env.get_template(f"page{n}.html").render(name="Đối ngoại") for n in range(5)]


def test_options_are_computed_once_per_environment(templates: Path) -> None:
    cache = TemplateCodeCache()
    expected = _render_all(_env(templates, None))
    assert _render_all(_env(templates, cache)) == expected  # six templates loaded, base included
    assert cache.options_computed == 1
    assert _render_all(_env(templates, cache)) == expected  # a rebuild: its new environment
    assert cache.options_computed == 2


def test_a_filter_added_after_the_first_template_is_seen(templates: Path) -> None:
    cache = TemplateCodeCache()
    _render_all(_env(templates, cache))
    env = _env(templates, cache)
    assert env.get_template("page0.html").render(name="a") == "<b>0 A</b>"
    # A plugin adds a context filter after the environment loaded a template: a template loaded
    # now is compiled for it, not taken from the other environment's compiled code.
    env.filters["shout"] = pass_context(lambda context, value: f"{value}!")
    env.filters["other"] = str
    assert env.get_template("page1.html").render(name="a") == "<b>1 a!</b>"
    assert cache.options_computed == 3
