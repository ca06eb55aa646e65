"""The Accept pin, the Token header and Content-Type on the wire."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from flexport_facade import errors
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.testing._v1 import V1Simulator
from flexport_facade.v1 import FlexportV1, NotAcceptable, TokenAuth

from .conftest import KEY


def test_every_request_pins_v1(v1: FlexportV1, sim: V1Simulator) -> None:
    v1.shipments.list()
    v1.products.create({"name": "x"})
    for seen in sim.state.requests:
        assert seen.headers["accept"] == "application/vnd.flexport.v1"


def test_content_type_only_with_a_body(v1: FlexportV1, sim: V1Simulator) -> None:
    v1.products.list()
    v1.products.create({"name": "x"})
    get, post = sim.state.requests[-2:]
    assert "content-type" not in get.headers
    assert post.headers["content-type"] == "application/json"


def test_token_header_is_sent_and_masked_in_the_log(v1: FlexportV1, sim: V1Simulator) -> None:
    v1.currency_codes.list()  # the simulator accepted the header, so it was Token token="<key>"
    assert sim.state.requests[-1].headers["authorization"] == "[REDACTED]"


def test_another_version_only_by_explicit_choice_and_406(sim: V1Simulator) -> None:
    with (
        FlexportV1(
            token=KEY, base_url=sim.base_url, accept_version="v2", retry=RetryPolicy(attempts=1)
        ) as v2,
        pytest.raises(NotAcceptable) as caught,
    ):
        v2.currency_codes.list()
    assert sim.state.requests[-1].headers["accept"] == "application/vnd.flexport.v2"
    assert caught.value.status == 406
    assert isinstance(caught.value, errors.APIError)
    assert "application/vnd.flexport.v1" in str(caught.value)


def test_callable_key_is_asked_on_every_request(sim: V1Simulator) -> None:
    calls: list[int] = []

    def key() -> str:
        calls.append(1)
        return KEY

    with FlexportV1(token=key, base_url=sim.base_url) as v1:
        v1.currency_codes.list()
        v1.currency_codes.list()
    assert len(calls) == 2


def test_key_from_environment(sim: V1Simulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEXPORT_V1_KEY", KEY)
    with FlexportV1(base_url=sim.base_url) as v1:
        assert v1.currency_codes.list()
    monkeypatch.delenv("FLEXPORT_V1_KEY")
    with pytest.raises(ValueError, match="FLEXPORT_V1_KEY"):
        FlexportV1(base_url=sim.base_url)


def test_key_read_from_a_file_loses_its_newline(sim: V1Simulator, tmp_path: Path) -> None:
    key_file = tmp_path / "v1.key"
    key_file.write_text(f"{KEY}\n")
    with FlexportV1(token=key_file.read_text(), base_url=sim.base_url) as v1:
        assert v1.currency_codes.list()
    with FlexportV1(token=lambda: f"  {KEY}\r\n", base_url=sim.base_url) as v1:  # a callable's too
        assert v1.currency_codes.list()
    assert [r.path for r in sim.state.requests] == ["/currency_codes"] * 2  # no 401 on the way


@pytest.mark.parametrize(
    "bad", [f"{KEY[:8]} {KEY[8:]}", f"{KEY[:8]}\n{KEY[8:]}", f"{KEY}\x00", f"{KEY}\x7f", "clé"]
)
def test_key_with_inner_whitespace_or_control_characters_is_refused_up_front(bad: str) -> None:
    with pytest.raises(ValueError, match="whitespace, a control character") as caught:
        TokenAuth(bad)
    assert bad.strip() not in str(caught.value) and KEY[:8] not in str(caught.value)
    with pytest.raises(ValueError, match="whitespace"):  # before any request is sent
        FlexportV1(token=bad, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    auth = TokenAuth(lambda: bad)  # a callable is checked each time it is asked
    with pytest.raises(ValueError, match="whitespace"):
        auth.key()
