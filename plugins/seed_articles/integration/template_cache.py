"""Compiled theme templates kept between `mkdocs serve` rebuilds (a Jinja bytecode cache)."""

from __future__ import annotations

import hashlib
import weakref

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


def _compile_options(environment: Environment) -> str:
    """What Jinja's compiler reads of an environment besides a template's source.

    Lexer and code-generator settings, extensions, and how each filter and test is
    called (context, environment...), which the compiled code fixes.
    """
    finalize = environment.finalize
    return repr(
        (
            type(environment).__module__,
            type(environment).__qualname__,
            environment.sandboxed,
            sorted(getattr(environment, "intercepted_binops", ())),  # sandboxed environments only
            sorted(getattr(environment, "intercepted_unops", ())),
            environment.code_generator_class.__qualname__,
            environment.block_start_string,
            environment.block_end_string,
            environment.variable_start_string,
            environment.variable_end_string,
            environment.comment_start_string,
            environment.comment_end_string,
            environment.line_statement_prefix,
            environment.line_comment_prefix,
            environment.trim_blocks,
            environment.lstrip_blocks,
            environment.newline_sequence,
            environment.keep_trailing_newline,
            environment.optimized,
            environment.is_async,
            None if finalize is None else repr(getattr(finalize, "jinja_pass_arg", None)),
            environment.autoescape,  # a bool: a function of the name is never kept (see on_env)
            sorted(environment.extensions),
            sorted(
                (name, repr(getattr(f, "jinja_pass_arg", None))) for name, f in environment.filters.items()
            ),
            sorted((name, repr(getattr(f, "jinja_pass_arg", None))) for name, f in environment.tests.items()),
        )
    )


class TemplateCodeCache(BytecodeCache):
    """Compiled theme templates kept between `mkdocs serve` rebuilds.

    MkDocs makes a new Jinja environment for every build, which compiles the
    theme's templates again (a second or two per rebuild). Jinja checks a kept
    template against a digest of its source, so an edited template is compiled
    again; the key also holds :func:`_compile_options`, so a kept one is never
    used by an environment that would compile it differently.

    The options are computed once per environment (a build loads some fifty
    templates through one), again only if its filters, tests or extensions
    were added to or removed from since. A filter replaced under the same name
    after the environment loaded a template is not seen: plugins change the
    environment in ``on_env``, before MkDocs loads any template.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self._options = ""
        self._options_of: weakref.ref[Environment] | None = None  # the environment _options describe
        self._options_shape: tuple[int, int, int] = (0, 0, 0)
        self.options_computed = 0  # how many times _compile_options ran (for the tests)

    def _options_for(self, environment: Environment) -> str:
        shape = (len(environment.filters), len(environment.tests), len(environment.extensions))
        known = self._options_of() if self._options_of is not None else None
        if known is not environment or shape != self._options_shape:
            self._options = _compile_options(environment)
            self._options_of = weakref.ref(environment)
            self._options_shape = shape
            self.options_computed += 1
        return self._options

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        self._options_for(environment)
        return super().get_bucket(environment, name, filename, source)

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha256(repr((self._options, name, filename)).encode("utf-8")).hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
