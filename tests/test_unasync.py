"""The sync modules are generated from the async ones (scripts/unasync.py): no drift, hand edits caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import unasync

SOURCES = unasync.sources()


def test_every_async_module_has_its_generated_sync_module() -> None:
    names = {p.relative_to(unasync.PACKAGE).as_posix() for p in SOURCES}
    assert {"_async_client.py", "_core/_async_pipeline.py", "pagination/_async.py"} <= names
    assert "v1/_async_client.py" in names and "webhooks/_async_subscriptions.py" in names
    assert {"stores/_async_redis_tokens.py", "stores/_async_postgres_dedupe.py"} <= names
    for source in SOURCES:
        target = unasync.target_of(source)
        assert target.exists(), f"{target} is missing: run `make generate-sync`"
        head = target.read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith(f"# Generated from flexport_facade/{source.relative_to(unasync.PACKAGE)}")


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.relative_to(unasync.PACKAGE).as_posix())
def test_sync_module_is_what_its_source_generates(source: Path) -> None:
    target = unasync.target_of(source)
    assert target.read_text(encoding="utf-8") == unasync.generate(source), (
        f"{target.name} differs from what {source.name} generates: edit the async source, then "
        "`make generate-sync`"
    )


def test_check_fails_on_a_hand_edit_and_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = unasync.PACKAGE / "_core" / "_async_pipeline.py"
    edited = tmp_path / "_sync_pipeline.py"
    text = unasync.target_of(source).read_text(encoding="utf-8")
    edited.write_text(text.replace("attempt += 1", "attempt += 2"), encoding="utf-8")
    monkeypatch.setattr(unasync, "sources", lambda: [source])
    monkeypatch.setattr(unasync, "target_of", lambda _: edited)
    assert unasync.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert str(edited) in err and "attempt += 2" in err and "make generate-sync" in err
    assert "attempt += 2" in edited.read_text(encoding="utf-8")  # --check writes nothing
    assert unasync.main([]) == 0 and edited.read_text(encoding="utf-8") == text  # regenerating fixes it


def test_the_substitutions() -> None:
    source = (
        "async def f(c: AsyncClient) -> AsyncIterator[int]:\n"
        "    x: Awaitable[list[Record]] = await asend(c)\n"
        "    async with c: await c.aclose()\n"
        "    async for y in apaginate(x): yield y\n"
        "    g: AsyncGenerator[list[T], None]\n"
        "    return _concurrency.async_sleep, policy.async_sleep, op.asyncio_detailed, _async_client\n"
    )
    assert unasync.unasync_text(source) == (
        "def f(c: Client) -> Iterator[int]:\n"
        "    x: list[Record] = send(c)\n"
        "    with c: c.close()\n"
        "    for y in paginate(x): yield y\n"
        "    g: Generator[list[T], None, None]\n"
        "    return _concurrency.sleep, policy.sleep, op.sync_detailed, _sync_client\n"
    )


def test_the_substitutions_of_the_stores() -> None:
    source = (
        "@contextlib.asynccontextmanager\n"
        "async def async_transaction(pool: AsyncConnectionPool) -> AsyncIterator[Any]:\n"
        '    """or ``client=redis.asyncio.Redis(...)``"""\n'
        "    lock: AsyncLock = _concurrency.async_lock()\n"
        "    return await d.aclaim(x), await d.arelease(x), self._async_client, async_redis_client\n"
    )
    assert unasync.unasync_text(source) == (
        "@contextlib.contextmanager\n"
        "def transaction(pool: ConnectionPool) -> Iterator[Any]:\n"
        '    """or ``client=redis.Redis(...)``"""\n'
        "    lock: Lock = _concurrency.lock()\n"
        "    return d.claim(x), d.release(x), self._sync_client, redis_client\n"
    )
