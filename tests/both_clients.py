"""One test body for both clients: the ``flavour`` fixture (tests/conftest.py) runs a test once with
the sync client and once with the async one; the body awaits every call through ``maybe_await`` and
drains pagers with ``collect``, so the same assertions check ``Flexport`` and ``AsyncFlexport``.

The sync client blocks the test's event loop while it waits; that is harmless here because every
server the tests talk to runs in its own thread.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from flexport_facade import AsyncFlexport, AsyncFlexportV1, Flexport, FlexportV1, webhooks

T = TypeVar("T")


async def maybe_await(value: T | Awaitable[T]) -> T:
    """The value of a sync call, or the awaited result of an async one."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(items: Iterable[T] | AsyncIterable[T], limit: int | None = None) -> list[T]:
    """The first ``limit`` (default: every) element of a sync or async iterable."""
    got: list[T] = []
    if limit == 0:
        return got
    if isinstance(items, AsyncIterable):
        async for item in items:
            got.append(item)
            if limit is not None and len(got) >= limit:
                break
    else:
        for item in items:
            got.append(item)
            if limit is not None and len(got) >= limit:
                break
    return got


async def each(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    """A sync or async iterable as an async one, for a loop body that checks every element."""
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def close(client: Any) -> None:
    """``aclose()`` an async client, ``close()`` a sync one."""
    await maybe_await(client.aclose() if hasattr(client, "aclose") else client.close())


@dataclass(frozen=True)
class Flavour:
    """The sync or the async side of the public API, chosen by the ``flavour`` fixture."""

    name: str  # "sync" or "async"
    Flexport: type[Flexport] | type[AsyncFlexport]
    FlexportV1: type[FlexportV1] | type[AsyncFlexportV1]
    subscribe: Any
    list_subscriptions: Any
    unsubscribe: Any

    @property
    def is_async(self) -> bool:
        return self.name == "async"

    def __repr__(self) -> str:
        return self.name


SYNC = Flavour(
    "sync", Flexport, FlexportV1, webhooks.subscribe, webhooks.list_subscriptions, webhooks.unsubscribe
)
ASYNC = Flavour(
    "async",
    AsyncFlexport,
    AsyncFlexportV1,
    webhooks.asubscribe,
    webhooks.alist_subscriptions,
    webhooks.aunsubscribe,
)
