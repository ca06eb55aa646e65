"""One logical v1 call on the Logistics facade's request pipeline (``flexport_facade._core.http``).

The pipeline brings the shared retry loop (``flexport_facade._core.retry``), attempt logging and
transport-error mapping. v1 has no idempotency-key, so every call goes out keyless: GET/PUT/DELETE
are repeated after a retryable status or a network failure, a POST only after a failure that
proves it never reached the server. Here: the v1 headers, the v1 error bodies, JSON decoding;
``send`` itself is in ``_async_transport`` (and the ``_sync_transport`` generated from it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from flexport_facade._constants import V1_ACCEPT_VERSION, V1_BASE_URL, V1_TIMEOUT
from flexport_facade._core.http import PipelineBase, Prepared
from flexport_facade._exceptions import UnexpectedBody, V1Error
from flexport_facade.v1._errors import error_from_v1_response

DEFAULT_BASE_URL = V1_BASE_URL
ACCEPT_VERSION = V1_ACCEPT_VERSION
DEFAULT_TIMEOUT = V1_TIMEOUT


def accept_header(version: str = ACCEPT_VERSION) -> str:
    return f"application/vnd.flexport.{version}"


def prepare(
    pipeline: PipelineBase,
    accept: str,
    method: str,
    path: str,
    params: Mapping[str, Any] | None,
    body: Any,
) -> Prepared:
    headers = {"Accept": accept}
    if body is not None:
        headers["Content-Type"] = "application/json"
    query = {k: _query_value(v) for k, v in (params or {}).items() if v is not None}
    return pipeline.prepare(
        method,
        path,
        idempotency_key=False,  # v1 knows no idempotency-key; a POST stays a keyless write
        headers=headers,
        params=query or None,
        content=None if body is None else json.dumps(body).encode(),
    )


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(getattr(value, "value", value))  # enums (e.g. generated PortTypeFilter) by value


def decode(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        raise UnexpectedBody(
            f"{response.request.method} {response.request.url.path}: {response.status_code} with a "
            f"body that is not JSON (content-type {response.headers.get('content-type', '?')!r})"
        ) from None


def error_of(response: httpx.Response) -> V1Error | None:
    return None if response.is_success else error_from_v1_response(response)
