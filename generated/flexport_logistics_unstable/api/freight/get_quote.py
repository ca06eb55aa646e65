from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.drayage_quote_response import DrayageQuoteResponse
from ...models.ftl_quote_response import FtlQuoteResponse
from ...models.ltl_quote_response import LtlQuoteResponse
from ...models.problem import Problem
from ...types import Response, lenient_enums


def _get_kwargs(
    quote_id: float,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/unstable/freight/quotes/{quote_id}".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_quote_response_type_0 = (
                    DrayageQuoteResponse.from_dict(data)
                )

                return componentsschemas_quote_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_quote_response_type_1 = FtlQuoteResponse.from_dict(
                    data
                )

                return componentsschemas_quote_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_quote_response_type_2 = LtlQuoteResponse.from_dict(data)

            return componentsschemas_quote_response_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: float,
    *,
    client: AuthenticatedClient,
) -> Response[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem]:
    """Get a freight quote

    Args:
        quote_id (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quote_id: float,
    *,
    client: AuthenticatedClient,
) -> DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem | None:
    """Get a freight quote

    Args:
        quote_id (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem
    """

    return sync_detailed(
        quote_id=quote_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    quote_id: float,
    *,
    client: AuthenticatedClient,
) -> Response[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem]:
    """Get a freight quote

    Args:
        quote_id (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quote_id: float,
    *,
    client: AuthenticatedClient,
) -> DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem | None:
    """Get a freight quote

    Args:
        quote_id (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse | Problem
    """

    return (
        await asyncio_detailed(
            quote_id=quote_id,
            client=client,
        )
    ).parsed
