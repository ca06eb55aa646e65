"""Generated operations bound to a configured facade: ``fx.<tag>.<operation>(...)``.

A generated module is used for two things only, both private helpers of openapi-python-client
0.29.1 (the pinned generator; tests/facade/test_binding.py guards them):
``_get_kwargs(**params)`` builds the request, ``_parse_response(client=, response=)`` parses a 2xx
answer. The request goes through our pipeline instead of the generated client, and non-2xx answers
never reach the generated parser (it assumes problem+json, which the gateway's 504 or an HTML page is not).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import typing
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from flexport_facade._core.http import (
    ApiResponse,
    IdempotencyKeyArg,
    PipelineBase,
    Prepared,
    TimeoutArg,
)
from flexport_facade._core.operations import OperationMeta, index_for

if TYPE_CHECKING:  # the bound operations and shims import this module
    from flexport_facade._core._async_binding import AsyncHttpxShim
    from flexport_facade._core._sync_binding import HttpxShim


class _ParseClient:
    """What ``_parse_response`` reads from its ``client``: a 2xx the spec omits parses to None."""

    raise_on_unexpected_status = False


_PARSE_CLIENT = _ParseClient()


class _Decoded:
    """What a generated ``_parse_response`` reads from a list answer (its status and ``json()``), for a
    body the pager has decoded already: the records are parsed once, and only those it yields."""

    def __init__(self, status_code: int, body: Any) -> None:
        self.status_code = status_code
        self._body = body

    def json(self) -> Any:
        return self._body


def parse_records(module: ModuleType, status_code: int, records: list[Any]) -> list[Any]:
    """The generated models of a page of decoded records; the records themselves when the answer does
    not parse into a list of them (what ``to_api_response`` + ``answer_page`` made of it before)."""
    try:
        parsed = module._parse_response(client=_PARSE_CLIENT, response=_Decoded(status_code, records))
    except (KeyError, ValueError, TypeError, AttributeError):  # what generated from_dict raises
        return records
    return parsed if isinstance(parsed, list) else records


@functools.cache
def _accepts(module: ModuleType, name: str) -> bool:
    return name in inspect.signature(module._get_kwargs).parameters


def module_of(op: Any) -> ModuleType:
    """The generated module behind ``get_product.sync_detailed`` (or any of its four functions)."""
    module = inspect.getmodule(op)
    if module is None or not hasattr(module, "_get_kwargs") or not hasattr(module, "_parse_response"):
        raise TypeError(
            f"{op!r} is not a generated operation function (expected e.g. <pkg>.api.<tag>.<op>.sync_detailed)"
        )
    return module


def scopes_of(module: ModuleType) -> tuple[str, ...]:
    meta = index_for(module.__name__.split(".", 1)[0]).by_module.get(module.__name__)
    return meta.scopes if meta else ()


def prepare_operation(
    pipeline: PipelineBase,
    module: ModuleType,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    timeout: TimeoutArg,
    idempotency_key: IdempotencyKeyArg,
    extra_headers: Mapping[str, str] | None,
) -> Prepared:
    kwargs.pop("client", None)  # the typed path passes fx.client to satisfy the generated signature
    if "body" in kwargs:
        kwargs["body"] = _body_model(module, kwargs["body"])
    if isinstance(idempotency_key, str) and _accepts(module, "idempotency_key"):
        kwargs["idempotency_key"] = idempotency_key  # the spec declares the header: fill it as well
    check_arguments(kwargs)
    built = dict(module._get_kwargs(*args, **kwargs))
    check_path(str(built["url"]), kwargs)
    return pipeline.prepare(
        built.pop("method"),
        built.pop("url"),
        timeout=timeout,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        **built,
    )


# Paging arguments the API documents as counts from zero (offset) or one (limit).
_MINIMUM = {"offset": 0, "limit": 1}


def check_arguments(kwargs: Mapping[str, Any]) -> None:
    """Refuse at the call what the server would misread: a negative offset, a limit below one."""
    for name, minimum in _MINIMUM.items():
        value = kwargs.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and value < minimum:
            raise ValueError(f"{name}={value!r} is out of range; {name} must be >= {minimum}")


def check_path(url: str, kwargs: Mapping[str, Any]) -> None:
    """Refuse a path id that would change which endpoint is called. The generated code
    percent-encodes ids, but ``.`` and ``..`` are unreserved characters it leaves as they are, and
    URL normalisation then resolves them (``get_product(logistics_sku="..")`` would send
    ``GET /logistics/api/2026-02``); an empty id leaves an empty segment (another endpoint too)."""
    path = url.split("?", 1)[0]
    # Every segment after the first "/", each followed by "/": an empty, "." or ".." one shows as below.
    probe = path[path.find("/") :] + "/" if "/" in path else ""
    if "//" not in probe and "/./" not in probe and "/../" not in probe:
        return
    suspects = [k for k, v in kwargs.items() if isinstance(v, str | int) and str(v) in ("", ".", "..")]
    if not suspects:  # the template itself has such a segment: not ours to refuse
        return
    named = ", ".join(f"{k}={kwargs[k]!r}" for k in suspects)
    raise ValueError(
        f"{named} cannot be sent as a path id: an empty id, '.' or '..' would make the URL name another "
        "endpoint; pass the real identifier"
    )


def _body_model(module: ModuleType, body: Any) -> Any:
    """A plain dict body becomes the operation's generated model (``Model.from_dict``), so both
    ``body=Model(...)`` and ``body={...}`` work; anything else without ``to_dict`` is refused clearly."""
    if hasattr(body, "to_dict") or isinstance(body, list | bytes | str):
        return body
    hint = typing.get_type_hints(module._get_kwargs).get("body")
    models = [t for t in (typing.get_args(hint) or (hint,)) if hasattr(t, "from_dict")]
    name = models[0].__name__ if models else "the generated model"
    if isinstance(body, Mapping) and models:
        from flexport_facade._core.bodies import check_body  # first dict body: not on the import path

        check_body(module.__name__.split(".", 1)[0], name, body)  # unknown and missing keys, by name
        try:
            return models[0].from_dict(dict(body))
        except (KeyError, ValueError, TypeError) as exc:
            raise TypeError(f"body does not fit {name}: {type(exc).__name__}: {exc}") from None
    raise TypeError(f"body must be {name} or a dict of its JSON fields, not {type(body).__name__}")


def to_api_response(
    module: ModuleType, response: httpx.Response, scopes: tuple[str, ...]
) -> ApiResponse[Any]:
    parsed: Any = None
    parse_error: Exception | None = None
    if response.is_success:
        try:
            parsed = module._parse_response(client=_PARSE_CLIENT, response=response)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:  # what generated from_dict raises
            parse_error = exc
    return ApiResponse(
        status_code=response.status_code,
        headers=response.headers,
        content=response.content,
        parsed=parsed,
        http=response,
        required_scopes=scopes,
        parse_error=parse_error,
    )


_OPTIONS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=hint)
    for name, hint in (
        ("retry", "RetryPolicy | None"),
        ("timeout", "TimeoutArg"),
        ("idempotency_key", "IdempotencyKeyArg"),
        ("extra_headers", "Mapping[str, str] | None"),
    )
]


def operation_signature(module: ModuleType) -> inspect.Signature:
    """The generated ``sync_detailed`` parameters without ``client``, then the facade's call options."""
    own = [
        p
        for p in inspect.signature(module.sync_detailed).parameters.values()
        if p.name != "client" and p.name not in {o.name for o in _OPTIONS}
    ]
    return inspect.Signature([*own, *_OPTIONS])


def operation_doc(meta: OperationMeta, module: ModuleType) -> str:
    """The generated summary and arguments, the route, the scope and what a call returns."""
    generated = inspect.getdoc(module.sync_detailed) or meta.operation_id
    text = generated.split("\nRaises:")[0].rstrip()
    scopes = ", ".join(meta.scopes) or "none listed"
    return (
        f"{meta.function}{operation_signature(module)}\n\n{text}\n\n"
        f"{meta.method} {meta.path}  (operationId {meta.operation_id})\n"
        f"Required scope: {scopes}\n"
        "Returns the parsed model of the 2xx answer; any other answer raises an errors.APIError.\n"
        "Call options: retry, timeout, idempotency_key, extra_headers; .raw(...) returns the whole answer."
    )


def _operation_doc(bound: BoundBase) -> str:
    return operation_doc(bound.meta, bound.module)


# help(fx.products.get_product) shows the operation's own text (read from the generated module on
# first use), not the class docstring: every bound class gets this property as its ``__doc__``.
_DOC = property(_operation_doc)


class BoundBase:
    """What the sync and async bound operations share: the metadata and the lazily imported module."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.__doc__ = _DOC  # type: ignore[assignment]  # a property: each instance documents its operation

    def __init__(self, meta: OperationMeta) -> None:
        self.meta = meta
        self.__name__ = meta.function
        self._module: ModuleType | None = None

    @property
    def module(self) -> ModuleType:
        """The generated module, imported on first use."""
        if self._module is None:
            self._module = importlib.import_module(self.meta.module)
        return self._module

    def __repr__(self) -> str:
        return f"<operation {self.meta.tag}.{self.meta.function}: {self.meta.method} {self.meta.path}>"

    # inspect.signature (and so editors on the live object) shows the operation's own parameters.
    @property
    def __signature__(self) -> inspect.Signature:
        return operation_signature(self.module)


class Tag:
    """The operations of one tag (api sub-package) of the pinned version; ``dir()`` lists them."""

    def __init__(
        self,
        name: str,
        operations: dict[str, OperationMeta],
        bind: Callable[[OperationMeta], BoundBase],
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self._name = name
        self._operations = operations
        self._bind = bind  # the client's: a BoundOperation or an AsyncBoundOperation
        self._aliases = dict(aliases or {})  # readable name -> generated name (create_order -> ...)

    @property
    def operations(self) -> tuple[OperationMeta, ...]:
        return tuple(self._operations[k] for k in sorted(self._operations))

    def __getattr__(self, name: str) -> Any:
        meta = self._operations.get(self._aliases.get(name, name))
        if meta is None:
            known = ", ".join(sorted(self._operations.keys() | self._aliases.keys()))
            raise AttributeError(f"tag {self._name!r} has no operation {name!r}; it has: {known}")
        if name != meta.function:  # an alias: one bound object under both names
            bound_real = getattr(self, meta.function)
            self.__dict__[name] = bound_real
            return bound_real
        bound = self._bind(meta)
        self.__dict__[name] = bound  # cache: later lookups skip __getattr__
        return bound

    def __dir__(self) -> list[str]:
        return sorted(self._operations.keys() | self._aliases.keys())

    def __repr__(self) -> str:
        return f"<tag {self._name}: {', '.join(sorted(self._operations))}>"


class GeneratedClient:
    """``fx.client``: stands where a generated function wants ``client=``.

    Passed to ``fx.call(op.sync_detailed, ..., client=fx.client)`` it only satisfies the generated
    signature for mypy. Passed straight to a generated function it still sends through the facade's
    auth and retries, but the generated parser then sees error answers (prefer ``fx.call``).
    """

    raise_on_unexpected_status = False

    def __init__(self, shim: HttpxShim | AsyncHttpxShim) -> None:
        self._shim = shim  # what the client's pipeline offers in place of an httpx client

    def get_httpx_client(self) -> HttpxShim:
        if inspect.iscoroutinefunction(self._shim.request):
            raise TypeError("this is an AsyncFlexport client; call the asyncio_* functions")
        return self._shim  # type: ignore[return-value]  # a sync request(): the HttpxShim

    def get_async_httpx_client(self) -> AsyncHttpxShim:
        if not inspect.iscoroutinefunction(self._shim.request):
            raise TypeError("this is a sync Flexport client; call the sync_* functions")
        return self._shim  # type: ignore[return-value]  # an async request(): the AsyncHttpxShim

    def __repr__(self) -> str:
        return "<flexport_facade generated-client adapter>"
