"""The v1 envelopes: one object travels as ``{"record": {...}}``, a list as ``{"records": [...]}``.

Records are plain dicts. A generated ``flexport_v1`` model (anything with ``to_dict()``) is accepted
on the way out, so callers may build bodies with the typed models if they like.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from flexport_facade._exceptions import UnexpectedBody

Record = dict[str, Any]


@runtime_checkable
class SupportsToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


RecordInput = Mapping[str, Any] | SupportsToDict


def as_dict(record: RecordInput) -> Record:
    if isinstance(record, Mapping):
        return dict(record)
    if isinstance(record, SupportsToDict):
        return record.to_dict()
    raise TypeError(f"a record is a mapping or a model with to_dict(), not {type(record).__name__}")


def wrap(record: RecordInput) -> dict[str, Record]:
    """``{"record": record}``; a body that is already wrapped is passed through, not wrapped twice."""
    data = as_dict(record)
    # No v1 resource has a field named "record", so a lone "record" key means "already wrapped".
    if set(data) == {"record"} and isinstance(data["record"], Mapping):
        return {"record": dict(data["record"])}
    return {"record": data}


def unwrap_record(body: Any) -> Record:
    if isinstance(body, dict) and isinstance(body.get("record"), dict):
        return dict(body["record"])
    raise UnexpectedBody(f"expected a {{'record': {{...}}}} body, got {_shape(body)}")


def unwrap_records(body: Any) -> list[Record]:
    if isinstance(body, dict) and isinstance(body.get("records"), list):
        return [dict(r) for r in body["records"] if isinstance(r, dict)]
    raise UnexpectedBody(f"expected a {{'records': [...]}} body, got {_shape(body)}")


def _shape(body: Any) -> str:
    # Only the keys: values may hold customer data that does not belong in an exception message.
    if isinstance(body, dict):
        return f"an object with keys {sorted(body)[:8]}"
    return type(body).__name__
