"""openapi-python-client's own CLI, run the way `make generate` runs it: same arguments, same output.

    python scripts/generator_cli.py generate --path spec.json ...   (as ``openapi-python-client``)

What it changes is only how long the run takes:

- compiled templates are kept between runs (jinja2's bytecode cache, in its per-user directory under
  the system temp dir): the generator otherwise compiles its ~25 templates on every run, about a
  fifth of a one-version generation. A cache entry is used only for the same template source and the
  same environment (generator and jinja2 versions, lexer settings, extensions, filters: ``_cache``).
- no cyclic garbage collection during the run: the generator allocates millions of short-lived
  objects that reference counting frees, and the collector's passes over them cost ~15%.

``patched()`` does both for an in-process run (scripts/generate.py, one version) and also keeps the
generator's GeneratorData, so the typed layer reads the spec through it instead of parsing it again.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import sys
from collections.abc import Iterator
from typing import Any

import openapi_python_client
from jinja2 import FileSystemBytecodeCache
from jinja2 import __version__ as jinja_version


def _cache(env: Any) -> FileSystemBytecodeCache:
    """The bytecode cache for ``env``: entries named by everything compiled code depends on beside the
    template source (jinja2 checks that itself)."""
    settings = (  # the lexer's settings are those jinja2.lexer.get_lexer keys its lexers by
        openapi_python_client.__version__,
        jinja_version,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        repr(env.autoescape),
        sorted(env.extensions),
        sorted(env.filters),
        sorted(env.tests),
    )
    digest = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    return FileSystemBytecodeCache(pattern=f"flexport-generate-{digest}-%s.cache")


@contextlib.contextmanager
def patched() -> Iterator[list[Any]]:
    """Within: the generator caches compiled templates, the collector is off, and each Project's
    GeneratorData is appended to the yielded list.

    The CLI builds its Project through ``openapi_python_client._get_project_for_url_or_path`` (0.29.1,
    pinned in pyproject.toml). Should a later generator rename it, nothing is kept or cached (the
    typed layer then parses the spec itself) and the output is the same.
    """
    real = getattr(openapi_python_client, "_get_project_for_url_or_path", None)
    kept: list[Any] = []
    was_enabled = gc.isenabled()
    gc.disable()
    if real is not None:

        def project_for(*args: Any, **kwargs: Any) -> Any:
            project = real(*args, **kwargs)
            env = getattr(project, "env", None)
            if env is not None and env.bytecode_cache is None:
                with contextlib.suppress(OSError, RuntimeError):  # no safe temp dir: compile as before
                    env.bytecode_cache = _cache(env)
            kept.append(getattr(project, "openapi", None))
            return project

        openapi_python_client._get_project_for_url_or_path = project_for
    try:
        yield kept
    finally:
        if real is not None:
            openapi_python_client._get_project_for_url_or_path = real
        if was_enabled:
            gc.enable()


def main(argv: list[str]) -> None:
    """The CLI in a process of its own: the collector stays off to the end, and what the run left is
    frozen so that the interpreter's exit does not traverse it (a full collection, ~0.2 s)."""
    from openapi_python_client.cli import app

    gc.disable()
    try:
        with patched():
            app(argv, prog_name="openapi-python-client")
    finally:
        gc.freeze()


if __name__ == "__main__":
    main(sys.argv[1:])
