"""Which schema that vanished is the same model as one that appeared (a rename, not a removal).

Evidence, strongest first: the same shape and the same name once a tag prefix or version suffix is
dropped (``Dimension`` / ``products_Dimension``); the new one standing where the old one stood in an
operation, event or model both releases have (``CreateReplenishmentOrderRequest`` -> ``...V2`` as the
body of ``POST /orders/rs``); the same shape alone; the same normalised name alone. Each schema is
paired at most once, and only where the evidence picks one candidate.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from flexport_facade.releases._refs import SCHEMA_REF, Document, schema_ref_name

_VERSION_SUFFIX = re.compile(r"(v\d+|\d{6}|unstable)$")


def pair_schemas(old: Document, new: Document, matched: Iterable[tuple[Any, Any]]) -> dict[str, str]:
    """old name -> new name for every schema judged renamed."""
    olds, news = old.schemas(), new.schemas()
    removed = sorted(olds.keys() - news.keys())
    added = sorted(news.keys() - olds.keys())
    if not removed or not added:
        return {}
    prefixes = _tag_prefixes(old.root) | _tag_prefixes(new.root)
    shape = {("old", n): fingerprint(olds[n]) for n in removed} | {
        ("new", n): fingerprint(news[n]) for n in added
    }
    norm = {n: _normal_name(n, prefixes) for n in (*removed, *added)}
    pairs: dict[str, str] = {}

    def claim(candidates: dict[str, list[str]]) -> None:
        taken = set(pairs.values())
        for oname, found in candidates.items():
            free = [n for n in found if n not in taken]
            if oname not in pairs and len(free) == 1:
                # unique the other way round too: no other unpaired old name claims it
                rivals = [o for o, f in candidates.items() if o != oname and o not in pairs and free[0] in f]
                if not rivals:
                    pairs[oname] = free[0]
                    taken.add(free[0])

    claim(
        {
            o: [n for n in added if shape[("new", n)] == shape[("old", o)] and norm[n] == norm[o]]
            for o in removed
        }
    )
    votes = Counter(_positional(matched, set(removed), set(added)))
    claim({o: _top(votes, o) for o in removed})
    claim({o: [n for n in added if shape[("new", n)] == shape[("old", o)]] for o in removed})
    claim({o: [n for n in added if norm[n] == norm[o]] for o in removed})
    return pairs


def fingerprint(schema: Any) -> str:
    """A schema's shape without documentation, refs reduced to a placeholder."""
    return json.dumps(_shape(schema), sort_keys=True, default=str)


def _shape(node: Any) -> Any:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMA_REF):
            return "$ref"
        return {
            k: _shape(v)
            for k, v in node.items()
            if k not in {"description", "example", "examples", "title"} and not k.startswith("x-")
        }
    if isinstance(node, list):
        return [_shape(v) for v in node]
    return node


def _tag_prefixes(doc: dict[str, Any]) -> set[str]:
    tags = {str(t.get("name", "")).lower() for t in doc.get("tags") or [] if isinstance(t, dict)}
    return {re.sub(r"[^a-z0-9]", "", t) for t in tags if t}


def _normal_name(name: str, prefixes: set[str]) -> str:
    flat = re.sub(r"[^a-z0-9]", "", name.lower())
    for prefix in sorted(prefixes, key=len, reverse=True):
        if flat.startswith(prefix) and len(flat) > len(prefix):
            flat = flat[len(prefix) :]
            break
    stripped = _VERSION_SUFFIX.sub("", flat)
    return stripped or flat


def _positional(
    matched: Iterable[tuple[Any, Any]], removed: set[str], added: set[str]
) -> Iterator[tuple[str, str]]:
    """(old ref, new ref) wherever a removed schema's ref stands where an added one's now does."""
    stack = list(matched)
    while stack:
        old, new = stack.pop()
        if old == new:
            continue  # the same refs on both sides: nothing moved here
        oname, nname = schema_ref_name(old), schema_ref_name(new)
        if oname is not None or nname is not None:
            if oname in removed and nname in added:
                yield oname, nname
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            stack.extend((old[k], new[k]) for k in old.keys() & new.keys())
        elif isinstance(old, list) and isinstance(new, list):
            stack.extend(zip(old, new, strict=False))


def _top(votes: Counter[tuple[str, str]], oname: str) -> list[str]:
    mine = [(n, c) for (o, n), c in votes.items() if o == oname]
    if not mine:
        return []
    best = max(c for _, c in mine)
    return [n for n, c in mine if c == best]
