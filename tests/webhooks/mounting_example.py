"""How the README mounts the endpoint in Starlette and FastAPI; test_mounting type-checks this file
with ``mypy --strict`` and serves both apps."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.routing import Mount

from flexport_facade.webhooks import Receiver, WebhookApp


def starlette_app(hooks: WebhookApp) -> Starlette:
    return Starlette(routes=[hooks.route("/flexport/hooks")], lifespan=hooks.lifespan)


def fastapi_app(hooks: WebhookApp) -> FastAPI:
    api = FastAPI(lifespan=hooks.lifespan)
    api.router.routes.append(hooks.route("/flexport/hooks"))
    return api


def mounted_app(hooks: WebhookApp) -> Starlette:
    # Type-checks too, but only serves /flexport/hooks/... (the README says why route() is better).
    return Starlette(routes=[Mount("/flexport/hooks", app=hooks)], lifespan=hooks.lifespan)


def build(receiver: Receiver) -> WebhookApp:
    async def handle(event: Any) -> None:
        return None

    return receiver.asgi(handle)
