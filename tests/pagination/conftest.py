"""One loopback list server for the module; its ``State`` is reset before each test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from both_clients import Flavour, close
from pager_fakes import PagerKit
from pager_server import State, build_app, serve

_STATE = State()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with serve(build_app(_STATE)) as url:
        yield url


@pytest.fixture
def state(base_url: str) -> State:
    _STATE.reset()
    return _STATE


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10) as client:
        yield client


@pytest.fixture
async def ahttp(base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base_url, timeout=10) as client:
        yield client


@pytest.fixture
async def kit(base_url: str, flavour: Flavour) -> AsyncIterator[PagerKit]:
    """``Pager`` over ``httpx.Client`` or ``AsyncPager`` over ``httpx.AsyncClient`` (``flavour``)."""
    client_class = httpx.AsyncClient if flavour.is_async else httpx.Client
    client = client_class(base_url=base_url, timeout=10)
    yield PagerKit(flavour.is_async, client)
    await close(client)
