"""Every classification rule on a pair of small specs, in both directions (old -> new, new -> old)."""

from __future__ import annotations

from typing import Any

import pytest
from specs import Spec, base, edited, op, schema

from flexport_facade.releases import Change, Severity, diff_documents
from flexport_facade.releases import _rules as rules

B, NB, NOTE = Severity.BREAKING, Severity.NON_BREAKING, Severity.NOTE


def kinds(old: Spec, new: Spec) -> set[tuple[str, Severity]]:
    return {(c.kind, c.severity) for c in diff_documents(old, new)}


def _remove_operation(d: Spec) -> None:
    del d["paths"]["/logistics/api/2024-01/products"]["get"]


def _add_required_query(d: Spec) -> None:
    op(d, "get", "/products/{logisticsSku}")["parameters"].append(
        {"name": "warehouse", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _add_optional_query(d: Spec) -> None:
    op(d, "get", "/products/{logisticsSku}")["parameters"].append(
        {"name": "page", "in": "query", "schema": {"type": "integer"}}
    )


def _require_expand(d: Spec) -> None:
    op(d, "get", "/products/{logisticsSku}")["parameters"][1]["required"] = True


def _drop_response_field(d: Spec) -> None:
    del schema(d, "Product")["properties"]["weight"]


def _drop_request_field(d: Spec) -> None:
    del schema(d, "CreateProductInput")["properties"]["merchantSku"]


def _add_required_request_field(d: Spec) -> None:
    s = schema(d, "CreateProductInput")
    s["properties"]["barcode"] = {"type": "string"}
    s["required"].append("barcode")


def _require_request_field(d: Spec) -> None:
    schema(d, "CreateProductInput")["required"].append("merchantSku")


def _relax_response_field(d: Spec) -> None:
    schema(d, "Product")["required"].remove("name")


def _nullable_response_field(d: Spec) -> None:
    schema(d, "Product")["properties"]["weight"]["nullable"] = True


def _retype_response_field(d: Spec) -> None:
    schema(d, "Product")["properties"]["weight"]["type"] = "string"


def _reformat_response_field(d: Spec) -> None:
    schema(d, "Product")["properties"]["createdAt"]["format"] = "date"


def _add_request_enum_value(d: Spec) -> None:
    schema(d, "CreateProductInput")["properties"]["channel"]["enum"].append("TIKTOK")


def _add_response_enum_value(d: Spec) -> None:
    schema(d, "ProductStatus")["enum"].append("DRAFT")


def _add_media_type(d: Spec) -> None:
    content = op(d, "post", "/products")["requestBody"]["content"]
    content["application/xml"] = content["application/json"]


def _add_model(d: Spec) -> None:
    d["components"]["schemas"]["Barcode"] = {"type": "object", "properties": {"code": {"type": "string"}}}


def _rename_model(d: Spec) -> None:
    s = d["components"]["schemas"]
    s["products_Dimension"] = s.pop("Dimension")
    schema(d, "CreateProductInput")["properties"]["dimensions"]["$ref"] = (
        "#/components/schemas/products_Dimension"
    )


def _describe(d: Spec) -> None:
    schema(d, "Product")["properties"]["logisticsSku"]["description"] = "The Flexport SKU (D-prefixed)"


def _example(d: Spec) -> None:
    schema(d, "Product")["properties"]["name"]["example"] = "Teapot"


def _add_event(d: Spec) -> None:
    d["x-webhooks"]["Order.Delivered"] = d["x-webhooks"]["Order.Shipped"]


def _drop_payload_field(d: Spec) -> None:
    del schema(d, "OrderShippedEvent")["properties"]["carrier"]


def _relax_payload_field(d: Spec) -> None:
    schema(d, "OrderShippedEvent")["required"].remove("trackingNumber")


def _rename_operation(d: Spec) -> None:
    op(d, "get", "/products/{logisticsSku}")["operationId"] = "GetProductBySku"


def _retag_operation(d: Spec) -> None:
    op(d, "get", "/products/{logisticsSku}")["tags"] = ["Catalog"]


def _add_scope(d: Spec) -> None:
    op(d, "get", "/products/{logisticsSku}")["x-required-scopes"].append("read_logistics_products_b2b")


def _circular_change(d: Spec) -> None:
    schema(d, "Category")["properties"]["slug"] = {"type": "string"}
    del schema(d, "Category")["properties"]["parent"]


def _narrow_request(d: Spec) -> None:
    schema(d, "CreateProductInput")["properties"]["name"]["maxLength"] = 50


# (edit, what old -> new must report, what new -> old must report)
CASES: list[tuple[str, Any, set[tuple[str, Severity]], set[tuple[str, Severity]]]] = [
    ("operation", _remove_operation, {("operation-removed", B)}, {("operation-added", NB)}),
    (
        "required parameter",
        _add_required_query,
        {("parameter-added-required", B)},
        {("parameter-removed", B)},
    ),
    ("optional parameter", _add_optional_query, {("parameter-added", NB)}, {("parameter-removed", B)}),
    (
        "parameter required",
        _require_expand,
        {("parameter-became-required", B)},
        {("parameter-became-optional", NB)},
    ),
    ("response field", _drop_response_field, {("property-removed", B)}, {("property-added", NB)}),
    ("request field", _drop_request_field, {("property-removed", B)}, {("property-added", NB)}),
    (
        "required request field",
        _add_required_request_field,
        {("property-added-required", B)},
        {("property-removed", B)},
    ),
    (
        "request field required",
        _require_request_field,
        {("property-became-required", B)},
        {("property-became-optional", NB)},
    ),
    (
        "response field optional",
        _relax_response_field,
        {("property-became-optional", B)},
        {("property-became-required", NB)},
    ),
    (
        "response field nullable",
        _nullable_response_field,
        {("nullable-added", B)},
        {("nullable-removed", NB)},
    ),
    ("type", _retype_response_field, {("type-changed", B)}, {("type-changed", B)}),
    ("format", _reformat_response_field, {("format-changed", B)}, {("format-changed", B)}),
    ("request enum value", _add_request_enum_value, {("enum-value-added", NB)}, {("enum-value-removed", B)}),
    (
        "response enum value",
        _add_response_enum_value,
        {("enum-value-added", NB)},
        {("enum-value-removed", B)},
    ),
    ("media type", _add_media_type, {("media-type-added", NB)}, {("media-type-removed", B)}),
    ("model", _add_model, {("schema-added", NB)}, {("schema-removed", B)}),
    ("renamed model", _rename_model, {("schema-renamed", B)}, {("schema-renamed", B)}),
    ("description", _describe, {("description-changed", NOTE)}, {("description-changed", NOTE)}),
    ("example", _example, {("example-changed", NOTE)}, {("example-changed", NOTE)}),
    ("event type", _add_event, {("event-added", NB)}, {("event-removed", B)}),
    ("payload field", _drop_payload_field, {("property-removed", B)}, {("property-added", NB)}),
    (
        "payload field optional",
        _relax_payload_field,
        {("property-became-optional", B)},
        {("property-became-required", NB)},
    ),
    ("operationId", _rename_operation, {("operation-id-changed", B)}, {("operation-id-changed", B)}),
    ("tag", _retag_operation, {("operation-tag-changed", B)}, {("operation-tag-changed", B)}),
    ("scope", _add_scope, {("scope-added", B)}, {("scope-removed", NB)}),
    (
        "recursive model",
        _circular_change,
        {("property-added", NB), ("property-removed", B)},
        {("property-added", NB), ("property-removed", B)},
    ),
    (
        "request constraint",
        _narrow_request,
        {("constraint-tightened", B)},
        {("constraint-relaxed", NOTE)},
    ),
]


@pytest.mark.parametrize(("name", "edit", "forward", "backward"), CASES, ids=[c[0] for c in CASES])
def test_rule_both_directions(
    name: str, edit: Any, forward: set[tuple[str, Severity]], backward: set[tuple[str, Severity]]
) -> None:
    old, new = base(), edited(edit)
    assert kinds(old, new) == forward
    assert kinds(new, old) == backward


def test_identical_documents_have_no_changes() -> None:
    assert diff_documents(base(), base()) == []


def test_the_version_segment_of_paths_is_not_a_change() -> None:
    """Every Logistics path embeds its version; two releases of the same API compare equal."""
    old, new = base("2024-01"), base("2025-03")
    new["info"]["version"] = old["info"]["version"]
    assert diff_documents(old, new) == []


def test_a_shared_model_changes_once_not_once_per_path() -> None:
    # Product is the response of three operations; one field removed is one change, on the schema
    changes = diff_documents(base(), edited(_drop_response_field))
    assert [(c.kind, c.schema, c.operation) for c in changes] == [("property-removed", "Product", None)]
    assert changes[0].location == "/components/schemas/Product/properties/weight"
    assert changes[0].side == "old"


def test_a_rename_names_both_models_and_still_compares_contents() -> None:
    def rename_and_drop(d: Spec) -> None:
        _rename_model(d)
        del schema(d, "products_Dimension")["properties"]["unit"]

    changes = diff_documents(base(), edited(rename_and_drop))
    renamed = next(c for c in changes if c.kind == "schema-renamed")
    assert (renamed.old, renamed.new) == ("Dimension", "products_Dimension")
    removed = next(c for c in changes if c.kind == "property-removed")
    assert removed.schema == "products_Dimension" and removed.old == "unit"
    assert not any(c.kind in {"schema-removed", "schema-added", "ref-changed"} for c in changes)


def test_a_model_standing_where_another_stood_is_a_rename_and_a_look_alike_stays_added() -> None:
    def swap(d: Spec) -> None:
        del d["components"]["schemas"]["Dimension"]
        d["components"]["schemas"]["Weight"] = {
            "type": "object",
            "properties": {"grams": {"type": "integer"}},
        }
        schema(d, "CreateProductInput")["properties"]["dimensions"]["$ref"] = "#/components/schemas/Weight"
        d["components"]["schemas"]["Other"] = {"type": "object", "properties": {"grams": {"type": "integer"}}}

    # Weight stands where Dimension stood (CreateProductInput.dimensions), so it is the renamed model
    # even with another shape; Other has Weight's shape but stands nowhere Dimension did.
    changes = diff_documents(base(), edited(swap))
    assert {(c.kind, c.old, c.new) for c in changes if c.kind.startswith("schema-")} == {
        ("schema-renamed", "Dimension", "Weight"),
        ("schema-added", None, "Other"),
    }


def test_a_payload_change_names_its_event_type() -> None:
    """A receiver of Order.Shipped reads which of its events a payload change touches."""
    (change,) = diff_documents(base(), edited(_drop_payload_field))
    assert (change.event, change.schema, change.severity) == ("Order.Shipped", "OrderShippedEvent", B)
    assert change.subject == "event Order.Shipped (payload OrderShippedEvent)"


def test_strict_response_enums_make_an_added_value_breaking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A generator without lenient enums (RESPONSE_ENUM_ADDITION_BREAKS) raises on the new value."""
    monkeypatch.setattr(rules, "RESPONSE_ENUM_ADDITION_BREAKS", True)
    assert kinds(base(), edited(_add_response_enum_value)) == {("enum-value-added", B)}


def test_a_request_enum_value_removed_names_the_parameter_location() -> None:
    change: Change = next(iter(diff_documents(edited(_add_request_enum_value), base())))
    assert change.location == "/components/schemas/CreateProductInput/properties/channel/enum"
    assert change.old == "TIKTOK" and change.new is None


def test_circular_refs_inline_both_ways_terminate() -> None:
    """A self-referencing inline schema against a $ref to one: compared once, not forever."""

    def inline_loop(d: Spec) -> None:
        category = schema(d, "Category")
        category["properties"]["parent"] = {"$ref": "#/components/schemas/Category/properties/parent"}

    changes = diff_documents(base(), edited(inline_loop))
    assert all(c.schema == "Category" for c in changes)


def test_a_ref_loop_with_nothing_but_refs_ends() -> None:
    def loop(d: Spec) -> None:
        d["components"]["schemas"]["A"] = {"$ref": "#/components/schemas/B"}
        d["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A"}
        schema(d, "Product")["properties"]["weight"] = {"$ref": "#/components/schemas/A"}

    changes = diff_documents(base(), edited(loop))
    assert {(c.kind, c.schema, c.severity) for c in changes} == {
        ("schema-added", "A", NB),
        ("schema-added", "B", NB),
        ("ref-changed", "Product", B),  # weight: a number before, a loop of bare refs now
    }


def test_openapi_3_1_webhooks_are_diffed_like_x_webhooks() -> None:
    def to_31(d: Spec) -> None:
        d["openapi"] = "3.1.0"
        d["webhooks"] = d.pop("x-webhooks")

    old, new = edited(to_31), edited(to_31)
    new["webhooks"]["Order.Delivered"] = new["webhooks"]["Order.Shipped"]
    changes = diff_documents(old, new)
    assert [(c.kind, c.event, c.location) for c in changes] == [
        ("event-added", "Order.Delivered", "/webhooks/Order.Delivered")
    ]


def test_an_enum_value_added_to_a_webhook_payload_stays_breaking_for_receivers() -> None:
    """Answers keep unknown enum values; the receiver's strict parse makes such a delivery UnknownEvent."""

    def with_status(*values: str) -> Spec:
        def edit(d: Spec) -> None:
            schema(d, "OrderShippedEvent")["properties"]["status"] = {"type": "string", "enum": list(values)}

        return edited(edit)

    assert kinds(with_status("A"), with_status("A", "B")) == {("enum-value-added", B)}
