"""Bundles: CreateBundle, GetBundle, GetBundleInventory (every version), getBundles (2025-03 on).

Sources:
- 2023-10 and 2025-03: the stored Bundles pages show GetBundle first, with its path parameter
  (``products_BundleIdType``) and the response fields down to ``bundleContents``
  (``products_BundleContent202310``, 1..20 items of productId + quantity).
- unstable: atlas-llc/flexport-ruby-api docs/BundlesApi.md and the ApiBundle*, BundleContent models
  (no bounds on bundleContents there, no getBundles).
- seed 000: the migration guide names GetBundle; the 2025-03 release note adds getBundles
  ("cursor-based pagination", nothing more).

The bundle schemas live in the product service, so they take the same ``products_`` prefix as
products.py (see ``pname``).
"""

from __future__ import annotations

from scripts.reconstruct.builder import (
    Confidence,
    SpecBuilder,
    array,
    json_body,
    json_response,
    obj,
    path_param,
    query,
)
from scripts.reconstruct.tags.products import common_types, pname

RUBY = "atlas-llc/flexport-ruby-api docs/BundlesApi.md"
PAGES = {"2023-10", "2025-03"}  # versions whose stored Bundles page was read


def _content_name(version: str, is_unstable: bool) -> str:
    """BundleContent's component name: the stable pages from 2023-10 show a dated name."""
    if is_unstable:
        return "BundleContent"
    if version in {"2023-04", "2023-07"}:
        # Not seen. The dated name implies the 2023-10 shape replaced an earlier one.
        return "BundleContent"
    return "BundleContent202310"


def build(spec: SpecBuilder) -> None:
    v = spec.v
    t = common_types(spec)
    read, write = ["read_logistics_bundles"], ["write_logistics_bundles"]

    bundle_id = spec.schema(
        pname(v, "BundleIdType"),
        {"type": "string", "minLength": 11, "maxLength": 11, "pattern": "^B[0-9a-zA-Z]+$"},
    )
    external_id = spec.schema(
        pname(v, "ExternalBundleIdType"), {"type": "string", "minLength": 1, "maxLength": 255}
    )
    content = spec.schema(
        pname(v, _content_name(v.id, v.is_unstable)),
        obj(
            {
                "productId": t.product_id,
                "quantity": {
                    "type": "number",
                    "format": "double",
                    "description": "Units of this product in one bundle.",
                },
            },
            ["productId", "quantity"],
        ),
    )
    contents = array(content) if v.is_unstable else array(content, minItems=1, maxItems=20)
    fields = {
        "externalBundleId": external_id,
        "title": {"type": "string", "minLength": 3, "maxLength": 255},
        "sku": t.sku,
        "bundleContents": contents,
    }
    required = ["externalBundleId", "title", "sku", "bundleContents"]
    new_bundle = spec.schema("ApiBundle", obj(fields, required))
    bundle = spec.schema(
        "ApiBundleResponse",
        obj(
            {**fields, "bundleId": bundle_id, "createdAt": {"type": "string", "format": "date-time"}},
            [*required, "bundleId", "createdAt"],
        ),
    )
    bundle_inventory = spec.schema(
        "ApiBundleInventoryResponse",
        obj(
            {
                "bundleId": bundle_id,
                "availableUnits": {
                    "type": "number",
                    "format": "double",
                    "description": "Bundles that can be sold now.",
                },
            },
            ["bundleId", "availableUnits"],
        ),
    )

    def provenance(op_seen_on_pages: bool) -> tuple[Confidence, list[str]]:
        if v.is_unstable:
            return "seen", [RUBY]
        if op_seen_on_pages and v.id in PAGES:
            return "seen", [f"docs.logistics-api.flexport.com/{v.id}/tag/Bundles"]
        return "inferred", [
            "inventory: assumed since 2023-04 (no release note adds it)",
            f"shape from docs.logistics-api.flexport.com/{'2023-10' if v.id < '2025-03' else '2025-03'}"
            "/tag/Bundles and atlas-llc/flexport-ruby-api docs/ApiBundle*.md",
        ]

    confidence, sources = provenance(True)
    spec.operation(
        tag="Bundles",
        method="GET",
        path="/bundles/{bundleId}",
        operation_id="GetBundle",
        summary="Get a bundle",
        scopes=read,
        confidence=confidence,
        sources=sources if v.is_unstable else [*sources, "seed 000 migration guide (names GetBundle)"],
        parameters=[path_param("bundleId", bundle_id)],
        responses={"200": json_response(bundle)},
    )
    confidence, sources = provenance(False)
    # 201 as for CreateProduct in the same service; CreateBundle's own status was never shown.
    spec.operation(
        tag="Bundles",
        method="POST",
        path="/bundles",
        operation_id="CreateBundle",
        summary="Create a bundle",
        scopes=write,
        confidence=confidence,
        sources=sources,
        request_body=json_body(new_bundle),
        responses={"201": json_response(bundle, "Created")},
    )
    spec.operation(
        tag="Bundles",
        method="GET",
        path="/bundles/{bundleId}/inventory",
        operation_id="GetBundleInventory",
        summary="Get available inventory for a bundle",
        scopes=read,
        confidence=confidence,
        sources=sources,
        parameters=[path_param("bundleId", bundle_id)],
        responses={"200": json_response(bundle_inventory)},
    )

    if v.since("2025-03", unstable=False):
        # Only the release note names it. Path: GET on the collection CreateBundle posts to.
        # Parameters: "cursor-based" is read as the /events convention (page_info + limit 1..100,
        # next page in the Link header); none of this was shown.
        spec.operation(
            tag="Bundles",
            method="GET",
            path="/bundles",
            operation_id="getBundles",
            summary="List bundles (cursor: page_info, next page in Link)",
            scopes=read,
            confidence="inferred",
            sources=[
                "release notes 2025-03 (seed 000)",
                "parameters and path never shown; modelled on GetEvents (seed 004)",
            ],
            parameters=[
                query(
                    "limit",
                    {"type": "number", "format": "double", "minimum": 1, "maximum": 100, "default": 100},
                ),
                query(
                    "page_info",
                    {"type": "string"},
                    description="Cursor from the previous page's Link header.",
                ),
            ],
            responses={
                "200": json_response(array(bundle), headers={"Link": {"$ref": "#/components/headers/Link"}}),
            },
        )
