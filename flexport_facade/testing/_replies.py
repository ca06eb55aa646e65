"""What a handler returns, and the two error shapes: Flexport problem+json and the AWS gateway's."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from typing import Any

PROBLEM_JSON = "application/problem+json"
DOCS = "https://docs.logistics-api.flexport.com/{version}/#section/Errors/{anchor}"

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Unprocessable Content",
    423: "Locked",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class Reply:
    """A response before the engine adds correlation ids and checks it against the snapshot."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"
    # True once the engine should leave the body alone (errors, gateway answers, redirects).
    final: bool = False

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body, separators=(",", ":")).encode()


class SimError(Exception):
    """Raised by handlers to answer with problem+json."""

    def __init__(
        self, status: int, detail: str, *, code: int | None = None, title: str | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code
        self.title = title


def problem(
    status: int,
    detail: str,
    *,
    version: str,
    code: int | None = None,
    title: str | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    """A Flexport-origin error. Six-digit codes ride in a ``code`` member (field-facts §10.14)."""
    title = title or TITLES.get(status, "Error")
    anchor = f"{code}-{title}" if code else f"{status}-{title}"
    body: dict[str, Any] = {
        "type": DOCS.format(version=version, anchor=anchor.replace(" ", "-")),
        "title": title,
        "status": status,
        "detail": detail,
        "instance": str(uuid.uuid4()),
    }
    if code is not None:
        body["code"] = code
    if extra:
        body.update(extra)
    return Reply(
        status,
        body,
        {"content-language": "en", **(headers or {})},
        media_type=PROBLEM_JSON,
        final=True,
    )


def gateway(status: int, message: str, *, error_type: str | None = None) -> Reply:
    """An AWS API Gateway answer: bare JSON, never problem+json (field-facts §2.2, §10.11)."""
    headers = {
        "x-amzn-requestid": str(uuid.uuid4()),
        "x-amz-apigw-id": secrets.token_urlsafe(12),
    }
    if error_type:
        headers["x-amzn-errortype"] = error_type
    return Reply(status, {"message": message}, headers, final=True)
