"""v1 error bodies mapped onto the facade's shared hierarchy (``flexport_facade._exceptions``).

Each v1 class subclasses both ``V1Error`` and the shared status class, so
``except errors.Unauthorized`` catches a v1 bad token and ``except V1Error`` catches any v1 answer.
The v1 API has three body forms (seed 002):

* ``{"errors": [{"code": "bad_token", "message": "Bad Token"}]}``: the 401 form;
* ``{"error": ["Name can't be blank", ...]}``: the general form;
* ``{"errors": {"destination_id": [{"error": ..., "updated_address": {"id": ...}}]}}``: a 422 for an
  archived place, naming the place that replaced it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from flexport_facade import errors
from flexport_facade._core.redact import redact_text
from flexport_facade._exceptions import (
    ArchivedPlace,
    BadToken,
    MethodNotAllowed,
    NotAcceptable,
    ReplacementPlace,
    V1BadRequest,
    V1Error,
    V1Forbidden,
    V1NotFound,
    V1RateLimited,
    V1ServerError,
    V1ServiceUnavailable,
    V1UnprocessableEntity,
)

_EXCERPT = 200


_STATUS_CLASSES: dict[int, type[V1Error]] = {
    400: V1BadRequest,
    401: BadToken,
    403: V1Forbidden,
    404: V1NotFound,
    405: MethodNotAllowed,
    406: NotAcceptable,
    422: V1UnprocessableEntity,
    429: V1RateLimited,
    503: V1ServiceUnavailable,
}


def _class_for(status: int) -> type[V1Error]:
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    return V1ServerError if status >= 500 else V1Error


def _replacements(errors_obj: dict[str, Any]) -> tuple[ReplacementPlace, ...]:
    found: list[ReplacementPlace] = []
    for field, items in errors_obj.items():
        for item in items if isinstance(items, list) else [items]:
            place = item.get("updated_address") if isinstance(item, dict) else None
            if isinstance(place, dict) and isinstance(place.get("id"), int):
                found.append(
                    ReplacementPlace(
                        field=str(field),
                        id=place["id"],
                        type=place.get("type"),
                        location=place.get("location"),
                    )
                )
    return tuple(found)


def _field_messages(errors_obj: dict[str, Any]) -> tuple[str, ...]:
    out: list[str] = []
    for field, items in errors_obj.items():
        for item in items if isinstance(items, list) else [items]:
            text = item.get("error") if isinstance(item, dict) else item
            out.append(f"{field}: {text}")
    return tuple(out)


def parse_body(body: Any) -> tuple[tuple[str, ...], tuple[str, ...], tuple[ReplacementPlace, ...]]:
    """(messages, codes, replacements) from any of the three v1 error forms; empty when unknown."""
    if not isinstance(body, dict):
        return (), (), ()
    general = body.get("error")
    if isinstance(general, list):
        return tuple(str(m) for m in general), (), ()
    if isinstance(general, str):
        return (general,), (), ()
    coded = body.get("errors")
    if isinstance(coded, list):
        items = [e for e in coded if isinstance(e, dict)]
        messages = tuple(str(e.get("message") or e.get("code") or "") for e in items)
        return messages, tuple(str(e["code"]) for e in items if e.get("code")), ()
    if isinstance(coded, dict):
        return _field_messages(coded), (), _replacements(coded)
    return (), (), ()


def _without_status(message: str, status: int) -> str:
    """``message`` without a leading status code: str() already starts with it ("404 404 Not Found")."""
    head, _, rest = message.partition(" ")
    return rest.strip() if head == str(status) else message


def error_from_v1_response(response: httpx.Response) -> V1Error:
    """The typed error for a non-2xx v1 answer (its body must already be read)."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, without a request
        request = None
    body: Any = None
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        body = None
    messages, codes, replacements = parse_body(body)
    excerpt = None if messages or not response.content else redact_text(response.text[:_EXCERPT])
    cls: type[V1Error] = _class_for(response.status_code)
    if replacements and response.status_code == 422:
        cls = ArchivedPlace
    message = _without_status("; ".join(messages), response.status_code) or response.reason_phrase or "error"
    kwargs: dict[str, Any] = dict(
        status=response.status_code,
        method=request.method if request is not None else "",
        path=request.url.path if request is not None else "",
        messages=messages,
        codes=codes,
        body_excerpt=excerpt,
        response=response,
    )
    if cls is ArchivedPlace:
        kwargs["replacements"] = replacements
    if issubclass(cls, errors.RateLimited):
        kwargs["retry_after"] = errors.parse_retry_after(response.headers.get("retry-after"))
    return cls(message, **kwargs)
