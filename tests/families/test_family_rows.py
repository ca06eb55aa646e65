"""A registry row's family fields, read by ``_core.families``: every documented form, a clear error for
any other, paths under the prefix, and the token header masked wherever headers are redacted."""

from __future__ import annotations

import string
from dataclasses import replace

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flexport_facade._core.error_mapping import error_from_response
from flexport_facade._core.families import Family, auth_for, family_of
from flexport_facade._core.redact import redact_headers
from flexport_facade._core.versions import ApiVersion
from flexport_facade._exceptions import VersionError

ROW = ApiVersion(
    id="2025-01", api="acme", status="stable", released="2025-01", snapshot="acme.yaml", package="acme_x",
    source_url="", base_url="https://api.acme.example", path_prefix="/acme/v2/",
)  # fmt: skip
LOGISTICS = ApiVersion("2026-02", "logistics", "stable", "2026-02", "logistics/2026-02.json", "p", "")


def family(**fields: str) -> Family:
    return family_of(replace(ROW, **fields))


def test_the_documented_forms() -> None:
    assert family(version_in="header:Acme-Version").headers == (("Acme-Version", "2025-01"),)
    assert family(version_in="query:api-version").params == (("api-version", "2025-01"),)
    assert family(version_in="accept:application/vnd.acme.{id}+json").headers == (
        ("Accept", "application/vnd.acme.2025-01+json"),
    )
    in_path = family(version_in="path", path_prefix="/acme/{id}/")
    assert (in_path.prefix, in_path.headers, in_path.params) == ("/acme/2025-01/", (), ())
    assert family().auth == "bearer" and family(auth="token").auth == "token"
    assert family(auth="header:X-Acme-Key").auth == "header:X-Acme-Key"
    # Logistics rows leave every field empty and get its defaults.
    logistics = family_of(LOGISTICS)
    assert (logistics.base_url, logistics.prefix, logistics.auth) == (
        "https://logistics-api.flexport.com", "/logistics/api/2026-02/", "bearer"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"version_in": "cookie:v"}, "version_in = 'cookie:v'"),
        ({"version_in": "header:"}, "version_in = 'header:'"),
        ({"version_in": "header:Bad Name"}, "version_in = 'header:Bad Name'"),
        ({"version_in": "query:a&b"}, "version_in = 'query:a&b'"),
        ({"auth": "basic"}, "auth = 'basic'"),
        ({"auth": "header:X Key"}, "auth = 'header:X Key'"),
        ({"version_in": "path"}, 'version_in = "path" needs a path_prefix containing "{id}"'),
    ],
)
def test_a_value_it_cannot_use_is_named_with_the_forms(fields: dict[str, str], named: str) -> None:
    with pytest.raises(VersionError) as info:
        family(**fields)
    message = str(info.value)
    assert "'2025-01' (api 'acme')" in message and named in message
    assert "documented at the top of versions.toml" in message or "path_prefix" in message


@given(st.lists(st.text(string.ascii_letters + string.digits + "-_.", min_size=1, max_size=8), max_size=4))
def test_every_relative_path_lands_under_the_prefix_once(segments: list[str]) -> None:
    for fam in (family(), family(version_in="path", path_prefix="/acme/{id}/"), family_of(LOGISTICS)):
        rel = "/".join(segments)
        head = fam.static_prefix.rstrip("/")
        if f"/{rel}" == head or f"/{rel}".startswith(f"{head}/"):
            continue  # already under the prefix: kept as given (checked just below)
        full = fam.path(rel)
        assert full.startswith(fam.prefix) and full[len(fam.prefix) :] == rel
        assert fam.path(full) == full  # a path already under the prefix is kept
        assert fam.path("/" + rel) == full


# Marked so that no chance substring of the error's own text can pass for the token.
@given(
    st.text(string.ascii_letters + string.digits + "-_.~+/=", min_size=6, max_size=40).map(
        lambda t: f"Tk{t}9Q"
    )
)
def test_a_named_token_header_never_survives_into_an_error(token: str) -> None:
    auth = auth_for(family(auth="header:X-Acme-Key"), token)
    request = httpx.Request("GET", "https://api.acme.example/acme/v2/shipments")
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    assert sent.headers["X-Acme-Key"] == token
    err = error_from_response(httpx.Response(401, json={"detail": "no"}, request=sent))
    assert err.response is not None and err.response.request.headers["x-acme-key"] == "[REDACTED]"
    assert token not in f"{err} {err!r} {auth!r}"
    assert redact_headers({"X-Acme-Key": token}) == {"X-Acme-Key": "[REDACTED]"}


def test_other_always_secret_headers_are_masked_in_errors_too() -> None:
    # Before: only Authorization and Cookie made the error copy its request with masked headers.
    sent = httpx.Request(
        "GET", "https://h.example/x", headers={"Proxy-Authorization": "Basic c2VjcmV0LXZhbHVl"}
    )
    err = error_from_response(httpx.Response(500, request=sent))
    assert err.response is not None and err.response.request.headers["proxy-authorization"] == "[REDACTED]"


def test_the_token_form_refuses_a_quote_without_echoing_it() -> None:
    with pytest.raises(ValueError, match="contains a quote") as info:
        auth_for(family(auth="token"), 'ab"cd-secret')
    assert 'ab"cd-secret' not in str(info.value)
