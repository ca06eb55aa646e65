"""What the typed layer promises at run time: integers on the wire, dict bodies checked by key,
model reprs without unset fields, help() with the operation's own text, and stubs that cover every
operation of every version. Requests go to the simulator on loopback; an httpx hook records them."""

from __future__ import annotations

import ast
import inspect
import json
import pydoc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from flexport_facade import Flexport
from flexport_facade._core.operations import index_for, package_dir
from flexport_facade._core.versions import known_versions
from flexport_facade.testing import run_simulator


@pytest.fixture
def wire() -> Iterator[tuple[Flexport, list[httpx.Request]]]:
    sent: list[httpx.Request] = []
    with run_simulator("2026-02") as sim, httpx.Client(event_hooks={"request": [sent.append]}) as http:
        yield Flexport("2026-02", token=sim.token, base_url=sim.url, http_client=http), sent


def test_limit_and_offset_go_out_as_integers(wire: tuple[Flexport, list[httpx.Request]]) -> None:
    fx, sent = wire
    fx.products.get_products()
    assert sent[-1].url.params["limit"] == "20"
    assert sent[-1].url.params["offset"] == "0"
    next(iter(fx.paginate(fx.products.get_products, limit=20)), None)
    assert sent[-1].url.params["limit"] == "20"


@pytest.mark.parametrize("version", [v.id for v in known_versions()])
def test_no_generated_count_or_id_parameter_is_a_float(version: str) -> None:
    """The siblings of limit: every limit/offset/cursor/...Id parameter of every version is an int."""
    package = next(v.package for v in known_versions() if v.id == version)
    checked = 0
    for meta in index_for(package).by_module.values():
        module = __import__(meta.module, fromlist=["sync_detailed"])
        for name, param in inspect.signature(module.sync_detailed).parameters.items():
            if name in ("limit", "offset", "cursor") or name.endswith("_id"):
                assert "float" not in str(param.annotation), f"{meta.module}: {name}: {param.annotation}"
                checked += 1
    assert checked > 0


def test_dict_body_with_a_misspelt_key_is_refused_before_anything_is_sent(
    wire: tuple[Flexport, list[httpx.Request]],
) -> None:
    fx, sent = wire
    body = {"merchantSku": "M1", "name": "Mug", "dimensons": {"length": 1}}
    with pytest.raises(TypeError) as caught:
        fx.products.create_product(body=body)
    message = str(caught.value)
    assert "'dimensons'" in message and "did you mean 'dimensions'" in message, message
    with pytest.raises(TypeError) as caught:
        fx.products.create_product(body={"dimensions": {"length": 1.0}})
    message = str(caught.value)
    assert "missing required keys 'merchantSku', 'name'" in message, message
    assert "'dimensions.height'" in message and "'dimensions.weightUnit'" in message, message
    assert not [r for r in sent if r.method == "POST"], "a refused body must not reach the server"


def test_a_dict_body_that_fits_is_sent(wire: tuple[Flexport, list[httpx.Request]]) -> None:
    fx, sent = wire
    created = fx.products.create_product(body={"merchantSku": "M-typed", "name": "Mug"})
    assert created.merchant_sku == "M-typed"
    assert json.loads(sent[-1].content) == {"merchantSku": "M-typed", "name": "Mug"}


def test_model_repr_leaves_out_unset_fields() -> None:
    from flexport_logistics_v2026_02.models import CreateProductModel

    model = CreateProductModel(merchant_sku="M1", name="Mug")
    assert repr(model) == "CreateProductModel(merchant_sku='M1', name='Mug')"
    parsed = CreateProductModel.from_dict({"merchantSku": "M1", "name": "Mug", "extra": 1})
    assert (
        repr(parsed)
        == "CreateProductModel(merchant_sku='M1', name='Mug', additional_properties={'extra': 1})"
    )


def test_help_shows_the_operation_summary_parameters_and_scope() -> None:
    fx = Flexport("2026-02", token="t")
    text = pydoc.render_doc(fx.products.get_product, renderer=pydoc.plaintext)
    assert "Get a product by logisticsSku" in text
    assert "get_product(logistics_sku: str, *, retry" in text
    assert "Required scope: read_logistics_products" in text
    assert "GET /logistics/api/2026-02/products/{logisticsSku}" in text
    assert list(inspect.signature(fx.products.get_product).parameters)[:2] == ["logistics_sku", "retry"]


def _stub_classes(stub: Path) -> dict[str, list[str]]:
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    return {
        node.name: [
            s.target.id for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        ]
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }


@pytest.mark.parametrize("version", [v.id for v in known_versions()])
def test_the_stub_declares_every_tag_and_operation_of_its_version(version: str) -> None:
    package = next(v.package for v in known_versions() if v.id == version)
    root = package_dir(package)
    assert root is not None
    classes = _stub_classes(root / "facade.pyi")
    index = index_for(package)
    for client in ("Flexport", "AsyncFlexport"):
        assert sorted(classes[client]) == index.tags
    tag_classes = {tag: "".join(p.title() for p in tag.split("_")) for tag in index.tags}
    for tag, cls in tag_classes.items():
        assert sorted(classes[cls]) == sorted(index.by_tag[tag]), tag
        assert sorted(classes["Async" + cls]) == sorted(index.by_tag[tag]), tag
