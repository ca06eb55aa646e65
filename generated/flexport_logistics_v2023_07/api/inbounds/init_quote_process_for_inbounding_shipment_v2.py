from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inbound_rate_quote_result import InboundRateQuoteResult
from ...models.inbound_shipping_option import InboundShippingOption
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    shipment_id: int,
    *,
    shipping_option: InboundShippingOption | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    params: dict[str, Any] = {}

    json_shipping_option: str | Unset = UNSET
    if not isinstance(shipping_option, Unset):
        json_shipping_option = shipping_option.value

    params["shippingOption"] = json_shipping_option

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/logistics/api/2023-07/inbounds/shipments/{shipment_id}/quotes".format(
            shipment_id=quote(str(shipment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InboundRateQuoteResult | Problem | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InboundRateQuoteResult | Problem | None:
    if response.status_code == 200:
        response_200 = InboundRateQuoteResult.from_dict(response.json())

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
) -> Response[InboundRateQuoteResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shipment_id: int,
    *,
    client: AuthenticatedClient,
    shipping_option: InboundShippingOption | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[InboundRateQuoteResult | Problem]:
    """Start an asynchronous quote request for a shipment

    Args:
        shipment_id (int):
        shipping_option (InboundShippingOption | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboundRateQuoteResult | Problem]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        shipping_option=shipping_option,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shipment_id: int,
    *,
    client: AuthenticatedClient,
    shipping_option: InboundShippingOption | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> InboundRateQuoteResult | Problem | None:
    """Start an asynchronous quote request for a shipment

    Args:
        shipment_id (int):
        shipping_option (InboundShippingOption | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboundRateQuoteResult | Problem
    """

    return sync_detailed(
        shipment_id=shipment_id,
        client=client,
        shipping_option=shipping_option,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    shipment_id: int,
    *,
    client: AuthenticatedClient,
    shipping_option: InboundShippingOption | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[InboundRateQuoteResult | Problem]:
    """Start an asynchronous quote request for a shipment

    Args:
        shipment_id (int):
        shipping_option (InboundShippingOption | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboundRateQuoteResult | Problem]
    """

    kwargs = _get_kwargs(
        shipment_id=shipment_id,
        shipping_option=shipping_option,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shipment_id: int,
    *,
    client: AuthenticatedClient,
    shipping_option: InboundShippingOption | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> InboundRateQuoteResult | Problem | None:
    """Start an asynchronous quote request for a shipment

    Args:
        shipment_id (int):
        shipping_option (InboundShippingOption | Unset):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboundRateQuoteResult | Problem
    """

    return (
        await asyncio_detailed(
            shipment_id=shipment_id,
            client=client,
            shipping_option=shipping_option,
            idempotency_key=idempotency_key,
        )
    ).parsed
