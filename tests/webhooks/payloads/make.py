"""Rebuild the recorded webhook payloads from the snapshots' schemas:

    .venv/bin/python -m tests.webhooks.payloads.make

One JSON file per event type and version (2023-10 and 2026-02), each a full example of the payload
schema with a fixed logisticsEventId, so the tests read stable files rather than regenerating them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flexport_facade._core.snapshots import load_snapshot
from flexport_facade.testing._synth import Schemas

HERE = Path(__file__).parent
VERSIONS = ("2023-10", "2026-02")


def payloads(version: str) -> dict[str, dict[str, Any]]:
    doc = load_snapshot(version)
    schemas = Schemas(doc)
    out: dict[str, dict[str, Any]] = {}
    for event_type, item in sorted(doc.get("x-webhooks", {}).items()):
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        example = schemas.example_for(schema)
        if "logisticsEventType" in schemas.resolve(schema).get("properties", {}):
            example.update(
                logisticsEventType=event_type,
                logisticsEventId=f"{version}-{event_type}",
                logisticsAccountId="acct-demo",
                logisticsEventTime="2026-02-01T12:00:00Z",
            )
        out[event_type] = example
    return out


def main() -> None:
    for version in VERSIONS:
        folder = HERE / version
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        for event_type, example in payloads(version).items():
            (folder / f"{event_type}.json").write_text(json.dumps(example, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
