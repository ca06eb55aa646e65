"""Products against 2024-07: Dimension becomes ProductsDimension in 2025-03."""

from __future__ import annotations

from typing import Any

from flexport_logistics_v2024_07.api.products import get_product
from flexport_logistics_v2024_07.models import Dimension  # expect: renamed model


def box(length: float) -> Dimension:  # expect: renamed model
    return Dimension.from_dict({"length": length})  # expect: renamed model


def weight(client: Any, sku: str) -> Any:
    product = get_product.sync(client=client, logistics_sku=sku)
    return product
