"""Products: catalog, inventory and warehouse-detail operations.

Sources, per version:
- 2023-10: seed 003 is the whole Products reference page (six operations, paths, schemas).
- 2023-07, 2024-04, 2024-07, 2025-03: stored docs pages show the tag intro and CreateProduct only
  (research inventory); they also fix the schema-name prefix (``products_SkuType`` in 2023-07 and
  2025-03, plain ``SkuType`` in 2024-04 and 2024-07).
- unstable: the generated Ruby client (atlas-llc/flexport-ruby-api, docs/ProductsApi.md and the
  model docs) lists the same six operations and none of the 2024-01 additions.
- Release notes (seed 000): 2023-07 adds GetAllInventory and GetProducts; 2024-01 adds
  GetProductAliases, GetProductsByMerchantSku and CreateProductBarcode (paths never shown).

``common_types`` is shared with bundles.py: both register the same component schemas, which the
builder accepts as long as the content is identical.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from typing import Any

from scripts.reconstruct.builder import (
    Confidence,
    Schema,
    SpecBuilder,
    V,
    array,
    enum,
    json_body,
    json_response,
    obj,
    path_param,
    query,
)

RUBY = "atlas-llc/flexport-ruby-api docs/ProductsApi.md"
SEED = "seed 003 (2023-10 Products reference)"
NOTES = "seed 000 release notes"

# Versions whose reference names the product-service schemas with a ``products_`` prefix.
# Seen: 2023-07, 2023-10, 2025-03 (prefixed); 2024-04, 2024-07 (plain); unstable (plain, Ruby).
# Not seen: 2023-04 and 2024-01 follow 2023-07/2023-10 (the change shows first in 2024-04);
# 2026-02 follows 2025-03, its nearest documented predecessor.
_PREFIXED = {"2023-04", "2023-07", "2023-10", "2024-01", "2025-03", "2026-02"}

_COUNTRIES = (
    "AF AX AL DZ AS AD AO AI AQ AG AR AM AW AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BQ BA BW BV BR "
    "IO BN BG BF BI CV KH CM CA KY CF TD CL CN CX CC CO KM CG CD CK CR CI HR CU CW CY CZ DK DJ DM DO "
    "EC EG SV GQ ER EE SZ ET FK FO FJ FI FR GF PF TF GA GM GE DE GH GI GR GL GD GP GU GT GG GN GW GY "
    "HT HM VA HN HK HU IS IN ID IR IQ IE IM IL IT JM JP JE JO KZ KE KI KP KR KW KG LA LV LB LS LR LY "
    "LI LT LU MO MG MW MY MV ML MT MH MQ MR MU YT MX FM MD MC MN ME MS MA MZ MM NA NR NP NL NC NZ NI "
    "NE NG NU NF MK MP NO OM PK PW PS PA PG PY PE PH PN PL PT PR QA RE RO RU RW BL SH KN LC MF PM VC "
    "WS SM ST SA SN RS SC SL SG SX SK SI SB SO ZA GS SS ES LK SD SR SJ SE CH SY TW TJ TZ TH TL TG TK "
    "TO TT TN TR TM TC TV UG UA AE GB US UM UY UZ VU VE VN VG VI WF EH YE ZM ZW"
)
COUNTRY_CODES = _COUNTRIES.split()  # order as on the 2023-10 page

INVENTORY_POOLS = ["DEFAULT", "UNALLOCATED", "STORAGE", "PREP"]
BARCODE_SUBCODES = [
    "ALREADY_ASSIGNED",
    "DUPLICATE",
    "INVALID_BARCODE",
    "INVALID_TYPE",
    "NO_BARCODE_SLOTS_REMAINING",
    "RESERVED_BY_ANOTHER_SELLER",
]


def pname(v: V, name: str) -> str:
    """The component name the version's reference uses for a product-service schema."""
    return f"products_{name}" if v.id in _PREFIXED else name


@dataclass(frozen=True)
class ProductTypes:
    """$refs to the product-service building blocks, named for the version being built."""

    sku: Schema
    product_id: Schema  # products_ProductIdType: product records, bundle contents
    inventory_product_id: Schema  # plain ProductIdType: the inventory endpoints (seed 003)
    customs: Schema
    dimension: Schema
    created: Schema
    updated: Schema


def _product_id() -> Schema:
    return {"type": "string", "minLength": 11, "maxLength": 11, "pattern": "^D[0-9a-zA-Z]+$"}


def common_types(spec: SpecBuilder) -> ProductTypes:
    """Register the schemas products and bundles share; return refs to them."""
    v = spec.v
    sku = spec.schema(pname(v, "SkuType"), {"type": "string", "minLength": 1, "maxLength": 255})
    product_id = spec.schema(pname(v, "ProductIdType"), _product_id())
    inventory_product_id = spec.schema("ProductIdType", _product_id())
    country = spec.schema(pname(v, "CountryCode"), enum(COUNTRY_CODES))
    weight_unit = spec.schema(pname(v, "WeightUnit"), enum(["oz", "kg", "lb", "g"]))
    length_unit = spec.schema(pname(v, "LengthUnit"), enum(["in", "cm", "mm", "m"]))
    # The unstable client marks the three customs values nullable (still required); the stable
    # pages show them as plain required fields.
    nullable = {"nullable": True} if v.is_unstable else {}
    customs = spec.schema(
        pname(v, "CustomsInput"),
        obj(
            {
                "originCountry": country,
                "tariffCode": {"type": "string", "pattern": "^[0-9]{10}$", **nullable},
                "customsValue": {"type": "number", "format": "double", "minimum": 0.01, **nullable},
                "description": {"type": "string", "minLength": 1, "maxLength": 255, **nullable},
            },
            ["originCountry", "tariffCode", "customsValue", "description"],
            description="Customs data; needed only for international shipping.",
        ),
    )
    dbl = {"type": "number", "format": "double"}
    dimension = spec.schema(
        pname(v, "Dimension"),
        obj(
            {
                "weight": dbl,
                "weightUnit": weight_unit,
                "height": dbl,
                "width": dbl,
                "length": dbl,
                "lengthUnit": length_unit,
            },
            ["weight", "weightUnit", "height", "width", "length", "lengthUnit"],
        ),
    )
    created = spec.schema(pname(v, "CreationDate"), {"type": "string", "format": "date-time"})
    updated = spec.schema(pname(v, "UpdatedDate"), {"type": "string", "format": "date-time"})
    return ProductTypes(sku, product_id, inventory_product_id, customs, dimension, created, updated)


def offset_params() -> list[dict[str, Any]]:
    """limit/offset as the 2023-10 page and the Ruby client show them (number <double>)."""
    return [
        query(
            "limit",
            {"type": "number", "format": "double", "default": 20, "maximum": 100},
            description="Records to return; the server caps it at 100.",
        ),
        query(
            "offset",
            {"type": "number", "format": "double", "default": 0},
            description="Records to skip.",
        ),
    ]


def provenance(
    v: V, *, seen: Set[str], pages: Set[str] = frozenset(), added: str | None = None
) -> tuple[Confidence, list[str]]:
    """Confidence and sources for an operation documented in seed 003 (2023-10) and the Ruby client.

    ``seen`` lists the stable versions where the operation itself was read; ``pages`` the versions
    whose stored docs page showed it as the first operation.
    """
    if v.is_unstable:
        return "seen", [RUBY]
    out: list[str] = []
    if v.id == "2023-10" and v.id in seen:
        out.append(SEED)
    if v.id in pages:
        out.append(f"docs.logistics-api.flexport.com/{v.id}/tag/Products (first operation on the page)")
    if added:
        out.append(f"release notes {added} (seed 000)")
    elif v.id not in seen:
        out.append("inventory: present since 2023-04 (no release note adds it)")
    if v.id != "2023-10":
        out.append("shape carried over from 2023-10 (seed 003)")
    return ("seen" if v.id in seen else "inferred"), out


def build(spec: SpecBuilder) -> None:
    v = spec.v
    t = common_types(spec)
    read, write = ["read_logistics_products"], ["write_logistics_products"]

    product = spec.schema(
        "ApiProductResponse",
        obj(
            {
                "name": {"type": "string", "minLength": 1, "maxLength": 255},
                "logisticsSku": t.product_id,
                "merchantSku": t.sku,
                "barcodes": array({"type": "string"}),
                "dimensions": t.dimension,
                "international": t.customs,
                "dimsLocked": {
                    "type": "boolean",
                    "description": "True once weight and dimensions are verified; they can no longer change.",
                },
                "createdAt": t.created,
                "updatedAt": t.updated,
            },
            ["name", "logisticsSku", "merchantSku", "barcodes", "dimsLocked"],
        ),
    )
    create_model = spec.schema(
        "CreateProductModel",
        obj(
            {
                "name": {"type": "string", "minLength": 1, "maxLength": 255},
                "merchantSku": t.sku,
                "customsInformation": t.customs,
                "dimensions": t.dimension,
            },
            ["name", "merchantSku"],
        ),
    )
    pool = spec.schema("InventoryPool", enum(INVENTORY_POOLS))
    units = {"type": "integer", "format": "int32", "minimum": 0}
    lot = spec.schema(
        "LotTrackingDetails",
        obj(
            {"expirationDate": {"type": "string", "format": "date-time"}, "available": units},
            ["available"],
        ),
    )
    pack = spec.schema(
        "PackInventory",
        obj(
            {
                "logisticsSku": _product_id(),
                "onHand": units,
                "available": units,
                "unavailable": units,
                "unitsPerPack": {"type": "number", "format": "double"},
                "lotTrackingDetails": array(lot),
            },
            ["logisticsSku", "onHand", "available", "unavailable"],
        ),
    )
    inventory = spec.schema(
        "ApiInventoryResponse",
        obj(
            {
                "logisticsSku": t.inventory_product_id,
                "onHand": units,
                "available": units,
                "unavailable": units,
                "unitsPerPack": {"type": "number", "format": "double"},
                "lotTrackingDetails": array(lot),
                "breakdown": array(pack, description="Per-pack quantities (see aggregatePacks)."),
            },
            ["onHand", "available", "unavailable"],
        ),
    )
    # The reference (seed 003) and the Ruby client spell the body field logisticsSkus; only the
    # migration guide's prose example writes logisticsSKUs.
    skus_body = spec.schema(
        "LogisticsSkus",
        obj({"logisticsSkus": array(t.inventory_product_id)}, ["logisticsSkus"]),
    )
    wh_detail = spec.schema(
        "WarehouseDetails",
        obj(
            {"available": {"type": "integer", "format": "int32"}, "warehouseId": {"type": "string"}},
            ["available", "warehouseId"],
        ),
    )
    wh_response = spec.schema(
        "WarehouseDetailsResponse",
        obj({"logisticsSku": {"type": "string"}, "warehouseDetails": array(wh_detail)}, ["logisticsSku"]),
    )
    pool_param = query("poolName", pool)

    # -- operations present in every version (2023-04 on, unstable) ------------------------
    pages = {"2023-07", "2024-04", "2024-07", "2025-03"}
    confidence, sources = provenance(v, seen={"2023-10"} | pages, pages=pages)
    spec.operation(
        tag="Products",
        method="POST",
        path="/products",
        operation_id="CreateProduct",
        summary="Create a product",
        scopes=write,
        confidence=confidence,
        sources=sources,
        request_body=json_body(create_model),
        responses={"201": json_response(product, "Created")},
    )
    confidence, sources = provenance(v, seen={"2023-10"})
    spec.operation(
        tag="Products",
        method="GET",
        path="/products/{logisticsSku}",
        operation_id="GetProduct",
        summary="Get a product by logisticsSku",
        scopes=read,
        confidence=confidence,
        sources=sources,
        parameters=[path_param("logisticsSku")],
        responses={"200": json_response(product)},
    )
    spec.operation(
        tag="Products",
        method="GET",
        path="/products/{logisticsSku}/inventory",
        operation_id="GetInventory",
        summary="Get available inventory for a product",
        scopes=read,
        confidence=confidence,
        sources=sources,
        parameters=[
            path_param("logisticsSku", t.inventory_product_id),
            pool_param,
            query("aggregatePacks", {"type": "boolean"}),
        ],
        responses={"200": json_response(inventory)},
    )
    spec.operation(
        tag="Products",
        method="POST",
        path="/products/warehouse",
        operation_id="GetWarehouseDetails",
        summary="Get warehouse details for a list of logisticsSkus",
        # A read that needs a body, hence POST; no source names its scope, read is the plain one.
        scopes=read,
        confidence=confidence,
        sources=sources if v.is_unstable else [*sources, "seed 000 migration guide (POST with a body)"],
        parameters=[pool_param],
        request_body=json_body(skus_body),
        responses={"200": json_response(array(wh_response))},
    )

    # -- 2023-07: paginated lists ----------------------------------------------------------
    if v.since("2023-07", unstable=True):
        confidence, sources = provenance(v, seen={"2023-10"}, added="2023-07")
        spec.operation(
            tag="Products",
            method="GET",
            path="/products",
            operation_id="GetProducts",
            summary="List products (limit/offset)",
            scopes=read,
            confidence=confidence,
            sources=sources,
            parameters=offset_params(),
            responses={"200": json_response(array(product))},
        )
        spec.operation(
            tag="Products",
            method="GET",
            path="/products/inventory/all",
            operation_id="GetAllInventory",
            summary="List inventory of all products (limit/offset; an empty page ends the list)",
            scopes=read,
            confidence=confidence,
            sources=sources,
            parameters=[*offset_params(), pool_param],
            responses={"200": json_response(array(inventory))},
        )

    # The barcode models exist from 2024-01; the unstable client carries them as models with no
    # operation, so unstable gets them as bare components.
    if not v.since("2024-01", unstable=True):
        return
    barcodes_in, barcodes_out = _barcode_schemas(spec)
    if v.is_unstable:
        return

    # -- 2024-01 additions (absent from the unstable client) -------------------------------
    alias = spec.schema(
        "ProductAlias",
        {
            "type": "object",
            "additionalProperties": True,
            "description": "An alias (channel listing) linked to a product; its fields are not published.",
        },
    )
    added = ["release notes 2024-01 (seed 000)", "path never shown; chosen in tags/products.py"]
    # Path: aliases belong to one product, like /products/{logisticsSku}/inventory.
    spec.operation(
        tag="Products",
        method="GET",
        path="/products/{logisticsSku}/aliases",
        operation_id="GetProductAliases",
        summary="List the aliases of a product",
        scopes=read,
        confidence="inferred",
        sources=added,
        parameters=[path_param("logisticsSku", t.inventory_product_id)],
        responses={"200": json_response(array(alias))},
    )
    # Path: GET /products is GetProducts; the API spells lookups by another key as a snake_case
    # segment (GET /orders/external_id/{externalOrderId}). "Paginated": this service pages with
    # limit/offset, so the same pair is assumed.
    spec.operation(
        tag="Products",
        method="GET",
        path="/products/merchant_sku/{merchantSku}",
        operation_id="GetProductsByMerchantSku",
        summary="List products with a merchantSku (limit/offset)",
        scopes=read,
        confidence="inferred",
        sources=added,
        parameters=[path_param("merchantSku", t.sku), *offset_params()],
        responses={"200": json_response(array(product))},
    )
    # Path: CreateBarcodesInput carries logisticsSKU in its body, so the target is a collection,
    # /products/barcodes (like /products/warehouse). 201 follows CreateProduct; never shown.
    spec.operation(
        tag="Products",
        method="POST",
        path="/products/barcodes",
        operation_id="CreateProductBarcode",
        summary="Validate and assign a barcode to a product",
        scopes=write,
        confidence="inferred",
        sources=[*added, "atlas-llc/flexport-ruby-api docs/CreateBarcodesInput.md (model only)"],
        request_body=json_body(barcodes_in),
        # The SKU travels in the body, so the builder adds no 404; an unknown SKU is still one.
        responses={
            "201": json_response(barcodes_out, "Created"),
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    )


def _barcode_schemas(spec: SpecBuilder) -> tuple[Schema, Schema]:
    """CreateBarcodesInput / BarcodesResponse as the unstable client's models show them."""
    spec.schema("BarcodeResponseSubcode", enum(BARCODE_SUBCODES))
    barcodes: Schema = array({"type": "string"})
    if spec.v.is_unstable:
        barcodes = {**barcodes, "nullable": True}
    barcodes_in = spec.schema(
        "CreateBarcodesInput",
        obj({"logisticsSKU": {"type": "string"}, "barcodes": barcodes}, ["logisticsSKU", "barcodes"]),
    )
    barcodes_out = spec.schema(
        "BarcodesResponse",
        obj(
            {
                "logisticsSKU": {"type": "string"},
                "result": {
                    "type": "object",
                    "nullable": True,
                    "additionalProperties": True,
                    "description": "Outcome per barcode; a refusal carries a BarcodeResponseSubcode.",
                },
            },
            ["logisticsSKU", "result"],
        ),
    )
    return barcodes_in, barcodes_out
