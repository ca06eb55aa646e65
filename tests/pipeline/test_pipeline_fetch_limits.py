"""`make specs` against hostile answers: every size and time limit holds, and each refusal says how to
raise it. A refused version keeps its snapshot and manifest entry byte-identical."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from pipeline_support import Route, SpecServer, logistics_row, make_openapi_dir, small_spec

from scripts import fetch_specs, speclib

V = "2026-02"


@pytest.fixture
def server() -> Iterator[SpecServer]:
    with SpecServer() as srv:
        yield srv


@pytest.fixture
def openapi(tmp_path: Path) -> Path:
    openapi = make_openapi_dir(tmp_path, [logistics_row(V, "pkg_a")])
    data = speclib.canonical_json(small_spec(V))
    entry = speclib.manifest_entry(
        snapshot=f"logistics/{V}.json",
        data=data,
        source_url="",
        provenance="reconstructed",
        date="2026-01-01",
        operation_count=4,
    )
    speclib.publish_snapshot(
        {"versions": {}}, openapi / "MANIFEST.json", V, openapi / "logistics" / f"{V}.json", data, entry
    )
    return openapi


def fetch(openapi: Path, server: SpecServer, *extra: str) -> int:
    argv = ["--openapi-dir", str(openapi), "--base-url", server.base_url, "--attempts", "1", "--backoff", "0"]
    return fetch_specs.main([*argv, *extra])


def refused(openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    """Run, expect this version refused with everything kept; return its one-line reason."""
    files = [openapi / "logistics" / f"{V}.json", openapi / "MANIFEST.json"]
    before = [p.read_bytes() for p in files]
    capsys.readouterr()
    assert fetch(openapi, server, *extra) == 1
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith(V))
    assert "failed" in line
    assert [p.read_bytes() for p in files] == before
    assert not list(openapi.rglob("*.tmp"))
    return line


def spec_bytes() -> bytes:
    return json.dumps(small_spec(V)).encode()


def zero_bomb(decoded: int, wbits: int) -> bytes:
    """``decoded`` zero bytes compressed (about 1000:1), built without holding them in memory."""
    z = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(1 << 20)
    parts = [z.compress(block) for _ in range(decoded >> 20)]
    return b"".join([*parts, z.flush()])


def test_gzip_and_deflate_answers_are_decoded(openapi: Path, server: SpecServer) -> None:
    for encoding, body in [
        ("gzip", gzip.compress(spec_bytes())),
        ("deflate", zlib.compress(spec_bytes())),  # zlib-wrapped
        ("deflate", zlib.compress(spec_bytes(), wbits=-15)[:]),  # raw, as some servers send it
    ]:
        (openapi / "logistics" / f"{V}.json").unlink()
        server.routes[server.spec_path(V)] = Route(body=body, headers={"Content-Encoding": encoding})
        assert fetch(openapi, server) == 0, encoding
        assert (openapi / "logistics" / f"{V}.json").read_bytes() == speclib.canonical_json(small_spec(V))


@pytest.mark.parametrize("encoding,wbits", [("gzip", 31), ("deflate", 15)])
def test_decompression_bomb_stops_at_the_limit_not_in_memory(
    encoding: str, wbits: int, openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = zero_bomb(128 << 20, wbits)  # ~130 KB on the wire, 128 MiB decoded
    server.routes[server.spec_path(V)] = Route(body=bomb, headers={"Content-Encoding": encoding})
    tracemalloc.start()
    try:
        line = refused(openapi, server, capsys, "--max-bytes", str(4 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f"the answer decoded from {encoding} is over the {4 << 20} byte limit" in line
    assert "--max-bytes N or FLEXPORT_SPEC_MAX_BYTES=N" in line
    assert peak < 24 << 20  # a few limit-sized buffers at most, never the 128 MiB


def test_declared_length_over_the_limit_is_refused_before_reading(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes[server.spec_path(V)] = Route(body=spec_bytes() + b" " * 5000)
    line = refused(openapi, server, capsys, "--max-bytes", "4000")
    assert "the declared Content-Length (" in line and "over the 4000 byte limit" in line


def test_overlong_body_without_a_length_is_cut_at_the_limit(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes[server.spec_path(V)] = Route(body=spec_bytes() + b" " * 50_000, send_length=False)
    monkeypatch.setenv("FLEXPORT_SPEC_MAX_BYTES", "20000")
    line = refused(openapi, server, capsys)
    assert "the answer is over the 20000 byte limit" in line and "FLEXPORT_SPEC_MAX_BYTES" in line
    monkeypatch.setenv("FLEXPORT_SPEC_MAX_BYTES", "100000")  # raised as the message says: accepted
    assert fetch(openapi, server) == 0


@pytest.mark.parametrize("head", [False, True], ids=["body", "status-line"])
def test_trickled_answer_stops_at_the_overall_deadline(
    head: bool, openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # One byte every 0.1 s, always inside the 2 s read timeout: only an overall deadline stops it.
    body = spec_bytes()
    server.routes[server.spec_path(V)] = Route(body=body, trickle=0.1, trickle_head=head)
    line = refused(openapi, server, capsys, "--timeout", "2", "--deadline", "1")
    assert "no complete answer within the 1s deadline per request" in line
    assert "--deadline SECONDS or FLEXPORT_SPEC_DEADLINE=SECONDS" in line
    assert server.sent.counts[server.spec_path(V)] < len(body) // 4  # cut off, not read to the end


def test_deeply_nested_answer_is_refused_not_a_crash(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes[server.spec_path(V)] = Route(body=b'{"a":' * 100_000 + b"1" + b"}" * 100_000)
    line = refused(openapi, server, capsys, "--max-bytes", "10000000")
    assert "nesting depth" in line and "FLEXPORT_SPEC_MAX_DEPTH" in line  # the bounded loader's refusal


def test_yaml_aliases_expanding_past_the_limit_are_refused(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["x-bomb:", '  a0: &a0 "laughing-laughing-laughing"']
    for i in range(1, 6):  # 10**5 copies of the leaf once expanded, from a body of about 6 KB
        lines.append(f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    yaml_body = (yaml.safe_dump(small_spec(V)) + "\n".join(lines) + "\n").encode()
    server.routes[server.spec_path(V)] = Route(body=yaml_body, content_type="application/yaml")
    line = refused(openapi, server, capsys, "--max-bytes", "1000000")
    assert "the snapshot this answer expands to (" in line and "over the 1000000 byte limit" in line
