"""Compare two OpenAPI documents: operations, parameters, bodies, responses, webhooks and named schemas.

Each named schema is compared once, under its own name, and a ``$ref`` to it is compared by name only:
a change inside ``Dimension`` is one line, not one per path that uses it, and circular references end
there. Schemas that disappear in one release and appear under another name in the next (``Dimension``
-> ``products_Dimension``) are paired as renames (see ``pairing``) and their contents compared too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from flexport_facade.releases import rules
from flexport_facade.releases.loading import display_path, normalise_path
from flexport_facade.releases.model import Change
from flexport_facade.releases.pairing import fingerprint, pair_schemas
from flexport_facade.releases.python_names import snake_case
from flexport_facade.releases.refs import Document, pointer, schema_ref_name
from flexport_facade.releases.rules import Usage
from flexport_facade.snapshots import HTTP_METHODS

_DOC_KEYS = {"description": "description-changed", "example": "example-changed", "default": "default-changed"}
_SHAPE_KEYS = {"type", "properties", "items", "enum", "oneOf", "anyOf", "additionalProperties", "format"}
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


@dataclass(frozen=True)
class _Owner:
    """Whom a change belongs to, and how its data is read (decides request/response rules)."""

    usage: Usage
    operation: str | None = None
    schema: str | None = None
    event: str | None = None


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every classified change from ``old`` to ``new`` (unsorted; ``Report.sorted`` orders them)."""
    return _Differ(Document(old), Document(new)).run()


def webhooks_of(doc: dict[str, Any]) -> dict[str, Any]:
    """Event name -> path item, from OpenAPI 3.1 ``webhooks`` or the 3.0 ``x-webhooks`` extension."""
    hooks: dict[str, Any] = {}
    for key in ("x-webhooks", "webhooks"):
        found = doc.get(key)
        if isinstance(found, dict):
            hooks.update({name: item for name, item in found.items() if isinstance(item, dict)})
    return hooks


def operations_of(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[str, str, dict[str, Any]]]:
    """(METHOD, normalised path) -> (raw path, method, operation object)."""
    found: dict[tuple[str, str], tuple[str, str, dict[str, Any]]] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                found[(method.upper(), normalise_path(path))] = (path, method, op)
    return found


class _Differ:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.old_ops, self.new_ops = operations_of(old.root), operations_of(new.root)
        self.old_hooks, self.new_hooks = webhooks_of(old.root), webhooks_of(new.root)
        self.renames = pair_schemas(old, new, self._matched_pairs())
        self.usage = _merge_usage(old.schema_usage(), new.schema_usage(), self.renames)

    # -- plumbing ---------------------------------------------------------------------------------

    def _matched_pairs(self) -> Iterator[tuple[Any, Any]]:
        """Old and new nodes that stand in the same place (for positional rename pairing)."""
        for key in self.old_ops.keys() & self.new_ops.keys():
            yield self.old_ops[key][2], self.new_ops[key][2]
        for name in self.old_hooks.keys() & self.new_hooks.keys():
            yield self.old_hooks[name], self.new_hooks[name]
        olds, news = self.old.schemas(), self.new.schemas()
        for name in olds.keys() & news.keys():
            yield olds[name], news[name]

    def emit(
        self,
        kind: str,
        owner: _Owner,
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
        owner: _Owner,
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

    def emit_flip(self, kind: str, owner: _Owner, where: str, was: bool, now: bool, what: str) -> None:
        """``<kind>-became-required`` / ``-optional`` when a required flag flips."""
        if was != now:
            became = "required" if now else "optional"
            self.emit(
                f"{kind}-became-{became}", owner, where, old=was, new=now, message=f"{what} became {became}"
            )

    def run(self) -> list[Change]:
        self._operations()
        self._webhooks()
        self._schemas()
        return self.changes

    # -- operations -------------------------------------------------------------------------------

    def _operations(self) -> None:
        for key in sorted(self.old_ops.keys() - self.new_ops.keys()):
            path, method, op = self.old_ops[key]
            label = f"{key[0]} {display_path(path)}"
            self.emit(
                "operation-removed",
                _Owner(Usage.BOTH, operation=label),
                pointer("paths", path, method),
                side="old",
                old=op.get("operationId"),
                message=f"operation removed ({op.get('operationId', '?')})",
            )
        for key in sorted(self.new_ops.keys() - self.old_ops.keys()):
            path, method, op = self.new_ops[key]
            self.emit(
                "operation-added",
                _Owner(Usage.BOTH, operation=f"{key[0]} {display_path(path)}"),
                pointer("paths", path, method),
                new=op.get("operationId"),
                message=f"operation added ({op.get('operationId', '?')})",
            )
        for key in sorted(self.old_ops.keys() & self.new_ops.keys()):
            self._operation(key)

    def _operation(self, key: tuple[str, str]) -> None:
        opath, omethod, oop = self.old_ops[key]
        npath, nmethod, nop = self.new_ops[key]
        oitem, nitem = self.old.root["paths"][opath], self.new.root["paths"][npath]
        if oop == nop and oitem.get("parameters") == nitem.get("parameters"):
            return
        label = f"{key[0]} {display_path(npath)}"
        owner = _Owner(Usage.BOTH, operation=label)
        optr, nptr = pointer("paths", opath, omethod), pointer("paths", npath, nmethod)
        oid, nid = oop.get("operationId"), nop.get("operationId")
        if oid != nid:
            same_function = oid and nid and snake_case(oid) == snake_case(nid)
            self.emit(
                "summary-changed" if same_function else "operation-id-changed",
                owner,
                nptr + "/operationId",
                old=oid,
                new=nid,
                message=f"operationId {oid} -> {nid}" + (" (same generated name)" if same_function else ""),
            )
        otag, ntag = (oop.get("tags") or [None])[0], (nop.get("tags") or [None])[0]
        if otag != ntag:
            self.emit(
                "operation-tag-changed",
                owner,
                nptr + "/tags",
                old=otag,
                new=ntag,
                message=f"moved from tag {otag} to {ntag} (generated module and facade group)",
            )
        for field in ("summary", "description"):
            if oop.get(field) != nop.get(field):
                self.emit_key("summary-changed", owner, oop, nop, optr, nptr, field, f"{field} changed")
        if nop.get("deprecated") and not oop.get("deprecated"):
            self.emit("operation-deprecated", owner, nptr + "/deprecated", message="operation deprecated")
        oscopes, nscopes = set(oop.get("x-required-scopes") or []), set(nop.get("x-required-scopes") or [])
        for scope in sorted(nscopes - oscopes):
            self.emit(
                "scope-added", owner, nptr + "/x-required-scopes", new=scope, message=f"needs scope {scope}"
            )
        for scope in sorted(oscopes - nscopes):
            self.emit(
                "scope-removed",
                owner,
                optr + "/x-required-scopes",
                side="old",
                old=scope,
                message=f"no longer needs scope {scope}",
            )
        self._parameters(owner, opath, oop, optr, npath, nop, nptr)
        self._request_body(owner, oop, optr, nop, nptr)
        self._responses(owner, oop, optr, nop, nptr)

    def _parameters(
        self,
        owner: _Owner,
        opath: str,
        oop: dict[str, Any],
        optr: str,
        npath: str,
        nop: dict[str, Any],
        nptr: str,
    ) -> None:
        olds = self.old.parameters(opath, oop, optr)
        news = self.new.parameters(npath, nop, nptr)
        request = _Owner(Usage.REQUEST, operation=owner.operation)
        for key in sorted(olds.keys() - news.keys()):
            self.emit(
                "parameter-removed",
                request,
                olds[key][1],
                side="old",
                old=key[1],
                message=f"{key[0]} parameter `{key[1]}` removed",
            )
        for key in sorted(news.keys() - olds.keys()):
            param, where = news[key]
            required = bool(param.get("required"))
            self.emit(
                "parameter-added-required" if required else "parameter-added",
                request,
                where,
                new=key[1],
                message=f"{'required' if required else 'optional'} {key[0]} parameter `{key[1]}` added",
            )
        for key in sorted(olds.keys() & news.keys()):
            (oparam, owhere), (nparam, nwhere) = olds[key], news[key]
            self.emit_flip(
                "parameter",
                request,
                nwhere + "/required",
                bool(oparam.get("required")),
                bool(nparam.get("required")),
                f"{key[0]} parameter `{key[1]}`",
            )
            if oparam.get("description") != nparam.get("description"):
                self.emit_key(
                    "description-changed",
                    request,
                    oparam,
                    nparam,
                    owhere,
                    nwhere,
                    "description",
                    f"{key[0]} parameter `{key[1]}`: description changed",
                )
            if isinstance(oparam.get("schema"), dict) and isinstance(nparam.get("schema"), dict):
                self._schema(
                    oparam["schema"],
                    nparam["schema"],
                    owhere + "/schema",
                    nwhere + "/schema",
                    request,
                    f"parameter `{key[1]}`",
                )

    def _request_body(
        self, owner: _Owner, oop: dict[str, Any], optr: str, nop: dict[str, Any], nptr: str
    ) -> None:
        (obody, obptr), (nbody, nbptr) = (
            self.old.resolve(oop.get("requestBody"), optr + "/requestBody"),
            self.new.resolve(nop.get("requestBody"), nptr + "/requestBody"),
        )
        request = _Owner(Usage.REQUEST, operation=owner.operation)
        if not isinstance(obody, dict) and not isinstance(nbody, dict):
            return
        if not isinstance(nbody, dict):
            self.emit("request-body-removed", request, obptr, side="old", message="request body removed")
            return
        if not isinstance(obody, dict):
            required = bool(nbody.get("required"))
            self.emit(
                "request-body-added-required" if required else "request-body-added",
                request,
                nbptr,
                message=f"{'required' if required else 'optional'} request body added",
            )
            return
        self.emit_flip(
            "request-body",
            request,
            nbptr + "/required",
            bool(obody.get("required")),
            bool(nbody.get("required")),
            "request body",
        )
        self._content(request, obody, obptr, nbody, nbptr, "request body")

    def _responses(
        self, owner: _Owner, oop: dict[str, Any], optr: str, nop: dict[str, Any], nptr: str
    ) -> None:
        olds, news = oop.get("responses") or {}, nop.get("responses") or {}
        response = _Owner(Usage.RESPONSE, operation=owner.operation)
        for status in sorted(olds.keys() - news.keys()):
            success = str(status).startswith("2")
            self.emit(
                "response-removed" if success else "error-response-removed",
                response,
                pointer(optr, "responses", status, raw_prefix=True),
                side="old",
                old=status,
                message=f"response {status} removed",
            )
        for status in sorted(news.keys() - olds.keys()):
            success = str(status).startswith("2")
            self.emit(
                "response-added" if success else "error-response-added",
                response,
                pointer(nptr, "responses", status, raw_prefix=True),
                new=status,
                message=f"response {status} added",
            )
        for status in sorted(olds.keys() & news.keys()):
            if not str(status).startswith("2"):
                continue  # error bodies share the Problem schema, compared once by name
            ores, orptr = self.old.resolve(olds[status], pointer(optr, "responses", status, raw_prefix=True))
            nres, nrptr = self.new.resolve(news[status], pointer(nptr, "responses", status, raw_prefix=True))
            if isinstance(ores, dict) and isinstance(nres, dict):
                self._content(response, ores, orptr, nres, nrptr, f"response {status}")

    def _content(
        self,
        owner: _Owner,
        old: dict[str, Any],
        optr: str,
        new: dict[str, Any],
        nptr: str,
        what: str,
    ) -> None:
        ocontent, ncontent = old.get("content") or {}, new.get("content") or {}
        for media in sorted(ocontent.keys() - ncontent.keys()):
            self.emit(
                "media-type-removed",
                owner,
                pointer(optr, "content", media, raw_prefix=True),
                side="old",
                old=media,
                message=f"{what}: media type {media} removed",
            )
        for media in sorted(ncontent.keys() - ocontent.keys()):
            self.emit(
                "media-type-added",
                owner,
                pointer(nptr, "content", media, raw_prefix=True),
                new=media,
                message=f"{what}: media type {media} added",
            )
        for media in sorted(ocontent.keys() & ncontent.keys()):
            oschema = (ocontent[media] or {}).get("schema")
            nschema = (ncontent[media] or {}).get("schema")
            if isinstance(oschema, dict) and isinstance(nschema, dict):
                self._schema(
                    oschema,
                    nschema,
                    pointer(optr, "content", media, "schema", raw_prefix=True),
                    pointer(nptr, "content", media, "schema", raw_prefix=True),
                    owner,
                    what,
                )

    # -- webhooks ---------------------------------------------------------------------------------

    def _webhooks(self) -> None:
        okey = "webhooks" if "webhooks" in self.old.root else "x-webhooks"
        nkey = "webhooks" if "webhooks" in self.new.root else "x-webhooks"
        for name in sorted(self.old_hooks.keys() - self.new_hooks.keys()):
            self.emit(
                "event-removed",
                _Owner(Usage.RESPONSE, event=name),
                pointer(okey, name),
                side="old",
                old=name,
                message="event type removed",
            )
        for name in sorted(self.new_hooks.keys() - self.old_hooks.keys()):
            self.emit(
                "event-added",
                _Owner(Usage.RESPONSE, event=name),
                pointer(nkey, name),
                new=name,
                message="event type added",
            )
        for name in sorted(self.old_hooks.keys() & self.new_hooks.keys()):
            # A receiver parses the payload, so its fields follow the response rules.
            owner = _Owner(Usage.RESPONSE, event=name)
            oitem, nitem = self.old_hooks[name], self.new_hooks[name]
            for method in sorted(oitem.keys() & nitem.keys()):
                if method not in HTTP_METHODS:
                    continue
                obody, obptr = self.old.resolve(
                    (oitem[method] or {}).get("requestBody"), pointer(okey, name, method, "requestBody")
                )
                nbody, nbptr = self.new.resolve(
                    (nitem[method] or {}).get("requestBody"), pointer(nkey, name, method, "requestBody")
                )
                if isinstance(obody, dict) and isinstance(nbody, dict):
                    self._content(owner, obody, obptr, nbody, nbptr, "payload")

    # -- named schemas ----------------------------------------------------------------------------

    def _schemas(self) -> None:
        olds, news = self.old.schemas(), self.new.schemas()
        paired_old = set(self.renames)
        paired_new = set(self.renames.values())
        for name in sorted(olds.keys() - news.keys() - paired_old):
            self.emit(
                "schema-removed",
                _Owner(self.usage.get(name, Usage.NONE), schema=name),
                pointer("components", "schemas", name),
                side="old",
                old=name,
                message="model removed",
            )
        for name in sorted(news.keys() - olds.keys() - paired_new):
            self.emit(
                "schema-added",
                _Owner(self.usage.get(name, Usage.NONE), schema=name),
                pointer("components", "schemas", name),
                new=name,
                message="model added",
            )
        pairs = [(n, n) for n in sorted(olds.keys() & news.keys())] + sorted(self.renames.items())
        payloads = self._payload_events()
        for oname, nname in pairs:
            owner = _Owner(self.usage.get(nname, Usage.NONE), schema=nname, event=payloads.get(nname))
            nptr = pointer("components", "schemas", nname)
            if oname != nname:
                self.emit(
                    "schema-renamed",
                    owner,
                    nptr,
                    old=oname,
                    new=nname,
                    message=f"model {oname} renamed to {nname}",
                )
            self._schema(olds[oname], news[nname], pointer("components", "schemas", oname), nptr, owner, "")

    def _payload_events(self) -> dict[str, str]:
        """Schema name -> the event type(s) whose payload it is, so a receiver sees its events by name."""
        found: dict[str, set[str]] = {}
        for hooks in (self.old_hooks, self.new_hooks):
            for event, item in hooks.items():
                for method, op in item.items():
                    if method not in HTTP_METHODS or not isinstance(op, dict):
                        continue
                    body = op.get("requestBody") or {}
                    for media in (body.get("content") or {}).values():
                        name = schema_ref_name((media or {}).get("schema"))
                        if name is not None:
                            found.setdefault(self.renames.get(name, name), set()).add(event)
        return {name: ", ".join(sorted(events)) for name, events in found.items()}

    # -- one schema node --------------------------------------------------------------------------

    def _schema(
        self,
        old: Any,
        new: Any,
        optr: str,
        nptr: str,
        owner: _Owner,
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
                self._schema(old[key], new[key], f"{optr}/{key}", f"{nptr}/{key}", owner, sub, seen)
        for key in ("allOf", "oneOf", "anyOf"):
            self._variants(key, old.get(key), new.get(key), optr, nptr, owner, where, seen)

    def _scalar_facets(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        optr: str,
        nptr: str,
        owner: _Owner,
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

    def _enum(self, old: dict[str, Any], new: dict[str, Any], nptr: str, owner: _Owner, at: str) -> None:
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
        owner: _Owner,
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
            self._schema(
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
        owner: _Owner,
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
            self._schema(os_, ns, f"{optr}/{key}/{oi}", f"{nptr}/{key}/{ni}", owner, where, seen)


def _merge_usage(old: dict[str, Usage], new: dict[str, Usage], renames: dict[str, str]) -> dict[str, Usage]:
    """Usage by new name (old-only names kept), the union of both releases'."""
    merged = dict(old)
    for oname, nname in renames.items():
        merged[nname] = merged.get(nname, Usage.NONE) | old.get(oname, Usage.NONE)
    for name, usage in new.items():
        merged[name] = merged.get(name, Usage.NONE) | usage
    return merged


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
