"""User code pinned to versions, type-checked (never run) by test_user_code_types.py.

``assert_type`` lines are what mypy and pyright must infer; each line with a type-ignore comment must
be an error of that code (warn_unused_ignores / reportUnnecessaryTypeIgnoreComment fail a line that
stops being one).
"""

from __future__ import annotations

import os
from collections.abc import Coroutine, Iterator
from typing import TYPE_CHECKING, Any, assert_type

from flexport_facade import AsyncFlexport, Flexport
from flexport_facade._core.http import ApiResponse
from flexport_facade.pagination import AsyncPager, Pager

if TYPE_CHECKING:  # stub-only modules: the typed surface of each pinned version
    from flexport_logistics_v2024_07.facade import Flexport as Flexport2024
    from flexport_logistics_v2026_02.facade import AsyncFlexport as AsyncFlexport2026
    from flexport_logistics_v2026_02.facade import CreateProductModelDict, ProductsDimensionDict
    from flexport_logistics_v2026_02.facade import Flexport as Flexport2026
    from flexport_logistics_v2026_02.models import (
        ApiProductResponse,
        CreateProductModel,
        NetworkEventsEventsResponseItem,
    )


def pinned_sync() -> None:
    fx = Flexport(version="2026-02", token="t")
    assert_type(fx, Flexport2026)
    product = fx.products.get_product(logistics_sku="D1")
    assert_type(product, ApiProductResponse)
    assert_type(fx.products.get_product("D1"), ApiProductResponse)
    assert_type(fx.products.get_products(limit=20), list[ApiProductResponse])
    assert_type(fx.products.get_product.raw(logistics_sku="D1"), ApiResponse[ApiProductResponse])
    assert_type(fx.at("2024-07"), Flexport2024)
    assert_type(fx.with_options(timeout=5), Flexport2026)

    fx.products.get_product(logistic_sku="D1")  # type: ignore[call-arg]
    fx.products.get_product(logistics_sku=1)  # type: ignore[arg-type]
    fx.products.get_product(logistics_sku="D1", retries=3)  # type: ignore[call-arg]
    _ = product.no_such_field  # type: ignore[attr-defined]
    fx.products.no_such_operation()  # type: ignore[attr-defined]
    fx.no_such_tag.anything()  # type: ignore[attr-defined]


def pinned_versions_differ() -> None:
    old = Flexport("2024-07", token="t")
    old.bundles.get_bundles()  # type: ignore[attr-defined]  # GET /bundles: added in 2025-03
    older = Flexport("2023-04", token="t")
    older.warehouses.get_active_warehouses()  # type: ignore[attr-defined]  # no warehouses tag yet
    Flexport("2026-02", token="t").bundles.get_bundles()


def pagination() -> None:
    fx = Flexport("2026-02", token="t")
    pager = fx.paginate(fx.products.get_products)
    assert_type(pager, Pager[ApiProductResponse])
    for product in pager:
        assert_type(product, ApiProductResponse)
    assert_type(pager.pages(), Iterator[list[ApiProductResponse]])
    assert_type(fx.paginate(fx.events.get_events, limit=50), Pager[NetworkEventsEventsResponseItem])
    assert_type(fx.paginate("/products"), Pager[Any])


DIMENSIONS: ProductsDimensionDict = {
    "height": 1.0,
    "length": 2.0,
    "width": 3.0,
    "lengthUnit": "cm",
    "weight": 0.5,
    "weightUnit": "kg",
}


def bodies() -> None:
    fx = Flexport("2026-02", token="t")
    as_dict: CreateProductModelDict = {"merchantSku": "M1", "name": "Mug", "dimensions": DIMENSIONS}
    assert_type(fx.products.create_product(body=as_dict), ApiProductResponse)
    fx.products.create_product(body=CreateProductModel(merchant_sku="M1", name="Mug"))
    typo: CreateProductModelDict = {"merchantSku": "M", "name": "N", "dimensons": {}}  # type: ignore[typeddict-unknown-key]
    missing: CreateProductModelDict = {"name": "N"}  # type: ignore[typeddict-item]
    fx.products.create_product(body=[typo, missing])  # type: ignore[arg-type]


async def pinned_async() -> None:
    afx = AsyncFlexport("2026-02", token="t")
    assert_type(afx, AsyncFlexport2026)
    call = afx.products.get_product(logistics_sku="D1")
    pending = assert_type(call, Coroutine[Any, Any, ApiProductResponse])
    assert_type(await pending, ApiProductResponse)
    answer = await afx.products.get_product.raw(logistics_sku="D1")
    assert_type(answer, ApiResponse[ApiProductResponse])
    pager = afx.paginate(afx.products.get_products)
    assert_type(pager, AsyncPager[ApiProductResponse])
    async for product in pager:
        assert_type(product, ApiProductResponse)
    await afx.products.get_product(sku="D1")  # type: ignore[call-arg]
    afx.paginate(Flexport("2026-02", token="t").products.get_products).pages()  # sync op: untyped items


def unpinned() -> None:
    fx = Flexport(os.environ.get("FLEXPORT_API_VERSION"), token="t")
    assert_type(fx.products.get_product(logistics_sku="D1"), Any)  # any version: typed as before
    assert_type(fx.paginate(fx.products.get_products), Pager[Any])
    env = Flexport()
    assert_type(env.anything.goes(), Any)
    unstable = Flexport("unstable", allow_unstable=True)
    unstable.returns.get_returns()
