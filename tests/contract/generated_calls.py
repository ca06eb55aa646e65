"""Arguments for a generated operation, synthesised from the snapshot: so the contract test can drive
every operation through the generated client (its serialisation and its parsing), via the facade."""

from __future__ import annotations

import enum
import inspect
import re
import types
import typing
from typing import Any

from flexport_facade.testing._synth import Schemas


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _model_class(hint: Any) -> Any:
    """The first class with from_dict in an annotation such as ``Model | Unset``."""
    candidates = (
        typing.get_args(hint) if isinstance(hint, types.UnionType) or typing.get_origin(hint) else (hint,)
    )
    for candidate in candidates or (hint,):
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def _coerce(value: Any, hint: Any) -> Any:
    """Turn a JSON example into what the generated function expects (enums, lists of enums, models)."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    for option in options:
        if inspect.isclass(option) and issubclass(option, enum.Enum):
            return option(value)
        if typing.get_origin(option) is list:
            (item,) = typing.get_args(option) or (Any,)
            return [_coerce(v, item) for v in (value if isinstance(value, list) else [value])]
        if inspect.isclass(option) and hasattr(option, "from_dict") and isinstance(value, dict):
            return option.from_dict(value)
    return value


def arguments(
    module: Any, doc: dict[str, Any], method: str, path: str, seen: dict[str, str] | None = None
) -> dict[str, Any]:
    """Keyword arguments for ``module``'s operation: every required parameter, and the body. A path
    parameter named in ``seen`` (fields of earlier answers) takes that value, so reads find what an
    earlier create made."""
    schemas = Schemas(doc)
    item = doc["paths"][path]
    op = item[method.lower()]
    spec_params = {
        _norm(p["name"]): p
        for p in (schemas.resolve(r) for r in [*item.get("parameters", []), *op.get("parameters", [])])
    }
    hints = typing.get_type_hints(module._get_kwargs)
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module._get_kwargs).parameters.items():
        if name == "body":
            content = op["requestBody"]["content"]
            example = schemas.example_for(next(iter(content.values()))["schema"])
            model = _model_class(hints[name])
            kwargs[name] = model.from_dict(example) if model is not None else example
        elif parameter.default is inspect.Parameter.empty:
            spec = spec_params[_norm(name)]
            example = schemas.example_for(spec.get("schema", {}))
            known = (seen or {}).get(spec["name"]) if spec.get("in") == "path" else None
            if known is not None and not isinstance(example, int | float):
                example = known
            elif known is not None and known.lstrip("-").isdigit():
                example = type(example)(known)
            kwargs[name] = _coerce(example, hints[name])
    return kwargs
