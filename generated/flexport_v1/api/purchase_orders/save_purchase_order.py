from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coded_error_body import CodedErrorBody
from ...models.error_body import ErrorBody
from ...models.purchase_order_key import PurchaseOrderKey
from ...models.purchase_order_record import PurchaseOrderRecord
from ...models.purchase_order_write_request import PurchaseOrderWriteRequest
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    body: PurchaseOrderWriteRequest,
    key: PurchaseOrderKey | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_key: str | Unset = UNSET
    if not isinstance(key, Unset):
        json_key = key.value

    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchase_orders",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord | None:
    if response.status_code == 200:
        response_200 = PurchaseOrderRecord.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CodedErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = cast(Any, None)
        return response_406

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderWriteRequest,
    key: PurchaseOrderKey | Unset = UNSET,
) -> Response[Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord]:
    """Create a purchase order, or replace one matched by name or id

     Create and update share this path and method. Without `key` the record is created; with `key` (id or
    name, name when omitted per the reference) the purchase order whose attribute matches the record's
    is replaced by the body. The facade calls it as purchase_orders.create and purchase_orders.update.

    Args:
        key (PurchaseOrderKey | Unset):
        body (PurchaseOrderWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord]
    """

    kwargs = _get_kwargs(
        body=body,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderWriteRequest,
    key: PurchaseOrderKey | Unset = UNSET,
) -> Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord | None:
    """Create a purchase order, or replace one matched by name or id

     Create and update share this path and method. Without `key` the record is created; with `key` (id or
    name, name when omitted per the reference) the purchase order whose attribute matches the record's
    is replaced by the body. The facade calls it as purchase_orders.create and purchase_orders.update.

    Args:
        key (PurchaseOrderKey | Unset):
        body (PurchaseOrderWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord
    """

    return sync_detailed(
        client=client,
        body=body,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderWriteRequest,
    key: PurchaseOrderKey | Unset = UNSET,
) -> Response[Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord]:
    """Create a purchase order, or replace one matched by name or id

     Create and update share this path and method. Without `key` the record is created; with `key` (id or
    name, name when omitted per the reference) the purchase order whose attribute matches the record's
    is replaced by the body. The facade calls it as purchase_orders.create and purchase_orders.update.

    Args:
        key (PurchaseOrderKey | Unset):
        body (PurchaseOrderWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord]
    """

    kwargs = _get_kwargs(
        body=body,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderWriteRequest,
    key: PurchaseOrderKey | Unset = UNSET,
) -> Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord | None:
    """Create a purchase order, or replace one matched by name or id

     Create and update share this path and method. Without `key` the record is created; with `key` (id or
    name, name when omitted per the reference) the purchase order whose attribute matches the record's
    is replaced by the body. The facade calls it as purchase_orders.create and purchase_orders.update.

    Args:
        key (PurchaseOrderKey | Unset):
        body (PurchaseOrderWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CodedErrorBody | ErrorBody | PurchaseOrderRecord
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            key=key,
        )
    ).parsed
