from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_quotes_response import GetQuotesResponse
from ...models.list_direction import ListDirection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    limit: float | Unset = UNSET,
    cursor: float | Unset = UNSET,
    direction: ListDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/unstable/freight/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetQuotesResponse | Problem | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetQuotesResponse | Problem | None:
    if response.status_code == 200:
        response_200 = GetQuotesResponse.from_dict(response.json())

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
) -> Response[GetQuotesResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = UNSET,
    cursor: float | Unset = UNSET,
    direction: ListDirection | Unset = UNSET,
) -> Response[GetQuotesResponse | Problem]:
    """List freight quotes

    Args:
        limit (float | Unset):
        cursor (float | Unset):
        direction (ListDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetQuotesResponse | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = UNSET,
    cursor: float | Unset = UNSET,
    direction: ListDirection | Unset = UNSET,
) -> GetQuotesResponse | Problem | None:
    """List freight quotes

    Args:
        limit (float | Unset):
        cursor (float | Unset):
        direction (ListDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetQuotesResponse | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = UNSET,
    cursor: float | Unset = UNSET,
    direction: ListDirection | Unset = UNSET,
) -> Response[GetQuotesResponse | Problem]:
    """List freight quotes

    Args:
        limit (float | Unset):
        cursor (float | Unset):
        direction (ListDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetQuotesResponse | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = UNSET,
    cursor: float | Unset = UNSET,
    direction: ListDirection | Unset = UNSET,
) -> GetQuotesResponse | Problem | None:
    """List freight quotes

    Args:
        limit (float | Unset):
        cursor (float | Unset):
        direction (ListDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetQuotesResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
        )
    ).parsed
