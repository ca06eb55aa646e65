"""Warehouses (2025-03 on): GetActiveWarehouses. The 2025-03 reference page was stored whole."""

from __future__ import annotations

from scripts.reconstruct.builder import SpecBuilder, array, enum, json_response, query


def build(spec: SpecBuilder) -> None:
    v = spec.v
    if not v.since("2025-03", unstable=False):
        return
    spec.operation(
        tag="Warehouses",
        method="GET",
        path="/warehouses/active",
        operation_id="GetActiveWarehouses",
        summary="List active warehouse codes",
        scopes=["read_logistics_warehouses"],
        confidence="seen",
        sources=["docs.logistics-api.flexport.com/2025-03/tag/Warehouses", "seed 000 Quickstart"],
        parameters=[query("countryCode", enum(["US", "NL"]))],
        responses={"200": json_response(array({"type": "string"}, example=["ATL1", "LAX2", "RNO1"]))},
    )
