"""Request and response checks against the snapshot, with openapi-core."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import (
    InvalidRequestBody,
    MissingRequestBodyError,
    RequestBodyValidationError,
)
from openapi_core.validation.request.validators import V30RequestBodyValidator, V30RequestParametersValidator
from openapi_core.validation.response.validators import V30ResponseDataValidator, V30ResponseHeadersValidator
from werkzeug.datastructures import Headers, ImmutableMultiDict

# openapi-core matches paths against the document's server; requests are checked as if sent there.
_FALLBACK_SERVER = "https://logistics-api.flexport.com"


@dataclass
class SpecRequest:
    """The openapi-core request protocol, from the pieces the engine already parsed."""

    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters


@dataclass
class SpecResponse:
    data: bytes
    status_code: int
    content_type: str
    headers: Mapping[str, Any]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request; ``unprocessable`` marks a body that parsed but failed its schema."""

    where: str
    message: str
    unprocessable: bool = False


class Validator:
    def __init__(self, document: dict[str, Any]) -> None:
        # The snapshot is validated when it is built (make reconstruct); re-checking costs ~1 s per app.
        self.api = OpenAPI.from_dict(document, config=Config(spec_validator_cls=None))
        # openapi-core knows application/json only; errors here are problem+json.
        extra: dict[str, Callable[[bytes], Any]] = {"application/problem+json": json.loads}
        spec = self.api.spec
        self._params = V30RequestParametersValidator(spec, extra_media_type_deserializers=extra)
        self._body = V30RequestBodyValidator(spec, extra_media_type_deserializers=extra)
        self._data = V30ResponseDataValidator(spec, extra_media_type_deserializers=extra)
        self._headers = V30ResponseHeadersValidator(spec, extra_media_type_deserializers=extra)
        servers = document.get("servers") or [{"url": _FALLBACK_SERVER}]
        self.host_url = str(servers[0]["url"]).rstrip("/")

    def request(
        self,
        *,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        content_type: str,
    ) -> SpecRequest:
        return SpecRequest(
            host_url=self.host_url,
            path=path,
            method=method.lower(),
            body=body,
            content_type=content_type.lower(),
            parameters=RequestParameters(query=ImmutableMultiDict(query), header=Headers(dict(headers))),
        )

    def check_request(self, request: SpecRequest) -> list[Problem]:
        problems = list(_flatten(self._params.iter_errors(request), "parameters"))
        problems += _flatten(self._body.iter_errors(request), "body")
        return problems

    def check_response(self, request: SpecRequest, response: SpecResponse) -> list[str]:
        """Everything wrong with a response (for tests and the engine's own self-check)."""
        errors = list(self._data.iter_errors(request, response))
        errors += self._headers.iter_errors(request, response)
        return [p.message for p in _flatten(iter(errors), "response")]


def _flatten(errors: Iterator[Exception], where: str) -> Iterator[Problem]:
    for error in errors:
        cause = error.__cause__
        schema_errors = list(getattr(cause, "schema_errors", None) or [])
        unprocessable = isinstance(error, InvalidRequestBody)
        if isinstance(error, RequestBodyValidationError) and not isinstance(
            error, InvalidRequestBody | MissingRequestBodyError
        ):
            # The body did not parse as the declared media type.
            yield Problem(where, f"{error}: {cause}" if cause else str(error))
            continue
        if not schema_errors:
            detail = f"{error}: {cause}" if cause and str(cause) not in str(error) else str(error)
            yield Problem(where, detail, unprocessable)
            continue
        name = getattr(error, "name", None)
        for item in schema_errors:
            location = ".".join(str(p) for p in item.absolute_path)
            prefix = f"{name}" if name else where
            if location:
                prefix = f"{prefix}.{location}" if name else location
            yield Problem(where, f"{prefix}: {item.message}", unprocessable)
