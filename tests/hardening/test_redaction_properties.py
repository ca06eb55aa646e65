"""Issue 16 item 6 (proof): no generated token survives into a str, repr or log line.

Tokens are drawn by hypothesis: any run of visible ASCII (what a header can carry) for the
"enters through the client" property, and split tokens (a raw or escaped newline, tab or NUL inside)
for the "however it is split" property of ``redact_text`` itself.
"""

from __future__ import annotations

import logging
import string
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexport_facade import Flexport, RetryPolicy, errors
from flexport_facade._core.redact import REDACTED, redact_text
from flexport_facade.auth import BearerAuth
from flexport_facade.auth._token_text import clean_token

VISIBLE = "".join(chr(c) for c in range(0x21, 0x7F))
B64TOKEN = string.ascii_letters + string.digits + "-._~+/"
PROPERTY = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# A fixed head keeps a drawn token from being, by chance, a word of our own messages (hypothesis
# draws from the string constants of the code it runs); the rest is any visible ASCII.
tokens = st.text(alphabet=VISIBLE, min_size=8, max_size=64).map(lambda rest: "T0k!" + rest)
b64_halves = st.text(alphabet=B64TOKEN, min_size=1, max_size=32)
splits = st.sampled_from(["\\n", "\\r\\n", "\\t", "\\x00", "\n", "\r\n", "\t"])


@PROPERTY
@given(a=b64_halves, b=b64_halves, split=splits, quote=st.sampled_from(["'", '"']))
def test_a_split_bearer_credential_is_masked_whole(a: str, b: str, split: str, quote: str) -> None:
    text = f"Illegal header value b{quote}Bearer {a}{split}{b}{quote} (sent to /x)"
    assert redact_text(text) == f"Illegal header value b{quote}Bearer {REDACTED}{quote} (sent to /x)"


@PROPERTY
@given(secret=b64_halves.filter(lambda s: len(s) >= 8))
def test_an_unsplit_bearer_credential_is_masked_in_a_log_line(secret: str) -> None:
    assert redact_text(f"Authorization: Bearer {secret}") == f"Authorization: Bearer {REDACTED}"


@PROPERTY
@given(token=tokens)
def test_a_token_given_to_the_client_appears_in_no_str_repr_or_log_line(token: str, caplog: Any) -> None:
    token = clean_token(token)  # what BearerAuth keeps (surrounding whitespace aside)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/boom"):
            raise httpx.ConnectError(
                f"refused while sending {request.headers['authorization']}", request=request
            )
        return httpx.Response(401, json={"detail": f"bad credentials {request.headers['authorization']}"})

    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        auth = BearerAuth(token)
        fx = Flexport(
            version="2026-02",
            token=token,
            retry=RetryPolicy(attempts=1),
            transport=httpx.MockTransport(answer),
        )
        with fx:
            outputs = [repr(auth), repr(fx)]
            for path in ("/warehouses/active", "/boom"):
                with pytest.raises(errors.FlexportError) as info:
                    fx.request(
                        "GET", path
                    ).raise_for_status() if path == "/boom" else fx.products.get_product(logistics_sku="D1")
                outputs += [str(info.value), repr(info.value), *getattr(info.value, "__notes__", [])]
                cause = info.value.__cause__
                if cause is not None:
                    outputs += [str(cause), repr(cause)]
    outputs += [record.getMessage() for record in caplog.records]
    for text in outputs:
        assert token not in text


@PROPERTY
@given(
    head=st.text(alphabet=B64TOKEN, min_size=4, max_size=20),
    bad=st.sampled_from(["\n", "\r", "\t", " ", "\x00", "\x7f", "é", "\u2028"]),
    tail=st.text(alphabet=B64TOKEN, min_size=4, max_size=20),
)
def test_a_refused_token_is_never_echoed(head: str, bad: str, tail: str) -> None:
    value = f"{head}{bad}{tail}"
    with pytest.raises(ValueError) as info:
        clean_token(value)
    assert value not in str(info.value) and f"{bad}{tail}" not in str(info.value)
