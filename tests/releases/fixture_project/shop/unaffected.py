"""Uses nothing either upgrade breaks: no finding may point here."""

from __future__ import annotations

from typing import Any


def names(fx: Any, sku: str, row: Any) -> tuple[str, Any]:
    product = fx.products.get_product(logistics_sku=sku)
    # a field name that a replenishment model loses, on an object this file never gets from one
    return product.name, row.distribution_channel
