"""Cursor pages: the ``Link`` header's next target, what to send for it, and its checkpoint label."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

import httpx


def next_link(headers: Mapping[str, str]) -> str | None:
    """The ``rel="next"`` target of a Link header (httpx parses it; rel may list several tokens)."""
    if "link" not in headers:
        return None
    for rel, link in httpx.Response(200, headers={"link": headers["link"]}).links.items():
        if rel and "next" in rel.lower().split():
            return link.get("url") or None
    return None


def cursor_params(url: str) -> dict[str, Any]:
    """What to send for the page a next link names: its page_info, else its whole query minus limit."""
    query = httpx.URL(url).params
    if "page_info" in query:
        return {"page_info": query["page_info"]}
    return {k: v for k, v in query.multi_items() if k != "limit"}


def cursor_label(params: Mapping[str, Any]) -> str | None:
    """A JSON-safe cursor: the page_info itself, or the next-link query packed into one string."""
    if not params:
        return None
    if set(params) == {"page_info"}:
        return str(params["page_info"])
    raw = json.dumps(dict(params), sort_keys=True, separators=(",", ":")).encode()
    return "q:" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_from_label(label: str | None) -> dict[str, Any]:
    if label is None:
        return {}
    if label.startswith("q:"):
        raw = label[2:] + "=" * (-len(label[2:]) % 4)
        return dict(json.loads(base64.urlsafe_b64decode(raw)))
    return {"page_info": label}
