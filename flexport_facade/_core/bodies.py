"""The run-time check of a dict request body against its schema's keys (``bodies.json``).

A generated ``Model.from_dict`` keeps unknown keys as ``additional_properties`` and sends them, so a
misspelt ``"dimensons"`` would reach the API unnoticed, and a missing required key fails with a bare
``KeyError`` naming one key. This names every unknown key (with the closest known ones) and every
missing required key at once, down nested objects and lists, before anything is sent.
``make generate`` writes ``bodies.json`` beside ``operations.json`` (scripts/typed_layer.py).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from flexport_facade._core.operations import package_dir

Schemas = dict[str, dict[str, Any]]


@functools.cache
def schemas_for(package: str) -> Schemas:
    """The package's body key lists; empty when the package has none (an older generation)."""
    root = package_dir(package)
    path = root / "bodies.json" if root is not None else None
    if path is None or not path.is_file():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def body_problems(schemas: Schemas, model: str, body: Mapping[str, Any], where: str = "") -> list[str]:
    """What is wrong with ``body`` as ``model``'s JSON: one line per unknown or missing key."""
    schema = schemas.get(model)
    if schema is None:
        return []
    known: dict[str, str | None] = schema.get("properties", {})
    problems: list[str] = []
    if schema.get("closed"):
        import difflib  # only when a body is checked: not part of constructing a client

        for key in body:
            if key not in known:
                close = difflib.get_close_matches(str(key), list(known), n=3, cutoff=0.6)
                hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
                problems.append(f"unknown key {where + str(key)!r}{hint}")
    missing = [key for key in schema.get("required", []) if key not in body]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        problems.append(f"missing required key{plural} {', '.join(repr(where + k) for k in missing)}")
    for key, nested in known.items():
        value = body.get(key)
        if nested is None or value is None:
            continue
        if nested.startswith("[") and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Mapping):
                    problems += body_problems(schemas, nested[1:-1], item, f"{where}{key}[{i}].")
        elif isinstance(value, Mapping):
            problems += body_problems(schemas, nested, value, f"{where}{key}.")
    return problems


def check_body(package: str, model: str, body: Mapping[str, Any]) -> None:
    """Raise ``TypeError`` naming every problem of a dict body, or return when it fits."""
    problems = body_problems(schemas_for(package), model, body)
    if problems:
        known = ", ".join(schemas_for(package)[model].get("properties", {}))
        raise TypeError(f"body does not fit {model}: {'; '.join(problems)}. Its keys: {known}")
