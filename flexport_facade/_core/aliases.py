"""Readable names for generated tags and operations, computed from the operation index.

openapi-python-client snake-cases tags and operationIds mechanically: ``OAuth`` becomes ``o_auth``
and ``OutboundsCreateOrder`` (under the ``outbounds`` tag) becomes ``outbounds_create_order``. The
aliases here are derived by rule, never listed by hand, so a new release's names get them too; the
generated names keep working, and an alias is dropped wherever it would collide with a real name.
"""

from __future__ import annotations

from collections.abc import Iterable


def readable_tag(tag: str) -> str:
    """``o_auth`` -> ``oauth``: a one-letter word is joined to the next (the generator split an acronym)."""
    words = tag.split("_")
    merged: list[str] = []
    carry = ""
    for word in words:
        if len(word) == 1:
            carry += word
            continue
        merged.append(carry + word)
        carry = ""
    if carry:
        merged.append(carry)
    return "_".join(merged)


def tag_aliases(tags: Iterable[str]) -> dict[str, str]:
    """alias -> generated tag, for every tag whose readable name differs and is free."""
    real = set(tags)
    wanted: dict[str, list[str]] = {}
    for tag in real:
        alias = readable_tag(tag)
        if alias != tag and alias not in real:
            wanted.setdefault(alias, []).append(tag)
    return {alias: found[0] for alias, found in wanted.items() if len(found) == 1}


def _prefixes(tag: str) -> tuple[str, ...]:
    """What a generated operation name may repeat of its tag: ``outbounds_``, ``outbound_``."""
    singular = tag[:-1] if tag.endswith("s") else tag
    return tuple(dict.fromkeys((f"{tag}_", f"{singular}_")))


def operation_aliases(tag: str, functions: Iterable[str]) -> dict[str, str]:
    """alias -> generated function name: the tag's name repeated at the front is dropped
    (``outbounds.outbounds_create_order`` -> ``outbounds.create_order``) when the rest is free."""
    real = set(functions)
    wanted: dict[str, list[str]] = {}
    for function in real:
        for prefix in _prefixes(tag):
            rest = function[len(prefix) :]
            if function.startswith(prefix) and rest.isidentifier() and rest not in real:
                wanted.setdefault(rest, []).append(function)
                break
    return {alias: found[0] for alias, found in wanted.items() if len(found) == 1}
