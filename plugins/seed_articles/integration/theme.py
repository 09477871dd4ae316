"""Hook the plugin's templates into the theme without copying any of the theme's own.

The theme's ``base.html`` stays the root of every page. The plugin serves its
own small ``base.html`` in its place, which extends the theme's (reachable as
``seed-articles-theme/base.html``) and only adds to documented blocks
(``extrahead``, ``scripts``) with ``super()``. A site's ``main.html`` still
extends ``base.html`` and overrides blocks as before, and a theme upgrade
changes nothing here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jinja2 import BaseLoader, Environment, FileSystemLoader, TemplateNotFound

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
UPSTREAM_PREFIX = "seed-articles-theme/"
WRAPPED = "base.html"
OUR_BASE = "seed-articles/base.html"

Source = tuple[str, str | None, Callable[[], bool] | None]


class WrappingLoader(BaseLoader):
    """Our templates first, then the theme's; our ``base.html`` wraps the theme's."""

    def __init__(self, upstream: BaseLoader) -> None:
        self.ours = FileSystemLoader(str(TEMPLATES_DIR))
        self.upstream = upstream

    def get_source(self, environment: Environment, template: str) -> Source:
        if template == WRAPPED:
            return self.ours.get_source(environment, OUR_BASE)
        if template.startswith(UPSTREAM_PREFIX):
            return self.upstream.get_source(environment, template.removeprefix(UPSTREAM_PREFIX))
        if template.startswith("seed-articles/"):
            return self.ours.get_source(environment, template)
        return self.upstream.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return sorted({*self.upstream.list_templates(), *self.ours.list_templates()})


def has_template(environment: Environment, name: str) -> bool:
    try:
        environment.loader.get_source(environment, name)  # type: ignore[union-attr]
    except TemplateNotFound:
        return False
    return True


def wrap_theme(environment: Environment) -> bool:
    """Install :class:`WrappingLoader`; False when the theme has no ``base.html`` to extend."""
    loader = environment.loader
    if loader is None or isinstance(loader, WrappingLoader) or not has_template(environment, WRAPPED):
        return False
    environment.loader = WrappingLoader(loader)
    return True
