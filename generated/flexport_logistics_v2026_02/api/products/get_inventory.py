from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_inventory_response import ApiInventoryResponse
from ...models.inventory_pool import InventoryPool
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    logistics_sku: str,
    *,
    pool_name: InventoryPool | Unset = UNSET,
    aggregate_packs: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_pool_name: str | Unset = UNSET
    if not isinstance(pool_name, Unset):
        json_pool_name = pool_name.value

    params["poolName"] = json_pool_name

    params["aggregatePacks"] = aggregate_packs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/2026-02/products/{logistics_sku}/inventory".format(
            logistics_sku=quote(str(logistics_sku), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiInventoryResponse | Problem | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiInventoryResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ApiInventoryResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[ApiInventoryResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    logistics_sku: str,
    *,
    client: AuthenticatedClient,
    pool_name: InventoryPool | Unset = UNSET,
    aggregate_packs: bool | Unset = UNSET,
) -> Response[ApiInventoryResponse | Problem]:
    """Get available inventory for a product

    Args:
        logistics_sku (str):
        pool_name (InventoryPool | Unset):
        aggregate_packs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiInventoryResponse | Problem]
    """

    kwargs = _get_kwargs(
        logistics_sku=logistics_sku,
        pool_name=pool_name,
        aggregate_packs=aggregate_packs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    logistics_sku: str,
    *,
    client: AuthenticatedClient,
    pool_name: InventoryPool | Unset = UNSET,
    aggregate_packs: bool | Unset = UNSET,
) -> ApiInventoryResponse | Problem | None:
    """Get available inventory for a product

    Args:
        logistics_sku (str):
        pool_name (InventoryPool | Unset):
        aggregate_packs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiInventoryResponse | Problem
    """

    return sync_detailed(
        logistics_sku=logistics_sku,
        client=client,
        pool_name=pool_name,
        aggregate_packs=aggregate_packs,
    ).parsed


async def asyncio_detailed(
    logistics_sku: str,
    *,
    client: AuthenticatedClient,
    pool_name: InventoryPool | Unset = UNSET,
    aggregate_packs: bool | Unset = UNSET,
) -> Response[ApiInventoryResponse | Problem]:
    """Get available inventory for a product

    Args:
        logistics_sku (str):
        pool_name (InventoryPool | Unset):
        aggregate_packs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiInventoryResponse | Problem]
    """

    kwargs = _get_kwargs(
        logistics_sku=logistics_sku,
        pool_name=pool_name,
        aggregate_packs=aggregate_packs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    logistics_sku: str,
    *,
    client: AuthenticatedClient,
    pool_name: InventoryPool | Unset = UNSET,
    aggregate_packs: bool | Unset = UNSET,
) -> ApiInventoryResponse | Problem | None:
    """Get available inventory for a product

    Args:
        logistics_sku (str):
        pool_name (InventoryPool | Unset):
        aggregate_packs (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiInventoryResponse | Problem
    """

    return (
        await asyncio_detailed(
            logistics_sku=logistics_sku,
            client=client,
            pool_name=pool_name,
            aggregate_packs=aggregate_packs,
        )
    ).parsed
