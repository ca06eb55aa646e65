"""The generated package's Python names for a spec's schemas, fields and operations.

Read statically from generated/<package>/ (text patterns, nothing imported): each model module's class and
the JSON key -> attribute map of its ``to_dict``, enum members, and ``operations.json`` for the
function and tag of every operation. Without a generated package (a spec file), names follow the
generator's conventions (``snake_case`` / ``class_name`` below), which match for ordinary names.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def snake_case(name: str) -> str:
    """``GetProductsByMerchantSku`` -> ``get_products_by_merchant_sku``."""
    return "_".join(w.lower() for w in _WORDS.findall(name))


def class_name(schema: str) -> str:
    """``products_Dimension`` -> ``ProductsDimension``."""
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", schema) if w)


def flat(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class ModelNames:
    cls: str
    module: str
    fields: dict[str, str] = field(default_factory=dict)  # JSON key -> attribute
    members: dict[str, str] = field(default_factory=dict)  # enum value -> member


@dataclass
class GeneratedNames:
    """Names of one generated package (empty when there is none: conventions are used instead)."""

    models: dict[str, ModelNames] = field(default_factory=dict)  # flat(class name) -> names
    operations: dict[str, tuple[str, str]] = field(default_factory=dict)  # operationId -> (tag, function)

    def model(self, schema: str) -> ModelNames:
        found = self.models.get(flat(schema))
        return found if found is not None else ModelNames(class_name(schema), snake_case(class_name(schema)))

    def attribute(self, schema: str, key: str) -> str:
        return self.model(schema).fields.get(key) or snake_case(key)

    def operation(self, operation_id: str, tag: str | None) -> tuple[str, str]:
        found = self.operations.get(operation_id)
        if found is not None:
            return found
        return snake_case(tag or "default"), snake_case(operation_id)

    def classes(self) -> dict[str, ModelNames]:
        return {m.cls: m for m in self.models.values()}


# The generator's templates are fixed (scripts/generator/), so plain patterns read them exactly and
# about ten times faster than parsing every module.
_CLASS = re.compile(r"^class (\w+)\(?([\w, ]*)\)?:", re.M)
_TO_DICT = re.compile(r"^    def to_dict\(self\).*?^        return field_dict", re.M | re.S)
_DICT_ENTRY = re.compile(r'^\s+"([^"]+)": (\w+),$', re.M)
_DICT_ITEM = re.compile(r'^\s+field_dict\["([^"]+)"\] = (\w+)$', re.M)
_MEMBER = re.compile(r'^    (\w+) = ("(?:[^"\\]|\\.)*"|-?\d+)$', re.M)


@cache
def read_generated(package_dir: Path) -> GeneratedNames:
    names = GeneratedNames()
    index = package_dir / "operations.json"
    if index.is_file():
        for op in json.loads(index.read_text(encoding="utf-8")).get("operations", []):
            names.operations[op["operation_id"]] = (op["tag"], op["function"])
    for module in sorted((package_dir / "models").glob("*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        found = _CLASS.search(text)
        if found is None:
            continue
        model = ModelNames(found.group(1), module.stem)
        if "Enum" in found.group(2):
            model.members = {str(ast.literal_eval(v)): k for k, v in _MEMBER.findall(text)}
        body = _TO_DICT.search(text)
        if body is not None:
            chunk = body.group(0)
            model.fields = dict(_DICT_ENTRY.findall(chunk)) | dict(_DICT_ITEM.findall(chunk))
        names.models[flat(model.cls)] = model
    return names
