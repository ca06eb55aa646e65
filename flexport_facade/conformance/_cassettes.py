"""Recorded HTTP exchanges from vcrpy cassettes (YAML), read through the bounded spec loader."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from flexport_facade._core import spec_loader
from flexport_facade._exceptions import SpecLoadError


@dataclass(frozen=True)
class Exchange:
    """One request and its answer, as recorded."""

    source: str  # "<cassette>#<n>" (n counts from 1)
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    status: int
    headers: dict[str, str] = field(hash=False, compare=False)
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_json(self) -> bool:
        ctype = self.content_type
        return ctype == "application/json" or ctype.endswith("+json")

    def json(self) -> Any:
        return json.loads(self.body)


def cassette_files(paths: Iterable[Path]) -> list[Path]:
    """Every cassette named, directories searched for *.yaml / *.yml, sorted, each once."""
    found: set[Path] = set()
    for p in paths:
        if p.is_dir():
            found.update(q for q in p.rglob("*") if q.suffix in {".yaml", ".yml"} and q.is_file())
        else:
            found.add(p)
    return sorted(found)


def read_cassette(path: Path) -> Iterator[Exchange]:
    doc = spec_loader.load_document(path, binary=True)
    interactions = doc.get("interactions")
    if not isinstance(interactions, list):
        raise SpecLoadError(
            str(path), "/interactions", "not a vcrpy cassette (no interactions list)", "pass cassette files"
        )
    for n, item in enumerate(interactions, 1):
        request, response = item.get("request") or {}, item.get("response") or {}
        url = urlsplit(str(request.get("uri", "")))
        headers = {
            str(k).lower(): str(v[0] if isinstance(v, list) and v else v)
            for k, v in (response.get("headers") or {}).items()
        }
        body = (response.get("body") or {}).get("string", b"")
        yield Exchange(
            source=f"{path}#{n}",
            method=str(request.get("method", "GET")).upper(),
            path=url.path or "/",
            query=tuple(parse_qsl(url.query, keep_blank_values=True)),
            status=int((response.get("status") or {}).get("code", 0)),
            headers=headers,
            body=body if isinstance(body, bytes) else str(body).encode("utf-8"),
        )


def read_exchanges(paths: Iterable[Path]) -> list[Exchange]:
    return [ex for path in cassette_files(paths) for ex in read_cassette(path)]
