"""Reading a page body: which list holds the items, and whether a body is one resource instead."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from flexport_facade.pagination._protocol import norm


def find_items(body: Any, where: str | Callable[[Any], Sequence[Any]] | None = None) -> list[Any]:
    """The list of records in a page body: a bare list, or the one list inside an object or model."""
    if callable(where):
        return list(where(body))
    if body is None:
        return []
    if isinstance(body, list):
        return body
    fields = _fields(body)
    if where is not None:
        return list(fields[where] or [])
    for key in ("data", "items", "records", "results"):
        if isinstance(fields.get(key), list):
            return list(fields[key])
    lists = [k for k, v in fields.items() if isinstance(v, list) and k != "additional_properties"]
    if len(lists) == 1:
        return list(fields[lists[0]])
    if not lists and all(_is_paging(k) for k in fields if k != "additional_properties"):
        return []  # {} or an envelope that leaves out its empty list: {"next": null}
    raise TypeError(
        f"cannot tell which list holds the items of a {type(body).__name__} page "
        f"(lists: {lists or 'none'}); pass items='<field>'"
    )


# What a list envelope carries besides its list: paging metadata (``total``, ``next_cursor``, ...).
_PAGING_WORDS = frozenset({"total", "count", "next", "prev", "cursor", "page", "limit", "offset", "more"})
_PAGING_WORDS |= {"link", "meta", "token", "size", "object", "self", "url", "direction"}


def is_one_resource(body: Any) -> bool:
    """Whether a body is one object rather than a page of items (a list, or an object holding one).

    ``None``, a list (even empty), and an object whose fields besides its lists are all paging
    metadata (``{"data": [], "total": 0}``, ``{"next": null}``, ``{}``) are pages. A list under
    ``data``, ``records`` or ``results`` makes a page whatever else is there. Any other object is
    one resource: ``{"logisticsSku": "D1", "name": "P", "barcodes": []}`` is a product, not a list
    of barcodes.
    """
    if body is None or isinstance(body, list):
        return False
    try:
        fields = _fields(body)
    except TypeError:
        return False  # not an object either: find_items says what is wrong with it
    fields.pop("additional_properties", None)
    lists = {k for k, v in fields.items() if isinstance(v, list)}
    if lists & {"data", "records", "results"}:
        return False
    return any(not _is_paging(k) for k in fields if k not in lists)


def _is_paging(name: str) -> bool:
    return any(word in norm(name) for word in _PAGING_WORDS)


def _fields(body: Any) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if attrs.has(type(body)):  # generated models are attrs classes (slots, so no __dict__)
        return {a.name: getattr(body, a.name) for a in attrs.fields(type(body))}
    if hasattr(body, "__dict__"):
        return dict(vars(body))
    raise TypeError(f"a page must be a list or an object holding one, not {type(body).__name__}")
