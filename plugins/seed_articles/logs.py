"""The plugin's loggers, named after their modules under ``mkdocs.plugins``.

This is what ``mkdocs.plugins.get_plugin_logger(__name__)`` does: MkDocs shows
the messages with its own formatting and counts warnings for ``--strict``.
It is rebuilt here because the text core must run without MkDocs; messages
carry the plugin's name as it is written in ``mkdocs.yml``.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

PLUGIN_NAME = "seed-articles"


class _Prefixed(logging.LoggerAdapter):
    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, MutableMapping[str, Any]]:
        return f"{PLUGIN_NAME}: {msg}", kwargs


def get_logger(module_name: str) -> logging.LoggerAdapter:
    """The logger of ``module_name`` (pass ``__name__``)."""
    return _Prefixed(logging.getLogger(f"mkdocs.plugins.{module_name}"), {})
