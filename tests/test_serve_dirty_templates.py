"""Theme templates compiled once per `mkdocs serve` session (integration.template_cache.TemplateCodeCache) render as
freshly compiled ones, are compiled again when their source changes, and are never used by an
environment that would compile them differently."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, pass_context
from seed_articles.integration.template_cache import TemplateCodeCache


def _env(folder: Path, cache: TemplateCodeCache | None, **options) -> Environment:
    env = Environment(loader=FileSystemLoader(str(folder)), auto_reload=False, **options)
    env.filters["shout"] = lambda value: str(value).upper()
    env.bytecode_cache = cache
    return env


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    (tmp_path / "base.html").write_text("<b>{% block body %}{% endblock %}</b>", encoding="utf-8")
    (tmp_path / "main.html").write_text(
        '{% extends "base.html" %}{% block body %}{{ name | shout }} {{ html }}{% endblock %}',
        encoding="utf-8",
    )
    return tmp_path


def _compiles(env: Environment, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    original = env.compile

    def counting(source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return original(source, name, filename, *args, **kwargs)

    monkeypatch.setattr(env, "compile", counting)
    return compiled


def test_a_new_environment_reuses_the_compiled_templates(templates: Path, monkeypatch) -> None:
    cache = TemplateCodeCache()
    context = {"name": "Đối ngoại", "html": "<i>x</i>"}
    first = _env(templates, cache)
    expected = _env(templates, None).get_template("main.html").render(context)
    assert first.get_template("main.html").render(context) == expected

    second = _env(templates, cache)
    compiled = _compiles(second, monkeypatch)
    assert second.get_template("main.html").render(context) == expected
    assert compiled == []

    # An edited template is compiled again (its source digest changed), the other one is not.
    (templates / "main.html").write_text(
        '{% extends "base.html" %}{% block body %}[{{ name }}]{% endblock %}', encoding="utf-8"
    )
    third = _env(templates, cache)
    compiled = _compiles(third, monkeypatch)
    assert third.get_template("main.html").render(context) == "<b>[Đối ngoại]</b>"
    assert compiled == ["main.html"]


def test_other_compile_options_never_reuse_a_template(templates: Path, monkeypatch) -> None:
    cache = TemplateCodeCache()
    context = {"name": "a", "html": "<i>x</i>"}
    _env(templates, cache).get_template("main.html").render(context)

    escaping = _env(templates, cache, autoescape=True)
    assert escaping.get_template("main.html").render(context) == "<b>A &lt;i&gt;x&lt;/i&gt;</b>"

    # A filter that now takes the context is called differently by the compiled code.
    other = _env(templates, cache)
    other.filters["shout"] = pass_context(lambda context, value: f"{value}!")
    compiled = _compiles(other, monkeypatch)
    assert other.get_template("main.html").render(context) == "<b>a! <i>x</i></b>"
    assert "main.html" in compiled
