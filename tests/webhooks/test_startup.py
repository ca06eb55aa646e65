"""Start-up imports the event models off the loop, and a missing version package fails the start.

Each case runs in a fresh interpreter: what is imported is the thing under test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

DRIVE_LIFESPAN = """
import asyncio, json, sys
from flexport_facade.webhooks import NoAuth, Receiver

app = Receiver(version="2026-02", auth=NoAuth()).asgi(lambda event: None)
sent = []

async def main():
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive():
        return next(messages)

    async def send(message):
        sent.append(message)

    await app({"type": "lifespan"}, receive, send)

before = {m for m in sys.modules if m.startswith("flexport_logistics_v2026_02.models.")}
asyncio.run(main())
after = {m for m in sys.modules if m.startswith("flexport_logistics_v2026_02.models.")}
print(json.dumps({"sent": [m["type"] for m in sent], "message": sent[0].get("message", ""),
                  "before": len(before), "imported": sorted(after - before)}))
"""


def _run(prelude: str = "") -> dict[str, object]:
    import json

    code = textwrap.dedent(prelude) + DRIVE_LIFESPAN
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_start_up_imports_every_event_model_before_the_first_delivery() -> None:
    result = _run()
    assert result["sent"] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert result["before"] == 0
    imported = result["imported"]
    assert isinstance(imported, list)
    assert "flexport_logistics_v2026_02.models.order_shipped_event" in imported
    assert len(imported) >= 23  # one module per event type, and the models they use


def test_a_missing_version_package_fails_the_start_and_names_it() -> None:
    result = _run('import sys; sys.modules["flexport_logistics_v2026_02"] = None\n')
    assert result["sent"] == ["lifespan.startup.failed"]
    assert "flexport-logistics-v2026-02" in str(result["message"])  # the distribution to install
