"""Warehouses (2025-03 on): GetActiveWarehouses. The 2025-03 reference page was stored whole.

The page types ``countryCode`` as a plain string and lists the values it currently takes (US, NL)
in prose, so it is not an enum here either: new countries must not break older clients.
2026-02 shows the same call in the seed 000 quickstart.
"""

from __future__ import annotations

from scripts.reconstruct.builder import SpecBuilder, array, json_response, query

PAGE = "docs.logistics-api.flexport.com/2025-03/tag/Warehouses"


def build(spec: SpecBuilder) -> None:
    v = spec.v
    if not v.since("2025-03", unstable=False):
        return
    sources = [PAGE] if v.id == "2025-03" else ["seed 000 Quickstart (2026-02)", f"shape from {PAGE}"]
    spec.operation(
        tag="Warehouses",
        method="GET",
        path="/warehouses/active",
        operation_id="GetActiveWarehouses",
        summary="List active warehouse codes",
        scopes=["read_logistics_warehouses"],
        confidence="seen",
        sources=sources,
        parameters=[
            query(
                "countryCode",
                {"type": "string", "example": "US"},
                description='Only warehouses in this country. Values today: "US", "NL".',
            )
        ],
        responses={"200": json_response(array({"type": "string"}, example=["ATL1", "LAX2", "RNO1"]))},
    )
