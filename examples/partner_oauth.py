"""The partner OAuth flow: authorization URL, callback, code exchange, a stored token, a call.

python examples/partner_oauth.py
"""

from __future__ import annotations

import tempfile

import httpx

from flexport_facade import FileTokenStore, Flexport, FlexportOAuth
from flexport_facade.testing import run_simulator

CALLBACK = "https://app.example/callback"


def main() -> None:
    with run_simulator("2026-02") as sim, tempfile.TemporaryDirectory() as tokens:
        sim.register_oauth_client("example-app", CALLBACK, client_secret="example-secret")  # noqa: S106
        oauth = FlexportOAuth(
            client_id="example-app",
            client_secret="example-secret",  # noqa: S106 - an example value
            redirect_uri=CALLBACK,
            version="2026-02",
            store=FileTokenStore(tokens),
            base_url=sim.url,
        )
        url, state = oauth.authorization_url(scopes=["read_logistics_products"])
        callback = httpx.get(url).headers["location"]  # the merchant's browser follows this redirect
        token = oauth.complete(callback, expected_state=state)
        with Flexport(
            version="2026-02", base_url=sim.url, auth=oauth.auth_for(token.logistics_account_id)
        ) as fx:
            products = fx.products.get_products()
        print(f"merchant {token.logistics_account_id} authorized; {len(products)} products; token stored")


if __name__ == "__main__":
    main()
