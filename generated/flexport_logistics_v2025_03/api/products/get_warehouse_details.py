from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_pool import InventoryPool
from ...models.logistics_skus_model import LogisticsSkus
from ...models.problem import Problem
from ...models.warehouse_details_response import WarehouseDetailsResponse
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    body: LogisticsSkus,
    pool_name: InventoryPool | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    params: dict[str, Any] = {}

    json_pool_name: str | Unset = UNSET
    if not isinstance(pool_name, Unset):
        json_pool_name = pool_name.value

    params["poolName"] = json_pool_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/logistics/api/2025-03/products/warehouse",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[WarehouseDetailsResponse] | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[WarehouseDetailsResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WarehouseDetailsResponse.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 423:
        response_423 = Problem.from_dict(response.json())

        return response_423

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | list[WarehouseDetailsResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LogisticsSkus,
    pool_name: InventoryPool | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | list[WarehouseDetailsResponse]]:
    """Get warehouse details for a list of logisticsSkus

    Args:
        pool_name (InventoryPool | Unset):
        idempotency_key (str | Unset):
        body (LogisticsSkus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[WarehouseDetailsResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
        pool_name=pool_name,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LogisticsSkus,
    pool_name: InventoryPool | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | list[WarehouseDetailsResponse] | None:
    """Get warehouse details for a list of logisticsSkus

    Args:
        pool_name (InventoryPool | Unset):
        idempotency_key (str | Unset):
        body (LogisticsSkus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[WarehouseDetailsResponse]
    """

    return sync_detailed(
        client=client,
        body=body,
        pool_name=pool_name,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LogisticsSkus,
    pool_name: InventoryPool | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | list[WarehouseDetailsResponse]]:
    """Get warehouse details for a list of logisticsSkus

    Args:
        pool_name (InventoryPool | Unset):
        idempotency_key (str | Unset):
        body (LogisticsSkus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[WarehouseDetailsResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
        pool_name=pool_name,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LogisticsSkus,
    pool_name: InventoryPool | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | list[WarehouseDetailsResponse] | None:
    """Get warehouse details for a list of logisticsSkus

    Args:
        pool_name (InventoryPool | Unset):
        idempotency_key (str | Unset):
        body (LogisticsSkus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[WarehouseDetailsResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            pool_name=pool_name,
            idempotency_key=idempotency_key,
        )
    ).parsed
