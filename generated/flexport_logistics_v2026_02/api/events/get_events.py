import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.network_events_events_response_item import (
    NetworkEventsEventsResponseItem,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    limit: float | Unset = 100.0,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["type"] = type_

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    params["page_info"] = page_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/2026-02/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[NetworkEventsEventsResponseItem] | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[NetworkEventsEventsResponseItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = NetworkEventsEventsResponseItem.from_dict(
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
) -> Response[Problem | list[NetworkEventsEventsResponseItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = 100.0,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Response[Problem | list[NetworkEventsEventsResponseItem]]:
    """List stored events

     Events matching the filters, oldest first. Further query fields act as filters (e.g.
    orderId=123&shipmentId=456). Follow the Link header's rel=next to page.

    Args:
        limit (float | Unset):  Default: 100.0.
        ids (list[str] | Unset):
        type_ (str | Unset):
        after (datetime.datetime | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[NetworkEventsEventsResponseItem]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        ids=ids,
        type_=type_,
        after=after,
        page_info=page_info,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = 100.0,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Problem | list[NetworkEventsEventsResponseItem] | None:
    """List stored events

     Events matching the filters, oldest first. Further query fields act as filters (e.g.
    orderId=123&shipmentId=456). Follow the Link header's rel=next to page.

    Args:
        limit (float | Unset):  Default: 100.0.
        ids (list[str] | Unset):
        type_ (str | Unset):
        after (datetime.datetime | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[NetworkEventsEventsResponseItem]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        ids=ids,
        type_=type_,
        after=after,
        page_info=page_info,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = 100.0,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Response[Problem | list[NetworkEventsEventsResponseItem]]:
    """List stored events

     Events matching the filters, oldest first. Further query fields act as filters (e.g.
    orderId=123&shipmentId=456). Follow the Link header's rel=next to page.

    Args:
        limit (float | Unset):  Default: 100.0.
        ids (list[str] | Unset):
        type_ (str | Unset):
        after (datetime.datetime | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[NetworkEventsEventsResponseItem]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        ids=ids,
        type_=type_,
        after=after,
        page_info=page_info,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: float | Unset = 100.0,
    ids: list[str] | Unset = UNSET,
    type_: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    page_info: str | Unset = UNSET,
) -> Problem | list[NetworkEventsEventsResponseItem] | None:
    """List stored events

     Events matching the filters, oldest first. Further query fields act as filters (e.g.
    orderId=123&shipmentId=456). Follow the Link header's rel=next to page.

    Args:
        limit (float | Unset):  Default: 100.0.
        ids (list[str] | Unset):
        type_ (str | Unset):
        after (datetime.datetime | Unset):
        page_info (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[NetworkEventsEventsResponseItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            ids=ids,
            type_=type_,
            after=after,
            page_info=page_info,
        )
    ).parsed
