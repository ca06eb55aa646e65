from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.return_order_status import ReturnOrderStatus
from ...models.returns_api_order import ReturnsApiOrder
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    external_return_id: str | Unset = UNSET,
    rma: str | Unset = UNSET,
    tracking_code: str | Unset = UNSET,
    status: list[ReturnOrderStatus] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["externalReturnId"] = external_return_id

    params["rma"] = rma

    params["trackingCode"] = tracking_code

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["limit"] = limit

    params["page_info"] = page_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/unstable/returns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ReturnsApiOrder] | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ReturnsApiOrder] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ReturnsApiOrder.from_dict(response_200_item_data)

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
) -> Response[Problem | list[ReturnsApiOrder]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    external_return_id: str | Unset = UNSET,
    rma: str | Unset = UNSET,
    tracking_code: str | Unset = UNSET,
    status: list[ReturnOrderStatus] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Response[Problem | list[ReturnsApiOrder]]:
    """List returns (cursor pages)

    Args:
        external_return_id (str | Unset):
        rma (str | Unset):
        tracking_code (str | Unset):
        status (list[ReturnOrderStatus] | Unset):
        limit (int | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ReturnsApiOrder]]
    """

    kwargs = _get_kwargs(
        external_return_id=external_return_id,
        rma=rma,
        tracking_code=tracking_code,
        status=status,
        limit=limit,
        page_info=page_info,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    external_return_id: str | Unset = UNSET,
    rma: str | Unset = UNSET,
    tracking_code: str | Unset = UNSET,
    status: list[ReturnOrderStatus] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Problem | list[ReturnsApiOrder] | None:
    """List returns (cursor pages)

    Args:
        external_return_id (str | Unset):
        rma (str | Unset):
        tracking_code (str | Unset):
        status (list[ReturnOrderStatus] | Unset):
        limit (int | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ReturnsApiOrder]
    """

    return sync_detailed(
        client=client,
        external_return_id=external_return_id,
        rma=rma,
        tracking_code=tracking_code,
        status=status,
        limit=limit,
        page_info=page_info,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    external_return_id: str | Unset = UNSET,
    rma: str | Unset = UNSET,
    tracking_code: str | Unset = UNSET,
    status: list[ReturnOrderStatus] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Response[Problem | list[ReturnsApiOrder]]:
    """List returns (cursor pages)

    Args:
        external_return_id (str | Unset):
        rma (str | Unset):
        tracking_code (str | Unset):
        status (list[ReturnOrderStatus] | Unset):
        limit (int | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ReturnsApiOrder]]
    """

    kwargs = _get_kwargs(
        external_return_id=external_return_id,
        rma=rma,
        tracking_code=tracking_code,
        status=status,
        limit=limit,
        page_info=page_info,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    external_return_id: str | Unset = UNSET,
    rma: str | Unset = UNSET,
    tracking_code: str | Unset = UNSET,
    status: list[ReturnOrderStatus] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Problem | list[ReturnsApiOrder] | None:
    """List returns (cursor pages)

    Args:
        external_return_id (str | Unset):
        rma (str | Unset):
        tracking_code (str | Unset):
        status (list[ReturnOrderStatus] | Unset):
        limit (int | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ReturnsApiOrder]
    """

    return (
        await asyncio_detailed(
            client=client,
            external_return_id=external_return_id,
            rma=rma,
            tracking_code=tracking_code,
            status=status,
            limit=limit,
            page_info=page_info,
        )
    ).parsed
