"""Every python block in README.md and docs/ runs, in order, against a fresh simulator per file.

Each file's blocks share one namespace (a page reads as one session), which starts with ``sim``
(the RunningSimulator) and an environment pointing the client at it: FLEXPORT_BASE_URL,
FLEXPORT_TOKEN and FLEXPORT_API_VERSION, as after ``flexport-facade serve`` in a terminal.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import pytest
from snippets import snippets

from flexport_facade.testing import Faults, run_simulator

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
MAX_SKIPPED = 6  # blocks that need a real account or a browser; keep them few


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_python_block_runs(path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocks = [s for s in snippets(path) if s.skip is None]
    if not blocks:
        pytest.skip("no runnable python blocks")
    monkeypatch.chdir(tmp_path)  # files a snippet writes (token stores, dedupe DBs) land here
    with run_simulator("2026-02", faults=Faults(allow_http_loopback_webhooks=True)) as sim:
        monkeypatch.setenv("FLEXPORT_BASE_URL", sim.url)
        monkeypatch.setenv("FLEXPORT_TOKEN", sim.token)
        monkeypatch.setenv("FLEXPORT_API_VERSION", "2026-02")
        namespace: dict[str, object] = {"__name__": "snippet", "sim": sim}
        for block in blocks:
            try:
                exec(compile(block.code, f"{path.name}:{block.line}", "exec"), namespace)
            except Exception:
                pytest.fail(
                    f"{path.relative_to(ROOT)}, block at line {block.line} failed:\n{traceback.format_exc()}"
                )


def test_skipped_blocks_are_few_and_say_why() -> None:
    skipped = [s for path in FILES for s in snippets(path) if s.skip is not None]
    assert len(skipped) <= MAX_SKIPPED, [f"{s.path.name}:{s.line}" for s in skipped]
    assert all(len(s.skip or "") > 10 for s in skipped)


def test_the_runner_sees_every_block() -> None:
    total = sum(len(snippets(p)) for p in FILES)
    assert total >= 20  # the docs hold code; a parser that finds none would pass everything
    assert os.path.basename(FILES[0]) == "README.md"
