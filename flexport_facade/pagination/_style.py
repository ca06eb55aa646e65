"""Which style a walk takes: from the operation's metadata, else from its first answer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from flexport_facade.pagination._links import next_link
from flexport_facade.pagination._protocol import SourceSpec, Style


def style_from_names(declared: str | None, names: Sequence[str] | None) -> Style | None:
    """The style an operation's metadata implies; None when there is nothing to go on."""
    if declared in ("offset", "cursor"):
        return declared  # type: ignore[return-value]
    if names is None:
        return None
    lowered = {n.lower() for n in names}
    if "page_info" in lowered or "pageinfo" in lowered:
        return "cursor"
    if {"limit", "offset"} <= lowered:
        return "offset"
    return None  # not declared: one page, unless the answer links to a next one


def style_from_answer(spec: SourceSpec, headers: Mapping[str, str], items: Sequence[Any]) -> Style:
    """An undeclared style, from the first answer: a next link means cursor; a non-empty page from an
    operation that may take ``limit`` and ``offset`` means offset (to be confirmed by the second
    page, see ``Walk``); anything else is a single page."""
    if next_link(headers) is not None:
        return "cursor"
    if items and spec.takes("offset") and spec.takes("limit"):
        return "offset"
    return "single"
