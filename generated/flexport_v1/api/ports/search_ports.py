from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coded_error_body import CodedErrorBody
from ...models.port_records import PortRecords
from ...models.port_type_filter import PortTypeFilter
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 15,
    port_type: PortTypeFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["page"] = page

    params["per"] = per

    json_port_type: str | Unset = UNSET
    if not isinstance(port_type, Unset):
        json_port_type = port_type.value

    params["port_type"] = json_port_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CodedErrorBody | PortRecords | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CodedErrorBody | PortRecords | None:
    if response.status_code == 200:
        response_200 = PortRecords.from_dict(response.json())

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
) -> Response[Any | CodedErrorBody | PortRecords]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 15,
    port_type: PortTypeFilter | Unset = UNSET,
) -> Response[Any | CodedErrorBody | PortRecords]:
    """Search ports by a query string, one page at a time

    Args:
        q (str | Unset):  Example: SFO.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 15.
        port_type (PortTypeFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CodedErrorBody | PortRecords]
    """

    kwargs = _get_kwargs(
        q=q,
        page=page,
        per=per,
        port_type=port_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 15,
    port_type: PortTypeFilter | Unset = UNSET,
) -> Any | CodedErrorBody | PortRecords | None:
    """Search ports by a query string, one page at a time

    Args:
        q (str | Unset):  Example: SFO.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 15.
        port_type (PortTypeFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CodedErrorBody | PortRecords
    """

    return sync_detailed(
        client=client,
        q=q,
        page=page,
        per=per,
        port_type=port_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 15,
    port_type: PortTypeFilter | Unset = UNSET,
) -> Response[Any | CodedErrorBody | PortRecords]:
    """Search ports by a query string, one page at a time

    Args:
        q (str | Unset):  Example: SFO.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 15.
        port_type (PortTypeFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CodedErrorBody | PortRecords]
    """

    kwargs = _get_kwargs(
        q=q,
        page=page,
        per=per,
        port_type=port_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    page: int | Unset = 1,
    per: int | Unset = 15,
    port_type: PortTypeFilter | Unset = UNSET,
) -> Any | CodedErrorBody | PortRecords | None:
    """Search ports by a query string, one page at a time

    Args:
        q (str | Unset):  Example: SFO.
        page (int | Unset):  Default: 1.
        per (int | Unset):  Default: 15.
        port_type (PortTypeFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CodedErrorBody | PortRecords
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            page=page,
            per=per,
            port_type=port_type,
        )
    ).parsed
