"""v1 error bodies mapped onto the facade's shared hierarchy (``flexport_facade.errors``).

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
from dataclasses import dataclass
from typing import Any

import httpx

from flexport_facade import errors
from flexport_facade.redact import redact_text

_EXCERPT = 200


class V1Error(errors.APIError):
    """Any non-2xx answer of Flexport API v1."""

    def __init__(
        self, message: str, *, messages: tuple[str, ...] = (), codes: tuple[str, ...] = (), **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.messages = messages  # every message of the body, in order
        self.codes = codes  # the machine codes of the 401 form, e.g. ("bad_token",)


class V1BadRequest(V1Error, errors.BadRequest):
    pass


class BadToken(V1Error, errors.Unauthorized):
    hint = (
        "the v1 API key is invalid or expired; an Admin or Billing user generates a new one "
        "at flexport.com -> account settings -> API"
    )


class V1Forbidden(V1Error, errors.Forbidden):
    pass


class V1NotFound(V1Error, errors.NotFound):
    hint = "no such record, or this API key may not see it"


class MethodNotAllowed(V1Error):
    status = 405
    hint = "this endpoint does not take that HTTP method"


class NotAcceptable(V1Error):
    status = 406
    hint = (
        "the Accept header names a version or format the API does not serve; send application/vnd.flexport.v1"
    )


class V1UnprocessableEntity(V1Error, errors.UnprocessableEntity):
    pass


@dataclass(frozen=True)
class ReplacementPlace:
    """The place that replaced an archived one; resubmit with ``id``."""

    field: str  # the request field that named the archived place, e.g. "destination_id"
    id: int
    type: str | None
    location: str | None


class ArchivedPlace(V1UnprocessableEntity):
    """A place id in the request is archived; ``replacements`` holds the place to use instead."""

    hint = "a place in the request was archived after an edit; check the replacement and resubmit with its id"

    def __init__(self, message: str, *, replacements: tuple[ReplacementPlace, ...] = (), **kw: Any) -> None:
        super().__init__(message, **kw)
        self.replacements = replacements

    def replacement_ids(self) -> dict[str, int]:
        """``{field: replacement id}``, ready to merge into the record before resubmitting."""
        return {r.field: r.id for r in self.replacements}


class V1RateLimited(V1Error, errors.RateLimited):
    pass


class V1ServerError(V1Error, errors.ServerError):
    pass


class V1ServiceUnavailable(V1ServerError):
    status = 503
    hint = "the API is offline for maintenance; retry later"


class UnexpectedBody(errors.FlexportError):
    """A 2xx answer whose body is not the envelope the operation returns."""


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
