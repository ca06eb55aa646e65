"""Compare two schema nodes: types, formats, nullability, enums, constraints, fields, variants.

A named ``$ref`` on both sides ends the walk (the named schema is compared once, under its own name,
by spec_diff), which is also what keeps circular references finite; an inline schema that loops back
to itself is compared once per pair of locations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flexport_facade.releases import _rules as rules
from flexport_facade.releases._model import Change
from flexport_facade.releases._pairing import fingerprint
from flexport_facade.releases._refs import Document, pointer, schema_ref_name
from flexport_facade.releases._rules import Usage

_DOC_KEYS = {"description": "description-changed", "example": "example-changed", "default": "default-changed"}
_SHAPE_KEYS = {"type", "properties", "items", "enum", "oneOf", "anyOf", "additionalProperties", "format"}
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


@dataclass(frozen=True)
class Owner:
    """Whom a change belongs to, and how its data is read (decides request/response rules)."""

    usage: Usage
    operation: str | None = None
    schema: str | None = None
    event: str | None = None


class SchemaDiffer:
    """Collects changes; spec_diff's differ extends it with operations, events and named schemas."""

    def __init__(self, old: Document, new: Document, renames: dict[str, str]) -> None:
        self.old, self.new, self.renames = old, new, renames
        self.changes: list[Change] = []

    def emit(
        self,
        kind: str,
        owner: Owner,
        location: str,
        *,
        side: str = "new",
        old: Any = None,
        new: Any = None,
        message: str,
    ) -> None:
        self.changes.append(
            Change(
                kind=kind,
                severity=rules.severity(kind, owner.usage),
                location=location,
                side=side,
                operation=owner.operation,
                schema=owner.schema,
                event=owner.event,
                old=old,
                new=new,
                message=message,
            )
        )

    def emit_key(
        self,
        kind: str,
        owner: Owner,
        old: dict[str, Any],
        new: dict[str, Any],
        optr: str,
        nptr: str,
        key: str,
        message: str,
    ) -> None:
        """A change of one keyword; located in the old document when the new one dropped it."""
        dropped = key not in new
        self.emit(
            kind,
            owner,
            f"{optr if dropped else nptr}/{key}",
            side="old" if dropped else "new",
            old=old.get(key),
            new=new.get(key),
            message=message,
        )

    def emit_flip(self, kind: str, owner: Owner, where: str, was: bool, now: bool, what: str) -> None:
        """``<kind>-became-required`` / ``-optional`` when a required flag flips."""
        if was != now:
            became = "required" if now else "optional"
            self.emit(
                f"{kind}-became-{became}", owner, where, old=was, new=now, message=f"{what} became {became}"
            )

    # -- one schema node --------------------------------------------------------------------------

    def schema(
        self,
        old: Any,
        new: Any,
        optr: str,
        nptr: str,
        owner: Owner,
        where: str,
        seen: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        """Compare two schema nodes. A named ``$ref`` on both sides ends the walk (compared by name)."""
        if not isinstance(old, dict) or not isinstance(new, dict) or old == new:
            return  # equal subtrees (refs included) cannot differ anywhere below: most of a release
        oname, nname = _named(old), _named(new)
        if oname is not None and nname is not None:
            if self.renames.get(oname, oname) != nname:
                olds, news = self.old.schemas(), self.new.schemas()
                same = (
                    oname in olds and nname in news and fingerprint(olds[oname]) == fingerprint(news[nname])
                )
                self.emit(
                    "ref-changed",
                    owner,
                    nptr,
                    old=oname,
                    new=nname,
                    message=f"{_at(where)}model {oname} -> {nname}" + (" (same shape)" if same else ""),
                )
            # a wrapper ({allOf: [ref], nullable, description}) still has its own facets to compare
            self._scalar_facets(old, new, optr, nptr, owner, _at(where), types=False)
            return
        if (optr, nptr) in seen:
            return  # an inline schema that refers back to itself: already being compared
        seen = seen | {(optr, nptr)}
        where_new = nptr
        if oname is not None or "$ref" in old:
            old, optr = self.old.resolve(old, optr)
        if nname is not None or "$ref" in new:
            new, nptr = self.new.resolve(new, nptr)
        if not isinstance(old, dict) or not isinstance(new, dict):
            # a $ref that leads nowhere (a loop of bare refs, a missing target): still a change of model
            self.emit(
                "ref-changed",
                owner,
                where_new,
                old=oname or _one(_types(old)[0]) if isinstance(old, dict) else oname,
                new=nname or _one(_types(new)[0]) if isinstance(new, dict) else nname,
                message=f"{_at(where)}now a $ref that does not resolve",
            )
            return
        at = _at(where)
        self._scalar_facets(old, new, optr, nptr, owner, at)
        self._enum(old, new, nptr, owner, at)
        self._properties(old, new, optr, nptr, owner, where, seen)
        for key in ("items", "additionalProperties", "not"):
            if isinstance(old.get(key), dict) and isinstance(new.get(key), dict):
                sub = f"{where} {key}".strip() if key != "items" else f"{where}[]"
                self.schema(old[key], new[key], f"{optr}/{key}", f"{nptr}/{key}", owner, sub, seen)
        for key in ("allOf", "oneOf", "anyOf"):
            self._variants(key, old.get(key), new.get(key), optr, nptr, owner, where, seen)

    def _scalar_facets(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        optr: str,
        nptr: str,
        owner: Owner,
        at: str,
        *,
        types: bool = True,
    ) -> None:
        otypes, onull = _types(old)
        ntypes, nnull = _types(new)
        if types and otypes and ntypes and otypes != ntypes:
            self.emit(
                "type-changed",
                owner,
                nptr + ("/type" if "type" in new else ""),
                old=_one(otypes),
                new=_one(ntypes),
                message=f"{at}type {_one(otypes)} -> {_one(ntypes)}",
            )
        if old.get("format") != new.get("format"):
            self.emit_key(
                "format-changed",
                owner,
                old,
                new,
                optr,
                nptr,
                "format",
                f"{at}format {_shown(old.get('format'))} -> {_shown(new.get('format'))}",
            )
        if onull != nnull:
            self.emit(
                "nullable-added" if nnull else "nullable-removed",
                owner,
                nptr,
                old=onull,
                new=nnull,
                message=f"{at}{'now nullable' if nnull else 'no longer nullable'}",
            )
        for key in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, "pattern"):
            ov, nv = old.get(key), new.get(key)
            if ov == nv:
                continue
            if nv is None:
                tightened = False
            elif ov is None or key == "pattern":
                tightened = True
            elif isinstance(ov, int | float) and isinstance(nv, int | float):
                tightened = nv < ov if key in _UPPER_BOUNDS else nv > ov
            else:
                tightened = True
            self.emit_key(
                "constraint-tightened" if tightened else "constraint-relaxed",
                owner,
                old,
                new,
                optr,
                nptr,
                key,
                f"{at}{key} {_shown(ov)} -> {_shown(nv)}",
            )
        for key, kind in _DOC_KEYS.items():
            if old.get(key) != new.get(key):
                self.emit_key(kind, owner, old, new, optr, nptr, key, f"{at}{key} changed")

    def _enum(self, old: dict[str, Any], new: dict[str, Any], nptr: str, owner: Owner, at: str) -> None:
        oenum, nenum = old.get("enum"), new.get("enum")
        if not isinstance(oenum, list) and not isinstance(nenum, list):
            return
        if not isinstance(oenum, list):
            self.emit("enum-added", owner, nptr + "/enum", new=nenum, message=f"{at}now limited to {nenum}")
            return
        if not isinstance(nenum, list):
            self.emit("enum-removed", owner, nptr, old=oenum, message=f"{at}no longer an enum")
            return
        for value in [v for v in nenum if v not in oenum]:
            self.emit(
                "enum-value-added",
                owner,
                nptr + "/enum",
                new=value,
                message=f"{at}enum value {value!r} added",
            )
        for value in [v for v in oenum if v not in nenum]:
            self.emit(
                "enum-value-removed",
                owner,
                nptr + "/enum",
                old=value,
                message=f"{at}enum value {value!r} removed",
            )

    def _properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        optr: str,
        nptr: str,
        owner: Owner,
        where: str,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        oprops, nprops = old.get("properties") or {}, new.get("properties") or {}
        oreq, nreq = set(old.get("required") or []), set(new.get("required") or [])
        for name in sorted(oprops.keys() - nprops.keys()):
            self.emit(
                "property-removed",
                owner,
                pointer(optr, "properties", name, raw_prefix=True),
                side="old",
                old=name,
                message=f"field `{_field(where, name)}` removed",
            )
        for name in sorted(nprops.keys() - oprops.keys()):
            required = name in nreq
            self.emit(
                "property-added-required" if required else "property-added",
                owner,
                pointer(nptr, "properties", name, raw_prefix=True),
                new=name,
                message=f"{'required' if required else 'optional'} field `{_field(where, name)}` added",
            )
        for name in sorted(oprops.keys() & nprops.keys()):
            field = _field(where, name)
            pptr = pointer(nptr, "properties", name, raw_prefix=True)
            self.emit_flip("property", owner, pptr, name in oreq, name in nreq, f"field `{field}`")
            self.schema(
                oprops[name],
                nprops[name],
                pointer(optr, "properties", name, raw_prefix=True),
                pptr,
                owner,
                field,
                seen,
            )

    def _variants(
        self,
        key: str,
        old: Any,
        new: Any,
        optr: str,
        nptr: str,
        owner: Owner,
        where: str,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        olist = old if isinstance(old, list) else []
        nlist = new if isinstance(new, list) else []
        if not olist and not nlist:
            return
        orefs = {self.renames.get(n, n) for n in map(schema_ref_name, olist) if n}
        nrefs = {n for n in map(schema_ref_name, nlist) if n}
        at = _at(where)
        for name in sorted(orefs - nrefs):
            self.emit(
                "variant-removed",
                owner,
                f"{optr}/{key}",
                side="old",
                old=name,
                message=f"{at}{key} {name} removed",
            )
        for name in sorted(nrefs - orefs):
            self.emit("variant-added", owner, f"{nptr}/{key}", new=name, message=f"{at}{key} {name} added")
        oinline = [(i, s) for i, s in enumerate(olist) if not schema_ref_name(s)]
        ninline = [(i, s) for i, s in enumerate(nlist) if not schema_ref_name(s)]
        for (oi, os_), (ni, ns) in zip(oinline, ninline, strict=False):
            self.schema(os_, ns, f"{optr}/{key}/{oi}", f"{nptr}/{key}/{ni}", owner, where, seen)


def _named(node: dict[str, Any]) -> str | None:
    """The schema a node stands for by name: a ``$ref``, or an ``allOf`` of one ``$ref`` that adds
    nothing but documentation or nullability (how specs attach a description to a reference)."""
    name = schema_ref_name(node)
    if name is not None:
        return name
    members = node.get("allOf")
    if isinstance(members, list) and len(members) == 1 and not (node.keys() & _SHAPE_KEYS):
        return schema_ref_name(members[0])
    return None


def _types(schema: dict[str, Any]) -> tuple[frozenset[str], bool]:
    """Declared types without "null", and whether null is allowed (3.0 ``nullable`` or 3.1 type list)."""
    raw = schema.get("type")
    types = {raw} if isinstance(raw, str) else set(raw) if isinstance(raw, list) else set()
    nullable = bool(schema.get("nullable")) or "null" in types
    types.discard("null")
    if not types:
        if "properties" in schema:
            types = {"object"}
        elif "items" in schema:
            types = {"array"}
    return frozenset(types), nullable


def _shown(value: Any) -> str:
    return "unset" if value is None else str(value)


def _one(types: frozenset[str]) -> str | list[str]:
    return next(iter(types)) if len(types) == 1 else sorted(types)


def _at(where: str) -> str:
    return f"{where}: " if where else ""


def _field(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name
