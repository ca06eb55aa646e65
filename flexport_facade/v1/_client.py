"""What ``FlexportV1`` and ``AsyncFlexportV1`` (Flexport API v1, api.flexport.com) share.

``AsyncFlexportV1`` is hand-written in ``_async_client``; ``FlexportV1`` (``_sync_client``) is
generated from it by ``scripts/unasync.py``.

Records are plain dicts, exactly the JSON the API sends. v1 is loosely typed (the same field comes
as a number or a decimal string, addresses as text), so strict models would reject real answers;
the generated ``flexport_v1`` models remain available for callers who want them, and are accepted
as input anywhere a record is.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import httpx

from flexport_facade.v1._auth import KeySource, TokenAuth, key_from_env


class ResourceBase:
    """Base of every resource group (``v1.shipments``, ...) of the sync and async clients."""


PAGINATE_TAKES = (
    "paginate takes a list method such as v1.purchase_orders.list or v1.ports.search, "
    "or a path string such as '/ports'"
)


def check_paginate_target(target: object, list_methods: frozenset[Callable[..., Any]], client: str) -> None:
    """TypeError, naming what ``paginate`` accepts, unless ``target`` is a path or may be a list method."""
    if isinstance(target, str):
        return
    if not callable(target):
        if inspect.iscoroutine(target):
            target.close()  # an un-awaited call: no "never awaited" warning on top of the error
        called = isinstance(target, list | tuple) or inspect.isawaitable(target)
        hint = "; pass the method itself, without calling it" if called else ""
        raise TypeError(f"{PAGINATE_TAKES}; got {type(target).__name__}{hint}")
    owner = getattr(target, "__self__", None)
    function = getattr(target, "__func__", None)
    if isinstance(owner, ResourceBase) and function not in list_methods:
        name = getattr(function, "__qualname__", None) or repr(target)
        raise TypeError(f"{PAGINATE_TAKES}; got {name}, which is not a list method of {client}")


def coroutine_function_refused(target: object) -> str:
    return f"{PAGINATE_TAKES}; {target!r} is a coroutine function: use AsyncFlexportV1"


def make_auth(token: KeySource | None, auth: httpx.Auth | None) -> httpx.Auth:
    if auth is None:
        return TokenAuth(token if token is not None else key_from_env())
    if token is not None:
        raise ValueError("pass token or auth, not both")
    return auth


def check_client_args(transport: object, http_client: object) -> None:
    if http_client is not None and transport is not None:
        raise ValueError("pass transport or http_client, not both")
