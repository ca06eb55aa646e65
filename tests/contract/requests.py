"""Build one valid request per operation from the snapshot itself (examples synthesised from schemas)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from flexport_facade.testing._synth import Schemas

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Call:
    operation_id: str
    method: str
    path: str  # concrete, parameters filled in
    template: str
    params: list[tuple[str, str]]
    body: bytes | None
    content_type: str | None
    path_values: dict[str, str] = field(default_factory=dict)  # the examples put in ``path``

    def at(self, seen: Mapping[str, str]) -> str:
        """``path`` with each parameter an earlier answer named (``seen``: field -> value) set to that
        value: GET /parcels/{parcelId} reads the parcel POST /parcels made, not a synthesised id."""
        path = self.template
        for name, example in self.path_values.items():
            path = path.replace("{" + name + "}", quote(seen.get(name, example), safe=""))
        return path


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def calls(doc: dict[str, Any]) -> list[Call]:
    schemas = Schemas(doc)
    out = []
    for template, item in sorted(doc["paths"].items()):
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            path, params, path_values = template, [], {}
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                p = schemas.resolve(raw)
                example = schemas.example_for(p.get("schema", {}))
                if p["in"] == "path":
                    path_values[p["name"]] = _text(example)
                    path = path.replace("{" + p["name"] + "}", quote(_text(example), safe=""))
                elif p["in"] == "query" and p.get("required"):
                    values = example if isinstance(example, list) else [example]
                    params += [(p["name"], _text(v)) for v in values]
            body = content_type = None
            content = (op.get("requestBody") or {}).get("content") or {}
            if content:
                content_type = next(iter(content))
                example = schemas.example_for(content[content_type].get("schema", {}))
                if content_type == "application/x-www-form-urlencoded":
                    body = "&".join(f"{k}={quote(_text(v))}" for k, v in example.items()).encode()
                else:
                    body = json.dumps(example).encode()
            assert not re.search(r"{[^}]+}", path), f"unfilled path parameter in {path}"
            out.append(
                Call(
                    op["operationId"], method.upper(), path, template, params, body, content_type, path_values
                )
            )
    return out
