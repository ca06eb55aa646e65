"""Compare two OpenAPI documents: operations, parameters, bodies, responses, webhooks and named schemas.

Each named schema is compared once, under its own name, and a ``$ref`` to it is compared by name only:
a change inside ``Dimension`` is one line, not one per path that uses it, and circular references end
there. Schemas that disappear in one release and appear under another name in the next (``Dimension``
-> ``products_Dimension``) are paired as renames (see ``pairing``) and their contents compared too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from flexport_facade._core.snapshots import HTTP_METHODS
from flexport_facade.releases._loading import display_path, normalise_path
from flexport_facade.releases._model import Change
from flexport_facade.releases._pairing import pair_schemas
from flexport_facade.releases._python_names import snake_case
from flexport_facade.releases._refs import Document, pointer, schema_ref_name
from flexport_facade.releases._rules import Usage
from flexport_facade.releases._schema_diff import Owner, SchemaDiffer


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


class _Differ(SchemaDiffer):
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.old_ops, self.new_ops = operations_of(old.root), operations_of(new.root)
        self.old_hooks, self.new_hooks = webhooks_of(old.root), webhooks_of(new.root)
        super().__init__(old, new, pair_schemas(old, new, self._matched_pairs()))
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
                Owner(Usage.BOTH, operation=label),
                pointer("paths", path, method),
                side="old",
                old=op.get("operationId"),
                message=f"operation removed ({op.get('operationId', '?')})",
            )
        for key in sorted(self.new_ops.keys() - self.old_ops.keys()):
            path, method, op = self.new_ops[key]
            self.emit(
                "operation-added",
                Owner(Usage.BOTH, operation=f"{key[0]} {display_path(path)}"),
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
        owner = Owner(Usage.BOTH, operation=label)
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
        owner: Owner,
        opath: str,
        oop: dict[str, Any],
        optr: str,
        npath: str,
        nop: dict[str, Any],
        nptr: str,
    ) -> None:
        olds = self.old.parameters(opath, oop, optr)
        news = self.new.parameters(npath, nop, nptr)
        request = Owner(Usage.REQUEST, operation=owner.operation)
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
                self.schema(
                    oparam["schema"],
                    nparam["schema"],
                    owhere + "/schema",
                    nwhere + "/schema",
                    request,
                    f"parameter `{key[1]}`",
                )

    def _request_body(
        self, owner: Owner, oop: dict[str, Any], optr: str, nop: dict[str, Any], nptr: str
    ) -> None:
        (obody, obptr), (nbody, nbptr) = (
            self.old.resolve(oop.get("requestBody"), optr + "/requestBody"),
            self.new.resolve(nop.get("requestBody"), nptr + "/requestBody"),
        )
        request = Owner(Usage.REQUEST, operation=owner.operation)
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
        self, owner: Owner, oop: dict[str, Any], optr: str, nop: dict[str, Any], nptr: str
    ) -> None:
        olds, news = oop.get("responses") or {}, nop.get("responses") or {}
        response = Owner(Usage.RESPONSE, operation=owner.operation)
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
        owner: Owner,
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
                self.schema(
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
                Owner(Usage.DELIVERY, event=name),
                pointer(okey, name),
                side="old",
                old=name,
                message="event type removed",
            )
        for name in sorted(self.new_hooks.keys() - self.old_hooks.keys()):
            self.emit(
                "event-added",
                Owner(Usage.DELIVERY, event=name),
                pointer(nkey, name),
                new=name,
                message="event type added",
            )
        for name in sorted(self.old_hooks.keys() & self.new_hooks.keys()):
            # A receiver parses the payload, so its fields follow the response rules (enums strictly).
            owner = Owner(Usage.DELIVERY, event=name)
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
                Owner(self.usage.get(name, Usage.NONE), schema=name),
                pointer("components", "schemas", name),
                side="old",
                old=name,
                message="model removed",
            )
        for name in sorted(news.keys() - olds.keys() - paired_new):
            self.emit(
                "schema-added",
                Owner(self.usage.get(name, Usage.NONE), schema=name),
                pointer("components", "schemas", name),
                new=name,
                message="model added",
            )
        pairs = [(n, n) for n in sorted(olds.keys() & news.keys())] + sorted(self.renames.items())
        payloads = self._payload_events()
        for oname, nname in pairs:
            owner = Owner(self.usage.get(nname, Usage.NONE), schema=nname, event=payloads.get(nname))
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
            self.schema(olds[oname], news[nname], pointer("components", "schemas", oname), nptr, owner, "")

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


def _merge_usage(old: dict[str, Usage], new: dict[str, Usage], renames: dict[str, str]) -> dict[str, Usage]:
    """Usage by new name (old-only names kept), the union of both releases'."""
    merged = dict(old)
    for oname, nname in renames.items():
        merged[nname] = merged.get(nname, Usage.NONE) | old.get(oname, Usage.NONE)
    for name, usage in new.items():
        merged[name] = merged.get(name, Usage.NONE) | usage
    return merged
