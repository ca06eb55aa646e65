"""``python -m flexport_facade.testing serve --version 2026-02 --port 0``: serve until stopped.

Prints the API's URL, a ``base_url=...`` line (what ``Flexport(base_url=...)`` and
``FlexportV1(base_url=...)`` take; the Logistics client adds ``/logistics/api/<version>`` itself)
and the simulator's token.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
from typing import Any

import uvicorn

from flexport_facade._core.versions import known_versions, load_registry
from flexport_facade._exceptions import VersionError
from flexport_facade.testing._clock import Clock
from flexport_facade.testing._faults import Faults

DEFAULT_VERSION = "2026-02"


# The sandbox transitions --step-seconds sets (each a Faults switch).
STEP_SWITCHES = (
    "inbound_receive_after",
    "order_ship_after",
    "outbound_step_after",
    "parcel_step_after",
    "freight_step_after",
)


def _build_app(args: argparse.Namespace) -> tuple[Any, list[str]]:
    if args.api == "v1":
        # Flexport API v1 lives in its own module; imported only when asked for.
        module = importlib.import_module("flexport_facade.testing._v1")
        app = module.create_app()
        token = getattr(app, "token", None) or getattr(module, "DEFAULT_TOKEN", None)
        return app, [str(token)] if token else []
    from flexport_facade.testing._app import create_app

    faults = Faults.field() if args.field_faults else Faults()
    faults.allow_http_loopback_webhooks = args.allow_http_webhooks
    for name in STEP_SWITCHES:
        setattr(faults, name, args.step_seconds)
    faults.update(args.faults)
    sim = create_app(args.version, faults=faults, clock=Clock(frozen=False))
    return sim, [sim.token]


async def _serve(args: argparse.Namespace) -> int:
    from flexport_facade.testing._server import _bind_loopback, uvicorn_config

    app, tokens = _build_app(args)
    sock = _bind_loopback(args.port)
    server = uvicorn.Server(uvicorn_config(app, port=sock.getsockname()[1]))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if server.started:
        if args.api == "v1":
            print(f"Flexport API v1 simulator at {url}", flush=True)
            print(f"base_url={url}", flush=True)
        else:
            print(
                f"Flexport simulator (logistics {args.version}) at {url}/logistics/api/{args.version}",
                flush=True,
            )
            print(f"base_url={url}", flush=True)
            print(f"Admin: {url}/_sim/state", flush=True)
        for token in tokens:
            print(f"Token (simulator only): {token}", flush=True)
    await task
    return 0 if server.started else 1


def _check_version(api: str, version: str | None) -> str | None:
    """The version to serve; VersionError for one the chosen API does not have."""
    if api == "v1":
        if version not in (None, "v1"):
            raise VersionError(
                f"--version {version!r} is not for --api v1: --version picks a Logistics API version, and "
                "the v1 simulator serves API v1 only; drop --version, or drop --api v1"
            )
        return None
    chosen = version or DEFAULT_VERSION
    ids = [v.id for v in known_versions("logistics")]
    if chosen not in ids:
        other = next((v.api for v in load_registry() if v.id == chosen), None)
        hint = f" ({chosen!r} is the {other} API: pass --api {other})" if other else ""
        raise VersionError(f"unknown Logistics API version {chosen!r}{hint}; known: {', '.join(ids)}")
    return chosen


def parse_faults(spec: str) -> dict[str, Any]:
    """``field,throttle_next=2,short_pages=true``: the preset's switches, then each name=value
    (values read as JSON, else as text); unknown names are refused here, before serving."""
    changes: dict[str, Any] = {}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        if item == "field":
            changes.update({k: v for k, v in Faults.field().as_dict().items() if Faults().as_dict()[k] != v})
            continue
        name, sep, raw = item.partition("=")
        if not sep:
            raise ValueError(f"--faults takes field or name=value items, got {item!r}")
        try:
            changes[name.strip()] = json.loads(raw)
        except ValueError:
            changes[name.strip()] = raw
    Faults().update(changes)  # validates the names
    return changes


def main(argv: list[str] | None = None, *, prog: str = "python -m flexport_facade.testing") -> int:
    parser = argparse.ArgumentParser(prog=prog)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the simulator on 127.0.0.1 until interrupted")
    serve.add_argument("--api", choices=["logistics", "v1"], default="logistics")
    serve.add_argument(
        "--version", help=f"Logistics API version to simulate (default {DEFAULT_VERSION}; not with --api v1)"
    )
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument("--field-faults", action="store_true", help="start with Faults.field()")
    serve.add_argument(
        "--allow-http-webhooks", action="store_true", help="accept http://127.0.0.1 subscribers"
    )
    serve.add_argument(
        "--step-seconds", type=float, default=60.0, help="sandbox transition delay (real time)"
    )
    serve.add_argument(
        "--faults",
        default="",
        metavar="SWITCHES",
        help="fault switches to start with: 'field' (the field preset) and/or name=value items, "
        "comma-separated, e.g. field,throttle_next=2 (names: see flexport_facade.testing.Faults)",
    )
    args = parser.parse_args(argv)
    try:
        args.faults = parse_faults(args.faults)
    except ValueError as exc:
        serve.error(str(exc))
    try:
        args.version = _check_version(args.api, args.version)
    except VersionError as exc:
        serve.error(str(exc))
    try:
        return asyncio.run(_serve(args))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
