"""Reading pages from what the facade hands over (a bound generated operation, a path).

The page sources themselves (``AsyncOperationSource``, ``AsyncPathSource``) are in
``_async_sources``, and their sync twins in the ``_sync_sources`` generated from it.

Both ask for pages with a retry policy that does not retry 504: a gateway timeout at a deep offset
fails identically every time, so the pager halves the page size instead (``page_retry``).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import httpx

from flexport_facade._core.binding import parse_records, to_api_response
from flexport_facade._core.error_mapping import error_from_response
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.pagination._bodies import find_items, is_one_resource
from flexport_facade.pagination._checkpoint import digest
from flexport_facade.pagination._protocol import PageResult, SourceSpec, UndecodedPage
from flexport_facade.pagination._style import style_from_names

ItemsArg = str | Callable[[Any], Sequence[Any]] | None


def page_retry(base: RetryPolicy | None = None) -> RetryPolicy:
    """``base`` (default: ``RetryPolicy()``) minus 504: the pager answers a 504 with a smaller page."""
    base = base or RetryPolicy()
    return base.replace(statuses=base.statuses - {504})


# ---------------------------------------------------------------------------------------------
# What the facade provides


class RawAnswer(Protocol):
    """What a bound operation's ``raw()`` returns (``flexport_facade._core.http.ApiResponse`` fits)."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def parsed(self) -> Any: ...
    @property
    def content(self) -> bytes: ...


# ---------------------------------------------------------------------------------------------
# Reading answers


def meta_field(meta: Any, key: str) -> Any:
    return meta.get(key) if isinstance(meta, Mapping) else getattr(meta, key, None)


_PAGING_NAMES = frozenset({"limit", "offset", "page_info"})


def spec_of(meta: Any, keywords: frozenset[str] | None = None) -> SourceSpec:
    """Style and accepted names from the metadata, never from a list of operation names.

    ``keywords``: the python keyword names of the generated function, if known.
    """
    query = meta_field(meta, "query")
    names = list(query) if query is not None else None
    name = meta_field(meta, "operation_id") or meta_field(meta, "path")
    method = str(meta_field(meta, "method") or "GET").upper()
    if method != "GET":
        # A write (CreateProduct): lists are read with GET.
        raise TypeError(
            f"{name} is a {method}, not a list operation (lists are read with GET); call it directly"
        )
    if names is not None and meta_field(meta, "path_params") and not _PAGING_NAMES & set(names):
        # One resource by id (GetProduct): nothing to page through.
        raise TypeError(f"{name} returns one resource and takes no paging parameters; call it directly")
    return SourceSpec(
        name=str(name or "operation"),
        style=style_from_names(meta_field(meta, "pagination"), names),
        accepts=frozenset(names) if names is not None else None,
        keywords=keywords,
    )


def keywords_of(op: Any) -> frozenset[str] | None:
    """The keyword names the generated function behind a bound operation takes (None: unknown)."""
    module = getattr(op, "module", None)
    function = getattr(module, "_get_kwargs", None)  # what the bound operation calls with them
    if not callable(function):
        return None
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return None
    kinds = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return frozenset(p.name for p in parameters if p.kind in kinds and p.name != "client") or None


def _check_answer(answer: RawAnswer, path: str) -> None:
    if 200 <= answer.status_code < 300:
        return
    raise_for_status = getattr(answer, "raise_for_status", None)
    if callable(raise_for_status):
        raise_for_status()
    http = getattr(answer, "http", None)
    if not isinstance(http, httpx.Response):
        http = httpx.Response(
            answer.status_code,
            headers=dict(answer.headers),
            content=answer.content,
            request=httpx.Request("GET", path or "/"),
        )
    raise error_from_response(http)


def _items_of(body: Any, items: ItemsArg, name: str) -> list[Any]:
    if items is None and is_one_resource(body):
        raise TypeError(
            f"{name} returned one resource ({type(body).__name__}), not a list: there is nothing to page "
            "through; fetch it directly (or pass items='<field>' to page through one of its lists)"
        )
    return find_items(body, items)


def answer_page(answer: RawAnswer, items: ItemsArg, path: str, name: str) -> PageResult:
    _check_answer(answer, path)
    body = answer.parsed
    if body is None and answer.content:
        body = json.loads(answer.content)
    return PageResult(_items_of(body, items, name), answer.headers)


def decoded_page(op: Any, response: httpx.Response, items: ItemsArg, path: str, name: str) -> PageResult:
    """``answer_page`` for an answer not parsed yet: a JSON list is decoded now and its models built
    when the driver asks (``PageResult.build``); anything else is read as ``answer_page`` reads it."""
    module = op.module
    if items is not None or not response.is_success or not response.content:
        return answer_page(to_api_response(module, response, op.meta.scopes), items, path, name)
    status, content, headers = response.status_code, response.content, response.headers
    # Hashed here, where the answer arrived (a fetch-ahead thread or task): hashlib lets go of the GIL
    # for a large body, and the thread yielding pages would then wait for it behind the fetch threads.
    key = digest(content)

    def decode() -> PageResult:
        body = json.loads(content)
        if not isinstance(body, list):  # an envelope: read as a whole answer
            return answer_page(to_api_response(module, response, op.meta.scopes), items, path, name)
        return PageResult(
            body, headers, build=lambda rows: parse_records(module, status, rows), content_key=key
        )

    return UndecodedPage(decode, headers)


def response_page(response: httpx.Response, items: ItemsArg, path: str) -> PageResult:
    if not response.is_success:
        raise error_from_response(response)
    body = response.json() if response.content else None
    key = digest(response.content) if items is None and isinstance(body, list) else None
    return PageResult(_items_of(body, items, f"GET {path}"), response.headers, content_key=key)
