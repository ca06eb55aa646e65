"""OAuth: the authorization-code flow (AuthorizationRedirect, TokenExchange). No bearer token needed.

Sources, per version:
- unstable: Ruby client docs/OAuthApi.md, docs/TokenResponse.md, docs/GrantTypes.md, docs/AuthFlow.md
  and the model files (JSON names: ``access_token`` and ``logisticsAccountId``; query ``authFlow``).
- 2024-04: the stored OAuth page shows AuthorizationRedirect first (response_type "code", client_id,
  space-separated scope list, redirect_uri) and names TokenExchange (research/inventory/oauth.md).
- 2026-02: seed 000 (scope table, "+-separated list in the scope query parameter of the
  AuthorizationRedirect call", partner client credentials, errors 405001-405005).

First version: 2024-01, as the release notes date "Partner OAuth (New)" and as the project's
delta tests expect. There is evidence the endpoints are older (the migration table calls 2023-04
"OAuth 2.0, RFC6749 compliant: Yes"; the unstable client's change log stops at 2023-04 while already
carrying both endpoints; research/field-facts.md cites a stored 2023-10 OAuth page), so 2024-01 may
only have opened them to partners. ``FIRST`` moves both operations in one place if a real spec shows
them earlier.
"""

from __future__ import annotations

from scripts.reconstruct.builder import SpecBuilder, V, enum, json_response, obj, query

FIRST = "2024-01"
PARTNERS = "2024-01"

RUBY = "atlas-llc/flexport-ruby-api docs/OAuthApi.md"
RUBY_RESPONSE_MODEL = (
    "atlas-llc/flexport-ruby-api docs/TokenResponse.md (JSON keys from the model's attribute map)"
)
PAGE_2404 = "docs.logistics-api.flexport.com/2024-04/tag/OAuth (page start)"
GUIDE = "seed 000 (2026-02 Getting Started: scopes, partner program, errors 405001-405005)"
NOTES = "seed 000 release notes 2024-01 (Partner OAuth)"
MIGRATION = "seed 000 migration table (2023-04: OAuth 2.0, RFC 6749)"

_BASE_SCOPES = [
    "read_logistics_products",
    "write_logistics_products",
    "read_logistics_reports",
    "write_logistics_reports",
    "read_logistics_bundles",
    "write_logistics_bundles",
    "read_logistics_orders",
    "write_logistics_orders",
    "read_logistics_webhooks",
    "write_logistics_webhooks",
    "read_logistics_parcels",
    "write_logistics_parcels",
    "read_logistics_returns",
    "write_logistics_returns",
    "read_logistics_events",
    "read_logistics_inbounds",
    "write_logistics_inbounds",
]


def scopes_for(v: V) -> list[str]:
    """Scope names the version's reference lists.

    Freight scopes are on the 2024-04 page and in the unstable client; the 2026-02 guide calls them
    unstable-only, so they are listed up to 2025-03 (the last version without that statement).
    ``orders_b2b`` from 2024-07 and ``warehouses`` from 2025-03, per the 2026-02 scope table.
    """
    out = list(_BASE_SCOPES)
    if v.until("2025-03", unstable=True):
        out += ["read_logistics_freight", "write_logistics_freight"]
    if v.since("2024-07", unstable=False):
        out += ["read_logistics_orders_b2b", "write_logistics_orders_b2b"]
    if v.since("2025-03", unstable=False):
        out += ["read_logistics_warehouses"]
    return out


def build(spec: SpecBuilder) -> None:
    v = spec.v
    if not v.since(FIRST):
        return
    partners = v.since(PARTNERS)

    redirect_seen = v.is_unstable or v.id in {"2024-04", "2026-02"}
    redirect_sources = [RUBY]
    if v.id == "2024-04":
        redirect_sources = [PAGE_2404, RUBY + " (unstable)"]
    elif v.id == "2026-02":
        redirect_sources = [GUIDE, RUBY + " (unstable)"]
    elif not v.is_unstable:
        redirect_sources = [RUBY + " (unstable; carried over)", MIGRATION]
        if partners:
            redirect_sources.append(NOTES)

    parameters = [
        query("response_type", enum(["code"]), required=True, description="Always `code`."),
        query(
            "client_id",
            {"type": "string"},
            required=True,
            description=(
                "`identity` for a token tied to your own Seller Portal user"
                + ("; partners pass their registered application id." if partners else ".")
            ),
        ),
        query(
            "scope",
            {"type": "string"},
            required=True,
            description=(
                "Scopes separated by a space (sent URL-encoded, e.g. as `+`). Known scopes: "
                + " ".join(scopes_for(v))
            ),
        ),
        query(
            "redirect_uri",
            {"type": "string"},
            description=(
                "Where the one-time `code` is sent. With client_id `identity` it must be "
                "https://deliverr.com (405001); otherwise exactly the registered URI."
            ),
        ),
        query("state", {"type": "string"}, description="Opaque value echoed back on the redirect."),
    ]
    if v.is_unstable:
        auth_flow = spec.schema("AuthFlow", enum(["hosted_ui", "custom_ui"]))
        parameters.append(query("authFlow", auth_flow, description="Reserved for partners."))

    spec.operation(
        tag="OAuth",
        method="GET",
        path="/oauth/authorize",
        operation_id="AuthorizationRedirect",
        summary="Start the authorization-code flow",
        confidence="seen" if redirect_seen else "inferred",
        sources=redirect_sources,
        secured=False,
        parameters=parameters,
        responses={
            "301": {
                "description": (
                    "After login and consent, redirect to redirect_uri with `code` (one use, valid "
                    "a few minutes) and `state`. Bad input answers 400 with code 405001-405004."
                ),
                "headers": {
                    "Location": {
                        "description": "redirect_uri?code=...&state=...",
                        "schema": {"type": "string"},
                    }
                },
            }
        },
    )

    grant = spec.schema("GrantTypes", enum(["authorization_code"]))
    form_props = {
        "grant_type": grant,
        "code": {"type": "string", "description": "The one-time code from the redirect."},
        "redirect_uri": {
            "type": "string",
            "description": "Required if sent to AuthorizationRedirect; must be identical.",
        },
    }
    if partners:
        # Partners "must use the application ID and secret as client credentials" (2026-02 guide);
        # how they travel was never shown. Form fields are modelled here; RFC 6749 also allows Basic.
        form_props["client_id"] = {"type": "string", "description": "Partner application id."}
        form_props["client_secret"] = {"type": "string", "description": "Partner application secret."}
    form = spec.schema(
        "TokenExchangeForm",
        obj(form_props, required=["grant_type", "code"]),
    )
    token = spec.schema(
        "TokenResponse",
        obj(
            {
                "access_token": {"type": "string", "description": "Bearer token for the API."},
                "logisticsAccountId": {"type": "string"},
            },
            required=["access_token", "logisticsAccountId"],
        ),
    )
    exchange_sources = (
        [RUBY, RUBY_RESPONSE_MODEL]
        if v.is_unstable
        else [RUBY + " (unstable; carried over)", RUBY_RESPONSE_MODEL]
    )
    if v.id == "2024-04":
        exchange_sources.append(PAGE_2404 + " (named in the AuthorizationRedirect text)")
    if v.id == "2026-02":
        exchange_sources.append(GUIDE)
    spec.operation(
        tag="OAuth",
        method="POST",
        path="/oauth/token",
        operation_id="TokenExchange",
        summary="Exchange the one-time code for an access token",
        confidence="seen" if v.is_unstable else "inferred",
        sources=exchange_sources,
        secured=False,
        request_body={
            "required": True,
            "content": {"application/x-www-form-urlencoded": {"schema": form}},
        },
        responses={"200": json_response(token, "Ok")},
    )
