"""The page protocol: what a source declares (``SourceSpec``) and hands the walk (``PageResult``)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Style = Literal["offset", "cursor", "single"]
STYLES: tuple[Style, ...] = ("offset", "cursor", "single")


@dataclass(frozen=True)
class PageResult:
    """One fetched page: its items (in order) and the response headers (for ``Link``).

    With ``build``, ``items`` are the decoded JSON records and ``build`` turns (a slice of) them into
    the models: the drivers call it through ``built`` after the next page is asked for, so parsing a
    page overlaps the next request instead of adding to it.

    ``content_key`` stands for the items in repeat detection when the body is nothing but their list
    (a digest of its bytes, ``_checkpoint.digest``): far cheaper than the items' reprs, which are
    digested when it is None.
    """

    items: Sequence[Any]
    headers: Mapping[str, str] = field(default_factory=dict)
    build: Callable[[list[Any]], list[Any]] | None = None
    content_key: int | None = None

    def built(self, items: list[Any]) -> list[Any]:
        """``items`` (this page's, possibly clipped) as the caller gets them."""
        return items if self.build is None or not items else self.build(items)

    def decoded(self) -> PageResult:
        return self


class UndecodedPage(PageResult):
    """A page whose body is still the answer's bytes: a page waiting in the fetch-ahead holds only
    those, and is decoded (``decoded``) when its turn comes, so N pages in flight cost N bodies."""

    def __init__(self, decode: Callable[[], PageResult], headers: Mapping[str, str]) -> None:
        super().__init__((), headers)
        object.__setattr__(self, "_decode", decode)

    def decoded(self) -> PageResult:
        decode: Callable[[], PageResult] = object.__getattribute__(self, "_decode")
        return decode()


PageFetcher = Callable[[dict[str, Any]], PageResult]
AsyncPageFetcher = Callable[[dict[str, Any]], Awaitable[PageResult]]


@dataclass(frozen=True)
class SourceSpec:
    """What is known about an operation before the first request.

    ``style`` is the declared style (None: detect from the first response). ``accepts`` holds the
    query names the operation takes (None: unknown), so ``limit`` is only sent where accepted.
    ``keywords`` holds the python keyword names of the generated function (None: unknown): a filter
    given by its spec name (``type``, ``poolName``) is sent as the keyword (``type_``, ``pool_name``).
    """

    name: str  # the operation id or path: a checkpoint only resumes the walk it came from
    style: Style | None = None
    accepts: frozenset[str] | None = None
    keywords: frozenset[str] | None = None

    def takes(self, param: str) -> bool:
        return self.accepts is None or param in self.accepts

    def keyword_args(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """``params`` by the generated function's keyword names; names it does not know pass as given.

        Names match when equal after lower-casing and dropping everything but letters and digits, so
        the spec's ``type`` is ``type_`` and ``poolName`` is ``pool_name``.
        """
        if not self.keywords:
            return dict(params)
        by_norm: dict[str, list[str]] = {}
        for keyword in sorted(self.keywords):
            by_norm.setdefault(norm(keyword), []).append(keyword)
        out: dict[str, Any] = {}
        given: dict[str, str] = {}
        for name, value in params.items():
            matches = by_norm.get(norm(name), [])
            key = name if name in self.keywords or len(matches) != 1 else matches[0]
            if key in given:
                raise TypeError(f"{self.name}: {given[key]!r} and {name!r} are the same parameter ({key})")
            given[key] = name
            out[key] = value
        return out


def norm(name: str) -> str:
    """A parameter or field name compared loosely: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


class PageSource(Protocol):
    spec: SourceSpec

    def fetch(self, params: dict[str, Any]) -> PageResult: ...


class AsyncPageSource(Protocol):
    spec: SourceSpec

    async def fetch(self, params: dict[str, Any]) -> PageResult: ...
