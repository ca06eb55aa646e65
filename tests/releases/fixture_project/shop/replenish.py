"""Replenishment against 2024-04: the request model is renamed in 2024-07 and loses a field."""

from __future__ import annotations

from typing import Any

from flexport_logistics_v2024_04.models import CreateReplenishmentOrderRequest  # expect: renamed model


def replenish(fx: Any, items: list[Any], address: Any, channel: Any) -> str:
    request = CreateReplenishmentOrderRequest(  # expect: renamed model
        distribution_channel=channel,  # expect: removed field
        order_items=items,  # expect: constraint tightened (1 to 10000 items)
        ship_to_address=address,
    )
    order = fx.outbounds.outbounds_create_order(body=request)  # expect: new scope
    print(order.distribution_channel)  # expect: removed response field
    return str(order.order_id)
