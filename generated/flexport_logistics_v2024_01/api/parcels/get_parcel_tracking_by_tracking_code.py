from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parcel_tracking import ParcelTracking
from ...models.problem import Problem
from ...types import Response, lenient_enums


def _get_kwargs(
    tracking_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/2024-01/parcels/tracking/{tracking_code}".format(
            tracking_code=quote(str(tracking_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParcelTracking | Problem | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParcelTracking | Problem | None:
    if response.status_code == 200:
        response_200 = ParcelTracking.from_dict(response.json())

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
) -> Response[ParcelTracking | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[ParcelTracking | Problem]:
    """Get a parcel's tracking by carrier tracking code

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParcelTracking | Problem]
    """

    kwargs = _get_kwargs(
        tracking_code=tracking_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tracking_code: str,
    *,
    client: AuthenticatedClient,
) -> ParcelTracking | Problem | None:
    """Get a parcel's tracking by carrier tracking code

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParcelTracking | Problem
    """

    return sync_detailed(
        tracking_code=tracking_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    tracking_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[ParcelTracking | Problem]:
    """Get a parcel's tracking by carrier tracking code

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParcelTracking | Problem]
    """

    kwargs = _get_kwargs(
        tracking_code=tracking_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tracking_code: str,
    *,
    client: AuthenticatedClient,
) -> ParcelTracking | Problem | None:
    """Get a parcel's tracking by carrier tracking code

    Args:
        tracking_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParcelTracking | Problem
    """

    return (
        await asyncio_detailed(
            tracking_code=tracking_code,
            client=client,
        )
    ).parsed
