"""The query a request carries: the call's params, over the path's own query, over the client's params.

``PipelineBase.prepare`` (flexport_facade/_core/http.py) joins ``params`` into the URL itself (parsed
once, not twice). For a path without a query the oracle is httpx: ``build_request(method, url,
params=...)`` on a client with the same base URL and params, as every request was built before. A
path with a query keeps it (httpx 0.28 alone would drop it for ``params``). Parameters are drawn by
hypothesis, with characters a query must escape.
"""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexport_facade import Flexport, RetryPolicy

BASE = "http://api.test"
PREFIX = "/logistics/api/2026-02"
PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Names and values with characters a query must escape (space, &, =, #, ?, +, %, non-ASCII).
text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
scalars = st.one_of(text, st.integers(-(10**12), 10**12), st.booleans(), st.floats(allow_nan=False))
values = st.one_of(scalars, st.lists(scalars, max_size=3))
params_strategy = st.dictionaries(text.filter(bool), values, max_size=5)
paths = st.sampled_from(
    ["/products", "/products?view=full&limit=3", "/orders/O%201", "/orders?", "/x?trace=0"]
)
client_params = st.sampled_from([{}, {"trace": "1"}, {"limit": "7"}])


def _sent(path: str, params: dict[str, Any], own: dict[str, str]) -> httpx.URL:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    http = httpx.Client(base_url=BASE, params=own, transport=httpx.MockTransport(answer))
    with Flexport("2026-02", token="t0k3n-for-urls", http_client=http, retry=RetryPolicy(attempts=1)) as fx:
        fx.request("GET", path, params=params)
    http.close()
    return seen[0].url


@PROPERTY
@given(path=paths, params=params_strategy, own=client_params)
def test_the_query_is_what_httpx_builds(path: str, params: dict[str, Any], own: dict[str, str]) -> None:
    sent = _sent(path, params, own)
    bare, _, query = path.partition("?")
    assert str(sent.copy_with(query=None)) == f"{BASE}{PREFIX}{bare}"
    call, in_path, client = httpx.QueryParams(params), httpx.QueryParams(query), httpx.QueryParams(own)
    expected: dict[str, list[str]] = {}
    for name in {*call.keys(), *in_path.keys(), *client.keys()}:
        winner = next(q for q in (call, in_path, client) if name in q)  # an empty list counts: no value
        if winner.get_list(name):
            expected[name] = winner.get_list(name)
    assert {name: sent.params.get_list(name) for name in sent.params} == expected
    if not query:  # byte for byte what httpx builds, order included
        http = httpx.Client(base_url=BASE, params=own)
        assert str(sent) == str(http.build_request("GET", f"{BASE}{PREFIX}{path}", params=params).url)


def test_a_path_with_a_query_keeps_it_and_gains_the_params() -> None:
    sent = _sent("/products?view=full", {"limit": 5}, {})
    assert sent.path == f"{PREFIX}/products" and sent.query == b"view=full&limit=5"


def test_client_params_still_lose_to_the_call_params() -> None:
    # httpx merges a client's params first and the call's over them; the fast path must not flip that.
    sent = _sent("/products", {"limit": 5}, {"limit": "7", "trace": "1"})
    assert sent.params == httpx.QueryParams({"limit": "5", "trace": "1"})
