"""The v1 key never shows in reprs, errors, logs or the simulator's request log."""

from __future__ import annotations

import logging

import httpx
import pytest

from flexport_facade import errors
from flexport_facade._core.redact import redact_text
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.testing._v1 import V1Simulator
from flexport_facade.v1 import FlexportV1, TokenAuth

from .conftest import KEY


def test_redact_covers_the_token_header_form() -> None:
    text = f'Authorization: Token token="{KEY}"'
    assert KEY not in redact_text(text)
    assert KEY not in redact_text(f"Token token={KEY}")


def test_reprs_mask_the_key(v1: FlexportV1) -> None:
    assert KEY not in repr(v1) and "***" in repr(v1)
    assert KEY not in repr(TokenAuth(KEY))
    assert "<callable>" in repr(TokenAuth(lambda: KEY))


def test_errors_and_logs_carry_no_key(sim: V1Simulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sim.state.fail_next(503, times=1)
    with FlexportV1(
        token=KEY, base_url=sim.base_url, retry=RetryPolicy(attempts=2, sleep=lambda s: None)
    ) as v1:
        v1.shipments.list()
        with pytest.raises(errors.NotFound) as caught:
            v1.products.get(424242)
    err = caught.value
    for text in (str(err), repr(err), caplog.text, str(err.__dict__.get("body_excerpt"))):
        assert KEY not in text
    assert "GET" in caplog.text  # the pipeline did log the attempts
    for seen in sim.state.requests:
        assert KEY not in str(seen)


def test_transport_errors_carry_no_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused; sent {request.headers['authorization']}")

    transport = httpx.MockTransport(handler)
    with (
        FlexportV1(token=KEY, retry=RetryPolicy(attempts=1), transport=transport) as v1,
        pytest.raises(errors.ConnectionFailed) as caught,
    ):
        v1.shipments.list()
    assert KEY not in str(caught.value)


def test_a_key_that_would_break_the_header_is_refused() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    with pytest.raises(ValueError, match="quote"), FlexportV1(token='abc"def', transport=transport) as v1:
        v1.shipments.list()
    with pytest.raises(ValueError, match="empty"):
        TokenAuth("  ")
