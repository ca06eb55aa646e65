from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coded_error_body import CodedErrorBody
from ...models.product_records import ProductRecords
from ...types import Response, lenient_enums


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CodedErrorBody | ProductRecords | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CodedErrorBody | ProductRecords | None:
    if response.status_code == 200:
        response_200 = ProductRecords.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = CodedErrorBody.from_dict(response.json())

        return response_401

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
) -> Response[Any | CodedErrorBody | ProductRecords]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CodedErrorBody | ProductRecords]:
    """List your products

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CodedErrorBody | ProductRecords]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | CodedErrorBody | ProductRecords | None:
    """List your products

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CodedErrorBody | ProductRecords
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | CodedErrorBody | ProductRecords]:
    """List your products

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CodedErrorBody | ProductRecords]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | CodedErrorBody | ProductRecords | None:
    """List your products

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CodedErrorBody | ProductRecords
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
