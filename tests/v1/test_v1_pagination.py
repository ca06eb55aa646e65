"""page/per pagination of /ports, and paginate() over the unpaginated lists."""

from __future__ import annotations

import httpx
import pytest

from flexport_facade.testing._v1 import V1Simulator
from flexport_facade.v1 import FlexportV1

from .conftest import KEY


def pages_asked(sim: V1Simulator) -> list[tuple[str, str]]:
    return [
        (r.query.get("page", ""), r.query.get("per", "")) for r in sim.state.requests if r.path == "/ports"
    ]


def test_search_returns_one_page(v1: FlexportV1, sim: V1Simulator) -> None:
    ports = v1.ports.search("SFO", port_type="airport")
    assert [p["iata_code"] for p in ports] == ["SFO"]
    assert sim.state.requests[-1].query == {"q": "SFO", "port_type": "airport"}


def test_paginate_path_stops_on_a_short_page(v1: FlexportV1, sim: V1Simulator) -> None:
    total = len(sim.state.ports)  # 36: 7 pages of 5, the last one short
    ports = list(v1.paginate("/ports", per=5))
    assert len(ports) == total and len({p["id"] for p in ports}) == total
    assert pages_asked(sim) == [(str(n), "5") for n in range(1, 9)][: (total // 5) + 1]


def test_paginate_stops_on_an_empty_page(v1: FlexportV1, sim: V1Simulator) -> None:
    ports = list(v1.paginate("/ports", q="Sample Seaport", per=10))  # 30 = exactly 3 full pages
    assert len(ports) == 30
    assert pages_asked(sim) == [("1", "10"), ("2", "10"), ("3", "10"), ("4", "10")]


def test_paginate_bound_search_with_filters(v1: FlexportV1, sim: V1Simulator) -> None:
    ports = list(v1.paginate(v1.ports.search, q="SFO", port_type="airport", per=50))
    assert [p["id"] for p in ports] == [567007]
    assert sim.state.requests[-1].query == {"q": "SFO", "port_type": "airport", "page": "1", "per": "50"}


def test_paginate_default_page_size_and_max_pages(v1: FlexportV1, sim: V1Simulator) -> None:
    assert len(list(v1.paginate("/ports", max_pages=2))) == 30
    assert pages_asked(sim) == [("1", "15"), ("2", "15")]


def test_paginate_unpaginated_lists_once(v1: FlexportV1, sim: V1Simulator) -> None:
    names = [po["name"] for po in v1.paginate(v1.purchase_orders.list)]
    assert names == ["PO 1"]
    invoices = list(v1.paginate(v1.invoices.list, status="paid"))
    assert [i["id"] for i in invoices] == [4321]
    assert [c["code"] for c in v1.paginate("/currency_codes")][:1] == ["AED"]
    assert len(sim.state.requests) == 3


def test_server_that_ignores_page_does_not_loop_forever() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params["page"])
        return httpx.Response(200, json={"records": [{"id": n} for n in range(3)]})

    with FlexportV1(token=KEY, transport=httpx.MockTransport(handler)) as v1:
        assert len(list(v1.paginate("/ports", per=3))) == 3
    assert asked == ["1", "2"]


def test_paginate_rejects_colon_templates(v1: FlexportV1) -> None:
    with pytest.raises(ValueError, match="':id'"):
        list(v1.paginate("/products/:id"))


@pytest.mark.parametrize(
    ("target", "said"),
    [
        (3, "got int"),
        ([{"id": 1}], "got list; pass the method itself, without calling it"),
        (None, "got NoneType"),
    ],
)
def test_paginate_refuses_what_it_cannot_walk(v1: FlexportV1, target: object, said: str) -> None:
    with pytest.raises(
        TypeError, match=r"paginate takes a list method such as v1\.purchase_orders\.list"
    ) as e:
        v1.paginate(target)  # type: ignore[arg-type]
    assert said in str(e.value) and "path string" in str(e.value)


def test_paginate_refuses_a_method_that_is_not_a_list(v1: FlexportV1, sim: V1Simulator) -> None:
    for method in (v1.shipments.create, v1.purchase_orders.get, v1.products.delete):
        with pytest.raises(TypeError, match="which is not a list method of FlexportV1"):
            v1.paginate(method)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got list; pass the method itself"):  # a result, not the method
        v1.paginate(v1.purchase_orders.list())  # type: ignore[arg-type]
    assert all(r.method == "GET" for r in sim.state.requests)  # nothing was written
