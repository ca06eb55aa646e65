"""The route table, built from the snapshot's paths: every operation of the version answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    template: str  # the snapshot's full path template
    key: str  # template relative to the version base, parameters blanked: "/products/{}"
    operation_id: str
    spec: dict[str, Any] = field(repr=False, hash=False, compare=False)
    regex: re.Pattern[str] = field(repr=False, hash=False, compare=False)
    param_names: tuple[str, ...] = ()

    @property
    def secured(self) -> bool:
        return bool(self.spec.get("security", [{"BEARER": []}]) != [])

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(self.spec.get("x-required-scopes", ()))


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


class RouteTable:
    def __init__(self, document: dict[str, Any], base: str) -> None:
        self.base = base.rstrip("/")
        self.operations: list[Operation] = []
        security_default = document.get("security", [])
        for template, item in document.get("paths", {}).items():
            for method in METHODS:
                spec = item.get(method)
                if not isinstance(spec, dict):
                    continue
                spec = {"security": security_default, **spec}
                names = tuple(re.findall(r"{([^}]+)}", template))
                self.operations.append(
                    Operation(
                        method=method.upper(),
                        template=template,
                        key=_key(template, self.base),
                        operation_id=str(spec.get("operationId", f"{method} {template}")),
                        spec=spec,
                        regex=_compile(template),
                        param_names=names,
                    )
                )
        # Literal segments beat parameters: /orders/rs must not match /orders/{orderId}.
        self.operations.sort(key=lambda op: (op.template.count("{"), -len(op.template)))

    def match(self, method: str, path: str) -> tuple[Match | None, bool]:
        """The operation for ``method path``; the flag says whether the path exists at all."""
        path_known = False
        for op in self.operations:
            found = op.regex.fullmatch(path)
            if not found:
                continue
            path_known = True
            if op.method == method.upper():
                params = {
                    name: unquote(value) for name, value in zip(op.param_names, found.groups(), strict=True)
                }
                return Match(op, params), True
        return None, path_known

    def by_key(self, method: str, key: str) -> Operation | None:
        for op in self.operations:
            if op.method == method and op.key == key:
                return op
        return None


def _key(template: str, base: str) -> str:
    relative = template[len(base) :] if template.startswith(base) else template
    return re.sub(r"{[^}]+}", "{}", relative)


def _compile(template: str) -> re.Pattern[str]:
    # Path parameters take one raw segment; a percent-encoded "/" (%2F) stays inside it.
    parts = re.split(r"({[^}]+})", template)
    pattern = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(pattern)
