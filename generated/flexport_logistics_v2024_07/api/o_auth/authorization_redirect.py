from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_redirect_response_type import (
    AuthorizationRedirectResponseType,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, lenient_enums


def _get_kwargs(
    *,
    response_type: AuthorizationRedirectResponseType,
    client_id: str,
    scope: str,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["scope"] = scope

    params["redirect_uri"] = redirect_uri

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logistics/api/2024-07/oauth/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    # An answer may carry an enum value this version does not list: keep it (see types.py).
    with lenient_enums():
        return _parse_answer(client=client, response=response)


def _parse_answer(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 301:
        response_301 = cast(Any, None)
        return response_301

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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationRedirectResponseType,
    client_id: str,
    scope: str,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Start the authorization-code flow

    Args:
        response_type (AuthorizationRedirectResponseType):
        client_id (str):
        scope (str):
        redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationRedirectResponseType,
    client_id: str,
    scope: str,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Any | Problem | None:
    """Start the authorization-code flow

    Args:
        response_type (AuthorizationRedirectResponseType):
        client_id (str):
        scope (str):
        redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        response_type=response_type,
        client_id=client_id,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationRedirectResponseType,
    client_id: str,
    scope: str,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Start the authorization-code flow

    Args:
        response_type (AuthorizationRedirectResponseType):
        client_id (str):
        scope (str):
        redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationRedirectResponseType,
    client_id: str,
    scope: str,
    redirect_uri: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Any | Problem | None:
    """Start the authorization-code flow

    Args:
        response_type (AuthorizationRedirectResponseType):
        client_id (str):
        scope (str):
        redirect_uri (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            response_type=response_type,
            client_id=client_id,
            scope=scope,
            redirect_uri=redirect_uri,
            state=state,
        )
    ).parsed
